// The one message a view's page sends: open a place in a file. The page shows untrusted text, so
// what it posts is checked before the extension acts on it.

export interface OpenMessage {
  type: 'open';
  uri: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

function isPosition(value: unknown): value is { line: number; character: number } {
  const p = value as { line?: unknown; character?: unknown } | null;
  return typeof p === 'object' && p !== null && Number.isInteger(p.line) && Number.isInteger(p.character) && (p.line as number) >= 0 && (p.character as number) >= 0;
}

/** Only `{type:'open'}` with a file-like URI (the workspace's own schemes) and a well-formed range. */
export function isOpenMessage(value: unknown): value is OpenMessage {
  const m = value as Partial<OpenMessage> | null;
  return (
    typeof m === 'object' && m !== null && m.type === 'open' && typeof m.uri === 'string' && /^(file|untitled|vscode-remote):/.test(m.uri) &&
    typeof m.range === 'object' && m.range !== null && isPosition(m.range.start) && isPosition(m.range.end)
  );
}
