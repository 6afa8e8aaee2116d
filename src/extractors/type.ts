/**
 * type: the kind of event, as the title opens ("Open dialogue platform").
 * A known kind from the lexicon wins (the longest, so the most specific, if
 * the title names several); else a known kind the text names (with no title
 * too); otherwise the
 * words of the title before its first preposition or quote, after any
 * preamble ("Minutes of the").
 */
import { NUMBER_SIGN, WORD_END, WORD_START, allMatches, alternation, ignoreCase, memoRegExp } from '../text.js';
import { LETTER } from '../letters.js';
import type { Lexicon } from '../lexicon/types.js';
import type { Doc } from '../document.js';
import type { Extractor } from './types.js';

export const type: Extractor<string | null> = (doc, found) => {
  const title = found.title?.value;
  const at = found.title?.spans?.[''];
  const lex = doc.lexicon;
  const known = title && at ? mostSpecific(title, lex) : undefined;
  // A kind of one word ("MEETING REPORT") gives way to a longer one that opens the block under the title ("Open Dialogue
  // Platform" / "Theme: …", "The open dialogue platform was held on …"): that names what the meeting was.
  const under = known && at && !/\s/.test(known[0]) ? kindUnder(doc, at.end) : undefined;
  if (under && under[0].length > known![0].length) return { value: under[0].replace(/\s+/g, ' '), spans: { '': { start: under.index, end: under.index + under[0].length } } };
  if (known) return { value: known[0].replace(/\s+/g, ' '), spans: { '': locate(doc.text, at!.start + known.index, known[0]) } };
  // A headline names no kind ("Residents of Aravan discuss migration"), or there is none: the text may
  // ("… as part of the Open Dialogue Platform", "On 3 March the Open Dialogue Platform … took place").
  const inText = mostSpecific(doc.text, lex);
  if (inText) return { value: inText[0].replace(/\s+/g, ' '), spans: { '': { start: inText.index, end: inText.index + inText[0].length } } };
  if (!title || !at) return { value: null };
  // The document's own number is no part of the kind: "ПРОТОКОЛ № 2 заседания …", "MINUTES No. 3 of the …".
  const numbered = memoRegExp(lex, 'type.numbered', () => ignoreCase(`^((?:${alternation(lex.words.documentWords)})\\s+)${NUMBER_SIGN}\\s*\\d+\\s+`)).exec(title);
  const unnumbered = numbered ? numbered[1]! + title.slice(numbered[0].length) : title;
  const preamble = preamblePattern(lex).exec(unnumbered);
  const rest = unnumbered.slice(preamble?.[0].length ?? 0);
  const stop = memoRegExp(lex, 'type.stop', () => ignoreCase(`\\s+(?:${alternation(lex.words.titleStops)})\\s|[,:(«“"„–—]|\\s-\\s`)).exec(rest);
  const value = (stop ? rest.slice(0, stop.index) : rest).trim();
  // (A word that only names the document, "MINUTES", "Протокол", names no kind of event; nor does an annex's, "Annex 3 to the report".)
  const words = value.split(/\s+/);
  if (value === '' || words.length > 8 || lex.words.documentWords.includes(value.toLowerCase().replace(/[.:]$/, '')) || lex.words.annexWords.includes(words[0]!.toLowerCase())) return { value: null };
  return { value, spans: { '': locate(doc.text, at.start, value) } };
};

/** A title's preamble ("Minutes of the", "Report on") where a text opens with it, and the white space after it. */
export function preamblePattern(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'type.preamble', () => ignoreCase(`^(?:${alternation(lex.words.titlePreamble)})\\s+`));
}

/**
 * The most specific (longest) kind of event `text` names: "meeting of the Open Dialogue Platform" is a platform. (Not
 * a part of a compound: "Seminar-training", "Training-seminar" are no seminar alone.)
 */
function mostSpecific(text: string, lex: Lexicon): RegExpExecArray | undefined {
  const kinds = allMatches(knownKinds(lex), text);
  let best: RegExpExecArray | undefined;
  for (const m of kinds) if (!best || m[0].length > best[0].length) best = m;
  return best;
}

/** The known kind of event that opens the first block after offset `end` (past markup and an article), as a match in the document's text. */
function kindUnder(doc: Doc, end: number): RegExpExecArray | undefined {
  const block = doc.blocks.find((b) => b.start >= end);
  if (!block) return undefined;
  const eol = block.text.indexOf('\n');
  const line = eol < 0 ? block.text : block.text.slice(0, eol);
  const m = mostSpecific(line, doc.lexicon);
  if (!m) return undefined;
  // (An article before it too: "The Open Dialogue Platform was held on …".)
  const before = line.slice(LEADING_MARKUP.exec(line)![0].length, m.index).trim().toLowerCase();
  if (before !== '' && !doc.lexicon.words.articles.includes(before)) return undefined;
  m.index += block.start;
  return m;
}

// Markup before a line's words: "# ", "**", "> ".
const LEADING_MARKUP = /^[\s#*_>]*/;

/** Where `text` first names the known kind of event `kind` at or after `from` ("… an Open Dialogue Platform on …"), or undefined. */
export function firstKind(text: string, from: number, kind: string, lex: Lexicon): { start: number; end: number } | undefined {
  const re = knownKinds(lex);
  const wanted = kind.toLowerCase();
  re.lastIndex = from;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[0].replace(/\s+/g, ' ').toLowerCase() === wanted) return { start: m.index, end: m.index + m[0].length };
  }
  return undefined;
}

/** Every known kind of event, as a global pattern (not a part of a compound: "Seminar-training"). */
function knownKinds(lex: Lexicon): RegExp {
  return memoRegExp(lex, 'type.known', () => ignoreCase(`${WORD_START}(?<![${LETTER}]-)(?:${alternation([...lex.words.eventTypes, ...lex.words.qualifiedEventTypes])})${WORD_END}(?!-[${LETTER}])`, 'g'));
}

/** The span of the first occurrence of `needle` at or after `from`. */
function locate(text: string, from: number, needle: string) {
  const i = text.indexOf(needle, from);
  return i < 0 ? { start: from, end: from } : { start: i, end: i + needle.length };
}
