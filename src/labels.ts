/**
 * Labelled lines: "Moderator: …", "**Date and venue:** …", "## Suggestions".
 * A label opens a line, may be bold or a heading, and ends with a colon or a
 * spaced dash; its content runs on over the following lines of its paragraph
 * until a blank line or the next label.
 *
 * Every line is matched once per document against one pattern of all the
 * lexicon's labels (longest first, so "Date and venue" wins over "Date");
 * each field then picks the lines whose label is one of its own.
 */
import type { Doc, Line } from './document.js';
import { alternation, memoRegExp } from './text.js';

export interface LabelHit {
  /** The label as written. */
  label: string;
  /** The line the label is on. */
  line: Line;
  /** Offset of the content's first character (after the colon). */
  start: number;
  /** Offset just past the content. */
  end: number;
  /** The content: the text from `start` to `end`. */
  content: string;
}

interface LineLabel {
  /** The label, lower case with single spaces: the key into a field's label set. */
  key: string;
  label: string;
  /** Offset of the content. */
  start: number;
}

// Leading markdown: heading marks, a quote mark, a bullet, emphasis.
const LEAD = String.raw`^[ \t]*(?:(?:#{1,6}|>|[-*+](?=[ \t])|\d{1,2}[.)](?=[ \t]))[ \t]*)*(?:\*\*|__)?[ \t]*`;

const perDoc = new WeakMap<Doc, (LineLabel | null)[]>();

/** The label each line opens with, or null; computed once per document. */
function lineLabels(doc: Doc): (LineLabel | null)[] {
  let labels = perDoc.get(doc);
  if (labels) return labels;
  const re = memoRegExp(doc.lexicon, 'labels.all', () => {
    const all = Object.values(doc.lexicon.labels).flat();
    // An aside in brackets may stand between the label and its colon: "Participants (35 people):".
    return new RegExp(`${LEAD}(${alternation(all)})(?:[ \\t]*\\([^()\\n]{0,200}\\))?[ \\t]*(?:\\*\\*|__)?[ \\t]*(?::|：|[ \\t][-–—][ \\t]|$)[ \\t]*(?:\\*\\*|__)?`, 'iu');
  });
  labels = doc.lines.map((line) => {
    // A label opens its line: a long line need not be searched past its start.
    const m = re.exec(line.text.length > 2000 ? line.text.slice(0, 400) : line.text);
    if (!m) return null;
    return { key: m[1]!.toLowerCase().replace(/\s+/g, ' '), label: m[1]!, start: line.start + m[0].length };
  });
  perDoc.set(doc, labels);
  return labels;
}

/** Whether a line opens with any label of the lexicon (a new field starts there). */
export function isLabelLine(doc: Doc, line: Line): boolean {
  return lineLabels(doc)[line.number - 1] != null;
}

const keySets = new WeakMap<readonly string[], Set<string>>();

/** Every line labelled with one of `labels`, in document order. */
export function findLabels(doc: Doc, labels: readonly string[]): LabelHit[] {
  let keys = keySets.get(labels);
  if (!keys) keySets.set(labels, (keys = new Set(labels.map((l) => l.toLowerCase().replace(/\s+/g, ' ')))));
  const found = lineLabels(doc);
  const hits: LabelHit[] = [];
  for (let i = 0; i < found.length; i++) {
    const label = found[i];
    if (!label || !keys.has(label.key)) continue;
    const line = doc.lines[i]!;
    let end = line.start + line.text.length;
    // Continuation lines of the same paragraph belong to the content.
    for (let j = i + 1; j < doc.lines.length; j++) {
      const next = doc.lines[j]!;
      if (next.text.trim() === '' || found[j] || /^\s*(?:[-*+]|\d{1,3}[.)]|#)\s/.test(next.text)) break;
      end = next.start + next.text.length;
    }
    hits.push({ label: label.label, line, start: label.start, end, content: doc.text.slice(label.start, end) });
  }
  return hits;
}

/** The first line labelled with one of `labels`, if any. */
export function findLabel(doc: Doc, labels: readonly string[]): LabelHit | undefined {
  return findLabels(doc, labels)[0];
}
