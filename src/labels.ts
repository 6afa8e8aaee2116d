/**
 * Labelled lines: "Moderator: …", "**Date and venue:** …", "## Suggestions".
 * A label opens a line, may be bold or a heading, and ends with a colon or a
 * spaced dash; its content runs on over the following lines of its paragraph
 * until a blank line or the next label.
 */
import type { Doc, Line } from './document.js';
import { alternation } from './text.js';

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

const patterns = new Map<readonly string[], RegExp>();

// Leading markdown: heading marks, a quote mark, a bullet, emphasis.
const LEAD = String.raw`^[ \t]*(?:(?:#{1,6}|>|[-*+](?=[ \t])|\d{1,2}[.)](?=[ \t]))[ \t]*)*(?:\*\*|__)?[ \t]*`;

function labelPattern(labels: readonly string[]): RegExp {
  let re = patterns.get(labels);
  if (!re) {
    re = new RegExp(
      `${LEAD}(${alternation(labels)})[ \\t]*(?:\\*\\*|__)?[ \\t]*(?::|：|[ \\t][-–—][ \\t]|$)[ \\t]*(?:\\*\\*|__)?`,
      'iu',
    );
    patterns.set(labels, re);
  }
  return re;
}

/** Whether a line opens with any label of the lexicon (a new field starts there). */
export function isLabelLine(doc: Doc, line: Line): boolean {
  return labelPattern(allLabels(doc)).test(line.text);
}

const all = new WeakMap<object, string[]>();
function allLabels(doc: Doc): string[] {
  let list = all.get(doc.lexicon);
  if (!list) {
    list = Object.values(doc.lexicon.labels).flat();
    all.set(doc.lexicon, list);
  }
  return list;
}

/** Every line labelled with one of `labels`, in document order. */
export function findLabels(doc: Doc, labels: readonly string[]): LabelHit[] {
  const re = labelPattern(labels);
  const hits: LabelHit[] = [];
  for (let i = 0; i < doc.lines.length; i++) {
    const line = doc.lines[i]!;
    if (line.text.length > 2000 && !re.test(line.text.slice(0, 200))) continue;
    const m = re.exec(line.text);
    if (!m) continue;
    const start = line.start + m[0].length;
    let end = line.start + line.text.length;
    // Continuation lines of the same paragraph belong to the content.
    for (let j = i + 1; j < doc.lines.length; j++) {
      const next = doc.lines[j]!;
      if (next.text.trim() === '' || isLabelLine(doc, next) || /^\s*(?:[-*+]|\d{1,3}[.)]|#)\s/.test(next.text)) break;
      end = next.start + next.text.length;
    }
    hits.push({ label: m[1]!, line, start, end, content: doc.text.slice(start, end) });
  }
  return hits;
}

/** The first line labelled with one of `labels`, if any. */
export function findLabel(doc: Doc, labels: readonly string[]): LabelHit | undefined {
  return findLabels(doc, labels)[0];
}
