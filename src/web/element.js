// The custom element class. wasm-bindgen cannot extend HTMLElement, so this
// small class forwards lifecycle callbacks and the public methods to the Rust
// `Widget` that `create(this)` returns.
//
// A panic in the Rust code is a bug; if one still happens (it surfaces here
// as a WebAssembly.RuntimeError), every element shows its fallback content
// (its light-DOM children) instead of a dead box, the failure is reported
// once on the console, and later calls throw a plain Error.
const live = new Set();
let broken = false;

function showFallback(el) {
  const root = el.shadowRoot ?? el.attachShadow({ mode: 'open' });
  root.replaceChildren(document.createElement('slot'));
}

function guard(el, fn) {
  if (broken) throw new Error('service-promises stopped after an internal error');
  try {
    return fn();
  } catch (e) {
    if (!(e instanceof WebAssembly.RuntimeError)) throw e;
    broken = true;
    console.error('service-promises stopped after an internal error; showing the fallback content.', e);
    for (const other of live) showFallback(other);
    showFallback(el);
    throw new Error('service-promises stopped after an internal error');
  }
}

function quietly(el, fn) {
  try { guard(el, fn); } catch { /* lifecycle callbacks must not throw into the page */ }
}

// Custom states for CSS (`service-promises:state(closed)`), set from the
// element's own `hours-change` events: `open` while the team is open,
// `open` and `closing-soon` together in its last 30 minutes, `closed`
// otherwise; none while the element has no usable hours or is not in the
// document. Where the browser has no CustomStateSet nothing is set, and
// nothing here throws into the page.
const HOURS_STATES = ['open', 'closing-soon', 'closed'];

function statesOf(hours) {
  if (typeof hours?.open !== 'boolean') return [];
  return hours.open ? (hours.closingSoon ? ['open', 'closing-soon'] : ['open']) : ['closed'];
}

function setStates(set, names) {
  if (!set) return;
  for (const name of HOURS_STATES) {
    const on = names.includes(name);
    try {
      on ? set.add(name) : set.delete(name);
    } catch {
      // Chromium 90-124 took only the dashed form (`:--open`).
      try { on ? set.add(`--${name}`) : set.delete(`--${name}`); } catch { /* no states */ }
    }
  }
}

// What Rust decides and this file needs (`web::shared` in Rust): the
// language packs and which tags choose them, the plural forms, the
// countries with holiday rules, how many years of holidays an element
// takes, and the limits of every fetch. Given by the loader to `prefetch`
// (before the wasm has come, from the build's `shared.json`) and by the
// wasm to `defineElement`: the same data.
let shared = null;

// The element's words. English comes from the wasm (`english`, given to
// `defineElement`); the other languages are packs next to this module
// (`lang/xx.json`), fetched once per page when an element first speaks one;
// the page author's texts (a child `<script type="application/json"
// data-texts>`, or the `texts` property) go over them, each checked by the
// Rust half's rule (`textProblem`). The result, every
// key for the element's language, is what the Rust half renders, and what
// the `texts` property reads.
const packs = new Map(); // language -> Promise of its texts
const loaded = new Map(); // language -> its texts, once fetched

// Where the language packs are: next to this module (bundlers that follow
// `new URL(..., import.meta.url)` copy them with it).
function packUrl(lang) {
  return new URL(`./lang/${lang}.json`, import.meta.url).href;
}

// The name people use for the zone `zone` (the visitor's where undefined)
// in language `locale` at the instant `at` ("Central European Time",
// "Mitteleuropäische Zeit"; a zone's name can change over the years: Kyiv
// was on Moscow time in 1970), from Intl, or undefined where Intl has none
// (or does not know the zone).
function zoneLabel(zone, locale, at) {
  try {
    return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'longGeneric' })
      .formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    return undefined;
  }
}

// A language tag the browser accepts (`Intl`'s own check), else null.
const valid = (tag) => {
  try { return Intl.getCanonicalLocales(tag)[0] ?? null; } catch { return null; }
};

// The element's language tag, the one rule for it (the Rust half takes it
// from here): its own `lang`, else the closest ancestor's, else the
// browser's, each only if it is a language tag (a bad `lang` is reported
// by the Rust half and skipped here), else English.
export const tagOf = (el) => valid(el.getAttribute('lang')?.trim() || '') ??
  valid(el.parentElement?.closest('[lang]')?.getAttribute('lang')?.trim() || '') ??
  valid(navigator.language || '') ?? 'en';

// The pack for a tag: the longest of `packTags` that begins it (whole
// subtags: Chinese by script, else by region; `no` is Norwegian Bokmål),
// else its language's, else none (English words and formats).
export const packOf = (tag, data = shared) => {
  const subtags = tag.toLowerCase().split('-');
  for (let n = subtags.length; n > 0; n--) {
    const prefix = subtags.slice(0, n).join('-');
    const hit = data.packTags.find(([t]) => t === prefix);
    if (hit) return hit[1];
  }
  return data.packs.find((p) => p === subtags[0]) ?? null;
};

// The language of an element's dates, times and numbers: its tag's where
// its words are in its language (a pack, or English), else English: a
// language with no pack reads in English throughout, never English words
// with its own dates.
export const formatsOf = (tag, data = shared) => (packOf(tag, data) || /^en(-|$)/i.test(tag) ? tag : 'en');

// Public holidays by region (`holidays="DE-BE, ..."`): a country's
// holidays of a decade, every subdivision's, are a file next to this module
// (`regions/DE/2020.json`, computed by the Rust rule engine at build time),
// fetched once per page when an element first needs it. The element takes
// those of the years around its clock's (`holidayYears`), named in its
// language where known, else in the region's own.
const regions = new Map(); // "DE/2020" -> Promise of the file
const decades = new Map(); // "DE/2020" -> the file, once fetched

// (Two parts, so that bundlers that follow `new URL(..., import.meta.url)`
// find every file: `regions/*/*.json`.)
function regionUrl(country, decade) {
  return new URL(`./regions/${country}/${decade}.json`, import.meta.url).href;
}

// The files the element's `holidays` may need, for the years around its
// clock: those of every entry that begins with a country with rules. (Which
// entries are region codes, and so whose days count, is the Rust half's
// to say: `regionCodes`. Fetching a file for an entry it then refuses
// costs a request, not a wrong day.)
function regionsOf(el, data = shared) {
  const countries = [...new Set((el.getAttribute('holidays') ?? '').split(',')
    .map((s) => s.trim().toUpperCase())
    .filter((s) => (s.length === 2 || s[2] === '-') && data.countries.includes(s.slice(0, 2)))
    .map((s) => s.slice(0, 2)))];
  // The year of the element's clock: its `now` (RFC 3339, so the year
  // leads), else today's. (Not Date.parse: its first call loads the
  // browser's time zone data, 20 ms of the page's first task.)
  const year = Number(/^\d{4}(?=-)/.exec(el.getAttribute('now')?.trim() ?? '')?.[0] ?? new Date().getUTCFullYear());
  const [from, to] = data.holidayYears.map((d) => year + d);
  const tens = [...new Set([from, to].map((y) => Math.floor(y / 10) * 10))].filter((d) => d >= 2000 && d < 2100);
  const files = countries.flatMap((c) => tens.map((d) => `${c}/${d}`));
  return { files, from, to };
}

// The holidays of the region codes `codes` (the Rust half's, upper case;
// an unknown subdivision stands for its country) for the years `from` to
// `to`, a line each (`2026-12-25<TAB>name`, as the Rust half reads them),
// in language `tag`.
function regionDays(codes, { files, from, to }, tag) {
  const lines = [];
  const lower = tag.toLowerCase(), primary = lower.split('-')[0];
  for (const code of codes) {
    const [country, sub] = code.split('-');
    const own = files.filter((f) => f.startsWith(country) && decades.has(f)).map((f) => decades.get(f));
    if (!own.length) continue;
    const held = own[0].subs.includes(sub) ? sub : country;
    for (const file of own) {
      for (const [date, n, holds] of file.days) {
        const y = +date.slice(0, 4);
        if (y < from || y > to || (holds && !holds.split(' ').includes(held))) continue;
        const names = file.names[n];
        lines.push(`${date}\t${names[lower] ?? names[primary] ?? names[file.lang]}`);
      }
    }
  }
  return lines.join('\n');
}

// A pack's or a country's file, once per page; abandoned after
// `fetchTimeoutMs` (as `record-url`), and asked for again by the next
// element when it failed.
function fetchOnce(cache, done, key, url) {
  if (!cache.has(key)) {
    const file = fetch(url, { signal: AbortSignal.timeout?.(shared.fetchTimeoutMs) })
      .then((r) => { if (!r.ok) throw new Error(`HTTP ${r.status}`); return r.json(); })
      .then((json) => { done.set(key, json); return json; });
    file.catch(() => cache.delete(key));
    cache.set(key, file);
  }
  return cache.get(key);
}

// The author's texts for `tag`: `value` (the property's), else the script's;
// an object of key to text, or of language tag to such objects (the full
// tag first, then its language). Returns [texts, problems].
function authorTexts(el, value, tag) {
  if (value === undefined) {
    const script = el.querySelector(':scope > script[data-texts]');
    if (!script) return [{}, []];
    try { value = JSON.parse(script.textContent); } catch (e) {
      return [{}, [`the data-texts script is not JSON (${e.message})`]];
    }
  }
  if (value == null) return [{}, []];
  if (typeof value !== 'object' || Array.isArray(value)) {
    return [{}, ['expected an object of key to text, or of language tag to such objects']];
  }
  const values = Object.values(value);
  if (values.length && values.every((v) => v && typeof v === 'object')) {
    const keys = Object.keys(value);
    const lower = tag.toLowerCase();
    const key = keys.find((k) => k.toLowerCase() === lower) ??
      keys.find((k) => k.toLowerCase() === lower.split('-')[0]);
    value = key === undefined ? {} : value[key];
  }
  return [value, []];
}

// `layer` over `words`: a key's general form replaces its plural forms too.
function lay(words, layer) {
  const entries = Object.entries(layer).sort(([a], [b]) => a.includes('.') - b.includes('.'));
  for (const [key, text] of entries) {
    if (!key.includes('.')) for (const k of Object.keys(words)) if (k.startsWith(`${key}.`)) delete words[k];
    words[key] = text;
  }
}

// Every text of the element in its language, and the author's problems.
// Elements with no texts of their author's share one object per pack (the
// Rust half then shares one table: a page of many elements holds one).
const NONE = {};
const plain = new WeakMap(); // pack -> its words, over English
function wordsFor(english, check, pack, value, el, tag) {
  const [author, problems] = authorTexts(el, value, tag);
  const own = Object.keys(author).length || problems.length;
  if (!own && plain.has(pack)) return [plain.get(pack), []];
  const words = { ...english };
  lay(words, pack);
  const good = {};
  for (const [key, text] of Object.entries(author)) {
    const why = check(key, text);
    if (why) problems.push(why); else good[key] = text;
  }
  lay(words, good);
  if (!own) plain.set(pack, words);
  return [words, problems];
}

export function defineElement(tag, create, observed, texts, forms, data) {
  if (customElements.get(tag)) return false;
  shared = data;
  const english = { ...texts, ...forms };
  class ServicePromisesElement extends HTMLElement {
    static get observedAttributes() { return observed; }
    #widget = null;
    #texts = undefined; // the `texts` property, once set
    #words = null; // every text in the element's language, once laid together
    #states = null; // its CustomStateSet, where the browser has one
    #hours = null; // the last `hours-change` detail
    #seq = 0; // the number of the last #speak: only its words are given
    #on = false; // connected on the Rust side
    #live = false; // between connectedCallback and disconnectedCallback
    constructor() {
      super();
      // `texts` set on the element before this module defined it: an own
      // property then, hiding the accessor.
      if (Object.hasOwn(this, 'texts')) {
        const value = this.texts;
        delete this.texts;
        this.#texts = value;
      }
      try { this.#states = this.attachInternals().states ?? null; } catch { /* no ElementInternals */ }
      // Each configuration problem, once, for the page author (the element
      // shows them only with `debug` or on a local page).
      this.addEventListener('config-error', (e) => {
        try { console.warn(`service-promises: ${e.detail.attribute}: ${e.detail.message}`); } catch { /* no console */ }
      });
      // Registered first, so the states are set before the event reaches
      // the page's own listeners.
      this.addEventListener('hours-change', (e) => {
        this.#hours = e.detail;
        if (this.isConnected) setStates(this.#states, statesOf(e.detail));
      });
    }
    // The Rust half holds no reference to this element while it is not in
    // the document: each call passes it.
    #w() { return (this.#widget ??= create()); }
    connectedCallback() {
      this.#live = true;
      live.add(this);
      if (broken) return showFallback(this);
      // The last hours it announced, until it announces others.
      setStates(this.#states, statesOf(this.#hours));
      this.#speak();
    }
    // Gives the Rust half what it needs to render: the words for the
    // element's language and the holiday rules of the regions it names;
    // then connects it, or has it read its attributes again if it is
    // connected. When a pack or a country's rules are still on their way,
    // once they have come (or failed: English words and a `lang` error; no
    // holidays of that country and a `holidays` error), if the element is
    // still in the document and no later call has taken over (the language
    // changed again, the element moved). Until then a new element shows its
    // fallback content, and a connected one keeps what it shows: never a
    // text in a language, or hours without holidays, it was not given.
    #speak() {
      const seq = ++this.#seq;
      const lang = packOf(tagOf(this));
      const needed = regionsOf(this);
      const lines = [];
      const go = () => seq === this.#seq && this.isConnected && quietly(this, () => {
        const tag = tagOf(this);
        const w = this.#w();
        w.setRegionDays(regionDays(w.regionCodes(this.getAttribute('holidays') ?? ''), needed, tag));
        const failed = lang && !loaded.has(lang);
        const [words, problems] = wordsFor(english, (k, t) => w.textProblem(k, t), failed ? NONE : loaded.get(lang) ?? NONE, this.#texts, this, tag);
        this.#words = words;
        lines.push(...problems.map((p) => `texts\t${p}`));
        const formats = failed ? 'en' : formatsOf(tag);
        const zone = this.getAttribute('timezone')?.trim() || undefined;
        const at = Date.parse(this.getAttribute('now') ?? '') || Date.now();
        w.setTexts(tag, failed ? 'en' : packOf(tag) ?? 'en', formats, zoneLabel(zone, formats, at), words, lines.join('\n'));
        if (this.#on) this.#w().attributeChanged(this);
        else {
          this.#w().connect(this);
          this.#on = true;
        }
      });
      if ((!lang || loaded.has(lang)) && needed.files.every((f) => decades.has(f))) return go();
      const why = (e) => e?.message ?? e;
      Promise.all([
        lang && fetchOnce(packs, loaded, lang, packUrl(lang)).catch((e) =>
          lines.push(`lang\tthe ${lang} texts (lang/${lang}.json) could not be loaded (${why(e)}); showing English words`)),
        ...needed.files.map((f) => fetchOnce(regions, decades, f, regionUrl(...f.split('/'))).catch((e) =>
          lines.push(`holidays\tthe holidays of ${f.slice(0, 2)} (regions/${f}.json) could not be loaded (${why(e)}); they are not counted`))),
      ]).then(go);
    }
    disconnectedCallback() {
      this.#live = false;
      this.#seq++;
      this.#on = false;
      live.delete(this);
      setStates(this.#states, []);
      if (this.#widget && !broken) quietly(this, () => this.#widget.disconnect());
    }
    attributeChangedCallback(name, oldValue, newValue) {
      // An upgrade calls this for every attribute before connectedCallback,
      // which reads them all at once: nothing to do until then (each call
      // would configure and render the element again).
      if (!this.#live) {
        if (name === 'hours' && newValue === null) this.#noHours();
        return;
      }
      // A new language while the first words are on their way: those of
      // the new one instead.
      // (The holidays and the clock too: region codes' days are laid
      // together here.)
      const needs = name === 'lang' || name === 'holidays' || (name === 'now' && regionsOf(this).files.length);
      if (needs && oldValue !== newValue && !broken) return this.#speak();
      if (this.#widget && oldValue !== newValue && !broken) {
        quietly(this, () => this.#widget.attributeChanged(this));
        // Hours that are gone or unusable announce nothing: no state then.
        if (name === 'hours') quietly(this, () => this.#widget.status(this).hours || this.#noHours());
      } else if (name === 'hours' && newValue === null) {
        this.#noHours();
      }
    }
    #noHours() {
      this.#hours = null;
      setStates(this.#states, []);
    }
    track(request) { return guard(this, () => this.#w().track(this, request)); }
    fulfil(id, at) { return guard(this, () => this.#w().fulfil(this, id, at)); }
    resolve(id, at) { return guard(this, () => this.#w().resolve(this, id, at)); }
    status() { return guard(this, () => this.#w().status(this)); }
    forget(id) { return guard(this, () => this.#w().forget(this, id)); }
    forgetAll() { return guard(this, () => this.#w().forgetAll(this)); }
    // Every text in the element's language (null until laid together);
    // set, the author's texts (as the `data-texts` script's, in its place).
    get texts() { return this.#words && { ...this.#words }; }
    set texts(value) {
      this.#texts = value;
      if (this.isConnected && !broken) this.#speak();
    }
  }
  customElements.define(tag, ServicePromisesElement);
  return true;
}

const recordTexts = new Map(); // absolute URL -> Promise of [text, reason]

// `url` as text for the `record-url` attribute: same-origin credentials,
// abandoned after `timeoutMs`, refused when it announces more than
// `maxBytes`. Resolves to [text] or [undefined, reason in words]. Once per
// page and URL while it is on its way or has come (every element naming it
// shares the answer; a failure is asked for again by the next element).
function recordText(url, maxBytes, timeoutMs) {
  const key = new URL(url, document.baseURI).href;
  if (!recordTexts.has(key)) {
    const answer = fetchOnceText(url, maxBytes, timeoutMs);
    answer.then(([text]) => text === undefined && recordTexts.delete(key));
    recordTexts.set(key, answer);
  }
  return recordTexts.get(key);
}

async function fetchOnceText(url, maxBytes, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const failed = (e, what) => e?.name === 'AbortError'
    ? `no answer within ${timeoutMs / 1000} seconds`
    : `${what} (network error or refused by CORS)`;
  try {
    const response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' })
      .catch((e) => { throw failed(e, 'could not be fetched'); });
    if (!response.ok) throw `HTTP ${response.status}`;
    if (Number(response.headers.get('content-length')) > maxBytes) throw `larger than ${maxBytes / 1024} KB`;
    return [await response.text().catch((e) => { throw failed(e, 'the body could not be read'); })];
  } catch (e) {
    return [undefined, String(e)];
  } finally {
    clearTimeout(timer);
  }
}

// Fetches `url` as text for the `record-url` attribute (see `recordText`)
// and calls `done(text)` or `done(undefined, reason)`, once. (Here rather
// than as a Rust future: the future machinery cost more wasm than this.)
export function fetchText(url, maxBytes, timeoutMs, done) {
  recordText(url, maxBytes, timeoutMs).then(([text, reason]) => done(text, reason));
}

// Every file `el` will need, requested at once, before the wasm has come:
// its language pack, the files of the regions it names and its
// `record-url`. Called by the loader for each element in the document
// when the module first runs; the element takes them from the same caches
// when it connects. Resolves (never rejects) when the pack and the region
// files have come or failed: what the element's first frame needs.
export function prefetch(el, data) {
  shared ??= data;
  const lang = packOf(tagOf(el));
  const needed = regionsOf(el);
  const record = el.getAttribute('record-url');
  if (record?.trim()) recordText(record.trim(), shared.recordMaxBytes, shared.fetchTimeoutMs);
  return Promise.allSettled([
    lang && fetchOnce(packs, loaded, lang, packUrl(lang)),
    ...needed.files.map((f) => fetchOnce(regions, decades, f, regionUrl(...f.split('/')))),
  ]);
}
