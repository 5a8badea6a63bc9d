// Build step (see `make build`): makes www/dist/ a publishable npm package.
//   node src/web/package/build.mjs <dist>
// Writes package.json (this folder's template, with the version from
// Cargo.toml) and the package README (this folder's, for whoever installed
// the package, with the sections of the repository's README that speak to a
// page author included: the examples, the attributes, the JavaScript
// interface, the styling), copies the declarations and the licence,
// generates the Custom Elements Manifest (custom-elements.json) and writes
// the language packs (lang/xx.json). (The Makefile writes the region files,
// regions/XX/DECADE.json, with examples/region_days.rs.)
//
// The manifest has two sources, checked against each other here so that
// they cannot drift apart: the README (every attribute with its description
// and example, from the table under "## Attributes"; the CSS parts and custom
// properties named under "## Styling") and the declarations
// (service-promises.d.ts: attribute types, events and their details,
// methods, and the parts, custom properties, states and slot as JSDoc tags
// on the element). Any mismatch fails the build, naming it.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const HERE = new URL('./', import.meta.url).pathname;
const ROOT = new URL('../../../', import.meta.url).pathname;
const ts = createRequire(join(ROOT, 'package.json'))('typescript');

export const TAG = 'service-promises';
export const MODULE = 'service-promises.js';
const CLASS = 'ServicePromisesElement';

/** The crate's version, `[package] version` in Cargo.toml. */
export function cargoVersion(toml) {
  const pkg = toml.split(/^\[/m).find((s) => s.startsWith('package]'));
  const v = pkg?.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  if (!v) throw new Error('Cargo.toml: no [package] version');
  return v;
}

/** Markdown table cells, `|` inside backticks kept. */
function cells(line) {
  const out = [];
  let cur = '', code = false;
  for (const ch of line.trim().replace(/^\||\|$/g, '')) {
    if (ch === '`') code = !code;
    if (ch === '|' && !code) { out.push(cur.trim()); cur = ''; } else cur += ch;
  }
  out.push(cur.trim());
  return out;
}

/**
 * The text of a `## heading` or `### heading` section, from its heading up
 * to the next heading of its level or above (so a `##` section holds its
 * `###` ones). Headings are read outside code blocks; one that is not there,
 * or is there twice, fails.
 */
function section(readme, heading) {
  const lines = readme.split('\n');
  const headings = [];
  let fence = false;
  for (const [i, line] of lines.entries()) {
    if (/^\s*```/.test(line)) fence = !fence;
    const m = !fence && line.match(/^(#{1,6}) (.+?)\s*$/);
    if (m) headings.push({ at: i, level: m[1].length, title: m[2] });
  }
  const found = headings.filter((h) => h.level > 1 && h.title === heading);
  if (found.length !== 1) throw new Error(`README: ${found.length ? 'two' : 'no'} "## ${heading}" or "### ${heading}" section${found.length ? 's' : ''}`);
  const [h] = found;
  const end = headings.find((n) => n.at > h.at && n.level <= h.level)?.at;
  return `\n${lines.slice(h.at, end).join('\n')}`;
}

const codes = (text) => [...text.matchAll(/`([^`]+)`/g)].map((m) => m[1]);

/**
 * The README's attribute table: `[{ name, description, example }]`, one per
 * attribute (a row may name several).
 */
export function readmeAttributes(readme) {
  const lines = section(readme, 'Attributes').split('\n');
  const head = lines.findIndex((l) => /^\|\s*attribute\s*\|/.test(l));
  if (head < 0) throw new Error('README: no attribute table under "## Attributes"');
  const columns = cells(lines[head]);
  const [meaning, example] = ['meaning', 'example'].map((c) => columns.indexOf(c));
  if (meaning < 0 || example < 0) throw new Error('README: the attribute table needs "meaning" and "example" columns');
  const out = [];
  for (const line of lines.slice(head + 2)) {
    if (!line.startsWith('|')) break;
    const row = cells(line);
    const names = codes(row[0]);
    if (names.length === 0) throw new Error(`README: an attribute row without a name: ${line}`);
    for (const name of names) out.push({ name, description: row[meaning], example: row[example] });
  }
  return out;
}

/** The CSS parts and custom properties named in the README's "## Styling". */
export function readmeStyling(readme) {
  const text = section(readme, 'Styling');
  const partsAt = text.indexOf('::part()');
  if (partsAt < 0) throw new Error('README: "## Styling" names no `::part()` list');
  const partsText = text.slice(partsAt + '::part()`'.length).split(/\n\s*\n/)[0];
  return {
    properties: codes(text.slice(0, partsAt)).filter((c) => c.startsWith('--')),
    parts: codes(partsText),
  };
}

const nameOf = (n) => (ts.isStringLiteral(n) || ts.isIdentifier(n) ? n.text : n.getText());
const docOf = (node) => {
  const docs = ts.getJSDocCommentsAndTags(node).filter(ts.isJSDoc);
  return docs.length ? ts.getTextOfJSDocComment(docs.at(-1).comment)?.trim() : undefined;
};

/**
 * What the declarations say: attribute types, events, methods, the
 * element's description and its JSDoc tags (`@slot`, `@csspart`,
 * `@cssprop`, `@cssstate`), and the module's functions.
 */
export function dtsApi(text) {
  const file = ts.createSourceFile('service-promises.d.ts', text, ts.ScriptTarget.Latest, true);
  const interfaces = new Map(), aliases = new Map(), functions = [];
  for (const s of file.statements) {
    if (ts.isInterfaceDeclaration(s)) interfaces.set(s.name.text, s);
    else if (ts.isTypeAliasDeclaration(s)) aliases.set(s.name.text, s.type.getText());
    else if (ts.isFunctionDeclaration(s)) functions.push(s);
  }
  const need = (name) => interfaces.get(name) ?? (() => { throw new Error(`service-promises.d.ts: no interface ${name}`); })();
  // A named type in full: an interface of this file one level deep, the
  // file's type aliases (`Instant`, `PromiseKind`) spelled out.
  const spell = (t) => {
    let out = t;
    for (let i = 0; i < 4; i++) out = out.replace(/\b[A-Z]\w*\b/g, (id) => (aliases.has(id) ? aliases.get(id) : id));
    return out;
  };
  const expand = (t) => {
    const inner = t.match(/^CustomEvent<(\w+)>$/)?.[1];
    if (inner) return `CustomEvent<${expand(inner)}>`;
    const decl = interfaces.get(t);
    if (!decl) return spell(t);
    return spell(`{ ${decl.members.map((m) => m.getText().replace(/;?$/, ';').replace(/\s+/g, ' ')).join(' ')} }`);
  };
  const props = (iface) => need(iface).members.filter(ts.isPropertySignature);

  const attributes = props('ServicePromisesAttributes').map((m) => ({ name: nameOf(m.name), type: m.type.getText() }));
  const events = props('ServicePromisesEventMap').map((m) => ({
    name: nameOf(m.name), type: { text: expand(m.type.getText()) }, description: docOf(m),
  }));
  const element = need(CLASS);
  const methods = element.members.filter(ts.isMethodSignature).map((m) => ({
    kind: 'method',
    name: nameOf(m.name),
    description: docOf(m),
    parameters: m.parameters.map((p) => ({
      name: p.name.getText(), type: { text: expand(p.type.getText()) }, ...(p.questionToken ? { optional: true } : {}),
    })),
    return: { type: { text: expand(m.type.getText()) } },
  }));
  const tags = {};
  for (const tag of ts.getJSDocTags(element)) {
    const body = ts.getTextOfJSDocComment(tag.comment)?.trim() ?? '';
    const m = body.match(/^(\S*?)\s*-\s+([\s\S]*)$/) ?? body.match(/^()-\s*([\s\S]*)$/);
    if (!m) throw new Error(`service-promises.d.ts: @${tag.tagName.text} needs "name - description": ${body}`);
    (tags[tag.tagName.text] ??= []).push({ name: m[1], description: m[2].replace(/\s+/g, ' ') });
  }
  return {
    description: docOf(element),
    attributes, events, methods,
    slots: tags.slot ?? [], cssParts: tags.csspart ?? [], cssProperties: tags.cssprop ?? [], cssStates: tags.cssstate ?? [],
    functions: functions.map((f) => ({
      kind: 'function', name: f.name.text, description: docOf(f), return: { type: { text: f.type.getText() } },
    })),
  };
}

/** Differences between two lists of names, as sentences; none when equal as sets. */
function differ(what, a, aName, b, bName) {
  const out = [];
  const extra = a.filter((n) => !b.includes(n)), missing = b.filter((n) => !a.includes(n));
  if (extra.length) out.push(`${what} in ${aName} but not in ${bName}: ${extra.join(', ')}`);
  if (missing.length) out.push(`${what} in ${bName} but not in ${aName}: ${missing.join(', ')}`);
  return out;
}

/** The Custom Elements Manifest (schema 2.1.0) from the README and the declarations. */
export function buildManifest({ readme, dts }) {
  const api = dtsApi(dts);
  const attrs = readmeAttributes(readme);
  const styling = readmeStyling(readme);
  const problems = [
    ...differ('attributes', attrs.map((a) => a.name), 'the README table', api.attributes.map((a) => a.name), 'ServicePromisesAttributes (d.ts)'),
    ...differ('CSS parts', styling.parts, 'the README', api.cssParts.map((p) => p.name), '@csspart (d.ts)'),
    ...differ('custom properties', styling.properties, 'the README', api.cssProperties.map((p) => p.name), '@cssprop (d.ts)'),
  ];
  for (const e of api.events) if (!e.description) problems.push(`event ${e.name} has no description in the d.ts`);
  for (const m of api.methods) if (!m.description) problems.push(`method ${m.name} has no description in the d.ts`);
  if (problems.length) throw new Error(`custom-elements.json: the README and service-promises.d.ts disagree:\n  ${problems.join('\n  ')}`);

  const types = new Map(api.attributes.map((a) => [a.name, a.type]));
  const element = {
    kind: 'class',
    customElement: true,
    name: CLASS,
    tagName: TAG,
    description: api.description,
    superclass: { name: 'HTMLElement', package: 'global:' },
    attributes: attrs.map((a) => ({
      name: a.name,
      description: `${a.description} (example: ${a.example})`,
      type: { text: types.get(a.name) },
    })),
    events: api.events,
    members: api.methods,
    slots: api.slots,
    cssParts: api.cssParts,
    cssProperties: api.cssProperties,
    cssStates: api.cssStates,
  };
  const ref = (name) => ({ name, module: MODULE });
  return {
    schemaVersion: '2.1.0',
    readme: 'README.md',
    modules: [{
      kind: 'javascript-module',
      path: MODULE,
      description: 'Loading this module defines <service-promises> once its WebAssembly (service_promises_bg.wasm, next to it) has loaded.',
      declarations: [element, ...api.functions],
      exports: [
        { kind: 'custom-element-definition', name: TAG, declaration: ref(CLASS) },
        ...api.functions.map((f) => ({ kind: 'js', name: f.name, declaration: ref(f.name) })),
      ],
    }],
  };
}

/**
 * The package README: this folder's README.md, written for whoever installed
 * the package, with `{{version}}` replaced by the package's version and each
 * `<!-- include: Heading -->` replaced by that `## Heading` (or `### Heading`)
 * section of the repository's README (without its `<!-- from ... -->`
 * markers), so that the two say the same. Only sections that speak to a page
 * author, not of the repository's files, commands or tests, are included (a
 * test checks it); the rest, installing and embedding the package, is this
 * folder's own.
 */
export function packageReadme(template, readme, version) {
  if (template.includes('{{version}}') && !version) throw new Error('packageReadme: the template needs the version');
  return template.replaceAll('{{version}}', version)
    .replace(/<!-- include: (.+?) -->\n/g, (_, heading) => section(readme, heading).trim()
      .replace(/^<!-- from .*? -->\n/gm, '') + '\n');
}

/** The package.json that ships: the template with the crate's version. */
export function packageJson(template, version) {
  const { name, ...rest } = template;
  return { name, version, ...rest };
}

/** Sources: the repository's files as they are now. */
export function sources() {
  return {
    readme: readFileSync(join(ROOT, 'README.md'), 'utf8'),
    dts: readFileSync(join(HERE, 'service-promises.d.ts'), 'utf8'),
    cargo: readFileSync(join(ROOT, 'Cargo.toml'), 'utf8'),
    template: JSON.parse(readFileSync(join(HERE, 'package.json'), 'utf8')),
    readmeTemplate: readFileSync(join(HERE, 'README.md'), 'utf8'),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dist = process.argv[2];
  if (!dist) throw new Error('usage: node src/web/package/build.mjs <dist>');
  mkdirSync(dist, { recursive: true });
  const src = sources();
  const json = (value) => `${JSON.stringify(value, null, 2)}\n`;
  writeFileSync(join(dist, 'package.json'), json(packageJson(src.template, cargoVersion(src.cargo))));
  writeFileSync(join(dist, 'custom-elements.json'), json(buildManifest(src)));
  writeFileSync(join(dist, 'README.md'), packageReadme(src.readmeTemplate, src.readme, cargoVersion(src.cargo)));
  for (const f of ['service-promises.d.ts', 'LICENSE']) copyFileSync(join(HERE, f), join(dist, f));
  // The language packs (src/i18n/xx.json), minified, fetched next to the
  // module (lang/xx.json) by the elements that speak them.
  mkdirSync(join(dist, 'lang'), { recursive: true });
  for (const f of readdirSync(join(ROOT, 'src/i18n')).filter((f) => f.endsWith('.json'))) {
    const texts = JSON.parse(readFileSync(join(ROOT, 'src/i18n', f), 'utf8'));
    writeFileSync(join(dist, 'lang', f), JSON.stringify(texts));
  }
}
