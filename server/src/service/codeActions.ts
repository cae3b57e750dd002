import type { CodeAction, Diagnostic, WorkspaceEdit } from 'vscode-languageserver';
import type { CoreDiagnostic, Span } from '../core';
import { gazetteerFixes } from './gazetteerFixes';
import { type FixContext, quickFix, textEdit } from './quickFix';
import type { Analysed } from './workspaceState';

// Quick fixes of SPEC §5 as WorkspaceEdits. They read CoreDiagnostic.data from the cached
// analysis (not from the client's copy: not every client sends `data` back).

function isSpan(value: unknown): value is Span {
  const v = value as Span;
  return typeof v === 'object' && v !== null && Number.isInteger(v.start) && Number.isInteger(v.end) && v.start <= v.end;
}

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** `<!-- newsmd-disable-next-line CODE -->` above the diagnostic's first line, at its indentation. */
export function suppressionEdit(analysed: Analysed, d: CoreDiagnostic): WorkspaceEdit {
  const { lines, text } = analysed;
  const line = lines.positionAt(d.span.start).line;
  const start = lines.lineStart(line);
  const indent = /^[ \t]*/.exec(text.slice(start, lines.lineEnd(line)))?.[0] ?? '';
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  return textEdit(analysed.uri, lines, [{ span: { start, end: start }, text: `${indent}<!-- newsmd-disable-next-line ${d.code} -->${eol}` }]);
}

/** Fixes that edit the article itself, from the payload each check puts in `data`. */
function articleEdits(d: CoreDiagnostic, lsp: Diagnostic, ctx: FixContext): CodeAction[] {
  const { analysed, state } = ctx;
  const { uri, lines } = analysed;
  const data = d.data ?? {};
  const replace = (title: string, span: unknown, text: string | undefined, preferred = true): CodeAction[] =>
    isSpan(span) && text !== undefined ? [quickFix(title, lsp, textEdit(uri, lines, [{ span, text }]), preferred)] : [];

  switch (d.code) {
    case 'figure-gazetteer-mismatch':
      return replace(`Replace with the gazetteer value (${str(data.replacement)})`, data.editSpan, str(data.editText ?? data.replacement));
    case 'date-weekday-mismatch':
      return [
        ...replace(`Change the weekday to ${str(data.fixWeekday)}`, data.weekdaySpan, str(data.fixWeekday)),
        ...replace(`Change the date to ${str(data.fixDate)}`, data.dateSpan, str(data.fixDate), false),
      ];
    case 'person-age-mismatch':
      return replace(`Change the age to ${str(data.replacement)}`, data.ageSpan, str(data.replacement));
    case 'person-role-mismatch':
      return replace(`Replace with “${str(data.replacement)}” (the role held then)`, data.titleSpan, str(data.replacement));
    case 'missing-publication-date': {
      const insert = str(data.insertText);
      if (insert === undefined) return [];
      const placeholder = str(data.placeholder);
      const filled = (date: string) => (placeholder ? insert.replace(placeholder, date) : insert);
      const span = isSpan(data.replaceSpan) ? data.replaceSpan : Number.isInteger(data.insertOffset) ? { start: data.insertOffset as number, end: data.insertOffset as number } : null;
      // The page's own stamp, when the body keeps one, is the better guess; today's date stays offered.
      const stamped = str(data.suggestedDate);
      return [
        ...(stamped && placeholder ? replace(`Insert \`published: ${stamped}\` (the page's stamp)`, span, filled(stamped)) : []),
        ...(stamped === ctx.today && placeholder ? [] : replace(`Insert \`published: ${ctx.today}\``, span, filled(ctx.today), !(stamped && placeholder))),
      ];
    }
    case 'publication-date-mismatch':
      return replace(`Change \`published\` to ${str(data.replacement)} (the page's stamp)`, data.replaceSpan, str(data.replacement));
    case 'scrape-residue':
      return replace('Delete the page residue lines', data.deleteSpan, '');
    case 'entity-unknown-id': {
      const nearest = Array.isArray(data.nearest) ? data.nearest.filter((n): n is string => typeof n === 'string') : [];
      return nearest.flatMap((id, i) => replace(`Change to \`${id}\``, d.span, id, i === 0));
    }
    case 'entity-ambiguous': {
      const candidates = Array.isArray(data.candidates) ? (data.candidates as Array<{ id?: unknown; name?: unknown }>) : [];
      const shown = analysed.text.slice(d.span.start, d.span.end);
      return candidates.flatMap((c) => {
        const id = str(c.id);
        if (!id) return [];
        const name = str(c.name) ?? state.loaded.gazetteer.entities.get(id)?.name ?? id;
        return replace(`Link to ${name} (\`${id}\`)`, d.span, `[${shown}]{@${id}}`, false);
      });
    }
    default:
      return [];
  }
}

/** Every quick fix for one article diagnostic (`lsp` is the client-facing copy it is attached to). */
export function articleFixes(d: CoreDiagnostic, lsp: Diagnostic, ctx: FixContext): CodeAction[] {
  return [
    ...articleEdits(d, lsp, ctx),
    ...gazetteerFixes(d, lsp, ctx),
    quickFix(`Suppress ${d.code} on this line`, lsp, suppressionEdit(ctx.analysed, d)),
  ];
}
