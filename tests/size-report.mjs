// Size report of the shipped bundle (www/dist): raw, gzip and brotli bytes
// per file and in total, against the budget. Counted are the files a page
// loads (.wasm, .js, .css); the npm package's declarations (.d.ts),
// manifest and package.json (.json), README and licence are not.
//   node tests/size-report.mjs [--check] [--dist DIR]
// `--check` (run by `make test`) fails when the gzip total is over the
// ceiling: 168 KB gzip for the wasm, JavaScript and CSS together (the goal
// is 116 KB, under the lightest support widget measured).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const BUDGET_GZIP = 168_000; // bytes, wasm + JS + CSS together
const GOAL_GZIP = 116_000;
const at = process.argv.indexOf('--dist');
const dist = at > 0 ? resolve(process.argv[at + 1]) : new URL('../www/dist/', import.meta.url).pathname;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (/\.(wasm|js|css)$/.test(name)) yield p;
  }
}

const rows = [];
for (const path of files(dist)) {
  const data = readFileSync(path);
  rows.push({
    file: relative(dist, path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  });
}
if (rows.length === 0) {
  console.error('size: www/dist is empty; run `make build` first');
  process.exit(1);
}
rows.sort((a, b) => b.gzip - a.gzip);
const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(44)}${pad('raw', 10)}${pad('gzip', 10)}${pad('brotli', 10)}`);
for (const r of rows) console.log(`${r.file.padEnd(44)}${pad(r.raw, 10)}${pad(r.gzip, 10)}${pad(r.brotli, 10)}`);
console.log(`${'total'.padEnd(44)}${pad(total.raw, 10)}${pad(total.gzip, 10)}${pad(total.brotli, 10)}`);
console.log(`size: ${total.raw} bytes raw, ${total.gzip} gzip, ${total.brotli} brotli (ceiling ${BUDGET_GZIP} gzip, goal ${GOAL_GZIP})`);
if (total.gzip > BUDGET_GZIP) {
  console.error(`size: over the ${BUDGET_GZIP}-byte ceiling by ${total.gzip - BUDGET_GZIP} bytes gzip`);
  if (process.argv.includes('--check')) process.exit(1);
} else {
  console.log(`size: within the ceiling, ${BUDGET_GZIP - total.gzip} bytes gzip to spare`);
  console.log(total.gzip <= GOAL_GZIP ? 'size: within the goal' : `size: ${total.gzip - GOAL_GZIP} bytes gzip over the goal`);
}
