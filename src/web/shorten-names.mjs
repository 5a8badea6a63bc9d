// Build step (see `make build`): shortens the names by which the wasm and
// wasm-bindgen's JavaScript glue know each other. wasm-bindgen names every
// import like `__wbg_namespaceURI_cf6df322f468ae4b` and some exports after
// whole Rust paths; the hashes do not compress, and they sit in both files
// (about 3 KB gzip). Each import and export gets a short name instead, in
// the wasm's import and export sections and in the glue alike.
//   node src/web/shorten-names.mjs <module.wasm> <glue.js>   (both rewritten)
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
const wasm = readFileSync(wasmPath);
let glue = readFileSync(gluePath, 'utf8');

function uleb(buf, at) {
  let n = 0, shift = 0, b;
  do { b = buf[at++]; n += (b & 0x7f) * 2 ** shift; shift += 7; } while (b & 0x80);
  return [n, at];
}
function encodeUleb(n) {
  const out = [];
  do { let b = n & 0x7f; n = Math.floor(n / 128); if (n) b |= 0x80; out.push(b); } while (n);
  return Buffer.from(out);
}
const str = (s) => { const b = Buffer.from(s, 'utf8'); return Buffer.concat([encodeUleb(b.length), b]); };
function readStr(buf, at) {
  const [len, p] = uleb(buf, at);
  return [buf.toString('utf8', p, p + len), p + len];
}

// Short names: a, b, ... Z, aa, ab, ...
const ALPHA = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
function* shortNames() {
  for (let len = 1; ; len++) {
    const idx = new Array(len).fill(0);
    for (;;) {
      yield idx.map((i) => ALPHA[i]).join('');
      let k = len - 1;
      while (k >= 0 && ++idx[k] === ALPHA.length) idx[k--] = 0;
      if (k < 0) break;
    }
  }
}

const GLUE_MODULE = './service_promises_bg.js';
const imports = new Map();
const exports = new Map();
const importNames = shortNames();
const exportNames = shortNames();

// Copies the sections, rewriting imports (section 2) and exports (section 7).
const out = [wasm.subarray(0, 8)];
let at = 8;
while (at < wasm.length) {
  const id = wasm[at];
  const [size, bodyAt] = uleb(wasm, at + 1);
  const end = bodyAt + size;
  if (id === 2 || id === 7) {
    let p = bodyAt;
    const [count, first] = uleb(wasm, p);
    p = first;
    const parts = [encodeUleb(count)];
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        let module, field;
        [module, p] = readStr(wasm, p);
        [field, p] = readStr(wasm, p);
        const descAt = p;
        const kind = wasm[p++];
        if (kind === 0) [, p] = uleb(wasm, p); // function: type index
        else if (kind === 1) { p++; const flags = wasm[p++]; [, p] = uleb(wasm, p); if (flags & 1) [, p] = uleb(wasm, p); } // table
        else if (kind === 2) { const flags = wasm[p++]; [, p] = uleb(wasm, p); if (flags & 1) [, p] = uleb(wasm, p); } // memory
        else if (kind === 3) p += 2; // global: type, mutability
        else if (kind === 4) { p++; [, p] = uleb(wasm, p); } // tag
        else throw new Error(`import kind ${kind} is not known here`);
        if (module === GLUE_MODULE) {
          if (!imports.has(field)) imports.set(field, importNames.next().value);
          parts.push(str('w'), str(imports.get(field)), wasm.subarray(descAt, p));
        } else {
          parts.push(str(module), str(field), wasm.subarray(descAt, p));
        }
      } else {
        let name;
        [name, p] = readStr(wasm, p);
        const descAt = p;
        p++;
        [, p] = uleb(wasm, p);
        exports.set(name, exportNames.next().value);
        parts.push(str(exports.get(name)), wasm.subarray(descAt, p));
      }
    }
    if (p !== end) throw new Error(`section ${id}: ${end - p} bytes left over`);
    const body = Buffer.concat(parts);
    out.push(Buffer.from([id]), encodeUleb(body.length), body);
  } else {
    out.push(wasm.subarray(at, end));
  }
  at = end;
}

// The glue: the import object's keys and module name, and `wasm.<export>`.
let replaced = 0;
const count = (re, f) => (s) => s.replace(re, (...m) => { replaced++; return f(...m); });
for (const [old, short] of imports) {
  const before = replaced;
  glue = count(new RegExp(`(\\n\\s*)${old}(: ?function)`, 'g'), (_, a, b) => `${a}${short}${b}`)(glue);
  if (replaced !== before + 1) throw new Error(`import ${old}: expected once in the glue, found ${replaced - before}`);
}
const moduleKey = `"${GLUE_MODULE}":`;
if (!glue.includes(moduleKey)) throw new Error(`the glue has no ${moduleKey}`);
glue = glue.replace(moduleKey, '"w":');
for (const [old, short] of exports) {
  glue = glue.replace(new RegExp(`\\bwasm\\.${old}\\b`, 'g'), `wasm.${short}`);
}
const left = glue.match(/\bwasm\.[A-Za-z_$][\w$]*/g)?.filter((m) => !/^wasm\.[A-Za-z]{1,2}$/.test(m)) ?? [];
if (left.length) throw new Error(`the glue still uses ${[...new Set(left)].join(', ')}`);

writeFileSync(wasmPath, Buffer.concat(out));
writeFileSync(gluePath, glue);
console.log(`shorten-names: ${imports.size} imports, ${exports.size} exports renamed`);
