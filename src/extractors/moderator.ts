/**
 * moderator: the person chairing the meeting, from a "Moderator:" / "Chair:"
 * label, a "moderated by …" phrase, or an attendee marked "(chair)".
 */
import { diagnostic } from '../diagnostic.js';
import type { Doc } from '../document.js';
import { afterOpeningVerb, findLabels, inOtherLabel, isLabelLine, orItemUnder, pastLabel, type LabelHit } from '../labels.js';
import { bringsInPerson, findPeople, type FoundPerson } from '../people.js';
import { findNames, isBareName, splitName } from '../names.js';
import { LETTER, UPPER } from '../letters.js';
import type { Person } from '../schema.js';
import { WORD_END, WORD_START, allMatches, alternation, firstEndingAfter, hasWordIn, ignoreCase, memoRegExp, sentenceEnd, sentenceStart } from '../text.js';
import type { Extracted, Extractor } from './types.js';

export const moderator: Extractor<Person | null> = (doc) => {
  const lex = doc.lexicon;
  for (const hit of findLabels(doc, lex.labels.moderator)) {
    const span = orItemUnder(doc, hit);
    const people = findPeople(doc, span.start, span.end, { assumeName: true });
    const first = people[0];
    // A sentence that brings the person in ("Moderator:" left empty over "Speeches were made by Name, role") names someone else.
    if (first && bringsInPerson(doc.text.slice(span.start, first.nameSpan.start), lex)) continue;
    // The label's line is given to the moderators: there a comma or semicolon parts them too ("Moderators: Name1, role; Name2, role").
    if (first) return withOthers(doc, toExtracted(first, []), [...joined(doc, people, true), ...nextItems(doc, hit, span)]);
  }
  const by = memoRegExp(lex, 'moderator.by', () => ignoreCase(`${WORD_START}(?:${alternation(lex.cues.moderatorBy)})${WORD_END}\\s*:?`));
  for (const block of doc.blocks) {
    const m = by.exec(block.text);
    // A cue inside another field's label is that label's word: "Протокол вела: секретарь Name" names who kept the minutes.
    if (!m || inOtherLabel(doc, block.start + m.index, lex.labels.moderator)) continue;
    // ("… moderated by two facilitators: Name and Name", "… by the following persons: Name": the colon introduces them.)
    const intro = INTRO_COLON.exec(block.text.slice(m.index + m[0].length));
    const from = block.start + m.index + m[0].length + (intro && findNames(intro[0], lex).length === 0 ? intro[0].length : 0);
    const people = findPeople(doc, from, block.start + sentenceEnd(block.text, from - block.start, doc.lexicon), { assumeName: true });
    const first = people[0];
    // Only a person who follows at once, their roles first or not: in "The moderator was thanked by Name" Name is not the moderator.
    if (first && followsAtOnce(doc, from, first)) return withOthers(doc, toExtracted(first, []), joined(doc, people));
  }
  return verbFirst(doc) ?? didModerate(doc) ?? titledInText(doc) ?? chairInList(doc) ?? { value: null };
};

/**
 * "Moderated Asanov Bolot Kadyrovich, member of …": a line that opens with one of the lexicon's `moderatorOpens`,
 * capitalised, and a name the lexicon knows as one right after it (an honorific aside), roles after the name.
 */
function verbFirst(doc: Doc): Extracted<Person | null> | undefined {
  const lex = doc.lexicon;
  if (lex.cues.moderatorOpens.length === 0) return undefined;
  for (const line of doc.lines) {
    const past = afterOpeningVerb(line.text, lex);
    if (past < 0) continue;
    const from = line.start + past;
    const block = doc.blocks[firstEndingAfter(doc.blocks, from)];
    if (!block || block.start > from) continue;
    // (Within a few hundred characters, as after a title: a paragraph of a thousand such lines stays linear.)
    const at = from - block.start;
    const first = findPeople(doc, from, block.start + sentenceEnd(block.text.slice(0, at + PERSON_REACH), at, lex))[0];
    if (first && first.roles.every((r) => r.span.start > first.nameSpan.start) && honorificsOnly(doc, doc.text.slice(from, first.nameSpan.start))) return toExtracted(first, []);
  }
  return undefined;
}

/** "The meeting was opened by the moderator Jumabaev N.K., member of …": a name right after a moderator's title. */
function titledInText(doc: Doc): Extracted<Person | null> | undefined {
  const lex = doc.lexicon;
  const title = memoRegExp(lex, 'moderator.title', () => ignoreCase(`${WORD_START}(?:${alternation(lex.cues.moderatorTitle)})${WORD_END}[ \t,:–—-]*`, 'g'));
  for (const block of doc.blocks) {
    for (const m of allMatches(title, block.text)) {
      const at = m.index + m[0].length;
      // The name and its roles within a few hundred characters: each title looks that far and no
      // farther, so a text of a thousand titles stays linear.
      const near = block.text.slice(0, at + PERSON_REACH);
      const people = findPeople(doc, block.start + at, block.start + sentenceEnd(near, at, doc.lexicon));
      const person = people[0];
      // Only a name that follows at once, an honorific aside ("the moderator, Mr. Name"): in "the
      // moderator thanked Mr. Asanov" he is not the moderator.
      // Roles may come first, set off from the title and following it at once ("opened by the moderator, member of
      // the Public Council Name"; not "The moderator was thanked by Name").
      const aside = /[,:–—-][ \t]*$/.test(m[0]) && person !== undefined && person.roles.length > 0 && followsAtOnce(doc, block.start + at, person);
      if (person && (honorificsOnly(doc, doc.text.slice(block.start + at, person.nameSpan.start)) || aside))
        return withOthers(doc, toExtracted(person, []), joined(doc, people));
      // "The moderator Sarah Miller opened the meeting": a bare name right after the title (isBareName), with no ending
      // that findNames would know it by.
      const bare = bareNameAt(doc, block.start + at, block.start + sentenceEnd(near, at, doc.lexicon));
      if (bare) return toExtracted(bare, []);
    }
  }
  return undefined;
}

/**
 * "Aida Bekova, coordinator of the Public Council, facilitated the meeting", "…, acted as
 * moderator": the last person named before the verb in its sentence.
 */
function didModerate(doc: Doc): Extracted<Person | null> | undefined {
  const lex = doc.lexicon;
  const did = memoRegExp(lex, 'moderator.did', () => {
    const article = lex.words.articles.length > 0 ? `(?:(?:${alternation(lex.words.articles)})\\s+)?` : '';
    const acted = lex.cues.moderatorActed.length > 0 ? `|${WORD_START}(?:${alternation(lex.cues.moderatorActed)})${WORD_END}` : '';
    // (Or a pronoun for the event: "Name opened the meeting and moderated it".)
    const pronoun = lex.cues.moderatedPronouns.length > 0 ? `(?:${alternation(lex.cues.moderatedPronouns)})|` : '';
    return ignoreCase(`${WORD_START}(?:${alternation(lex.cues.moderatorDid)})\\s+(?:${pronoun}${article}(?:${alternation(lex.words.moderated)}))${WORD_END}${acted}`);
  });
  for (const block of doc.blocks) {
    const m = did.exec(block.text);
    if (!m) continue;
    const from = block.start + sentenceStart(block.text, m.index, doc.lexicon);
    // (The first of those joined by "and" before the verb: "Name1 and Name2 moderated the meeting".)
    const people = findPeople(doc, from, block.start + m.index, { assumeName: true });
    let first = people.length - 1;
    while (first > 0 && joinedTo(doc, people[first - 1]!, people[first]!)) first--;
    if (first >= 0) return withOthers(doc, toExtracted(people[first]!, []), joined(doc, people.slice(first)));
  }
  return undefined;
}

/**
 * The person whose bare name (two or three plain capitalised words, isBareName) stands at `from`, an honorific and
 * emphasis aside, and ends at a word boundary: with the roles that follow it in its own piece ("…, UNDP,"), read as a
 * list's entry is; or with none where a verb follows ("Sarah Miller opened the meeting").
 */
function bareNameAt(doc: Doc, from: number, end: number): FoundPerson | undefined {
  const lex = doc.lexicon;
  const m = BARE_AFTER.exec(doc.text.slice(from, Math.min(end, from + BARE_REACH)));
  if (!m || !honorificsOnly(doc, m[1]!) || !isBareName(m[2]!, lex)) return undefined;
  const start = from + m[1]!.length;
  // (Not a body's words before a position: "The moderator Jogorku Kenesh deputy …".)
  const next = NEXT_WORD.exec(doc.text.slice(start + m[2]!.length, start + m[2]!.length + 40))?.[1]?.toLowerCase();
  if (next !== undefined && (lex.names.titles.includes(next) || lex.names.positionModifiers.includes(next))) return undefined;
  const entry = findPeople(doc, start, end, { assumeName: true })[0];
  if (entry && entry.nameSpan.start === start) return entry;
  return { name: splitName(m[2]!, lex), nameSpan: { start, end: start + m[2]!.length }, roles: [] };
}

// What may stand before a bare name (white space, emphasis, punctuation, honorifics: checked apart), then two or three
// capitalised words, then no more letters.
const BARE_AFTER = new RegExp(`^([\\s*_,:–—-]*(?:[${LETTER}]+\\.?[\\s*_]+)??)([${UPPER}][${LETTER}’'-]+(?:[ \\t]+[${UPPER}][${LETTER}’'-]+){1,2})(?![${LETTER}])`, 'u');

// The word after white space that opens a text.
const NEXT_WORD = new RegExp(`^[ \\t]+([${LETTER}-]+)`, 'u');

/** How far after a moderator's title a bare name is looked for. */
const BARE_REACH = 120;

/** Whether `person` (their name or a role before it) starts right at `from`, after nothing but an article, emphasis or punctuation. */
function followsAtOnce(doc: Doc, from: number, person: FoundPerson): boolean {
  const start = Math.min(person.nameSpan.start, ...person.roles.map((r) => r.span.start));
  const lex = doc.lexicon;
  const gap = memoRegExp(lex, 'moderator.gap', () => {
    const article = lex.words.articles.length > 0 ? `(?:(?:${alternation(lex.words.articles)})\\s+)?` : '';
    // An honorific may stand before the name ("facilitated by Ms. Name"): it is no part of the name.
    return ignoreCase(`^[\\s,:;*_–—-]*${article}[\\s*_]*(?:(?:${alternation(lex.words.honorifics)})\\.?[\\s*_]+)*$`);
  });
  return gap.test(doc.text.slice(from, start));
}

/** Whether `text` holds nothing but honorifics ("Mr.", "Dr."), white space and emphasis. */
function honorificsOnly(doc: Doc, text: string): boolean {
  const lex = doc.lexicon;
  return memoRegExp(lex, 'moderator.honorifics', () => ignoreCase(`^[\\s*_]*(?:(?:${alternation(lex.words.honorifics)})\\.?[\\s*_]+)*$`)).test(text);
}

// A few words and a colon that introduce the people after them, on one line.
const INTRO_COLON = /^[^:\n.;,()]{1,60}:/;

/** How far after a moderator's title its person may run: a name and a few roles. */
const PERSON_REACH = 400;

/** An attendee whose role after the name is just a chair word ("Name (chair)", "Name – chairperson") chairs the meeting. */
function chairInList(doc: Doc): Extracted<Person | null> | undefined {
  const marks = doc.lexicon.cues.chairMark;
  for (const block of doc.blocks) {
    if (!hasWordIn(doc, block, marks)) continue;
    // (After the label that opens the block: "Attendees: Name – chairperson, …" gives no role "Attendees".)
    const people = findPeople(doc, pastLabel(doc, block), block.end);
    for (const [i, person] of people.entries()) {
      // (A chair word after the name, or before the block's first: "Chair Mamytov Ulan opened the hearing". Before a
      // later name, "… Kenzhebaev Marat and the chairman Name" in a sentence of speeches, it is as often the chair of
      // something the text does not name.)
      const mark = person.roles.findIndex((r) => marks.includes(r.text.toLowerCase()) && (i === 0 || r.span.start > person.nameSpan.start));
      if (mark >= 0) return toExtracted(person, [mark]);
    }
  }
  return undefined;
}

/**
 * The record holds one moderator: where the text names more ("Moderators: Name1, role, and Name2, role"), an `info`
 * diagnostic names the others (`people`, the first among them), so that none is lost without a word.
 */
function withOthers(doc: Doc, extracted: Extracted<Person>, people: FoundPerson[]): Extracted<Person> {
  const others = people.slice(1);
  if (others.length === 0) return extracted;
  const names = others.map((p) => `“${p.name.full}”`).join(', ');
  const message = `${people.length} moderators are named; the record holds the first, “${people[0]!.name.full}”, not ${names}`;
  return { ...extracted, diagnostics: [diagnostic('info', 'moderator-several', message, doc.source(others[0]!.nameSpan.start))] };
}

/**
 * The first of `people` and those joined to it one by one, by "and" past the roles of the one before ("Name1, role, and
 * Name2"), or, where `listed`, by a comma or semicolon too ("Name1, role; Name2"): not someone the roles name
 * ("assistant to deputy Name2", "replacing Name2") nor one a later clause brings in ("…, who gave the floor to Name2").
 */
function joined(doc: Doc, people: FoundPerson[], listed = false): FoundPerson[] {
  let n = Math.min(people.length, 1);
  while (n < people.length && joinedTo(doc, people[n - 1]!, people[n]!, listed)) n++;
  return people.slice(0, n);
}

/**
 * Where a label left empty takes the list item under it as its content ("Moderators:" / "- Name1, role" / "- Name2, role"),
 * the person whose name opens each item after it (an honorific aside), up to an item that is labelled or opens otherwise.
 */
function nextItems(doc: Doc, hit: LabelHit, span: LabelHit): FoundPerson[] {
  if (span === hit) return [];
  const people: FoundPerson[] = [];
  const first = doc.blocks.findIndex((block) => block.start === span.start);
  for (let i = first + 1; first >= 0 && i < doc.blocks.length; i++) {
    const item = doc.blocks[i]!;
    // (The same list: the next item, a blank line between them at most.)
    if (item.kind !== 'listItem' || item.line > doc.point(doc.blocks[i - 1]!.end).line + 2 || isLabelLine(doc, doc.lines[item.line - 1]!)) break;
    const person = findPeople(doc, item.start, item.end, { assumeName: true })[0];
    if (!person || !honorificsOnly(doc, doc.text.slice(item.start, person.nameSpan.start))) break;
    people.push(person);
  }
  return people;
}

/**
 * Whether `person` is joined to `before` by "and" alone, past `before`'s roles ("Name1, role, and Ms. Name2"), or, where
 * `listed`, by a comma or semicolon alone ("Name1, role; Name2").
 */
function joinedTo(doc: Doc, before: FoundPerson, person: FoundPerson, listed = false): boolean {
  const lex = doc.lexicon;
  const honorific = `(?:(?:${alternation(lex.words.honorifics)})\\.?\\s+)?$`;
  const joiner = memoRegExp(lex, 'moderator.joiner', () => ignoreCase(`^[\\s,;)]*(?:${alternation([...lex.words.conjunctions, '&'])})\\s+${honorific}`));
  const end = Math.max(before.nameSpan.end, ...before.roles.map((r) => r.span.end));
  const gap = doc.text.slice(end, person.nameSpan.start);
  return joiner.test(gap) || (listed && memoRegExp(lex, 'moderator.parter', () => ignoreCase(`^[\\s)]*[,;]\\s*${honorific}`)).test(gap));
}

function toExtracted(person: FoundPerson, drop: number[]): Extracted<Person> {
  const roles = person.roles.filter((_, i) => !drop.includes(i));
  const spans: Record<string, { start: number; end: number }> = {
    '': { start: Math.min(person.nameSpan.start, ...roles.map((r) => r.span.start)), end: Math.max(person.nameSpan.end, ...roles.map((r) => r.span.end)) },
    '/name': person.nameSpan,
  };
  roles.forEach((r, i) => (spans[`/roles/${i}`] = r.span));
  return { value: { name: person.name, roles: roles.map((r) => r.text) }, spans };
}

