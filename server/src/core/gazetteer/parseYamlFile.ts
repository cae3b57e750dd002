import type { Document, YAMLError } from 'yaml';
import type { FileContext } from './fileContext';
import { GAZETTEER_READERS, readGazetteerDocument, yamlGazetteerReader, type GazetteerReader } from './gazetteerReaders';
import { firstOffsetDeeperThan, MAX_YAML_DEPTH } from '../text/yamlNesting';
import { MAX_GAZETTEER_CHARS, MAX_SYNTAX_DIAGNOSTICS_PER_FILE } from './limits';

/**
 * Parses one gazetteer file with the YAML core schema (no `!!js` types, `NO` stays a string) and
 * reports every problem as `gazetteer-syntax` at its exact position. Returns null when nothing
 * can be read from the file; otherwise the document, possibly recovered around errors so that
 * the rest of the file keeps working while someone is typing.
 *
 * `readers` are tried in order (`gazetteerReaders.ts`): the fast reader, which declines anything
 * it is unsure of, then `yaml`. Every reader gives the same document, so the diagnostics do not
 * depend on which one read the file; tests pass `[yamlGazetteerReader]` to check that.
 */
export function parseGazetteerYaml(file: FileContext, readers: readonly GazetteerReader[] = GAZETTEER_READERS): Document.Parsed | null {
  return checkGazetteerText(file) ? parseCheckedGazetteerYaml(file, readers) : null;
}

/**
 * The checks of a file's text that come before any reader: too big, binary (false: nothing is to
 * be read from it), control characters, U+FFFD. Reported as `gazetteer-syntax`.
 */
export function checkGazetteerText(file: FileContext): boolean {
  const { text } = file;
  if (text.length > MAX_GAZETTEER_CHARS) {
    const mb = (text.length / (1024 * 1024)).toFixed(1);
    file.report('gazetteer-syntax', { start: 0, end: 0 },
      `This gazetteer file is ${mb} MB, more than the ${MAX_GAZETTEER_CHARS / (1024 * 1024)} MB limit; split it into several files (gazetteer/*.yaml).`);
    return false;
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    file.report('gazetteer-syntax', { start: nul, end: nul + 1 },
      `This file looks binary (a NUL byte at line ${file.lineOf(nul)}); a gazetteer must be YAML text in UTF-8.`);
    return false;
  }
  reportControlCharacter(file);
  reportReplacementCharacter(file);
  return true;
}

/** `parseGazetteerYaml` of a text `checkGazetteerText` passed. */
export function parseCheckedGazetteerYaml(file: FileContext, readers: readonly GazetteerReader[]): Document.Parsed | null {
  const { text } = file;
  // Gazetteers are mostly written in a few plain shapes, which the fast reader reads ~20× faster
  // into the very same nodes; it leaves anything else (and every syntax error) to `yaml`.
  let doc: Document.Parsed;
  try {
    doc = readGazetteerDocument(text, withBoundedYaml(readers)).doc;
  } catch (err) {
    if (err instanceof NestedTooDeep) {
      file.report('gazetteer-syntax', { start: err.offset, end: err.offset + 1 },
        `YAML nested too deeply to read (more than ${MAX_YAML_DEPTH.toLocaleString('en-US')} levels at line ${file.lineOf(err.offset)}); a gazetteer entry is only a few levels deep.`);
      return null;
    }
    file.report('gazetteer-syntax', { start: 0, end: 0 }, `The YAML parser gave up on this file: ${messageOf(err)}`);
    return null;
  }

  const tooDeep = doc.errors.find(isStackOverflow);
  if (tooDeep) {
    file.report('gazetteer-syntax', spanOfError(tooDeep, text.length),
      'YAML nested too deeply to read here (the parser ran out of stack); a gazetteer entry is only a few levels deep.');
    return null;
  }
  reportAll(file, doc.errors, 'error');
  reportAll(file, doc.warnings, 'warning');
  return doc;
}

class NestedTooDeep extends Error {
  constructor(readonly offset: number) {
    super('nested too deeply');
  }
}

/**
 * The readers with `yaml` bounded: it recurses per level, so a text nested past `MAX_YAML_DEPTH`
 * is refused before it gets there (the scan costs a pass over the text, paid only by files the
 * fast reader, which never recurses deep, declined). `yaml` is also put last when missing, as the
 * loader's fallback would call it anyway.
 */
function withBoundedYaml(readers: readonly GazetteerReader[]): GazetteerReader[] {
  const bounded: GazetteerReader = {
    name: yamlGazetteerReader.name,
    read: (text) => {
      const deep = firstOffsetDeeperThan(text, MAX_YAML_DEPTH);
      if (deep !== -1) throw new NestedTooDeep(deep);
      return yamlGazetteerReader.read(text);
    },
  };
  const out = readers.map((r) => (r === yamlGazetteerReader ? bounded : r));
  if (!out.includes(bounded)) out.push(bounded);
  return out;
}

function reportAll(file: FileContext, problems: YAMLError[], severity: 'error' | 'warning'): void {
  const seen = new Set<string>();
  let shown = 0;
  for (const problem of problems) {
    const span = spanOfError(problem, file.text.length);
    const key = `${span.start}:${problem.code}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (shown === MAX_SYNTAX_DIAGNOSTICS_PER_FILE) {
      file.report('gazetteer-syntax', span, `…and more YAML ${severity}s after this one (${problems.length} in all); fix the ones above first.`, { severity });
      return;
    }
    shown++;
    file.report('gazetteer-syntax', span, `YAML ${severity}: ${problem.message}`, { severity, data: { yamlCode: problem.code } });
  }
}

/** YAML allows tab, line feed and carriage return among the C0 controls; others are usually junk. */
function reportControlCharacter(file: FileContext): void {
  const match = /[\u0001-\u0008\u000B\u000C\u000E-\u001F\u007F]/.exec(file.text);
  if (!match) return;
  const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  file.report('gazetteer-syntax', { start: match.index, end: match.index + 1 },
    `Control character U+${code} is not allowed in YAML; is this a binary file or a bad copy and paste?`);
}

/** Bytes that are not UTF-8 reach the core as U+FFFD; in a gazetteer that is almost always what happened. */
function reportReplacementCharacter(file: FileContext): void {
  const at = file.text.indexOf('\uFFFD');
  if (at === -1) return;
  file.report('gazetteer-syntax', { start: at, end: at + 1 },
    `Character U+FFFD at line ${file.lineOf(at)}: this file is probably not UTF-8 (Latin-1 or Windows-1252?); save it as UTF-8 so names match.`,
    { severity: 'warning' });
}

function isStackOverflow(error: YAMLError): boolean {
  return error.code === 'RESOURCE_EXHAUSTION' && /call stack/i.test(error.message);
}

function spanOfError(error: YAMLError, length: number): { start: number; end: number } {
  const start = Math.min(Math.max(0, error.pos[0]), length);
  const end = Math.min(Math.max(start, error.pos[1]), length);
  return { start, end: end > start ? end : Math.min(start + 1, length) };
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
