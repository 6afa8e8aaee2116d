/**
 * discussion: the issues raised, one entry per issue where the text lists
 * them (the items after "Issues discussed:" or "Participants discussed:", or
 * parts between semicolons after such a label or a paragraph's colon: "…
 * raised the following issues: A; B."), else one entry per paragraph that
 * reports the discussion.
 */
import { listItemsAfter, opensList, type Block, type Doc, type Span } from '../document.js';
import { findLabels, isLabelLine, type LabelHit } from '../labels.js';
import { LETTER } from '../letters.js';
import type { Lexicon } from '../lexicon/types.js';
import { findNames } from '../names.js';
import { alternation, cleanValue, firstEndingAfter, hasLetterOrDigit, hasWord, hasWordIn, ignoreCase, indentOf, memoRegExp, trimSpan } from '../text.js';
import { isClaimed, type Extractor, type Found } from './types.js';

export const discussion: Extractor<string[]> = (doc, found) => {
  const lex = doc.lexicon;
  const value: string[] = [];
  const spans: Record<string, Span> = {};
  const add = (text: string, span: Span) => {
    const v = cleanValue(text);
    if (!hasLetterOrDigit(v)) return;
    spans[`/${value.length}`] = span;
    value.push(v);
  };
  for (const hit of findLabels(doc, lex.labels.discussion)) {
    // An agenda point's paragraph after it is the next part of the report, not its issues ("3. Discussion" / "Proceedings").
    if (isAgendaPoint(doc, hit) && hit.start >= hit.line.start + hit.line.text.length) {
      for (const block of itemsUnder(doc, hit)) add(block.text, block);
      continue;
    }
    // "DISCUSSION:" / "Participants raised the following issues:" / a list: the items are the issues.
    const intro = cleanValue(hit.content) !== '' && /:[\s*_]*$/.test(hit.content) ? listItemsAfter(doc, doc.point(hit.end).line) : [];
    if (intro.length > 0) {
      for (const item of intro) add(item.text, { start: item.start, end: item.end });
      continue;
    }
    if (cleanValue(hit.content)) {
      for (const part of issuesIn(hit.content, leadIn(hit.content, lex.cues.discussion))) add(part.text, { start: hit.start + part.start, end: hit.start + part.end });
      // (A label alone on its line over paragraphs: "## Discussion" / "A." / "B.".)
      if (doc.point(hit.start).line !== hit.line.number) for (const block of paragraphsAfter(doc, found, hit.start)) add(block.text, block);
      continue;
    }
    for (const block of itemsUnder(doc, hit)) add(block.text, block);
  }
  if (value.length > 0) return { value, spans };
  // A record of questions and answers: each question is an issue raised ("Q: When will …?" / "A: Next year.").
  for (const question of questions(doc)) add(doc.text.slice(question.start, question.end), question);
  if (value.length > 0) return { value, spans };
  // A paragraph reports the discussion, or introduces a list of issues ("Participants discussed:").
  // A list item alone is no report: "3. Discussion." is an agenda point.
  let taken = -1; // where the paragraphs an introducing one gave end: they are not read again
  for (const block of doc.blocks) {
    // (A heading too, over a list or paragraphs: "## Key issues raised" / "* …".)
    if (block.start < taken || (block.kind !== 'paragraph' && block.kind !== 'heading') || isClaimed(found, block) || !hasWordIn(doc, block, lex.cues.discussion)) continue;
    // A speech is a speaker's, not the discussion; but "During the discussion, the participants
    // spoke about:" over a list introduces the issues raised.
    if (hasWordIn(doc, block, lex.cues.suggestion)) continue;
    // Nor are the points of an agenda its issues ("Issues of the agenda:", "## Вопросы повестки дня" / "1. Opening").
    if (headsAgenda(doc, block)) continue;
    const items = opensList(block) ? listItemsAfter(doc, doc.point(block.end).line) : [];
    // (A speech with no one named is the participants': "Participants asked questions about the tariffs and …".)
    if (items.length === 0 && hasWordIn(doc, block, lex.cues.speech) && findNames(block.text, lex).length > 0) continue;
    if (items.length > 0) {
      for (const item of items) add(item.text, { start: item.start, end: item.end });
      continue;
    }
    // Or it introduces the paragraphs after it ("During the discussion:" / "A." / "B."), when it is only that, as a heading
    // does (which is never an issue itself).
    const heading = block.kind === 'heading';
    const after = heading || (opensList(block) && !block.text.includes('\n')) ? paragraphsAfter(doc, found, block.start) : [];
    for (const para of after) add(para.text, para);
    if (after.length > 0) taken = after.at(-1)!.end;
    if (after.length > 0 || heading) continue;
    // "… raised the following issues: A; B." lists them after its colon.
    const colon = block.text.indexOf(':');
    const listed = colon >= 0 ? issuesIn(block.text, colon + 1) : [];
    if (listed.length > 1) for (const part of listed) add(part.text, { start: block.start + part.start, end: block.start + part.end });
    else add(block.text, { start: block.start, end: block.end });
  }
  return { value, spans };
};

/** Whether a short block (a heading or a line over a list: five words at most) names the agenda ("Issues of the agenda:"). */
function headsAgenda(doc: Doc, block: Block): boolean {
  return block.text.trim().split(/\s+/).length <= 5 && hasWordIn(doc, block, doc.lexicon.labels.agenda);
}

/**
 * The questions of a record of questions and answers: the text after each line's question label ("Q:", "Question 2:",
 * "Вопрос:"), on to the next label (its answer's, on the same line or the next) or blank line. Two questions at least,
 * or one with its answer: "Q" alone opens no question.
 */
function questions(doc: Doc): Span[] {
  const lex = doc.lexicon;
  if (lex.words.questionLabels.length === 0) return [];
  // (A number before a period, bracket or colon and a space, "Question 1.", "Q2)"; else a colon: "В. Иванов" is an
  // initial, "В 10:00 открытие" a time.)
  const question = memoRegExp(lex, 'discussion.question', () => ignoreCase(`^[ \\t]*(?:[-*+][ \\t]+|\\d{1,3}[.)][ \\t]+)?[*_]*(?:${alternation(lex.words.questionLabels)})(?:[ \\t]*\\d{1,3}[ \\t]*[*_]*[:.)](?=[*_]*[ \\t])|[ \\t]*[*_]*:)[*_]*[ \\t]*(?=\\S)`));
  const answer = memoRegExp(lex, 'discussion.answer', () => ignoreCase(`(?:^|\\s)${answerLabel(lex)}`, 'g'));
  const out: Span[] = [];
  let answered = false;
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    const m = question.exec(line.text);
    if (!m) continue;
    let end = line.start + line.text.length;
    const own = answerAt(line.text.slice(m[0].length), answer);
    if (own >= 0) {
      end = line.start + m[0].length + own;
      answered = true;
    } else {
      // The question goes on over lines that open with no label, up to a blank line.
      for (let j = i + 1; j < doc.lines.length; j++) {
        const next = doc.lines[j]!;
        if (next.text.trim() === '' || LABEL_OPENS.test(next.text) || question.test(next.text)) break;
        end = next.start + next.text.length;
        i = j;
      }
    }
    out.push(trimSpan(doc.text, line.start + m[0].length, end));
  }
  if (out.length === 1 && !answered) {
    // (Asked only of a single question: is an answer on a line of its own?)
    const opens = memoRegExp(lex, 'discussion.answerOpens', () => ignoreCase(`^[ \\t]*${answerLabel(lex)}`));
    answered = doc.lines.some((line) => opens.test(line.text));
  }
  return out.length >= 2 || (out.length === 1 && answered) ? out : [];
}

/** An answer's label, emphasis and number allowed, to its colon ("A:", "**Answer 2:**"), as pattern source. */
function answerLabel(lex: Lexicon): string {
  return `[*_]*(?:${alternation(lex.words.answerLabels)})(?:[ \\t]*\\d{1,3})?[ \\t]*[*_]*:`;
}

/** Where the first answer label in `text` starts (at a word's start), or -1. */
function answerAt(text: string, answer: RegExp): number {
  answer.lastIndex = 0;
  const m = answer.exec(text);
  return m ? m.index + (m[0].length - m[0].trimStart().length) : -1;
}

// A line that opens with a label of a word or two ("A:", "Answer:", "Moderator:").
const LABEL_OPENS = new RegExp(`^[ \\t]*[*_]*[${LETTER}]+(?:[ \\t]+[${LETTER}]+)?[ \\t]*[*_]*:`, 'u');

/**
 * Where a label's issues start: after a sentence that introduces them ("Discussion: participants raised the
 * following issues: A; B"), else at the start; a colon inside an issue ("Water: no pipes; Roads: …") is the issue's.
 */
function leadIn(text: string, cues: readonly string[]): number {
  const colon = text.indexOf(':');
  const semi = text.indexOf(';');
  return colon >= 0 && (semi < 0 || colon < semi) && hasWord(text.slice(0, colon), cues) ? colon + 1 : 0;
}

/** The issues in `text` from `from`: its parts between semicolons when there are two or more, else the whole. */
function issuesIn(text: string, from: number): { text: string; start: number; end: number }[] {
  const parts: { text: string; start: number; end: number }[] = [];
  let start = from;
  for (let semi = text.indexOf(';', start); semi >= 0; semi = text.indexOf(';', start)) {
    parts.push({ text: text.slice(start, semi), start, end: semi });
    start = semi + 1;
  }
  parts.push({ text: text.slice(start), start, end: text.length });
  const issues = parts.filter((p) => cleanValue(p.text) !== '');
  return issues.length > 1 ? issues : [{ text: text.slice(from), start: from, end: text.length }];
}

/**
 * The paragraphs after the block at offset `at` (the first under a label alone on its line, "## Discussion" / "A." /
 * "B.", or a paragraph that ends with a colon over no list, "During the discussion:" / "A." / "B."): each reports the
 * discussion, up to a block that is no paragraph, one that introduces others, a label's line, another field's text, a
 * paragraph of suggestions or one that closes the meeting ("The meeting was closed by the moderator");
 * a named speaker's speech is his, no entry (as in running text).
 */
function paragraphsAfter(doc: Doc, found: Found, at: number): Block[] {
  const lex = doc.lexicon;
  const out: Block[] = [];
  // (The block at `at` found by bisection, and the walk ends at the next paragraph that introduces: many of them stay linear.)
  for (let i = firstEndingAfter(doc.blocks, at) + 1; i < doc.blocks.length; i++) {
    const block = doc.blocks[i]!;
    if (block.kind !== 'paragraph' || opensList(block) || isClaimed(found, block) || isLabelLine(doc, doc.lines[block.line - 1]!) || hasWordIn(doc, block, lex.cues.suggestion) || hasWordIn(doc, block, lex.cues.closing)) break;
    if (!(hasWordIn(doc, block, lex.cues.speech) && findNames(block.text, lex).length > 0)) out.push(block);
  }
  return out;
}

/**
 * The items after a discussion label with nothing after it. A label that is itself a list item with no colon is an
 * agenda point ("Agenda:" / "3. Discussion" / "4. Recommendations"): only a list indented under it holds its issues,
 * not the points after it.
 */
function itemsUnder(doc: Doc, hit: LabelHit): Block[] {
  const items = listItemsAfter(doc, hit.line.number);
  if (!isAgendaPoint(doc, hit)) return items;
  const depth = indentOf(hit.line.text);
  const under: Block[] = [];
  for (const item of items) {
    if (indentOf(doc.lines[item.line - 1]!.text) <= depth) break;
    under.push(item);
  }
  return under;
}

/** Whether a label's line is a list item that ends with no colon: a point of an agenda ("3. Discussion"). */
function isAgendaPoint(doc: Doc, hit: LabelHit): boolean {
  return doc.blockOn(hit.line.number)?.kind === 'listItem' && !/:[\s*_]*$/.test(hit.line.text);
}
