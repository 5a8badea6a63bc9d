// The size check that `make test` runs: it passes on the built bundle and
// fails on a bundle over the 168 KB gzip ceiling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const report = new URL('../size-report.mjs', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [report, '--check', ...args], { encoding: 'utf8' });

test('the built bundle is within the size ceiling', () => {
  const r = run();
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /service_promises_bg\.wasm/);
  assert.match(r.stdout, /within the ceiling/);
});

test('a bundle just over the ceiling fails the check; one just under passes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-size-'));
  try {
    // Random bytes do not compress: gzip adds a few bytes to them.
    writeFileSync(join(dir, 'big.wasm'), randomBytes(168_100));
    const big = run('--dist', dir);
    assert.equal(big.status, 1);
    assert.match(big.stderr, /over the 168000-byte ceiling/);
    writeFileSync(join(dir, 'big.wasm'), randomBytes(167_000));
    assert.equal(run('--dist', dir).status, 0);
    // The npm package's other files are not loaded by a page: not counted.
    for (const f of ['service-promises.d.ts', 'custom-elements.json', 'package.json', 'README.md', 'LICENSE']) {
      writeFileSync(join(dir, f), randomBytes(20_000));
    }
    const withPackage = run('--dist', dir);
    assert.equal(withPackage.status, 0, withPackage.stderr);
    assert.doesNotMatch(withPackage.stdout, /d\.ts|\.json|README|LICENSE/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
