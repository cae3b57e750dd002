// The one list of diagnostic codes. Everything else that names codes is derived from it: the
// `DiagnosticCode` type, `codeInfo`, the `newsmd.lint.<code>` settings in package.json, the `lint`
// keys of schemas/newsmd-config.schema.json, the SARIF rules and the index of docs/diagnostics/
// (the last three are rewritten by `npm run build`, see scripts/generate-from-registry.mjs).
//
// This file is pure data and imports nothing, so types.ts and every check may import it without
// a circle. That is also why a check is named by module and export rather than imported:
// test/unit/diagnostics/checks.test.ts runs the sample corpus and asserts each named export
// really returns its code.

/** The same four values as `Severity` in types.ts (which cannot be imported here); codes.ts asserts they agree. */
export type DefaultSeverity = 'error' | 'warning' | 'information' | 'hint';

/** What a check reads: one article, all articles together, or the gazetteer files. */
export type CheckKind = 'article' | 'corpus' | 'gazetteer';

/** The column "area" of docs/diagnostics/README.md and of each code's page. */
export type DocsArea = 'Figures' | 'Dates' | 'Persons' | 'Article' | 'Entities' | 'Gazetteer';

/**
 * Where a code comes from: `module` is a path under server/src/core without extension, `export`
 * a function it exports whose result holds the diagnostics (directly, under `diagnostics`, or
 * from a method of the object it returns, as the entity matcher's `find`).
 */
export interface CheckRef {
  kind: CheckKind;
  module: string;
  export: string;
}

export interface RegistryRow {
  code: string;
  severity: DefaultSeverity;
  /** One line for settings, the schema and SARIF. */
  summary: string;
  /** The longer sentence of the docs index (and of the code's page header). */
  meaning: string;
  area: DocsArea;
  check: CheckRef;
}

const article = (module: string, name: string): CheckRef => ({ kind: 'article', module, export: name });
const GAZETTEER: CheckRef = { kind: 'gazetteer', module: 'gazetteer/loadGazetteer', export: 'loadGazetteer' };

// Order matters: it is the order of the settings, the schema, the SARIF rules and the docs index.
export const REGISTRY = [
  {
    code: 'figure-gazetteer-mismatch', severity: 'warning', area: 'Figures',
    summary: "A figure misses the gazetteer value valid at the figure's date.",
    meaning: 'A figure in the article does not agree with the value the gazetteer records for that figure on that date.',
    check: article('figures/figureChecks', 'checkFigureMismatches'),
  },
  {
    code: 'figure-document-conflict', severity: 'warning', area: 'Figures',
    summary: 'Two figures of the same key and date in one article do not overlap.',
    meaning: 'Two figures in the same article, for the same thing on the same date, cannot both be true.',
    check: article('figures/figureChecks', 'checkFiguresInDocument'),
  },
  {
    code: 'figure-corpus-conflict', severity: 'information', area: 'Figures',
    summary: 'Another article of the same days gives a non-overlapping figure of the same key.',
    meaning: 'Another article of the same days gives a figure for the same thing that does not overlap with this one.',
    check: { kind: 'corpus', module: 'figures/corpusCheck', export: 'checkCorpus' },
  },
  {
    code: 'figure-parts-exceed-total', severity: 'error', area: 'Figures',
    summary: 'The parts of a figure add up to more than its total.',
    meaning: 'The parts of a figure add up to more than the total the same sentence gives.',
    check: article('figures/figureChecks', 'checkFiguresInDocument'),
  },
  {
    code: 'date-weekday-mismatch', severity: 'warning', area: 'Dates',
    summary: 'A weekday written next to a date is not that date’s weekday.',
    meaning: "A weekday written next to a full date is not that date's weekday.",
    check: article('dates/dateChecks', 'checkDates'),
  },
  {
    code: 'person-age-mismatch', severity: 'warning', area: 'Persons',
    summary: 'A stated age disagrees with the person’s birth date.',
    meaning: "An age written next to a person's name disagrees with their birth date in the gazetteer.",
    check: article('persons/ageCheck', 'checkAge'),
  },
  {
    code: 'person-role-mismatch', severity: 'warning', area: 'Persons',
    summary: 'A title next to a name is not a role the person held on that date.',
    meaning: "The title written next to a person is not a role the gazetteer says they held on the article's date.",
    check: article('persons/roleCheck', 'checkRoleTitle'),
  },
  {
    code: 'date-after-publication', severity: 'warning', area: 'Dates',
    summary: 'An explicit date later than the publication date, with no future cue.',
    meaning: "An explicit date later than the article's publication date, in a sentence that does not speak of the future.",
    check: article('dates/dateChecks', 'checkDates'),
  },
  {
    code: 'person-deceased', severity: 'warning', area: 'Persons',
    summary: 'A person speaks after their recorded death.',
    meaning: 'A person is reported speaking after the death date the gazetteer records.',
    check: article('persons/deceasedCheck', 'checkDeceased'),
  },
  {
    code: 'missing-publication-date', severity: 'warning', area: 'Article',
    summary: 'No valid `published` date; relative dates stay unresolved.',
    meaning: 'The article has no usable `published` date, so relative dates cannot be resolved.',
    check: article('article/published', 'readPublished'),
  },
  {
    code: 'publication-date-mismatch', severity: 'warning', area: 'Article',
    summary: "`published` disagrees with the page's own publication stamp.",
    meaning: "The front matter's `published` date is two days or more from the publication stamp the page itself carries, so relative dates may be read from the wrong day.",
    check: article('article/published', 'readPublished'),
  },
  {
    code: 'front-matter-invalid', severity: 'error', area: 'Article',
    summary: 'The front matter is not valid YAML or has wrong types.',
    meaning: 'The front matter block is not valid YAML, or a field has the wrong type.',
    check: article('article/frontMatter', 'readFrontMatter'),
  },
  {
    code: 'entity-unknown-id', severity: 'error', area: 'Entities',
    summary: 'An annotation names an id the gazetteer does not have.',
    meaning: 'An annotation names an entity id or figure key that no gazetteer file defines.',
    check: article('entities/entityMatcher', 'buildEntityMatcher'),
  },
  {
    code: 'entity-ambiguous', severity: 'information', area: 'Entities',
    summary: 'An alias shared by several entities.',
    meaning: 'A name in the text is an alias of several gazetteer entities, so it is not resolved.',
    check: article('entities/entityMatcher', 'buildEntityMatcher'),
  },
  {
    code: 'entity-candidate', severity: 'hint', area: 'Entities',
    summary: 'A titled or organisation-like name the gazetteer lacks.',
    meaning: 'A titled name or an organisation-like name that the gazetteer does not have yet.',
    check: article('entities/candidates', 'findEntityCandidates'),
  },
  {
    code: 'scrape-residue', severity: 'information', area: 'Article',
    summary: 'Page residue (teasers, related links, share rows, comment prompts) around or inside the article.',
    meaning: 'Web page furniture around or inside the article: teasers, related links, share rows, comment prompts, menus.',
    check: article('article/residue', 'findResidue'),
  },
  {
    code: 'gazetteer-syntax', severity: 'error', area: 'Gazetteer',
    summary: 'A YAML syntax error in a gazetteer file.',
    meaning: 'A gazetteer file is not valid YAML.',
    check: GAZETTEER,
  },
  {
    code: 'gazetteer-schema', severity: 'error', area: 'Gazetteer',
    summary: 'A gazetteer entry breaks the schema.',
    meaning: "A gazetteer entry is valid YAML but breaks the gazetteer's rules.",
    check: GAZETTEER,
  },
  {
    code: 'gazetteer-duplicate-id', severity: 'error', area: 'Gazetteer',
    summary: 'The same id defined twice, across files or kinds.',
    meaning: 'The same id is defined twice, in one file or across files or kinds.',
    check: GAZETTEER,
  },
  {
    code: 'gazetteer-alias-collision', severity: 'warning', area: 'Gazetteer',
    summary: 'The same alias on two entities.',
    meaning: 'Two gazetteer entities share a name or alias, so mentions of it will be ambiguous.',
    check: GAZETTEER,
  },
] as const satisfies readonly RegistryRow[];

export type DiagnosticCode = (typeof REGISTRY)[number]['code'];

/** Each code's page, relative to the repository root. */
export const DOCS_FOLDER = 'docs/diagnostics/';

export function docsPage(code: string): string {
  return `${DOCS_FOLDER}${code}.md`;
}
