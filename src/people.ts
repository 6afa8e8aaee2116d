/**
 * People with their roles, from a run of text such as
 * "deputy of X - **Name**, head of Y - **Name2**" (roles before each name) or
 * "Name, expert of X, member of Y, **Name2**, head of Z" (roles after).
 *
 * The text is cut at top-level commas, semicolons, spaced dashes and sentence
 * ends; each piece is a name, a role, or noise (the words that introduce the
 * speakers). A name preceded by a dash takes the roles just before it; any
 * other name takes the roles after it, up to the next name; roles never cross
 * a sentence end.
 */
import { strongWithin, textAcrossBreaks, type Doc, type Span } from './document.js';
import { isLabelText } from './labels.js';
import type { Lexicon } from './lexicon/types.js';
import type { PersonName } from './schema.js';
import { LETTER, LOWER, UPPER } from './letters.js';
import { findNames, hasGivenName, isBareName, isHonorific, splitName, titledBareName, type NameSpan } from './names.js';
import { HAS_LETTER, LINE_MARKS, OPENS_CAPITAL, WORD_END, WORD_START, allMatches, alternation, bracketSpans, cleanValue, firstEndingAfter, hasValue, hasWord, hasWordIn, ignoreCase, memoRegExp, isOneQuote, isQuotePair, leadingBracket, quotedSpans, sentenceEnd, sentenceStart, spansOverlapping, splitTopLevel, strayClosingBracket, trimSpan, unwrapQuotes, type Piece, stripMarkup } from './text.js';

/** A person found in the text, with document offsets for name and roles. */
export interface FoundPerson {
  name: PersonName;
  nameSpan: Span;
  roles: { text: string; span: Span }[];
}

interface Part extends Span {
  kind: 'name' | 'role' | 'noise';
  text: string;
  sep: Piece['sep'];
  /** A role found right after a cue ("speech performed the deputy of …"): only a dash can give it to a name. */
  weak?: boolean;
  /** A role written right before a name, with no separator ("opened by the deputy mayor X"): that name's. */
  adjacent?: boolean;
  /** A role that opens with "and" or "by" ("…, and by the head of X, Name"): it starts the next person, so a name after it takes it. */
  opens?: boolean;
  /** An adjacent role after a cue in its own piece ("“Title” was presented by the experts Name"): what stands before the cue is not the name's. */
  cued?: boolean;
  name?: NameSpan;
}

export interface PeopleOptions {
  /**
   * Take the first piece as a name when it looks like one, even without evidence (after a
   * "Moderator:" label, in a list item), in the text and in each of its entries between semicolons.
   */
  assumeName?: boolean;
  /** Cue words: a piece with one is noise up to the cue and its filler words ("A welcoming speech was made by"). */
  cues?: readonly string[];
  /** Words allowed between a cue and the first role or name. */
  fillers?: readonly string[];
  /** Spans of the document that are no role (talk titles: "Access to jobs – Name, expert"), sorted and disjoint. */
  noise?: readonly Span[];
}

interface Compiled {
  /** The lexicon the patterns are built from. */
  lex: Lexicon;
  /** Every cue (a global pattern: the first is firstCue's; allMatches finds the last that introduces, see leadingRole). */
  cues: RegExp;
  /** Text that ends with an "of" word ("head of the"): a cue after it names a thing ("head of the speech therapy centre"). */
  ofEnd: RegExp;
  /** Text that ends with an "of" word and capitalised words ("director of the Naryn Tourist "): a capitalised cue after it is in a name. */
  ofNameEnd: RegExp;
  /** Text that ends with an "of" word and a few more, no stop between ("director of the Naryn tourist "). */
  ofWordsEnd: RegExp;
  /** An organisation's noun that opens a text ("centre", "department"): a cue before it names the thing ("information centre"). */
  thingNext: RegExp;
  skip: RegExp;
  lead: RegExp;
  article: RegExp;
  /** A possessive pronoun before a word in lower case that opens a role ("its deputy director"). */
  possessivePronoun: RegExp;
  /** A position's label that opens a role's line ("Position: head of …"): no part of the role. */
  positionLabel: RegExp;
  /** The words of a clause that brings in a role ("…, who is the head of X"). */
  roleIntro: RegExp;
  /** Words right before a name that report what it said ("According to Name, …"). */
  reporting: RegExp;
  /** A reporting frame, an article after it or not, that ends a text (before the roles: "According to the | head of …"). */
  reportingLead: RegExp;
  /** A verb that brings in the one something was sent to, then up to a few words before the name ("sent to the governor "). */
  recipient: RegExp;
  relative: RegExp;
  /** The lexicon's ranks and positions ("expert", "head"), lower case. */
  titles: ReadonlySet<string>;
  /** The words that end a list with more left unnamed ("others", "etc.", "другие"), lower case: no role. */
  etcetera: ReadonlySet<string>;
  /** The kinds of speech, lower case: no role ("Name – deputy mayor (welcoming speech)"). */
  speechKinds: ReadonlySet<string>;
  /** An honorific that ends the text before a name, or is all of it: it belongs to the name ("… of the Council Mrs.", "and by Prof."). */
  trailingHonorific: RegExp;
  /** A joining word that ends the text before a name ("… from X and "). */
  trailingJoin: RegExp;
  /** A joining word between words ("… and …"), global: where the names before a cue part. */
  conjunction: RegExp;
  /** A joining word and a word that brings in a person ("… and by the head of X Name"): the next person starts there. */
  joinedHandover: RegExp;
  /** A joining word or one that brings in a person, opening a piece ("and the head of X", "by the mayor"): the piece starts another person. */
  opensPerson: RegExp;
  /** A word that brings in a person at the end of a cue's filler words ("speech was given by", "the floor was given to"): what follows is a person's role. */
  personEnd: RegExp;
  /** Each word that brings in a person ("by", "to"), with the space after it. */
  personWord: RegExp;
  /** An action that ends the text before a name ("The moderator thanked Name"): a clause about someone else, no role. */
  trailingAction: RegExp;
  /** Words that may lead a talk's quoted title ("on “X”", "на тему «X»"). */
  talkLead: RegExp;
  /** An article or a possessive pronoun and a position's word, maybe after its modifiers ("the head", "the first deputy", "its director"; "начальник"): where a role opens inside a talk's subject. */
  articlePosition: RegExp;
  /** A piece that opens with a topic word, not a role opener: the subject of a talk ("…, engineer, on the state of the pipes"). */
  subject: RegExp;
  /** The sentence openers ("then", "in conclusion"), lower case: a piece that is only one is no role. */
  openers: ReadonlySet<string>;
  /** A position that opens a text ("head of …", "the expert …"): an italic run that opens so is a role, no talk. */
  positionFirst: RegExp;
  /** A verb that makes a piece a clause of its own ("According to Name, role, funds are lacking"). */
  clause: RegExp;
  /** A verb of what happened that ends a piece ("the number of crimes decreased"). */
  clauseEnd: RegExp;
  /** The lexicon's ranks, longest first ("police major" before "major"). */
  ranks: readonly string[];
  /** A word that cannot end a role: a joining word, an article, "of". */
  openEnd: RegExp;
  /** A position's word that ends a text, which a line wrapped after it may go on ("… Prosecutor" / "General"). */
  positionEnd: RegExp;
  /** A verb of saying inside a piece, where a role that runs on into a clause ends ("head of X spoke about Y"). */
  sayingVerb: RegExp;
  /** A possessive ending right after a name (the lexicon's `names.possessiveEndings`). */
  possessive: RegExp;
  /** An honorific that opens a role ("H.E. Ambassador"): no part of it. */
  leadingHonorific: RegExp;
  /** A relative word that ends a text ("… that "): a verb after it is its clause's, inside a role. */
  relativeEnd: RegExp;
  /** A word of time that opens a piece ("After the opening"): the piece says when, no role. */
  timeLead: RegExp;
  /** Words that hand the floor on ("followed by", and the sentence openers, "then"), see trailingHandover. */
  handoverWords: readonly string[];
  /** Text that is only honorifics ("Mr.", "Dr.") or ends with a filler ("… by"): it introduces a name, it is no role. */
  introduces: RegExp;
  /** A word that brings in the organisation, opening a role ("from UNDP"): no part of it. */
  affiliation: RegExp;
}
// Per lexicon, then per cue list (the lists of one lexicon are its own arrays; NONE is shared).
const compiled = new WeakMap<Lexicon, WeakMap<readonly string[], Compiled>>();
// The patterns that depend on the lexicon alone, built once for all its cue lists.
const perLexicon = new WeakMap<Lexicon, Omit<Compiled, 'cues' | 'skip' | 'introduces'>>();
// One shared empty list, so the cache above is keyed on the same object every call.
const NONE: readonly string[] = [];

/** The first cue word in `text` that is not inside an organisation's name (see cueInName), or null. */
function firstCue(p: Compiled, text: string): RegExpExecArray | null {
  p.cues.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = p.cues.exec(text)) !== null && (OPENS_CAPITAL.test(m[0]) ? p.ofNameEnd.test(text.slice(Math.max(0, m.index - NAME_REACH), m.index)) : cueBeforeThing(text, m, p)));
  return m;
}

/**
 * Whether the cue `m` of `words` names a thing, not a speech: after an "of" phrase ("head of the speech therapy centre"),
 * capitalised among an organisation's capitalised words after one ("director of the Naryn Tourist Information Center"),
 * or a few words into one before an organisation's noun ("director of the Naryn tourist information centre").
 */
function cueInName(words: string, m: RegExpExecArray, p: Compiled): boolean {
  return (
    p.ofEnd.test(words.slice(Math.max(0, m.index - 40), m.index)) ||
    (OPENS_CAPITAL.test(m[0]) && p.ofNameEnd.test(words.slice(Math.max(0, m.index - NAME_REACH), m.index))) ||
    cueBeforeThing(words, m, p)
  );
}

/** Whether the cue `m` of `text` stands before an organisation's noun, a few words after an "of" phrase ("… of the tourist information centre"). */
function cueBeforeThing(text: string, m: RegExpExecArray, p: Compiled): boolean {
  const end = m.index + m[0].length;
  return p.thingNext.test(text.slice(end, end + 40)) && p.ofWordsEnd.test(text.slice(Math.max(0, m.index - NAME_REACH), m.index));
}

/** How far before a cue the "of" phrase of an organisation's name is looked for. */
const NAME_REACH = 80;

function compile(lex: Lexicon, cues: readonly string[], fillers: readonly string[]): Compiled {
  let byCues = compiled.get(lex);
  if (!byCues) compiled.set(lex, (byCues = new WeakMap()));
  let c = byCues.get(cues);
  if (!c) {
    c = {
      ...lexiconPatterns(lex),
      // One pattern for the first cue and for every one: V8 would compile each flag set apart (~0.3 MB of machine code).
      cues: ignoreCase(`${WORD_START}(?:${alternation(cues)})${WORD_END}`, 'g'),
      skip: ignoreCase(`^[\\s:,]*(?:(?:${alternation([...fillers, ...cues])})${WORD_END}[\\s:,]*)*`),
      introduces: ignoreCase(`^(?:(?:${alternation(lex.words.honorifics)})\\.?\\s*)+$|${WORD_START}(?:${alternation(fillers)})$`),
    };
    byCues.set(cues, c);
  }
  return c;
}

/** The patterns of findPeople that depend on the lexicon alone (shared by all its cue lists). */
function lexiconPatterns(lex: Lexicon): Omit<Compiled, 'cues' | 'skip' | 'introduces'> {
  let c = perLexicon.get(lex);
  if (!c) {
    c = {
      lex,
      ofEnd: ignoreCase(`${WORD_START}(?:${alternation(lex.words.labelOf)})\\s+$`),
      // (Case heeded: the "of" words as written in a sentence, then up to four capitalised words.)
      ofNameEnd: new RegExp(`${WORD_START}(?:${alternation(lex.words.labelOf)})\\s+(?:[${UPPER}][${LETTER}’'-]*\\s+){1,4}$`, 'u'),
      ofWordsEnd: ignoreCase(`${WORD_START}(?:${alternation(lex.words.labelOf)})\\s+(?:[${LETTER}’'-]+[ \\t]+){1,3}$`),
      thingNext: ignoreCase(`^[ \\t]+(?:${alternation(lex.words.organization)})${WORD_END}`),
      // Joining words, words that open a sentence ("Then the director of … Name shared …"), and "by" or "to" before a person ("…, and by the head of …").
      lead: ignoreCase(`^(?:(?:${alternation([...lex.words.conjunctions, ...lex.words.sentenceOpeners, ...lex.words.personWords])})${WORD_END}[\\s,]*)+`),
      article: ignoreCase(`^(?:${alternation(lex.words.articles)})\\s+`),
      possessivePronoun: lex.words.possessivePronouns.length > 0 ? ignoreCase(`^(?:${alternation(lex.words.possessivePronouns)})\\s+`) : /(?!)/,
      affiliation: lex.words.affiliationWords.length > 0 ? ignoreCase(`^(?:${alternation(lex.words.affiliationWords)})\\s+`) : /(?!)/,
      roleIntro: ignoreCase(`^[\\s,]*(?:${alternation(lex.words.roleIntro)})${WORD_END}[ \\t]*`),
      reporting: ignoreCase(`${WORD_START}(?:${alternation(lex.words.reportingFrames)})[\\s*_]*$`),
      reportingLead: ignoreCase(`${WORD_START}(?:${alternation(lex.words.reportingFrames)})(?:\\s+(?:${alternation(lex.words.articles)}))?[\\s*_]*$`),
      // (Group 1: what stands between the verb and the name.)
      recipient: ignoreCase(`${WORD_START}(?:${alternation(lex.words.recipientLead)})${WORD_END}([^.;:()\\n]{0,${RECIPIENT_REACH}})$`),
      positionLabel: ignoreCase(`^(?:${alternation(lex.words.positionLabels)})[ \\t]*:[ \\t]*`),
      relative: ignoreCase(`^(?:${alternation([...lex.words.relative, ...lex.words.actions])})${WORD_END}`),
      titles: new Set(lex.names.titles),
      etcetera: new Set(lex.words.etcetera),
      speechKinds: new Set(lex.words.speechKinds),
      // (Or right after a bracket opened on the name: "the Ministry of Health (Dr. Name)".)
      trailingHonorific: ignoreCase(`(?:^|[\\s(])(?:${alternation(lex.words.honorifics)})\\.?\\s*$`),
      // (Or before the position: "H.E. Ambassador John Smith".)
      leadingHonorific: ignoreCase(`^(?:${alternation(lex.words.honorifics)})\\.?\\s+`),
      trailingJoin: ignoreCase(`\\s(?:${alternation(lex.words.conjunctions)})\\s*$`),
      conjunction: ignoreCase(`\\s+(?:${alternation(lex.words.conjunctions)})\\s+`, 'g'),
      handoverWords: [...lex.words.handover, ...lex.words.sentenceOpeners],
      joinedHandover:
        lex.words.personWords.length > 0 ? ignoreCase(`[ \\t](?:${alternation(lex.words.conjunctions)})[ \\t]+(?:${alternation(lex.words.personWords)})${WORD_END}`) : /(?!)/,
      opensPerson: ignoreCase(`^(?:${alternation([...lex.words.conjunctions, ...lex.words.personWords])})${WORD_END}`),
      personEnd: ignoreCase(`${WORD_START}(?:${alternation(lex.words.personWords)})[\\s:,]*$`),
      personWord: ignoreCase(`${WORD_START}(?:${alternation(lex.words.personWords)})\\s+`, 'g'),
      trailingAction: ignoreCase(`${WORD_START}(?:${alternation(lex.words.actions)})\\s*$`),
      // (Not "on behalf of", which opens a role: "Speaking on behalf of IOM, Name noted …".)
      talkLead: ignoreCase(`^(?!(?:${alternation(lex.words.roleOpeners)})${WORD_END})(?:${alternation([...lex.cues.talkTopic, ...lex.cues.topic, ...lex.cues.topicJoin])})${WORD_END}\\s*:?\\s*`),
      positionFirst: ignoreCase(`^(?:(?:${alternation(lex.words.articles)})\\s+)?(?:${alternation(lex.names.titles)})${WORD_END}`),
      // (In a language without articles, the title's word alone, as its case tells: the lexicon's titles are nominatives,
      // "о ситуации начальник отдела Name".)
      // (Or a possessive pronoun: "… about the work of the centre its director Name".)
      articlePosition: ignoreCase(`${WORD_START}${lex.words.articles.length === 0 ? '' : `(?:${alternation([...lex.words.articles, ...lex.words.possessivePronouns])})\\s+`}(?:(?:${alternation(lex.names.positionModifiers)})[\\s-]+)*(?:${alternation(lex.names.titles)})${WORD_END}`, 'g'),
      openers: new Set([...lex.words.sentenceOpeners, ...lex.words.ordinalOpeners]),
      clause: ignoreCase(`${WORD_START}(?:${alternation(lex.words.clauseVerbs)})${WORD_END}`),
      clauseEnd: lex.words.endingVerbs.length === 0 ? /(?!)/ : ignoreCase(`${WORD_START}(?:${alternation(lex.words.endingVerbs)})$`),
      ranks: [...lex.names.ranks].sort((a, b) => b.length - a.length),
      positionEnd: ignoreCase(`${WORD_START}(?:${alternation(lex.names.titles)})$`),
      openEnd: ignoreCase(`${WORD_START}(?:${alternation([...lex.words.articles, ...lex.words.conjunctions, ...lex.words.labelOf, ...lex.words.personWords])})$`),
      sayingVerb: ignoreCase(`${WORD_START}(?:${alternation(lex.words.sayingVerbs)})${WORD_END}`),
      possessive: lex.names.possessiveEndings.length > 0 ? new RegExp(`^(?:${alternation(lex.names.possessiveEndings)})${WORD_END}`, 'u') : /(?!)/,
      relativeEnd: ignoreCase(`${WORD_START}(?:${alternation(lex.words.relative)})\\s+$`),
      timeLead: ignoreCase(`^(?:${alternation(lex.words.timeLeads)})\\s`),
      subject: ignoreCase(`^(?!(?:${alternation(lex.words.roleOpeners)})${WORD_END})(?:${alternation([...lex.cues.topicJoin, ...lex.cues.subjectLead])})\\s`),
    };
    perLexicon.set(lex, c);
  }
  return c;
}

/** Find the people named in `doc.text[start, end)` with the roles attached to each. */
export function findPeople(doc: Doc, start: number, end: number, options: PeopleOptions = {}): FoundPerson[] {
  const text = doc.text.slice(start, end);
  const lex = doc.lexicon;
  const strong = strongWithin(doc, start, end).map((s) => ({ start: s.start - start, end: s.end - start }));
  // (A name cut by a blank line that broke its paragraph off is read across it.)
  const names = findNames(textAcrossBreaks(doc, start, end), lex, { strong, exclude: quotedSpans(text) });
  const patterns = compile(lex, options.cues ?? NONE, options.fillers ?? NONE);
  const parts = toParts(text, names, lex, patterns, options.cues?.length ? patterns : undefined);
  dropReported(parts, text, patterns);
  // (Only where one of its verbs stands: its pattern is then never compiled for most documents.)
  if (hasWordIn(doc, { start, end }, lex.words.recipientLead)) dropRecipients(parts, text, patterns, lex);
  if (lex.words.labelOf.length > 0 && hasWordIn(doc, { start, end }, lex.words.sayingVerbs)) dropPossessors(parts, text, lex, patterns);
  if ((lex.words.thanksVerbs.length > 0 && hasWordIn(doc, { start, end }, lex.words.thanksVerbs)) || (lex.words.mentionFrames.length > 0 && hasWordIn(doc, { start, end }, lex.words.mentionFrames))) dropThanked(parts, text, lex);
  if (lex.words.mentionFrames.length > 0 && hasWordIn(doc, { start, end }, lex.words.mentionFrames)) dropFrameRoles(parts, text, lex, patterns);
  if (lex.words.contentLeads.length > 0 && hasWordIn(doc, { start, end }, lex.words.contentLeads)) dropSaid(parts, text, lex);
  if (lex.words.readOut.length > 0 && hasWordIn(doc, { start, end }, lex.words.readOut) && hasWordIn(doc, { start, end }, lex.words.messages)) dropSenders(parts, text, lex);
  if (options.cues?.length) bareNames(parts, text, lex, patterns);
  // (Only the noise spans in reach, a title's quotes included: a document may have thousands of titles and of paragraphs.)
  const noise = options.noise && spansOverlapping(options.noise, start - 1, end + 1);
  if (noise?.length) {
    let last: Part | undefined;
    for (const part of parts) {
      if (part.kind !== 'role') continue;
      dropNoise(part, text, start, noise, patterns);
      // (Roles split from the same words come to the same text where the title was one of them: "expert of FAO (on
      // pasture committees)" gave "expert of FAO" twice.)
      if (last && sameSpan(last, part) && last.text === part.text) part.kind = 'noise';
      last = part;
    }
  }
  // Each entry of a list on one line ("Speakers: A, expert; Kim Sergei, lawyer") as each list item.
  if (options.assumeName) {
    for (const entry of entries(parts, text)) {
      // An occupation before the name ("Journalist Kim Sergei") is its role, right before it.
      const title = assumeName(entry, text, lex, patterns);
      if (title) parts.splice(parts.indexOf(title.name), 0, title.role);
      namesOnly(entry, text, lex);
      rolesAfterPeriod(entry, text, lex, patterns);
    }
  }
  const people = assign(parts, text);
  shareListRole(people, parts, text, lex);
  return people.map(({ name, roles }) => ({
    name: splitName(name.name!.full, lex),
    nameSpan: { start: start + name.name!.start, end: start + name.name!.end },
    roles: joinNameParts(roles, text, lex).map((r) => ({ text: r.text, span: { start: start + r.start, end: start + r.end } })),
  }));
}

/**
 * Roles cut at a comma inside an organisation's name joined again: "member of the State Agency
 * for Architecture, Construction and Housing and Communal Services", "Ministry of Labour,
 * Social Security and Migration". After a role that ends with a capitalised word ("… for
 * Architecture"), a run of parts of capitalised words only, up to one with a conjunction ("…
 * and Communal Services"), goes on that name; "…, Doctor of Economics, Professor" stays three
 * roles, as the run has no conjunction; in lower case, short fields after "of" do the same ("deputy minister
 * of labour, social security and migration"). Russian names go on in lower case: there a piece that opens
 * with a genitive adjective or noun goes on ("министра труда, социального обеспечения и миграции").
 */
function joinNameParts(roles: Part[], text: string, lex: Lexicon): Part[] {
  const out: Part[] = [];
  const texts = roles.map((r) => r.text);
  for (let i = 0; i < roles.length; i++) {
    const role = roles[i]!;
    const last = nameRunEnd(texts, i, lex, (j) => adjacent(roles[j - 1]!, roles[j]!, text));
    if (last === i) {
      out.push(role);
      continue;
    }
    // The parts between, and their commas, as written (white space as one space, as in every value: "…, Information," /
    // "Sports and Youth Policy" had kept the line break).
    out.push({ ...role, end: roles[last]!.end, text: stripMarkup(role.text + text.slice(role.end, roles[last]!.start) + roles[last]!.text) });
    i = last;
  }
  return out;
}

/**
 * Of `roles`, the last that role `i` goes on into as one organisation's name cut at its commas (see joinNameParts), or
 * `i`; `follows(j)` says whether only a comma parts role `j` from the one before it.
 */
function nameRunEnd(roles: string[], i: number, lex: Lexicon, follows: (j: number) => boolean): number {
  let last = i;
  // "министра труда, социального обеспечения и миграции": a piece that opens with a genitive adjective goes on the name before it.
  while (last + 1 < roles.length && continues(roles[last + 1]!, lex) && follows(last + 1)) last++;
  if (last === i && ENDS_WITH_NAME.test(roles[i]!)) {
    for (let j = i + 1; j < roles.length && capitalisedOnly(roles[j]!, lex) && follows(j); j++) {
      if (hasWord(roles[j]!, lex.words.conjunctions)) last = j;
    }
  }
  // "deputy minister of labour, social security and migration": in lower case, after a role that ends with
  // "of" and a word or two, short fields up to one with a conjunction, none opening with a position.
  if (last === i && endsWithField(roles[i]!, lex)) {
    for (let j = i + 1; j < roles.length && j <= i + 3 && fieldOnly(roles[j]!, lex) && follows(j); j++) {
      if (hasWord(roles[j]!, lex.words.conjunctions)) return j;
    }
  }
  return last;
}

// A role of two words or more whose last word is capitalised ("… of the State Agency for Architecture").
const ENDS_WITH_NAME = new RegExp(`\\s[${UPPER}][${LOWER}'’-]+$`, 'u');

/**
 * Whether every word of `text` is capitalised but for the lexicon's conjunctions, "of" words and
 * articles ("Housing and Communal Services", "Social Security and Migration of the Kyrgyz
 * Republic"), and it does not open with a title of its own ("Doctor of Economics and Law").
 */
function capitalisedOnly(text: string, lex: Lexicon): boolean {
  const words = text.split(/\s+/);
  const minor = (w: string) => lex.words.conjunctions.includes(w) || lex.words.labelOf.includes(w) || lex.words.articles.includes(w);
  return (
    words.length <= 8 &&
    !lex.names.titles.includes(words[0]!.toLowerCase()) &&
    words.every((w) => OPENS_CAPITAL.test(w) || minor(w.toLowerCase()))
  );
}

/** Whether a role ends with an "of" word and a word or two in lower case ("… minister of labour", "… department of social protection"). */
function endsWithField(role: string, lex: Lexicon): boolean {
  const words = role.split(/\s+/);
  return [2, 3].some((back) => {
    const of = words[words.length - back];
    return of !== undefined && lex.words.labelOf.includes(of) && words.slice(-back + 1).every((w) => w === w.toLowerCase());
  });
}

/** Whether a piece is a short field in lower case (up to six words, a conjunction among them) that opens with no position, title or article. */
function fieldOnly(piece: string, lex: Lexicon): boolean {
  const words = piece.split(/\s+/);
  const first = words[0]!;
  return (
    words.length <= FIELD_WORDS &&
    piece === piece.toLowerCase() &&
    !lex.names.titles.includes(first) &&
    !lex.words.articles.includes(first) &&
    !lex.words.conjunctions.includes(first)
  );
}

/** The most words of a field a lower-case name goes on with ("…, construction and housing and communal services"). */
const FIELD_WORDS = 6;

/** Whether a role opens with a word that only goes on another's name (the lexicon's `continuationEndings`). */
function continues(role: string, lex: Lexicon): boolean {
  const first = role.split(/\s/, 1)[0]!;
  return first === first.toLowerCase() && lex.words.continuationEndings.some((e) => first.length > e.length + 2 && first.endsWith(e));
}

/** Whether only a comma and white space part two roles in `text`. */
function adjacent(a: Part, b: Part, text: string): boolean {
  return /^\s*,\s*$/.test(text.slice(a.end, b.start));
}

/** What stands between a role and a talk title beside it. */
const SEPARATORS = ' \t\n:;,–—-';

/**
 * A role part without the noise spans it overlaps (the talk titles): "expert: Migration trends"
 * keeps "expert" when "Migration trends" is a title, across the colon; a part that is all
 * noise, or joined to the title without a separator ("on “Title”"), becomes noise.
 * `text` starts at `offset` in the document, where the noise spans are.
 */
function dropNoise(part: Part, text: string, offset: number, noise: readonly Span[], p: Compiled): void {
  // (Sorted and disjoint: only the spans from the first that may reach the part are looked at, so a line of
  // thousands of talks stays linear.)
  let cut = false;
  for (let i = firstEndingAfter(noise, offset + part.start - 1); i < noise.length; i++) {
    const n = noise[i]!;
    if (n.start - 1 >= offset + part.end) break;
    let from = n.start - offset;
    let to = n.end - offset;
    // A title's quotes are the title's ("…, head of the office: “Migration statistics”"), and so are its italics' marks
    // ("…, coordinator: _Safe migration_").
    if (isQuotePair(text[from - 1], text[to]) || ((text[to] === '*' || text[to] === '_') && text[from - 1] === text[to])) [from, to] = [from - 1, to + 1];
    if (to <= part.start || from >= part.end) continue;
    // The role is what stands before the title, or after it, without the separators between.
    let start = from > part.start ? part.start : to;
    let end = from > part.start ? from : part.end;
    // Only across a separator: "on “Water tariffs”" is all the talk's; a bracket opened on the title is one
    // ("head of the employment service (“Seasonal jobs”)"), and so is one opened after it ("Youth unemployment
    // (head of the employment centre Bakyt Asanov)").
    // (A title on a line of its own is apart too: "Director of the employment centre" / "“Youth unemployment”".)
    // (A few characters looked at on either side: a line of thousands of talks stays linear.)
    const tail = text.slice(to, to + LINE_MARKS + 1);
    const ownLine = /\n[ \t*_]*$/.test(text.slice(Math.max(0, from - LINE_MARKS - 1), from)) && (/^[ \t*_.;,]*\n/.test(tail) || (to + tail.length === text.length && /^[ \t*_.;,]*$/.test(tail)));
    const apart = ownLine || (from > part.start ? /[:;,–—(-]\s*$/.test(text.slice(start, end)) : /^\s*[:;,–—(-]/.test(text.slice(start, end)));
    // After the title, "… was made by the head of X, Name": what follows "by" is the role of the person named next.
    const by = !apart && from <= part.start ? afterLastPersonWord(text, start, end, p) : undefined;
    if (by !== undefined) {
      start = by;
      part.opens = true;
    } else if (!apart) {
      part.kind = 'noise';
      return;
    }
    while (start < end && SEPARATORS.includes(text[start]!)) start++;
    while (end > start && SEPARATORS.includes(text[end - 1]!)) end--;
    part.start = start;
    part.end = end;
    cut = true;
  }
  if (!cut) return;
  // (Its text once, after the last title: a role with thousands of titles on lines of their own stays linear.)
  const role = roleText(text.slice(part.start, part.end), p);
  // (An honorific alone is the name's: "Youth unemployment (Mr. Bakyt Asanov, …)".)
  if (role === '' || role.replace(p.trailingHonorific, '') === '') part.kind = 'noise';
  else part.text = role;
}

/** The parts cut at semicolons, and at commas after a bracket: the entries of a list written on one line. */
function entries(parts: Part[], text: string): Part[][] {
  const out: Part[][] = [[]];
  let previous: Part | undefined;
  for (const part of parts) {
    // A comma after a bracket parts entries too: "Asanov Bolot (Ministry of Labour), Kim Sergei (IOM)"
    // (not between the roles of one piece, which share its span).
    const afterBracket = part.sep === ',' && previous !== undefined && previous.start !== part.start && CLOSES.test(text.slice(previous.start, part.start));
    if ((part.sep === ';' || afterBracket) && out.at(-1)!.length > 0) out.push([]);
    out.at(-1)!.push(part);
    previous = part;
  }
  return out;
}

// What may stand before a piece's words: white space, emphasis, punctuation and dashes.
const PIECE_LEAD = /^[\s*_,:;–—-]+/;

// A part that ends with a closing bracket, up to the next one.
const CLOSES = /\)[\s*_]*,[\s*_]*$/;

/**
 * A label's one person with roles after a period that end its line ("Moderator: Name. Chairperson of X, professor."):
 * the period parts no sentences there, so the roles are the name's; not a clause with a verb ("Name. Head of X opened
 * the meeting", the lexicon's `actions` and `clauseVerbs`).
 */
function rolesAfterPeriod(entry: Part[], text: string, lex: Lexicon, p: Compiled): void {
  const at = entry.findIndex((part) => part.kind === 'name');
  const next = entry[at + 1];
  if (at < 0 || !next || next.kind !== 'role' || next.sep !== '.') return;
  const lineEnd = text.indexOf('\n', next.start);
  const rest = text.slice(entry[at]!.end, lineEnd < 0 ? text.length : lineEnd);
  if (rest.includes('\n') || !p.positionFirst.test(next.text) || hasWord(rest, lex.words.actions) || hasWord(rest, lex.words.clauseVerbs)) return;
  // (Up to the line's end, only its roles: no other name, nothing that is no role.)
  if (entry.some((part, i) => i > at && (part.kind !== 'role' || part.start > entry[at]!.end + rest.length))) return;
  next.sep = ',';
}

/**
 * With no name among `parts`, the first role that looks like a name is one; an occupation before it
 * ("Journalist Kim Sergei") is no part of the name but its role, returned to go right before it.
 * Not one written after an article: "the survey conducted by the Public Council" names a body.
 */
function assumeName(parts: Part[], text: string, lex: Lexicon, p: Compiled): { name: Part; role: Part } | undefined {
  if (parts.some((part) => part.kind === 'name')) return undefined;
  const first = parts.find((part) => part.kind === 'role');
  // "Moderator: the expert Sarah Miller", "- the representative of UNICEF John Smith": a bare name after a position, an
  // acronym or an organisation's word, the words before it its role.
  // (After its roles, a bare name that ends the entry is the name: "Moderator: coordinator of UNDP Green Economy – Sarah
  // Miller", whose first piece ends with two capitalised words too.)
  const last = parts.findLast((part) => part.kind !== 'noise');
  if (first && last !== first && last?.kind === 'role' && !looksLikeBareName(first.text) && isBareName(last.text, lex)) {
    const at = textAt(last, text);
    if (at >= 0) asName(last, at);
    return undefined;
  }
  const titled = first && !looksLikeBareName(first.text) ? titledBareName(first.text, lex) : -1;
  const at = titled > 0 ? textAt(first!, text) : -1;
  const lead = at >= 0 ? roleText(first!.text.slice(0, titled), p) : '';
  if (lead !== '') {
    const role: Part = { kind: 'role', start: first!.start, end: at + titled, text: lead, sep: first!.sep, adjacent: true };
    first!.start = at + titled;
    first!.text = first!.text.slice(titled);
    first!.sep = '';
    asName(first!, first!.start);
    for (const part of parts) if (part !== first && part.start === role.start) part.weak = false;
    return { name: first!, role };
  }
  // (Not one word in capitals, an organisation's acronym: "Aida Bekova, expert (IOM), UNDP".)
  if (!first || !looksLikeBareName(first.text) || ACRONYM_ONLY.test(first.text)) return undefined;
  // (Nor a label of the lexicon, an item that opens the next section: "Speakers:" / "- Kim Oleg" / "- Recommendations".)
  if (isLabelText(first.text, lex)) return undefined;
  // (Nor a position alone: "…, Chairman of the Board; Professor", "…; Senior Lecturer" are roles.)
  if (first.text.toLowerCase().split(/\s+/).every((w) => lex.names.titles.includes(w) || lex.names.positionModifiers.includes(w))) return undefined;
  const title = /^(\S+)\s+(?=\S+\s+\S)/u.exec(first.text);
  const skip = title && lex.names.titles.includes(title[1]!.toLowerCase()) ? title[0].length : 0;
  if (skip === 0 && p.article.test(text.slice(first.start, first.end).replace(PIECE_LEAD, '').replace(p.lead, ''))) return undefined;
  first.kind = 'name';
  first.name = { start: first.start + skip, end: first.end, full: first.text.slice(skip) };
  // The roles of its piece are no longer "right after a cue": they are this name's ("Speakers: Kim Sergei (IOM), …").
  for (const part of parts) if (part !== first && part.start === first.start) part.weak = false;
  if (!title || skip === 0) return undefined;
  const role: Part = { kind: 'role', start: first.start, end: first.start + title[1]!.length, text: title[1]!, sep: first.sep, adjacent: true };
  first.sep = '';
  return { name: first, role };
}

/**
 * An entry of names alone between commas ("Speakers: Kim Sergei, Li Anna, Park Olga", "John Smith, Anna
 * Schmidt, Marco Rossi"): when its first name is a bare name (isBareName: no family ending, initial or
 * honorific) and so is every part after it, two at least, each is a name, not a role of the first; so are
 * bare names before it when the whole entry is such names. A first name that has an ending keeps its parts
 * as roles ("Asanov Bakyt, Jogorku Kenesh": a body no lexicon names), and so do one part after it ("John
 * Smith, World Vision"), unless both hold a common given name ("Kim Sergei, Li Anna"), and one role among
 * them ("Marco Rossi, John Smith, expert").
 */
function namesOnly(entry: Part[], text: string, lex: Lexicon): void {
  const first = entry.findIndex((part) => part.kind === 'name');
  if (first < 0) return;
  const bare = (parts: Part[]) => parts.every((part, i) => (i === 0 || part.sep === ',') && isBareName(nameText(part), lex));
  // (A label that opens the entry, "Speakers:", is noise before it.)
  const lead = entry.findIndex((part) => part.kind !== 'noise');
  const run = bare(entry.slice(lead)) ? entry.slice(lead) : entry.slice(first);
  if (run.length < 2 || !bare(run)) return;
  // (Two names alone, "Kim Sergei, Li Anna", each with one of the lexicon's common given names.)
  if (run.length <= FEW_NAMES && !run.every((part) => hasGivenName(nameText(part), lex))) return;
  const starts = run.map((part) => (part.kind === 'name' ? part.name!.start : textAt(part, text)));
  if (starts.some((at) => at < 0)) return;
  run.forEach((part, i) => part.kind === 'role' && asName(part, starts[i]!));
}

/** A part's text as a name: the name it holds, or a role's text. */
function nameText(part: Part): string {
  return part.kind === 'name' ? part.name!.full : part.text;
}

/** Names alone this many or fewer in an entry must each hold a common given name to be names (namesOnly). */
const FEW_NAMES = 2;

/** Where the part's cleaned text stands in `text`, inside the part, or -1. */
function textAt(part: Part, text: string): number {
  const at = text.indexOf(part.text, part.start);
  return at >= 0 && at + part.text.length <= part.end ? at : -1;
}

/** Make a role part a name, its text standing at `at`. */
function asName(part: Part, at: number): void {
  part.kind = 'name';
  part.name = { start: at, end: at + part.text.length, full: part.text };
  part.weak = false;
}

// One word in capitals: an acronym ("UNDP", "AUCA").
const ACRONYM_ONLY = new RegExp(`^[${UPPER}]{2,}$`, 'u');

/** One to four capitalised words, optionally after an honorific: a name by its shape alone. */
function looksLikeBareName(text: string): boolean {
  return BARE_NAME.test(text);
}

const BARE_NAME = new RegExp(String.raw`^(?:[${UPPER}][${LOWER}]*\.?\s+)?[${UPPER}][${LETTER}’'-]+(?:\s+(?:[${UPPER}][${LETTER}’'-]*|[${UPPER}][${LOWER}]?\.)){0,3}$`, 'u');

// What may stand before a name that opens its line: indentation, emphasis, a bullet or an item
// number ("1.", "**1.**", "1)", "(1)", "a)", "IV.").
const LINE_LEAD = new RegExp(`^[ \\t]*[*_]*(?:(?:[-*+•–—]|\\d{1,3}[.)]|\\(\\d{1,3}\\)|[${LETTER}]\\)|[IVX]{1,5}\\.)[*_]*[ \\t]+)?[*_ \\t]*$`, 'u');

/**
 * Whether the last name of `parts` stands inside its line, after words of prose ("… by the head Kenzhebaev Marat, …"),
 * not at its start as an entry's does ("Kenzhebaev Marat, head of …"; a line's lead, "1. ", "- **", aside) or after a
 * colon ("Speakers: Aida Bekova, …").
 */
function afterNameInProse(parts: readonly Part[], text: string, p: Compiled): boolean {
  const last = parts.findLast((part) => part.kind === 'name');
  if (!last) return false;
  const lead = text.slice(text.lastIndexOf('\n', last.start - 1) + 1, last.start);
  // (A label's colon before it opens entries as a line's start does: "Speakers: Aida Bekova, teacher" / "Nurlan Bekov, doctor".)
  return !isLineLead(lead, p) && !LEAD_COLON.test(lead);
}

/** Whether `lead`, the text from a line's start to a name, is only a line's lead, an honorific after it or not ("1. ", "- **", "Mr. "). */
function isLineLead(lead: string, p: Compiled): boolean {
  return LINE_LEAD.test(lead) || LINE_LEAD.test(lead.replace(p.trailingHonorific, ''));
}

const LEAD_COLON = /[:：][ \t*_]*$/;

function toParts(text: string, names: NameSpan[], lex: Lexicon, p: Compiled, cues: Compiled | undefined): Part[] {
  const parts: Part[] = [];
  let n = 0; // names and pieces are both in text order: walk them together
  for (const piece of joinedOverNames(splitTopLevel(text, { sentences: lex }), names, text)) {
    let at = piece.start;
    let sep = piece.sep;
    while (n < names.length && names[n]!.start < piece.start) n++;
    for (; n < names.length && names[n]!.end <= piece.end; n++) {
      const name = names[n]!;
      // Words before a name in its own piece: "was made by" and "and" introduce it, but what
      // follows the last cue is its role ("opened by the deputy mayor of Osh city Tashiev A.B.").
      // A name that opens a line ends what the line before it said: that was the previous person's.
      // (Searched only between the last part and the name: a search back through the whole
      // text for every name is quadratic on a long line of names.)
      // (A line that only wraps on to the name, "… of the Ministry of Transport\nchairwoman – Name", goes on.)
      // "Name (“Title”) and by the head of X Name2": a bracket right after a name is that name's (its
      // roles or its talk), and what follows it is read on its own.
      if (parts.at(-1)?.kind === 'name' && parts.at(-1)!.end === at) {
        const between = text.slice(at, name.start);
        // (Past the bold marks that close the name: "**Name** (role) and **Name2**".)
        const pad = between.length - between.replace(EMPHASIS_LEAD, '').length;
        const bracket = leadingBracket(between.slice(pad));
        if (bracket) {
          pushText(parts, text, at, at + pad + bracket.end, sep, p, cues);
          at += pad + bracket.end;
          sep = '';
        } else {
          // "“Title” (by Name, IOM) and “Title2” (by Name2, …)": a bracket opened before the name closes on its roles,
          // and what follows it is read on its own.
          const close = strayClosingBracket(between);
          if (close > 0) {
            pushText(parts, text, at, at + close, sep, p, cues);
            at += close;
            sep = '';
          }
        }
      }
      const lineBreak = at + text.slice(at, name.start).lastIndexOf('\n');
      // (Past an honorific too: "Summary of presentations" / "Mr. Talant Osmonov (State Tax Service) explained …".)
      const lineLead = lineBreak >= at ? text.slice(lineBreak + 1, name.start) : '';
      // (Not where the person before stands inside a line of prose: there the break is a hard wrap, and the words before
      // it are this name's roles, "… by the head Kenzhebaev Marat, the deputy head of the road department" / "Osmonaliev
      // Tilek and …".)
      if (lineBreak >= at && isLineLead(lineLead, p) && !afterNameInProse(parts, text, p)) {
        pushText(parts, text, at, lineBreak, sep, p, cues);
        // The line's lead ("(2) ", "- **") is no role.
        at = name.start;
        sep = ',';
      }
      // "Name1 from X and Name2 …", "Name1, head of X and Name2": words before a name that end
      // with "and" are not its role; they go back to the name before it in the sentence.
      // (With an honorific between: "Name1 of UNDP and Dr. Name2".)
      // (Or with words that hand the floor on: "Name1, head of X followed by Name2", "… head of X then Name2".)
      const joined = nameInSentence(parts, sep) ? joinedBefore(text.slice(at, name.start), p) : null;
      if (joined && joined.index > 0) {
        pushText(parts, text, at, at + joined.index, sep, p, cues);
        at += joined.index;
        sep = '';
      }
      // "Name1, director of X and by the head of Y Name2": as after a comma, what stands before "and by" is Name1's
      // (a name the lexicon does not know as one, "Gulzat Omorova", is found as one only later).
      const handover = p.joinedHandover.exec(text.slice(at, name.start));
      if (handover && handover.index > 0 && !onlyJoiners(text.slice(at, at + handover.index), p)) {
        pushText(parts, text, at, at + handover.index, sep, p, cues);
        at += handover.index;
        sep = '';
      }
      if (cleanValue(text.slice(at, name.start)) !== '' && !onlyJoiners(text.slice(at, name.start), p)) {
        const before = leadingRole(text, at, name.start, p, cues);
        // (A rank right before the name is a role of its own: "the head of the police department Colonel Name".)
        // ("…, and by the deputy mayor Name" starts that person: roles before it are someone else's.)
        const opens = before !== undefined && p.opensPerson.test(text.slice(at, before.end).replace(PIECE_LEAD, ''));
        if (before) for (const role of withRank(before.text, p)) parts.push({ kind: 'role', ...before, text: role, sep, adjacent: true, ...(opens ? { opens } : {}) });
        // Words that are no role (a talk's title, a clause) part the name from roles before them: "Within the platform,
        // the presentation “X” (by Name)" gives Name no role.
        else parts.push({ kind: 'noise', start: at, end: name.start, text: text.slice(at, name.start), sep });
        sep = sep === '.' ? '.' : '';
      }
      parts.push({ kind: 'name', start: name.start, end: name.end, text: name.full, sep, name });
      at = name.end;
      const next = Math.min(piece.end, names[n + 1]?.start ?? piece.end);
      sep = name.full.endsWith('.') && initialsEndSentence(text.slice(at, next), p) ? '.' : '';
      // "Aibek Tashiev's presentation covered migration": what the possessive leads to is no role of his.
      // (Looked at only where an apostrophe follows the name.)
      if (APOSTROPHE.test(text[at] ?? '') && p.possessive.test(text.slice(at, next))) {
        parts.push({ kind: 'noise', start: at, end: next, text: text.slice(at, next), sep });
        at = next;
      }
    }
    pushText(parts, text, at, piece.end, sep, p, cues);
  }
  return parts;
}

/** White space on the line after a name, then a capitalised word (past emphasis marks). */
const CAPITALISED_CLAUSE = new RegExp(`^[ \\t]+[*_]*[${UPPER}]`, 'u');

// An apostrophe, as a possessive ending opens.
const APOSTROPHE = /['’]/;

/**
 * Whether the period of the initials that end a name ends its sentence too, `after` being what follows the name: a
 * capitalised clause with a verb of saying on its line ("… Бейшеналиев Т.К. С докладами выступили:", "… Asanov T.K.
 * Experts spoke as well:"). (A role written after initials with no comma has no verb of its own, "1. Asanov T.K.
 * Chairman of the council", or opens with a position: "Asanov T.K. Chairman of the council spoke about …".)
 */
function initialsEndSentence(after: string, p: Compiled): boolean {
  if (!CAPITALISED_CLAUSE.test(after) || p.positionFirst.test(after.replace(EMPHASIS_LEAD, ''))) return false;
  const saying = p.sayingVerb.exec(after);
  return saying !== null && !after.slice(0, saying.index).includes('\n');
}

// White space and emphasis marks that open a text.
const EMPHASIS_LEAD = /^[\s*_]+/;

/** The pieces joined again where a name spans the comma between them ("Abdyrov, Tolonbek Shakirovich"). */
function joinedOverNames(pieces: Piece[], names: NameSpan[], text: string): Piece[] {
  const inverted = names.filter((name) => name.full.includes(','));
  if (inverted.length === 0) return pieces;
  const out: Piece[] = [];
  let n = 0;
  for (const piece of pieces) {
    while (n < inverted.length && inverted[n]!.end <= piece.start) n++;
    const last = out.at(-1);
    const name = inverted[n];
    if (last && name && name.start < last.end && name.end > piece.start) out[out.length - 1] = { ...last, end: piece.end, text: text.slice(last.start, piece.end) };
    else out.push(piece);
  }
  return out;
}

/**
 * "According to Name, head of X, migration grows every year": in a sentence whose first name a
 * reporting frame brings in, the sentence's last piece after that name is what was said, no role (or the last before
 * a semicolon, and the pieces after it up to another name).
 */
function dropReported(parts: Part[], text: string, p: Compiled): void {
  // One walk over the sentences (a part whose separator is "." starts one).
  for (let from = 0; from < parts.length; ) {
    let to = from + 1;
    while (to < parts.length && parts[to]!.sep !== '.') to++;
    let at = from;
    while (at < to && parts[at]!.kind !== 'name') at++;
    const name = parts[at];
    // (What was said may go on after a semicolon: "According to Name, head of X, migration grows; the number of migrants
    // doubled". Its piece is then the last before the first semicolon after the name.)
    let semicolon = at + 1;
    while (semicolon < to && parts[semicolon]!.sep !== ';') semicolon++;
    const said = parts[semicolon - 1]!;
    // (The frame right before the name, or opening the sentence before the name's roles: "According to the head of the
    // department Name, …"; the frame itself may be a part of noise before them.)
    let lead = from;
    while (lead < at && parts[lead]!.kind === 'noise') lead++;
    const framed = () => p.reporting.test(text.slice(Math.max(0, name!.start - 40), name!.start)) || (lead < at && p.reportingLead.test(text.slice(Math.max(0, parts[lead]!.start - 40), parts[lead]!.start)));
    if (at < to && name && said.kind === 'role' && said.start > name.end && framed()) {
      // Every role of that piece (splitRoles may have made several), and the roles after it up to the next name.
      for (let k = semicolon - 1; k >= from && parts[k]!.kind === 'role' && parts[k]!.start === said.start; k--) parts[k]!.kind = 'noise';
      for (let k = semicolon; k < to && parts[k]!.kind !== 'name'; k++) if (parts[k]!.kind === 'role') parts[k]!.kind = 'noise';
    }
    from = to;
  }
}

/**
 * The one something was sent to is no speaker ("The report was sent to Name, head of X", "A letter was addressed to the
 * Minister Name"): that name and the roles after it in its sentence, up to the next name, are noise. Not where a joining
 * word stands between ("… sent to the ministry, and Name spoke").
 */
function dropRecipients(parts: Part[], text: string, p: Compiled, lex: Lexicon): void {
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]!;
    if (name.kind !== 'name') continue;
    // (The verb itself, up to some 20 characters, then the reach.)
    const before = p.recipient.exec(text.slice(Math.max(0, name.start - RECIPIENT_REACH - 20), name.start));
    // (Nor one a later word brings in: "The report sent to the ministry was presented by Name".)
    if (!before || hasWord(before[0], lex.words.conjunctions) || hasWord(before[1]!, lex.words.personWords)) continue;
    // (Not one who answers in the same sentence: "Questions were addressed to Name, expert of X, who answered them".)
    if (answers(text.slice(name.end, Math.min(text.length, name.end + ANSWER_REACH)), lex)) {
      // (What stands before them up to the verb is no role of theirs: "The proposals were sent to".)
      const lead = parts[i - 1];
      if (lead?.kind === 'role' && lead.adjacent && p.recipient.test(text.slice(lead.start, name.start))) lead.kind = 'noise';
      continue;
    }
    name.kind = 'noise';
    for (let k = i + 1; k < parts.length && parts[k]!.kind !== 'name' && parts[k]!.sep !== '.'; k++) parts[k]!.kind = 'noise';
  }
}

/**
 * The one a speaker thanked or congratulated is no speaker ("The deputy governor … thanked the rector of Naryn State
 * University Name for hosting the students"), nor one remembered, present or behind the event ("a minute of silence in
 * memory of Name", "in the presence of the governor Name"; the lexicon's `mentionFrames`): after such a verb with a word
 * before it (its subject), or such a phrase, and no word that brings in a person or cue of speech between, that name and
 * the roles after it in its sentence (restOfSentence) are noise. Not one thanked for a talk ("thanked Mr. Asanov for his
 * report"), nor one who answers ("…, who presented …"), nor one past a joining word who says something.
 */
function dropThanked(parts: Part[], text: string, lex: Lexicon): void {
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]!;
    if (name.kind !== 'name') continue;
    const window = text.slice(Math.max(0, name.start - RECIPIENT_REACH - 40), name.start);
    const thanked = thankedBefore(lex).exec(window);
    const before = thanked ?? framedBefore(lex).exec(window);
    if (!before || hasWord(before[1]!, lex.words.personWords)) continue;
    // (Nor one a cue of their own brings in after the one thanked: "От имени министра Name выступил его заместитель Name2".)
    if (hasWord(before[1]!, lex.cues.speech)) continue;
    const { last, rest } = restOfSentence(parts, i, text, lex);
    // (Past a joining word, one who says something starts a clause of their own, "… thanked the guests, and Name, lawyer,
    // proposed …"; one who does not is thanked too, "… thanked the organisers and personally the coordinator Name".)
    if (hasWord(before[1]!, lex.words.conjunctions) && hasWord(rest, lex.cues.subjectSpeech)) continue;
    // (A cue between a frame's person and the next is the next one's, as a verb that comes before its subject: "On behalf of
    // the Minister Name spoke his deputy Name2", "От имени министра Name выступил его заместитель Name2".)
    const nextOnes = !thanked && last < parts.length && parts[last]!.sep !== '.' && (parts[last]!.kind === 'name' || parts[last]!.adjacent === true);
    if ((hasWord(rest, lex.cues.speech) && !nextOnes) || answers(rest, lex)) continue;
    silence(parts, i, name.start, last);
  }
}

/**
 * A role that opens with a mention frame tells whom the frame brings in, not the person beside it ("With the support of
 * UNDP, expert Name …"): no role. But where the name right after it is that person, as a clause of what they said shows
 * ("In the presence of the governor Name, who greeted …"), the words after the frame are that name's ("governor"). (Not
 * the lexicon's `roleFrames`, whom a speaker speaks for: "Name, on behalf of UNDP, greeted …".)
 */
function dropFrameRoles(parts: Part[], text: string, lex: Lexicon, p: Compiled): void {
  for (const [k, part] of parts.entries()) {
    if (part.kind !== 'role') continue;
    const frame = frameLead(lex).exec(part.text);
    if (!frame || lex.words.roleFrames.includes(frame[0].trim().toLowerCase())) continue;
    const rest = cleanValue(part.text.slice(frame[0].length).replace(p.article, ''));
    const next = parts[k + 1];
    if (part.adjacent && next?.kind === 'name' && rest !== '' && answers(text.slice(next.end, next.end + ANSWER_REACH), lex)) part.text = rest;
    else part.kind = 'noise';
  }
}

/** One of the lexicon's mention frames that opens a text. */
function frameLead(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'people.frameLead', () => ignoreCase(`^(?:${alternation(lex.words.mentionFrames)})${WORD_END}\\s*`));
}

/**
 * What a speaker said names no speaker ("Name noted that the plan was approved by Name2", "Name отметила, что план утвердил
 * Name2"): a name after a verb of saying and one of the lexicon's `contentLeads` in the same clause, with no cue of speech
 * between them (but a passive one, withoutAgents) nor in the rest of its sentence (restOfSentence: "…, that Name2, who
 * presented it, …" speaks), is noise, and so are its roles from that word on.
 */
function dropSaid(parts: Part[], text: string, lex: Lexicon): void {
  // (Where each clause of what was said starts, found once: the verb, up to three words, "that".)
  const leads = [...text.matchAll(saidLead(lex))].map((m) => m.index + m[0].length);
  if (leads.length === 0) return;
  // (Names and leads both in text order: one walk through the two, and only a lead in reach of the name is read.)
  let j = -1;
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]!;
    if (name.kind !== 'name') continue;
    while (j + 1 < leads.length && leads[j + 1]! <= name.start) j++;
    const lead = leads[j];
    if (lead === undefined || name.start - lead > SAID_REACH) continue;
    const between = text.slice(lead, name.start);
    if (!ONE_CLAUSE.test(between) || hasWord(withoutAgents(between, lex), lex.cues.speech)) continue;
    const { last, rest } = restOfSentence(parts, i, text, lex);
    if (hasWord(rest, lex.cues.speech) || hasWord(rest, lex.cues.subjectSpeech) || answers(rest, lex)) continue;
    silence(parts, i, lead, last);
  }
}

/**
 * The one whose greeting or letter another read out is no speaker ("The moderator read out the greeting of the Minister of
 * Internal Affairs Name", "Было зачитано приветствие министра Name"): a name after one of the lexicon's `messages` and a
 * `messageFrom` word or none, in one clause, in a sentence with one of its `readOut` verbs, is noise, and so are its roles
 * after that word and after the name (restOfSentence). Not where a joining word, a word that brings in a person or a cue
 * of speech stands between ("…, and Name spoke", "The letter of the Ministry was read out by Name").
 */
function dropSenders(parts: Part[], text: string, lex: Lexicon): void {
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]!;
    if (name.kind !== 'name') continue;
    const window = text.slice(Math.max(0, name.start - RECIPIENT_REACH - 40), name.start);
    const m = messageBefore(lex).exec(window);
    if (!m || hasWord(m[1]!, lex.words.conjunctions) || hasWord(m[1]!, lex.words.personWords) || hasWord(m[1]!, lex.cues.speech)) continue;
    const { last, rest } = restOfSentence(parts, i, text, lex);
    // (The verb before the message, in its sentence, or after the name: "The greeting of the Minister Name was read out".)
    const lead = window.slice(0, m.index);
    if (!hasWord(lead.slice(sentenceStart(lead, lead.length, lex)) + ' ' + rest, lex.words.readOut)) continue;
    const at = name.start - m[1]!.length;
    silence(parts, i, at, last);
  }
}

/** One of the lexicon's messages, a word that brings in its sender or none, and what follows up to the end (group 1), in one clause. */
function messageBefore(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'people.messageBefore', () =>
    ignoreCase(`${WORD_START}(?:${alternation(lex.words.messages)})(?:\\s+(?:${alternation(lex.words.messageFrom)}))?${WORD_END}(${inClause('.;:()')}{0,${RECIPIENT_REACH}})$`),
  );
}

/** A verb of saying (or proposing), up to three words, then one of the lexicon's `contentLeads` ("noted with concern that", "рассказала о том, что"). */
function saidLead(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'people.saidLead', () =>
    ignoreCase(`${WORD_START}(?:${alternation([...lex.words.sayingVerbs, ...lex.cues.subjectSpeech])}),?\\s+(?:[${LETTER}]+,?\\s+){0,3}?(?:${alternation(lex.words.contentLeads)})${WORD_END}`, 'g'),
  );
}

/**
 * `text` without the passive verbs of speech whose doer it names after one of the lexicon's `agentWords`, but for a talk's
 * ("… that the initiative was supported by the Minister Name" is what was done, not said at the meeting; "the study
 * presented by Name" is a talk).
 */
function withoutAgents(text: string, lex: Lexicon): string {
  if (lex.words.agentWords.length === 0 || !hasWord(text, lex.words.agentWords)) return text;
  return text.replace(passiveCue(lex), ' ');
}

/** A cue of speech that is no talk's, with one of the lexicon's `agentWords` after it or as its last word ("supported by", "welcomed by"). */
function passiveCue(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'people.passiveCue', () => {
    const talk = new Set(lex.cues.presentation);
    const agents = new Set(lex.words.agentWords);
    const cues = lex.cues.speech.filter((cue) => !talk.has(cue));
    const withAgent = cues.filter((cue) => agents.has(cue.split(' ').at(-1)!));
    const rest = cues.filter((cue) => !withAgent.includes(cue));
    return ignoreCase(`${WORD_START}(?:${withAgent.length > 0 ? `(?:${alternation(withAgent)})|` : ''}(?:${alternation(rest)})\\s+(?:${alternation(lex.words.agentWords)}))${WORD_END}`, 'g');
  });
}

/** How far after the "that" of what was said a name in it is looked for. */
const SAID_REACH = 240;

/** A text inside one clause: no sentence end, semicolon, colon or bracket, and no list item's start. */
const ONE_CLAUSE = new RegExp(`^${inClause('.;:()!?')}*$`);

/**
 * Part i, a name that names no speaker, made noise with its roles: those before it that end past `from` (after the words
 * that brought it in), and those after it up to part `last` (restOfSentence).
 */
function silence(parts: Part[], i: number, from: number, last: number): void {
  parts[i]!.kind = 'noise';
  for (let k = i - 1; k >= 0 && parts[k]!.kind === 'role' && parts[k]!.end > from; k--) parts[k]!.kind = 'noise';
  for (let k = i + 1; k < last; k++) parts[k]!.kind = 'noise';
}

/**
 * What follows the name of part i in its sentence, and the index of the first part past it: the next name, sentence, or
 * role that opens with a joining word, which starts the next person ("…, and the head of X, Colonel Name2"), or stands
 * right before the next name ("On behalf of the Minister Name, his deputy Name2 …").
 */
function restOfSentence(parts: Part[], i: number, text: string, lex: Lexicon): { last: number; rest: string } {
  let last = i + 1;
  while (last < parts.length && parts[last]!.kind !== 'name' && parts[last]!.sep !== '.' && !parts[last]!.opens && !parts[last]!.adjacent) last++;
  // (Up to its sentence's end: the next sentence's cue may stand in the part that holds its first role.)
  const after = text.slice(parts[i]!.end, last < parts.length ? parts[last]!.start : text.length);
  return { last, rest: after.slice(0, sentenceEnd(after, 0, lex) + 1) };
}

/** One of the lexicon's mention frames and what follows up to the end (group 1), with no sentence end or bracket. */
function framedBefore(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'people.framedBefore', () =>
    lex.words.mentionFrames.length === 0
      ? /(?!)/
      : ignoreCase(`${WORD_START}(?:${alternation(lex.words.mentionFrames)})${WORD_END}(${inClause('.;:()')}{0,${RECIPIENT_REACH}})$`),
  );
}

/** A word, a verb of thanks, and what follows up to the end (group 1), with no sentence end or bracket. */
function thankedBefore(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'people.thankedBefore', () =>
    ignoreCase(`[${LETTER}]\\s+(?:${alternation(lex.words.thanksVerbs)})${WORD_END}(${inClause('.;:()')}{0,${RECIPIENT_REACH}})$`),
  );
}

/**
 * The one whose deed or work a speaker spoke of is no speaker ("The participants noted the work of the former head of the
 * service Kasymov Ulan", "…, who recalled the Decree of the President of the Kyrgyz Republic Japarov S.N."): after a verb
 * of saying with a word before it (its subject, not a sentence opener), a topic's joining word or not, an article, up to
 * two words and a noun that is no position nor talk, then "of", with no comma up to the name but one right before it (a
 * line's wrap, not a list's next item), that name, those words and the roles after it in its sentence (restOfSentence)
 * are noise. Not a position ("… noted the head of X Name", as translations put the speaker after the verb), nor a talk
 * ("noted the report of Name"), nor where a word that brings in a person stands between ("the work done by Name").
 */
function dropPossessors(parts: Part[], text: string, lex: Lexicon, p: Compiled): void {
  for (let i = 0; i < parts.length; i++) {
    const name = parts[i]!;
    if (name.kind !== 'name') continue;
    let from = Math.max(0, name.start - POSSESSED_REACH - 40);
    // (The verb looked for first, by the pattern already compiled for it: the long one below is then compiled in a cold run
    // only where a verb of saying stands right before a name.)
    if (!p.sayingVerb.test(text.slice(from, name.start))) continue;
    // (The match that starts first may fail where a later verb's holds: "… drew attention to the inaccessibility of
    // buildings and told the story of a young woman, Name": a few tries, each past the last one's subject.)
    let m: RegExpExecArray | null = null;
    for (let round = 0; round < POSSESSED_ROUNDS && (m = possessedBefore(lex).exec(text.slice(from, name.start))) !== null; round++) {
      // (A word that opens sentences is no subject: "Then told about the work of the centre its director Name", as translations put it.)
      if (!lex.words.sentenceOpeners.includes(m[1]!.toLowerCase()) && !notPossessed(lex).has(m[3]!.toLowerCase()) && !pluralRole(m[3]!, lex) && !hasWord(m[2]!, lex.words.personWords)) break;
      from += m.index + m[1]!.length;
      m = null;
    }
    if (!m) continue;
    // (A name set off by a comma after the thing, "told the story of a young woman, Name, who …", is its subject only where
    // its sentence goes on with no cue: "… stressed the role of the councils, Name, lawyer, added …" brings in a speaker.)
    const { last, rest } = restOfSentence(parts, i, text, lex);
    if (m[0].trimEnd().endsWith(',') && (hasWord(rest, lex.cues.speech) || answers(rest, lex))) continue;
    const at = from + m.index + m[0].length - m[2]!.length;
    silence(parts, i, at, last);
  }
}

/**
 * A pattern of one character of a clause: none of `stops`, and a line break only where a line wraps on (not where a list's
 * next item opens, "- " or "2.").
 */
function inClause(stops: string): string {
  return `(?:[^${stops}\\n]|\\n(?![ \\t]*(?:[-*+•–—]|\\d{1,3}[.)])))`;
}

/** How many verbs before a name dropPossessors tries, from the first. */
const POSSESSED_ROUNDS = 4;

/** How many characters may stand between the "of" after a possessed thing and the name ("of the former head of the service "). */
const POSSESSED_REACH = 80;

/**
 * A word (group 1; a comma, bracket or emphasis marks after it or not), a verb of saying, a topic's joining word or not ("spoke about"),
 * an article or not, then from up to two words before a noun (group 3: "the poor condition of") on (group 2): "of" and
 * what follows up to the end.
 */
function possessedBefore(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'people.possessedBefore', () =>
    ignoreCase(
      `([${LETTER}]+)[,)*_]{0,3}\\s+(?:${alternation(lex.words.sayingVerbs)})\\s+(?:(?:${alternation(lex.cues.topicJoin)})\\s+)?(?:(?:${alternation(lex.words.articles)})\\s+)?((?:(?!(?:${alternation(lex.words.labelOf)})\\s)[${LETTER}-]+\\s+){0,2}([${LETTER}-]+)\\s+(?:${alternation(lex.words.labelOf)})\\s${inClause('.;:,()')}{0,${POSSESSED_REACH}}(?:,\\s*)?)$`,
    ),
  );
}

/** The nouns that name no possessed thing after a verb of saying: positions, their modifiers, and talks (lower case). */
function notPossessed(lex: Lexicon): ReadonlySet<string> {
  let set = notPossessedSets.get(lex);
  if (!set) notPossessedSets.set(lex, (set = new Set([...lex.names.titles, ...lex.names.positionModifiers, ...lex.cues.speech, ...lex.cues.presentation])));
  return set;
}
const notPossessedSets = new WeakMap<Lexicon, ReadonlySet<string>>();

/** How many characters may stand between a recipient's verb and the name ("sent to the head of the department, "). */
const RECIPIENT_REACH = 60;

/** How far after a recipient's name a clause that says they answered is looked for (past their roles). */
const ANSWER_REACH = 200;

/** Whether `after`, what follows a name, goes on to a relative word and a verb of speech in its sentence ("…, who answered"). */
function answers(after: string, lex: Lexicon): boolean {
  return memoRegExp(lex, 'people.answers', () =>
    ignoreCase(`^[^.;!?]*?[,\\s](?:${alternation(lex.words.relative)})\\s+(?:\\S+\\s+){0,3}?(?:${alternation(lex.cues.speech)})${WORD_END}`),
  ).test(after);
}

/**
 * A piece of two or three plain capitalised words where a person must be is a name though nothing
 * in its words marks one (names from outside the region's naming, "John Smith"): right after a cue
 * that ends with a word that brings in a person ("… was made by John Smith, IOM"), after "and" that
 * follows a named person's role ("…, expert of X, and Anna Schmidt, GIZ"), or opening a sentence
 * whose cue comes after it and its roles ("Jane Doe, head of X, spoke about …", "Then Jane Doe spoke …").
 */
function bareNames(parts: Part[], text: string, lex: Lexicon, p: Compiled): void {
  let named = false; // a name stands before part i
  for (let i = 0; i < parts.length; named ||= parts[i]!.kind === 'name', i++) {
    const part = parts[i]!;
    const opensSentence = i === 0 || part.sep === '.';
    if (part.kind === 'noise' && opensSentence) {
      // "Jane Doe spoke about …": the name and its cue in one piece, all of it noise so far.
      const cue = firstCue(p, part.text);
      // (Or before "and" and a name whose cue follows: "John Smith and Anna Schmidt spoke …".)
      const joined = !cue && parts[i + 1]?.kind === 'name' && p.trailingJoin.test(part.text) && cueFollows(i + 1, true);
      const lead = cue ? part.text.slice(0, cue.index) : joined ? part.text.replace(p.trailingJoin, '') : '';
      const words = lead.replace(p.lead, '').trim();
      const at = words === '' ? -1 : text.indexOf(words, part.start);
      if (at < 0) continue;
      const found = cuedBareNames(text, at, words, part.sep, lex, p);
      if (found.length === 0) continue;
      parts.splice(i, 0, ...found);
      part.sep = '';
      i += found.length;
      continue;
    }
    if (part.kind !== 'role' || part.adjacent) continue;
    const previous = parts[i - 1];
    const byCue = part.opens === true && part.weak === true && previous?.kind === 'noise' && previous.end <= part.start;
    const afterRole = part.opens === true && !part.weak && part.sep === ',' && previous?.kind === 'role' && named;
    // (The whole piece: not one of the roles a bracket gave.)
    const next = parts[i + 1];
    if (next && next.start === part.start) continue;
    if (!(byCue || afterRole || (opensSentence && !part.weak && cueFollows(i)))) continue;
    const at = textAt(part, text);
    if (at < 0) continue;
    if (isBareName(part.text, lex)) {
      asName(part, at);
      continue;
    }
    // "Then the expert Sarah Miller, UNDP, spoke …", "… moderated by the expert Sarah Miller": the words before a titled
    // bare name are its role.
    // (Not where a name follows its roles in the sentence: "… by the coordinator of UNDP Green Economy – Name" is Name's.)
    const titled = opensSentence || byCue ? titledBareName(part.text, lex) : -1;
    const from = titled > 0 && !nameFollows(i) ? titled : -1;
    const role = from > 0 ? roleText(part.text.slice(0, from), p) : '';
    if (role === '') continue;
    const name: Part = { kind: 'name', start: at + from, end: part.end, text: part.text.slice(from), sep: '', name: { start: at + from, end: at + part.text.length, full: part.text.slice(from) } };
    part.end = at + from;
    part.text = role;
    part.adjacent = true;
    part.weak = false;
    parts.splice(i + 1, 0, name);
    i++;
  }

  /** Whether a name stands after part i and the roles after it, in its sentence, or one of those roles may be one ("… – Sarah Miller"). */
  function nameFollows(i: number): boolean {
    let j = i + 1;
    for (; j < parts.length && parts[j]!.kind === 'role' && parts[j]!.sep !== '.'; j++) if (isBareName(parts[j]!.text, lex)) return true;
    return parts[j]?.kind === 'name' && parts[j]!.sep !== '.';
  }

  /** Whether, after part i, only roles (or names too) stand before a cue's noise in its sentence ("Jane Doe, head of X, spoke …"). */
  function cueFollows(i: number, names = false): boolean {
    for (let j = i + 1; j < parts.length && parts[j]!.sep !== '.'; j++) {
      const part = parts[j]!;
      if (part.kind === 'noise') return firstCue(p, part.text) !== null;
      if (part.kind !== 'role' && !(names && part.kind === 'name')) return false;
    }
    return false;
  }
}

/**
 * The names and roles of the words before a cue that opens a sentence, `words` standing at `at`: bare names alone
 * ("Jane Doe spoke …") or after a position, an acronym or an organisation's word, which are their roles ("The expert
 * Sarah Miller spoke …", "The representative of UNICEF Sarah Miller presented …"), one or more joined by "and" ("The
 * expert Sarah Miller and the lawyer John Smith spoke …"); nothing unless every one of them is such a name.
 */
function cuedBareNames(text: string, at: number, words: string, sep: Piece['sep'], lex: Lexicon, p: Compiled): Part[] {
  const out: Part[] = [];
  let from = 0;
  for (const m of [...allMatches(p.conjunction, words), { index: words.length, 0: '' }]) {
    const start = at + from;
    const segment = words.slice(from, m.index);
    from = m.index + m[0].length;
    const bare = isBareName(segment, lex) ? 0 : titledBareName(segment, lex);
    if (bare < 0) {
      // "Sarah Miller from UNDP spoke …", "Sarah Miller (UNDP) spoke …": a bare name, then the body it comes from, its role.
      const body = bodyAfterBareName(segment, lex, p);
      if (!body) return [];
      const name = { start, end: start + body.nameEnd, full: segment.slice(0, body.nameEnd) };
      out.push({ kind: 'name', ...name, text: name.full, sep: out.length === 0 ? sep : '', name });
      for (const role of body.roles) out.push({ kind: 'role', start: start + body.nameEnd, end: start + segment.length, text: role, sep: '' });
      continue;
    }
    const role = bare > 0 ? leadingRole(text, start, start + bare, p, undefined) : undefined;
    if (bare > 0 && !role) return [];
    const first = out.length === 0 ? sep : '';
    if (role) for (const r of withRank(role.text, p)) out.push({ kind: 'role', ...role, text: r, sep: first, adjacent: true });
    const name = { start: start + bare, end: start + segment.length, full: segment.slice(bare) };
    out.push({ kind: 'name', ...name, text: name.full, sep: role ? '' : first, name });
  }
  return out;
}

/**
 * A bare name, then the body its bearer comes from, in brackets or after one of the lexicon's `affiliationWords`
 * ("Sarah Miller from UNDP", "Sarah Miller (UNDP, expert)"): where the name ends, and the body as its roles. (Not after
 * "of", which joins an organisation's name as often: "Green Economy of UNDP presented …".)
 */
function bodyAfterBareName(segment: string, lex: Lexicon, p: Compiled): { nameEnd: number; roles: string[] } | undefined {
  const bracket = segment.indexOf('(');
  // (The name is two or three words: the body starts after the second or the third. Only those spaces are read: the
  // segment may be a long sentence's opening.)
  const words: number[] = [];
  const space = /\s+/g;
  for (let m = space.exec(segment); m && words.length < 3; m = space.exec(segment)) words.push(m.index + m[0].length);
  for (const at of [bracket, ...words.slice(1, 3)]) {
    if (at <= 0) continue;
    const rest = segment.slice(at).trimEnd();
    const inBrackets = rest.startsWith('(') && rest.endsWith(')');
    const affiliation = !inBrackets && p.affiliation.exec(rest);
    if (!inBrackets && (!affiliation || lex.words.labelOf.includes(affiliation[0].trim().toLowerCase()))) continue;
    if (!isBareName(segment.slice(0, at), lex)) continue;
    const roles = inBrackets ? bracketRoles(rest.slice(1, -1), p).filter((r) => r !== '') : [roleText(rest, p)].filter((r) => r !== '');
    if (roles.length > 0) return { nameEnd: segment.slice(0, at).trimEnd().length, roles };
  }
  return undefined;
}

/** Whether a name came earlier in the sentence that `sep` (the separator before the next part) continues. */
function nameInSentence(parts: Part[], sep: Piece['sep']): boolean {
  if (sep === '.') return false;
  // Read forward from where the last call stopped (parts only grow while they are built): walking
  // back over every part each time was quadratic on a long run of parts with no name.
  let state = sentenceState.get(parts);
  if (!state) sentenceState.set(parts, (state = { read: 0, name: false }));
  for (; state.read < parts.length; state.read++) {
    const part = parts[state.read]!;
    if (part.sep === '.') state.name = false;
    if (part.kind === 'name') state.name = true;
  }
  return state.name;
}

/** Per list of parts being built: how many have been read, and whether a name stands since the last sentence began. */
const sentenceState = new WeakMap<Part[], { read: number; name: boolean }>();

/** The role in the words before a name: what follows the last cue and its fillers, if anything (`cued` when a cue stands before it). */
function leadingRole(text: string, from: number, to: number, p: Compiled, cues: Compiled | undefined): { start: number; end: number; text: string; cued?: boolean } | undefined {
  let start = from;
  // The last cue that introduces: not one inside a role's "of" phrase ("… by the head of the speech therapy centre Name").
  // (Only the few words before each cue are looked at: a long run of cue words stays linear.)
  const words = text.slice(from, to);
  const last = cues ? allMatches(cues.cues, words).findLast((m) => !cueInName(words, m, cues)) : undefined;
  if (last) {
    start = from + last.index + last[0].length;
    start = pastFillers(text, start, to, cues!);
    // The title the cue names, and the fillers after it: "With the report “X” has acted the head of … Name".
    const rest = text.slice(start, to);
    const title = quotedSpans(rest)[0];
    if (title && title.start === rest.length - rest.trimStart().length) {
      start = pastFillers(text, start + title.end, to, cues!);
    }
    start = pastUnquotedTalk(text, start, to, p, cues);
  }
  // "… on the following topics: “X” (Name)": what a colon introduces is all that can be the role
  // (a colon inside a quotation, "“Hotline 189: results”", introduces nothing).
  // (One walk back through colons and quotes together: both are in text order.)
  const segment = text.slice(start, to);
  const quotes = quotedSpans(segment);
  let colon = segment.lastIndexOf(':');
  for (let q = quotes.length - 1; colon >= 0; ) {
    while (q >= 0 && quotes[q]!.start >= colon) q--;
    if (q < 0 || colon >= quotes[q]!.end) break;
    colon = segment.lastIndexOf(':', quotes[q]!.start - 1);
  }
  // "Expert: Name" on a line of its own: with nothing after the colon, the words that open the line before it are the role.
  let end = to;
  const lineStart = segment.lastIndexOf('\n', colon) + 1;
  if (colon >= 0 && segment.slice(colon + 1).trim() === '' && (lineStart > 0 || opensLine(text, start))) {
    end = start + colon;
    start += lineStart + LINE_LEAD_ONLY.exec(segment.slice(lineStart))![0].length;
  } else if (colon >= 0) start += colon + 1;
  const role = roleText(text.slice(start, end), p);
  // "the mayor and Name": what ends with "and" names someone else, as does "the moderator thanked Name";
  // a quotation names a talk, as does what opens with a topic's joining word ("… on remittances (Name) and on
  // returnees (Name)"; not "on behalf of", the lexicon's roleOpeners).
  // (Nor what ends with a word that brings in a person, cue or not: "After a speech by Name1, Name2 moderated …".)
  if (role === '' || opensClause(role, p) || p.introduces.test(role) || p.personEnd.test(role) || p.trailingJoin.test(role) || p.trailingAction.test(role) || isTalk(text.slice(start, end), p) || p.subject.test(role.replace(p.lead, '')))
    return undefined;
  return { ...trimSpan(text, start, end), text: role, ...(last ? { cued: true } : {}) };
}

/**
 * After a speech cue, an unquoted talk's subject up to the last "by" of the piece, or up to a later cue and its
 * fillers, is no role ("A presentation on access to justice was made by the chief specialist …, Name", "With
 * information about the situation performed the head of X - Name"): where the role may start.
 */
function pastUnquotedTalk(text: string, at: number, to: number, p: Compiled, cues: Compiled | undefined): number {
  if (!p.talkLead.test(text.slice(at, to))) return at;
  const by = afterLastPersonWord(text, at, to, p);
  const cue = cues ? allMatches(cues.cues, text.slice(at, to)).at(-1) : undefined;
  // (With neither, a position after an article opens the role: "Informed the participants about the situation the head of
  // the migration department Name", as a translation of "Проинформировал … о ситуации начальник отдела Name" writes it.)
  if (!cue && by === undefined) {
    const position = allMatches(p.articlePosition, text.slice(at, to)).at(-1);
    return position ? at + position.index : to;
  }
  if (!cue || (by !== undefined && by >= at + cue.index + cue[0].length)) return by ?? to;
  return pastFillers(text, at + cue.index + cue[0].length, to, cues!);
}

/** Where the cue words and fillers that start at `at` in text[at, to) end ("performed the ", ": "). */
function pastFillers(text: string, at: number, to: number, cues: Compiled): number {
  let end = at + (cues.skip.exec(text.slice(at, to))?.[0].length ?? 0);
  // And past an article that opens another cue, with the fillers after it: "was opened with a welcome speech by the
  // deputy governor". (Not before a filler alone: in "acted the first deputy of X", "first" is the role's.) (A few times
  // at most: each round reads on to `to`, and a long run of "a speech a speech …" would make that quadratic.)
  for (let round = 0; round < ARTICLE_ROUNDS; round++) {
    const article = cues.article.exec(text.slice(end, Math.min(to, end + CUE_REACH)));
    if (!article) break;
    const from = end + article[0].length;
    const cue = firstCue(cues, text.slice(from, Math.min(to, from + CUE_REACH)));
    if (cue?.index !== 0) break;
    end = from + cue[0].length;
    end += cues.skip.exec(text.slice(end, to))?.[0].length ?? 0;
  }
  return end;
}

/** How far after an article a cue is looked for (the longest cue's length, and more). */
const CUE_REACH = 80;
/** How many articles, each before a cue, pastFillers reads past. */
const ARTICLE_ROUNDS = 3;

/** Where the text after the last word that brings in a person ("by", "to") in text[at, to) starts, if there is one. */
function afterLastPersonWord(text: string, at: number, to: number, p: Compiled): number | undefined {
  const by = allMatches(p.personWord, text.slice(at, to)).at(-1);
  return by ? at + by.index + by[0].length : undefined;
}

// What stands before a line's first words: indentation or a list's lead, at the end of a text (LINE_OPENS) or its start.
const LINE_OPENS = /(?:^|\n)[ \t]*(?:[-*+•–—]|\d{1,3}[.)])?[ \t]*$/;

/** How far back from a place its line's lead (LINE_OPENS) is looked for. */
const LINE_OPENS_REACH = 40;

/**
 * Whether only a line's lead stands before `at` on its line. (The few characters before it are looked at: the pattern
 * run on all the text before each place was quadratic on a long line of "Speakers: Name (on x), ".)
 */
function opensLine(text: string, at: number): boolean {
  const from = Math.max(0, at - LINE_OPENS_REACH);
  const m = LINE_OPENS.exec(text.slice(from, at));
  return m !== null && (m[0].startsWith('\n') || from === 0 || text[from - 1] === '\n');
}
const LINE_LEAD_ONLY = /^[ \t]*(?:[-*+•–—]|\d{1,3}[.)])?[ \t]*/;

/**
 * Whether the text before a name is only joining words and an honorific ("and ", "Mr. "): no role,
 * and the name keeps the separator before them ("… of Osh - Mr. Name" is still after a dash).
 */
function onlyJoiners(text: string, p: Compiled): boolean {
  return cleanValue(text).replace(p.lead, '').replace(p.trailingHonorific, '').replace(/[\s,;:.()\-–—]+/g, '') === '';
}

/** Add the role (or noise) parts of text[from, to). */
function pushText(parts: Part[], text: string, from: number, to: number, sep: Piece['sep'], p: Compiled, cues: Compiled | undefined): void {
  if (!hasValue(text.slice(from, to))) return;
  let roleFrom = from;
  let weak = false;
  let opens = false;
  let cue = cues ? firstCue(cues, text.slice(from, to)) : undefined;
  // Once the sentence has named someone, a cue word inside a piece is part of a role ("…, head of
  // the address registration department"), unless only joining or filler words stand before it
  // ("…, and then spoke", "…, with a presentation on …").
  if (cue && nameInSentence(parts, sep) && !fillersOnly(text.slice(from, from + cue.index), p, cues!)) cue = null;
  // Nor is a capitalised cue that opens the piece after a comma that cut an organisation's name ("… of the Ministry of
  // Culture, Information, Sports and Youth Policy": joinNameParts joins it again).
  // (A piece of capitalised words only, as the name's are: not "…, Presentation of the results followed".)
  if (cue && sep === ',' && OPENS_CAPITAL.test(cue[0]) && text.slice(from, from + cue.index).trim() === '' && cutName(parts.at(-1)) && capitalisedOnly(cleanValue(text.slice(from, to)), p.lex)) {
    cue = null;
  }
  if (cue) {
    // The cue and the filler words after it are noise; what follows may be a role.
    let at = from + cue.index + cue[0].length;
    at = pastFillers(text, at, to, cues!);
    // The talk's title may stand between the cue and its filler words: "The presentation (on) “New law” was made by …".
    // (Read a title's length on: a piece of many cues and brackets is read again from each, so not to its end.)
    const title = quotedSpans(text.slice(at, Math.min(to, at + TITLE_REACH)))[0];
    if (title && text.slice(at, at + title.start).trim().replace(p.talkLead, '') === '') {
      const filler = cues!.skip.exec(text.slice(at + title.end, to))?.[0] ?? '';
      if (filler.trim() !== '') at += title.end + filler.length;
    } else at = pastUnquotedTalk(text, at, to, p, cues);
    parts.push({ kind: 'noise', start: from, end: at, text: text.slice(from, at), sep });
    roleFrom = at;
    sep = '';
    weak = true;
    // "… was given by the vice-mayor, Name": after "by" comes the person's role.
    opens = p.personEnd.test(text.slice(from, at));
  }
  // "…, who is the head of X": the clause's opening words bring in the role.
  const intro = p.roleIntro.exec(text.slice(roleFrom, to));
  const span = trimSpan(text, intro ? roleFrom + intro[0].length : roleFrom, to);
  const raw = text.slice(span.start, span.end);
  // "Name (farmer) spoke about water": the bracket holds the roles, and what follows it is read on its own.
  const lead = leadingBracket(raw);
  if (lead && hasValue(raw.slice(lead.end))) {
    pushText(parts, text, span.start, span.start + lead.end, sep, p, cues);
    pushText(parts, text, span.start + lead.end, to, '', p, cues);
    return;
  }
  // "(Name, expert of IOM) was made": a bracket opened before the name closes on its roles, and
  // what follows it is read on its own.
  const close = strayClosingBracket(raw);
  if (close > 0 && hasValue(raw.slice(close))) {
    pushText(parts, text, span.start, span.start + close, sep, p, cues);
    pushText(parts, text, span.start + close, to, '', p, cues);
    return;
  }
  // "Name, head of the department spoke about migration": the role ends before the verb; the rest says what was done.
  const saying = p.sayingVerb.exec(raw);
  // (Not the verb of a relative clause inside the role: "head of the department that followed the project".)
  if (saying && saying.index > 0 && hasValue(raw.slice(0, saying.index)) && !opensClause(cleanValue(raw), p) && !p.relativeEnd.test(raw.slice(0, saying.index))) {
    pushText(parts, text, span.start, span.start + saying.index, sep, p, cues);
    parts.push({ kind: 'noise', start: span.start + saying.index, end: span.end, text: raw.slice(saying.index), sep: '' });
    return;
  }
  const whole = text.slice(roleFrom, to); // with its emphasis marks, which trimSpan drops
  // "…, who noted the importance of the dialogue", "…, welcomed the participants": a clause that says what someone did;
  // a piece that is all one quotation ("“Results of the survey” – Name", "Name, on “Rights of migrants”") names a talk,
  // not a position.
  // In speech, a piece that opens with a topic word after a name says what the talk was about ("…, engineer, on the state of the pipes").
  const clean = cleanValue(raw);
  const subject = cues !== undefined && nameInSentence(parts, sep) && p.subject.test(clean);
  // A piece with a verb of its own is a clause ("…, role, funds are lacking"), or one that ends with a verb of what happened
  // ("…, the number of crimes decreased"); a quoted name may hold one ("NGO “Youth is power”").
  const clause = (p.clause.test(clean) && p.clause.test(withoutQuotes(clean))) || p.clauseEnd.test(clean);
  // A piece that opens with a count is what was said, not a position ("According to Name, 300 families received aid").
  // (Also after words that open a sentence: "…, head of the department, in his speech noted the growth of migration".)
  if (COUNT_FIRST.test(clean) || p.timeLead.test(clean) || opensClause(clean, p) || opensClause(clean.replace(p.lead, ''), p) || p.openers.has(clean.toLowerCase()) || clause || isTalk(raw, p) || isTalk(whole, p) || subject) {
    parts.push({ kind: 'noise', start: span.start, end: span.end, text: text.slice(span.start, span.end), sep });
    return;
  }
  opens ||= !cue && p.opensPerson.test(raw.replace(/^[\s*_]+/, ''));
  for (const role of splitRoles(text.slice(span.start, span.end), p)) {
    parts.push({ kind: 'role', start: span.start, end: span.end, text: role, sep, weak, opens });
  }
}

/** Whether `part` is a role that ends with a capitalised word, so that a comma after it may cut an organisation's name ("… of the Ministry of Culture"). */
function cutName(part: Part | undefined): boolean {
  return part?.kind === 'role' && ENDS_WITH_NAME.test(part.text);
}

/**
 * Where the words before a name stop being its own: at a joining word that ends them ("… head of X and "), an honorific
 * after it or not ("… of UNDP and Dr. "), or at words that hand the floor on ("… head of X followed by ", "… then ").
 */
function joinedBefore(lead: string, p: Compiled): RegExpExecArray | null {
  const bare = lead.replace(p.trailingHonorific, '');
  // (The handover's words looked up first: its pattern, of every sentence opener, is compiled only where one stands.)
  return p.trailingJoin.exec(bare) ?? (hasWord(bare, p.handoverWords) ? trailingHandover(p).exec(bare) : null);
}

/** Words that hand the floor on at the end of the text before a name ("… head of X followed by ", "… then "). */
function trailingHandover(p: Compiled): RegExp {
  return memoRegExp(p.handoverWords, 'people.trailingHandover', () => ignoreCase(`\\s(?:${alternation([...p.handoverWords])})[\\s,]*$`));
}

/** How far after a cue its talk's quoted title is looked for. */
const TITLE_REACH = 1000;

const COUNT_FIRST = new RegExp(`^\\d+(?:[ .,]\\d{3})*(?:[.,]\\d+)?(?:\\s*%|\\s+[${LOWER}])`, 'u');

/** `text` with every quotation taken out. */
function withoutQuotes(text: string): string {
  let out = '';
  let last = 0;
  for (const q of quotedSpans(text)) {
    out += text.slice(last, q.start);
    last = q.end;
  }
  return out + text.slice(last);
}

/**
 * Whether `text` opens with a relative word or an action ("who noted …", "welcomed the participants"): a clause, no
 * role; not an action that reads as an adjective before a position ("invited expert of IOM").
 */
function opensClause(text: string, p: Compiled): boolean {
  const m = p.relative.exec(text);
  // (A word in capitals is an acronym: "WHO (Ms. Name)" is the World Health Organization.)
  if (!m || (m[0].length > 1 && m[0] === m[0].toUpperCase())) return false;
  const next = /^[ \t]+([^\s,;:.]+)/.exec(text.slice(m[0].length));
  return !(next && p.titles.has(next[1]!.toLowerCase()));
}

/** Whether `text` holds nothing but joining words, articles and cue fillers ("and then", "with a"). */
function fillersOnly(text: string, p: Compiled, cues: Compiled): boolean {
  // (A bracket that closed on the name before is no word, bold or not: "… (Name) made presentations", "(**Name**) spoke".)
  // (An article right before the cue too: "after which the floor was given to …".)
  const rest = `${text.trim().replace(/^(?:\*\*|__)?[)\]]+\s*/, '').replace(p.lead, '')} `.replace(p.article, '').trim();
  return cues.skip.exec(rest)![0].length === rest.length;
}

/** A role as the spec wants it; "(a, b)" gives two roles, "head of X (chair)" gives "head of X" and "chair". */
function splitRoles(raw: string, p: Compiled): string[] {
  // (A spaced slash parts roles as a comma does, outside brackets: "Chairman of the Board / Doctor of Economics"; not
  // "UNDP/UNICEF".)
  return roleLines(raw, p)
    .flatMap((line) => (line.includes('(') ? [line] : line.split(SPACED_SLASH)))
    .flatMap((line) => splitRole(line, p));
}

const SPACED_SLASH = /[ \t]+\/[ \t]+/;

/**
 * A role's text cut at each line break before a line that opens with a position, in capitals ("Director of the Youth
 * Centre" / "Professor of KNU"): each line a role of its own. Not a line wrapped inside a role: after an open end ("… of
 * the" / "Department"), after a position ("… Prosecutor" / "General") or a word that qualifies one ("… First" / "Deputy
 * Governor"), or one word alone ("Plenipotentiary" / "Representative …"), nor before a possessive ("… Osh City" / "Mayor's Office").
 */
function roleLines(text: string, p: Compiled): string[] {
  if (!text.includes('\n')) return [text];
  const out: string[] = [];
  let from = 0;
  for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', nl + 1)) {
    // (Only the words beside the break are read: a role of thousands of lines stays linear.)
    const before = text.slice(Math.max(from, nl - LINE_REACH), nl).trimEnd();
    const next = text.slice(nl + 1, nl + 1 + LINE_REACH).replace(LINE_LEAD_MARKS, '');
    if (before === '' || !OPENS_CAPITAL.test(next) || !p.positionFirst.test(next) || POSSESSIVE_NEXT.test(next)) continue;
    if (p.openEnd.test(before) || p.positionEnd.test(before) || p.lex.names.positionModifiers.includes(LAST_WORD.exec(before)?.[0].toLowerCase() ?? '')) continue;
    // (Nor after one word alone, which qualifies the position after it: "… the Plenipotentiary" / "Representative of …".)
    if (ONE_WORD.test(text.slice(from, nl).trimStart().replace(p.article, ''))) continue;
    out.push(text.slice(from, nl));
    from = nl + 1;
  }
  out.push(text.slice(from));
  return out;
}

// The last word of a text.
const LAST_WORD = new RegExp(`[${LETTER}-]+$`, 'u');
// A text of one word, marks and white space around it or not.
const ONE_WORD = new RegExp(`^[^${LETTER}]*[${LETTER}’'-]+[^${LETTER}]*$`, 'u');

/** How far roleLines reads on either side of a line break. */
const LINE_REACH = 120;
// What may open a line before its words: white space and emphasis.
const LINE_LEAD_MARKS = /^[\s*_]+/;
// A first word with a possessive ending ("Mayor's Office").
const POSSESSIVE_NEXT = new RegExp(`^[${LETTER}-]+['’]s${WORD_END}`, 'u');

/** One line of a role: the words before a bracket and the roles inside it, or the whole. */
function splitRole(raw: string, p: Compiled): string[] {
  const text = raw.trim();
  const bracket = bracketSpans(text).at(-1);
  // (A bracket of one quotation is a talk's title, which the noise takes off: "head of X (“Title”)".)
  if (bracket && cleanValue(text.slice(bracket.end)) === '' && !isOneQuote(text.slice(bracket.start + 1, bracket.end - 1))) {
    const before = roleText(text.slice(0, bracket.start), p);
    return [before, ...bracketRoles(text.slice(bracket.start + 1, bracket.end - 1), p)].filter((r) => r !== '');
  }
  // The rest of a bracket opened before the name is cut at its commas as a whole bracket is: "“Title” (Name, researcher,
  // Batken State University)".
  const close = strayClosingBracket(text);
  if (close > 0 && cleanValue(text.slice(close)) === '') return bracketRoles(text.slice(0, close - 1), p).filter((r) => r !== '');
  const role = roleText(text, p);
  return role === '' ? [] : [role];
}

/** The roles inside a bracket, one a comma ("(lawyer, member of the Council)"). */
function bracketRoles(inner: string, p: Compiled): string[] {
  const pieces = splitTopLevel(inner, { dashes: false });
  // (An organisation's name cut at its commas is one role here too: "(Chair of the Ministry of Youth, Sports and Culture)".)
  const texts = pieces.map((piece) => piece.text.trim());
  const roles: string[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const last = nameRunEnd(texts, i, p.lex, (j) => pieces[j]!.sep === ',');
    roles.push(roleText(inner.slice(pieces[i]!.start, pieces[last]!.end), p));
    i = last;
  }
  return roles;
}

// A word in lower case, then one that opens with a capital: "police Major".
const LOWER_BEFORE_CAPITAL = new RegExp(`^[${LOWER}][^\\s]*\\s.*[${UPPER}]`, 'u');

/** A role that ends with a rank after other words, as two ("head of the police department Colonel": the head, and "Colonel"). */
function withRank(role: string, p: Compiled): string[] {
  const lower = role.toLowerCase();
  // (The longest that ends it: "Police Major" alone is one rank, no "Police" and "Major"; but not one whose first word is
  // in lower case before a capital, which ends the organisation: "Inspector of the traffic police Major".)
  const rank = p.ranks.find((r) => lower.endsWith(r) && /^$|\s/.test(role[role.length - r.length - 1] ?? '') && !LOWER_BEFORE_CAPITAL.test(role.slice(role.length - r.length)));
  if (!rank) return [role];
  const before = role.slice(0, role.length - rank.length).trimEnd();
  return before === '' || p.openEnd.test(before) ? [role] : [before, role.slice(role.length - rank.length)];
}

/** Clean a role: no joining words or article in front, no trailing punctuation. */
function roleText(text: string, p: Compiled): string {
  // A bracket left open at the end or closed at the start belongs to the name beside it: "“X” (Name)";
  // so does one closed at the end that this role never opened: "(A. Mamytova, Public Foundation “X”)".
  // (The brackets go first too: ") and the deputy mayor (" between two bracketed names opens with "and".)
  // (A dash or slash left at the start goes too: "(Name – expert of IOM)", "Name / head of …"; and a dash at the end.)
  const unbracketed = cleanValue(withoutTrailingDash(cleanValue(text).replace(EDGE_BRACKETS, '').replace(LEADING_DASH, '')));
  let role = cleanValue(cleanValue(unbracketed.replace(p.positionLabel, '').replace(p.lead, '').replace(p.affiliation, '').replace(p.article, '').replace(p.possessivePronoun, beforeLower).replace(p.leadingHonorific, notBeforeLower).replace(p.trailingHonorific, '')).replace(EDGE_BRACKETS, ''));
  if (role.endsWith(')') && !role.includes('(')) role = cleanValue(role.slice(0, -1));
  if (role.startsWith('(') && !role.includes(')')) role = cleanValue(role.slice(1));
  // A bracket that ends the role and holds a talk's title is the talk's: "director of the centre (“The budget for 2021”)".
  const talk = role.endsWith(')') ? role.lastIndexOf('(') : -1;
  if (talk > 0 && isTalk(role.slice(talk + 1, -1), p)) role = cleanValue(role.slice(0, talk));
  // A number alone is an item's or a table row's, no role ("| 1 | Name | Title |"); nor is a
  // stray emphasis mark ("*Name*, role" leaves a "*"), nor the word that ends a list ("Name and others"), nor the kind of
  // speech given ("(welcoming speech)").
  const lower = role.toLowerCase();
  return HAS_LETTER.test(role) && !p.etcetera.has(lower) && !p.speechKinds.has(lower) ? role : '';
}

/** A replacer that drops an honorific opening a role, unless a word in lower case follows it ("Dr. of Sciences" is a degree). */
function notBeforeLower(honorific: string, at: number, role: string): string {
  return STARTS_LOWER.test(role.slice(at + honorific.length)) ? honorific : '';
}

/** A replacer that drops a possessive pronoun opening a role where a word in lower case follows it ("its deputy director"; not "Her Excellency"). */
function beforeLower(pronoun: string, at: number, role: string): string {
  return STARTS_LOWER.test(role.slice(at + pronoun.length)) ? '' : pronoun;
}

const STARTS_LOWER = new RegExp(`^[${LOWER}]`, 'u');

/**
 * Text that is one quotation or one italic run, maybe after "on" or "on the topic": the title
 * of a talk ("on “Rights of migrants”", "*Access to jobs* — Name").
 */
function isTalk(text: string, p: Compiled): boolean {
  const trimmed = text.trim().replace(/^\)+|\(+$/g, '').trim();
  const lead = p.talkLead.exec(trimmed);
  const talk = lead ? trimmed.slice(lead[0].length) : trimmed;
  // (A topic's label with its colon says so whatever follows: "Topic: Safety in the mountains" in a speaker's entry.)
  // (An italic run that opens with a position is a role: "Name, *head of the traffic police*".)
  return talk !== '' && (lead?.[0].includes(':') === true || unwrapQuotes(talk) !== talk || (ITALIC.test(talk) && !p.positionFirst.test(talk.slice(1))));
}

// One run of *italics* or _italics_ (not **bold**, which marks names), nothing else.
const ITALIC = /^([*_])(?!\1)[^*_\n]+(?<![*_])\1$/;

/** Whether two parts are roles split from the same words. */
function sameSpan(a: Part, b: Part): boolean {
  return a.kind === 'role' && b.kind === 'role' && a.start === b.start && a.end === b.end;
}

/** Attach roles to names by the dash rule, within sentences. */
function assign(parts: Part[], text: string): { name: Part; roles: Part[] }[] {
  const owner = new Map<Part, Part>();
  const owners = new Set<Part>();
  const take = (role: Part, name: Part) => {
    owner.set(role, name);
    owners.add(name);
  };
  // 0. "the deputy mayor of Osh, Asanov Bolot, the head of the police department, Kim Oleg, and the expert of IOM, Isakova
  // Jyldyz": a run written role first, each name after its roles and a comma, from the run's first role to its last
  // name, is read so (the other way round, the first roles would be no one's and the last name's roles another's).
  for (const run of roleFirstRuns(parts, text)) {
    let roles: Part[] = [];
    for (const part of run) {
      if (part.kind === 'role') roles.push(part);
      else {
        for (const role of roles) take(role, part);
        roles = [];
      }
    }
  }
  // A role that opens an entry after a semicolon, with a name later in that entry, starts that
  // person as "and by" does ("…, Aliev Bakyt; the head of the border detachment, Colonel Osmonov Ulan; …").
  parts.forEach((part, i) => {
    if (part.kind === 'role' && part.sep === ';' && nameInEntry(i)) part.opens = true;
  });
  // Walking back from part i, part j is reachable while no sentence end lies between them; a role
  // that starts a person is the first of theirs.
  const before = (i: number, weakToo: boolean, name: Part) => {
    for (let j = i - 1; j >= 0 && parts[j + 1]!.sep !== '.'; j--) {
      const part = parts[j]!;
      if (part.kind !== 'role' || owner.has(part) || (part.weak && !weakToo && !part.opens)) break;
      take(part, name);
      if (part.opens) break;
    }
  };
  // 1. "roles - Name": a name after a dash takes the roles just before it; any name takes a role
  // written right before it without a separator.
  parts.forEach((part, i) => {
    if (part.kind !== 'name') return;
    if (part.sep === '-') before(i, true, part);
    else if (parts[i - 1]?.kind === 'role' && parts[i - 1]!.adjacent && !owner.has(parts[i - 1]!)) {
      take(parts[i - 1]!, part);
      // (With the roles split from the same words: "… department Colonel Name" gives the head and the rank.)
      for (let j = i - 2; j >= 0 && sameSpan(parts[j]!, parts[i - 1]!) && !owner.has(parts[j]!); j--) take(parts[j]!, part);
      // "…выступил председатель X, доктор наук, профессор Name": the roles before it, back to where the
      // sentence or its cue starts, are the name's too; not when another name stands before them,
      // unless a dash leads to the rank ("…, the representative of X - **Colonel Name**").
      // Not past a cue right before the role: "The themes such as: “A”, “B” were presented by the experts Name".
      // (Nor when the name before had its own role right before it, as this one has: then the roles between are this one's,
      // "… имам мечети Абдуллаев Б., старший инспектор ИДН, капитан милиции Жумабаева Н., …".)
      if (!parts[i - 1]!.cued && !parts[i - 1]!.opens && (parts[i - 1]!.sep === '-' || !nameBefore(i - 1) || rolesBeforeStyle(i - 1))) before(i - 1, true, part);
    }
  });
  // 2. "Name, roles": any other name takes the free roles after it (so does a name after a
  // dash that found none before it: "“Title” – Name, expert").
  // (But a name after a dash with roles before it leaves those after it to a name that follows in its entry,
  // "role1 - Name1, role2, Name2"; with none, they are its own, "Chairman of X - Name, Doctor of Economics,
  // Professor", "head of X - Name1, expert; lawyer - Name2".)
  parts.forEach((part, i) => {
    if (part.kind !== 'name' || (part.sep === '-' && owners.has(part) && nameInEntry(i))) return;
    for (let j = i + 1; j < parts.length; j++) {
      const next = parts[j]!;
      // (Nor words joined to the name with no comma between: "Asanov Bolot and colleagues made presentations".)
      if (next.sep === '.' || next.kind !== 'role' || next.weak || next.adjacent || owner.has(next) || (next.opens && (nameFollows(j) || (j === i + 1 && next.sep === '')))) break;
      take(next, part);
    }
  });
  // 3. A name still without roles takes free roles just before it ("head of X, Name"; "…, and by the head of X, Name").
  parts.forEach((part, i) => {
    if (part.kind !== 'name' || owners.has(part)) return;
    // (A role right after a cue, set off by a comma, is the name's when the name has none of its own after it and
    // the sentence names no one before: "The report of the director of X, Mr. Name, was devoted to …"; not
    // "Name presented the results of the season, and Name2 spoke …".)
    const last = parts[i - 1];
    before(i, last?.kind === 'role' && last.weak === true && part.sep === ',' && !nameEarlier(i), part);
  });
  // 4. A name with roles after it takes, too, the free roles just before it, set off by a comma, where no name stands
  // earlier in its sentence to have left them: "The head of X, Name, expert of IOM, spoke", "A speech was made by the
  // head of X, Name, doctor of law".
  parts.forEach((part, i) => {
    const last = parts[i - 1];
    if (part.kind === 'name' && owners.has(part) && part.sep === ',' && last?.kind === 'role' && !owner.has(last) && !nameEarlier(i)) before(i, false, part);
  });
  const people = parts.filter((p) => p.kind === 'name').map((name) => ({ name, roles: [] as Part[] }));
  /**
   * Whether a name stands before part i in its sentence, with only roles between; not past a
   * role that opens a person ("…, and by the head of X, Colonel Name": the roles from "by" on are Name's).
   */
  function nameBefore(i: number): boolean {
    for (let j = i - 1; j >= 0 && parts[j + 1]!.sep !== '.'; j--) {
      if (parts[j]!.kind === 'name') return true;
      if (parts[j]!.kind !== 'role' || parts[j]!.opens) return false;
    }
    return false;
  }
  /**
   * Whether the name before part i, past one role or more set off by commas that no one has taken, took a role written
   * right before it: one sentence's list written role first ("head of X Name1, role, rank Name2").
   */
  function rolesBeforeStyle(i: number): boolean {
    let j = i - 1;
    while (j >= 0 && parts[j]!.kind === 'role' && parts[j + 1]!.sep === ',' && !owner.has(parts[j]!)) j--;
    const name = parts[j];
    const lead = parts[j - 1];
    return j < i - 1 && name?.kind === 'name' && parts[j + 1]!.sep === ',' && lead?.kind === 'role' && lead.adjacent === true && owner.get(lead) === name;
  }
  /** Whether a name stands anywhere before part i in its sentence. */
  function nameEarlier(i: number): boolean {
    for (let j = i - 1; j >= 0 && parts[j + 1]!.sep !== '.'; j--) if (parts[j]!.kind === 'name') return true;
    return false;
  }
  /** Whether a name comes after part i in its entry: up to the next semicolon or sentence end. */
  function nameInEntry(i: number): boolean {
    for (let j = i + 1; j < parts.length && parts[j]!.sep !== '.' && parts[j]!.sep !== ';'; j++) if (parts[j]!.kind === 'name') return true;
    return false;
  }
  /** Whether a name comes after part i in its sentence. */
  function nameFollows(i: number): boolean {
    for (let j = i + 1; j < parts.length && parts[j]!.sep !== '.'; j++) if (parts[j]!.kind === 'name') return true;
    return false;
  }
  const byName = new Map(people.map((p) => [p.name, p]));
  for (const part of parts) {
    const name = owner.get(part);
    if (name) byName.get(name)!.roles.push(part);
  }
  return people;
}

/**
 * The runs of `parts` written role first with commas: a role after a sentence's start or words that are no role, then
 * roles and names by turns, each name after a comma alone (not "…, head of X, and Name2", where the role is the name's
 * before), two names at least, the last part a name with no role after it in its sentence.
 */
function roleFirstRuns(parts: Part[], text: string): Part[][] {
  const runs: Part[][] = [];
  for (let k = 0; k < parts.length; k++) {
    if (parts[k]!.kind !== 'role' || (k > 0 && parts[k - 1]!.kind !== 'noise' && parts[k]!.sep !== '.')) continue;
    let j = k;
    let names = 0;
    while (j < parts.length && (j === k || parts[j]!.sep !== '.')) {
      const part = parts[j]!;
      if (part.kind === 'noise') break;
      if (part.kind === 'name') {
        const role = parts[j - 1]!;
        if (role.kind !== 'role' || part.sep !== ',' || !COMMA_ONLY.test(text.slice(role.end, part.start))) break;
        names++;
      } else if (j > k && parts[j - 1]!.kind === 'name' && part.sep !== ',') break;
      j++;
    }
    // (Words that are no role may close it: "…, the expert of IOM, Kim Oleg, made speeches".)
    const end = j === parts.length || parts[j]!.sep === '.' || parts[j]!.kind === 'noise' ? j : -1;
    if (end > k && names >= 2 && parts[end - 1]!.kind === 'name') runs.push(parts.slice(k, end));
    k = Math.max(k, j - 1);
  }
  return runs;
}

// A comma alone between a role and a name, with white space and emphasis marks.
const COMMA_ONLY = /^[\s*_]*,[\s*_]*$/;

/**
 * "… by the experts Name1, Name2 and Name3": names that follow one another with only commas and a
 * joining word between them ("and", "и"), none with a role of its own after the first, share the role
 * written right before the first, or before a comma when a comma closes the names.
 */
function shareListRole(people: { name: Part; roles: Part[] }[], parts: Part[], text: string, lex: Lexicon): void {
  const byName = new Map(people.map((p) => [p.name, p]));
  // (An honorific before a name is no word between: "Mr. Name1 and Ms. Name2".)
  const plain = (between: string) => between.replace(/[^\s,]+/g, (w) => (isHonorific(w, lex) ? '' : w));
  const joiner = (between: string) => {
    const words = plain(between).replace(/[\s,*_]+/g, ' ').trim().toLowerCase();
    return words === '' || lex.words.conjunctions.includes(words);
  };
  for (let i = 0; i + 2 < parts.length; i++) {
    const [role, first] = [parts[i]!, parts[i + 1]!];
    const own = first.kind === 'name' ? byName.get(first)!.roles : [];
    if (role.kind !== 'role' || own.length !== 1 || own[0] !== role) continue;
    let j = i + 2;
    const others: { name: Part; roles: Part[] }[] = [];
    for (; j < parts.length && parts[j]!.kind === 'name' && joiner(text.slice(parts[j - 1]!.end, parts[j]!.start)); j++) others.push(byName.get(parts[j]!)!);
    // Or set off by commas, the names between the role and a comma that closes them: "Representatives of the ayil
    // okmotu, Asanov B. and Kim S., informed …" (not "Head of the department, Asanov B. and Kim S. spoke").
    const setOff = /^\s*,\s*$/.test(plain(text.slice(role.end, first.start))) && /^\s*,/.test(text.slice(parts[j - 1]!.end));
    if ((role.adjacent || setOff) && others.length > 0 && others.every((p) => p.roles.length === 0)) for (const p of others) p.roles.push(role);
  }
  // A plural role right before names that have no role but a bracket of their own is each one's: "The experts Name1
  // (IPP) and Name2 (Adilet) presented" (the loop above wants the names bare).
  for (let i = 0; i + 2 < parts.length; i++) {
    const [role, first] = [parts[i]!, parts[i + 1]!];
    if (role.kind !== 'role' || !role.adjacent || first.kind !== 'name' || !pluralRole(role.text, lex)) continue;
    const own = byName.get(first)!.roles;
    if (own[0] !== role || !own.slice(1).every((r) => inBrackets(r, text))) continue;
    const others: { name: Part; roles: Part[] }[] = [];
    let last = byName.get(first)!;
    let bracketed = own.length > 1;
    for (let j = i + 2; j < parts.length; j++) {
      const part = parts[j]!;
      if (part.kind === 'role' && last.roles.includes(part) && inBrackets(part, text)) continue;
      if (part.kind !== 'name' || !joiner(text.slice(parts[j - 1]!.end, part.start).replace(BRACKETS, ''))) break;
      last = byName.get(part)!;
      if (!last.roles.every((r) => r.start > part.start && inBrackets(r, text))) break;
      bracketed ||= last.roles.length > 0;
      others.push(last);
    }
    if (bracketed) for (const p of others) p.roles.unshift(role);
  }
  // A plural role after the last of such names is each one's: "Name1 and Name2, experts of IOM, spoke" (not "…, an expert of IOM").
  parts.forEach((last, k) => {
    const after = last.kind === 'name' ? byName.get(last)!.roles.filter((r) => r.start >= last.end) : [];
    const first = after[0];
    if (!first || first !== parts[k + 1] || first.sep !== ',' || !pluralRole(first.text, lex)) return;
    const others: { name: Part; roles: Part[] }[] = [];
    let joined = false;
    for (let j = k - 1; j >= 0 && parts[j]!.kind === 'name' && byName.get(parts[j]!)!.roles.length === 0; j--) {
      const between = text.slice(parts[j]!.end, parts[j + 1]!.start);
      if (!joiner(between)) break;
      joined ||= plain(between).replace(/[\s,*_]+/g, '') !== '';
      others.push(byName.get(parts[j]!)!);
    }
    // (Only names joined by "and": a list of names set off by commas alone may be a list of entries, "A, B, experts".)
    if (joined) for (const p of others) p.roles.push(...after);
  });
}

const BRACKETS = /[()]/g;

/** Whether a part is written alone in brackets, its span holding them or not: "Name (IPP)". */
function inBrackets(part: Part, text: string): boolean {
  const span = text.slice(part.start, part.end).trim();
  if (span.startsWith('(') && span.endsWith(')')) return true;
  return /\(\s*$/.test(text.slice(Math.max(0, part.start - 4), part.start)) && /^\s*\)/.test(text.slice(part.end, part.end + 4));
}

/** Whether a role opens with a position's word in the plural ("experts of IOM", "the senior lawyers", "представители"). */
function pluralRole(role: string, lex: Lexicon): boolean {
  const words = role.toLowerCase().split(/\s+/);
  let i = 0;
  while (i < words.length - 1 && (lex.words.articles.includes(words[i]!) || lex.names.positionModifiers.includes(words[i]!))) i++;
  const word = words[i]!;
  return lex.names.positionPlurals.some(([plural, single]) => word.length > plural.length && word.endsWith(plural) && lex.names.titles.includes(word.slice(0, -plural.length) + single));
}

/** Whether `text` ends with a word that brings in a person ("… made by", "… given to"; the lexicon's `personWords`). */
export function bringsInPerson(text: string, lex: Lexicon): boolean {
  return lexiconPatterns(lex).personEnd.test(text);
}

/**
 * Whether two names are the same person: same family and given name, a missing part matching any,
 * but for an initial that another given name does not start with ("G. Asanova" is not "Asanova Aida").
 */
export function samePerson(a: PersonName, b: PersonName): boolean {
  if (norm(a.full) === norm(b.full)) return true;
  const fa = norm(a.family) ?? norm(a.patronymic);
  const fb = norm(b.family) ?? norm(b.patronymic);
  if (!fa || fa !== fb) return false;
  const ga = norm(a.given);
  const gb = norm(b.given);
  if (ga !== null && gb !== null) return ga === gb;
  const ia = ga?.[0] ?? initialOf(a.full);
  const ib = gb?.[0] ?? initialOf(b.full);
  return ia === null || ib === null || ia === ib;
}

/** The first initial written in a name ("G. Asanova", "Abdyrov T.Sh."), in lower case, or null. */
function initialOf(full: string): string | null {
  const m = INITIAL.exec(full);
  return m ? m[1]!.toLowerCase() : null;
}

// A capital and maybe one small letter before a period, at the name's start or after a space or period ("Ch.").
const INITIAL = new RegExp(`(?:^|[\\s.])([${UPPER}])[${LOWER}]?\\.`, 'u');

const NOT_LETTER = new RegExp(`[^${LETTER}]`, 'gu');

/** A name part in lower case, letters only: what samePerson compares. */
function norm(s: string | null): string | null {
  return s?.toLowerCase().replace(NOT_LETTER, '') ?? null;
}

/** Keys two names share whenever samePerson holds: the whole name, and the family name (or patronymic). */
export function personKeys(name: PersonName): string[] {
  const family = norm(name.family) ?? norm(name.patronymic);
  return family ? [`=${norm(name.full)}`, `~${family}`] : [`=${norm(name.full)}`];
}

// Closing brackets that open a text, opening ones that end it.
const EDGE_BRACKETS = /^\)+|\(+$/g;
// (And a period left by a sentence's end after an initial's: "… Ташматов Б.. Затем специалист …"; each typed against the
// role too, with no space: "Name-chairperson of …", "Name.Chairperson of …", "Name/chairperson of …".)
const LEADING_DASH = /^\s*(?:[–—-]+|[/.])\s*/;
// A dash left at the end, glued to the role when no space stood before the name ("… of the department-**Name**").
const TRAILING_DASH = /\s*[–—-]+$/;

/** `text` without a dash at its end; the pattern, which would be tried at every space, runs only where one is. */
function withoutTrailingDash(text: string): string {
  const last = text.at(-1);
  return last === '-' || last === '–' || last === '—' ? text.replace(TRAILING_DASH, '') : text;
}
