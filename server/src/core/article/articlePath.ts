/** The one article suffix rule (SPEC §7): `.news.md`, in any case. Paths and URIs alike. */
export function isArticlePath(filePath: string): boolean {
  return filePath.toLowerCase().endsWith('.news.md');
}
