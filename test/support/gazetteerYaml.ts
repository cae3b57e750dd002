import fc from 'fast-check';

// Generated gazetteer-like YAML for differential tests of the gazetteer readers
// (test/unit/gazetteer/readerOracle.test.ts): the shapes gazetteers are written in, and every odd
// corner of YAML next to them.

/** Weighted choice among groups of constants. */
function pick(...groups: Array<[number, readonly string[]]>): fc.Arbitrary<string> {
  return fc.oneof(...groups.map(([weight, values]) => ({ weight, arbitrary: fc.constantFrom(...values) })));
}

/**
 * Scalars as they are written. Most are plain, so that many generated texts are ones the fast
 * reader reads (agreement is only tested on those); the odd ones — indicators alone or leading,
 * quotes, numbers and nulls in every spelling, unicode — are what it must get right or decline.
 */
const PLAIN = ['Iraq', 'Ain al-Asad', 'al-Qaeda', 'x', 'IS', 'U.S.', "O'Brien", 'Mosul (east)', 'a  b', 'a b c'];
const NUMBERS_AND_WORDS = [
  '2003', '2020-01-30', '-1', '+2', '0', '-0', '007', '.5', '7.', '1e3', '1E-2', '33.42', '0x1F', '0o17', '.inf', '-.Inf', '.nan', '1_000', '12:30',
  'null', 'Null', 'NULL', '~', 'true', 'False', 'TRUE', 'yes', 'no', 'on', 'null-ish', 'n', 'y', '+', '.', '-.', '+.5', '1.2.3', '0.',
  '99999999999999999999', '1e400', '-0.0', '0.0e0', '+.inf', '0b101', '0o', '0x', '1__0', '1.', '1e', '+-1', '2020-01-30T12:00:00Z', '1:30:00',
];
const INDICATORS = [
  '?', '-', ':', '#', '?x', '-x', ':x', 'x:', 'a:b', 'a: b', 'a#b', 'a #b', 'x-', 'x?', '--', '---', '...', '??', '-?', '?-', '::', ':-', '-:',
  '.', '=', '<<', ',', 'a,b', '%', '@', '`', '|', '>', '>-', '&a', '*a', '!t', '!!str', '!!str x', '!<tag:x> y', '&a x', '? x', '- x', ': x',
];
const QUOTED = ['"q"', '"a b"', '""', "''", "'s'", '"a, b"', '"#"', '"a\\"b"', '"\\u00e9"', "'it''s'", '"x" y', '"a":', "'a': b", '"[a]"', "'{'", '"a\\\\b"'];
const OTHER = [
  'https://example.org/a#b', 'http://host:80/x', 'https://example.org/a?b=c&d', 'x[1]', 'a{b}', 'a]b',
  'عين الأسد', 'Ünïcödé', 'Łódź', '😀', '👩‍👩‍👧', 'é', '\u00a0x', 'x\u00a0', '\u2028', '\u0085', '\u200b', '\ufeff', '\u3000', '\u0001',
];
/**
 * Gazetteer-like YAML: sections of entries, fields with scalars, flow lists and maps (nested),
 * block lists, compact maps, comments, blank lines; and, with a weight of `odd` against 96 for the
 * plain choice, everything odd: indicators, quotes with escapes, anchors, aliases, tags, multi-line
 * and block scalars, trailing spaces, comments indented anywhere, document markers, CRLF and lone
 * CR, a tab, a line shifted by one space, unicode spaces and line separators.
 */
export function gazetteerLike(odd: number): fc.Arbitrary<string> {
  /** The weight of the plain choice against `odd`. */
  const P = 96;
  const scalar = pick([P, PLAIN], [P / 4, NUMBERS_AND_WORDS], [odd, INDICATORS], [odd, QUOTED], [odd, OTHER]);
  const flowSep = pick([P, [', ']], [odd, [',', ' , ', ',  ', ' ,', ',\n      ', ', # c\n      ', ',\n']]);
  const pad = pick([P, ['']], [odd, [' ', '  ', '\n      ', '\n']]);
  const colon = pick([P, [': ']], [odd, [':', ' : ', ':  ', ': \n        ']]);

  const fieldName = fc.constantFrom('name', 'aliases', 'type', 'country', 'org', 'from', 'to', 'notes', 'coordinates', 'sources', 'values', 'roles', 'x-1', 'a.b', '2003', 'true', 'null', 'NULL', '0x10', '1e3', '007', 'y', '1.5', '0o7');

  const flow = fc.letrec((tie) => ({
    item: fc.oneof(
      { weight: P, arbitrary: scalar },
      { weight: odd, arbitrary: fc.tuple(scalar, fc.constantFrom(' ', '', '  '), scalar).map(([a, sp, b]) => `${a}${sp}${b}`) },
      { weight: 3, arbitrary: tie('seq') },
      { weight: 3, arbitrary: tie('map') },
      { weight: odd, arbitrary: fc.constantFrom('', ' ') },
    ),
    seq: fc.tuple(pad, fc.array(tie('item') as fc.Arbitrary<string>, { maxLength: 4 }), flowSep, pad)
      .map(([open, items, sep, close]) => `[${open}${items.join(sep)}${close}]`),
    map: fc.tuple(pad, fc.array(fc.tuple(fc.oneof({ weight: P, arbitrary: fieldName }, { weight: odd, arbitrary: scalar }), colon, tie('item') as fc.Arbitrary<string>).map(([k, c, v]) => `${k}${c}${v}`), { maxLength: 3 }), flowSep, pad)
      .map(([open, pairs, sep, close]) => `{${open}${pairs.join(sep)}${close}}`),
  }));
  const flowSeq = flow.seq as fc.Arbitrary<string>;
  const flowMap = flow.map as fc.Arbitrary<string>;

  /** Something before a value: an anchor, an alias, a tag (all left to `yaml`). */
  const property = fc.constantFrom('&a ', '*a', '*a ', '!!str ', '!t ', '&b !!seq ', '! ');

  /** A value after `key: ` on a field line; may run onto more lines (multi-line scalars, block scalars). */
  const inlineValue = fc.oneof(
    { weight: P, arbitrary: scalar },
    { weight: P, arbitrary: flowSeq },
    { weight: P / 2, arbitrary: flowMap },
    { weight: odd, arbitrary: fc.tuple(property, fc.oneof(scalar, flowSeq)).map(([p, v]) => `${p}${v}`) },
    { weight: odd, arbitrary: fc.tuple(scalar, scalar).map(([a, b]) => `${a}\n      ${b}`) },
    { weight: odd, arbitrary: fc.tuple(fc.constantFrom('|', '>-', '|+', '>2'), scalar).map(([h, b]) => `${h}\n      ${b}\n      more`) },
  );

  /** What may follow a value or key on its line. */
  const trailing = pick([2 * P, ['']], [P / 4, [' # comment', '  #c']], [odd, ['#not a comment', ' ', '  ', ' #', ' # a: [b]', ' #\u00e9']]);

  /** One field of an entry: `key: value`, a nested block list, a nested map, or an empty value. */
  const field = fc.oneof(
    { weight: 16, arbitrary: fc.tuple(fieldName, pick([P, [': ']], [odd, [':  ', ':']]), inlineValue, trailing).map(([k, c, v, t]) => [`${k}${c}${v}${t}`]) },
    { weight: 4, arbitrary: fc.tuple(fieldName, trailing, fc.array(fc.oneof(inlineValue, flowMap, fc.tuple(fieldName, inlineValue).map(([k, v]) => `${k}: ${v}`)), { minLength: 1, maxLength: 3 }), fc.constantFrom('', '  '))
      .map(([k, t, items, indent]) => [`${k}:${t}`, ...items.flatMap((item) => `${indent}- ${item}`.split('\n').map((line, i) => (i === 0 ? line : `${indent}  ${line}`)))]) },
    { weight: 2, arbitrary: fc.tuple(fieldName, fc.array(fc.tuple(fieldName, inlineValue), { minLength: 1, maxLength: 2 }))
      .map(([k, pairs]) => [`${k}:`, ...pairs.map(([pk, pv]) => `  ${pk}: ${pv}`)]) },
    { weight: 2, arbitrary: fc.tuple(fieldName, trailing).map(([k, t]) => [`${k}:${t}`]) },
  );

  const entryId = pick([P, ['iraq', 'ain-al-asad', 'us-troops', 'p_1', 'x', '2003', 'a.b', 'ISIS']], [odd, ['true', 'null', '0x1F', '1e3', 'x.', '_', '9-9', 'é', 'a b', '"q"', '? x', '-x']]);

  /** An entry: `  id:` and its fields at four spaces, or a one-line flow entry. */
  const entry = fc.oneof(
    { weight: 4, arbitrary: fc.tuple(entryId, trailing, fc.array(field, { minLength: 1, maxLength: 4 }))
      .map(([id, t, fields]) => [`  ${id}:${t}`, ...fields.flat().map((line) => `    ${line}`)]) },
    { weight: 1, arbitrary: fc.tuple(entryId, flowMap, trailing).map(([id, value, t]) => [`  ${id}: ${value}${t}`]) },
  );

  const section = fc.tuple(fc.constantFrom('places', 'bases', 'persons', 'organizations', 'events', 'figures'), trailing, fc.array(entry, { minLength: 1, maxLength: 3 }))
    .map(([name, t, entries]) => [`${name}:${t}`, ...entries.flat()]);

  /** How the lines are finally written: line breaks, comments between them, a tab, a shifted line, the end. */
  const spelling = fc.record({
    newline: pick([2 * P, ['\n']], [odd, ['\r\n', '\r']]),
    final: pick([P, ['\n']], [P / 4, ['']], [odd, ['\n\n', ' ', '\n#', '\n  # c', '\n\n    # c']]),
    tabAt: rarely(odd),
    shiftAt: rarely(odd),
    interludes: fc.array(fc.tuple(fc.nat(40), pick([P / 2, ['', '# comment']], [odd, ['  # indented comment', '    # deeper comment', '      #', '    ', '#', '   #x', '---', '...', '%YAML 1.2']])), { maxLength: 2 }),
  });

  return fc.tuple(fc.array(section, { minLength: 1, maxLength: 2 }), spelling).map(([sections, how]) => {
    const lines = sections.flat().flatMap((line) => line.split('\n'));
    for (const [at, text] of how.interludes) lines.splice(at % (lines.length + 1), 0, text);
    if (how.tabAt !== null) {
      const i = how.tabAt % lines.length;
      lines[i] = lines[i].replace(/^ {2}/, '\t');
    }
    if (how.shiftAt !== null) {
      const i = how.shiftAt % lines.length;
      lines[i] = ` ${lines[i]}`;
    }
    return lines.join(how.newline) + how.final.replace(/\n/g, how.newline);
  });
}

/** A line number, one time in about 192 / `odd`; null otherwise. */
function rarely(odd: number): fc.Arbitrary<number | null> {
  return fc.oneof({ weight: 192, arbitrary: fc.constant(null) }, { weight: odd, arbitrary: fc.nat(40) });
}

/** Mostly plain texts (the fast reader reads many), and texts full of odd YAML. */
export const gazetteerLikeYaml: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: gazetteerLike(1) },
  { weight: 1, arbitrary: gazetteerLike(8) },
  { weight: 1, arbitrary: gazetteerLike(32) },
);
