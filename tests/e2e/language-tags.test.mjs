// The one rule for which language pack a tag chooses is element.js's
// `packOf`, over the data the Rust half decides (`web::shared`: the packs
// and the tags that choose them). This runs the shipped function on the
// shipped data, in Node (no browser needed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { packOf } from '../../src/web/element.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const BUILT = `${ROOT}target/bindgen/shared.json`;
// As the build wrote it for the loader, else as the Rust source gives it.
const shared = JSON.parse(existsSync(BUILT)
  ? readFileSync(BUILT, 'utf8')
  : execFileSync('cargo', ['run', '-q', '--example', 'shared'], { cwd: ROOT, encoding: 'utf8' }));

test('a tag chooses its language\'s pack; Chinese by script, else by region; no is Norwegian Bokmål, iw Hebrew', () => {
  for (const [tag, pack] of [
    ['de', 'de'], ['de-AT', 'de'], ['FR-ca', 'fr'], ['pt-BR', 'pt'], ['sv-FI', 'sv'],
    ['en', null], ['en-GB', null], ['hu', null],
    // Not a BCP 47 tag: no pack (element.js's tagOf skips it before this).
    ['fr_CA', null],
    ['zh', 'zh-Hans'], ['zh-CN', 'zh-Hans'], ['zh-SG', 'zh-Hans'],
    ['zh-TW', 'zh-Hant'], ['zh-HK', 'zh-Hant'], ['zh-MO', 'zh-Hant'],
    ['zh-Hant', 'zh-Hant'], ['zh-Hant-CN', 'zh-Hant'], ['zh-Hans-HK', 'zh-Hans'],
    ['no', 'nb'], ['nb', 'nb'], ['nb-NO', 'nb'],
    ['ar', 'ar'], ['ar-EG', 'ar'], ['he', 'he'], ['he-IL', 'he'], ['iw', 'he'], ['iw-IL', 'he'],
  ]) {
    assert.equal(packOf(tag, shared), pack, tag);
  }
});

test('every pack is a file the build ships, and every tag names a pack', () => {
  for (const pack of shared.packs) assert.ok(existsSync(`${ROOT}src/i18n/${pack}.json`), pack);
  for (const [tag, pack] of shared.packTags) {
    assert.ok(shared.packs.includes(pack), `${tag} -> ${pack}`);
    assert.equal(tag, tag.toLowerCase());
  }
});
