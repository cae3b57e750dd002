// Shared data model of the analysis core. The core never touches a file system, a clock or an
// LSP connection: front ends hand it `SourceFile`s and a reference date, and get plain data back.
//
// Offsets: every `Span` is a pair of UTF-16 code-unit offsets into the *whole* file text as it is
// on disk (front matter included). Conversion to LSP line/character ranges happens once, at the
// edge (see `text/lineIndex.ts`), so recognisers never deal with lines.

export interface Span {
  start: number;
  end: number;
}

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A file handed to the core by a front end (CLI reads disk, server reads open documents). */
export interface SourceFile {
  /** A URI (`file:///…`) or any stable identifier; it is echoed back in diagnostics. */
  uri: string;
  text: string;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** The union of the registry's codes (diagnostics/registry.ts is the one list of them). */
import type { DiagnosticCode } from './diagnostics/registry';
export type { DiagnosticCode };

export interface RelatedInfo {
  uri: string;
  span: Span;
  message: string;
}

/**
 * A finding of the core, in offsets. `data` carries what quick fixes need (replacement text,
 * candidate ids, gazetteer target …) so front ends stay thin.
 */
export interface CoreDiagnostic {
  code: DiagnosticCode;
  severity: Severity;
  message: string;
  uri: string;
  span: Span;
  related?: RelatedInfo[];
  data?: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// Dates with precision (gazetteer dates and resolved article dates share this shape)

export type Precision = 'day' | 'week' | 'month' | 'year';

/**
 * A calendar date at a precision. `start`/`end` are the first and last day covered, as
 * `YYYY-MM-DD`, so comparisons between precisions are interval comparisons.
 * `value` is the ISO text at its precision: `2020-01-03`, `2020-W02`, `2020-01`, `2020`.
 */
export interface PreciseDate {
  value: string;
  precision: Precision;
  start: string;
  end: string;
}

// ---------------------------------------------------------------------------------------------
// Gazetteer

export type EntityKind = 'base' | 'person' | 'organization' | 'place' | 'event' | 'figure';

/** Top-level YAML keys and the kind they hold. */
export const KIND_SECTIONS: Record<string, EntityKind> = {
  bases: 'base',
  persons: 'person',
  organizations: 'organization',
  places: 'place',
  events: 'event',
  figures: 'figure',
};

/** Where something is in a gazetteer file. */
export interface GazetteerLocation {
  uri: string;
  /** The entry's id key (`ain-al-asad:`), used for go-to-definition and diagnostics. */
  keySpan: Span;
  /** The whole entry (key and value), used for edits that append fields or values. */
  entrySpan: Span;
}

export interface OperatorSpell {
  org: string;
  from?: PreciseDate;
  to?: PreciseDate;
}

export interface RoleSpell {
  title: string;
  org?: string;
  from?: PreciseDate;
  to?: PreciseDate;
}

export interface FigureValue {
  value: number;
  asOf: PreciseDate;
  source?: string;
  /** Position of this `- { value: …, as_of: … }` item, for related information. */
  span: Span;
}

export interface GazetteerEntity {
  id: string;
  kind: EntityKind;
  /** `name`, or `label` for figures. */
  name: string;
  aliases: string[];
  location: GazetteerLocation;
  /** Every field as plain data (unknown fields too, shown in hovers). */
  fields: Record<string, unknown>;
  // Kind-specific, already validated and typed:
  type?: string;
  country?: string;
  region?: string;
  coordinates?: [number, number];
  operators?: OperatorSpell[];
  born?: PreciseDate;
  died?: PreciseDate;
  nationality?: string;
  roles?: RoleSpell[];
  parent?: string;
  founded?: PreciseDate;
  dissolved?: PreciseDate;
  demonyms?: string[];
  date?: PreciseDate;
  place?: string;
  /** Figures: nouns its mentions count. */
  units?: string[];
  /** Figures: entity ids its mentions are about. */
  about?: string[];
  /** Figures: values sorted by `asOf.start`. */
  values?: FigureValue[];
  sources?: string[];
  wikidata?: string;
}

export interface GazetteerFile {
  uri: string;
  text: string;
  diagnostics: CoreDiagnostic[];
}

export interface Gazetteer {
  /** All entities by id, figures included. The first definition wins on a duplicate id. */
  entities: Map<string, GazetteerEntity>;
  files: GazetteerFile[];
  /** All gazetteer diagnostics (also found per file in `files`). */
  diagnostics: CoreDiagnostic[];
}

// ---------------------------------------------------------------------------------------------
// Articles

export interface FrontMatterField {
  key: string;
  value: unknown;
  keySpan: Span;
  valueSpan: Span;
}

export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line; null if the file has none. */
  span: Span | null;
  /** The YAML between the fences. */
  contentSpan: Span | null;
  fields: Map<string, FrontMatterField>;
  /** Plain data of the front matter (empty object if none or invalid). */
  data: Record<string, unknown>;
}

export type AnnotationKind = 'entity' | 'figure' | 'date' | 'class';

/** `[text]{@id}`, `[text]{figure=key}`, `[text]{date=2020-01-03}`, `[text]{.person}` */
export interface Annotation {
  kind: AnnotationKind;
  /** The whole `[…]{…}` construct. */
  span: Span;
  /** The text between the brackets. */
  textSpan: Span;
  text: string;
  /** The id, figure key, date text or class name. */
  value: string;
  valueSpan: Span;
}

export interface Suppressions {
  /** True if diagnostics of `code` are suppressed on the (zero-based) line. */
  isSuppressed(code: DiagnosticCode, line: number): boolean;
}

export interface ParsedArticle {
  uri: string;
  text: string;
  frontMatter: FrontMatter;
  /** `published` as a day-precision date, or null if missing or bad. */
  published: PreciseDate | null;
  /** Start of the body (just after the front matter). */
  bodyStart: number;
  /**
   * The text with every non-prose part blanked out by spaces at the same offsets: front matter,
   * annotation markup (`[`, `]{…}`), HTML comments, link targets, code, page residue.
   * Recognisers scan this.
   */
  maskedText: string;
  annotations: Annotation[];
  /** Sentence spans of the body, in order (recognisers use them for context windows). */
  sentences: Span[];
  /** Lines of page residue before, inside or after the article (teasers, RELATED blocks, share rows …), sorted. */
  residue: Span[];
  suppressions: Suppressions;
  /** front-matter-invalid, missing-publication-date, scrape-residue. */
  diagnostics: CoreDiagnostic[];
}

/** An entity found in an article, by annotation or by matching names and aliases. */
export interface EntityMention {
  span: Span;
  text: string;
  /** Resolved id, or null when ambiguous or unknown. */
  id: string | null;
  kind: EntityKind | null;
  /** For ambiguous matches: every entity the alias belongs to. */
  candidates: string[];
  explicit: boolean;
}

export interface DateMention {
  span: Span;
  text: string;
  /** Null when it cannot be resolved (no publication date for a relative expression). */
  date: PreciseDate | null;
  relative: boolean;
  explicit: boolean;
}

/** `count`, `percent`, `km`, `times`, or a currency's ISO 4217 code (`USD`). */
export type FigureUnit = 'count' | 'percent' | 'km' | 'times' | (string & {});

export interface FigureMention {
  span: Span;
  text: string;
  /** The number as written, without qualifier ("5,000"). */
  numberSpan: Span;
  qualifier: string | null;
  /**
   * What the number measures (SPEC §4, §7): `count` (of `noun`), `percent`, a currency's ISO code
   * (`USD`, `EUR`, `GBP` …), `km` (miles and metres converted) or `times`.
   */
  unit: FigureUnit;
  /** The counted noun of a `count`, the head of the noun phrase as written ("troops"); null otherwise or when none. */
  noun: string | null;
  min: number | null;
  max: number | null;
  minInclusive: boolean;
  maxInclusive: boolean;
  /** ACLED-style conservative reading for vague amounts (dozens = 12, hundreds = 100). */
  conservative?: number;
  key: string | null;
  explicit: boolean;
  /**
   * The date the figure is reported as of (`asOf` in JSON): an explicit `as of` date, else the date
   * of the clause that governs it (a reporting clause first), never a date inside an event's noun
   * phrase or of the event verb; else the publication date.
   */
  date: PreciseDate | null;
  /** Entity ids in its sentence and the one before. */
  about: string[];
}

// The three kinds of analysis (what an editor shows, what an index keeps, what a corpus check
// sees of another article) are in analysisKinds.ts, above this file.
