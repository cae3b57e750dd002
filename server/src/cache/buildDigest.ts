import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

let digest: string | undefined;

/**
 * A digest of the running code: the bundled `server.js` (or `newsmd.js`) this module is part of,
 * so anything persisted by another build — whose YAML readers, loader or recognisers may give
 * other results — is never used. Both on-disk caches key on it: the workspace index
 * (`DiskIndexCache.build`) and the gazetteer cache (`DiskGazetteerCache.build`). Run from tsc's
 * output (unbundled, in tests) it is a digest of this module alone; the cache formats
 * (`INDEX_CACHE_FORMAT`, `GAZETTEER_CACHE_FORMAT`) still take part in the keys.
 */
export function currentBuild(): string {
  if (digest === undefined) {
    try {
      digest = createHash('sha1').update(readFileSync(__filename)).digest('hex');
    } catch {
      digest = 'unknown-build';
    }
  }
  return digest;
}
