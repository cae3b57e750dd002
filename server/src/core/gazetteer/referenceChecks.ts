import type { Definition, Definitions } from './definitions';
import type { FileContext } from './fileContext';
import { kindList, withArticle, type PendingReference } from './references';

// The checks that need every file read first: references to ids and `parent` loops. The loader
// collects references while it reads and runs these once at the end.

/** How far a `parent` chain is followed when looking for a loop; real hierarchies are a few levels. */
const MAX_PARENT_CHAIN = 64;

/** Each reference names an id some file defines, not itself, and of a kind the field allows. */
export function checkReferences(references: readonly PendingReference[], definitions: Definitions, contexts: ReadonlyMap<string, FileContext>): void {
  for (const ref of references) {
    const file = contexts.get(ref.uri);
    if (!file) continue;
    if (ref.target === ref.fromId) {
      file.report('gazetteer-schema', ref.span, `${ref.field} of \`${ref.fromId}\` names \`${ref.target}\` itself.`, { data: referenceData(ref) });
      continue;
    }
    const targetKind = definitions.kindOf(ref.target);
    if (targetKind === undefined) {
      file.report('gazetteer-schema', ref.span, `${ref.field} of \`${ref.fromId}\` names \`${ref.target}\`, which no gazetteer file defines.`,
        { data: { ...referenceData(ref), unknownId: ref.target } });
      continue;
    }
    if (ref.kinds && !ref.kinds.includes(targetKind)) {
      const target = definitions.get(ref.target) as Definition;
      const targetFile = contexts.get(target.uri) ?? file;
      file.report('gazetteer-schema', ref.span,
        `${ref.field} of \`${ref.fromId}\` must name ${kindList(ref.kinds)}, but \`${ref.target}\` is ${withArticle(target.kind)} (${targetFile.where(target.keySpan)}).`,
        { related: [{ uri: target.uri, span: target.keySpan, message: `\`${ref.target}\` is ${withArticle(target.kind)}` }], data: { ...referenceData(ref), targetKind: target.kind } });
    }
  }
}

/**
 * `parent` chains that come back to where they started (a → b → a): each entry on the loop is
 * told. Walks stop after a bounded number of steps, so a long chain cannot make this quadratic.
 */
export function checkParentLoops(references: readonly PendingReference[], parents: ReadonlyMap<string, string>, contexts: ReadonlyMap<string, FileContext>): void {
  for (const ref of references) {
    if (ref.field !== '`parent`' || ref.target === ref.fromId) continue; // naming itself is reported by checkReferences
    const chain = [ref.fromId];
    let current: string | undefined = ref.target;
    while (current !== undefined && current !== ref.fromId && chain.length < MAX_PARENT_CHAIN && !chain.includes(current)) {
      chain.push(current);
      current = parents.get(current);
    }
    if (current !== ref.fromId) continue;
    contexts.get(ref.uri)?.report('gazetteer-schema', ref.span,
      `\`parent\` of \`${ref.fromId}\` leads back to it: ${[...chain, ref.fromId].map((id) => `\`${id}\``).join(' → ')}; an organisation cannot be part of itself.`,
      { data: { id: ref.fromId, field: ref.field, target: ref.target, loop: chain } });
  }
}

/** A reference diagnostic's data; built only for a diagnostic (there are one or two references per entry). */
function referenceData(ref: PendingReference): Record<string, unknown> {
  return { id: ref.fromId, field: ref.field, target: ref.target, ...(ref.kinds ? { expectedKinds: ref.kinds } : {}) };
}
