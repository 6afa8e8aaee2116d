/**
 * Person names: finding them in running text and splitting a full name into
 * given name, patronymic and family name, whatever the order. The evidence a
 * run of capitalised words is a name comes from the lexicon's morphology
 * (patronymic and family-name endings, Kyrgyz particles), initials, an
 * honorific before it, or bold type.
 */
import { LEXICONS } from './lexicon/index.js';
import type { Lexicon } from './lexicon/types.js';
import type { PersonName } from './schema.js';
import type { Span } from './document.js';
import { LETTER, LOWER, UPPER } from './letters.js';
import { allMatches, alternation, caseVariants, ignoreCase, joinHyphenBreaks, memoRegExp, spanAround, WORD_END, WORD_START } from './text.js';

/** A name found in a text; offsets are relative to that text. */
export interface NameSpan extends Span {
  full: string;
}

interface Patterns {
  run: RegExp;
  /** Honorifics and patronymic particles, lower case: a token holds no white space, so a set lookup does what an anchored pattern would. */
  honorifics: Set<string>;
  particles: Set<string>;
  titles: Set<string>;
  initial: RegExp;
  /** One initial alone: one capital, or the letters of one sound ("Sh.", "Dzh."). */
  oneInitial: RegExp;
  /** One initial with no period, a capital or the letters of one sound ("Ш", "Sh"), which may end initials after a space ("Т. Ш", "T. Sh"). */
  bareInitial: RegExp;
  /**
   * The endings of patronymics and family names of every lexicon, this one's first: a name in another language's script
   * is read by that language's endings ("Абдыров Толонбек Шакирович" in an English report). Scripts do not share letters,
   * so no ending of one is read in a word of another.
   */
  endings: { patronymic: Endings; family: Endings; weak: Endings };
}

const cache = new WeakMap<Lexicon, Patterns>();

function patterns(lex: Lexicon): Patterns {
  let p = cache.get(lex);
  if (p) return p;
  const particles = alternation(lex.names.patronymicParticles);
  // (As written: "Mrs.", "Prof.", "PROF."; an honorific of one or two letters, "Mr.", reads as an initial too.)
  const honorifics = alternation(caseVariants(lex.words.honorifics));
  // One capital, or two letters for one sound ("Sh."): not "Li.", a word ("Olga Li.").
  const letter = `(?:${alternation(lex.names.initialDigraphs.flatMap((d) => [d[0]!.toUpperCase() + d.slice(1), d.toUpperCase()]))}|[${UPPER}])`;
  // (The last one's period may be missing where it is typed against the one before: "Abdyrov T.Sh, chairperson"; or, a
  // capital alone after a space, where a comma or bracket ends the name, "Абдыров Т. Ш, председатель".)
  const initial = String.raw`${letter}\.(?:[ \t]?${letter}\.)*(?:(?<=\.)${letter}(?![${LETTER}.])|(?<=\.)[ \t][${UPPER}](?=[ \t]*[,;()]))?`;
  // A capitalised word (or an all-capitals one of 2+ letters: "LI Nadezhda Petrovna"), hyphenated parts allowed.
  // (Hyphenated at a line's end too, as PDF exports break words: "Nikolae-" / "vich".)
  // (Not its possessive ending, nor an apostrophe that ends it: "Tashiev's presentation" names "Tashiev".)
  const possessive = lex.names.possessiveEndings.length > 0 ? `(?<!${alternation(lex.names.possessiveEndings)})(?<![’'])` : '';
  // (Not a part after a hyphen that is a position or an article in lower case: that is the role's, typed against the name,
  // "Abdyrov Tolonbek Shakirovich-chairperson of …".)
  const roleWord = `(?!(?:${alternation([...lex.names.titles, ...lex.words.articles])})(?![${LETTER}]))`;
  const word = String.raw`(?:[${UPPER}][${LOWER}’']+|[${UPPER}]{2,})(?:-${roleWord}[${LETTER}][${LOWER}’']*)*(?:-[ \t]*\n[ \t]*[${LOWER}][${LOWER}’']*)?${possessive}`;
  const token = `(?:${initial}|${word}|(?:${particles})${WORD_END})`;
  // (Not on to a labelled line: "Asanov Bolot" / "Position: head of …".)
  // (Or none after initials typed against the family name: "Т.Ш.Абдыров", "T.Sh.Abdyrov".)
  const gap = String.raw`(?:[ \t\u00a0]+|[ \t]*\n[ \t]*(?![${LETTER}]+:)|(?<=[${LETTER}]\.)(?=[${UPPER}][${LOWER}]))`;
  p = {
    run: new RegExp(`${WORD_START}(?:(?:${honorifics})\\.?${gap})?${token}(?:${gap}${token})*`, 'gu'),
    honorifics: new Set(lex.words.honorifics.map((w) => w.toLowerCase())),
    particles: new Set(lex.names.patronymicParticles.map((w) => w.toLowerCase())),
    titles: new Set(lex.names.titles),
    initial: new RegExp(`^${initial}$`, 'u'),
    oneInitial: new RegExp(`^${letter}\\.$`, 'u'),
    bareInitial: new RegExp(`^${letter}$`, 'u'),
    endings: {
      patronymic: inEveryLexicon(lex, (l) => l.names.patronymicSuffixes),
      family: inEveryLexicon(lex, (l) => l.names.familySuffixes),
      weak: inEveryLexicon(lex, (l) => l.names.weakFamilySuffixes),
    },
  };
  cache.set(lex, p);
  return p;
}

/** Endings by their last letter: a word is asked only for the endings that end as it does. */
type Endings = ReadonlyMap<string, readonly string[]>;

/** The endings of `list` in `lex` and every other lexicon, by their last letter. */
function inEveryLexicon(lex: Lexicon, list: (l: Lexicon) => readonly string[]): Endings {
  const out = new Map<string, string[]>();
  for (const ending of new Set([lex, ...LEXICONS.filter((l) => l !== lex)].flatMap(list))) {
    const last = ending.slice(-1);
    out.set(last, [...(out.get(last) ?? []), ending]);
  }
  return out;
}

/** Whether `lower` ends with one of `endings` after a stem of `minStem` letters at least. */
function endsWithOne(lower: string, endings: Endings, minStem: number): boolean {
  const some = endings.get(lower.slice(-1));
  return some !== undefined && endsWithAny(lower, some, minStem);
}

type Kind = 'honorific' | 'title' | 'initial' | 'particle' | 'patronymic' | 'family' | 'weak' | 'word' | 'notName';

function endsWithAny(lower: string, suffixes: readonly string[], minStem: number): boolean {
  return suffixes.some((s) => lower.length >= s.length + minStem && lower.endsWith(s));
}

/** Whether a line opens with a patronymic ("Абдыкадырович.", "Shakirovich,"): the rest of a name a wrap cut, no paragraph's start. */
export function opensWithPatronymic(line: string, lex: Lexicon): boolean {
  const word = FIRST_NAME_WORD.exec(line)?.[1];
  return word !== undefined && endsWithOne(word.toLowerCase(), patterns(lex).endings.patronymic, 3);
}

// A line's first word of letters, past white space and emphasis marks.
const FIRST_NAME_WORD = new RegExp(`^[ \\t*_]*([${LETTER}]+)(?![${LETTER}-])`, 'u');

/** Whether `token` is one of the lexicon's honorifics, with its period or without ("Mr", "Mr.", "MS."). */
export function isHonorific(token: string, lex: Lexicon): boolean {
  const { honorifics } = patterns(lex);
  const lower = token.toLowerCase();
  return honorifics.has(lower) || (lower.endsWith('.') && honorifics.has(lower.slice(0, -1)));
}

function classify(token: string, lex: Lexicon): Kind {
  const p = patterns(lex);
  const lower = token.toLowerCase();
  if (isHonorific(token, lex)) return 'honorific';
  // Initials end with their period, or with a letter typed against the one before ("T.Sh").
  if (p.initial.test(token)) return 'initial';
  if (p.particles.has(lower)) return 'particle';
  // The father's name joined to its particle: "Toktosun-kyzy", "Almazbek-uulu".
  const dash = lower.lastIndexOf('-');
  if (dash > 0 && p.particles.has(lower.slice(dash + 1))) return 'patronymic';
  if (p.titles.has(lower)) return 'title';
  if (endsWithOne(lower, p.endings.patronymic, 3)) return 'patronymic';
  if (endsWithOne(lower, p.endings.family, 2)) return 'family';
  if (endsWithOne(lower, p.endings.weak, 3)) return 'weak';
  return lex.names.notNames.includes(lower) ? 'notName' : 'word';
}

interface Token extends Span {
  text: string;
  kind: Kind;
}

// A token: initials typed against the word after them ("Т.Ш.Абдыров") are one, the word another (not a last initial
// that lost its period, "T.Sh"); else a run of non-space.
// (A word hyphenated at a line's end is one token: "Nikolae-" / "vich".)
const TOKEN = new RegExp(`(?:[${UPPER}][${LOWER}]?\\.)+(?=[${UPPER}][${LOWER}])(?![${UPPER}][${LOWER}]?(?![${LETTER}.]))|\\S+-[ \\t]*\\n[ \\t]*[${LOWER}]\\S*|\\S+`, 'gu');

function tokens(text: string, offset: number, lex: Lexicon): Token[] {
  const out: Token[] = [];
  for (const m of allMatches(TOKEN, text)) {
    // (A comma ends the family name of an inverted one: "Abdyrov, Tolonbek".)
    out.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length, kind: classify(joinHyphenBreaks(m[0]).replace(/,$/, ''), lex) });
  }
  // "Abdyrov T. Sh, chairperson": the letters of one sound with no period, after initials and last in the run, are the
  // last initial (typed after a space, its period lost). (A lone capital is in the run only where a comma or bracket
  // follows it, "Абдыров Т. Ш, председатель": elsewhere it may be a word, "Kim O. I think".)
  const last = out.at(-1);
  if (last && out.at(-2)?.kind === 'initial' && patterns(lex).bareInitial.test(last.text)) last.kind = 'initial';
  return out;
}

/**
 * Find the person names in `text`. `strong` marks bold spans (a bold run of
 * capitalised words is a name even without other evidence); names inside
 * `exclude` spans (quoted titles; sorted and disjoint, as quotedSpans gives them) are skipped.
 */
export function findNames(
  text: string,
  lex: Lexicon,
  options: { strong?: Span[]; exclude?: Span[] } = {},
): NameSpan[] {
  const found: NameSpan[] = [];
  const { run } = patterns(lex);
  let lone: Token | undefined; // a family name alone, no name by itself, that a comma follows
  const alone: Token[] = []; // family names alone that gave no name
  let honorific: Token | undefined; // an honorific that ended the run before, its period between ("… Council Mr. Kim")
  for (const m of allMatches(run, text)) {
    let toks = tokens(m[0], m.index, lex);
    // (It is the next run's: what stood before it in its run was an organisation's.)
    if (honorific && /^\.?[ \t]*$/.test(text.slice(honorific.end, m.index))) toks = [honorific, ...toks];
    honorific = toks.length > 1 && toks.at(-1)!.kind === 'honorific' ? toks.at(-1) : undefined;
    if (honorific) toks = toks.slice(0, -1);
    // "заместителю мэра г. Нарын Осмонову Нурлану": the word after "г." or "city of" is the place's.
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    if (toks.length > 1 && cityBefore(lex).test(before)) toks = toks.slice(1);
    // "The farmer from the village Kenesh Toktosunova Aizada": after a bare "village" or "city", a plain word that is
    // no common given name is the place's where a name of two words stays ("the head of the village Asanov Bolot" keeps his).
    // (Not after a town's word that ends a place's name written before it: "… of Osh city Kim Marina Sergeevna".)
    else if (toks.length > 2 && toks[0]!.kind === 'word' && !givenNames(lex).has(toks[0]!.text.toLowerCase()) && townBefore(lex).test(before) && wordAfterCapital(text, m.index) === undefined) toks = toks.slice(1);
    const family = lone;
    lone = toks.length === 1 && toks[0]!.kind === 'family' && text[toks[0]!.end] === ',' ? toks[0] : undefined;
    const name = (family && invertedName(family, toks, text, lex)) || pickName(toks, text, options.strong ?? [], lex);
    if (!name) {
      // (A word that opens sentences before it is none of it: "Then Asanov and Bekova spoke".)
      const core = toks.filter((t) => t.kind !== 'notName');
      if (core.length === 1 && core[0]!.kind === 'family') alone.push(core[0]!);
      continue;
    }
    if (options.exclude && spanAround(options.exclude, name.start, name.end)) continue;
    // "the school named after K. Tynystanov", "ОшГУ им. К. Ш. Токтомаматова": the name a place bears is no person's.
    if (namedAfter(lex).test(text.slice(Math.max(0, name.start - 24), name.start))) continue;
    if (name.start === family?.start) lone = undefined;
    found.push(name);
  }
  const listed = familyList(alone, text, lex).filter((name) => !(options.exclude && spanAround(options.exclude, name.start, name.end)));
  return listed.length > 0 ? [...found, ...listed].sort((a, b) => a.start - b.start) : found;
}

/**
 * Family names alone in a list of their own, "Asanov, Bekov and Isakova": each is a name. Three or more between
 * commas, or two or more with a conjunction before the last; not "Asanov, Bekov" (a pair with no conjunction).
 */
function familyList(alone: Token[], text: string, lex: Lexicon): NameSpan[] {
  const out: NameSpan[] = [];
  let group: Token[] = [];
  let joined = false;
  const flush = () => {
    if (group.length >= 3 || (group.length === 2 && joined)) for (const t of group) out.push({ start: t.start, end: t.end, full: t.text.replace(/[.,;:]+$/, '') });
    group = [];
    joined = false;
  };
  for (const t of alone) {
    const previous = group.at(-1);
    const between = previous ? text.slice(previous.end, t.start).trim().replace(/^,/, '').trim().toLowerCase() : undefined;
    const conjunction = between !== undefined && between !== '' && lex.words.conjunctions.includes(between);
    // (Only the last may follow a conjunction: "Asanov and Bekov, Isakova" is no list of three.)
    if (previous && !joined && (between === '' ? text.slice(previous.end, t.start).includes(',') : conjunction)) {
      joined = conjunction;
      group.push(t);
      continue;
    }
    flush();
    group = [t];
  }
  flush();
  return out;
}

/**
 * "Abdyrov, Tolonbek Shakirovich", "Toktosunova, Elmira (lawyer)", "Asanov, B.": a family name, a comma,
 * then the given name (and patronymic or initial) or initials, with no family name of its own, is one name, the
 * order of an index. Not "Asanov, Bekov" (two family names), nor "Isakova, Head of X" (a
 * title), nor a given name that words in lower case go on from ("Asanov, Aibek said").
 */
function invertedName(family: Token, toks: Token[], text: string, lex: Lexicon): NameSpan | undefined {
  if (!/^,[ \t]+$/.test(text.slice(family.end, toks[0]?.start))) return undefined;
  const [given, ...rest] = toks;
  // ("Abdyrov, T.Sh.": initials alone stand for the given name and patronymic.)
  const initials = given?.kind === 'initial' && rest.length === 0;
  if (!given || (given.kind !== 'word' && given.kind !== 'weak' && !initials) || ALL_CAPS.test(given.text)) return undefined;
  if (rest.length > 1 || rest.some((t) => t.kind !== 'patronymic' && t.kind !== 'initial')) return undefined;
  let end = toks.at(-1)!.end;
  if (toks.at(-1)!.kind !== 'initial') while (/[.,;:]/.test(text[end - 1]!)) end--;
  const after = text.slice(end, end + 40);
  if (LOWER_NEXT.test(after) && !startsWithJoiner(after.trimStart(), lex)) return undefined;
  return { start: family.start, end, full: joinHyphenBreaks(text.slice(family.start, end)).replace(/\s+/g, ' ') };
}

/** Whether a text opens with one of the lexicon's joining words ("and", "as well as"). */
function startsWithJoiner(text: string, lex: Lexicon): boolean {
  const lower = text.toLowerCase();
  return lex.words.conjunctions.some((w) => lower.startsWith(w) && !LETTER_FIRST.test(lower.slice(w.length)));
}

const LOWER_NEXT = new RegExp(`^[ \\t]+[${LOWER}]`, 'u');
const LETTER_FIRST = new RegExp(`^[${LETTER}]`, 'u');

/** The lexicon's city words that stand before the name of the place ("г.", "city of"), at the end of a text. */
function cityBefore(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'names.cityBefore', () => {
    const prefixes = lex.words.city.filter((w) => w.endsWith('.') || /\sof$/.test(w));
    return prefixes.length > 0 ? ignoreCase(`${WORD_START}(?:${alternation(prefixes)})\\s*$`) : /(?!)/;
  });
}

/** The lexicon's words that stand before the person a place is named after ("named after", "им."), at the end of a text. */
function namedAfter(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'names.namedAfter', () => (lex.words.namedAfter.length > 0 ? ignoreCase(`${WORD_START}(?:${alternation(lex.words.namedAfter)})\\s*$`) : /(?!)/));
}

/** A city word that stands alone before a town's name at the end of a text ("… from the village "; not "г.", "city of": cityBefore), or a town's body ("… of the ayil okmotu "). */
function townBefore(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'names.townBefore', () => {
    const words = [...lex.words.city.filter((w) => !w.endsWith('.') && !/\sof$/.test(w)), ...lex.words.localBody];
    return words.length > 0 ? ignoreCase(`${WORD_START}(?:${alternation(words)})\\s+$`) : /(?!)/;
  });
}

/**
 * Whether the text before `at` ends with a capitalised word and a joining word, so that the word at `at` goes on an
 * organisation's name ("… Environmental Protection and Forestry", "… Labour and Migration").
 */
function joinedInName(text: string, at: number, lex: Lexicon): boolean {
  const word = wordAfterCapital(text, at);
  return word !== undefined && lex.words.conjunctions.includes(word.toLowerCase());
}

/** The last word before `at` where a capitalised word stands right before it ("Protection and ", "Osh city "); else undefined. */
function wordAfterCapital(text: string, at: number): string | undefined {
  const before = LAST_TWO_WORDS.exec(text.slice(Math.max(0, at - 40), at));
  return before && OPENS_UPPER_WORD.test(before[1]!) ? before[2] : undefined;
}

// The last two words before a point, the first of them with what precedes it ("Protection and ").
const LAST_TWO_WORDS = /(\S+)[ \t]+(\S+)[ \t]+$/;
const OPENS_UPPER_WORD = new RegExp(`^[${UPPER}][${LETTER}-]*$`, 'u');

/** The lexicon's "of" words at the end of a text ("… representative of "). */
function ofEnd(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'names.ofEnd', () => (lex.words.labelOf.length > 0 ? ignoreCase(`${WORD_START}(?:${alternation(lex.words.labelOf)})\\s+$`) : /(?!)/));
}

const EVIDENCE: ReadonlySet<Kind> = new Set(['initial', 'particle', 'patronymic', 'family']);

/** A comma right after a name, or after the emphasis marks that close it. */
const AFTER_NAME_COMMA = /^(?:\*\*|__|[*_])?,/;

/**
 * Whether what follows `at` closes a name: a comma, or a bracket after a space that holds a workplace or a position,
 * an acronym or a word of the lexicon's `organization` or `names.titles` ("S. Kim (NGO “Alga”)", "B. Kim (journalist)";
 * not "B. Roads (repair of the bridge)").
 */
function afterName(text: string, at: number, lex: Lexicon): boolean {
  if (AFTER_NAME_COMMA.test(text.slice(at, at + 3))) return true;
  const bracket = BRACKET_AFTER.exec(text.slice(at, at + BRACKET_REACH));
  if (!bracket) return false;
  const inside = bracket[1]!;
  return memoRegExp(lex, 'names.workplace', () => ignoreCase(`${WORD_START}(?:${alternation([...lex.words.organization, ...lex.names.titles])})${WORD_END}`)).test(inside) || ACRONYM.test(inside);
}

const BRACKET_AFTER = /^[ \t]\(([^()\n]*)\)/;
/** How far a workplace's bracket after a name is read. */
const BRACKET_REACH = 120;
/** A word of two capitals or more anywhere in a text ("UNDP", "(IOM)"): an acronym. */
export const ACRONYM = new RegExp(`(?:^|[^${LETTER}])[${UPPER}]{2,}(?![${LETTER}])`, 'u');

/** Choose the tokens of a run that form a name, or nothing when the run has no evidence. */
function pickName(toks: Token[], text: string, strong: Span[], lex: Lexicon): NameSpan | undefined {
  let honorific = false;
  // "Then Kasymova Aizhan": a word that opens sentences is never part of a name; nor is a rank or
  // position before it ("Deputy Toktobaev Nurlan"), which lets a lone family name stand as an honorific does.
  let titled = false;
  // (In either order with honorifics: "H.E. Ambassador John Smith", "Ambassador Mr. Kim".)
  // (And a word that qualifies a position a word or two before it: "Vice Prime Minister Name", "First Deputy Minister Name".)
  const modifier = (first: Token) => lex.names.positionModifiers.includes(first.text.toLowerCase()) && toks.slice(1, 3).some((t) => t.kind === 'title');
  for (let t = toks[0]; t !== undefined && (t.kind === 'notName' || t.kind === 'title' || t.kind === 'honorific' || modifier(t)); t = toks[0]) {
    titled ||= t.kind === 'title';
    honorific ||= t.kind === 'honorific';
    toks = toks.slice(1);
  }
  // Nor a rank or position after two words or more, which opens the role ("KIM Olga" / "Coordinator of …" on the next line).
  const title = toks.findIndex((t, i) => i >= 2 && t.kind === 'title');
  if (title > 0) toks = toks.slice(0, title);
  if (toks.length === 0) return undefined;
  const evidence = toks.map((t, i) => (EVIDENCE.has(t.kind) ? i : -1)).filter((i) => i >= 0);
  let from: number;
  let to: number;
  const bold = strong.find((s) => s.start <= toks[0]!.start && toks.at(-1)!.end <= s.end + 1);
  if (evidence.length > 0) {
    from = evidence[0]!;
    to = evidence.at(-1)!;
    // A particle needs the father's name before it ("Bakyt uulu"), also where a family name follows ("Aizada Kadyrbek kyzy Tashieva").
    let father = -1;
    if (toks[from]!.kind === 'particle' && from > 0) father = --from;
    // A word of its own, a weak family ending or not: a given name where it stands beside a family name (a weak ending is
    // common in given names too, "Абдуллаева Зарина", "Marina"), or an organisation's word.
    const given = (t: Token | undefined) => t?.kind === 'word' || t?.kind === 'weak';
    // "… Ассоциации Горных Гидов Кыдыралиев Талант": of two family names side by side after an organisation's capitalised
    // words, the first is the organisation's (a plural in the genitive: "of the guides").
    if (to > from && toks[from]!.kind === 'family' && toks[from + 1]!.kind === 'family' && given(toks[from - 1])) from++;
    // Reach past the evidence only for a missing given name, and by one word: so
    // "Then Sultanov Marat Kubanychbekovich" keeps "Then" out, "Aibek Tashiev" takes "Aibek".
    const window = toks.slice(from, to + 1);
    // (The word right before a patronymic is its given name, a weak ending or not: "Mamytov Erkin Asanovich".)
    const hasGiven = window.some((t, i) => (t.kind === 'word' || (t.kind === 'weak' && window[i + 1]?.kind === 'patronymic')) && from + i !== father);
    if (!hasGiven && !window.some((t) => t.kind === 'initial')) {
      // "the representative of Akyikatchy Kasymov Shambetali": after "of", the word before is the organisation's.
      // (Or after a joining word between capitalised words: "the State Agency for Environmental Protection and Forestry Mamytova Irina".)
      const ofBefore = toks[from - 1] !== undefined && (ofEnd(lex).test(text.slice(Math.max(0, toks[from - 1]!.start - 12), toks[from - 1]!.start)) || joinedInName(text, toks[from - 1]!.start, lex));
      // Nor where more capitalised words stand before it ("the chairman of the Coordinating Council
      // Abdyrov Tolonbek"): those name an organisation, and the word after is the given name.
      // (Any capitalised word there, a weak ending or not: "the Association of Mountain Guides Kydyraliev Talant".)
      const orgBefore = from >= 2 && given(toks[from - 2]) && given(toks[to + 1]);
      // Nor an acronym before it where a given name follows ("эксперт МОТ Токтогулов Нурлан", "expert of the IOM Asanov Bolot").
      const acronymBefore = toks[from - 1] !== undefined && ALL_CAPS.test(toks[from - 1]!.text) && given(toks[to + 1]);
      // (A patronymic's given name is always the word right before it, whatever stands before that: "… of the Ministry
      // of Finance Elena Petrovna Voronina".)
      const patronymicFirst = toks[from]!.kind === 'patronymic';
      // (With a word on either side, a common given name after it wins over a word before that is none: "представитель
      // Акыйкатчы Асанов Эркин", where Russian says "of" by the case.)
      const known = (t: Token | undefined) => t !== undefined && givenNames(lex).has(t.text.toLowerCase());
      const givenAfter = given(toks[to + 1]) && known(toks[to + 1]) && !known(toks[from - 1]);
      // Nor an acronym before a family name not in capitals itself ("the NGO Asanov", "IOM Asanova (consultant)"): a word
      // in capitals there is a given name only where it is a common one ("AIBEK Tashiev").
      const acronymGiven = toks[from - 1] !== undefined && ALL_CAPS.test(toks[from - 1]!.text) && !ALL_CAPS.test(toks[from]!.text) && !givenNames(lex).has(toks[from - 1]!.text.toLowerCase());
      if (given(toks[from - 1]) && (patronymicFirst || (!(ofBefore && given(toks[to + 1])) && !orgBefore && !acronymBefore && !givenAfter && !acronymGiven))) from--;
      else if (given(toks[to + 1])) to++;
      // "Kim Sergei Vladimirovich": before a given name and its patronymic, a word of its own is the
      // family name with no family ending (not after "of", nor after more capitalised words, but after an
      // acronym: "представитель ПРООН Ким Сергей Владимирович").
      // (Or one with a weak family ending: "Voronina Elena Petrovna".)
      // (A weak ending marks it after those words too: "… of the Legal Clinic Voronina Elena Petrovna".)
      const family = toks[from - 1];
      const wordBefore = toks[from - 2]?.kind === 'word' && !ALL_CAPS.test(toks[from - 2]!.text);
      // (Or one of the common family names with no ending: "… of the Ministry of Health Kim Marina Sergeevna".)
      const marked = (family?.kind === 'weak' && !placeWords(lex).has(family.text.toLowerCase())) || (family !== undefined && lex.names.bareFamilyNames.includes(family.text.toLowerCase()));
      if ((family?.kind === 'word' || family?.kind === 'weak') && toks[to]!.kind === 'patronymic' && to - from === 1 && (marked || (!wordBefore && !ofEnd(lex).test(text.slice(Math.max(0, family.start - 12), family.start))))) from--;
      // "Olga Vladimirovna Kim": after a given name and its patronymic, a word of its own that ends the run is the
      // family name with no family ending, or a weak one, "Elena Petrovna Voronina" (not an acronym, nor a place's or
      // organisation's word: "… Vladimirovna UNDP").
      else if (toks[to]!.kind === 'patronymic' && to - from === 1 && (toks[to + 1]?.kind === 'word' || toks[to + 1]?.kind === 'weak') && to + 2 === toks.length && !ALL_CAPS.test(toks[to + 1]!.text) && !placeWords(lex).has(toks[to + 1]!.text.toLowerCase())) to++;
    }
    // "Kim S.", "Li A.B.", "Voronina E.": initials that end the run after a word of its own are that word's, a family
    // name with no family ending or a weak one (not after "of": "the Ministry of Labour K." names no one).
    // So are initials that open the run before such a word that ends it, where a comma or a bracket follows ("E. Voronina,
    // journalist", "S. Kim, lawyer", "B. Kim (NGO “Alga”)"; not a lettered item, "B. Train staff", nor a heading, "B. Background").
    const plain = (t: Token | undefined) => (t?.kind === 'word' || t?.kind === 'weak') && !ALL_CAPS.test(t.text);
    if (window.every((t) => t.kind === 'initial')) {
      const next = toks[to + 1];
      if (to === toks.length - 1 && from > 0 && plain(toks[from - 1]) && !ofEnd(lex).test(text.slice(Math.max(0, toks[from - 1]!.start - 12), toks[from - 1]!.start))) from--;
      // (The comma may follow the bold's close: "**D. Kim**, lawyer".)
      // (Or an honorific stands before them, with nothing after: "… and Dr. K. Kim."; or the word is a common family name
      // with no ending: "Speakers were A. Asanov and K. Kim.")
      else if (from === 0 && to + 2 === toks.length && plain(next) && (honorific || afterName(text, next!.end, lex) || lex.names.bareFamilyNames.includes(next!.text.replace(/[.,;:]+$/, '').toLowerCase())) && !placeWords(lex).has(next!.text.toLowerCase())) to++;
    }
    // "Mr. Aibek B. Tashiev", "**Aibek B. Tashiev**", "Tolonbek Sh. Abdyrov": a given name before a middle
    // initial is the name's where an honorific or bold marks where the name starts, or where it opens the
    // run (ranks and positions are left out before it: "Deputy Mayor A. Tashiev"); not an abbreviation,
    // nor a word after "of" or after more capitalised words ("Ministry of Labour K. Usonov", "Aiyl Bank A. Osmonov"), or
    // after a joining word that goes on a name ("Minister of Education and Science N. K. Sultanov").
    const opensRun = from === 1 && !ALL_CAPS.test(toks[0]!.text) && !ofEnd(lex).test(text.slice(Math.max(0, toks[0]!.start - 12), toks[0]!.start)) && !joinedInName(text, toks[0]!.start, lex);
    if (from > 0 && to > from && toks[from - 1]!.kind === 'word' && patterns(lex).oneInitial.test(toks[from]!.text) && (opensRun || bold)) from--;
    // A lone family name is not enough, unless an honorific or initials stand with it ("Ms. Isakova").
    if (to === from && toks[from]!.kind !== 'initial' && !honorific && !titled) return undefined;
  } else if (honorific || bold || weakName(toks) || givenPair(toks, lex) || capitalsPair(toks, lex) || (titled && isBareName(toks.map((t) => t.text).join(' '), lex) && !toks.some((t) => plural(t.text, lex)))) {
    // (A rank or position before two or three plain words marks them as a name as an honorific does: "Ambassador John
    // Smith"; not a body's words, plural as they mostly are, "Deputy Director Human Resources", "Minister Foreign Affairs".)
    if (toks.length < 2 && !honorific) return undefined;
    from = 0;
    to = Math.min(toks.length - 1, 3);
  } else if (toks.length >= 3 && toks.length <= 6 && (givenPair(toks.slice(-2), lex) || capitalsPair(toks.slice(-2), lex)) && toks.slice(0, -2).every((t) => t.kind === 'word' || t.kind === 'weak') && organisationBefore(toks, text, lex)) {
    // "the expert of IOM Kim Sergei", "the lawyer of the Legal Clinic Kim Dinara", "the head of the Ministry of Labour
    // Dinara Kim": the capitalised words before two plain words, one a common given name, are an organisation's; the
    // two are the name.
    from = toks.length - 2;
    to = toks.length - 1;
  } else {
    return undefined;
  }
  if (to - from > 3) return undefined;
  const picked = toks.slice(from, to + 1);
  if (picked.every((t) => t.kind === 'initial')) return undefined;
  const start = picked[0]!.start;
  let end = picked.at(-1)!.end;
  // A trailing period belongs to a name only as part of an initial.
  if (picked.at(-1)!.kind !== 'initial') while (/[.,;:]/.test(text[end - 1]!)) end--;
  return { start, end, full: joinHyphenBreaks(text.slice(start, end)).replace(/\s+/g, ' ') };
}

const ALL_CAPS = new RegExp(`^[${UPPER}]+$`, 'u');

/** Whether a word ends as the lexicon's plurals do ("Affairs", "Resources"; not a doubled letter, "Ross"). */
function plural(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return endsWithAny(lower, lex.names.pluralSuffixes, 3) && !endsWithAny(lower, lex.names.pluralSuffixes.map((s) => s + s), 1);
}

/**
 * Whether the words of a run before its last two name an organisation: an acronym, a word of a place or organisation
 * ("Legal Clinic"), two words or more, or a word after "of" ("Ministry of Labour") or after a joining word that goes on
 * a name ("… Protection and Forestry"); not one word alone, which may be a family name as well ("Kim Sergei Nurlan"
 * names no one for sure).
 */
function organisationBefore(toks: Token[], text: string, lex: Lexicon): boolean {
  const last = toks.at(-3)!;
  const first = toks[0]!;
  return toks.length > 3 || ALL_CAPS.test(last.text) || placeWords(lex).has(last.text.toLowerCase()) || ofEnd(lex).test(text.slice(Math.max(0, first.start - 12), first.start)) || joinedInName(text, first.start, lex);
}

// A capitalised word in lower case after its first letter, hyphenated parts allowed ("John", "Anne-Marie").
const PLAIN_WORD = new RegExp(`^[${UPPER}][${LOWER}’']+(?:-[${UPPER}][${LOWER}’']+)*$`, 'u');

/**
 * Whether `text` is two or three capitalised words that no ending, initial or honorific marks as a
 * name, none of them a word of a place, organisation, event, position or speech ("John Smith", "Marco
 * Rossi"; not "Osh City", "Public Foundation", "Deputy Mayor", "Welcome Remarks"): a name where the
 * context says a person is.
 */
export function isBareName(text: string, lex: Lexicon): boolean {
  const words = text.trim().split(/\s+/);
  if (words.length < 2 || words.length > 3) return false;
  const places = placeWords(lex);
  return words.every((w) => PLAIN_WORD.test(w) && classify(w, lex) === 'word' && !places.has(w.toLowerCase()));
}

/**
 * Where a bare name of two or three words (isBareName) ends `words` after a position, an acronym or an
 * organisation's word ("the expert Sarah Miller", "the representative of UNICEF Sarah Miller", "… of the Department
 * John Smith"), or -1. Three words only after a position in lower case ("the expert Anna Maria Schmidt"): after a
 * capitalised word the first of three may be the organisation's.
 */
export function titledBareName(words: string, lex: Lexicon): number {
  const spans = [...words.matchAll(/\S+/g)];
  for (const n of [3, 2]) {
    const before = spans.at(-n - 1);
    if (!before) continue;
    const word = before[0];
    const lower = word.toLowerCase();
    const position = lex.names.titles.includes(lower) && (n === 2 || word === lower);
    // (A place's or organisation's word with its capital: the lexicon's phrases hold "of" and "the" too.)
    const body = (ALL_CAPS.test(word) && word.length >= 2) || (word !== lower && placeWords(lex).has(lower));
    if (!position && (n === 3 || !body)) continue;
    const at = spans.at(-n)!.index;
    if (isBareName(words.slice(at), lex) && !spans.slice(-n).some((m) => plural(m[0], lex))) return at;
  }
  return -1;
}

const placeWordSets = new WeakMap<Lexicon, Set<string>>();

/** The words of the lexicon's places, organisations, events and speech cues, lower case ("city", "foundation", "remarks"). */
function placeWords(lex: Lexicon): Set<string> {
  let set = placeWordSets.get(lex);
  if (!set) {
    const { city, region, district, organization, eventTypes } = lex.words;
    // (And the speech cues' words: "Welcome Remarks", "Opening Speech" are headings.)
    set = new Set([...city, ...region, ...district, ...organization, ...eventTypes, ...lex.cues.speech].flatMap((w) => w.toLowerCase().split(/\s+/)));
    placeWordSets.set(lex, set);
  }
  return set;
}

/** Whether one of the words of `text` is one of the lexicon's common given names. */
export function hasGivenName(text: string, lex: Lexicon): boolean {
  const known = givenNames(lex);
  return text.split(/[\s,]+/).some((w) => known.has(w.toLowerCase()));
}

const givenNameSets = new WeakMap<Lexicon, Set<string>>();

/** The lexicon's common given names as a set, lower case. */
function givenNames(lex: Lexicon): Set<string> {
  let set = givenNameSets.get(lex);
  if (!set) givenNameSets.set(lex, (set = new Set(lex.names.givenNames)));
  return set;
}

/**
 * Two plain words, one of them a common given name of the lexicon, make a name in either order ("Kim Sergei",
 * "Sergei Kim"); either may have a weak family ending ("Marina Ko", "Li Marina", "Voronina Elena").
 */
function givenPair(toks: Token[], lex: Lexicon): boolean {
  if (toks.length !== 2) return false;
  const known = givenNames(lex);
  const places = placeWords(lex);
  const plain = (t: Token) => PLAIN_WORD.test(t.text) && !places.has(t.text.toLowerCase());
  const given = toks.find((t) => known.has(t.text.toLowerCase()) && (t.kind === 'word' || t.kind === 'weak'));
  // (The other may have a weak ending too, a family name before the given name: "Voronina Elena".)
  return given !== undefined && toks.every((t) => plain(t) && (t === given || t.kind === 'word' || t.kind === 'weak'));
}

/**
 * A family name in capitals beside a common given name ("VORONINA Elena", "Elena VORONINA", "Dinara KIM"): capitals
 * mark the family name as an index does. Before the given name it needs a weak ending or to be one of the lexicon's
 * `bareFamilyNames` ("KIM Sergei"), which keeps an acronym out
 * ("UNDP Elena", the organisation before its officer); after it, any word in capitals of two letters or more, since
 * an organisation's acronym does not follow an officer's given name.
 */
function capitalsPair(toks: Token[], lex: Lexicon): boolean {
  if (toks.length !== 2) return false;
  const known = givenNames(lex);
  const [first, second] = toks as [Token, Token];
  const isGiven = (t: Token) => PLAIN_WORD.test(t.text) && known.has(t.text.toLowerCase());
  const capitals = (t: Token) => ALL_CAPS.test(t.text) && t.text.length >= 2;
  if (isGiven(first) && capitals(second) && (second.kind === 'word' || second.kind === 'weak')) return true;
  // (Or a common family name with no ending: "KIM Sergei".)
  return (first.kind === 'weak' || lex.names.bareFamilyNames.includes(first.text.toLowerCase())) && capitals(first) && isGiven(second);
}

/** Weak endings (-in, -ina) alone make a name only as "Given Family": two words, the weak one last. */
function weakName(toks: Token[]): boolean {
  return toks.length === 2 && toks[1]!.kind === 'weak' && toks[0]!.kind === 'word' && !ALL_CAPS.test(toks[0]!.text);
}

/**
 * Split a full name into its parts, in either order: the given name is the
 * word before the patronymic; otherwise family-name endings decide, and with
 * no evidence at all the Western order (given, family) is assumed.
 */
export function splitName(full: string, lex: Lexicon): PersonName {
  const toks = tokens(full, 0, lex).filter((t) => t.kind !== 'honorific');
  // (Tokens typed together stay together: "Т.Ш.Абдыров".)
  const cleanFull = toks.map((t, i) => (i > 0 && t.start > toks[i - 1]!.end ? ` ${t.text}` : t.text)).join('');
  // The parts without the comma of an inverted name ("Abdyrov, Tolonbek"); `full` keeps it, as written.
  for (const t of toks) t.text = t.text.replace(/,$/, '');
  let patronymic: string | null = null;
  let given: string | null = null;
  let family: string | null = null;
  const words: { text: string; kind: Kind; index: number }[] = [];
  let patronymicAt = -1;
  toks.forEach((t, i) => {
    if (t.kind === 'initial') return;
    if (t.kind === 'particle' && words.length > 0) {
      const father = words.pop()!;
      patronymic = `${father.text} ${t.text}`;
      patronymicAt = father.index;
      return;
    }
    if (t.kind === 'patronymic' && patronymic === null) {
      patronymic = t.text;
      patronymicAt = i;
      return;
    }
    words.push({ text: t.text, kind: t.kind, index: i });
  });
  if (patronymic !== null) {
    const before = words.filter((w) => w.index < patronymicAt).at(-1);
    const other = words.find((w) => w !== before);
    if (before && patronymicAt > 0 && before.kind === 'family' && other !== undefined && other.kind !== 'family') {
      // "Tolonbek Abdyrov Shakirovich": the word before the patronymic is the family name by its ending.
      given = other.text;
      family = before.text;
    } else if (before && patronymicAt > 0 && before.kind === 'family' && other === undefined) {
      // "Zhumaliev Kanat uulu": a word alone before the patronymic is the family name when its ending marks it.
      family = before.text;
    } else if (before && patronymicAt > 0) {
      given = before.text;
      family = other?.text ?? null;
    } else {
      // Patronymic first ("Bakyt uulu Almaz"): the next word is the given name, unless its family ending marks it and
      // the word after has none ("Kadyrbek kyzy Tashieva Aizada").
      const [next, last] = words;
      const familyFirst = next?.kind === 'family' && last !== undefined && last.kind !== 'family';
      given = (familyFirst ? last.text : next?.text) ?? null;
      family = (familyFirst ? next.text : last?.text) ?? null;
    }
  } else if (words.length === 1) {
    // A word alone, with initials or after an honorific ("Kim S.", "Ms. Kim"), is the family name.
    family = words[0]!.text;
  } else if (words.length >= 2) {
    const score = (k: Kind) => (k === 'family' ? 2 : k === 'weak' ? 1 : 0);
    const first = words[0]!;
    const last = words.at(-1)!;
    // Where no family ending marks one of them, a common given name does ("Kim Sergei", "Pak Marina").
    const known = givenNames(lex);
    const firstGiven = known.has(first.text.toLowerCase());
    const lastGiven = known.has(last.text.toLowerCase());
    if (firstGiven !== lastGiven && first.kind !== 'family' && last.kind !== 'family') {
      given = firstGiven ? first.text : last.text;
      family = firstGiven ? last.text : first.text;
    } else if (score(first.kind) > score(last.kind)) {
      family = first.text;
      given = last.text;
    } else {
      given = first.text;
      family = last.text;
    }
  }
  return { full: cleanFull, given, patronymic, family };
}
