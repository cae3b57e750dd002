/** True if only spaces, tabs and CRs stand between `from` and the next line break (or the end): a paragraph ends there. */
export function isBlankLineAfter(text: string, from: number): boolean {
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}
