/**
 * Numbered section headings ("1. Background", "2. Participants", "4.
 * Recommendations") become markdown headings ("## Background"), one for one:
 * markdown reads each as the item of a list, with the section's text as its
 * continuation, so a label in one ("4. Recommendations" over "4.1. …") and the
 * people named under another ("3. Proceedings") are read as list items.
 *
 * Only a run numbered 1, 2, 3 …, two at least, each a short capitalised line
 * (at any indentation: indentation is not code) with no end punctuation and
 * text after it, no two on consecutive lines (an agenda lists its points line
 * by line); and one of them at least must open with a label of the lexicon
 * ("Participants", "Recommendations"): "1. Roads" / "The district must repair
 * …" in a list of suggestions stays a list. Runs after the other item
 * passes, so "(1)", "a)", "I." and "**1.**" headings are read as "1." ones.
 * Offsets, lines and columns stay those of the source.
 */
import { allLabelKeys, labelKey } from '../labels.js';
import type { Lexicon } from '../lexicon/types.js';
import { DIGIT, LETTER, UPPER } from '../letters.js';
import { OPENS_CAPITAL } from '../text.js';
import { rewriteRuns } from './item-runs.js';

// Any indentation, a number, "." or ")" and white space, then a short heading up to the line's end.
const SECTION = /^([ \t]*)(\d{1,2})[.)][ \t]+(\S[^\n]{0,58})$/gm;
/** The most words in a section heading. */
const HEADING_WORDS = 6;

/**
 * Whether `heading` opens with a label of the lexicon, as a whole word. (A walk over the labels:
 * a pattern of all ~160 would cost more to compile than the few headings it is asked of.)
 */
function opensWithLabel(heading: string, lex: Lexicon): boolean {
  const lower = labelKey(heading);
  for (const label of allLabelKeys(lex)) if (lower.startsWith(label) && !LETTER_OR_DIGIT.test(lower.charAt(label.length))) return true;
  return false;
}

// (The letter classes of src/letters.ts: \p{L} costs V8 far more to compile.)
const LETTER_OR_DIGIT = new RegExp(`[${LETTER}${DIGIT}]`, 'u');
const CANDIDATE = new RegExp(`^[ \\t]*\\d{1,2}[.)][ \\t]+[${UPPER}]`, 'mu');
const NON_SPACE = /\S/g;

/** Whether `text` holds anything but white space from `at` on (without copying it). */
function textAfter(text: string, at: number): boolean {
  NON_SPACE.lastIndex = at;
  return NON_SPACE.test(text);
}

/**
 * `text` with each numbered section heading of a run 1, 2, 3 … written as a markdown heading.
 * The lines at `roman` (numbered I, II, III … in the source) are read first as a run of their own,
 * the items numbered in digits between them passed over ("I. GENERAL INFORMATION" / "1. Topic: …"
 * / "2. Date: …" / "II. COURSE OF THE MEETING" / … / "III. RECOMMENDATIONS" / "1. …"); the lines at `subItems`
 * (numbered "2.1.", "2.2." in the source) are in no run.
 */
export function numberSections(text: string, lex: Lexicon, roman: ReadonlySet<number> = new Set(), subItems: ReadonlySet<number> = new Set()): string {
  // Cheap test first: most minutes have no line "N. Heading".
  if (!CANDIDATE.test(text)) return text;
  if (roman.size > 0) text = sectionRuns(text, lex, (m) => roman.has(m.index));
  // (A sub-item's line, "2.3." in the source, is passed over: "2. Speakers" / "2.3. Kim Oleg, expert" / "3. Discussion".)
  return sectionRuns(text, lex, (m) => !subItems.has(m.index));
}

/** The rewriting of numberSections over the matches `counts` keeps; the others are passed over. */
function sectionRuns(text: string, lex: Lexicon, counts: (m: RegExpExecArray) => boolean): string {
  return rewriteRuns(
    text,
    SECTION,
    (m, previous) => {
      // (A value no run takes: the match is passed over.)
      if (!counts(m)) return { value: -1, rewrite: null };
      const value = Number(m[2]);
      const heading = m[3]!.trim();
      // Text after it, and not on the line after the run's last heading: an agenda ("1. Opening" /
      // "2. Recommendations") lists its points line by line, sections have their text between them.
      const apart = value === 1 || !previous || linesBetween(text, previous.start, m.index) >= 2;
      const isHeading =
        apart && !/[.,;:!?]$/.test(heading) && OPENS_CAPITAL.test(heading) && heading.split(/\s+/).length <= HEADING_WORDS && textAfter(text, m.index + m[0].length);
      const start = m.index + m[1]!.length;
      const marker = m[2]!.length + 1;
      return { value, rewrite: isHeading ? { start, end: start + marker, text: '#'.repeat(marker) } : null, mark: isHeading && opensWithLabel(heading, lex) };
    },
    { accept: (run) => run.some((item) => item.mark) },
  );
}

/** How many line breaks stand in text[from, to). */
function linesBetween(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}
