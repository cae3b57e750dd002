import * as yaml from 'yaml';

// `yaml`'s node type checks, taken once. Bundled (esbuild), every use of a binding imported from
// a CommonJS package goes through a getter; loading a 100,000-entry gazetteer makes millions of
// these checks, and the getters alone cost a tenth of a second.
export const isAlias: typeof yaml.isAlias = yaml.isAlias;
export const isMap: typeof yaml.isMap = yaml.isMap;
export const isScalar: typeof yaml.isScalar = yaml.isScalar;
export const isSeq: typeof yaml.isSeq = yaml.isSeq;
