/**
 * speakers: every person the text names as speaking or presenting, in order,
 * with the roles the text attaches to each. Read from paragraphs with a
 * speech cue ("A welcoming speech was made by …", "… presented …") and from
 * the list items after a line such as "Speakers:" (or "Presentations:", whose own line may
 * name presenters too). The moderator is left out;
 * a speaker named without roles takes those an attendee list gives them.
 */
import { opensList, type Block, type Doc, type Span } from '../document.js';
import { cells, findLabels, findTables, isAgendaLabel, isBareLabelLine, isLabelLine, keysOf, lineLabelKeys, pastLabel } from '../labels.js';
import { LETTER } from '../letters.js';
import { findNames } from '../names.js';
import { findPeople, personKeys, samePerson, type FoundPerson } from '../people.js';
import type { Person, PersonName } from '../schema.js';
import type { Lexicon } from '../lexicon/types.js';
import { BULLET_LINE, WORD_END, WORD_START, alternation, cleanValue, hasWord, hasWordIn, ignoreCase, indentOf, memoRegExp, sentenceEnd, spansOverlapping, trimTrailing } from '../text.js';
import { claimsEnd, isClaimed, overlaps, type Extractor } from './types.js';

export const speakers: Extractor<Person[]> = (doc, found) => {
  const lex = doc.lexicon;
  const people: FoundPerson[] = [];
  const moderator = (found.moderator?.value as Person | null | undefined)?.name;
  // People seen so far, by family name (or patronymic): only those can be the same person.
  const byFamily = new Map<string, PersonName[]>();
  const familyKey = (name: PersonName) => (name.family ?? name.patronymic ?? name.full).toLowerCase();
  const seen = (key: string) => byFamily.get(key) ?? [];
  const known = (name: PersonName) => {
    const key = familyKey(name);
    return (
      (moderator && (samePerson(name, moderator) || declined(name, moderator, lex))) ||
      seen(key).some((p) => samePerson(p, name)) ||
      // The same person named again in another case ("По словам Эрлана Осмонова" after "Осмонов Эрлан", or before it).
      nominatives(key, lex).some((nominative) => seen(nominative).some((p) => declined(name, p, lex))) ||
      lex.names.caseEndings.some((ending) => seen(key + ending).some((p) => declined(p, name, lex)))
    );
  };
  const titles = Object.entries(found.presentations?.spans ?? {})
    .flatMap(([pointer, span]) => (pointer === '' ? [] : [span]))
    .concat(found.presentations?.repeats ?? [])
    .sort((a, b) => a.start - b.start);
  const read = (start: number, end: number, inList: boolean) => {
    const options = { assumeName: inList, cues: lex.cues.speech, fillers: lex.cues.speechFiller, noise: titles };
    for (const person of findPeople(doc, start, end, options)) {
      if (known(person.name)) continue;
      people.push(person);
      const key = familyKey(person.name);
      byFamily.set(key, [...seen(key), person.name]);
    }
  };
  // When and where the meeting was, and its kind, told in a sentence leave the speakers in it to be
  // read ("On 12 May 2021 in Osh the meeting was opened by Name"); other claims keep theirs.
  const told = new Set([found.date, found.venue, found.type, found.region].map((f) => f?.spans?.['']).filter((s): s is Span => s !== undefined));
  // The lines a speakers label opens ("Speakers: …"): found once, as a document may have thousands of cued paragraphs.
  const speakerHits = findLabels(doc, lex.labels.speakers);
  const speakerLines = new Set(speakerHits.map((hit) => hit.line.number));
  // The paragraph a blank line below a speakers label alone on its line, which is its content ("Speakers:" / "" /
  // "imam of the central mosque Name; head of … Name2."): read as its line would be.
  const speakersBelow = new Set(speakerHits.flatMap((hit) => (hit.content.trim() !== '' && hit.start > hit.line.start + hit.line.text.length ? [doc.point(hit.start).line] : [])));
  // And those a presentations label opens ("Reports:"): the items of a list of talks name the presenters.
  const talkLines = new Set(findLabels(doc, lex.labels.presentations).flatMap((hit) => (isAgendaLabel(hit.label, lex) ? [] : [hit.line.number])));
  // An agenda's items are the meeting's points, but one that names someone names who spoke ("“Waste collection” – Name, role").
  const agendaLines = new Set(findLabels(doc, lex.labels.agenda).map((hit) => hit.line.number));
  let agendaIntro = false;
  const rows = speakerRows(doc);
  const titleSpan = found.title?.spans?.[''];
  const inTitle = (block: Block) => titleSpan !== undefined && overlaps(titleSpan, block);
  let listIntro = false;
  // Under a line that introduces speakers, paragraphs that each open with a name are entries too
  // ("Speakers:" / "**Ormonova Kalipa**" + "director of …" / "**Tashiev Aibek**" + "head of …").
  let entriesIntro = false;
  // The level of a heading that introduces speakers ("## Speeches"): the deeper headings under it that open with a
  // person are entries ("### Asanov Bolot, deputy governor"), up to a heading of its level or higher.
  let speakersLevel: number | undefined;
  // The indent of a list item that introduces speakers ("6. Speakers:" among a form's numbered fields): the items
  // indented deeper under it are entries ("   - Omurov Kanat, head of …"), up to an item indented no deeper than it.
  let itemIntro: number | undefined;
  // (Or, where that item is numbered, the bullets at its own indent right under it, as a text editor leaves them: "5. Speeches:" /
  // "- Asanov Bolot, …" / "- …", up to the next numbered item; where it is a bullet, the bullets after it, as a document
  // bulleted throughout has them: "- Speeches:" / "- Asanov Bolot, …" / "- …", up to one that is a label or ends with a colon.)
  let numberedIntro = false;
  for (const block of doc.blocks) {
    const item = block.kind === 'listItem' ? doc.lines[block.line - 1]! : undefined;
    const indent = item && indentOf(item.text);
    const bullet = item !== undefined && BULLET_LINE.test(item.text);
    const bulletUnder = item !== undefined && indent === itemIntro && bullet && (numberedIntro || (!endsWithColon(block) && !isLabelLine(doc, item)));
    if (indent === undefined || (itemIntro !== undefined && indent <= itemIntro && !bulletUnder)) itemIntro = undefined;
    if (entriesIntro && block.kind === 'paragraph' && !labelledOtherwise(doc, block, speakerLines) && opensWithPerson(doc, block, titles)) {
      // (A transcript's speaker in bold before a colon: what follows is the statement, no role: "**Name, role:** The town …".)
      read(block.start, block.start + (BOLD_SPEAKER.exec(block.text)?.[0].length ?? block.text.length), true);
      continue;
    }
    if (block.kind === 'paragraph' && speakersBelow.has(block.line) && !isClaimed(found, block)) {
      read(block.start, block.end, true);
      // (It opens with no name, or it would be an entry above: no entries follow it.)
      entriesIntro = false;
      continue;
    }
    const level = block.kind === 'heading' ? headingLevel(doc, block) : undefined;
    if (level !== undefined && speakersLevel !== undefined) {
      if (level > speakersLevel && opensWithPerson(doc, block, titles)) {
        read(block.start, block.end, true);
        continue;
      }
      if (level <= speakersLevel) speakersLevel = undefined;
    }
    // (Or a paragraph with a sentence that opens with a person and says what they proposed, asked or thanked for: "Name,
    // role, proposed to build a school"; the lexicon's `cues.subjectSpeech`, looked up before the sentences are read.)
    const cued = hasWordIn(doc, block, lex.cues.speech) || (block.kind === 'paragraph' && hasWordIn(doc, block, lex.cues.subjectSpeech) && sentencesOf(block, lex).some((s) => subjectVerb(block.text.slice(s.start, s.end), lex) >= 0));
    const inList = block.kind === 'listItem' && (listIntro || itemIntro !== undefined || rows.has(block.line) || (agendaIntro && findNames(block.text, lex).length > 0));
    if (indent !== undefined && cued && itemIntro === undefined && endsWithColon(block)) {
      itemIntro = indent;
      numberedIntro = !bullet;
    }
    // (Not the title: "# Report" over a table of the meeting's details holds the speech cue "report".)
    if (block.kind !== 'listItem') {
      listIntro = (cued || talkLines.has(block.line)) && opensList(block) && !inTitle(block);
      agendaIntro = agendaLines.has(block.line) && opensList(block);
    }
    // (A heading introduces them as a line ending with a colon does: "## Speakers" / "**Name** – role"; so does a speakers
    // label alone on its line with the first entry under it in its paragraph: "Speakers:" / "Asanov Bolot" / "head of …".)
    entriesIntro = (listIntro || (speakerLines.has(block.line) && labelLineOpens(block))) && (block.kind === 'paragraph' || block.kind === 'heading') && !isClaimed(found, block);
    if (level !== undefined && entriesIntro) speakersLevel = level;
    // A presentations label's own line names the presenters too ("Presentations: “Title” (Name, ILO); …").
    const talkLine = block.kind === 'paragraph' && talkLines.has(block.line);
    if (!cued && !inList && !talkLine) continue;
    if (!inList && !talkLine && labelledOtherwise(doc, block, speakerLines)) continue;
    if (!isClaimed(found, block)) {
      // A "Speakers:" line lists people as a list does: "Speakers: Asanov Bolot, expert; Kim Sergei, lawyer".
      if (inList || talkLine || speakerLines.has(block.line) || block.kind !== 'paragraph') {
        read(block.start, block.end, inList || speakerLines.has(block.line));
        continue;
      }
      // A paragraph's sentences that have a cue, or open with a person ("Then Name, expert, presented X. Name2, lawyer, took
      // part."): not those that only mention someone ("The event was covered by journalist Name", "A film about the life of
      // the poet Name was shown").
      let runStart = -1;
      let runEnd = -1;
      for (const sentence of sentencesOf(block, doc.lexicon)) {
        const words = block.text.slice(sentence.start, sentence.end);
        const cue = hasWord(words, lex.cues.speech);
        // (One with no cue whose person says something, "Name, role, proposed to invite Name2", up to the verb: its subject
        // is the speaker, not who else it names.)
        const verb = cue ? -1 : subjectVerb(words, lex);
        if (verb >= 0) {
          if (runStart >= 0) read(block.start + runStart, block.start + runEnd, false);
          runStart = -1;
          read(block.start + sentence.start, block.start + sentence.start + verb, false);
          continue;
        }
        if (!cue && !opensWithName(words, lex)) continue;
        // (Sentences side by side are read as one run, as the paragraph was.)
        if (runStart >= 0 && sentence.start === runEnd) {
          runEnd = sentence.end;
          continue;
        }
        if (runStart >= 0) read(block.start + runStart, block.start + runEnd, false);
        runStart = sentence.start;
        runEnd = sentence.end;
      }
      if (runStart >= 0) read(block.start + runStart, block.start + runEnd, false);
      continue;
    }
    // A paragraph another field has claimed part of ("The meeting was moderated by Name." and, in
    // the next sentences, the speakers): its other sentences are read on their own.
    if (inList || block.kind !== 'paragraph') continue;
    for (const sentence of sentencesOf(block, doc.lexicon)) {
      const span = { start: block.start + sentence.start, end: block.start + sentence.end };
      if (!hasWord(block.text.slice(sentence.start, sentence.end), lex.cues.speech)) continue;
      if (!isClaimed(found, span, told)) {
        read(span.start, span.end, false);
        continue;
      }
      // What the sentence goes on to after the claimed words: "The moderator, Name, opened the meeting and gave the
      // floor to the deputy mayor Name2".
      const after = claimsEnd(found, span, told);
      if (after < span.end && hasWord(doc.text.slice(after, span.end), lex.cues.speech)) read(after, span.end, false);
    }
  }
  const value: Person[] = [];
  const spans: Record<string, { start: number; end: number }> = {};
  const lists: Lists = { read: new Map() };
  for (const person of people) {
    // A speaker named by the family name alone ("Mr. Petrov reported …") or without roles is
    // looked up in an attendee list, which gives the whole name and the roles.
    const alone = person.name.given === null && person.name.patronymic === null && !person.name.full.includes(' ');
    // (Not the speaker's own mention, when it is a list item itself: "1. Ms. Mamytova presented …".)
    const all = alone || person.roles.length === 0 ? inLists(doc, person.name, titles, lists).filter((p) => p.nameSpan.start !== person.nameSpan.start) : [];
    const listed = all[0];
    // (Only one such person: with two Asanovs in the list, "Mr. Asanov" stays as written.)
    const name = alone && listed && listed.name.full.includes(' ') && all.every((p) => p.name.full === listed.name.full) ? listed : person;
    const roles = person.roles.length > 0 ? person.roles : (listed?.roles.filter((r) => !doc.lexicon.cues.chairMark.includes(r.text.toLowerCase())) ?? []);
    const i = value.length;
    spans[`/${i}/name`] = name.nameSpan;
    roles.forEach((r, j) => (spans[`/${i}/roles/${j}`] = r.span));
    value.push({ name: name.name, roles: roles.map((r) => r.text) });
  }
  return { value, spans };
};

/**
 * Each attendee list item's person that may be the same as `name`, with the roles it gives them (a talk's title is none);
 * the entries of a paragraph parted by semicolons count as items ("Invited: Toktogulov N.A., head of …; Asanova G., lawyer"),
 * and so does a labelled line of one entry ("Invited: Usupov Kanat, deputy minister of finance.").
 */
function inLists(doc: Doc, name: PersonName, titles: Span[], lists: Lists): FoundPerson[] {
  const family = name.family ?? name.patronymic;
  const word = family && FIRST_WORD.exec(family)?.[0];
  if (!family || !word) return [];
  const out: FoundPerson[] = [];
  // Only the lists that hold the family name's first word: a document may have thousands of list items and of speakers.
  lists.byWord ??= listsByWord(doc);
  for (const block of lists.byWord.get(word) ?? []) {
    if (!block.text.includes(family)) continue;
    // A label that opens the paragraph ("Invited:") is no one's role.
    const from = block.kind === 'paragraph' ? pastLabel(doc, block) : block.start;
    // Each list read and indexed once, whatever the number of speakers looked up in it (a paragraph of a thousand invitees).
    let list = lists.read.get(block);
    if (!list) lists.read.set(block, (list = indexed(findPeople(doc, from, block.end, { assumeName: true, noise: titles }))));
    const match = firstSame(list, name);
    if (match) out.push(match);
  }
  return out;
}

/** The lists speakers without roles are looked up in: each read once, and the words each holds. */
interface Lists {
  read: Map<Block, PeopleIndex>;
  /** The list blocks (items, and paragraphs parted by semicolons) that hold each word, in document order. */
  byWord?: Map<string, Block[]>;
}

const WORDS = new RegExp(`[${LETTER}]+`, 'gu');
const FIRST_WORD = new RegExp(`[${LETTER}]+`, 'u');

/** Index the document's list blocks by the words they hold. */
function listsByWord(doc: Doc): Map<string, Block[]> {
  const out = new Map<string, Block[]>();
  for (const block of doc.blocks) {
    // (And a labelled line of one entry: "Invited: Usupov Kanat, deputy minister of finance."; not lines under a label alone,
    // which are a list only as attendee lists are, a line each.)
    if (block.kind !== 'listItem' && !(block.kind === 'paragraph' && (block.text.includes(';') || labelledLine(doc, block)))) continue;
    for (const [word] of block.text.matchAll(WORDS)) {
      const blocks = out.get(word);
      if (!blocks) out.set(word, [block]);
      else if (blocks.at(-1) !== block) blocks.push(block);
    }
  }
  return out;
}

/** Whether `block` is one line that opens with a label and holds its value ("Invited: Name, role."). */
function labelledLine(doc: Doc, block: Block): boolean {
  const line = doc.lines[block.line - 1]!;
  return !block.text.includes('\n') && isLabelLine(doc, line) && !isBareLabelLine(doc, line);
}

/** The people of a list, and where each of their keys (personKeys) occurs among them. */
interface PeopleIndex {
  people: FoundPerson[];
  at: Map<string, number[]>;
}

/** Index the people of a list by their keys. */
function indexed(people: FoundPerson[]): PeopleIndex {
  const at = new Map<string, number[]>();
  people.forEach((person, i) => {
    for (const key of personKeys(person.name)) {
      const list = at.get(key);
      if (list) list.push(i);
      else at.set(key, [i]);
    }
  });
  return { people, at };
}

/** The words `word` may be the declined form of, its lexicon's case endings taken off ("осмонова" → "осмонов"). */
function nominatives(word: string, lex: Lexicon): string[] {
  return lex.names.caseEndings.flatMap((ending) => (word.length > ending.length + 2 && word.endsWith(ending) ? [word.slice(0, -ending.length)] : []));
}

/**
 * Whether `name` is `known` declined: its given and family names each the known one's or that with a case
 * ending of the lexicon, one of them at least declined ("Эрлана Осмонова", "Эрлану Осмонову" for "Осмонов Эрлан").
 */
function declined(name: PersonName, known: PersonName, lex: Lexicon): boolean {
  const parts = [[name.given, known.given], [name.family, known.family]] as const;
  if (lex.names.caseEndings.length === 0 || parts.some(([a, b]) => !a || !b)) return false;
  const forms = parts.map(([a, b]) => {
    const [x, y] = [a!.toLowerCase(), b!.toLowerCase()];
    return x === y ? 'same' : lex.names.caseEndings.some((e) => x === y + e) ? 'declined' : 'other';
  });
  return forms.every((f) => f !== 'other') && forms.includes('declined');
}

/** The first person of an indexed list who is the same as `name` (samePerson), looking only at those sharing a key. */
function firstSame(list: PeopleIndex, name: PersonName): FoundPerson | undefined {
  let first = Infinity;
  for (const key of personKeys(name)) {
    for (const i of list.at.get(key) ?? []) {
      if (i >= first) break;
      if (samePerson(list.people[i]!.name, name)) {
        first = i;
        break;
      }
    }
  }
  return list.people[first];
}

/** The lines of the rows of tables with a column headed as speakers ("| No. | Speaker | Position | Topic |"): a list of speakers with no label above it. */
function speakerRows(doc: Doc): Set<number> {
  const out = new Set<number>();
  if (!doc.text.includes('|')) return out;
  const headings = doc.lexicon.words.speakerColumns;
  for (const { head, rows } of findTables(doc)) {
    const heads = cells(head).map((cell) => cleanValue(doc.text.slice(cell.start, cell.end)).toLowerCase());
    if (heads.some((h) => headings.includes(h))) for (const row of rows) out.add(row.number);
  }
  return out;
}

/**
 * Whether a paragraph opens with a person's name, after any emphasis or bullet or a talk's
 * quoted title ("“Primary care” – Name, role"): an entry of a list of speakers.
 */
function opensWithPerson(doc: Doc, block: Block, titles: Span[]): boolean {
  const first = findPeople(doc, block.start, block.end, { assumeName: true, noise: titles })[0];
  if (!first || !first.name.full.includes(' ')) return false; // (two words at least: "Discussion. Parents spoke …" opens with no one)
  const before = doc.text.slice(block.start, first.nameSpan.start);
  const titled = spansOverlapping(titles, block.start, first.nameSpan.start).some((t) => t.start >= block.start && t.end <= first.nameSpan.start);
  return ENTRY_LEAD.test(before) || (titled && ENTRY_LEAD.test(before.replace(QUOTED_LEAD, '')));
}

/** Whether a sentence opens with a name, after only marks, a word that opens sentences, an honorific or a position ("Then Mr. Name …"). */
function opensWithName(sentence: string, lex: Lexicon): boolean {
  const first = findNames(sentence, lex)[0];
  return first !== undefined && leadsName(sentence.slice(0, first.start), lex);
}

/** Whether the words before a name leave it opening its sentence: none, a word that opens sentences, an honorific or a position. */
function leadsName(before: string, lex: Lexicon): boolean {
  const lead = before.replace(/[\s*_,.]+/g, ' ').trim().toLowerCase();
  return lead === '' || lex.words.sentenceOpeners.includes(lead) || lex.words.honorifics.includes(lead) || lex.names.titles.includes(lead);
}

/**
 * Where in a sentence that opens with a person, by name or by position ("Name, role, …", "Deputy mayor Name …"), a verb of
 * the lexicon's `cues.subjectSpeech` follows the name ("… proposed to build a school"); else -1.
 */
function subjectVerb(sentence: string, lex: Lexicon): number {
  if (!hasWord(sentence, lex.cues.subjectSpeech)) return -1;
  const first = findNames(sentence, lex)[0];
  if (!first || !(leadsName(sentence.slice(0, first.start), lex) || opensWithPosition(sentence.slice(0, first.start), lex))) return -1;
  const verb = memoRegExp(lex, 'speakers.subjectSpeech', () => ignoreCase(`${WORD_START}(?:${alternation(lex.cues.subjectSpeech)})${WORD_END}`, 'g'));
  verb.lastIndex = first.end;
  return verb.exec(sentence)?.index ?? -1;
}

/**
 * Whether the words before a sentence's first name are a position ("The deputy mayor of Osh", "Заместитель мэра"): one of the
 * lexicon's titles or position modifiers first, past articles and sentence openers.
 */
function opensWithPosition(lead: string, lex: Lexicon): boolean {
  const words = lead.replace(/[\s*_,.]+/g, ' ').trim().toLowerCase().split(' ');
  let i = 0;
  while (i < words.length && (lex.words.articles.includes(words[i]!) || lex.words.sentenceOpeners.includes(words[i]!))) i++;
  return i < words.length && (lex.names.titles.includes(words[i]!) || lex.names.positionModifiers.includes(words[i]!));
}

/** Whether a paragraph's first line stands alone as a label or heading ("Speakers:") and more lines follow it in the paragraph. */
function labelLineOpens(block: Block): boolean {
  const lineEnd = block.text.indexOf('\n');
  return block.kind === 'paragraph' && lineEnd > 0 && opensList({ ...block, text: block.text.slice(0, lineEnd) });
}

/** The level of a heading block: its "#" marks, or 1 for one underlined (setext). */
function headingLevel(doc: Doc, block: Block): number {
  return HEADING_MARKS.exec(doc.lines[block.line - 1]?.text ?? '')?.[1]?.length ?? 1;
}

const HEADING_MARKS = /^[ \t]{0,3}(#{1,6})(?=[ \t]|$)/;

// A bold run that opens a paragraph and ends with a colon, inside the bold or right after it ("**Name (role):** …").
const BOLD_SPEAKER = /^[ \t]*(\*\*|__)[^*_\n]+?(?::[ \t]*\1|\1[ \t]*:)/;

// What may stand before the name that opens an entry: emphasis, a bullet, a dash or colon after a title.
const ENTRY_LEAD = /^[\s*_•:–—-]*$/;
// A quotation that opens the text.
const QUOTED_LEAD = /^[\s*_]*[«“"„][^»”"“]*[»”"“][\s*_]*/;

/** The sentences of `block`, as spans of its text. */
function sentencesOf(block: Block, lex: Lexicon): Span[] {
  const out: Span[] = [];
  for (let from = 0; from < block.text.length; ) {
    const end = Math.min(block.text.length, sentenceEnd(block.text, from, lex) + 1);
    out.push({ start: from, end });
    from = end;
  }
  return out;
}

/** Whether `block` ends with a colon, bold or italic marks after it aside ("Speeches:", "**Speakers:**"). */
function endsWithColon(block: Block): boolean {
  return trimTrailing(block.text, '*_').endsWith(':');
}

/** A block that opens with another field's label ("Moderator:", "Purpose:") is not a speaker list. */
function labelledOtherwise(doc: Doc, block: Block, speakerLines: ReadonlySet<number>): boolean {
  const line = doc.lines[block.line - 1];
  if (line === undefined || !isLabelLine(doc, line) || speakerLines.has(line.number)) return false;
  // (Not the discussion's: what was said there names who said it, "Discussion" / "… Imam Name noted that …".)
  const keys = lineLabelKeys(doc, line);
  return !(keys.length > 0 && keys.every((key) => keysOf(doc.lexicon.labels.discussion).has(key)));
}
