// The sections of a wasm binary, in order: `{ id, name, bytes }`, where
// `bytes` is the whole section (id, size and contents) and `name` a custom
// section's name (id 0). Used by postbuild.mjs and tests/e2e/size.test.mjs.
// Throws on anything that is not a whole wasm binary, so neither can pass
// or ship a misread file.
export function sections(wasm) {
  const fail = (what) => {
    throw new Error(`not a whole wasm binary: ${what}`);
  };
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (wasm.length < 8 || magic.some((b, i) => wasm[i] !== b)) fail('no wasm magic number and version 1');
  // An unsigned LEB128 of at most 32 bits, and where the bytes after it begin.
  const leb = (at) => {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      if (at >= wasm.length) fail('truncated');
      const b = wasm[at++];
      value += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return [value, at];
    }
    fail('a number longer than 5 bytes');
  };
  const found = [];
  let at = 8;
  while (at < wasm.length) {
    const start = at;
    const [size, contents] = leb(at + 1);
    at = contents + size;
    if (at > wasm.length) fail(`section ${wasm[start]} runs past the end`);
    let name = null;
    if (wasm[start] === 0) {
      const [length, text] = leb(contents);
      if (text + length > at) fail('a custom section name runs past its section');
      name = Buffer.from(wasm.subarray(text, text + length)).toString();
    }
    found.push({ id: wasm[start], name, bytes: wasm.subarray(start, at) });
  }
  return found;
}
