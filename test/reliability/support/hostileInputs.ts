// Hostile inputs: the small ones are committed in test/fixtures/hostile/, the huge ones are made
// here at test time (megabytes do not belong in the repository).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { repoPath } from '../../support/repo';

export function hostileFixture(name: string): Buffer {
  return readFileSync(repoPath('test', 'fixtures', 'hostile', name));
}

/** A readable article that should keep being checked next to the hostile file. */
export const ORDINARY_ARTICLE = `---
title: Coalition hands a northern site to Iraqi forces
source: Example Wire
published: 2020-08-20
---
The coalition handed the Qayyarah airfield to Iraqi forces on Wednesday, officials said.
`;

/** A gazetteer entry whose custom field is nested `depth` flow sequences deep. */
export function deepFlowGazetteer(depth: number): string {
  return `places:\n  deep-town:\n    name: Deep Town\n    extra: ${'['.repeat(depth)}${']'.repeat(depth)}\n`;
}

/** The same depth as block maps, each level indented one more space. */
export function deepBlockGazetteer(depth: number): string {
  const lines = ['places:', '  deep-town:', '    name: Deep Town', '    extra:'];
  for (let i = 0; i < depth; i++) lines.push(`${' '.repeat(6 + i)}k:`);
  return `${lines.join('\n')} bottom\n`;
}

/** One entry whose notes are a single scalar of about `megabytes` MB. */
export function hugeScalarGazetteer(megabytes: number): string {
  return `places:\n  big-town:\n    name: Big Town\n    notes: "${'word '.repeat((megabytes * 1024 * 1024) / 5)}"\n`;
}

/** A map of `keys` keys (inside an entry's custom field: the shape that is quadratic in `yaml`'s duplicate check). */
export function wideMapGazetteer(keys: number): string {
  const lines = ['places:', '  wide-town:', '    name: Wide Town', '    extra:'];
  for (let i = 0; i < keys; i++) lines.push(`      key-${i}: ${i}`);
  return `${lines.join('\n')}\n`;
}

/** Random bytes with NULs: what a mis-named image or archive looks like. */
export function binaryBytes(size: number): Buffer {
  const bytes = randomBytes(size);
  for (let i = 0; i < size; i += 97) bytes[i] = 0;
  return bytes;
}

/** An article whose body is one line of about `megabytes` MB, with a date and a figure every few hundred characters. */
export function longLineArticle(megabytes: number): string {
  const unit = `${'the convoy moved north past the river and the checkpoints near the old mill while officials watched '.repeat(5)}on Monday more than 5,000 troops `;
  return `---\npublished: 2020-01-15\n---\n${unit.repeat(Math.ceil((megabytes * 1024 * 1024) / unit.length))}\n`;
}

/** An article whose front matter holds a scalar of about `megabytes` MB. */
export function hugeFrontMatterArticle(megabytes: number): string {
  return `---\npublished: 2020-01-15\nnotes: "${'a'.repeat(megabytes * 1024 * 1024)}"\n---\nThe body is short.\n`;
}

/** An article whose front matter has `keys` keys. */
export function wideFrontMatterArticle(keys: number): string {
  const lines = ['---', 'published: 2020-01-15'];
  for (let i = 0; i < keys; i++) lines.push(`k${i}: ${i}`);
  return `${lines.join('\n')}\n---\nThe body is short.\n`;
}
