// Builds check inputs from text with the project's own parts: the article parser, the entity
// matcher and the date finder, and a gazetteer read from YAML text.
import { parseArticle } from '../../../server/src/core/article/parseArticle';
import { findDates } from '../../../server/src/core/dates/findDates';
import { buildEntityMatcher } from '../../../server/src/core/entities/entityMatcher';
import { loadGazetteer } from '../../../server/src/core/gazetteer/loadGazetteer';
import { checkPersons } from '../../../server/src/core/persons/personChecks';
import type { DateMention, EntityMention, Gazetteer, ParsedArticle } from '../../../server/src/core/types';

export const GAZETTEER_URI = 'file:///work/news/gazetteer.yaml';

/** Loads YAML text with the real loader; a fixture with schema errors is a broken test. */
export function gazetteerFrom(yaml: string, uri = GAZETTEER_URI): Gazetteer {
  const gazetteer = loadGazetteer([{ uri, text: yaml }]);
  const errors = gazetteer.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new Error(`test gazetteer has errors: ${errors.map((d) => d.message).join('; ')}`);
  return gazetteer;
}

export interface ArticleInputs {
  article: ParsedArticle;
  entities: EntityMention[];
  dates: DateMention[];
}

export function articleFrom(text: string, gazetteer: Gazetteer, uri = 'file:///work/news/a.news.md'): ArticleInputs {
  const article = parseArticle({ uri, text });
  const entities = buildEntityMatcher(gazetteer).find(article).mentions;
  const dates = findDates(article);
  return { article, entities, dates };
}

/** An article with front matter and the given body. */
export function newsMd(published: string | null, body: string): string {
  return `---\ntitle: Test article\nsource: Test Wire\n${published ? `published: ${published}\n` : ''}---\n${body}\n`;
}

/** Runs the person checks on an article body, the way the pipeline does. */
export function personDiagnostics(body: string, published: string | null, gazetteer: Gazetteer) {
  const { article, entities, dates } = articleFrom(newsMd(published, body), gazetteer);
  const diagnostics = checkPersons(article, entities, dates, gazetteer);
  return { article, entities, dates, diagnostics, textOf: (span: { start: number; end: number }) => article.text.slice(span.start, span.end) };
}
