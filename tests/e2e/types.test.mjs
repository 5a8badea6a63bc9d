// The package's TypeScript declarations, as a developer gets them: www/dist
// copied in as `node_modules/service-promises` of a fresh project, typed uses
// compiled with `tsc --strict` (TypeScript from this repository's
// devDependencies), and copies with a misspelt method, event detail or
// argument that must not compile. The fixtures' `@ts-expect-error` lines
// are errors that must be there (tsc fails on one that is not). React's JSX
// is checked with @types/react 19 (a devDependency), Vue's GlobalComponents
// against a stand-in `vue` module; without them, the declarations compile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = new URL('../../', import.meta.url).pathname;
const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;
const fixture = (f) => readFileSync(join(FIXTURES, f), 'utf8');
let dir;

before(() => { dir = mkdtempSync(join(tmpdir(), 'sp-types-')); });
after(() => { if (dir) rmSync(dir, { recursive: true, force: true }); });

/**
 * Compiles `files` (name -> source) in a fresh project `name` that has the
 * package installed (a copy: a link would let TypeScript find this
 * repository's node_modules from it), and @types/react with `react`, a
 * stand-in `vue` with `vue`.
 */
function compile(name, files, { react = false, vue = false } = {}) {
  const p = join(dir, name);
  mkdirSync(join(p, 'node_modules'), { recursive: true });
  cpSync(join(ROOT, 'www/dist'), join(p, 'node_modules/service-promises'), { recursive: true });
  if (react) symlinkSync(join(ROOT, 'node_modules/@types'), join(p, 'node_modules/@types'));
  if (vue) {
    mkdirSync(join(p, 'node_modules/vue'));
    writeFileSync(join(p, 'node_modules/vue/package.json'), '{ "name": "vue", "version": "3.5.0", "types": "index.d.ts" }');
    writeFileSync(join(p, 'node_modules/vue/index.d.ts'), 'export interface GlobalComponents {}\n');
  }
  for (const [file, source] of Object.entries(files)) writeFileSync(join(p, file), source);
  writeFileSync(join(p, 'tsconfig.json'), JSON.stringify({
    compilerOptions: {
      strict: true, noEmit: true, skipLibCheck: false, target: 'es2022', module: 'esnext',
      moduleResolution: 'bundler', lib: ['es2022', 'dom', 'dom.iterable'], jsx: 'react-jsx',
      types: react ? ['react'] : [],
    },
    files: Object.keys(files),
  }));
  const r = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: p, encoding: 'utf8' });
  return { ok: r.status === 0, out: r.stdout + r.stderr };
}

test('typed uses compile with tsc --strict, without React or Vue types installed', () => {
  const r = compile('plain', { 'use.ts': fixture('typed/use.ts'), 'main.ts': fixture('vite-app/main.ts') });
  assert.ok(r.ok, r.out);
});

test('a misspelt method, event detail or argument does not compile', () => {
  const main = fixture('vite-app/main.ts');
  const cases = {
    'trak.ts': ['widget.track(', 'widget.trak(', /trak\.ts.*error TS2551: Property 'trak' does not exist on type 'ServicePromisesElement'\. Did you mean 'track'\?/],
    'statsu.ts': ['widget.status()', 'widget.statsu()', /statsu\.ts.*Property 'statsu' does not exist on type 'ServicePromisesElement'/],
    'due-at.ts': ['e.detail.due', 'e.detail.dueAt', /due-at\.ts.*Property 'dueAt' does not exist on type 'PromiseEventDetail'/],
    'priority.ts': ["channel: 'email' }", "channel: 'email', priority: 1 }", /priority\.ts.*'priority' does not exist in type 'TrackRequest'/],
  };
  const files = {};
  for (const [file, [from, to]] of Object.entries(cases)) {
    assert.ok(main.includes(from), from);
    files[file] = main.replace(from, to);
  }
  // And use.ts without its @ts-expect-error comments: each line below one is an error.
  files['unexpected.ts'] = fixture('typed/use.ts').replace(/\/\/ @ts-expect-error.*\n/g, '');
  const r = compile('misspelt', files);
  assert.equal(r.ok, false);
  for (const [, [, , error]] of Object.entries(cases)) assert.match(r.out, error);
  assert.equal(r.out.match(/^unexpected\.ts\(\d+,\d+\): error TS/gm)?.length, 7, r.out);
  assert.equal(r.out.match(/^\S+\(\d+,\d+\): error TS/gm).length, 4 + 7, 'no other errors');
});

test('React 19 JSX: attributes, on<event> props with typed details, a ref to the element', () => {
  const r = compile('react', {
    'Support.tsx': fixture('vite-app/Support.tsx'), 'react-check.tsx': fixture('typed/react-check.tsx'),
  }, { react: true });
  assert.ok(r.ok, r.out);
});

test("Vue: the element in GlobalComponents, its attributes and events as props", () => {
  const r = compile('vue', { 'vue-check.ts': fixture('typed/vue-check.ts') }, { vue: true });
  assert.ok(r.ok, r.out);
});
