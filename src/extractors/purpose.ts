/** purpose: the text of the "Purpose:" (or "Goal:", "Objective:") line. */
import { findLabel } from '../labels.js';
import { cleanValue, trimSpan } from '../text.js';
import type { Extractor } from './types.js';

export const purpose: Extractor<string | null> = (doc) => {
  const label = findLabel(doc, doc.lexicon.labels.purpose);
  const value = label ? cleanValue(label.content) : '';
  if (!label || value === '') return { value: null };
  return { value, spans: { '': trimSpan(doc.text, label.start, label.end) } };
};
