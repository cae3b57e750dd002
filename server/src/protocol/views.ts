// The requests behind the figure-history and timeline views (SPEC §9), shared by the language
// server (which answers them from its workspace index) and the VS Code client (which draws them in
// webviews). Types only, plus the method names: nothing here runs. Ranges are LSP ranges (0-based
// line and UTF-16 character) so a click can open the source with no further request.

export interface ViewPosition {
  line: number;
  character: number;
}

export interface ViewRange {
  start: ViewPosition;
  end: ViewPosition;
}

export interface ViewLocation {
  uri: string;
  range: ViewRange;
}

/** A date as the core resolves it: `value` as written in ISO form, the days it may fall on. */
export interface ViewDate {
  /** `2020-01-08`, `2020-W02`, `2020-01` or `2020`. */
  value: string;
  precision: 'day' | 'week' | 'month' | 'year';
  /** First and last ISO day the date covers (equal for a day). */
  start: string;
  end: string;
}

// ----- figure history --------------------------------------------------------------------------

export const FIGURE_HISTORY_REQUEST = 'newsmd/figureHistory';

/**
 * Either a figure key, or a place in a document: a figure mention in an article, a
 * `{figure=…}` annotation, or a figure entry (or one of its values) in a gazetteer file.
 */
export interface FigureHistoryParams {
  key?: string;
  textDocument?: { uri: string };
  position?: ViewPosition;
}

/** One recorded value of the figure in the gazetteer: a step of the step line. */
export interface FigureHistoryValue {
  value: number;
  asOf: ViewDate;
  source: string | null;
  /** The `- { value: …, as_of: … }` item in the gazetteer file. */
  location: ViewLocation;
}

/**
 * How a mention stands against the gazetteer value valid on its date:
 * `agrees` / `disagrees` (the same test as `figure-gazetteer-mismatch`), `no-value` (the
 * gazetteer records nothing for that date), `undated` (the mention has no date).
 */
export type FigureAgreement = 'agrees' | 'disagrees' | 'no-value' | 'undated';

/** One article's mention of the figure: an interval (an error bar) at its date. */
export interface FigureHistoryMention {
  location: ViewLocation;
  /** The article's front-matter title, if any. */
  title: string | null;
  /** The article's publication date (ISO day), if any. */
  published: string | null;
  /** The figure as written, qualifier included ("more than 5,000 troops"). */
  text: string;
  /** The interval the figure stands for; null bounds are open. */
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
  /** The conservative reading of a vague amount ("dozens" = 12), when there is one. */
  conservative: number | null;
  date: ViewDate | null;
  agreement: FigureAgreement;
  /** The gazetteer values valid on the mention's date (what it was compared with). */
  expected: FigureHistoryValue[];
  /** Other mentions (indexes into `mentions`) whose intervals on an overlapping date do not meet this one. */
  conflictsWith: number[];
}

export interface FigureHistory {
  key: string;
  /** The figure's `label` in the gazetteer, or the key when it is not in the gazetteer. */
  label: string;
  units: string[];
  /** The figure's entry in the gazetteer, or null when the key is only used in articles. */
  entry: ViewLocation | null;
  /** Sorted by `asOf`. */
  values: FigureHistoryValue[];
  /** Sorted by date (undated last), then by file and position. */
  mentions: FigureHistoryMention[];
}

export const FIGURE_KEYS_REQUEST = 'newsmd/figureKeys';

/** Every figure key known to the workspace (gazetteer figures and keys used in articles), for a picker. */
export interface FigureKeySummary {
  key: string;
  label: string;
  mentions: number;
  values: number;
}

// ----- timeline --------------------------------------------------------------------------------

export const TIMELINE_REQUEST = 'newsmd/timeline';

export interface TimelineParams {
  /** Only dates whose sentence mentions this entity id (the view can also filter on its own). */
  entity?: string;
}

export interface TimelineDate {
  location: ViewLocation;
  /** As written ("last Thursday", "January 8"). */
  text: string;
  date: ViewDate;
  relative: boolean;
  /** Entity ids mentioned in the date's sentence: what the entity filter matches. */
  entities: string[];
}

export interface TimelineArticle {
  uri: string;
  title: string | null;
  published: string | null;
  /** Resolved dates only, in text order. */
  dates: TimelineDate[];
}

export interface TimelineEntity {
  id: string;
  name: string;
  kind: string;
  /** How many timeline dates have it in their sentence. */
  dates: number;
}

export interface Timeline {
  /** Articles with at least one resolved date (after the filter), by publication date then path. */
  articles: TimelineArticle[];
  /** Entities that appear in some date's sentence, most dates first: the filter's choices. */
  entities: TimelineEntity[];
}
