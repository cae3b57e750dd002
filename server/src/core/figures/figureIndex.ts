import { entitiesOfKind } from '../gazetteer/entitiesWhere';
import type { Gazetteer, GazetteerEntity } from '../types';
import { foldUnit, type KnownUnits } from './countedNoun';

/** What figure recognition derives from a gazetteer once: gazetteer figures by counted noun. */
export interface FigureIndex {
  byUnit: Map<string, GazetteerEntity[]>;
  known: KnownUnits;
  /**
   * Per figure id, its `about` ids, each with the ids that stand for it in text: an event is
   * also mentioned through its place ("the strike on Ain al-Asad" names the base, not the event).
   */
  aboutOf: Map<string, string[][]>;
  /** Per entity id, the figures with it in an `about` group: keying a mention looks up only these. */
  figuresAbout: Map<string, Set<string>>;
  /** A `byUnit` list by figure id (built on first use). */
  unitFigures(list: GazetteerEntity[]): Map<string, GazetteerEntity>;
}

const cache = new WeakMap<Gazetteer, FigureIndex>();

/** Built once per gazetteer object (a WeakMap, so a replaced gazetteer frees its index). */
export function figureIndex(gazetteer: Gazetteer): FigureIndex {
  let index = cache.get(gazetteer);
  if (!index) {
    index = buildFigureIndex(gazetteer);
    cache.set(gazetteer, index);
  }
  return index;
}

function buildFigureIndex(gazetteer: Gazetteer): FigureIndex {
  const byUnit = new Map<string, GazetteerEntity[]>();
  const aboutOf = new Map<string, string[][]>();
  const figuresAbout = new Map<string, Set<string>>();
  let maxWords = 1;
  for (const entity of entitiesOfKind(gazetteer.entities, 'figure')) {
    for (const unit of new Set((entity.units ?? []).map(foldUnit))) {
      if (!unit) continue;
      maxWords = Math.max(maxWords, unit.split(' ').length);
      const list = byUnit.get(unit);
      if (list) list.push(entity);
      else byUnit.set(unit, [entity]);
    }
    const groups = (entity.about ?? []).map((id) => {
      const place = gazetteer.entities.get(id)?.kind === 'event' ? gazetteer.entities.get(id)?.place : undefined;
      return place ? [id, place] : [id];
    });
    aboutOf.set(entity.id, groups);
    for (const group of groups) {
      for (const id of group) {
        const figures = figuresAbout.get(id);
        if (figures) figures.add(entity.id);
        else figuresAbout.set(id, new Set([entity.id]));
      }
    }
  }
  const listsById = new WeakMap<GazetteerEntity[], Map<string, GazetteerEntity>>();
  const unitFigures = (list: GazetteerEntity[]): Map<string, GazetteerEntity> => {
    let byId = listsById.get(list);
    if (!byId) listsById.set(list, (byId = new Map(list.map((e) => [e.id, e]))));
    return byId;
  };
  return { byUnit, aboutOf, figuresAbout, unitFigures, known: { maxWords, has: (folded) => byUnit.has(folded) } };
}

/**
 * The gazetteer figure a mention counts: one whose units include the counted noun and which has
 * the most of its `about` entities among the ids around the mention — at least one, and alone
 * at the top (a tie is no key: guessing would check the number against the wrong series).
 */
export function assignKey(unit: string | null, about: ReadonlySet<string>, index: FigureIndex): string | null {
  if (!unit || about.size === 0) return null;
  const folded = foldUnit(unit);
  const candidates = index.byUnit.get(folded) ?? index.byUnit.get(foldUnit(folded.split(' ').pop() ?? '')) ?? [];
  let best: string | null = null;
  let bestScore = 0;
  let tied = false;
  // Only figures about one of the ids around the mention can score; a common unit ("troops") may
  // have thousands of figures, so they are found through the ids rather than by trying each one.
  const scoring = new Set<string>();
  for (const id of about) for (const figure of index.figuresAbout.get(id) ?? []) scoring.add(figure);
  for (const candidate of scoring.size < candidates.length ? [...scoring].map((id) => index.unitFigures(candidates).get(id)).filter((c) => c !== undefined) : candidates) {
    const groups = index.aboutOf.get(candidate.id) ?? [];
    let score = 0;
    for (const group of groups) if (group.some((id) => about.has(id))) score++;
    if (score > bestScore) {
      best = candidate.id;
      bestScore = score;
      tied = false;
    } else if (score === bestScore && score > 0) {
      tied = true;
    }
  }
  return bestScore > 0 && !tied ? best : null;
}
