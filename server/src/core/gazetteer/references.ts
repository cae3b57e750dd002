import type { EntityKind, Span } from '../types';

/** Lower-case kebab-case: `ain-al-asad`, `us-troops-iraq`, `isf-2014`. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isValidId(text: string): boolean {
  // `ID_PATTERN` by hand: it runs for every id and every reference of a load.
  const n = text.length;
  if (n === 0 || text.charCodeAt(0) === 0x2d || text.charCodeAt(n - 1) === 0x2d) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) continue;
    if (c !== 0x2d || text.charCodeAt(i + 1) === 0x2d) return false;
  }
  return true;
}

/** A best guess at the id someone meant: `Ain_Al Asad` → `ain-al-asad`. */
export function suggestId(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A field of one entry that names another entry by id; checked once every file is loaded. */
export interface PendingReference {
  fromId: string;
  /** How the message names the field: "`country`", "the `org` of operator 2". */
  field: string;
  target: string;
  uri: string;
  span: Span;
  /** Kinds the target may have; null when any kind will do. */
  kinds: readonly EntityKind[] | null;
}

export const KIND_PLURAL: Record<EntityKind, string> = {
  base: 'bases',
  person: 'persons',
  organization: 'organizations',
  place: 'places',
  event: 'events',
  figure: 'figures',
};

export function withArticle(kind: EntityKind): string {
  return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

export function kindList(kinds: readonly EntityKind[]): string {
  const named = kinds.map(withArticle);
  return named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}`;
}
