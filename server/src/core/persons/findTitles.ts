import type { Span } from '../types';
import type { WrittenTitle } from './writtenTitle';

// Titles written next to a person mention, read off the sentence's tokens. The shapes:
//
//   before, a run of title words:       "Prime Minister X", "Iraq's Foreign Minister X", "U.S. Defense Secretary X"
//   before, a run with an "of" part:    "Secretary of Defense X", "former commander of the Quds Force X"
//   before, set off by a comma:         "Iraq's Foreign Minister, X,", "Deputy Commander of Iraq's JOC, Lt. Gen. X"
//   after, set off by a comma:          "X, spokesman of the Joint Operations Command,", "X, the defense secretary,"
//
// A title's organisation part ("of the Joint Operations Command", "of State") runs over names
// (entity mentions and capitalised words), `the`, `of`, `and` and possessives only: a lower-case
// word (a verb: "urged") or another title ("Foreign Minister") ends it.

export type { TitleOrg, TitleWord, WrittenTitle } from './writtenTitle';
export { titlesBefore } from './titlesBefore';
export { titleAfter } from './titleAfter';

/** Characters between a title and the name it is written with: the nearest title is the one compared. */
export function titleDistance(title: WrittenTitle, name: Span): number {
  if (title.placement === 'after') return Math.max(0, title.titleSpan.start - name.end);
  const end = Math.max(title.titleSpan.end, title.org?.placement === 'of' ? title.org.span.end : -Infinity);
  return Math.max(0, name.start - end);
}
