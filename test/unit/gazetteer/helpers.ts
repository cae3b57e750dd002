import { readFileSync } from 'node:fs';
import { loadGazetteer } from '../../../server/src/core/gazetteer';
import type { CoreDiagnostic, DiagnosticCode, Gazetteer, SourceFile, Span } from '../../../server/src/core/types';
import { repoPath } from '../../support/repo';

/** Loads gazetteer texts as `file:///ws/g1.yaml`, `file:///ws/g2.yaml`, … */
export function loadTexts(...texts: string[]): Gazetteer {
  return loadGazetteer(texts.map((text, i) => ({ uri: `file:///ws/g${i + 1}.yaml`, text })));
}

export function fixture(name: string): SourceFile {
  return { uri: `file:///ws/gazetteer/${name}`, text: readFileSync(repoPath('test', 'fixtures', 'gazetteer', name), 'utf8') };
}

export function realisticFixtures(): SourceFile[] {
  return [fixture('iraq.gazetteer.yaml'), fixture('events-and-figures.gazetteer.yaml')];
}

export function ofCode(g: Gazetteer, code: DiagnosticCode): CoreDiagnostic[] {
  return g.diagnostics.filter((d) => d.code === code);
}

/** The file text a span covers. */
export function textOf(g: Gazetteer, uri: string, span: Span): string {
  const file = g.files.find((f) => f.uri === uri);
  if (!file) throw new Error(`no file ${uri}`);
  return file.text.slice(span.start, span.end);
}

/** The text a diagnostic is on. */
export function under(g: Gazetteer, d: CoreDiagnostic): string {
  return textOf(g, d.uri, d.span);
}

/** Only diagnostics of `code`, as "text under it → message" lines, to see what a user sees. */
export function summary(g: Gazetteer, code: DiagnosticCode): string[] {
  return ofCode(g, code).map((d) => `${under(g, d)} → ${d.message}`);
}

/** Applies non-overlapping edits to a text (from the end so offsets stay valid). */
export function applyEdits(text: string, edits: Array<{ span: Span; newText: string }>): string {
  const sorted = [...edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const e of sorted) out = out.slice(0, e.span.start) + e.newText + out.slice(e.span.end);
  return out;
}
