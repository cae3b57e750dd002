import { entitiesOfKind } from '../gazetteer/entitiesWhere';
import type { Gazetteer, GazetteerEntity } from '../types';
import { foldUnit, type KnownUnits } from './countedNoun';
import { classesAgree, type FigureClass, gazetteerClass } from './figureClass';
import { type FigurePlaces, figurePlaces, type MentionPlace, placesAgree } from './figurePlace';

/** What figure recognition derives from a gazetteer once: gazetteer figures by counted noun. */
export interface FigureIndex {
  byUnit: Map<string, GazetteerEntity[]>;
  /**
   * Every gazetteer figure by id, as built for this index: checking a keyed mention reads it here
   * rather than from the gazetteer, whose bounded cache has usually dropped and would rebuild it.
   */
  figures: Map<string, GazetteerEntity>;
  known: KnownUnits;
  /**
   * Per figure id, its `about` ids, each with the ids that stand for it in text: an event is
   * also mentioned through its place ("the strike on Ain al-Asad" names the base, not the event).
   */
  aboutOf: Map<string, string[][]>;
  /** Per entity id, the figures with it in an `about` group: keying a mention looks up only these. */
  figuresAbout: Map<string, Set<string>>;
  /** Per figure id, casualty count or level (from its label and units). */
  classOf: Map<string, FigureClass>;
  /** Per figure id, the place its label names and the names of its `about` entities (figurePlace.ts). */
  placesOf: Map<string, FigurePlaces>;
  /** Where `placesOf` looks up containing places. */
  gazetteer: Gazetteer;
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
  const classOf = new Map<string, FigureClass>();
  const placesOf = new Map<string, FigurePlaces>();
  const figures = new Map<string, GazetteerEntity>();
  let maxWords = 1;
  for (const entity of entitiesOfKind(gazetteer.entities, 'figure')) {
    figures.set(entity.id, entity);
    classOf.set(entity.id, gazetteerClass(entity));
    placesOf.set(entity.id, figurePlaces(entity, gazetteer));
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
  return { byUnit, figures, aboutOf, figuresAbout, classOf, placesOf, gazetteer, unitFigures, known: { maxWords, has: (folded) => byUnit.has(folded) } };
}

/**
 * The gazetteer figure a mention counts (SPEC §4): one whose units include the counted noun, of a
 * class that agrees with the mention's (a casualty count never keys to a level, nor the reverse),
 * whose `about` entities best match the ids of the figure's OWN sentence; the ids of the sentence
 * before only break a tie. At least one must match, and the best must be alone at the top (a tie
 * that remains is no key: guessing would check the number against the wrong series).
 */
export function assignKey(
  noun: string | null, own: ReadonlySet<string>, previous: ReadonlySet<string>, index: FigureIndex,
  mentionClass: FigureClass | (() => FigureClass) = null,
  mentionPlaces: MentionPlace[] | null | (() => MentionPlace[] | null) = null,
): string | null {
  if (!noun || (own.size === 0 && previous.size === 0)) return null;
  const folded = foldUnit(noun);
  const candidates = index.byUnit.get(folded) ?? index.byUnit.get(foldUnit(folded.split(' ').pop() ?? '')) ?? [];
  if (candidates.length === 0) return null;
  let best: string | null = null;
  let bestOwn = -1;
  let bestPrevious = -1;
  let tied = false;
  // Only figures about one of the ids around the mention can score; a common unit ("troops") may
  // have thousands of figures, so they are found through the ids rather than by trying each one.
  const scoring = new Set<string>();
  addFiguresAbout(own, index, scoring);
  addFiguresAbout(previous, index, scoring);
  const byId = index.unitFigures(candidates);
  // The mention's class is read from its clause only when a classed candidate asks for it.
  let cls: FigureClass | undefined = typeof mentionClass === 'function' ? undefined : mentionClass;
  const classOfMention = (): FigureClass => {
    if (cls === undefined) cls = (mentionClass as () => FigureClass)();
    return cls;
  };
  let places: MentionPlace[] | null | undefined = typeof mentionPlaces === 'function' ? undefined : mentionPlaces;
  const placesOfMention = (): MentionPlace[] | null => {
    if (places === undefined) places = (mentionPlaces as () => MentionPlace[] | null)();
    return places;
  };
  for (const id of scoring.size < candidates.length ? scoring : byId.keys()) {
    const candidate = byId.get(id);
    if (!candidate) continue;
    const figureClass = index.classOf.get(id) ?? null;
    if (figureClass !== null && !classesAgree(classOfMention(), figureClass)) continue;
    const figurePlaces = index.placesOf.get(id);
    if (figurePlaces && figurePlaces.label !== null && !placesAgree(placesOfMention(), figurePlaces, index.gazetteer)) continue;
    const groups = index.aboutOf.get(id) ?? [];
    let ownScore = 0;
    let previousScore = 0;
    for (const group of groups) {
      if (group.some((g) => own.has(g))) ownScore++;
      if (group.some((g) => previous.has(g))) previousScore++;
    }
    if (ownScore + previousScore === 0) continue;
    if (ownScore > bestOwn || (ownScore === bestOwn && previousScore > bestPrevious)) {
      best = id;
      bestOwn = ownScore;
      bestPrevious = previousScore;
      tied = false;
    } else if (ownScore === bestOwn && previousScore === bestPrevious) {
      tied = true;
    }
  }
  return best !== null && !tied ? best : null;
}

/** Adds the figures about each of `ids` to `scoring` (most ids have none: nothing is allocated for them). */
function addFiguresAbout(ids: ReadonlySet<string>, index: FigureIndex, scoring: Set<string>): void {
  for (const id of ids) {
    const figures = index.figuresAbout.get(id);
    if (figures) for (const figure of figures) scoring.add(figure);
  }
}
