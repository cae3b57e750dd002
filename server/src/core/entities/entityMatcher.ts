// PLACEHOLDER — replaced by the entity work. Signature is the contract.
import type { CoreDiagnostic, EntityMention, Gazetteer, ParsedArticle } from '../types';

export interface EntityMatcher {
  /** Entity mentions (explicit annotations first, then name/alias matches) and their diagnostics
   *  (`entity-unknown-id`, `entity-ambiguous`). */
  find(article: ParsedArticle): { mentions: EntityMention[]; diagnostics: CoreDiagnostic[] };
}

export function buildEntityMatcher(_gazetteer: Gazetteer): EntityMatcher {
  return { find: () => ({ mentions: [], diagnostics: [] }) };
}
