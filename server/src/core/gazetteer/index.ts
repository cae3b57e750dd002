// The gazetteer part of the core: loading and checking gazetteer files, dates on entities, and
// comment-preserving edits.
export { loadGazetteer } from './loadGazetteer';
export { spellValidOn, spellSurelyValidOn, operatorsOn, rolesOn, figureValueAt, type DatedSpell } from './validity';
export { addEntryEdit, recordFigureValueEdit, renameIdEdits, newIdProblem, type GazetteerTextEdit } from './edits';
export { foldAlias } from './foldAlias';
export { isValidId, suggestId, ID_PATTERN } from './references';
export { readGazetteerDate } from './entryReader';
export { MAX_GAZETTEER_CHARS } from './limits';
export { compareGazetteerPaths, sortGazetteerPaths, isGazetteerPath } from './fileOrder';
export { entitiesInFile, entitiesOfKind } from './entitiesWhere';
