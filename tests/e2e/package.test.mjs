// The npm package that `make build` writes into www/dist/: what `npm pack`
// ships, its package.json, and the Custom Elements Manifest, which cannot
// drift from the README (it is regenerated here and compared), is checked
// against the manifest schema's own types, against what the code does (the
// attributes the Rust code reads, the parts the view renders, the custom
// properties its stylesheet uses, the methods and states of element.js),
// and whose generator fails when the README and the declarations disagree.
// The README's examples are lines of the files the Vite test builds.
// The package README speaks to whoever installed the package: no repository
// paths, commands or tests; the tarball to install; every attribute.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  buildManifest, cargoVersion, dtsApi, packageJson, packageReadme, readmeAttributes, sources,
} from '../../src/web/package/build.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = join(ROOT, 'www/dist');
const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const distJson = (f) => JSON.parse(readFileSync(join(DIST, f), 'utf8'));
const element = (m) => m.modules[0].declarations.find((d) => d.customElement);
const names = (list) => list.map((x) => x.name);

test('npm pack ships the module, wasm, language packs, holiday rules, declarations, manifest, README and licence, and nothing else', () => {
  const r = spawnSync('npm', ['pack', '--dry-run', '--json'], { cwd: DIST, encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const [pack] = JSON.parse(r.stdout);
  assert.deepEqual(pack.files.map((f) => f.path).sort(), [
    'LICENSE', 'README.md', 'custom-elements.json',
    ...['ar', 'cs', 'da', 'de', 'es', 'fi', 'fr', 'he', 'it', 'ja', 'ko', 'nb', 'nl', 'pl', 'pt', 'ru', 'sv', 'tr', 'zh-Hans', 'zh-Hant'].map((l) => `lang/${l}.json`),
    'package.json',
    ...'AT AU BE BR CA CH CZ DE DK ES FI FR GB IE IT JP MX NL NO NZ PL PT SE US ZA'.split(' ')
      .flatMap((c) => Array.from({ length: 10 }, (_, i) => `regions/${c}/${2000 + 10 * i}.json`)), 'service-promises.d.ts', 'service-promises.js', 'service_promises_bg.wasm',
  ]);
  assert.equal(pack.name, 'service-promises');
});

test('package.json: name, the crate version, an ES module with its wasm, types and manifest', () => {
  const pkg = distJson('package.json');
  assert.equal(pkg.name, 'service-promises');
  assert.equal(pkg.version, cargoVersion(read('Cargo.toml')));
  assert.equal(pkg.version, '0.1.0');
  assert.equal(pkg.type, 'module');
  assert.equal(pkg.license, 'MIT OR Apache-2.0');
  assert.deepEqual(pkg.exports['.'], { types: './service-promises.d.ts', default: './service-promises.js' });
  assert.equal(pkg.exports['./service_promises_bg.wasm'], './service_promises_bg.wasm');
  assert.equal(pkg.types, './service-promises.d.ts');
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.deepEqual(pkg.sideEffects, ['./service-promises.js']);
  const targets = [pkg.types, pkg.customElements, ...pkg.files,
    ...Object.values(pkg.exports).flatMap((e) => (typeof e === 'string' ? [e] : Object.values(e)))];
  for (const t of targets.filter((t) => !t.includes('*'))) assert.ok(existsSync(join(DIST, t)), `${t} is in www/dist`);
  assert.equal(pkg.exports['./lang/*'], './lang/*');
  assert.equal(pkg.exports['./regions/*'], './regions/*');
  // The package.json in dist is the template with the version; nothing else.
  const { template, cargo } = sources();
  assert.deepEqual(pkg, packageJson(template, cargoVersion(cargo)));
});

test('the module finds its wasm next to itself, as bundlers expect', () => {
  const js = readFileSync(join(DIST, 'service-promises.js'), 'utf8');
  assert.match(js, /new URL\(["']service_promises_bg\.wasm["'],\s*import\.meta\.url\)/);
});

test('the README and licence in the package', () => {
  const { readme, readmeTemplate, cargo } = sources();
  assert.equal(readFileSync(join(DIST, 'README.md'), 'utf8'), packageReadme(readmeTemplate, readme, cargoVersion(cargo)));
  const licence = readFileSync(join(DIST, 'LICENSE'), 'utf8');
  assert.match(licence, /MIT OR Apache-2\.0/);
  assert.match(licence, /^MIT License$/m);
  assert.match(licence, /Apache License\s+Version 2\.0, January 2004/);
});

test("the package README speaks to whoever installed the package, not to the repository's developer", () => {
  const src = sources();
  const version = cargoVersion(src.cargo);
  const text = packageReadme(src.readmeTemplate, src.readme, version);
  // Nothing that exists only in the repository: its folders and files, its
  // make targets, its commands, its tests.
  const ignored = new Set(['.git', 'node_modules', 'target']);
  const entries = readdirSync(ROOT, { withFileTypes: true }).filter((e) => !ignored.has(e.name) && e.name !== 'package.json');
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const targets = read('Makefile').match(/^\.PHONY:(.*)$/m)[1].trim().split(/\s+/);
  const forbidden = [
    ...entries.map((e) => new RegExp(`(?<![\\w.-])${escape(e.name)}${e.isDirectory() ? '/' : '\\b'}`)),
    new RegExp(`\\bmake (${targets.map(escape).join('|')})\\b`), /`make\s/,
    /\bcargo\s/, /\bwasm-pack\b/, /\bnpm pack\b/, /\bwasm-opt\b/, /\.test\.mjs\b/, /\btests?\/|\/tests?\//,
    /\b\w+\.rs\b/, /<!-- (include|from)\b/,
  ];
  for (const [i, line] of text.split('\n').entries()) {
    for (const re of forbidden) assert.doesNotMatch(line, re, `package README line ${i + 1} speaks of the repository`);
  }
  // How to install it: the tarball, honestly not from the registry.
  assert.match(text, new RegExp(`npm install \\S*service-promises-${escape(version)}\\.tgz`));
  assert.match(text, /not on the npm registry/);
  // How to include it without a bundler: the files side by side, served right.
  for (const f of ['service-promises.js', 'service_promises_bg.wasm', 'lang/', 'regions/', 'application/wasm', 'Content-Encoding']) {
    assert.ok(text.includes(f), `the package README names ${f}`);
  }
  // Its example of the element is the repository README's.
  const firstCode = (md, heading) => md.split(`\n## ${heading}\n`)[1].match(/```html\n[\s\S]*?```/)[0];
  assert.equal(firstCode(text, 'Embed it'), firstCode(src.readme, 'Embed it'), 'the package README embeds the element as the README does');
  // Every attribute of the repository README's table, every event, method,
  // CSS part, custom property and custom state of the declarations.
  for (const { name } of readmeAttributes(src.readme)) assert.ok(text.includes(`\`${name}\``), `the package README names the attribute ${name}`);
  const api = dtsApi(src.dts);
  for (const { name } of [...api.events, ...api.cssParts, ...api.cssProperties]) assert.ok(text.includes(`\`${name}\``), `the package README names ${name}`);
  for (const { name } of api.methods) assert.match(text, new RegExp(`\\b${name}\\(`), `the package README names ${name}()`);
  for (const { name } of api.cssStates) assert.ok(text.includes(`:state(${name})`), `the package README names :state(${name})`);
  // A section it refers to ("Languages and texts") is in it, or its last
  // section says where it is.
  const headings = (md) => [...md.matchAll(/^#{2,3} (.+)$/gm)].map((m) => m[1]);
  const own = headings(text), last = text.slice(text.lastIndexOf('\n## '));
  for (const h of headings(src.readme).filter((h) => text.includes(`"${h}"`))) {
    assert.ok(own.includes(h) || last.includes(`"${h}"`), `the package README refers to "${h}", which it neither has nor points to`);
  }
});

test('custom-elements.json is generated from the README and the declarations as they are now', () => {
  const m = distJson('custom-elements.json');
  assert.match(m.schemaVersion, /^2\.\d+\.\d+$/);
  assert.deepEqual(m, JSON.parse(JSON.stringify(buildManifest(sources()))));
  const el = element(m);
  assert.equal(el.tagName, 'service-promises');
  assert.deepEqual(m.modules[0].exports.find((e) => e.kind === 'custom-element-definition'),
    { kind: 'custom-element-definition', name: 'service-promises', declaration: { name: el.name, module: 'service-promises.js' } });
  for (const a of el.attributes) {
    assert.ok(a.description?.length > 10, `${a.name} has a description`);
    assert.ok(a.type?.text, `${a.name} has a type`);
  }
  for (const e of el.events) {
    assert.match(e.type.text, /^CustomEvent<\{ .+ \}>$/, `${e.name}'s detail is spelled out`);
    assert.ok(e.description, `${e.name} has a description`);
  }
  const detail = (n) => el.events.find((e) => e.name === n).type.text;
  assert.equal(detail('promise-broken'), "CustomEvent<{ id: string; kind: 'reply' | 'refund' | 'hours'; due: string; }>");
  assert.equal(detail('hours-change'), 'CustomEvent<{ open: boolean; closingSoon: boolean; nextChange: string | null; }>');
  assert.equal(detail('load-error'), 'CustomEvent<{ message: string; }>');
  const track = el.members.find((x) => x.name === 'track');
  assert.equal(track.parameters[0].type.text, "{ id: string; kind?: 'reply' | 'refund'; channel?: string; at?: string; }");
  assert.equal(track.return.type.text, '{ id: string; due: string; }');
});

test("custom-elements.json type-checks against the manifest schema's own types (custom-elements-manifest 2.1.0)", () => {
  const dir = mkdtempSync(join(tmpdir(), 'sp-cem-'));
  try {
    writeFileSync(join(dir, 'check.ts'), `import type { Package } from '${join(ROOT, 'node_modules/custom-elements-manifest/schema.d.ts').replace(/\.d\.ts$/, '.js')}';\n` +
      `export const manifest: Package = ${readFileSync(join(DIST, 'custom-elements.json'), 'utf8')};\n`);
    const tsc = (file) => spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '--strict', '--noEmit',
      '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', file], { encoding: 'utf8' });
    const ok = tsc(join(dir, 'check.ts'));
    assert.equal(ok.status, 0, ok.stdout + ok.stderr);
    // The check can fail: a misspelt member is refused.
    writeFileSync(join(dir, 'bad.ts'), readFileSync(join(dir, 'check.ts'), 'utf8').replace('"cssParts"', '"cssPart"'));
    const bad = tsc(join(dir, 'bad.ts'));
    assert.notEqual(bad.status, 0);
    assert.match(bad.stdout, /cssPart/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the manifest against the code: attributes read, parts rendered, custom properties used, methods, states', () => {
  const el = element(distJson('custom-elements.json'));
  const sorted = (a) => [...new Set(a)].sort();
  const rustAttributes = read('src/config.rs').match(/pub const ATTRIBUTES: \[&str; \d+\] = \[([^\]]*)\]/)[1].match(/"[^"]+"/g).map((s) => s.slice(1, -1));
  assert.deepEqual(sorted(names(el.attributes)), sorted(rustAttributes));
  const components = join(ROOT, 'src/components');
  const rendered = readdirSync(components).filter((f) => f.endsWith('.rs'))
    .flatMap((f) => [...readFileSync(join(components, f), 'utf8').matchAll(/\bpart="([\w-]+)"/g)].map((m) => m[1]));
  assert.deepEqual(sorted(names(el.cssParts)), sorted(rendered));
  const used = [...read('src/components/style.css').matchAll(/var\((--sp-[\w-]+)/g)].map((m) => m[1]);
  assert.deepEqual(sorted(names(el.cssProperties)), sorted(used));
  const js = read('src/web/element.js');
  const methods = [...js.matchAll(/^ {4}(\w+)\([^)]*\) \{ return guard\(/gm)].map((m) => m[1]);
  assert.deepEqual(sorted(names(el.members)), sorted(methods));
  const states = JSON.parse(js.match(/const HOURS_STATES = (\[[^\]]*\]);/)[1].replace(/'/g, '"'));
  assert.deepEqual(names(el.cssStates), states);
  // Every event is named in the README's JavaScript interface.
  const iface = read('README.md').split('\n## The JavaScript interface\n')[1].split('\n## ')[0];
  for (const e of names(el.events)) assert.ok(iface.includes(`\`${e}\``), `the README names ${e}`);
});

test('the generator refuses a README and declarations that disagree', () => {
  const src = sources();
  const drift = (what, change) => assert.throws(() => buildManifest({ ...src, ...change(src) }), what);
  drift(/attributes in ServicePromisesAttributes \(d\.ts\) but not in the README table: make-good/,
    (s) => ({ readme: s.readme.replace(/^\| `make-good` \|.*\n/m, '') }));
  drift(/attributes in the README table but not in ServicePromisesAttributes \(d\.ts\): jsonld/,
    (s) => ({ dts: s.dts.replace(/^ {2}jsonld\?: .*\n/m, '') }));
  drift(/CSS parts in @csspart \(d\.ts\) but not in the README: team-record/,
    (s) => ({ readme: s.readme.replace('`team-record`, ', '') }));
  drift(/custom properties in the README but not in @cssprop \(d\.ts\): --sp-radius/,
    (s) => ({ dts: s.dts.replace(/^ \* @cssprop --sp-radius .*\n/m, '') }));
  drift(/event load-error has no description/,
    (s) => ({ dts: s.dts.replace(/^ {2}\/\*\* The wasm could not be fetched.*\n/m, '') }));
  // And a row that names several attributes gives each one.
  assert.deepEqual(readmeAttributes(src.readme).filter((a) => a.example === '`free`').map((a) => a.name),
    ['refund-method', 'return-fees', 'refund-policy-url']);
});

test("the README's examples are lines of the files the tests build", () => {
  const readme = read('README.md');
  const blocks = [...readme.matchAll(/<!-- from (\S+) -->\n```\w*\n([\s\S]*?)```/g)];
  assert.ok(blocks.length >= 6, `${blocks.length} examples marked`);
  for (const [, file, code] of blocks) {
    const lines = new Set(read(file).split('\n').map((l) => l.trim()));
    for (const line of code.split('\n').map((l) => l.trim()).filter(Boolean)) {
      assert.ok(lines.has(line), `README example from ${file}: "${line}" is not a line of it`);
    }
  }
});
