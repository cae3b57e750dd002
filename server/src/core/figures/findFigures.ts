// PLACEHOLDER — replaced by the figures work. Signature is the contract.
import type { AnalysisSettings } from '../settings';
import type { DateMention, EntityMention, FigureMention, Gazetteer, ParsedArticle } from '../types';

export function findFigures(
  _article: ParsedArticle, _entities: EntityMention[], _dates: DateMention[], _gazetteer: Gazetteer, _settings: AnalysisSettings,
): FigureMention[] {
  return [];
}
