import { checkFiles, type ArticleAnalysis, type CoreDiagnostic, type GazetteerEntity, type SourceFile } from '../core';
import type { InputGroup } from './inputs';
import type { Io } from './io';

/** Runs the core on every workspace group: the articles' analyses, and each gazetteer file's diagnostics once. */
export function checkGroups(groups: InputGroup[], io: Io): { articles: ArticleAnalysis[]; gazetteers: { source: SourceFile; diagnostics: CoreDiagnostic[] }[]; entities: (id: string) => GazetteerEntity | undefined } {
  const articles: ArticleAnalysis[] = [];
  const gazetteers = new Map<string, { source: SourceFile; diagnostics: CoreDiagnostic[] }>();
  const lookups: Map<string, GazetteerEntity>[] = [];
  for (const group of groups) {
    const result = checkFiles({
      articles: group.articleSources,
      gazetteerFiles: group.gazetteerSources,
      settings: group.settings,
      logger: { log: (m) => { if (process.env.NEWSMD_DEBUG) io.stderr(`${m}\n`); } },
    });
    articles.push(...result.articles);
    lookups.push(result.gazetteer.gazetteer.entities);
    for (const g of group.gazetteerSources) {
      if (!gazetteers.has(g.uri)) gazetteers.set(g.uri, { source: g, diagnostics: result.gazetteerDiagnostics.get(g.uri) ?? [] });
    }
  }
  const entities = (id: string): GazetteerEntity | undefined => {
    for (const l of lookups) {
      const e = l.get(id);
      if (e) return e;
    }
    return undefined;
  };
  return { articles, gazetteers: [...gazetteers.values()], entities };
}
