/* Know the Signs block: the builder's choices in the sidebar, and a live
 * preview (the server's form B, which the loader upgrades in the editor). */
(function (wp) {
  'use strict';
  var el = wp.element.createElement;
  var data = window.knowTheSignsBlock || { names: { en: {} }, langs: ['en'], layouts: ['panel'], themes: ['auto'] };
  var choices = function (values) {
    return [{ label: 'Default', value: '' }].concat(values.map(function (v) { return { label: v, value: v }; }));
  };
  var regions = Object.keys(data.names.en).map(function (code) {
    return { label: data.names.en[code], value: code };
  });

  wp.blocks.registerBlockType('know-the-signs/widget', {
    edit: function (props) {
      var a = props.attributes;
      var set = function (key) {
        return function (value) {
          var change = {};
          change[key] = value;
          props.setAttributes(change);
        };
      };
      var select = function (label, key, options) {
        return el(wp.components.SelectControl, { label: label, value: a[key] || '', options: options, onChange: set(key) });
      };
      var text = function (label, key, help) {
        return el(wp.components.TextControl, { label: label, value: a[key] || '', help: help, onChange: set(key) });
      };
      return el(
        'div',
        wp.blockEditor.useBlockProps(),
        el(
          wp.blockEditor.InspectorControls,
          null,
          el(
            wp.components.PanelBody,
            { title: 'Know the Signs' },
            select('Region', 'region', regions),
            select('Language', 'lang', choices(data.langs)),
            select('Layout', 'layout', choices(data.layouts)),
            select('Theme', 'theme', choices(data.themes)),
            text('Accent colour', 'accent', 'Any CSS colour; text on it keeps its contrast.'),
            text('Quick exit', 'quickExit', 'on, or an https:// address to leave to; empty for none.'),
            select('Heading level', 'headingLevel', choices(['1', '2', '3', '4', '5', '6']))
          )
        ),
        el(wp.serverSideRender, { block: 'know-the-signs/widget', attributes: a })
      );
    },
    save: function () {
      return null;
    },
  });
})(window.wp);
