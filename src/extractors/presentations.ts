/**
 * presentations: the titles of the reports presented, from the quotations in
 * a paragraph that speaks of presenting ("Presentations on “A”, “B” were
 * completed"), the items of a "Presentations:" or "Presenters:" list (a
 * quotation naming an organisation — the NGO “Bilim” — is no title), the
 * unquoted titles on a "Topics of presentations:" line, or the cells of a
 * table's column of talk titles ("Topic of the speech").
 */
import { entryTalks, isEntry, isPresenterLine, opensAsPresenter, opensList, strongWithin, type Block, type Doc, type Span } from '../document.js';
import { cells, findLabels, findTables, isAgendaLabel, isLabelLine, labelKey, lineLabelKeys } from '../labels.js';
import { LETTER, UPPER } from '../letters.js';
import type { Lexicon } from '../lexicon/types.js';
import { ACRONYM, findNames, isHonorific } from '../names.js';
import { BULLET_LINE, ITEM_MARK, LINE_MARKS, WORD_END, WORD_START, allMatches, alternation, bracketSpans, cleanValue, closesShortWord, hasLetterOrDigit, hasWord, hasWordIn, ignoreCase, indentOf, itemsAt, leadingJoin, memoRegExp, quotedSpans, sentenceEnd, sentenceStart, spanAround, splitTopLevel, trimSpan, unwrapQuotes, withoutItemMarkers, type Piece, type Quoted } from '../text.js';
import { isClaimed, type Extractor } from './types.js';

export const presentations: Extractor<string[]> = (doc, found) => {
  const lex = doc.lexicon;
  const value: string[] = [];
  const seen = new Set<string>(); // the values, for a lookup that stays quick over thousands of titles
  const spans: Record<string, Span> = {};
  const title = found.title?.spans?.[''];
  // The quotation the topic was taken from is not a talk as well ("Agenda: “X”" with nothing else).
  const topic = found.topic?.spans?.[''];
  const repeats: Span[] = [];
  const places = new Set<string>(); // "start:end" of each span read, for a lookup that stays quick
  const add = (text: string, span: Span) => {
    const v = cleanValue(text);
    // (A table's cell left empty but for a dash, "| — |", names no talk.)
    if (!hasLetterOrDigit(v) || (topic && span.start === topic.start && span.end === topic.end)) return;
    // (A title given again, for another speaker, is one talk; where it is written again is still a title, no role.)
    const at = `${span.start}:${span.end}`;
    if (seen.has(v)) {
      // (Not the same place read twice: the spans stay disjoint.)
      if (!places.has(at)) repeats.push(span);
      places.add(at);
      return;
    }
    places.add(at);
    spans[`/${value.length}`] = span;
    value.push(v);
    seen.add(v);
  };
  // "the NGO “Bilim”", "project EC “Open Media”", "“Nur” LLC": a quotation naming an organisation is no title.
  // (So does one naming a thing that has a name: "the “Tunduk” system", "the Law “On Migration”".)
  const organization = memoRegExp(lex, 'presentations.organization', () => ignoreCase(`${WORD_START}(?:${alternation([...lex.words.organization, ...lex.words.namedThings])})(?:\\s+[${UPPER}]+)?\\s*$`));
  // Unless a word of presenting governs a named thing: "presented the programme “Youth 2030”", "presented the draft law
  // “On water”" (not an organisation, "presented the NGO “Bilim”", which introduces it; not past "by", "to", "from" or
  // "of": "the report of the project “X”", "spoke on behalf of …"; and not in a line another field claimed).
  const presentedThing = memoRegExp(lex, 'presentations.presentedThing', () => {
    const not = alternation([...lex.words.personWords, ...lex.words.affiliationWords]);
    return ignoreCase(`${WORD_START}(?:${alternation(lex.cues.presentation)})\\s+(?:(?!(?:${not})${WORD_END})[${LETTER}-]+\\s+){0,3}(?:${alternation(lex.words.namedThings)})(?:\\s+[${UPPER}]+)?\\s*$`);
  });
  const organizationAfter = memoRegExp(lex, 'presentations.organizationAfter', () => ignoreCase(`^\\s*(?:${alternation([...lex.words.organization, ...lex.words.namedThings])})${WORD_END}`));
  // "expert of “Transparency Kyrgyzstan”", "the Talas branch of “Aiyl Bank”": a quotation after a person's position
  // or an organisation's word and "of" names a workplace (in a language with "of" words: Russian says it by the case).
  // (Its long list of words is tried only where the text before the quotation ends with "of".)
  const endsWithOf = memoRegExp(lex, 'presentations.endsWithOf', () => (lex.words.labelOf.length === 0 ? /(?!)/ : ignoreCase(`${WORD_START}(?:${alternation(lex.words.labelOf)})\\s*$`)));
  const workplace = memoRegExp(lex, 'presentations.workplace', () =>
    ignoreCase(`${WORD_START}(?:${alternation([...lex.names.titles, ...lex.words.organization])})s?\\s+(?:${alternation(lex.words.labelOf)})\\s*$`),
  );
  const organizationEnd = memoRegExp(lex, 'presentations.organizationEnd', () => ignoreCase(`${WORD_START}(?:${alternation(lex.words.organization)})\\s*$`));
  // "Name (chairman of the association of entrepreneurs “Kant-Biznes”)", "Name, chairman of …": a quotation that ends a
  // person's position after "of", in a clause of its own right after the name with no word of speaking or presenting,
  // names the workplace too.
  // (Its first word, past an article, looked up in the titles: a pattern of them all would cost each run its compilation.)
  const positionOf = (clause: string) => {
    const words = clause.trim().toLowerCase().split(/\s+/, 2);
    const first = lex.words.articles.includes(words[0]!) ? words[1] : words[0];
    if (first === undefined || !lex.names.titles.includes(first.replace(NOT_LETTERS_END, ''))) return false;
    // (A language that says "of" by the case, Russian, has no such word: there a word after the position's does,
    // "председатель ТСЖ «Береке»", "директор школы «Билим»"; not the position alone, "эксперт «Title»".)
    return lex.words.labelOf.length === 0 ? clause.trim().split(/\s+/).length > words.indexOf(first) + 1 : hasWord(clause, lex.words.labelOf);
  };
  // The last clause of the text before a quotation, where it reads as a position and presents nothing; else undefined.
  const positionClause = (before: string) => {
    const start = lastClauseStart(before);
    const clause = before.slice(start);
    return positionOf(clause) && !hasWord(clause, lex.cues.presentation) ? { start, clause } : undefined;
  };
  const inWorkplace = (before: string) => {
    const position = positionClause(before);
    if (!position || position.start === 0 || hasWord(position.clause, lex.words.actions)) return false;
    const head = before.slice(0, position.start - 1).replace(/[\s*_]+$/, ''); // ("**Name** (…": the name's emphasis marks too)
    return findNames(head, lex).at(-1)?.end === head.length;
  };
  // (Not one after a word of its subject: "Head of the department of education on “School reform” – Name".)
  const topicBefore = memoRegExp(lex, 'presentations.topicBefore', () => ignoreCase(`${WORD_START}(?:${alternation([...lex.cues.topic, ...lex.cues.topicJoin])})[\\s:]*$`));
  // "Director of the business incubator “Naryn Start” – K. Joldosheva": a quotation that ends a position put before a
  // name, the name right after its spaced dash, names the workplace too.
  const beforeName = (before: string, after: string) => {
    const dash = DASH_BEFORE_NAME.exec(after);
    const position = dash && positionClause(before);
    if (!dash || !position || topicBefore.test(position.clause)) return false;
    return findNames(after.slice(dash[0].length), lex)[0]?.start === 0;
  };
  // The list being read: one of presentations (every item holds a title), of speeches
  // (an item may quote the title of the talk: "«Title» – Name"), or an agenda (an item that names its presenter
  // is one of speeches: "“Waste collection” – Talant Mamytov, head of …"; "Discussion" is none).
  let list: 'presentations' | 'speeches' | 'agenda' | undefined;
  // Whether the paragraphs read so far since the list's opening line were all its entries.
  let entries = false;
  // Where the list's items start in doc.blocks, and whether one of them gives a name with a position beside it
  // (asked once per list, where an item has no quotes).
  let listFrom = 0;
  let positions: boolean | undefined;
  // The indent of the list item that opened the list ("6. Presentations:" in a numbered form) when the items right
  // under it are deeper, else -1: an item set back to it or farther out is then the form's next field ("7.
  // Recommendations:"), no entry. (Items beside a bulleted "- Presentations:" at its own depth are its entries.)
  let openerIndent = -1;
  // Whether that item is numbered, and whether bullets at its own indent follow it.
  let openerNumbered = false;
  let bulletsUnder = false;
  const talks = talkCells(doc);
  const labelled = new Map(findLabels(doc, lex.labels.presentations).map((hit) => [hit.line.number, hit]));
  const speakersLabels = new Map(findLabels(doc, lex.labels.speakers).map((hit) => [hit.line.number, hit]));
  // Whether the paragraphs since a speakers label's were all its entries, each opening with a name.
  let speakerEntries = false;
  const agendaLines = new Set(findLabels(doc, lex.labels.agenda).map((hit) => hit.line.number));
  for (const [index, block] of doc.blocks.entries()) {
    // The title's blocks are the title's; a block the title is only a part of (a report typed as one paragraph, "Open
    // dialogue platform … “…” Participants: … were presented …") is read past it, as a claimed one is.
    if (title && block.start < title.end && title.start < block.end && block.end <= title.end) continue;
    // A paragraph another field has claimed part of is read for what it did not claim ("On 3 October an open
    // dialogue platform on “Gender equality” was held … Presentations “A” and “B” were made by …"): the topic's
    // quotation is the topic's, the others may be talks. Other blocks another field claimed are that field's.
    const claimed = isClaimed(found, block);
    if (claimed && block.kind !== 'paragraph') continue;
    const free = (s: Span) => !claimed || !isClaimed(found, { start: block.start + s.start, end: block.start + s.end });
    // A table's row with a column of talk titles ("| Name | Position | Topic of the speech |").
    const cellsOfTalks = block.kind === 'listItem' ? talks.get(block.line) : undefined;
    if (cellsOfTalks) {
      for (const cell of cellsOfTalks) add(unwrapQuotes(doc.text.slice(cell.start, cell.end)), cell);
      continue;
    }
    const cued = hasWordIn(doc, block, lex.cues.presentation);
    const titles = () =>
      quotedSpans(block.text).filter(
        (q) => {
          const before = block.text.slice(Math.max(0, q.start - 40), q.start);
          const clauseBefore = block.text.slice(Math.max(0, q.start - CLAUSE_REACH), q.start);
          return (
            free(q) &&
            (!organization.test(before) || (!claimed && presentedThing.test(before))) &&
            !(endsWithOf.test(before) && workplace.test(before)) &&
            !organizationAfter.test(block.text.slice(q.end, q.end + 40)) &&
            !inWorkplace(clauseBefore) &&
            !beforeName(clauseBefore, block.text.slice(q.end, q.end + CLAUSE_REACH))
          );
        },
      );
    // The quotations that are each a line of their own past the first: on such a line a quotation goes on no position or
    // organisation before it ("Director of the … centre" / "“Title”"); only a line that ends with "of" wraps on to it
    // ("director of" / "“Aikol”").
    // (Nor after an organisation's kind in capitals, whose name it is: "представитель НПО" / "«Прозрачность»."; not "…
    // employment centre" / "“Title”".)
    const ownLines = () =>
      lineQuotes(block.text, quotedSpans(block.text).filter((q) => {
        const before = block.text.slice(Math.max(0, q.start - 40), q.start);
        const kind = ACRONYM_END.exec(before)?.[1]?.toLowerCase();
        return free(q) && !endsWithOf.test(before) && !(kind !== undefined && lex.words.organization.includes(kind));
      }));
    // Under a list's opening line, paragraphs that read as its entries are items too ("Presentations:" /
    // "“Primary care” – Name, role." / "Name, role – “Title”."); one that does not ends the list.
    // (Right under that line: after the items of a list, a paragraph is prose again.)
    if (block.kind === 'listItem' && openerIndent >= 0 && indentOf(doc.lines[block.line - 1]!.text) <= openerIndent) {
      // (Bullets at a numbered opener's own indent right under it are its entries, up to the next numbered item: "5.
      // Presentations:" / "- “Title” – Name" / "6. Discussion.")
      const bullet = BULLET_LINE.test(doc.lines[block.line - 1]!.text);
      if (index === listFrom && bullet && openerNumbered) bulletsUnder = true;
      else if (index === listFrom) openerIndent = -1;
      else if (!(bulletsUnder && bullet && indentOf(doc.lines[block.line - 1]!.text) === openerIndent)) list = undefined;
    }
    // (Nor, in any list, an item that labels a list of its own: "- Suggestions:" after "- Presentations:" and its items.)
    if (list && block.kind === 'listItem' && LABEL_END.test(block.text) && isLabelLine(doc, doc.lines[block.line - 1]!)) list = undefined;
    // (Nor one that opens with another field's label and its colon, a form's bulleted field: "a) “Title” – Name" / "-
    // Discussion: farmers complained …" had been a title; an agenda's point "- Discussion" stays one.)
    if (list && block.kind === 'listItem' && LABEL_COLON.test(block.text) && lineLabelKeys(doc, doc.lines[block.line - 1]!).some((key) => otherFields(lex).has(key))) list = undefined;
    // (Nor, in a list of speeches, an item that names no one and speaks of presenting, a form's next field, read as
    // such a sentence is below: "Speakers:" / "1. Name, role;" / "6. Presented: “A”, “B”" had given “A” alone.)
    if (list === 'speeches' && block.kind === 'listItem' && cued && findNames(block.text, lex).length === 0) list = undefined;
    const entry = block.kind === 'listItem' || (block.kind === 'paragraph' && entries && !labelled.has(block.line) && readsAsEntry(block.text, lex, list === 'speeches'));
    if (block.kind === 'listItem') entries = false;
    if (entry && list) {
      if (list === 'agenda' && findNames(block.text, lex).length === 0) {
        // A point whose presenter has a line of their own under it is their talk ("1. On the budget." / "Speaker: Name, role").
        const next = doc.blocks[index + 1];
        if (next && isPresenterLine(next, lex) && findNames(next.text, lex).length > 0 && !namesNoTalk(block.text, lex)) add(block.text, trimSpan(doc.text, block.start, block.end));
        continue;
      }
      // An item is a title: the quoted one in it, else its italics, else the side of a dash without the presenter.
      // A quotation in the presenter's brackets names their workplace, unless it is the only one
      // ("Name (director of the “Manas Ordo” museum): “Heritage and tourism”").
      const quotes = titles();
      const brackets = bracketSpans(block.text);
      // Both in text order, brackets not overlapping: one walk through the two.
      let b = 0;
      const outside = (q: Span) => {
        while (b < brackets.length && brackets[b]!.end < q.end) b++;
        return !(b < brackets.length && brackets[b]!.start < q.start && q.end <= brackets[b]!.end);
      };
      // Of several, the one that opens the entry (after its marks) or follows its spaced dash or colon is the title ("Name, editor of “Kloop” –
      // “Investigative journalism”"); else one whose words end in an organisation's names a workplace
      // ("branch manager of “Aiyl Bank” “Loans”").
      const free = quotes.filter(outside);
      // (A paragraph of quotations alone is a title each: "Reports were presented:" / "“A”, “B” and “C”.")
      if (block.kind === 'paragraph' && free.length > 1 && onlyQuotes(block.text, free, lex)) {
        for (const q of free) add(q.inner, { start: block.start + q.start + 1, end: block.start + q.end - 1 });
        continue;
      }
      // (An entry of several speakers, each with a talk in a bracket of its own after their name and roles, gives each, as a
      // paragraph of speeches does: "Name, expert (“A”), Name2, head of X (“B”)", a speakers label's wrapped line.)
      const afterNames = quotes.length > 1 ? talksAfterNames(block.text, quotes, lex) : [];
      if (afterNames.length > 1) {
        for (const q of afterNames) add(q.inner, { start: block.start + q.start + 1, end: block.start + q.end - 1 });
        continue;
      }
      const marks = block.text.search(NOT_ENTRY_MARK);
      // (Or one on a line of its own in an entry of lines: "**Name**" / "Director of the … centre" / "“Title”".)
      const quote = (free.length > 1 ? (free.find((q) => q.start <= marks || TITLE_SEPARATOR.test(block.text.slice(Math.max(0, q.start - 8), q.start))) ?? free.find((q) => !organizationEnd.test(q.inner))) : undefined) ?? free[0] ?? quotes[0] ?? (block.kind === 'paragraph' ? ownLines()[0] : undefined);
      // (In a list of speeches, a talk without quotes is one in italics after a spaced dash or colon: "**Name**, role — *Title*".)
      // (Where the list's items give positions beside names, "Name – owner of a guest house" is one more.)
      // (A speakers label is no title either: "- Speaker: Kim Sergei".)
      // (A talk in brackets after the presenter, "- Name (on the state of pastures)", has its title apart from its span.)
      // (In an agenda, a point before its presenter's bracket is the title where a joining word opens it, its quotations
      // naming a project, or where they stand in the bracket only, naming the presenter's workplace: "1. О ходе реализации
      // проекта «Таза суу» в районе (докладчик — Name, директор ДЭП «Бакай-Ата Суу»)"; not "1. Report “Youth” (Name)".)
      const point = list === 'agenda' && quote ? titleBeforePresenter(block.text, lex) : undefined;
      const part: (Span & { title?: string }) | undefined = point && (free.length === 0 || opensWithJoin(block.text.slice(point.start, point.end), lex))
        ? point
        : quote
        ? { start: quote.start + 1, end: quote.end - 1 }
        : speakersLabels.has(block.line)
          ? undefined
          : list === 'presentations'
            ? titlePart(block.text, lex, (positions ??= givesPositions(doc.blocks, listFrom, lex)))
            : (italicAtEnd(block.text, lex) ?? titleBeforePresenter(block.text, lex) ?? topicAfterDash(block.text, lex) ?? topicAfterName(block.text, lex) ?? joinedTalksAfterNames(block.text, lex)[0] ?? (list === 'agenda' ? (titleBeforeDash(block.text, lex) ?? titleAbovePresenter(block.text, lex)) : undefined));
      const title = part && (part.title ?? block.text.slice(part.start, part.end));
      // (Nor, unquoted, a point that names no talk, in a list of talks too: "1. Welcome remarks – Name", "4. Discussion".)
      if (part && title && (quote || !(namesNoTalk(title, lex) || lex.labels.discussion.includes(cleanValue(title).toLowerCase())))) add(title, { start: block.start + part.start, end: block.start + part.end });
      continue;
    }
    // A speaker's entry: its talk's line gives the title, quoted or not ("Speaker: Name, guide" / "Topic: Safety in the mountains").
    if (block.kind === 'paragraph' && isEntry(block, lex)) {
      for (const talk of entryTalks(block, lex)) {
        const text = doc.text.slice(talk.start, talk.end);
        if (quotedSpans(text).length === 0 && !isClaimed(found, talk)) add(text, trimSpan(doc.text, talk.start, talk.end));
      }
    }
    const label = block.kind === 'paragraph' || block.kind === 'heading' ? labelled.get(block.line) : undefined;
    // (An agenda point's presenter on a line of their own is no end of the agenda: "1. On the budget." / "Speaker: Name" / "2. …".)
    if (list !== 'agenda' || !isPresenterLine(block, lex)) {
      list = !opensList(block) ? undefined : cued || (label && !isAgendaLabel(label.label, lex)) ? 'presentations' : hasWordIn(doc, block, lex.cues.speech) ? 'speeches' : agendaLines.has(block.line) ? 'agenda' : undefined;
      entries = list !== undefined;
      listFrom = index + 1;
      positions = undefined;
      openerIndent = list !== undefined && block.kind === 'listItem' ? indentOf(doc.lines[block.line - 1]!.text) : -1;
      openerNumbered = openerIndent >= 0 && !BULLET_LINE.test(doc.lines[block.line - 1]!.text);
      bulletsUnder = false;
    }
    // The entries of a speakers label's line may quote their talks: "Speakers: Name, role (“Title”); Name2, role2, “Title2”".
    const speakersLine = block.kind === 'paragraph' && !cued && !label ? speakersLabels.get(block.line) : undefined;
    // (And, one to a paragraph under it, each on lines of their own: "Speakers:" / "SULTANOV Bakyt" / "Director of …" /
    // "“Youth unemployment”" / blank / "KIM Olga" / …: a line that is one quotation alone is that speaker's talk.)
    const speakerEntry: boolean = speakerEntries && block.kind === 'paragraph' && !cued && !label && opensWithName(block.text, lex);
    speakerEntries = speakersLine !== undefined || speakerEntry;
    if (speakersLine || speakerEntry) {
      const first = speakersLine ? lineTitles(block.text, speakersLine.start - block.start, speakersLine.content.split('\n')[0]!.length, titles()) : [];
      for (const q of [...first, ...ownLines()]) add(q.inner, { start: block.start + q.start + 1, end: block.start + q.end - 1 });
      if (speakersLine && first.length === 0 && block.text.includes('(')) for (const t of joinedTalksAfterNames(block.text, lex)) add(t.title, { start: block.start + t.start, end: block.start + t.end });
      // (Or after each name on it, or on the line under it, "Heard: Asanova Gulnara on the staffing of rural posts; Kim Oleg on roads".)
      if (speakersLine && first.length === 0) {
        const content = speakersLine.content;
        const from = speakersLine.start + content.length - content.trimStart().length;
        const line = firstEntry(content.trimStart(), lex);
        for (const t of talksAfterNamesOnLine(line, lex)) add(line.slice(t.start, t.end), { start: from + t.start, end: from + t.end });
      }
      continue;
    }
    if (!cued && !label) {
      // In a paragraph of speeches, a bracket of one quotation right after a name is that speaker's talk:
      // "… the specialist of the employment center Aigerim Sadykova (“Youth labour market”), …".
      if (block.text.includes('(') && hasWordIn(doc, block, lex.cues.speech)) {
        const quoted = talksAfterNames(block.text, titles(), lex);
        for (const q of quoted) add(q.inner, { start: block.start + q.start + 1, end: block.start + q.end - 1 });
        if (quoted.length === 0) for (const t of joinedTalksAfterNames(block.text, lex)) add(t.title, { start: block.start + t.start, end: block.start + t.end });
      }
      continue;
    }
    const quoted = titles().filter((q) => !isSaid(block.text, q, lex));
    for (const q of quoted) add(q.inner, { start: block.start + q.start + 1, end: block.start + q.end - 1 });
    if (cued && !label && quoted.length === 0) {
      for (const part of unquotedTitles(doc, block)) if (!isClaimed(found, part)) add(doc.text.slice(part.start, part.end), part);
      continue;
    }
    // Unquoted titles on a presentations label's line: "Topics of presentations: A; B", "Тема выступления: A" (an
    // "Agenda:" is the meeting's; a heading's only opens its list, the prose under it is none).
    if (label && block.kind !== 'heading' && quoted.length === 0 && !isAgendaLabel(label.label, lex)) {
      const parts: Span[] = labelParts(label.content, lex);
      // (Or, where they name their presenters, the title of each entry: "Presentation: Migration trends – Name, expert".)
      for (const part of parts.length > 0 ? parts : presenterEntries(label.content, lex)) add(label.content.slice(part.start, part.end), { start: label.start + part.start, end: label.start + part.end });
    }
  }
  return { value, spans, ...(repeats.length > 0 ? { repeats } : {}) };
};

// A word in capitals that ends a text, emphasis marks after it or not ("… НПО", "… NGO **").
const ACRONYM_END = new RegExp(`(?:^|[^${LETTER}])([${UPPER}]{2,})[\\s*_]*$`, 'u');

// A colon after a label's few words ("Discussion: …").
const LABEL_COLON = /^[^:：\n]{1,60}[:：]/;

const otherFieldKeys = new WeakMap<Lexicon, Set<string>>();

/** The labels of the record's fields that name no talk nor speaker (not "Topic:", which a speaker's entry may hold). */
function otherFields(lex: Lexicon): Set<string> {
  let keys = otherFieldKeys.get(lex);
  if (!keys) {
    const { purpose, participants, moderator, dateVenue, date, venue, region, count, discussion, suggestions, other } = lex.labels;
    otherFieldKeys.set(lex, (keys = new Set([purpose, participants, moderator, dateVenue, date, venue, region, count, discussion, suggestions, other].flat().map(labelKey))));
  }
  return keys;
}

// A line that ends with a label's colon, emphasis marks after it or not ("Suggestions:", "**Suggestions:**").
const LABEL_END = /:[\s*_]*$/;

// What ends a word but is no letter of it ("head," in "head, of …").
const NOT_LETTERS_END = new RegExp(`[^${LETTER}-]+$`, 'u');

// A spaced dash after a quotation, and the emphasis marks around it ("“X” – **Name**").
const DASH_BEFORE_NAME = /^[\s*_]*\s[–—-][\s*_]+/;

/** How far back from a quotation the clause it ends is read. */
const CLAUSE_REACH = 160;

// What opens a clause inside a sentence: a comma, semicolon, colon, bracket or spaced dash ("Kant-Biznes" goes on).
const CLAUSE_BREAK = /[,;:()]|\s[-–—]\s|[–—]/g;

/** Where the last clause of `text` starts: after its last comma, semicolon, colon, bracket or spaced dash, else 0. */
function lastClauseStart(text: string): number {
  let at = 0;
  for (const m of text.matchAll(CLAUSE_BREAK)) at = m.index + m[0].length;
  return at;
}

// The first character of an entry past its marks; and what ends its presenter before the title.
const NOT_ENTRY_MARK = /[^\s*_•–—-]/;
const TITLE_SEPARATOR = /(?:\s[–—-]|:)[\s*_]*$/;

/**
 * The first line of `text` and the lines that a wrap goes on to from it, up to a line that ends an entry with a semicolon
 * or a period, or one before a line that opens with a person's name ("Мамытову Айнуру" / "Токтогуловну, заведующую
 * лабораторией …, –" / "о результатах мониторинга …" / "году.").
 */
function firstEntry(text: string, lex: Lexicon): string {
  let end = text.indexOf('\n');
  // (A few lines at most: an entry of a speaker and a talk.)
  for (let n = 0; end >= 0 && n < MAX_ENTRY_LINES && !ENTRY_END.test(text.slice(Math.max(0, end - 2), end)); n++) {
    const next = text.indexOf('\n', end + 1);
    if (opensWithName(text.slice(end + 1, next < 0 ? text.length : next), lex)) break;
    end = next;
  }
  return end < 0 ? text : text.slice(0, end);
}

// A line's end that ends an entry.
const ENTRY_END = /[;.][ \t]*$/;

/** The most lines firstEntry joins. */
const MAX_ENTRY_LINES = 12;

/** Of `quotes` in `text`, those that make a bracket of their own right after a person's name ("Name (“Title”)"). */
function talksAfterNames(text: string, quotes: Quoted[], lex: Lexicon): Quoted[] {
  return quotes.filter((q) => {
    const open = BRACKET_OPEN_END.exec(text.slice(Math.max(0, q.start - 4), q.start));
    if (!open || !/^\s*\)/.test(text.slice(q.end, q.end + 4))) return false;
    const before = text.slice(Math.max(0, q.start - open[0].length - NAME_REACH), q.start - open[0].length);
    const last = findNames(before, lex).at(-1);
    // Right after the name, or after its roles set off by a comma or a dash ("Name, director of the centre (“Title”)").
    return last !== undefined && (last.end === before.trimEnd().length || ROLES_ONLY.test(before.slice(last.end)));
  });
}

const BRACKET_OPEN_END = /\(\s*$/;

/**
 * The talks in brackets right after a person's name that open with a lower-case word of the lexicon's `cues.topicJoin`,
 * past it ("Speakers: Asanov Bolot (on the state of pastures), Kadyrova Aida (on pasture committees)"), when they name
 * no one and are no role ("(on behalf of UNDP)", one of `roleOpeners`).
 */
function joinedTalksAfterNames(text: string, lex: Lexicon): (Span & { title: string })[] {
  const out: (Span & { title: string })[] = [];
  for (const b of bracketSpans(text)) {
    const talk = talkPastJoin(text, b.start + 1, b.end - 1, lex);
    if (!talk) continue;
    const before = text.slice(Math.max(0, b.start - NAME_REACH), b.start);
    const last = findNames(before, lex).at(-1);
    if (last === undefined || !(last.end === before.trimEnd().length || ROLES_ONLY.test(before.slice(last.end)))) continue;
    // (Its span holds the joining word: a role before the bracket is apart from it, "expert of FAO (on …)".)
    out.push({ ...trimSpan(text, b.start + 1, talk.end), title: text.slice(talk.start, talk.end) });
  }
  return out;
}

/**
 * The talk in `text[from, to)` past a lower-case word of the lexicon's `cues.topicJoin` that opens it ("on the state of
 * pastures", "о состоянии пастбищ"), or with that word where `keepJoin` (a title's own capital, "On the state of
 * pastures"), when no `roleOpeners` open it ("on behalf of UNDP") and it names no one and reads as no position; else undefined.
 */
function talkPastJoin(text: string, from: number, to: number, lex: Lexicon, keepJoin = false): Span | undefined {
  const join = keepJoin ? 0 : joinLength(text.slice(from, to), lex);
  if ((join === 0 && !keepJoin) || hasWord(text.slice(from, Math.min(to, from + ROLE_OPENER_REACH)), lex.words.roleOpeners)) return undefined;
  const span = trimSpan(text, from + join, to);
  const title = text.slice(span.start, span.end);
  return cleanValue(title) !== '' && findNames(title, lex).length === 0 && !readsAsPosition(title, lex) ? span : undefined;
}

/** How far before a bracket the name it follows, with its roles, is looked for. */
const NAME_REACH = 160;

/** The roles after a name, up to a bracket: after a comma or a dash, with no sentence's end or bracket among them (an organisation's quoted name may stand there). */
const ROLES_ONLY = /^\s*(?:,|[-–—])[^.;:()]*$/;

/**
 * Whether quotation `q` is what someone said: after a colon that ends a clause telling of speech
 * with no word of presenting ("… described the situation in her settlement: “We buy water …”").
 */
function isSaid(text: string, q: Quoted, lex: Lexicon): boolean {
  // The clause is looked for in the characters before the colon only, so a paragraph of many quotations stays linear.
  const near = text.slice(Math.max(0, q.start - SAID_REACH), q.start);
  if (!/:\s*$/.test(near)) return false;
  const before = near.slice(sentenceStart(near, near.length, lex));
  return hasWord(before, lex.words.actions) && !hasWord(before, lex.cues.presentation);
}

/** How far back from a quotation its clause of speech is looked for. */
const SAID_REACH = 300;

/**
 * The titles a sentence that speaks of presenting gives with no quotes: its runs in bold that name
 * no one, label nothing and hold no cue themselves ("The topics **A**, **B** were presented"; not "**Presenters:**", nor a
 * sentence all in bold), else the parts after the cue's colon ("The
 * following topics were presented: A; B"; parted as a label's line is, and not when they name people).
 */
function unquotedTitles(doc: Doc, block: Block): Span[] {
  const lex = doc.lexicon;
  const isTitle = (s: Span) => {
    const run = doc.text.slice(s.start, s.end);
    const labels = /:\s*$/.test(run) || /^[*_]*\s*:/.test(doc.text.slice(s.end, s.end + 4));
    return !labels && !hasWord(run, lex.cues.presentation) && findNames(run, lex).length === 0;
  };
  const bold = strongWithin(doc, block.start, block.end).filter(isTitle);
  if (bold.length > 0) return bold;
  const colon = block.text.indexOf(':');
  if (colon < 0) return topicsInSentences(doc, block);
  if (!hasWord(block.text.slice(0, colon), lex.cues.presentation)) return [];
  if (findNames(block.text.slice(0, colon), lex).length > 0) return topicAfterColon(doc, block, colon);
  const parts = labelParts(block.text.slice(colon + 1), lex);
  return parts.length < 2 ? [] : parts.map((p) => trimSpan(doc.text, block.start + colon + 1 + p.start, block.start + colon + 1 + p.end));
}

/**
 * "Asanov Bolot, expert, made a presentation on the topic: Youth employment in Naryn.": after a topic cue that
 * ends the words before the colon, the rest of the sentence is the title, where it names no one and is short.
 */
function topicAfterColon(doc: Doc, block: Block, colon: number): Span[] {
  const lex = doc.lexicon;
  const cue = memoRegExp(lex, 'presentations.topicColon', () => ignoreCase(`${WORD_START}(?:${alternation(lex.cues.topic)})[\\s*_]*$`));
  if (!cue.test(block.text.slice(Math.max(0, colon - 40), colon))) return [];
  const end = sentenceEnd(block.text, colon + 1, lex);
  const title = block.text.slice(colon + 1, end);
  if (title.trim().split(/\s+/).length > MAX_TITLE_WORDS || findNames(title, lex).length > 0 || quotedSpans(title).length > 0) return [];
  const span = trimSpan(doc.text, block.start + colon + 1, block.start + end);
  return span.end > span.start ? [span] : [];
}

/**
 * "Asanov Bolot, expert, made a presentation on the topic of youth employment.", "… made a presentation on child
 * protection": with no colon, after the lexicon's `cues.talkTopicLead` in a sentence whose words before it name the
 * presenter and speak of presenting (or the cue itself does), the rest of the
 * sentence is the title, where it names no one, has no verb of the lexicon's `cues.topicVerbs` and is short ("A presentation on
 * the topic of X was made by Name" gives none).
 */
function topicsInSentences(doc: Doc, block: Block): Span[] {
  const lex = doc.lexicon;
  const cue = memoRegExp(lex, 'presentations.talkTopicLead', () => ignoreCase(`${WORD_START}(?:${alternation(lex.cues.talkTopicLead)})${WORD_END}`, 'g'));
  const over = memoRegExp(lex, 'presentations.talkTopicLeadOver', () => new RegExp(cue.source, cue.flags));
  const out: Span[] = [];
  let done = 0; // where the last sentence looked at ended: one look per sentence keeps a paragraph of cues linear
  for (const m of allMatches(cue, block.text)) {
    if (m.index < done) continue;
    // (Past a lead that overlaps this one's end: "presentation on" / "on the topic of youth employment".)
    // (Looked for within the longest lead's reach only: each look stays short.)
    over.lastIndex = m.index + 1;
    const longer = over.exec(block.text.slice(0, m.index + m[0].length + longestLead(lex) + 1));
    const from = longer && longer.index < m.index + m[0].length ? longer.index + longer[0].length : m.index + m[0].length;
    const end = sentenceEnd(block.text, from, lex);
    done = end;
    const before = block.text.slice(Math.max(sentenceStart(block.text, m.index, lex), m.index - CLAUSE_REACH), m.index);
    // (The cue may hold the talk's word itself: "… made a presentation on X".)
    if (!(hasWord(before, lex.cues.presentation) || hasWord(m[0], lex.cues.presentation))) continue;
    // (Or the presenter comes after it: "A presentation on access to justice was made by Name".)
    if (findNames(before, lex).length === 0) {
      const span = titleBeforeTalkVerb(block.text, from, end, lex);
      if (span) out.push({ start: block.start + span.start, end: block.start + span.end });
      continue;
    }
    // (Up to a relative clause set off by a comma: "… entitled Migration trends in Osh, which caused a discussion".)
    const clause = memoRegExp(lex, 'presentations.relativeClause', () => ignoreCase(`,\\s*(?:${alternation(lex.words.relative)})${WORD_END}`)).exec(block.text.slice(from, end));
    const title = block.text.slice(from, clause ? from + clause.index : end);
    // (A verb after it makes the words a clause's subject, no title: "… noted that the presentation on the topic of X was useful".)
    if (title.trim().split(/\s+/).length > MAX_TITLE_WORDS || hasWord(title, lex.cues.topicVerbs) || findNames(title, lex).length > 0 || quotedSpans(title).length > 0) continue;
    const span = trimSpan(doc.text, block.start + from, block.start + from + title.length);
    if (span.end > span.start) out.push(span);
  }
  return out;
}

/**
 * "A presentation on access to justice was made by Name", "With a report on X spoke Name", "С докладом о ходе работ
 * выступил Name": with no presenter before the lead, the words after it up to a verb of the lexicon's `topicVerbs` or
 * `cues.talkVerbs` are the title, when one of the latter stands between it and a person named after it ("The report
 * on X was sent to Name" gives none, nor "The platform on the topic of X was moderated by Name", nor "The presentation
 * on X by Name opened the meeting"); up to twelve words, no quotes.
 */
function titleBeforeTalkVerb(text: string, from: number, end: number, lex: Lexicon): Span | undefined {
  const tail = text.slice(from, end);
  const name = findNames(tail, lex)[0];
  if (!name) return undefined;
  const head = tail.slice(0, name.start);
  const verbs = talkVerbSet(lex);
  let cut = -1;
  const words = allMatches(WORDS, head);
  // (The last verb of a talk found once, so a long run of verbs stays linear.)
  const lastTalkVerb = words.findLastIndex((v) => lex.cues.talkVerbs.includes(v[0].toLowerCase()));
  for (const [i, w] of words.entries()) {
    if (!verbs.has(w[0].toLowerCase())) continue;
    // (Not one whose agent is no person, a verb of the talk coming after it: "A report on progress made by the council
    // was presented by Name".)
    const next = words[i + 1]?.[0].toLowerCase();
    if (next !== undefined && lex.words.personWords.includes(next) && lastTalkVerb > i + 1) continue;
    cut = w.index;
    break;
  }
  if (cut <= 0) return undefined;
  const rest = head.slice(cut);
  if (!hasWord(rest, lex.cues.talkVerbs) || hasWord(rest, lex.words.recipientLead)) return undefined;
  const title = head.slice(0, cut);
  if (title.trim().split(/\s+/).length > MAX_TITLE_WORDS || quotedSpans(title).length > 0) return undefined;
  const span = trimSpan(text, from, from + cut);
  return span.end > span.start ? span : undefined;
}

// The words of a text, one by one.
const WORDS = new RegExp(`[${LETTER}]+(?:-[${LETTER}]+)*`, 'gu');

const talkVerbSets = new WeakMap<Lexicon, Set<string>>();

/** The lexicon's `topicVerbs` of one word and its `cues.talkVerbs`, lower case. */
function talkVerbSet(lex: Lexicon): Set<string> {
  let set = talkVerbSets.get(lex);
  if (!set) talkVerbSets.set(lex, (set = new Set([...lex.cues.topicVerbs.filter((v) => !v.includes(' ')), ...lex.cues.talkVerbs])));
  return set;
}

const longestLeads = new WeakMap<Lexicon, number>();

/** The length of the lexicon's longest `cues.talkTopicLead`. */
function longestLead(lex: Lexicon): number {
  let length = longestLeads.get(lex);
  if (length === undefined) longestLeads.set(lex, (length = Math.max(0, ...lex.cues.talkTopicLead.map((lead) => lead.length))));
  return length;
}

/** The most words a title after "on the topic:" may have with no quotes around it. */
const MAX_TITLE_WORDS = 12;

/** The quotations of `quotes` (in text order) that are each a whole line of `text` past its first, emphasis and a closing stop aside. */
function lineQuotes(text: string, quotes: readonly Quoted[]): Quoted[] {
  const out: Quoted[] = [];
  // (One walk over the line breaks, and a few characters looked at on either side of each: a long line of quotations stays linear.)
  let lineStart = 0;
  let lineBreak = text.indexOf('\n');
  for (const q of quotes) {
    while (lineBreak >= 0 && lineBreak < q.start) [lineStart, lineBreak] = [lineBreak + 1, text.indexOf('\n', lineBreak + 1)];
    const lineEnd = lineBreak < 0 ? text.length : lineBreak;
    const lead = q.start - lineStart;
    const tail = lineEnd - q.end;
    if (lineStart > 0 && lead <= LINE_MARKS && tail >= 0 && tail <= LINE_MARKS && /^[\s*_]*$/.test(text.slice(lineStart, q.start)) && /^[\s*_.;,]*$/.test(text.slice(q.end, lineEnd))) out.push(q);
  }
  return out;
}

/** Whether `text` opens with a person's name, emphasis marks aside ("KIM Olga" / "Coordinator of …"). */
function opensWithName(text: string, lex: Lexicon): boolean {
  const lead = /^[\s*_]*/.exec(text)![0].length;
  return findNames(text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')), lex)[0]?.start === lead;
}

/**
 * Of `quotes` in `text`, those in [from, from + length) that stand outside brackets or make a bracket of
 * their own ("(“Title”)"): a quotation among other words in a bracket names a workplace ("(director of the “Manas Ordo” museum)").
 */
function lineTitles(text: string, from: number, length: number, quotes: readonly Quoted[]): Quoted[] {
  const brackets = bracketSpans(text);
  return quotes.filter((q) => {
    if (q.start < from || q.end > from + length) return false;
    const bracket = spanAround(brackets, q.start, q.end);
    return !bracket || cleanValue(text.slice(bracket.start + 1, q.start)) + cleanValue(text.slice(q.end, bracket.end - 1)) === '';
  });
}

/**
 * Whether a paragraph reads as an entry of a list of talks: one short sentence with one quotation
 * that opens it or stands beside a name ("“Primary care” – Name, role.", "Name, role – “Title”."), or, in a list of
 * `speeches`, with none and a name that what the talk was on follows ("Name on the staffing of rural posts.").
 * (One with more is read as any paragraph that speaks of talks: each of its quotations a title.)
 */
function readsAsEntry(text: string, lex: Lexicon, speeches: boolean): boolean {
  if (text.length > MAX_ENTRY || sentenceEnd(text, 0, lex) < text.length - 1) return false;
  const quotes = quotedSpans(text);
  // (In a list of speeches, so is a name with what the speech was on: "Heard:" / "Asanova Gulnara on the staffing of rural posts.")
  if (quotes.length === 0) return speeches && topicAfterName(text, lex) !== undefined;
  if (quotes.length > 1) return onlyQuotes(text, quotes, lex);
  return /^[\s*_•–—-]*$/.test(text.slice(0, quotes[0]!.start)) || findNames(text, lex).length > 0;
}

/** Whether a text is its quotations alone, parted by commas, semicolons or a joining word ("“A”, “B” and “C”."). */
function onlyQuotes(text: string, quotes: readonly Span[], lex: Lexicon): boolean {
  const gap = memoRegExp(lex, 'presentations.quoteGap', () => ignoreCase(`^[\\s*_,;.•–—-]*(?:(?:${alternation(lex.words.conjunctions)})[\\s*_,;.]*)?$`));
  let from = 0;
  for (const q of quotes) {
    if (!gap.test(text.slice(from, q.start))) return false;
    from = q.end;
  }
  return gap.test(text.slice(from));
}

/** The longest paragraph read as an entry of a list of talks. */
const MAX_ENTRY = 400;

/**
 * The titles on a presentations label's line, parted by semicolons, or by commas when it has
 * none; every part must name no one, but in a bracket that ends it, its presenter's ("Youth
 * employment (Asanov Bolot, expert); Migration (Kim Sergei, lawyer)": the titles are the parts before
 * the brackets, the presenters read as speakers).
 */
function labelParts(content: string, lex: Lexicon): Piece[] {
  // The label's own line only: a list or a table may follow it in its paragraph.
  const line = content.split('\n')[0]!;
  if (line.includes('|')) return [];
  let parts = splitTopLevel(line, { dashes: false }).filter((p) => cleanValue(p.text) !== '');
  // (Or numbered in a run of sentences with no comma or semicolon between: "1. Migration in figures. 2. Remittances.")
  const numbered = parts.length < 2 ? itemsAt(allMatches(ITEM_MARK, line), { start: 0, end: line.length }, (m) => +m[1]!) : [];
  if (numbered.length > 0) parts = numbered.map((item): Piece => ({ start: item.start, end: item.end, text: line.slice(item.start, item.end), sep: '' }));
  const bySemicolon = parts.some((p) => p.sep === ';');
  const titles = withoutItemMarkers(bySemicolon ? joinAt(parts, ';', line) : parts, lex).flatMap((p) => atPresenterJoins(p, lex)).map((p) => withoutPresenter(p, lex));
  // (The joining word before the last of several is no part of it: "A, B, and C".)
  const last = titles.length > 1 ? titles.at(-1)! : undefined;
  const join = last && leadingJoin(lex).exec(last.text);
  if (last && join) titles[titles.length - 1] = { ...last, start: last.start + join[0].length, text: last.text.slice(join[0].length) };
  return titles.every((p) => p.text.trim() !== '' && findNames(p.text, lex).length === 0) ? titles : [];
}

/**
 * The titles of a presentations label's line whose entries, parted by semicolons, name their presenters: each entry's
 * side of a dash that names no one, or its words before the presenter's bracket ("Presentation: Migration trends in Osh –
 * Name, expert", "Reports: Remittances – Name; Pastures (Name2, FAO)"); entries that give none are passed over.
 */
function presenterEntries(content: string, lex: Lexicon): Span[] {
  const line = content.split('\n')[0]!;
  if (line.includes('|') || findNames(line, lex).length === 0) return [];
  const out: Span[] = [];
  for (const entry of joinAt(splitTopLevel(line, { dashes: false }), ';', line)) {
    const part = titlePart(entry.text, lex, false);
    if (part) out.push(trimSpan(line, entry.start + part.start, entry.start + part.end));
  }
  return out;
}

/**
 * A part without the bracket that ends it when that names someone ("Youth employment (Asanov Bolot, expert)"), or
 * without the presenter before "on" ("Bekov Nurlan (UNICEF) on child protection": titleAfterJoin).
 */
function withoutPresenter(part: Piece, lex: Lexicon): Piece {
  const after = titleAfterJoin(part.text, lex);
  if (after) return { ...part, start: part.start + after.start, end: part.start + after.end, text: part.text.slice(after.start, after.end) };
  const last = bracketSpans(part.text).at(-1);
  if (!last || part.text.slice(last.end).trim().replace(/[.;,]+$/, '') !== '') return part;
  if (findNames(part.text.slice(last.start, last.end), lex).length === 0) return part;
  const text = part.text.slice(0, last.start).trimEnd();
  return { ...part, end: part.start + text.length, text };
}

/**
 * A part that joins two titles, each with its presenter's bracket, by a conjunction, as the last of a list's parts
 * does ("Migration and prospects (Isaeva B.) and Results of the survey (Usenov K.)"): the two apart. Only after a
 * bracket that names someone: "Water and roads (Asanov A.)" is one title.
 */
function atPresenterJoins(part: Piece, lex: Lexicon): Piece[] {
  const out: Piece[] = [];
  let from = 0;
  for (const bracket of bracketSpans(part.text)) {
    const join = leadingJoin(lex).exec(part.text.slice(bracket.end));
    if (!join || findNames(part.text.slice(bracket.start, bracket.end), lex).length === 0) continue;
    out.push({ ...part, start: part.start + from, end: part.start + bracket.end, text: part.text.slice(from, bracket.end) });
    from = bracket.end + join[0].length;
  }
  if (from === 0) return [part];
  out.push({ ...part, start: part.start + from, text: part.text.slice(from) });
  return out;
}

/** `parts` of `text` joined again across the separators other than `sep`. */
function joinAt(parts: Piece[], sep: Piece['sep'], text: string): Piece[] {
  const out: Piece[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && part.sep !== sep) out[out.length - 1] = { ...last, end: part.end, text: text.slice(last.start, part.end) };
    else out.push(part);
  }
  return out;
}

/** The cells under a column headed as talk titles (the lexicon's `talkColumns`), by the line of their row. */
function talkCells(doc: Doc): Map<number, Span[]> {
  const out = new Map<number, Span[]>();
  if (!doc.text.includes('|')) return out;
  const headings = doc.lexicon.words.talkColumns;
  for (const { head, rows } of findTables(doc)) {
    const columns = cells(head).flatMap((cell, i) => {
      const heading = cleanValue(doc.text.slice(cell.start, cell.end)).toLowerCase();
      return headings.some((h) => heading === h || heading.startsWith(`${h} `)) ? [i] : [];
    });
    if (columns.length === 0) continue;
    for (const row of rows) {
      const inRow = cells(row);
      const spans = columns.flatMap((i) => inRow[i] ?? []).filter((cell) => cell.end > cell.start);
      if (spans.length > 0) out.set(row.number, spans);
    }
  }
  return out;
}

/**
 * Whether the list items from `blocks[from]` on give, any of them, a name on one side of a spaced dash and a
 * position on the other ("Presenters:" / "- Ismailov Timur – deputy head of the tourism department"): a list of
 * people, not of talks.
 */
function givesPositions(blocks: readonly Block[], from: number, lex: Lexicon): boolean {
  for (let i = from; i < blocks.length && blocks[i]!.kind === 'listItem'; i++) {
    const text = blocks[i]!.text;
    const dash = SPACED_DASH.exec(text);
    if (!dash) continue;
    const left = text.slice(0, dash.index);
    const right = text.slice(dash.index + dash[0].length);
    const named = (side: string) => findNames(side, lex).length > 0;
    if ((named(left) && readsAsPosition(right, lex)) || (readsAsPosition(left, lex) && named(right))) return true;
  }
  return false;
}

const SPACED_DASH = /\s[-–—]\s/;

/**
 * The title in a list item without quotes: a leading run of italics ("*Title* — Name"), else
 * the whole item if it names no one, else what stands before the presenter's brackets
 * ("Title (Name, role)"), else the side of its first spaced dash, or colon, that names no
 * one ("Title – Name, role", "Name, role: Title"); nothing when every part names a person,
 * nor at a dash in a list that gives `positions` beside names (that side is one more position).
 */
function titlePart(text: string, lex: Lexicon, positions: boolean): Span | undefined {
  const italic = /^\s*([*_])(?!\1)([^*_\n]+?)\1(?![*_])/.exec(text);
  if (italic) return { start: italic.index + italic[0].indexOf(italic[2]!), end: italic.index + italic[0].length - 1 };
  if (findNames(text, lex).length === 0) return { start: 0, end: text.length };
  // "Title (Name, role)": the presenter in brackets at the end.
  const bracket = bracketSpans(text).at(-1);
  if (bracket && cleanValue(text.slice(bracket.end)) === '' && findNames(text.slice(bracket.start, bracket.end), lex).length > 0) {
    const before = text.slice(0, bracket.start);
    if (cleanValue(before) !== '' && findNames(before, lex).length === 0) return { start: 0, end: bracket.start };
  }
  // A table's row ("1 | Osmonov Bakyt | Pasture law amendments"): the first cell that names no one and is no number.
  if (text.includes('|')) {
    let start = 0;
    for (const cell of text.split('|')) {
      const span = trimSpan(text, start, start + cell.length);
      start += cell.length + 1;
      const value = text.slice(span.start, span.end);
      if (value !== '' && !/^\d+[.)]?$/.test(value) && findNames(value, lex).length === 0) return span;
    }
    return undefined;
  }
  // "Title – Name, role", "Name, role – Title"; or "Title by Name, role" (a colon may stand inside that title,
  // "Water supply: problems and solutions by Name"), "Name on Title"; or at a colon, "Name, role: Title".
  const dash = SPACED_DASH.exec(text);
  const by = dash ? undefined : (titleBeforeBy(text, lex) ?? titleAfterJoin(text, lex) ?? topicAfterName(text, lex));
  if (by) return by;
  const split = dash ?? /:\s/.exec(text);
  if (!split || (dash && positions)) return undefined;
  const left = text.slice(0, split.index);
  const right = text.slice(split.index + split[0].length);
  // (Not a side that reads as the presenter's position: "Presenters:" / "- Name – head of the education department";
  // nor one that says what the presenter did: "Name, role – presented information about …".)
  const isTitle = (side: string) => findNames(side, lex).length === 0 && cleanValue(side) !== '' && !readsAsPosition(side, lex) && !opensWithAction(side, lex);
  if (isTitle(left)) return { start: 0, end: split.index };
  if (isTitle(right)) return { start: split.index + split[0].length + joinLength(right, lex), end: text.length };
  return undefined;
}

/**
 * The length of a lower-case word of the lexicon's `cues.topicJoin` that opens a talk's side of a dash, and the space
 * after it ("Name, role – on the state of pastures": "on "), or 0; a title's own capital stays ("– On the road").
 */
function joinLength(side: string, lex: Lexicon): number {
  const m = sideJoin(side, lex);
  return m && !UPPER_FIRST.test(m[0].trimStart()) ? m[0].length : 0;
}

/** The word of the lexicon's `cues.topicJoin` that opens `side`, in any case, and the space after it. */
function sideJoin(side: string, lex: Lexicon): RegExpExecArray | null {
  // (A line break may follow it, where a hard wrap left it at a line's end: "– о" / "кадровом обеспечении …".)
  return memoRegExp(lex, 'presentations.sideJoin', () => ignoreCase(`^\\s*(?:${alternation(lex.cues.topicJoin)})(?:[ \\t]+|[ \\t]*\\n[ \\t]*)(?=[^\\s])`)).exec(side);
}

/**
 * In a list of speeches, "Name, role – on the state of pastures" ("СЛУШАЛИ: Name – о состоянии пастбищ"): after the last
 * spaced dash past a name, the words after a lower-case word of the lexicon's `cues.topicJoin`, when they name no one
 * and read as no position.
 */
function topicAfterDash(text: string, lex: Lexicon): Span | undefined {
  let dash: RegExpExecArray | undefined;
  for (const m of allMatches(SPACED_DASHES, text)) dash = m;
  if (!dash || findNames(text.slice(0, dash.index), lex).length === 0) return undefined;
  const from = dash.index + dash[0].length;
  const to = sentenceTo(text, from, lex);
  return talkPastJoin(text, from, to, lex) ?? (capitalJoin(text.slice(from), lex) ? talkPastJoin(text, from, to, lex, true) : undefined);
}

/** Where the sentence going on at `from` ends: a talk after a name or dash ends there ("– on the state of pastures. The participants supported him."). */
function sentenceTo(text: string, from: number, lex: Lexicon): number {
  // (Looked for in the entry's rest only, as sentenceEnd scans to the end of what it is given.)
  return from + sentenceEnd(text.slice(from), 0, lex);
}

/** Whether `side` opens with a word of the lexicon's `cues.topicJoin` written with a capital ("On the state of pastures", "О бюджете"). */
function capitalJoin(side: string, lex: Lexicon): boolean {
  const m = sideJoin(side, lex);
  return m !== null && UPPER_FIRST.test(m[0].trimStart());
}

// A text whose first letter is a capital.
const UPPER_FIRST = new RegExp(`^[${UPPER}]`, 'u');

const SPACED_DASHES = new RegExp(SPACED_DASH.source, 'g');

/**
 * In a list of speeches, "Name on the staffing of rural posts" or "Name, role, on …" ("СЛУШАЛИ: Асанову Гульнару о …"): the
 * talk past a lower-case word of the lexicon's `cues.topicJoin` right after the name that opens the entry or after a comma
 * of its roles, within its first sentence.
 */
function topicAfterName(text: string, lex: Lexicon): Span | undefined {
  const name = findNames(text, lex)[0];
  // (Only its marks before the name, and an honorific: "- Ms. Asanova on …".)
  const head = name ? text.slice(0, name.start).replace(ENTRY_MARKS, '').trim() : '';
  if (!name || (head !== '' && !isHonorific(head, lex))) return undefined;
  // "1. Asanov Bolot. On the state of pastures", "Асанов Б.Т. О бюджете": a joining word written with a capital after the
  // name's sentence ends (its own period, or an initial's) opens the talk's title, kept as written (as after a dash).
  const gap = NAME_PERIOD.exec(text.slice(name.end, name.end + JOIN_REACH))![0].length;
  const ended = text[name.end] === '.' || text[name.end - 1] === '.';
  if (gap > 0 && ended && capitalJoin(text.slice(name.end + gap, name.end + gap + JOIN_REACH), lex)) return talkPastJoin(text, name.end + gap, sentenceTo(text, name.end + gap, lex), lex, true);
  for (let at = name.end; ; ) {
    // (Only the window the joining word may take is read at each comma, so a long entry of commas stays linear.)
    if (joinLength(text.slice(at, at + JOIN_REACH), lex) > 0) return talkPastJoin(text, at, sentenceTo(text, at, lex), lex);
    const comma = text.indexOf(',', at);
    if (comma < 0 || PIECE_END.test(text.slice(at, comma))) return undefined;
    at = comma + 1;
  }
}

/**
 * Of a speakers label's line, parted by semicolons, and by commas or sentence ends where a name follows one ("Kim Oleg on
 * roads, Bekova Aida on water", "Kim O. on roads. Bekova A. on water"), the talk of each part that `topicAfterDash` or
 * `topicAfterName` gives, as for the items of a list of speeches ("Kim Oleg, lawyer – on roads").
 */
function talksAfterNamesOnLine(line: string, lex: Lexicon): Span[] {
  const out: Span[] = [];
  for (let from = 0; from < line.length; ) {
    const semicolon = line.indexOf(';', from);
    const to = semicolon < 0 ? line.length : semicolon;
    for (const part of atCommasBeforeNames(line.slice(from, to), lex)) {
      const talk = topicAfterDash(part.text, lex) ?? topicAfterName(part.text, lex);
      if (talk) out.push({ start: from + part.start + talk.start, end: from + part.start + talk.end });
    }
    from = to + 1;
  }
  return out;
}

/** `text` cut at each comma or sentence end right before a name after the first (an honorific between), with each part's offset. */
function atCommasBeforeNames(text: string, lex: Lexicon): { text: string; start: number }[] {
  const parts: { text: string; start: number }[] = [];
  let start = 0;
  const names = findNames(text, lex);
  for (let i = 1; i < names.length; i++) {
    // (Only the gap since the name before is read, so a long line of names stays linear.)
    const gap = text.slice(names[i - 1]!.end, names[i]!.start);
    // (The comma or period before a space that only an honorific follows: "on roads. Ms. Bekova" is cut after "roads". Only
    // the gap's end can be that, read as far as an honorific may reach, so a gap of thousands of commas stays linear.)
    const tail = Math.max(0, gap.length - HONORIFIC_REACH);
    let comma = -1;
    for (const m of allMatches(PART_ENDS, gap.slice(tail))) {
      // (Not the period of an honorific or abbreviation: "on the work of Prof. Bekov".)
      if (m[0] !== ',' && closesShortWord(text, names[i - 1]!.end + tail + m.index, lex)) continue;
      const between = gap.slice(tail + m.index + 1).trim();
      if (between === '' || isHonorific(between, lex)) {
        comma = tail + m.index;
        break;
      }
    }
    if (comma < 0) continue;
    parts.push({ text: text.slice(start, names[i - 1]!.end + comma), start });
    start = names[i - 1]!.end + comma + 1;
  }
  parts.push({ text: text.slice(start), start });
  return parts;
}

// Where a part of a line of speakers may end before the next name: a comma, or a period before a space.
const PART_ENDS = /,|\.\s/g;
/** How far before a name its honorifics may reach, with the comma before them ("…, Prof. Dr. "). */
const HONORIFIC_REACH = 40;

// The marks that may open an entry before its name: bullets, numbers, emphasis ("- ", "1. ", "**").
const ENTRY_MARKS = /^[\s*_•–—\-\d.)]*/;
// What ends the first sentence of an entry before a comma: a semicolon, a colon, a period before a space.
const PIECE_END = /[;:]|\.\s/;
/** How many characters a joining word and the space after it may take ("on the issues of "). */
const JOIN_REACH = 40;
// What may part a name from a talk's title written after it: its period and spaces, or spaces alone.
const NAME_PERIOD = /^\.?[ \t]*/;

/** How far after a dash a role's opening words are looked for ("on behalf of"). */
const ROLE_OPENER_REACH = 24;

/**
 * Whether `text` opens, in lower case, with one of the lexicon's `actions`: a clause of what the presenter did ("presented
 * information about …", "spoke about …"), or with a kind of speech's first word ("welcome and objectives of the meeting"),
 * no title (which opens with a capital: "Shared pastures" is one).
 */
function opensWithAction(text: string, lex: Lexicon): boolean {
  return memoRegExp(lex, 'presentations.action', () => {
    // (Or with a kind of speech's first word: "Name — welcome and objectives of the meeting" is the chair's greeting.)
    const kinds = lex.words.speechKinds.map((kind) => kind.split(' ')[0]!);
    return new RegExp(`^[\\s*_]*(?:${alternation([...lex.words.actions, ...kinds])})${WORD_END}`, 'u');
  }).test(text);
}

// A run of italics after a spaced dash or a colon that ends an entry: "**Name**, role — *Title*".
const ITALIC_END = /(?:\s[-–—]|:)\s*([*_])(?!\1)([^*_\n]+?)\1(?![*_])[\s.;,]*$/;

/** The italic run after a spaced dash or colon that ends `text` ("Name, role — *Title*"), if any, unless it reads as a position. */
function italicAtEnd(text: string, lex: Lexicon): Span | undefined {
  const m = ITALIC_END.exec(text);
  // (Not a position in italics: "Name — *coordinator of IOM*".)
  if (!m || readsAsPosition(m[2]!, lex)) return undefined;
  const start = m.index + m[0].indexOf(m[1]! + m[2]!) + 1;
  return { start, end: start + m[2]!.length };
}

/**
 * In a list of speeches, "Title (Name, role)": the words before a bracket that ends the item and names someone, when
 * they name no one, hold no word of a position or organisation nor an acronym, and are two words or more with no comma or dash ("Access to justice
 * (Bolot Asanov, UNDP)"; not "Deputy mayor (Bolot Asanov)", whose words are his role).
 */
function titleBeforePresenter(text: string, lex: Lexicon): Span | undefined {
  const bracket = bracketSpans(text).at(-1);
  if (!bracket || cleanValue(text.slice(bracket.end)) !== '' || findNames(text.slice(bracket.start, bracket.end), lex).length === 0) return undefined;
  const span = trimSpan(text, 0, bracket.start);
  return readsAsPlainTitle(text.slice(span.start, span.end), lex) ? span : undefined;
}

/**
 * In an agenda, "Title – Name, role": the words before a spaced dash that a name (or an honorific and a name) follows, read as titleBeforePresenter
 * reads those before a bracket ("The legal framework of inclusive education – Omorov B.T."; not "Head of the department –
 * Name", nor "Opening remarks – Name", a kind of speech).
 */
function titleBeforeDash(text: string, lex: Lexicon): Span | undefined {
  const dash = SPACED_DASH.exec(text);
  const after = dash ? text.slice(dash.index + dash[0].length) : '';
  const name = findNames(after, lex)[0];
  // (An honorific may stand before the name: "Primary health care reform – Dr. Nurlan Alymkulov".)
  if (!dash || !name || (name.start > 0 && !isHonorific(after.slice(0, name.start).trim(), lex))) return undefined;
  const span = trimSpan(text, 0, dash.index);
  const before = text.slice(span.start, span.end);
  return readsAsPlainTitle(before, lex) && !readsAsPosition(before, lex) && !lex.words.speechKinds.includes(cleanValue(before).toLowerCase()) ? span : undefined;
}

/**
 * In an agenda, "Title" over a line of its presenter in the same item ("1. On the budget." / "   Speaker: Name, role"):
 * the lines before that one, when they name no one and are no kind of speech ("Opening remarks").
 */
function titleAbovePresenter(text: string, lex: Lexicon): Span | undefined {
  // (The first line after the first that opens as a presenter's, as document.ts reads one.)
  const lines = text.split('\n');
  const k = lines.findIndex((line, i) => i > 0 && opensAsPresenter(line, lex));
  if (k < 0) return undefined;
  const at = lines.slice(0, k).join('\n').length;
  const before = text.slice(0, at);
  return findNames(before, lex).length === 0 && !namesNoTalk(before, lex) && hasLetterOrDigit(before) ? trimSpan(text, 0, at) : undefined;
}

/** Whether an agenda point names no talk: a kind of speech ("Opening remarks") or other business ("Any other business"). */
function namesNoTalk(text: string, lex: Lexicon): boolean {
  const value = cleanValue(text).toLowerCase();
  return lex.words.speechKinds.includes(value) || lex.words.otherBusiness.includes(value);
}

/**
 * Whether words before a presenter read as a talk's title: two or more, no comma or dash, no one named, and no acronym
 * nor position's or organisation's word unless a joining word opens them.
 */
function readsAsPlainTitle(before: string, lex: Lexicon): boolean {
  const words = before.toLowerCase().split(/\s+/);
  if (/[,;–—]|\s-\s/.test(before) || words.length < 2 || findNames(before, lex).length > 0) return false;
  // (No position's or organisation's word before its first "of", nor an acronym anywhere: "UNDP Programme Officer (Bolot
  // Asanov)", "Ministry of Health (Dr. Name)", "Head of the school (Name)" are the roles; "Experience of the school (Name)"
  // is a talk.)
  // (Nor where a joining word opens them, as an agenda's point does: "О ходе реализации проекта …", "On the Ministry's plan".)
  if (opensWithJoin(before, lex)) return true;
  const plain = (w: string) => w.replace(NOT_LETTERS_END, '');
  const of = words.findIndex((w, i) => i > 0 && lex.words.labelOf.includes(w));
  const head = of > 0 ? words.slice(0, of) : words;
  return !ACRONYM.test(before) && !head.some((w) => lex.names.titles.includes(plain(w)) || lex.words.organization.includes(plain(w)));
}

/** Whether one of the lexicon's `cues.topicJoin` opens `text`, in any case, as it opens an agenda's point ("О ходе …", "On the budget"). */
function opensWithJoin(text: string, lex: Lexicon): boolean {
  return memoRegExp(lex, 'presentations.opensJoin', () => ignoreCase(`^[\\s*_]*(?:${alternation(lex.cues.topicJoin)})\\s`)).test(text);
}

/** "Title by Name, role": the words before the word that brings in the first name ("by"), when they name no one. */
function titleBeforeBy(text: string, lex: Lexicon): Span | undefined {
  const name = findNames(text, lex)[0];
  if (!name || lex.words.personWords.length === 0) return undefined;
  const by = memoRegExp(lex, 'presentations.titleBy', () => ignoreCase(`\\s(?:${alternation(lex.words.personWords)})\\s+(?:(?:${alternation(lex.words.honorifics)})\\.?\\s+)?$`)).exec(text.slice(0, name.start));
  return by && cleanValue(text.slice(0, by.index)) !== '' ? { start: 0, end: by.index } : undefined;
}

/**
 * "Name (UNICEF) on child protection", "Name, UNICEF, on child protection": the words after one of the lexicon's
 * `cues.topicJoin` right after a bracket or a comma past a name, when they name no one ("head of the department on
 * youth affairs" is a role: no bracket or comma before its "on"; nor "…, on behalf of UNDP", one of `roleOpeners`).
 */
function titleAfterJoin(text: string, lex: Lexicon): Span | undefined {
  const join = memoRegExp(lex, 'presentations.titleAfterJoin', () => ignoreCase(`[),][ \t]*(?!(?:${alternation(lex.words.roleOpeners)})${WORD_END})(?:${alternation(lex.cues.topicJoin)})[ \t]+`)).exec(text);
  if (!join || findNames(text.slice(0, join.index), lex).length === 0) return undefined;
  const span = trimSpan(text, join.index + join[0].length, text.length);
  const title = text.slice(span.start, span.end);
  return cleanValue(title) !== '' && findNames(title, lex).length === 0 ? span : undefined;
}

/**
 * Whether `text` reads as a person's position, not a talk's title: it opens, past an article and the lexicon's
 * `positionModifiers` ("deputy", "senior"), with a word of its `names.titles` that stands alone or before "of" or a
 * comma ("head of the district education department", "deputy mayor of the city", "lawyer, Legal Clinic"; not
 * "Deputies and the budget", nor "Head of the family: new roles").
 */
function readsAsPosition(text: string, lex: Lexicon): boolean {
  // (A colon parts a title's words: "Head of the family: new roles".)
  return !text.includes(':') && memoRegExp(lex, 'presentations.position', () => {
    const articles = lex.words.articles.length > 0 ? `(?:(?:${alternation(lex.words.articles)})\\s+)?` : '';
    // (A language that says "of" by the case goes on with any word: "начальник центра занятости".)
    const of = lex.words.labelOf.length > 0 ? `|\\s+(?:${alternation(lex.words.labelOf)})${WORD_END}` : `|\\s+[${LETTER}]`;
    const modifiers = lex.names.positionModifiers.length > 0 ? `(?:(?:${alternation(lex.names.positionModifiers)})\\s+){0,2}` : '';
    return ignoreCase(`^[\\s*_]*${articles}${modifiers}(?:${alternation(lex.names.titles)})(?:\\s*[,;]|\\s*$${of})`);
  }).test(text);
}
