// The sections of a wasm binary, in order: `{ id, name, bytes }`, where
// `bytes` is the whole section (id, size and contents) and `name` a custom
// section's name (id 0). Used by postbuild.mjs and tests/e2e/size.test.mjs.
export function sections(wasm) {
  const found = [];
  const leb = (at) => {
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const b = wasm[at++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return [value, at];
    }
  };
  let at = 8; // after the magic number and version
  while (at < wasm.length) {
    const start = at;
    const [size, contents] = leb(at + 1);
    at = contents + size;
    let name = null;
    if (wasm[start] === 0) {
      const [length, text] = leb(contents);
      name = Buffer.from(wasm.subarray(text, text + length)).toString();
    }
    found.push({ id: wasm[start], name, bytes: wasm.subarray(start, at) });
  }
  if (at !== wasm.length) throw new Error('the wasm\'s sections do not add up to its length');
  return found;
}
