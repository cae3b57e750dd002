import type { EntityKind, GazetteerEntity } from '../core';
import { isIndexedEntities } from '../core/entities/indexedEntities';
import type { NameTrie, NameTrieShape } from '../core/entities/nameTrie';
import { foldToken, tokenize } from '../core/entities/nameTokens';

/** True if the entity's id, name or an alias contains `query` (already in lower case): what completion and symbols offer. */
export function entityMatches(entity: GazetteerEntity, query: string): boolean {
  if (entity.id.includes(query)) return true;
  if (entity.name.toLowerCase().includes(query)) return true;
  return entity.aliases.some((a) => a.toLowerCase().includes(query));
}

interface SearchShape {
  shape: NameTrieShape;
  /** Each vocabulary key as a query is compared with it: folded, capitals (`=IS`) folded too. */
  lowered: string[];
  /**
   * `nodesContaining`'s arrays, reused from query to query: made afresh, a 100,000-entry
   * gazetteer's were ~3 MB a query outside the heap, freed only when a collection found them
   * (issue 15: typing after `{@` grew the server by tens of MB). A query uses them and is done
   * with them before `matchingEntities` yields its first entity, so no two queries share them.
   */
  first: Uint8Array;
  last: Uint8Array;
  middle: Int32Array;
  hit: Uint8Array;
  run: Int32Array;
}

const shapes = new WeakMap<NameTrie, SearchShape>();

function searchShape(trie: NameTrie): SearchShape {
  let known = shapes.get(trie);
  if (!known) {
    const shape = trie.shape();
    const lowered = shape.keys.map((k) => (k.startsWith('=') ? foldToken(k.slice(1)) : k));
    known = {
      shape, lowered, first: new Uint8Array(lowered.length), last: new Uint8Array(lowered.length), middle: new Int32Array(lowered.length),
      hit: new Uint8Array(shape.nodeCount), run: new Int32Array(shape.nodeCount),
    };
    shapes.set(trie, known);
  }
  return known;
}

/** Query tokens past this many are not used to narrow the candidates (still a superset). */
const MAX_QUERY_TOKENS = 30;

/**
 * Per trie node, 1 if the name spelled by the path to it (or by a path it continues) contains
 * `query`'s tokens in a row — the first one as the end of a token, the last as the start of one,
 * those between whole; a single token anywhere inside one. Every name that contains `query`
 * (as `entityMatches` compares) is hit, and a few more (demonyms, accents, punctuation), which the
 * caller's `entityMatches` turns away.
 */
function nodesContaining(search: SearchShape, queryTokens: string[]): Uint8Array {
  const { shape, lowered, first, last, middle, hit, run } = search;
  const { nodeCount, parent, token } = shape;
  const m = Math.min(queryTokens.length, MAX_QUERY_TOKENS);
  // The arrays of the last query: `first` and `last` are written whole below, the others are not.
  middle.fill(0);
  hit.fill(0);
  run.fill(0);
  for (let v = 0; v < lowered.length; v++) {
    const key = lowered[v];
    if (m === 1) {
      first[v] = last[v] = key.includes(queryTokens[0]) ? 1 : 0;
      continue;
    }
    first[v] = key.endsWith(queryTokens[0]) ? 1 : 0;
    last[v] = key.startsWith(queryTokens[m - 1]) ? 1 : 0;
    for (let k = 1; k < m - 1; k++) if (key === queryTokens[k]) middle[v] |= 1 << k;
  }
  // run[n]: bit k set when the path to n ends with query tokens 0..k matched.
  for (let n = 1; n < nodeCount; n++) {
    const p = parent[n];
    const v = token[n];
    if (p < 0 || v < 0) continue;
    if (hit[p]) {
      hit[n] = 1;
      continue;
    }
    if (m === 1) {
      hit[n] = first[v];
      continue;
    }
    const before = run[p];
    run[n] = first[v] | ((before << 1) & middle[v]);
    hit[n] = (before >>> (m - 2)) & 1 & last[v];
  }
  return hit;
}

/**
 * The entities `accept`ed by kind whose id, name or an alias contains `query` (lower case), in
 * definition order, built one by one as they are taken. Over a gazetteer with a name trie only
 * the candidates the ids and the trie point to are built (the trie holds no figure names, so
 * accepted figures are all read); otherwise every entity is read.
 */
export function* matchingEntities(entities: ReadonlyMap<string, GazetteerEntity>, query: string, accept: (kind: EntityKind) => boolean): Generator<GazetteerEntity> {
  const trie = isIndexedEntities(entities) ? entities.nameTrie : null;
  if (!trie || !isIndexedEntities(entities)) {
    for (const entity of entities.values()) if (accept(entity.kind) && (!query || entityMatches(entity, query))) yield entity;
    return;
  }
  const count = entities.size;
  let candidate: Uint8Array | null = null;
  const tokens = query ? tokenize(query).folded : [];
  if (tokens.length > 0) {
    candidate = new Uint8Array(count);
    // `hit` is the search's own array: read whole here, before the first entity is yielded.
    const hit = nodesContaining(searchShape(trie), tokens);
    const { terminalNodes, terminalEntries } = searchShape(trie).shape;
    for (let i = 0; i < terminalNodes.length; i++) if (hit[terminalNodes[i]] && terminalEntries[i] < count) candidate[terminalEntries[i]] = 1;
  }
  for (let i = 0; i < count; i++) {
    const kind = entities.kindAt(i);
    if (!accept(kind)) continue;
    if (candidate && !candidate[i] && kind !== 'figure' && !entities.idAt(i).includes(query)) continue;
    const entity = entities.entityAt(i);
    if (!query || entityMatches(entity, query)) yield entity;
  }
}
