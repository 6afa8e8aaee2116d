/**
 * participants: the head count (total, women, men) from a "Totally:" or
 * "Number of participants:" line or a running sentence, and the groups of
 * the "Participants:" line. Counts are kept as written; when women and men
 * do not add up to the total, `participants-mismatch` warns.
 */
import { diagnostic } from '../diagnostic.js';
import { listItemsAfter, type Block, type Doc, type Line, type Span } from '../document.js';
import { cells, findLabels, findTables, type LabelHit, type Table } from '../labels.js';
import { LETTER, UPPER } from '../letters.js';
import { findNames, isHonorific } from '../names.js';
import type { Lexicon } from '../lexicon/types.js';
import type { Participants } from '../schema.js';
import { NUMBER_SIGN, TITLE_CASE, allMatches, alternation, bracketSpans, caseVariants, cleanValue, firstEndingAfter, hasLetterOrDigit, hasWord, hasWordIn, ignoreCase, leadingJoin, memoRegExp, sentenceEnd, sentenceStart, splitTopLevel, stripMarkup, trimSpan, trimTrailing, withoutItemMarkers, WORD_END, WORD_START } from '../text.js';
import type { Extracted, Extractor } from './types.js';

interface Count {
  value: number;
  span: Span;
  /** Written in words ("forty"). */
  word?: boolean;
}

/** Adds the groups listed in `text` (at offset `at`), or in the list under line `line` when `text` is empty. */
type AddGroups = (text: string, at: number, line: number) => void;

interface Counts {
  total?: Count;
  women?: Count;
  men?: Count;
}

export const participants: Extractor<Participants | null> = (doc) => {
  const lex = doc.lexicon;
  const spans: Record<string, Span> = {};
  const groups: string[] = [];
  // (Not the row of the total of a table with columns for women and men: "| **Total** | **19** | **15** |" is read by
  // its columns, countsInTables.)
  const tables = countTables(doc);
  const columned = new Set(tables.flatMap((t) => (t.across ? t.rows.map((row) => row.number) : [])));
  const counts = findLabels(doc, lex.labels.count).filter((hit) => !columned.has(hit.line.number));
  // Where a count is labelled (the first free number there is the total), and `listed`, the items of a
  // list under a "Participants:" label (only numbers that name what they count: "Women: 24", "Total: 40").
  const countPlaces: (Span & { listed?: boolean })[] = [...counts];
  // A count label with nothing after it counts in the list under it: "Number of participants:" / "- women – 24" / "- total – 40".
  for (const hit of counts) if (cleanValue(hit.content) === '') countPlaces.push(...listedPlaces(countItems(doc, hit.line.number)));
  // (And in brackets before its colon: "Количество участников (всего 44): женщин – 30, мужчин – 14".)
  for (const hit of counts) countInLabel(doc, hit, countPlaces);
  /**
   * An item less the line of counts after its sentence, which markdown runs on into the list's last item ("- police
   * inspectors – 3." / "Of them women – 20, men – 11."): that line is a place of the count.
   */
  const withoutCountLine = (item: Block): Block => {
    const cut = COUNT_LINE_AFTER.exec(item.text);
    if (!cut || cut[1]!.length > SHORT_COUNT || !/\d/.test(cut[1]!) || !onlyCountWords(cut[1]!, lex)) return item;
    countPlaces.push({ start: item.start + cut.index + cut[0].length - cut[1]!.length, end: item.end, listed: true });
    return { ...item, end: item.start + cut.index + 1, text: item.text.slice(0, cut.index + 1) };
  };
  /** Add the groups listed in `text` (at offset `at`), or in the list under the label's line when it is empty. */
  const addGroups: AddGroups = (groupsText, at, line) => {
    // (Less the verb of attending that ends the sentence after them: "… representing NGOs and the media attended".)
    // (Looked up as words first: the pattern is compiled only where one stands.)
    const verb = hasWord(groupsText, lex.words.attendance) ? memoRegExp(lex, 'participants.attendanceAfterGroups', () => ignoreCase(`\\s(?:${alternation(lex.words.attendance)})${WORD_END}[^,;]*$`)).exec(groupsText) : null;
    const text = verb && verb.index > 0 ? groupsText.slice(0, verb.index) : groupsText;
    // (Numbered on the line, "1) officials; 2) NGOs": the numbers are no part of the groups.)
    // (Or after words that lead in to it with a colon: "Participants: representatives of:" / "- state bodies;" / "- NGOs".)
    const under = (cleanValue(text) === '' || (text.trimEnd().endsWith(':') && !/\d/.test(text)) ? listItemsAfter(doc, line) : []).map(withoutCountLine);
    const items = under.length > 0 || cleanValue(text) === '' ? under : withoutItemMarkers(splitTopLevel(text, { dashes: false }).map((p) => ({ ...p, start: at + p.start, end: at + p.end })), lex);
    // One part that is a clause lists no groups ("## Participants" / "The platform was well attended."; not a group
    // with a relative clause, "NGOs that are active in the region").
    const one = under.length === 0 && items.length === 1 ? items[0]!.text : undefined;
    if (one !== undefined && hasWord(one, lex.words.clauseVerbs) && !hasWord(one, lex.words.relative)) return;
    let person = false; // the last item named a person: the items after it up to a ";" are their roles
    // (Whether the items count anyone, outside a bracket that counts a group, "farmers, women, youth (40 people)":
    // only then is a bare "women" a leftover of the count, not a group.)
    const numeric = items.some((i) => /\d/.test(i.text.replace(TRAILING_BRACKET, '')));
    for (const listed of items) {
      // A count in brackets after the last group is the count's ("…, officials (40 in total; 20 women)"): the group stands before it.
      const bracket = /\d/.test(listed.text) ? bracketSpans(listed.text).at(-1) : undefined;
      const counted = bracket && cleanValue(listed.text.slice(bracket.end)) === '' && hasCount(readCounts(doc, listed.start + bracket.start, listed.start + bracket.end, false));
      // A table's row names its group in its first cell ("| NGOs | 8 | 2 |"); the row of the total names none.
      const cell = listed.text.indexOf('|');
      // (So is a bracket that points to the list of participants: "NGOs (list attached)".)
      const note = counted || !listed.text.includes('(') ? undefined : bracketSpans(listed.text).at(-1);
      const noted = note && cleanValue(listed.text.slice(note.end)) === '' && pointsToList(listed.text.slice(note.start + 1, note.end - 1), lex);
      const cut = counted ? bracket.start : noted ? note.start : cell > 0 ? cell : undefined;
      const item = cut === undefined ? listed : { ...listed, end: listed.start + cut, text: listed.text.slice(0, cut) };
      if (cell > 0 && lex.labels.count.includes(cleanValue(item.text).toLowerCase())) continue;
      // (Less the joining word that ends the list: "…, activists, and journalists", "…, а также журналисты".)
      const join = leadingJoin(lex).exec(item.text.trimStart());
      const lead = join ? item.text.length - item.text.trimStart().length + join[0].length : 0;
      const value = cleanValue(item.text.slice(lead));
      const sep = 'sep' in item ? item.sep : '';
      if (sep !== ',') person = false;
      if (person) continue;
      // An attendee list names people; only the items that are groups of people are groups
      // ("…, and" before a list on the next lines leaves a bare "and").
      // A count is no group either ("40 people – 31 women, 9 men").
      // Nor is "etc." that ends the list.
      const lower = value.toLowerCase();
      const named = findNames(item.text, lex);
      if (named.length > 0) {
        // Only a name alone: one with its roles in the item ("Name (deputy mayor)", "deputy mayor Name") has
        // no roles in the items after it ("…, Kadyrova Aida (lawyer), representatives of NGOs").
        person = nameAlone(item.text, named, lex);
        continue;
      }
      // (A group counted by itself is one: "12 teachers", "3 NGOs".)
      // Nor words that point to the list kept elsewhere: "see the list in Annex 1", "according to the list (attached)".
      if (pointsToList(value, lex)) continue;
      if (value === '' || (/^\d/.test(value) && !countedGroup(value, lex)) || lex.words.conjunctions.includes(lower) || lex.words.etcetera.includes(lower) || lex.words.etcetera.includes(cleanValue(item.text).toLowerCase())) continue;
      // Nor is a word for women or men left over from the count ("24 – women, 16 – men").
      // (But "Target group: youth, women, persons with disabilities" names women as a group.)
      if (numeric && (lex.words.women.includes(lower) || lex.words.men.includes(lower))) continue;
      // Nor is a line of the head count ("Women: 24", "Total: 40" listed under "Participants:"), in words too ("… attended
      // by forty people, of them twenty-four women").
      if ((/\d/.test(value) || hasNumberWord(doc, item)) && hasCount(readCounts(doc, item.start, item.end, false))) continue;
      spans[`/groups/${groups.length}`] = trimSpan(doc.text, item.start + lead, item.end);
      groups.push(value);
    }
  };
  for (const hit of findLabels(doc, lex.labels.participants)) {
    // A count first: "In attendance: 38 persons (21 men and 17 women) – farmers, journalists."
    let from = 0;
    let stop: number | undefined;
    // (In words too: "Participants: twenty-nine people (seventeen women and twelve men) – lawyers, …", "Participants: forty (…)".)
    // (Not an item's number: "Participants: 1) officials; 2) NGOs".)
    // (After a word that says about: "Participants: more than 50 representatives of …".)
    const countFirst =
      /^\s*(?:\*\*)?\s*(?!1[.)]\s)\d/.test(hit.content) ||
      (opensWithNumberWord(hit.content, lex) && (countWordFirst(lex).test(hit.content) || labelWordNumber(lex).test(hit.content))) ||
      approximateFirst(lex).test(hit.content);
    // Unless the number counts a group and no head count follows: "Participants: 12 teachers, 8 parents, 5 students" lists groups.
    const groupsOnly = countFirst && countedGroups(hit.content, lex) && !hasCount(readCounts(doc, hit.start, hit.end, true));
    if (countFirst && !groupsOnly) {
      countPlaces.push(hit);
      from = groupsAfterCount(doc, hit.content, hit.start, true, true);
      // Counted groups end before the brackets of the women and men: "25 people: 12 teachers, 8 parents, 5 students (15 women, 10 men)".
      const open = from < 0 ? -1 : hit.content.indexOf('(', from);
      if (open > from && countedGroups(hit.content.slice(from, open), lex)) stop = open;
      // Or in the sentence after the count: "Participants: 40 people (24 women, 16 men). Farmers, teachers."
      if (from < 0) from = listAfterCount(hit.content, lex);
      // Or a count whose noun opens the first group, or its people's word and a comma before them: "Participants: 50
      // representatives of state bodies, civil society, journalists", "Participants: 50 people, representatives of …, …".
      if (from < 0) from = groupsAfterLeadingCount(hit.content, lex);
      // Or counted groups before the head count's brackets: "29 farmers, 6 officials and 5 NGO staff (40 in total; …)".
      const bracket = hit.content.indexOf('(');
      if (from < 0 && bracket > 0 && countedGroups(hit.content.slice(0, bracket), lex)) [from, stop] = [0, bracket];
      if (from < 0) {
        if (groups.length === 0) bracketGroups(doc, hit.content, hit.start, hit.line.number, addGroups);
        // Or in a list right under the count's paragraph: "Participants:" / "40 people (24 women, 16 men)" / "- farmers".
        if (groups.length === 0) listUnder(doc, hit.start, addGroups);
        countInLabel(doc, hit, countPlaces);
        continue;
      }
    } else if (!groupsOnly && /\d/.test(hit.content) && hasCount(readCounts(doc, hit.start, hit.end, false))) {
      // The count is read as in running text ("Participants: farmers, teachers – 40 people in total": not a bare number).
      countPlaces.push({ start: hit.start, end: hit.end, listed: true });
      // A sentence with the count, then the groups: "A total of 36 participants (15 women, 21 men) attended: teachers, …".
      from = Math.max(0, groupsAfterCount(doc, hit.content, hit.start));
      // Or the groups, a dash, then the count: "Participants: teachers, parents, students – 40 people (…)".
      if (from === 0) stop = groupsBeforeCount(doc, hit.content, hit.start);
      // Or the groups in a sentence of their own, the count in the next: "Participants: …, residents.\nIn total 28 people took part, …".
      if (from === 0 && stop === undefined) {
        const first = sentenceEnd(hit.content, 0, lex);
        if (!/\d/.test(hit.content.slice(0, first))) stop = first;
        // Or the count, then the groups in a sentence of their own: "Участники: всего 36 человек, из них женщин – 20,
        // мужчин – 16. Представители местных органов власти, …" (split at its commas, the first group would go with the count).
        else from = Math.max(0, listAfterCount(hit.content, lex));
      }
    }
    // Or in the list under the label: "Participants:" / "- Women: 24" / "- Men: 16".
    if (cleanValue(hit.content) === '') {
      const items = countItems(doc, hit.line.number);
      if (items.length > 0) {
        countPlaces.push(...listedPlaces(items));
        // The groups may follow in a paragraph of their own: "## Participants" / a table of the counts / "Teachers, parents, police inspectors."
        const next = doc.blocks[doc.blocks.indexOf(items.at(-1)!) + 1];
        if (groups.length === 0 && next?.kind === 'paragraph' && next.line <= items.at(-1)!.line + 2 && sentenceEnd(next.text, 0, lex) >= next.text.length - 1 && readsAsList(next.text)) {
          addGroups(next.text, next.start, next.line);
        }
      }
      // Or in the paragraph under it, a count and then the groups: "## Participants" / "Total: 29 (…). Teachers, parents, …".
      else if (groups.length === 0) groupsUnderCount(doc, hit.line.number, addGroups);
      // Or in its own paragraph, under the lines of the counts: "Participants:" / "Total: 38" / "Women: 21" / "Men: 17" / "Teachers, imams, …".
      if (groups.length === 0) groupsUnderCountLines(doc, doc.blockOn(hit.line.number), hit.line.number + 1, addGroups);
    }
    countInLabel(doc, hit, countPlaces);
    // Groups after a count end with its sentence ("…, including farmers. The meeting was lively.").
    const end = stop ?? (from > 0 ? sentenceEnd(hit.content, from, lex) : hit.content.length);
    if (groups.length === 0) addGroups(hit.content.slice(from, end), hit.start + from, hit.line.number);
  }
  // A count label may go on to the groups too: "Всего присутствовало 38 человек, …, мужчин – 21: фермеры, …".
  for (const hit of counts) {
    if (groups.length > 0) break;
    // (Or in a sentence of their own after the count: "Attendance: 35 people (F – 22, M – 13). Teachers, parents, …".)
    let from = groupsAfterCount(doc, hit.content, hit.start);
    if (from < 0) from = listAfterCount(hit.content, lex);
    if (from >= 0) addGroups(hit.content.slice(from, sentenceEnd(hit.content, from, lex)), hit.start + from, hit.line.number);
    else bracketGroups(doc, hit.content, hit.start, hit.line.number, addGroups);
  }
  // Each count comes from the first labelled place that gives it ("Attendance:" with
  // "Women: 12" / "Men: 8" under it, then "Total: 20" on a line of its own).
  let found: Counts = {};
  for (const place of countPlaces) {
    const more = readCounts(doc, place.start, place.end, !place.listed);
    found = { total: found.total ?? more.total, women: found.women ?? more.women, men: found.men ?? more.men };
  }
  // Then the short paragraphs right after the label that gave the total, or right before it, and hold counts and nothing
  // more ("Participants: 25" / blank / "Women: 14" / blank / "Men: 11"; "Women: 24" / "Men: 16" / "Total: 40").
  if (found.total && (!found.women || !found.men)) found = { ...countsBeside(doc, found.total.span, lex), ...definedCounts(found) };
  // Then a table of counts ("| Women | 24 |"), for what the labels did not give.
  if (!found.total || !found.women || !found.men) {
    const table = countsInTables(doc, tables);
    found = { total: found.total ?? table.total, women: found.women ?? table.women, men: found.men ?? table.men };
  }
  if (!found.total && !found.women && !found.men) {
    // A head count alone ("The meeting was attended by 42 people.") counts where no block gives women or men,
    // the first in a sentence that says people attended.
    let totalOnly: { block: Block; counts: Counts } | undefined;
    let counted: Block | undefined;
    for (const block of doc.blocks) {
      const read = withBracketedLetters(doc, readCounts(doc, block.start, block.end, false, false));
      if (!read.women && !read.men) {
        if (read.total && !totalOnly && attends(doc, block, read.total)) totalOnly = { block, counts: read };
        continue;
      }
      // Outside a label, counts in words come at least two together: "one of the women said" is no count.
      const numbers = [read.total, read.women, read.men].filter((c) => c !== undefined);
      if (numbers.length < 2 && numbers.some((c) => c.word)) continue;
      found = read;
      counted = block;
      break;
    }
    if (!counted && totalOnly) ({ block: counted, counts: found } = totalOnly);
    // (Or gives the total that a later count of women and men lacks: "… attended by 42 people." / "Of them, 20 women …".)
    else if (totalOnly && !found.total) found = { ...found, total: totalOnly.counts.total };
    if (counted) {
      const block = counted;
      // The sentence of the count may list the groups after a colon or a word such as "including":
      // "… мужчин – 21: фермеры, журналисты.", "35 people attended, including farmers and teachers.",
      // or after a dash when what follows reads as a list ("45 people: 20 men and 25 women – deputies, activists").
      if (groups.length === 0) {
        let from = groupsAfterCount(doc, block.text, block.start, false);
        if (from < 0) {
          const dashed = groupsAfterCount(doc, block.text, block.start, true);
          if (dashed >= 0 && readsAsList(block.text.slice(dashed, sentenceEnd(block.text, dashed, lex)))) from = dashed;
        }
        // The groups end with the count's sentence: the next is no group.
        if (from >= 0) addGroups(block.text.slice(from, sentenceEnd(block.text, from, lex)), block.start + from, block.line);
        else bracketGroups(doc, block.text, block.start, block.line, addGroups);
        // Or the groups that open it, a dash and the count, as on a label's line: "Teachers, parents and NGOs – 37 persons
        // in total (29 women, 8 men)" (not the words of the count, "Women – 20, men – 18", nor people named).
        const before = groups.length === 0 ? block.text.slice(0, groupsBeforeCount(doc, block.text, block.start) ?? 0) : '';
        if (before !== '' && readsAsList(before) && findNames(before, lex).length === 0) addGroups(before, block.start, block.line);
      }
    }
  }
  if (groups.length === 0) groupsInSentence(doc, addGroups);
  if (groups.length === 0) groupsAroundAttendance(doc, addGroups);
  if (groups.length === 0) groupsInTables(doc, tables, addGroups);
  const { total, women, men } = found;
  if (!total && !women && !men && groups.length === 0) return { value: null };
  const value: Participants = { total: total?.value ?? null, women: women?.value ?? null, men: men?.value ?? null, groups };
  if (total) spans['/total'] = total.span;
  if (women) spans['/women'] = women.span;
  if (men) spans['/men'] = men.span;
  const diagnostics = [];
  if (total && women && men && women.value + men.value !== total.value) {
    diagnostics.push(
      diagnostic(
        'warning',
        'participants-mismatch',
        `${women.value} women and ${men.value} men make ${women.value + men.value}, but the total is ${total.value}`,
        doc.source(total.span.start),
      ),
    );
  }
  return { value, spans, diagnostics } satisfies Extracted<Participants>;
};

/** Whether `text` opens with words that point to a list of participants kept elsewhere (the lexicon's `listReference`). */
function pointsToList(text: string, lex: Lexicon): boolean {
  // (A plain look at the words, not a pattern: every group is asked, and a pattern of the list would cost each run its compilation.)
  const t = text.replace(LEADING_BRACKET_SPACE, '').toLowerCase().replace(/\s+/g, ' ');
  return lex.words.listReference.some((words) => t.startsWith(words) && !hasLetterOrDigit(t.charAt(words.length)));
}

const LEADING_BRACKET_SPACE = /^[\s(]+/;

/**
 * The items of the list under line `line` that are counts and nothing more ("- Women: 24", "- total – 40"; not "Residents
 * of the city – 27 people", a group counted), each to be read by itself: "- Total: 40" / "- Women: 24" is not "40 women".
 */
function countItems(doc: Doc, line: number): Block[] {
  return listItemsAfter(doc, line).filter((item) => /\d/.test(item.text) && onlyCountWords(item.text, doc.lexicon));
}

/**
 * Where to read each of `items` for counts: by itself, as an item of a list; a table's row not at all, as its columns
 * say what each number counts (countsInTables: "| Residents | 5 | 4 |" under "| Category | Women | Men |").
 */
function listedPlaces(items: Block[]): (Span & { listed: true })[] {
  return items.filter((item) => !item.text.includes('|')).map((item) => ({ start: item.start, end: item.end, listed: true }));
}

/**
 * Whether the sentence of `count` in `block` says people attended (the lexicon's `attendance`): "42 people took part";
 * or the count follows a count label that names people: "The number of participants was 50".
 */
function attends(doc: Doc, block: Block, count: Count): boolean {
  const lex = doc.lexicon;
  const at = count.span.start - block.start;
  const from = sentenceStart(block.text, at, lex);
  const sentence = block.text.slice(from, sentenceEnd(block.text, at, lex));
  if (hasWord(sentence, lex.words.attendance)) return true;
  // (Or a sentence that opens by saying who the participants were: "Participants included …, 35 people in total".)
  // (Looked up as words first: the pattern is compiled only where one stands.)
  // (Past a bracket after its first words too, the count's own: "Participants (45 people) included farmers, …".)
  if ((hasWord(sentence, lex.words.groupsSentence) || BRACKET_AFTER_SUBJECT.test(sentence)) && groupsOpening(sentence, lex) !== undefined) return true;
  // (Or a sentence of the count and its word for people alone, a bracket after them at most: "27 participants.".)
  const alone = memoRegExp(lex, 'participants.countAlone', () => ignoreCase(`^[\\s*_]*\\d{1,6}[\\s*_]+(?:${alternation(lex.words.people)})${WORD_END}[\\s*_]*(?:\\([^()]*\\))?[\\s*_.;]*$`));
  if (/^[\s*_]*\d/.test(sentence) && alone.test(sentence)) return true;
  const label = memoRegExp(lex, 'participants.countLabelBefore', () =>
    ignoreCase(`${WORD_START}(?:${alternation(lex.labels.count)})[\\s*_]*(?:[:\\-–—,]|(?:${alternation(lex.words.countJoin)})${WORD_END})?[\\s*_]*$`),
  );
  const before = block.text.slice(Math.max(from, at - 60), at);
  const match = label.exec(before);
  if (match === null) return false;
  // (Or the word for people follows the count and ends the sentence: "In total, 40 participants."; not "Overall, 300 people left the district".)
  const people = memoRegExp(lex, 'participants.peopleEndAfterCount', () => ignoreCase(`^[\\s*_]+(?:${alternation(lex.words.people)})${WORD_END}[\\s*_.;]*$`));
  return hasWord(match[0], lex.words.people) || people.test(sentence.slice(at - from + count.span.end - count.span.start));
}

/**
 * Counts in a markdown table, headed across the top ("| Total | Women | Men |" over "| 40 | 24 |
 * 16 |") or down the first column ("| Women | 24 |"): a cell that is only a word for women, men,
 * participants or a count label, and the number beside or under it; or, in a table of groups with
 * columns for women and men, the numbers of its row of the total.
 */
function countsInTables(doc: Doc, tables: CountTable[]): Counts {
  const lex = doc.lexicon;
  const counts: Counts = {};
  const take = (name: Span | undefined, value: Span | undefined) => {
    if (!name || !value) return;
    const number = doc.text.slice(value.start, value.end).replace(/^[*_]+|[*_]+$/g, '');
    if (!/^\d{1,6}$/.test(number)) return;
    const kind = cellKind(doc, name);
    if (kind && !counts[kind]) counts[kind] = { value: Number(number), span: { start: value.end - number.length, end: value.end } };
  };
  for (const { head, rows, across } of tables) {
    const names = cells(head);
    const firstRow = rows[0] ? cells(rows[0]) : [];
    if (across) {
      // Headed with columns for women and men, a table counts in its first row where that holds the head count ("| Total |
      // Women | Men |" over "| 40 | 24 | 16 |"); a table of groups counts in its row of the total ("| Category | Women |
      // Men |" … "| **Total** | **19** | **15** |"), and a group's row is no head count. (The total's named by a count
      // label: "Residents" is a word for people, and a group's.)
      const totalRow = rows.find((row) => isTotalRow(doc, row));
      const headCount = (names[0] && cellKind(doc, names[0])) || (firstRow[0] && /^\d/.test(cellWord(doc, firstRow[0])));
      const counted = totalRow ? cells(totalRow) : headCount ? firstRow : [];
      names.forEach((name, column) => take(name, counted[column]));
      continue;
    }
    names.forEach((name, column) => take(name, firstRow[column]));
    for (const row of [head, ...rows]) {
      const [name, value] = cells(row);
      take(name, value);
    }
  }
  return counts;
}

/**
 * The groups of a table of groups, which counts women and men in its columns and has a row of the total ("| Category |
 * Women | Men |" / "| Teachers | 12 | 3 |" / … / "| **Total** | 20 | 5 |"): its column of words, a row's cell each, but
 * the total's. (Under a participants label its rows are read with the label's; this is for a table under a heading of
 * the count, "## Attendance", or none.)
 */
function groupsInTables(doc: Doc, tables: CountTable[], addGroups: AddGroups): void {
  for (const { head, rows, across } of tables) {
    if (!across) continue;
    const body = rows.filter((row) => !isTotalRow(doc, row));
    if (body.length === rows.length || body.length === 0) continue;
    const bodyCells = body.map(cells);
    // (A column of row numbers first is none: "| No. | Category | Women | Men |".)
    const column = cells(head).findIndex((name, i) => !cellKind(doc, name) && bodyCells.every((row) => row[i] !== undefined && !/^\d*$/.test(cellWord(doc, row[i]))));
    if (column < 0) continue;
    body.forEach((row, k) => {
      const cell = bodyCells[k]![column]!;
      addGroups(doc.text.slice(cell.start, cell.end), cell.start, row.number);
    });
    return;
  }
}

/** Whether a table's row is its total's: its first cell that is not empty is a count label ("| **Total** |", "| | Total |" after a column of numbers). */
function isTotalRow(doc: Doc, row: Line): boolean {
  const first = cells(row).find((cell) => cell.end > cell.start);
  return first !== undefined && doc.lexicon.labels.count.includes(cellWord(doc, first));
}

/** A table, and whether it has a column for women or men past its first ("| Category | Women | Men |"). */
type CountTable = Table & { across: boolean };

/** The document's tables, each with whether it has a column for women or men past its first. */
function countTables(doc: Doc): CountTable[] {
  return findTables(doc).map((table) => {
    const kinds = cells(table.head).slice(1).map((cell) => cellKind(doc, cell));
    return { ...table, across: kinds.includes('women') || kinds.includes('men') };
  });
}

/** What a table cell (or any span) names, if it is only a word for women, men or the total ("Women", "**Total**", "Participants"). */
function cellKind(doc: Doc, cell: Span): keyof Counts | undefined {
  const lex = doc.lexicon;
  const word = cellWord(doc, cell);
  if (lex.words.women.includes(word)) return 'women';
  if (lex.words.men.includes(word)) return 'men';
  if (lex.labels.count.includes(word) || lex.words.people.includes(word) || lex.labels.participants.includes(word)) return 'total';
  return undefined;
}

/** A table cell's text as a word to look up: no emphasis, no colon after it, lower case ("**Total:**" → "total"). */
function cellWord(doc: Doc, cell: Span): string {
  return trimTrailing(stripMarkup(doc.text.slice(cell.start, cell.end)), ':').trim().toLowerCase();
}

const COUNT_END = new RegExp(`\\.\\s+(?=[${UPPER}])`, 'u');

/**
 * The most words in one group of a list of groups that stands as a sentence of its own; in a
 * list of three or more, a group may be longer ("representatives of the district education department").
 */
const GROUP_WORDS = 5;
const GROUP_WORDS_IN_LONG_LIST = 8;

/**
 * Under a participants label with nothing after it, a paragraph that opens with the head
 * count may go on, in its next sentence, to the groups: "## Participants" / "Total: 29
 * (women: 18, men: 11). Teachers, parents, police inspectors."; or a list right under a paragraph of the count
 * holds them: "## Participants" / "Total: 44 (women: 26, men: 18)" / "- deputies of local councils" / "- civil activists".
 */
function groupsUnderCount(doc: Doc, labelLine: number, addGroups: AddGroups): void {
  const block = doc.blocks.find((b) => b.line > labelLine);
  if (!block || block.kind !== 'paragraph' || block.line > labelLine + 2) return;
  const from = listAfterCount(block.text, doc.lexicon);
  if (from >= 0) addGroups(block.text.slice(from), block.start + from, block.line);
  else if (hasCount(readCounts(doc, block.start, block.end, true))) {
    // (Or on the lines under the counts': "Participants" / "Total: 38" / "Women: 21" / "Teachers, imams, youth activists".)
    if (!listUnder(doc, block.start, addGroups)) groupsUnderCountLines(doc, block, block.line, addGroups);
  }
}

/**
 * Add the groups of the lines of `block` under the lines of its counts from line `first` on, read as a list ("Participants:"
 * / "Total: 38" / "Women: 21" / "Men: 17" / "Representatives of mahalla committees, school principals, imams").
 */
function groupsUnderCountLines(doc: Doc, block: Block | undefined, first: number, addGroups: AddGroups): void {
  if (block?.kind !== 'paragraph') return;
  let n = first - 1;
  while (n < doc.lines.length && doc.lines[n]!.start < block.end && /\d/.test(doc.lines[n]!.text) && onlyCountWords(doc.lines[n]!.text, doc.lexicon)) n++;
  const line = doc.lines[n];
  if (n === first - 1 || !line || line.start >= block.end) return;
  const rest = doc.text.slice(line.start, block.end);
  if (readsAsList(rest)) addGroups(rest, line.start, line.number);
}

/** Add the groups of the list right under the paragraph that ends after `at`; whether there is one. */
function listUnder(doc: Doc, at: number, addGroups: AddGroups): boolean {
  const index = firstEndingAfter(doc.blocks, at);
  const block = doc.blocks[index];
  if (block?.kind !== 'paragraph' || doc.blocks[index + 1]?.kind !== 'listItem') return false;
  addGroups('', block.start, block.line);
  return true;
}

/**
 * Where the groups start in `text` that opens with a head count and goes on, in a sentence
 * of its own, to a list: two parts at least, each a few words, no number ("The meeting was
 * lively." is no group); -1 if it does not. The groups end with that sentence.
 */
function listAfterCount(text: string, lex: Lexicon): number {
  // The count's sentence ends with its number or bracket ("… men: 11)."), which sentenceEnd does not take for an end.
  const first = COUNT_END.exec(text);
  if (!first || !/\d/.test(text.slice(0, first.index))) return -1;
  const from = first.index + first[0].length;
  const end = sentenceEnd(text, from, lex);
  // Only when the list ends the text: more sentences after it make it a sentence of a paragraph, not a list.
  return readsAsList(text.slice(from, end)) && text.slice(end).replace(/^\./, '').trim() === '' ? from : -1;
}

/**
 * Where the groups start in a label's `text` that opens with a count and goes on to a list of groups in the count's own
 * sentence: at the noun after the number, unless it is a word of the count ("people", "participants"), when a comma must
 * follow it ("50 representatives of A, B, C", "50 people, A, B, C"; not "50 people representing A, B, C"); -1 if none.
 */
function groupsAfterLeadingCount(text: string, lex: Lexicon): number {
  const lead = text.length - text.replace(/^[\s*_]+/, '').length;
  const count = leadingCount(lex).exec(text.slice(lead));
  if (!count) return -1;
  let from = lead + count[0].length;
  const word = memoRegExp(lex, 'participants.countWordComma', () => ignoreCase(`^(?:${alternation([...lex.words.people, ...lex.words.women, ...lex.words.men])})${WORD_END}([ \t]*,[ \t]*)?`)).exec(text.slice(from));
  if (word && word[1] === undefined) return -1;
  if (word) from += word[0].length;
  const end = sentenceEnd(text, from, lex);
  return readsAsList(text.slice(from, end)) ? from : -1;
}

/** Whether `sentence` reads as a list of groups: two parts at least, each a few words, no number. */
function readsAsList(sentence: string): boolean {
  const parts = splitTopLevel(sentence, { dashes: false });
  const most = parts.length >= 3 ? GROUP_WORDS_IN_LONG_LIST : GROUP_WORDS;
  return parts.length >= 2 && !/\d/.test(sentence) && parts.every((p) => p.text.trim().split(/\s+/).length <= most);
}

/**
 * Groups that a bracket marks off in the count's sentence, when they read as a list: inside
 * it, after the count ("42 человека, из них мужчин – 18, женщин – 14 (депутаты айыльных
 * кенешей, представители НПО, молодежь)"; a bracket with a number in it is the count's own),
 * or before the count's own bracket, after a colon or a word such as "including" past the
 * total ("24 participants: police inspectors, social workers and teachers (19 women and 5 men)").
 */
function bracketGroups(doc: Doc, text: string, at: number, line: number, addGroups: AddGroups): void {
  const count = text.search(/\d/);
  if (count < 0) return;
  const end = sentenceEnd(text, count, doc.lexicon);
  const brackets = bracketSpans(text).filter((b) => b.start > count && b.start < end);
  const inside = brackets.find((b) => readsAsList(text.slice(b.start + 1, b.end - 1)));
  if (inside) {
    addGroups(text.slice(inside.start + 1, inside.end - 1), at + inside.start + 1, line);
    return;
  }
  const counts = brackets.find((b) => /\d/.test(text.slice(b.start, b.end)));
  if (!counts) return;
  const from = groupsAfterCount(doc, text.slice(0, counts.start), at);
  if (from > count && readsAsList(text.slice(from, counts.start))) addGroups(text.slice(from, counts.start), at + from, line);
}

/**
 * With no groups beside a label or a count, a sentence may name them: "Among the participants were
 * representatives of local authorities, NGOs and media.", opening its paragraph or after another
 * ("In total 45 persons took part. They represented …"). The first such sentence gives them, up to
 * its end, unless it names people (an attendee list).
 */
function groupsInSentence(doc: Doc, addGroups: AddGroups): void {
  const lex = doc.lexicon;
  if (lex.words.groupsSentence.length === 0) return;
  for (const block of doc.blocks) {
    // (Only blocks that hold one of the phrases are cut into sentences, or that open with one past a bracket.)
    if (!hasWordIn(doc, block, lex.words.groupsSentence) && !(BRACKET_AFTER_SUBJECT.test(block.text) && groupsOpening(block.text, lex) !== undefined)) continue;
    for (let at = 0; at < block.text.length; ) {
      const end = sentenceEnd(block.text, at, lex);
      const opening = groupsOpening(block.text.slice(at, end), lex);
      if (opening !== undefined) {
        const from = at + opening;
        const sentence = block.text.slice(from, end);
        // A sentence that names people lists attendees, with their roles: no groups there. And the groups read as a
        // list, a few words each ("The participants of the meeting were divided into three groups" lists none).
        // (Less a bracket of the count that ends it: "Participants included deputies, activists and teachers (35 people in total)".)
        const counted = TRAILING_BRACKET.exec(sentence);
        const list = counted && /\d/.test(counted[0]) ? sentence.slice(0, counted.index) : sentence;
        if (findNames(list, lex).length === 0 && readsAsList(list)) addGroups(list, block.start + from, block.line);
        return;
      }
      at = end + 1;
    }
  }
}

// The first few words of a sentence, then a bracket: "Participants (45 people: …)".
const BRACKET_AFTER_SUBJECT = /^([ \t]*[^\s()]+(?:[ \t]+[^\s()]+){0,3})[ \t]*\([^()\n]*\)/;

/**
 * Where the groups start in `sentence` after a phrase of the lexicon's `groupsSentence` that opens it ("Participants
 * included "), also past a bracket after its first words ("Participants (45 people: 26 women and 19 men) included "), or undefined.
 */
function groupsOpening(sentence: string, lex: Lexicon): number | undefined {
  const opener = memoRegExp(lex, 'participants.groupsSentence', () => groupsSentenceOpener(lex));
  const m = opener.exec(sentence);
  if (m) return m[0].length;
  const bracket = BRACKET_AFTER_SUBJECT.exec(sentence);
  const past = bracket && opener.exec(bracket[1]! + sentence.slice(bracket[0].length));
  return past ? past[0].length + bracket![0].length - bracket![1]!.length : undefined;
}

/** A phrase of the lexicon's `groupsSentence` that opens a sentence ("Among the participants were"), with what follows it up to the list. */
function groupsSentenceOpener(lex: Lexicon): RegExp {
  return ignoreCase(`^\\s*(?:\\*\\*|__)?(?:${alternation(lex.words.groupsSentence)})${WORD_END}(?:\\*\\*|__)?[ \t]*:?[ \t\n]*`);
}

/**
 * Groups in a sentence that says they attended, where no label or opening phrase gave any: before the verb
 * ("Representatives of state bodies, NGOs and the media took part in the meeting.", the lexicon's `attendance`) or after
 * "attended by" and the like ("The meeting was attended by representatives of state bodies, NGOs and the media, 40
 * people in total.", `attendanceLead`; the count after them is no group). A list of a few words each, no person named,
 * and no phrase that opens the sentence ("During the meeting, …").
 */
function groupsAroundAttendance(doc: Doc, addGroups: AddGroups): void {
  const lex = doc.lexicon;
  const verb = memoRegExp(lex, 'participants.attendanceVerb', () => ignoreCase(`\\s(?:${alternation(lex.words.attendance)})${WORD_END}`));
  const lead = memoRegExp(lex, 'participants.attendanceLead', () => ignoreCase(`${WORD_START}(?:${alternation(lex.words.attendanceLead)})\\s+`));
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' || !(hasWordIn(doc, block, lex.words.attendance) || hasWordIn(doc, block, lex.words.attendanceLead))) continue;
    for (let at = 0; at < block.text.length; ) {
      const end = sentenceEnd(block.text, at, lex);
      const sentence = block.text.slice(at, end);
      let from = -1;
      let to = -1;
      const led = lead.exec(sentence);
      if (led) {
        from = led.index + led[0].length;
        const count = COUNT_AFTER_GROUPS.exec(sentence.slice(from));
        to = count ? from + count.index : sentence.length;
      } else {
        const said = verb.exec(sentence);
        // (Not those who took part in the discussion: "The head of the department and the deputy mayor took part in the discussion".)
        if (said && said.index > 0 && !hasWord(sentence.slice(said.index + said[0].length), lex.cues.discussion)) [from, to] = [sentence.length - sentence.trimStart().length, said.index];
      }
      // (The count before them is the head count's, no group's: "38 representatives of A, B and C took part", "attended
      // by about 35 farmers, teachers and doctors", "Twelve teachers, parents and students took part".)
      if (from >= 0) from += leadingCount(lex).exec(sentence.slice(from, to))?.[0].length ?? 0;
      const text = from >= 0 ? sentence.slice(from, to) : '';
      const opener = text.split(',', 1)[0]!.trim().toLowerCase();
      // (Nor a clause: "3 points were on the agenda, attendance was good" names no group.)
      const clause = hasWord(text, lex.words.clauseVerbs) && !hasWord(text, lex.words.relative);
      // (Nor a count's own word before an aside: "About forty people, mostly women, attended".)
      if (text !== '' && !clause && !lex.words.sentenceOpeners.includes(opener) && !onlyCountWords(opener, lex) && findNames(text, lex).length === 0 && readsAsList(text)) {
        addGroups(text, block.start + at + from, block.line);
        return;
      }
      at = end + 1;
    }
  }
}

/** A word that says about and a number opening a text ("more than 50", "около 40"). */
function approximateFirst(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'participants.approximateFirst', () => ignoreCase(`^[\\s*_]*(?:${alternation(lex.words.approximate)})\\s+\\d`));
}

/** A number that opens a list of groups, its head count: "38 representatives of …", "about 35 farmers", "twelve teachers". */
function leadingCount(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'participants.leadingCount', () => ignoreCase(`^(?:(?:${alternation(lex.words.approximate)})\\s+)?(?:${numberPattern(lex)})[ \t]+(?=[${LETTER}])`));
}

// A count after a list of groups, set off by a comma: ", 40 people in total", ", in total 40".
const COUNT_AFTER_GROUPS = new RegExp(`,\\s*(?:[${LETTER}]+\\s+){0,2}\\d`, 'u');

/**
 * Where the groups start in `content` (at offset `at`) after a count ("38 persons (21 men and
 * 17 women) – farmers, …"): after the first of the separators (groupSeparators) past the last
 * number ("мужчин – 18" is the count's), outside brackets, or with `counted`, before groups counted
 * each by itself; -1 if none.
 */
function groupsAfterCount(doc: Doc, content: string, at: number, dashes = true, counted = false): number {
  const lex = doc.lexicon;
  const brackets = bracketSpans(content);
  // The last digit, or the last letter of the last number in words ("… eighteen men: teachers, …"), up to `end`.
  const words = hasNumberWord(doc, { start: at, end: at + content.length }) ? allMatches(memoRegExp(lex, 'participants.number', () => ignoreCase(numberPattern(lex), 'g')), content) : [];
  // (Not a number that names a thing: "teachers (school No. 5)".)
  const digits = content.replace(NAMED_NUMBER, (m) => 'x'.repeat(m.length));
  // The last digit before each offset, read once: a line of many separators stays linear.
  const lastDigit = new Int32Array(digits.length + 1);
  for (let i = 0, last = -1; i <= digits.length; i++) {
    lastDigit[i] = last;
    const code = digits.charCodeAt(i);
    if (code >= 48 && code <= 57) last = i;
  }
  // (Asked with ends that never go back: the sentence ends of separators in text order.)
  let word = -1;
  const lastNumber = (end: number) => {
    while (word + 1 < words.length && words[word + 1]!.index + words[word + 1]![0].length <= end) word++;
    const written = words[word];
    return Math.max(lastDigit[end]!, written ? written.index + written[0].length - 1 : -1);
  };
  // The sentence end a separator's sentence has; the last one found holds for the separators before it.
  let endFrom = -1;
  let endAt = -1;
  const endOf = (from: number) => {
    if (endFrom <= from && from <= endAt) return endAt;
    endFrom = from;
    endAt = sentenceEnd(content, from, lex);
    return endAt;
  };
  // (Not a dash that joins the last number to its word: "16 – men".)
  // (A word alone, not the first of a group's words: "…: women leaders, heads of …" is a group; nor the first of a
  // list of groups, "40 – women, men, youth".)
  const countWord = memoRegExp(lex, 'participants.countWord', () => ignoreCase(`^(?:${alternation([...lex.words.women, ...lex.words.men])})${WORD_END}(?![ \\t]+[${LETTER}]|[ \\t]*,[ \\t]*[${LETTER}])`));
  const countedAfter = counted ? countedGroupsFrom(content, lex) : () => false;
  let b = 0; // the brackets are outermost ones, in order: one walk beside the separators
  for (const m of allMatches(groupSeparators(lex, dashes), content)) {
    const after = m.index + m[0].length;
    while (b < brackets.length && brackets[b]!.end <= m.index) b++;
    if ((b < brackets.length && brackets[b]!.start <= m.index) || countWord.test(content.slice(after))) continue;
    // (Not "mostly" in an aside before the verb: "40 people, mostly youth, attended" says who they were, lists no groups.)
    if (hasWord(m[0], lex.words.groupsMostly) && hasWord(content.slice(after, endOf(m.index)), lex.words.attendance)) continue;
    // ("From" before a capitalised word leads places, no groups: "40 people from Osh city and Kara-Suu district"; not
    // "from NGOs", an acronym.)
    if (TITLE_CASE.test(content.slice(after, after + 2)) && lex.words.groupsFrom.includes(m[0].replace(LEADING_DASH, '').trim().toLowerCase())) continue;
    // After the last number; or, on a label's line (`counted`), before groups that are counted each by
    // itself ("Participants: 25 people (15 women, 10 men): 12 teachers, 8 parents"; in running text such a
    // breakdown is no list of groups).
    // (The last number of the separator's sentence: "40 participants took part, including teachers and youth. Among
    // them 22 women and 18 men." lists the groups before a later sentence's count.)
    if (m.index > lastNumber(endOf(m.index)) || countedAfter(after)) return after;
  }
  return -1;
}

/**
 * Whether `content` from an offset on lists two counted groups or more, as countedGroups tells of its rest; asked at
 * offsets that never go back, with each part read once, so a line of many separators stays linear.
 */
function countedGroupsFrom(content: string, lex: Lexicon): (at: number) => boolean {
  const splits = allMatches(/[,;]/g, content).map((m) => m.index);
  // The counted groups among the parts from the k-th on (the k-th starts after the (k-1)-th comma or semicolon).
  let suffix: Int32Array | undefined;
  const part = (from: number, to: number) => (countedGroup(content.slice(from, to).trim(), lex) ? 1 : 0);
  let next = 0;
  return (at) => {
    if (!suffix) {
      suffix = new Int32Array(splits.length + 2);
      for (let k = splits.length; k >= 0; k--) suffix[k] = suffix[k + 1]! + part(k === 0 ? 0 : splits[k - 1]! + 1, k < splits.length ? splits[k]! : content.length);
    }
    while (next < splits.length && splits[next]! < at) next++;
    return part(at, next < splits.length ? splits[next]! : content.length) + suffix[next + 1]! >= 2;
  };
}

/**
 * What may open the groups after a count: a word of the lexicon's `groupsIntro` or `groupsMostly` ("…, including
 * farmers"), a colon, and, after a label (`dashes`), also a spaced dash or a semicolon.
 */
function groupSeparators(lex: Lexicon, dashes = true): RegExp {
  return memoRegExp(lex, `participants.groupsAfter.${dashes}`, () => {
    // (The word may open a wrapped line: "…, 13 men)," / "including representatives of …".)
    // (Or one of `groupsMostly`, "…, mostly farmers, …", but for women or men alone after it, "…, mostly women, …".)
    const mostly = lex.words.groupsMostly.length === 0 ? '' : `|(?:${alternation(lex.words.groupsMostly)})${WORD_END}(?![ \t]+(?:${alternation([...lex.words.women, ...lex.words.men])})${WORD_END}(?![ \t]+[${LETTER}]))`;
    // (After a semicolon too: "…, 25 women and 17 men; among them teachers, …".)
    const intro = `(?:[,;][ \t]*\n?[ \t]*|[ \t]+|\n[ \t]*)(?:(?:${alternation(lex.words.groupsIntro)})${WORD_END}${mostly})[ \t]*:?[ \t\n]*`;
    // ("From" only right after the count's people or brackets, or the verb right after those people: "38 participants (16
    // men, 22 women) from ayil okmotus, …", "28 people attended from ayil okmotus, …"; not "They came from villages",
    // "Most were young people from the villages".)
    const from = lex.words.groupsFrom.length === 0 ? '' : `|(?<=\\)|\\d[ \t]+(?:${alternation(lex.words.people)})(?:[ \t]+(?:${alternation(lex.words.attendance)}))?)[ \t]+(?:${alternation(lex.words.groupsFrom)})[ \t]+`;
    // (And, after a label, a comma right after the count's brackets: "63 residents (37 women, 26 men), deputies, …".)
    // (A "from" right after the dash is no group's word: "… – seventeen men and eleven women – from ayil okmotus, …".)
    const dashFrom = lex.words.groupsFrom.length === 0 ? '' : `(?:(?:${alternation(lex.words.groupsFrom)})[ \t]+)?`;
    return ignoreCase(dashes ? `${intro}${from}|[ \t][-–—][ \t\n]${dashFrom}|[:;][ \t\n]|(?<=\\)),[ \t]*` : `${intro}${from}|:[ \t\n]`, 'g');
  });
}

// A spaced dash that opens a separator ("– from").
const LEADING_DASH = /^[ \t][-–—]/;

/** A number and then a word that names no people nor women or men: a group counted by itself ("12 teachers"). */
function countedGroup(text: string, lex: Lexicon): boolean {
  const word = COUNTED.exec(text)?.[1]?.toLowerCase();
  return word !== undefined && ![...lex.words.people, ...lex.words.women, ...lex.words.men].some((w) => w === word || w.startsWith(`${word} `));
}

/** Whether `text` lists two counted groups or more between commas or semicolons ("12 teachers, 8 parents, 5 students"). */
function countedGroups(text: string, lex: Lexicon): boolean {
  return text.split(/[,;]/).filter((part) => countedGroup(part.trim(), lex)).length >= 2;
}

const COUNTED = new RegExp(`^\\d{1,6}\\s+([${LETTER}][${LETTER}’'-]*)`, 'u');

/**
 * The length of the groups that open `text` (at offset `at`) before a spaced dash and the count (GROUPS_THEN_COUNT:
 * "teachers, parents – 40 people"); 0 when the words before the dash are the count's ("women – 22, men – 16, total –
 * 38" lists no groups); undefined with no such dash.
 */
function groupsBeforeCount(doc: Doc, text: string, at: number): number | undefined {
  const length = GROUPS_THEN_COUNT.exec(text)?.[1]?.length;
  return length !== undefined && cellKind(doc, { start: at, end: at + length }) ? 0 : length;
}

/** The groups before a spaced dash and the count after it, the first number of the text outside brackets ("NGOs (8), media (5) – 25 people"). */
// (A word or three may stand before the number: "… – всего 40 человек", "… – in all 40 people".)
const GROUPS_THEN_COUNT = new RegExp(`^((?:[^\\d–—(]|\\([^()]*\\))*?)[ \\t][-–—][ \\t]+(?:[${LETTER}]+[ \\t]+){0,3}\\d`, 'u');

// A number on its own: not part of a decimal or of one with thousands separators.
const BARE_NUMBER = /(?<![\d.]|\d,)\d{1,6}(?!\d|[.,]\d)/g;

interface CountPatterns {
  women: RegExp[];
  men: RegExp[];
  total: RegExp[];
  letters: { women: RegExp[]; men: RegExp[] };
  /**
   * Two or three counts after as many words or letters, each run parted by slashes ("men/women: 17/21", "Ж/М – 21/17",
   * "(total/women/men): 40/24/16"): the words in group 1, the numbers in group 2.
   */
  slashed: RegExp;
  /** A number after an attendance lead ("attended by 40 …"). */
  lead: RegExp;
  /** A number that opens its sentence, before the verb of attending ("40 teachers, parents and students took part"). */
  subject: RegExp;
}

// Per lexicon: the patterns for numbers in digits only, and for numbers in digits or words
// (slower to run, as every letter may start a number: used only where a number word stands).
const patterns = new WeakMap<Lexicon, { digits: CountPatterns; words: CountPatterns }>();

const numberWordLists = new WeakMap<Lexicon, string[]>();

/** Whether doc.text[span] holds a number word of the lexicon ("forty"): only then are the slower patterns run. */
function hasNumberWord(doc: Doc, span: Span): boolean {
  const lex = doc.lexicon;
  let words = numberWordLists.get(lex);
  if (!words) numberWordLists.set(lex, (words = Object.keys(lex.words.numbers)));
  // One search of the whole document per list (hasWordIn), then a lookup per span.
  return hasWordIn(doc, span, words);
}

// A number after "No." or "№": a thing's, no count ("school No. 5", "школа № 12").
const NAMED_NUMBER = new RegExp(String.raw`${NUMBER_SIGN}[ \t]*\d+`, 'g');

/** Whether `text` holds nothing but numbers and words of a count ("Women: 24", "Total – 40 people", a table's row "29 | 18 | 11"). */
function onlyCountWords(text: string, lex: Lexicon): boolean {
  const words = memoRegExp(lex, 'participants.countWords', () => {
    const all = [...lex.words.women, ...lex.words.men, ...lex.words.people, ...lex.labels.count, ...lex.labels.participants, ...lex.words.countFiller, ...lex.words.countJoin];
    return ignoreCase(`${WORD_START}(?:${alternation(all)})${WORD_END}`, 'g');
  });
  return text.replace(words, '').replace(/[\d\s.,;:()*_%|–—-]+/g, '') === '';
}

/**
 * The counts in the short paragraphs (two at most) right after the block at `span` (past a list under it), then right
 * before it, while they hold counts and nothing more; and in its own text before `span`, when that holds counts and
 * nothing more ("Men: 31, women: 18. Total: 49.").
 */
function countsBeside(doc: Doc, span: Span, lex: Lexicon): Counts {
  const at = doc.blocks.findIndex((b) => b.start <= span.start && span.end <= b.end);
  let found: Counts = {};
  if (at < 0) return found;
  const own = doc.blocks[at]!;
  const before = doc.text.slice(own.start, span.start);
  if (before.length <= SHORT_COUNT && /\d/.test(before) && onlyCountWords(before, lex)) found = readCounts(doc, own.start, span.start, false);
  // (Where the total is a list's item, a form's numbered field, its neighbour items: "7. Number of participants: 44" / "8.
  // Women: 20" / "9. Men: 24".)
  const item = own.kind === 'listItem';
  const countsOnly = (block: Block) => (block.kind === 'paragraph' || (item && block.kind === 'listItem')) && block.text.length <= SHORT_COUNT && /\d/.test(block.text) && onlyCountWords(block.text, lex);
  // After it, then before it ("Women: 24" / "Men: 16" / "Total: 40").
  // (After it past the list under it: "Participants (31 in total):" / "- teachers – 12" / … / "Of them women – 20, men – 11.")
  let next = at + 1;
  while (!item && doc.blocks[next]?.kind === 'listItem') next++;
  const beside = [doc.blocks.slice(next, next + 2), doc.blocks.slice(Math.max(0, at - 2), at).reverse()];
  for (const side of beside) {
    for (const block of side) {
      if (!countsOnly(block)) break;
      const more = readCounts(doc, block.start, block.end, false);
      found = { women: found.women ?? more.women, men: found.men ?? more.men };
    }
  }
  return definedCounts({ women: found.women, men: found.men });
}

// A sentence's end, a line break and the item's last line ("… – 3." / "Of them women – 20, men – 11.").
const COUNT_LINE_AFTER = /[.;][ \t]*\n[ \t]*([^\n]+)$/;

/** The longest paragraph, or text before the total, countsBeside reads. */
const SHORT_COUNT = 60;

/** `counts` without its undefined entries, to spread over others. */
function definedCounts(counts: Counts): Counts {
  const out: Counts = {};
  if (counts.total) out.total = counts.total;
  if (counts.women) out.women = counts.women;
  if (counts.men) out.men = counts.men;
  return out;
}

/** A count written in words that opens a label's value ("twenty-nine people"), before a word for people. */
function countWordFirst(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'participants.countWordFirst', () => ignoreCase(`^\\s*(?:\\*\\*)?\\s*(?:${numberPattern(lex)})\\s+(?:${alternation(lex.words.people)})${WORD_END}`));
}

/**
 * A number as a pattern: digits ("40"), or words of the lexicon ("forty", "twenty-two",
 * "twenty two"). Digits are not part of a decimal or of a number with thousands separators.
 */
function numberPattern(lex: Lexicon, withWords = true): string {
  const words = withWords ? Object.keys(lex.words.numbers) : [];
  const tens = words.filter((w) => lex.words.numbers[w]! >= 20);
  const units = words.filter((w) => lex.words.numbers[w]! < 10);
  const written = words.length === 0 ? '' : `|${WORD_START}(?:(?:${alternation(tens)})(?:[- ](?:${alternation(units)}))?|${alternation(words)})${WORD_END}`;
  // ("1,200": digits grouped by thousands, where the language groups them so.)
  const grouped = lex.words.thousandsSeparators.length === 0 ? '' : `\\d{1,3}(?:${alternation(lex.words.thousandsSeparators)})\\d{3}(?![\\d]|[.,]\\d)|`;
  // (After a comma only where no digit stands before it: "women,16 men" with no space is a count, "1,600" is none.)
  return `(?<![\\d.]|\\d,)(?:${grouped}\\d{1,6}(?![\\d]|[.,]\\d)${written})`;
}

/**
 * A number in words that opens a label's text and ends its part ("forty (…)", "сорок, из них …"; not "one
 * hundred", nor "one-stop shop staff": a hyphen ends it only after a space).
 */
function labelWordNumber(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'participants.labelWordNumber', () => ignoreCase(`^[\\s*]*(${numberPattern(lex)})(?=[ \\t*]*(?:[(,;.:–—]|$)|[ \\t*]+-)`));
}

/** Whether `text` opens with one of the lexicon's number words ("forty", "twenty-nine"): looked up, so that the number patterns are compiled only where one may match. */
function opensWithNumberWord(text: string, lex: Lexicon): boolean {
  const first = /^[\s*]*([^\s*(),;.:–—-]+)/.exec(text)?.[1]?.toLowerCase();
  return first !== undefined && Object.hasOwn(lex.words.numbers, first);
}

/** The value of a number matched by numberPattern: digits, or number words added up ("twenty-two" is 22). */
function numberValue(text: string, lex: Lexicon): number {
  if (/^\d/.test(text)) return Number(text.replace(/\D/g, ''));
  return text
    .toLowerCase()
    .split(/[- ]/)
    .reduce((sum, word) => sum + (lex.words.numbers[word] ?? 0), 0);
}

/** The count patterns for doc.text[span]: with number words only if it holds one. */
function countPatterns(doc: Doc, span: Span): CountPatterns {
  const lex = doc.lexicon;
  let p = patterns.get(lex);
  if (!p) patterns.set(lex, (p = { digits: buildCountPatterns(lex, false), words: buildCountPatterns(lex, true) }));
  return hasNumberWord(doc, span) ? p.words : p.digits;
}

// A number in brackets after the same number in words: "forty (40) people", "twenty-four (24) women";
// the number in words after its digits: "40 (forty) people"; or a share after the count: "24 (60%) women".
const BRACKETED = String.raw`(?:\((?:\d{1,6}|\d{1,3}(?:[.,]\d{1,2})?\s?%|[${LETTER}][${LETTER} -]{0,30})\)\s+)?`;
// A share before the count it brackets: "women 60% (24)".
const SHARE = String.raw`(?:\d{1,3}(?:[.,]\d{1,2})?\s?%\s*\(\s*)?`;
// Emphasis markers that may close a bold label before its number ("**Women:** 14").
const BOLD = String.raw`(?:\*\*|__)?`;
// A number that is a share is no count: "women 60%".
const NOT_SHARE = String.raw`(?!\s?%)`;

function buildCountPatterns(lex: Lexicon, withWords: boolean): CountPatterns {
  const filler = `(?:(?:${alternation(lex.words.countFiller)})\\s+)*`;
  const number = `(${numberPattern(lex, withWords)})`;
  const around = (words: string[]) => [
    // "24 women", "24 (60%) women"; across a line's end only where the word opens no count of its own
    // ("Total – 34" / "Women – 14" / "Men – 20" under a label is not "34 women"; but "… 31 women and 25" / "men: ecologists,
    // …", a hard wrap, is "25 men").
    // (A bold number too: "**24** women".)
    // (Nor after words that fill: "Total: 40" / "of them women: 24".)
    ignoreCase(`${number}${NOT_SHARE}${BOLD}(?:[ \\t]+|[ \\t]*\\n\\s*(?!${filler}(?:${alternation(words)})[ \\t]*[:=–—-]\\s*\\d))${BRACKETED}${filler}(?:${alternation(words)})${WORD_END}`, 'g'),
    // "24 – women, 16 – men": with a dash between, only where the word ends the count
    // ("40 – women and men from five villages" counts no women).
    // (After a comma, only where a number follows: "40 – women, men, youth" lists groups.)
    ignoreCase(`${number}\\s+[–—-]\\s+(?:${alternation(words)})(?=[ \\t]*(?:[.;:)\\n–—-]|$|,[ \\t]*(?:(?:${alternation(lex.words.conjunctions)})\\s+)?\\d|(?:${alternation(lex.words.conjunctions)})\\s+\\d))`, 'g'),
    // "men - 12." ends a sentence; "men 12.5" is no count.
    // (Bold around the word or its colon: "**Women:** 14".)
    ignoreCase(`${WORD_START}(?:${alternation(words)})${BOLD}\\s*[:\\-–—]?${BOLD}\\s*${SHARE}${number}${NOT_SHARE}`, 'g'),
    // "women (24), men (16)", "60% women (24)": the number alone in brackets right after the word.
    ignoreCase(`${WORD_START}(?:${alternation(words)})${BOLD}[ \\t]*\\([ \\t]*${number}[ \\t]*\\)`, 'g'),
    // "women made up 24", "женщин среди них было 21": a verb between the word and its number.
    ignoreCase(`${WORD_START}(?:${alternation(words)})\\s+${filler}(?:${alternation(lex.words.countVerbs)})\\s+(?:(?:${alternation(lex.words.approximate)})\\s+)?${number}${NOT_SHARE}`, 'g'),
    // "21 of the 38 participants were women", "21 из 38 участников – женщины": a part of the head count.
    ignoreCase(`${number}\\s+(?:${alternation(lex.words.countPartOf)})\\s+\\d{1,6}\\s+(?:[${LETTER}-]+\\s+)?(?:${alternation(lex.words.people)})\\s*(?:[–—-]\\s*)?${filler}(?:${alternation(words)})${WORD_END}`, 'g'),
  ];
  // A letter for women or men, in either case: before the number with a colon, dash, "=" or a space
  // ("W – 24, M – 16", "w – 24", "M 17 / F 21"), or right after it, a space between at most ("24f/16m", "24W, 16M", "24 W / 16 M").
  const letter = (letters: string[]) => {
    const any = alternation(caseVariants(letters.map((l) => l.toLowerCase())));
    return [
      new RegExp(`${WORD_START}(?:${any})\\.?(?:[ \\t]*[:\\-–—=][ \\t]*|[ \\t]+)(\\d{1,6})(?![\\d]|[.,]\\d)`, 'gu'),
      new RegExp(`(?<![\\d.,])(\\d{1,6})[ \\t]?(?:${any})${WORD_END}`, 'gu'),
    ];
  };
  return {
    women: around(lex.words.women),
    men: around(lex.words.men),
    total: [
      // "40 people", "40 young people", "forty (40) people".
      ignoreCase(`${number}${BOLD}\\s+${BRACKETED}(?:[${LETTER}-]+\\s+)?(?:${alternation(lex.words.people)})${WORD_END}`, 'g'),
      // "total: 39", "a total of 35"
      ignoreCase(`${WORD_START}(?:${alternation(lex.labels.count)})${BOLD}\\s*(?:[:\\-–—]|(?:${alternation(lex.words.countJoin)})${WORD_END})?${BOLD}\\s*${number}`, 'g'),
      // "40 in total", "40 altogether"
      ignoreCase(`${number}\\s+(?:${alternation(lex.labels.count)})${WORD_END}`, 'g'),
    ],
    letters: { women: letter(lex.words.womenLetters), men: letter(lex.words.menLetters) },
    slashed: (() => {
      const either = alternation([...lex.words.women, ...lex.words.men, ...lex.words.womenLetters, ...lex.words.menLetters, ...lex.labels.count, ...lex.words.people]);
      const slash = '[ \\t]*/[ \\t]*';
      return ignoreCase(
        `${WORD_START}((?:${either})\\.?(?:${slash}(?:${either})\\.?){1,2})[ \\t]*\\)?${BOLD}[ \\t]*[:\\-–—=]?${BOLD}[ \\t]*(\\d{1,6}(?:${slash}\\d{1,6}){1,2})(?![\\d]|[.,]\\d)`,
        'g',
      );
    })(),
    // "attended by 40 representatives of …", "brought together about 35 farmers": after the lexicon's attendance lead.
    lead: ignoreCase(`${WORD_START}(?:${alternation(lex.words.attendanceLead)})\\s+(?:(?:${alternation(lex.words.approximate)})\\s+)?${number}${NOT_SHARE}\\s+(?=[${LETTER}])`, 'g'),
    // "38 representatives of state bodies, NGOs and the media took part": the groups between the number and the verb
    // are words, commas and "and" (no number, bracket or end of a sentence; "3 points were discussed, …" has no verb of
    // attending), and the number opens the sentence ("at 2 sessions, farmers took part" counts sessions). (Spaces
    // bounded, so that a run of them is not scanned again from each of its places.)
    subject: ignoreCase(`(?<=^|[.!?][ \\t]{1,4}|\\n)[ \\t]{0,4}(?:(?:${alternation(lex.words.approximate)})\\s+)?${number}${NOT_SHARE}[ \\t]+(?=[${LETTER}])[^\\d.;:!?()\\n]{1,160}?[ \\t](${alternation(lex.words.attendance)})${WORD_END}`, 'g'),
  };
}

const A_LETTER = new RegExp(`[${LETTER}]`, 'u');

/**
 * The total of a sentence that counts women and men but names what the total counts otherwise
 * ("attended by 40 representatives of local authorities (24 women, 16 men)"): a free number in
 * the same sentence that is their sum. Only the sum says that such a number is the total.
 */
function sumInSentence(text: string, start: number, women: Count, men: Count, taken: ReadonlySet<number>, lex: Lexicon): Count | undefined {
  const first = Math.min(women.span.start, men.span.start) - start;
  const from = sentenceStart(text, first, lex);
  const to = sentenceEnd(text, Math.max(women.span.start, men.span.start) - start, lex);
  const sentence = text.slice(from, to);
  for (const m of allMatches(BARE_NUMBER, sentence)) {
    const at = start + from + m.index;
    // (Not an ordinal: "the 40th meeting".)
    if (!taken.has(at) && Number(m[0]) === women.value + men.value && !A_LETTER.test(sentence[m.index + m[0].length] ?? '')) return { value: Number(m[0]), span: { start: at, end: at + m[0].length } };
  }
  return undefined;
}

/** Whether an item of a list holds a name and nothing more but honorifics ("Mr. Asanov Bolot"): its roles, if any, follow in the next items. */
function nameAlone(text: string, names: readonly Span[], lex: Lexicon): boolean {
  if (cleanValue(text.slice(names.at(-1)!.end)) !== '') return false;
  return text
    .slice(0, names[0]!.start)
    .split(/[\s*_]+/)
    .every((word) => word === '' || isHonorific(word, lex));
}

const TWO_LETTERS = new RegExp(`[${LETTER}]{2}`, 'u');

// A bracket that ends an item, with what is in it.
const TRAILING_BRACKET = /\([^()]*\)[\s.;,]*$/;

/** The most characters between a head count and the bracket of letters after it ("40 participants (F: 24; M: 16)"). */
const LETTER_BRACKET_REACH = 30;

/**
 * A head count with letters for women and men in the bracket right after it ("40 participants (F: 24; M: 16)",
 * "40 people (F – 24, M – 16)"): in running text letters count only there, where the bracket can say nothing else.
 */
function withBracketedLetters(doc: Doc, counts: Counts): Counts {
  const total = counts.total;
  if (!total || counts.women || counts.men) return counts;
  const after = doc.text.slice(total.span.end, total.span.end + LETTER_BRACKET_REACH + 60);
  const open = after.indexOf('(');
  if (open < 0 || open > LETTER_BRACKET_REACH || /[.;:!?\n]/.test(after.slice(0, open))) return counts;
  const bracket = bracketSpans(after.slice(open))[0];
  if (!bracket || bracket.start !== 0) return counts;
  const from = total.span.end + open + 1;
  // Only letters and numbers in it: "(room M-16, floor F-2)" counts no one.
  if (TWO_LETTERS.test(after.slice(open + 1, open + bracket.end - 1))) return counts;
  const inner = readCounts(doc, from, from + bracket.end - 2, false, true);
  return inner.women && inner.men && !inner.total ? { total, women: inner.women, men: inner.men } : counts;
}

/**
 * The head count after an attendance lead ("attended by 40 representatives of civil society, among them 24 women"),
 * where no other free number follows in its sentence: "attended by 12 officials, 10 NGO members and 18 journalists"
 * counts groups, no total.
 */
function afterLead(text: string, start: number, lead: RegExp, taken: ReadonlySet<number>, lex: Lexicon): Count | undefined {
  for (const m of allMatches(lead, text)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (taken.has(start + at)) continue;
    const rest = text.slice(at + m[1]!.length, sentenceEnd(text, at, lex));
    if (allMatches(BARE_NUMBER, rest).some((n) => !taken.has(start + at + m[1]!.length + n.index))) continue;
    return { value: numberValue(m[1]!, lex), span: { start: start + at, end: start + at + m[1]!.length }, word: !/^\d/.test(m[1]!) };
  }
  return undefined;
}

/**
 * The head count that opens a sentence of attending, before the groups it counts ("38 representatives of state bodies,
 * NGOs and the media took part"), where those read as groups, not as a clause: "3 points were on the agenda,
 * attendance was good" counts no one.
 */
function beforeAttendance(text: string, start: number, subject: RegExp, taken: ReadonlySet<number>, lex: Lexicon): Count | undefined {
  for (const m of allMatches(subject, text)) {
    const within = m[0].indexOf(m[1]!);
    const at = m.index + within;
    if (taken.has(start + at) || hasWord(m[0].slice(within + m[1]!.length, m[0].length - m[2]!.length), lex.words.clauseVerbs)) continue;
    return { value: numberValue(m[1]!, lex), span: { start: start + at, end: start + at + m[1]!.length }, word: !/^\d/.test(m[1]!) };
  }
  return undefined;
}

/** The number that opens `text` (after markup and spaces), unless another count took it. */
function openingNumber(text: string, start: number, taken: ReadonlySet<number>): Count | undefined {
  const m = OPENING_NUMBER.exec(text);
  if (!m) return undefined;
  const at = start + m[0].length - m[1]!.length;
  return taken.has(at) ? undefined : { value: Number(m[1]), span: { start: at, end: at + m[1]!.length } };
}

const BOLD_MARKS = /\*\*|__/g;

/**
 * The count in brackets before a label's colon, as a place to read counts in: "Attendees (26, of which 17 women): parents, …",
 * "Participants (total 44): women – 30, men – 14" (after a word of the lexicon's `labels.count`), "Участники (44 чел.): …";
 * or, with what follows, the words of slashed counts after the colon: "Participants (total/women/men): 40/24/16".
 */
function countInLabel(doc: Doc, hit: LabelHit, places: (Span & { listed?: boolean })[]): void {
  // (Its words only: a label inside a long line does not take in all the line before it.)
  const label = { start: Math.max(hit.line.start, hit.start - LABEL_REACH), end: hit.start };
  const before = doc.text.slice(label.start, label.end);
  // (A bracket looked for first: most labels have none, and the pattern is then never compiled.)
  if (!before.includes('(')) return;
  // (A number of three digits at most, alone or before words of people, of a count, of women or men: not "(2021)", "(2 groups)".)
  const bracket = memoRegExp(doc.lexicon, 'participants.labelBracket', () => {
    const { labels, words } = doc.lexicon;
    const counted = alternation([...words.people, ...labels.count, ...words.women, ...words.men]);
    return ignoreCase(`\\(\\s*(?:(?:${alternation(labels.count)})[\\s:]*)?\\d{1,3}(?:\\s*(?:${counted})${WORD_END})?\\s*[),;]`);
  });
  if (bracket.test(before)) places.push(label);
  // (Or the words of the counts that follow the colon, each parted by a slash: "Participants (total/women/men): 40/24/16".)
  // (In the place of the label's own text, read for a total first: "(women/men/total): 24/16/40" would give 24.)
  else if (before.includes('/') && /\d\s*\//.test(hit.content)) {
    const wide = { start: label.start, end: hit.end };
    if (!slashCounts(doc.text.slice(wide.start, wide.end), wide.start, countPatterns(doc, wide).slashed, doc.lexicon)) return;
    const own = places.indexOf(hit);
    if (own >= 0) places[own] = wide;
    else places.push(wide);
  }
}

/** How far before its content a label's words, and a bracket of the count among them, are read. */
const LABEL_REACH = 200;

const OPENING_NUMBER = /^[\s*_]*(\d{1,6})(?![\d%]|[.,]\d|\s*%)/;

function hasCount(counts: Counts): boolean {
  return counts.total !== undefined || counts.women !== undefined || counts.men !== undefined;
}

/**
 * The counts of the first slashed run of words and as many numbers in `text`, each number the word's in the same place:
 * "men/women: 17/21", "(total/women/men): 40/24/16". The words are two or three of women, men and the total, none twice.
 */
function slashCounts(text: string, start: number, pattern: RegExp, lex: Lexicon): Counts | undefined {
  // (A look for the slash first: most counts have none, and the pattern is then never compiled.)
  if (!text.includes('/')) return undefined;
  for (const m of allMatches(pattern, text)) {
    const kinds = m[1]!.split('/').map((word) => countKind(word.trim().replace(TRAILING_DOT, ''), lex));
    // (Fewer numbers than words say not which is whose: "total/women/men: 40/24" counts none.)
    const numbers = [...m[2]!.matchAll(DIGITS)].slice(0, kinds.length);
    if (kinds.length !== numbers.length || kinds.includes(undefined) || new Set(kinds).size < kinds.length) continue;
    // (A women's or men's count among them: "participants/youth" is no head count, nor "total/participants".)
    if (!kinds.includes('women') && !kinds.includes('men')) continue;
    const at = start + m.index + m[0].length - m[2]!.length;
    const counts: Counts = {};
    numbers.forEach((n, i) => (counts[kinds[i]!] = { value: Number(n[0]), span: { start: at + n.index, end: at + n.index + n[0].length } }));
    return counts;
  }
  return undefined;
}

/** What a word of a slashed run of counts counts: women, men (the words or their letters) or the total (a count label or a word for people). */
function countKind(word: string, lex: Lexicon): keyof Counts | undefined {
  const w = word.toLowerCase();
  const is = (list: readonly string[]) => list.some((x) => x.toLowerCase() === w);
  if (is(lex.words.women) || is(lex.words.womenLetters)) return 'women';
  if (is(lex.words.men) || is(lex.words.menLetters)) return 'men';
  if (is(lex.labels.count) || is(lex.words.people)) return 'total';
  return undefined;
}

// The period of an abbreviated word ("жен.").
const TRAILING_DOT = /\.$/;
// Each number of a slashed run.
const DIGITS = /\d{1,6}/g;

/** The most characters between the numbers of a pair of letter counts ("W – 24, M – 16"). */
const LETTER_PAIR_REACH = 16;

/**
 * Read the counts in doc.text[start, end); after a count label (`labelled`) the first free
 * number is the total. Letters for women and men ("W – 24, M – 16", "24f/16m") are read only
 * in a place labelled for the count (`letters`), in pairs side by side: in running text "M – 15"
 * is as often a road or a room.
 */
function readCounts(doc: Doc, start: number, end: number, labelled: boolean, letters = true): Counts {
  // (Bold marks are spaces, one for one, so offsets stay: "women: **26**" counts as "women: 26".)
  const text = doc.text.slice(start, end).replace(BOLD_MARKS, '  ');
  const p = countPatterns(doc, { start, end });
  // Each number counts once: in "Women: 12\nMen: 8", "12 Men" is no count of men.
  const taken = new Set<number>();
  const find = (res: RegExp[]): Count | undefined => {
    for (const re of res) {
      for (const m of allMatches(re, text)) {
        const within = m[0].indexOf(m[1]!);
        const at = start + m.index + within;
        // A number in brackets restates one in words ("forty (40)"); after digits it is something else
        // (a share is not: "24 (60%) women"; nor is the count's own bracket, "women (24)").
        if (taken.has(at) || (/^\d/.test(m[1]!) && /\(\d{1,6}\)/.test(m[0].slice(within + m[1]!.length)))) continue;
        taken.add(at);
        return { value: numberValue(m[1]!, doc.lexicon), span: { start: at, end: at + m[1]!.length }, word: !/^\d/.test(m[1]!) };
      }
    }
    return undefined;
  };
  // "men/women: 17/21": each number is the word's in the same place (read first, so "women: 17" is not read alone).
  const slashed = slashCounts(text, start, p.slashed, doc.lexicon) ?? {};
  for (const count of Object.values(slashed)) taken.add(count.span.start);
  let women = slashed.women ?? find(p.women);
  let men = slashed.men ?? find(p.men);
  // And only in pairs: a lone "M – 15" is no count of men.
  if (!women && !men && letters) {
    const w = find(p.letters.women);
    const m = w && find(p.letters.men);
    // Side by side: "W – 24, M – 16", "24f/16m"; not "room 5m" far from "24f".
    if (w && m && Math.abs(w.span.start - m.span.start) <= LETTER_PAIR_REACH) [women, men] = [w, m];
  }
  // After a count label, a number that opens its text is the total, before any "N people" later in it
  // ("Number of participants: 50 (22 women and 28 men, including 10 young people)").
  const groupsCounted = labelled && countedGroups(text, doc.lexicon);
  let total = slashed.total ?? (labelled && !groupsCounted ? openingNumber(text, start, taken) : undefined);
  total ??= find(p.total);
  if (!total && women && men) total = sumInSentence(text, start, women, men, taken, doc.lexicon);
  total ??= afterLead(text, start, p.lead, taken, doc.lexicon);
  total ??= beforeAttendance(text, start, p.subject, taken, doc.lexicon);
  // A bare number in a label is the total, unless the label lists counted groups ("Participants: 12 teachers, 8 parents").
  if (!total && groupsCounted) return { total, women, men };
  if (!total && labelled) {
    for (const m of allMatches(BARE_NUMBER, text)) {
      const at = start + m.index;
      if (taken.has(at)) continue;
      total = { value: Number(m[0]), span: { start: at, end: at + m[0].length } };
      break;
    }
    // Or a number in words that opens the label's text: "Number of participants: forty (including 22 women and 18 men)".
    const word = total ? null : labelWordNumber(doc.lexicon).exec(text);
    const at = word ? start + word[0].length - word[1]!.length : -1;
    if (word && !taken.has(at)) {
      total = { value: numberValue(word[1]!, doc.lexicon), span: { start: at, end: at + word[1]!.length }, word: true };
    }
  }
  return { total, women, men };
}
