// The poster's print button (src/poster.rs): shown only when this runs, so
// without JavaScript there is no button that does nothing.
const button = document.querySelector('.print button');
if (button) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
