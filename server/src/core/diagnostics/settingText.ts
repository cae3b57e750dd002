// What the editor settings and the .newsmd.yaml schema say alike about a code's severity.

/** The values of `newsmd.lint.<code>` and of `lint.<code>`, mildest first as the settings UI lists them. */
export const LINT_LEVELS = ['off', 'hint', 'information', 'warning', 'error'] as const;

/** A summary for fields shown as plain text (JSON Schema `description`): straight apostrophes. */
export function plainText(markdown: string): string {
  return markdown.replace(/\u2019/g, "'");
}

export function documentationLink(url: string): string {
  return `[Documentation](${url})`;
}
