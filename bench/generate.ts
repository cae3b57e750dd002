// Deterministic (seeded) benchmark data: a large gazetteer split over several files, many
// articles that mention its entries, dates and figures, and one very long article. Same seed,
// same bytes, so runs on different days compare.

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['al', 'ba', 'dar', 'el', 'far', 'ga', 'ham', 'is', 'jab', 'ka', 'lam', 'mar', 'na', 'or', 'qa',
  'ra', 'sa', 'tar', 'um', 'wa', 'ya', 'zan', 'ber', 'cor', 'dun', 'fen', 'gor', 'hel', 'kir', 'lun', 'mor', 'nev'];
const BASE_TYPES = ['air base', 'military base', 'airport', 'camp', 'outpost'];
const ORG_WORDS = ['Brigade', 'Front', 'Command', 'Council', 'Movement', 'Forces', 'Army', 'Committee'];
const TITLES = ['Commander', 'Spokesman', 'Minister of Defence', 'Deputy Commander', 'Chief of Staff', 'Governor'];
const FILLER = [
  'Officials said the situation remained tense across the region.',
  'Residents reported hearing explosions late in the evening.',
  'The talks are expected to continue despite the disagreements.',
  'Analysts cautioned that the figures could not be independently verified.',
  'The statement did not give further details about the operation.',
  'Local media carried footage of damaged vehicles near the road.',
];

export interface GeneratedEntity {
  id: string;
  name: string;
  kind: 'base' | 'person' | 'organization' | 'place' | 'event' | 'figure';
}

export interface GeneratedCorpus {
  gazetteerFiles: { name: string; text: string }[];
  entities: GeneratedEntity[];
}

function word(rand: () => number, parts: number): string {
  let w = '';
  for (let i = 0; i < parts; i++) w += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

/** A gazetteer of `count` entries over `files` files, all kinds represented. */
export function generateGazetteer(count: number, files: number, seed = 42): GeneratedCorpus {
  const rand = mulberry32(seed);
  const entities: GeneratedEntity[] = [];
  const sections: Record<string, string[]>[] = Array.from({ length: files }, () => ({}));
  const used = new Set<string>();
  const push = (fileIndex: number, section: string, text: string) => {
    (sections[fileIndex][section] ??= []).push(text);
  };
  const placeIds: string[] = [];
  const orgIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const f = i % files;
    const r = i % 20;
    let name = '';
    for (let tries = 0; tries < 10; tries++) {
      name = `${word(rand, 2)} ${word(rand, 2 + (tries % 2))}`;
      if (!used.has(name)) break;
    }
    name = used.has(name) ? `${name} ${i}` : name;
    used.add(name);
    const id = `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${i}`;
    if (r < 4 || placeIds.length === 0) {
      placeIds.push(id);
      entities.push({ id, name, kind: 'place' });
      push(f, 'places', `  ${id}:\n    name: ${name}\n    type: town\n    coordinates: [${(30 + rand() * 7).toFixed(4)}, ${(40 + rand() * 8).toFixed(4)}]\n`);
    } else if (r < 8 || orgIds.length === 0) {
      const orgName = `${name} ${ORG_WORDS[i % ORG_WORDS.length]}`;
      orgIds.push(id);
      entities.push({ id, name: orgName, kind: 'organization' });
      // Acronym plus the entry number: unique, so the generated gazetteer raises no alias collision.
      const acronym = orgName.split(' ').map((p) => p[0]).join('') + i;
      push(f, 'organizations', `  ${id}:\n    name: ${orgName}\n    aliases: [${acronym}]\n    founded: ${1990 + (i % 30)}\n`);
    } else if (r < 13) {
      const org = orgIds[Math.floor(rand() * orgIds.length)];
      entities.push({ id, name, kind: 'person' });
      push(f, 'persons', `  ${id}:\n    name: ${name}\n    born: ${1950 + (i % 40)}-0${1 + (i % 9)}-1${i % 10}\n` +
        `    roles:\n      - { title: ${TITLES[i % TITLES.length]}, org: ${org}, from: ${2000 + (i % 15)}, to: ${2016 + (i % 9)} }\n`);
    } else if (r < 17) {
      const place = placeIds[Math.floor(rand() * placeIds.length)];
      const org = orgIds[Math.floor(rand() * orgIds.length)];
      entities.push({ id, name: `${name} Base`, kind: 'base' });
      push(f, 'bases', `  ${id}:\n    name: ${name} Base\n    type: ${BASE_TYPES[i % BASE_TYPES.length]}\n    country: ${place}\n` +
        `    coordinates: [${(30 + rand() * 7).toFixed(4)}, ${(40 + rand() * 8).toFixed(4)}]\n` +
        `    operators:\n      - { org: ${org}, from: 2003, to: 2020-06 }\n`);
    } else if (r < 19) {
      const place = placeIds[Math.floor(rand() * placeIds.length)];
      entities.push({ id, name: `${name} clashes`, kind: 'event' });
      push(f, 'events', `  ${id}:\n    name: ${name} clashes\n    date: 2020-0${1 + (i % 9)}-1${i % 10}\n    place: ${place}\n`);
    } else {
      const place = placeIds[Math.floor(rand() * placeIds.length)];
      entities.push({ id, name: `fighters in ${name}`, kind: 'figure' });
      push(f, 'figures', `  ${id}:\n    label: Fighters active in ${name}\n    units: [fighters, militants]\n    about: [${place}]\n` +
        `    values:\n      - { value: ${100 + (i % 900)}, as_of: 2020-01 }\n      - { value: ${200 + (i % 700)}, as_of: 2021-01 }\n`);
    }
  }
  // Places first so references resolve in reading order; the loader does not depend on it.
  const order = ['places', 'organizations', 'persons', 'bases', 'events', 'figures'];
  const gazetteerFiles = sections.map((s, i) => ({
    name: `bench-${String(i).padStart(2, '0')}.gazetteer.yaml`,
    text: `# generated benchmark gazetteer, part ${i + 1} of ${files}\n` +
      order.filter((k) => s[k]).map((k) => `${k}:\n${s[k].join('')}`).join(''),
  }));
  return { gazetteerFiles, entities };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

/** An article of about `words` words mentioning entities of the corpus, with dates and figures. */
export function generateArticle(corpus: GeneratedCorpus, words: number, seed: number): string {
  const rand = mulberry32(seed);
  const pick = () => corpus.entities[Math.floor(rand() * corpus.entities.length)];
  const day = 1 + Math.floor(rand() * 27);
  const month = 1 + Math.floor(rand() * 12);
  const published = `2020-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const out: string[] = [`---\ntitle: Generated report ${seed}\nsource: Bench Wire\npublished: ${published}\n---\n`];
  let count = 0;
  let paragraph: string[] = [];
  while (count < words) {
    const a = pick();
    const b = pick();
    const kindOfSentence = Math.floor(rand() * 6);
    let s: string;
    if (kindOfSentence === 0) s = `${a.name} said on ${WEEKDAYS[Math.floor(rand() * 5)]} that ${b.name} had been quiet since ${MONTHS[month - 1]} ${1 + Math.floor(rand() * 27)}.`;
    else if (kindOfSentence === 1) s = `More than ${(1 + Math.floor(rand() * 50)) * 100} fighters were reported near ${a.name}, according to ${b.name}.`;
    else if (kindOfSentence === 2) s = `An estimated ${10 + Math.floor(rand() * 90)} militants withdrew from ${a.name} last week.`;
    else s = `${FILLER[Math.floor(rand() * FILLER.length)]} ${a.name} was mentioned in the report.`;
    paragraph.push(s);
    count += s.split(' ').length;
    if (paragraph.length >= 4) {
      out.push(paragraph.join(' ') + '\n\n');
      paragraph = [];
    }
  }
  if (paragraph.length) out.push(paragraph.join(' ') + '\n');
  return out.join('');
}

/**
 * An archive of `count` articles of about `words` words, one at a time (article `i` is
 * `generateArticle(corpus, words, seed + i)`, as the workspace bench makes its articles), so a
 * caller can write 100,000 of them without holding them.
 */
export function* generateArchive(corpus: GeneratedCorpus, count: number, words: number, seed: number): Generator<{ index: number; text: string }> {
  for (let index = 0; index < count; index++) yield { index, text: generateArticle(corpus, words, seed + index) };
}
