/**
 * Numbered section headings ("1. Background", "2. Participants", "4.
 * Recommendations") become markdown headings ("## Background"), one for one:
 * markdown reads each as the item of a list, with the section's text as its
 * continuation, so a label in one ("4. Recommendations" over "4.1. …") and the
 * people named under another ("3. Proceedings") are read as list items.
 *
 * Only a run numbered 1, 2, 3 …, two at least, each a short line at the margin
 * with no end punctuation that opens a paragraph (at the start or after a
 * blank line) and has text on the next line; and one of them at least must
 * open with a label of the lexicon ("Participants", "Recommendations"): "1.
 * Roads" / "The district must repair …" in a list of suggestions stays a list.
 * Offsets, lines and columns stay those of the source.
 */
import type { Lexicon } from '../lexicon/types.js';
import { WORD_END, allMatches, alternation, memoRegExp } from '../text.js';

// A number, a period and white space at the margin, then a short heading up to the line's end.
const SECTION = /^(\d{1,2})\.[ \t]+(\S[^\n]{0,58})$/gm;
/** The most words in a section heading. */
const HEADING_WORDS = 6;

interface Candidate {
  value: number;
  start: number;
  marker: number;
  label: boolean;
}

/** `text` with each numbered section heading of a run 1, 2, 3 … written as a markdown heading. */
export function numberSections(text: string, lex: Lexicon): string {
  // Cheap test first: most minutes have no line "N. Heading" after a blank line.
  if (!/(?:^|\n[ \t]*\n)\d{1,2}\.[ \t]/.test(text)) return text;
  const labels = memoRegExp(lex, 'sectionHeadings.label', () => new RegExp(`^(?:${alternation(Object.values(lex.labels).flat())})${WORD_END}`, 'iu'));
  const rewrites: Candidate[] = [];
  let run: Candidate[] = [];
  const keep = () => {
    if (run.length >= 2 && run.some((c) => c.label)) rewrites.push(...run);
    run = [];
  };
  for (const m of allMatches(SECTION, text)) {
    const value = Number(m[1]);
    const heading = m[2]!.trim();
    // The lines before and after: a heading opens a paragraph and has text under it.
    const previous = m.index === 0 ? '' : text.slice(text.lastIndexOf('\n', m.index - 2) + 1, m.index - 1);
    const end = m.index + m[0].length;
    const nextEnd = text.indexOf('\n', end + 1);
    const next = text.slice(end + 1, nextEnd === -1 ? text.length : nextEnd);
    const isHeading =
      previous.trim() === '' && next.trim() !== '' && !/[.,;:!?]$/.test(heading) && /^\p{Lu}/u.test(heading) && heading.split(/\s+/).length <= HEADING_WORDS;
    if (value === 1) keep();
    if (value !== run.length + 1) continue;
    if (!isHeading) {
      keep();
      continue;
    }
    run.push({ value, start: m.index, marker: m[1]!.length + 1, label: labels.test(heading) });
  }
  keep();
  if (rewrites.length === 0) return text;
  let out = '';
  let last = 0;
  for (const c of rewrites) {
    out += text.slice(last, c.start) + '#'.repeat(c.marker);
    last = c.start + c.marker;
  }
  return out + text.slice(last);
}
