// Generated keys live among hand-written ones (package.json settings, the schema's properties):
// swap only the generated ones and keep every other key, and the order, as it was.

/**
 * `target` with the keys `owned` claims replaced by `fresh`, placed where the first owned key was
 * (at the end when there was none). Other keys keep their values and positions.
 */
export function replaceKeys(
  target: Record<string, unknown>, owned: (key: string) => boolean, fresh: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  let placed = false;
  const place = (): void => {
    if (placed) return;
    placed = true;
    Object.assign(out, fresh);
  };
  for (const [key, value] of Object.entries(target)) {
    if (owned(key)) place();
    else out[key] = value;
  }
  place();
  return out;
}

/** A JSON object member by path, refusing anything that is not an object. */
export function objectAt(root: unknown, path: readonly string[], file: string): Record<string, unknown> {
  let node = root;
  for (const key of path) {
    node = isObject(node) ? node[key] : undefined;
    if (!isObject(node)) throw new Error(`${file} has no object at ${path.join('.')}`);
  }
  if (!isObject(node)) throw new Error(`${file} is not a JSON object`);
  return node;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The file re-serialised the way npm writes package.json (two spaces, trailing newline), or the
 * text itself when nothing changed, so a file formatted otherwise is not rewritten for nothing.
 */
export function serialiseIfChanged(text: string, before: unknown, after: unknown): string {
  if (JSON.stringify(before) === JSON.stringify(after)) return text;
  return `${JSON.stringify(after, null, 2)}\n`;
}
