import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import Ajv from 'ajv';
import { parse } from 'yaml';
import { repoPath } from '../../support/repo';
import { realisticFixtures } from './helpers';

const schema = JSON.parse(readFileSync(repoPath('schemas', 'gazetteer.schema.json'), 'utf8'));
// Strict mode on (but for `required` next to `allOf`, which draft-07 allows): an unknown keyword fails here.
const validate = new Ajv({ allErrors: true, strict: true, strictRequired: false }).compile(schema);

function errorsOf(yamlText: string): string[] {
  // An empty document is null, which YAML tooling does not validate; it stands for no sections.
  const ok = validate(parse(yamlText, { schema: 'core' }) ?? {});
  return ok ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

describe('schemas/gazetteer.schema.json', () => {
  test('is a draft-07 schema', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
  });

  test('accepts the realistic gazetteer files, unknown fields included', () => {
    for (const file of realisticFixtures()) assert.deepEqual(errorsOf(file.text), [], file.uri);
  });

  test('accepts an empty file and empty sections', () => {
    assert.deepEqual(errorsOf(''), []);
    assert.deepEqual(errorsOf('places:\nbases:\n'), []);
  });

  const bad: Array<[string, string, RegExp]> = [
    ['a missing name', 'places:\n  iraq: { type: country }\n', /\/places\/iraq must have required property 'name'/],
    ['a figure without label', 'figures:\n  f: { units: [troops] }\n', /\/figures\/f must have required property 'label'/],
    ['an id that is not kebab-case', 'places:\n  Iraq: { name: Iraq }\n', /must match pattern/],
    ['a bad date', 'persons:\n  p: { name: P, born: 11 March 1957 }\n', /\/persons\/p\/born must match pattern/],
    ['a month 13', 'events:\n  e: { name: E, date: 2020-13 }\n', /\/events\/e\/date must match pattern/],
    ['coordinates out of range', 'bases:\n  b: { name: B, coordinates: [133.8, 42.4] }\n', /\/bases\/b\/coordinates\/0 must be <= 90/],
    ['aliases that are not a list', 'organizations:\n  o: { name: O, aliases: ISIS }\n', /\/organizations\/o\/aliases must be array/],
    ['a value with separators', 'figures:\n  f: { label: F, values: [{ value: "5,000", as_of: 2020 }] }\n', /\/figures\/f\/values\/0\/value must be number/],
    ['a value without as_of', 'figures:\n  f: { label: F, values: [{ value: 5 }] }\n', /must have required property 'as_of'/],
    ['an operator without org', 'bases:\n  b: { name: B, operators: [{ from: 2003 }] }\n', /must have required property 'org'/],
    ['a wikidata URL', 'places:\n  iraq: { name: Iraq, wikidata: "https://www.wikidata.org/wiki/Q796" }\n', /\/places\/iraq\/wikidata must match pattern/],
    ['an unknown section', 'people:\n  p: { name: P }\n', /must NOT have additional properties/],
  ];
  for (const [what, text, expected] of bad) {
    test(`rejects ${what}`, () => {
      const errors = errorsOf(text);
      assert.ok(errors.some((e) => expected.test(e)), errors.join('\n'));
    });
  }
});
