// Exports of analysed articles for NLP and conflict-data tools (SPEC §9). Pure: strings in,
// strings out; the command line does the writing.
export { toJsonl, articleToJsonl, type JsonlArticle } from './jsonl';
export { toBrat, lineFragments, type BratDocument } from './brat';
export { toCsv, csvRows, csvField, CSV_COLUMNS, ACLED_TIME_PRECISION, UCDP_DATE_PREC } from './csv';
export { CodePointOffsets } from './codePoints';
