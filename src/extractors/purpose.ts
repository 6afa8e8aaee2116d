/**
 * purpose: the text of the "Purpose:" (or "Goal:", "Objective:") line, or the
 * items of the list under it joined by "; ", else the rest of a sentence that
 * states it ("The aim of the meeting was to discuss …": "to discuss …"; "The
 * round table was held in order to discuss …": "to discuss …").
 */
import { listItemsAfter, type Doc } from '../document.js';
import { findLabel } from '../labels.js';
import { LETTER } from '../letters.js';
import { WORD_END, WORD_START, alternation, cleanValue, hasWordIn, ignoreCase, memoRegExp, sentenceEnd, trimSpan } from '../text.js';
import type { Lexicon } from '../lexicon/types.js';
import type { Extracted, Extractor } from './types.js';

export const purpose: Extractor<string | null> = (doc) => {
  const label = findLabel(doc, doc.lexicon.labels.purpose);
  if (!label) return inBody(doc);
  const value = cleanValue(label.content);
  if (value !== '') return { value, spans: { '': trimSpan(doc.text, label.start, label.end) } };
  // "Objectives of the meeting:" over a list: its items, joined as one purpose.
  const list = listItemsAfter(doc, label.line.number);
  const items = list.map((item) => cleanValue(item.text)).filter((text) => text !== '');
  if (items.length === 0) return inBody(doc);
  return { value: items.join('; '), spans: { '': trimSpan(doc.text, list[0]!.start, list.at(-1)!.end) } };
};

function inBody(doc: Doc): Extracted<string | null> {
  const lex = doc.lexicon;
  const cue = memoRegExp(lex, 'purpose.cue', () => ignoreCase(`${WORD_START}(?:${alternation(lex.cues.purpose)})${WORD_END}[\\s:–—-]*`));
  // "The round table was held (in Osh on 3 May) in order to discuss …": a kind of event, its verb, then the purpose
  // (in its sentence, which may wrap on to the next line).
  const after = memoRegExp(
    lex,
    'purpose.after',
    () =>
      ignoreCase(
        `${WORD_START}(?:${alternation([...lex.words.eventTypes, ...lex.words.moderated])})\\s+(?:${alternation(lex.cues.venue)})(?:\\s(?:[^.;]|${abbreviations(lex)}){0,80}?)?\\s(?:${alternation(lex.cues.purposeAfter)})${WORD_END}[\\s:–—-]*`,
      ),
  );
  // "The dialogue was organised to discuss …": the purpose after the verb (and its place and day: "… was held in Osh on
  // 3 March to discuss …"), its first word a part of it.
  const toVerb = memoRegExp(
    lex,
    'purpose.to',
    () =>
      ignoreCase(
        `${WORD_START}(?:${alternation([...lex.words.eventTypes, ...lex.words.moderated])})\\s+(?:${alternation(lex.cues.venue)})(?:\\s(?:[^.;]|${abbreviations(lex)}){0,80}?)?\\s+(?=(?:${alternation(lex.cues.purposeTo)})\\s+([${LETTER}]+))`,
      ),
  );
  // "The main goal is to discuss …": an aim and its verb, then a verb after "to".
  const bare = memoRegExp(lex, 'purpose.bare', () => ignoreCase(`${WORD_START}(?:${alternation(lex.cues.purposeBare)})\\s+(?=(?:${alternation(lex.cues.purposeTo)})\\s+([${LETTER}]+))`));
  for (const block of doc.blocks) {
    // The other patterns are slower (every event word may start them): only where their words stand.
    // (The cue pattern too: ~60 phrases, case-insensitive, are slow to try at every position of every block.)
    const m =
      (hasWordIn(doc, block, lex.cues.purpose) ? cue.exec(block.text) : null) ??
      (hasWordIn(doc, block, lex.cues.purposeAfter) ? after.exec(block.text) : null) ??
      (hasWordIn(doc, block, lex.cues.venue) ? toVerb.exec(block.text) : null) ??
      (hasWordIn(doc, block, lex.cues.purposeBare) ? bare.exec(block.text) : null);
    // The word after "to" in lower case and no article: a verb ("to discuss"), not a place, a day or a noun ("to Osh", "to Friday", "to the satisfaction of all").
    if (!m || (m[1] !== undefined && (m[1][0] === m[1][0]!.toUpperCase() || lex.words.articles.includes(m[1])))) continue;
    const from = m.index + m[0].length;
    const to = sentenceEnd(block.text, from, doc.lexicon);
    const value = cleanValue(block.text.slice(from, to));
    if (value) return { value, spans: { '': trimSpan(doc.text, block.start + from, block.start + to) } };
  }
  return { value: null };
}

/**
 * The lexicon's place words that end with a period ("г.", "обл."), as a pattern: a period that ends no sentence between the
 * event's verb and "in order to" ("Площадка прошла в г. Ош с целью …").
 */
function abbreviations(lex: Lexicon): string {
  const words = [...lex.words.city, ...lex.words.region, ...lex.words.district].filter((w) => w.endsWith('.'));
  return words.length > 0 ? `${WORD_START}(?:${alternation(words)})` : '(?!)';
}
