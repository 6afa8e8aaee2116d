/**
 * region: the region's name without the word "region"/"oblast". Looked for in
 * the title, then a "Region:" label, then the venue (where a meeting in a
 * city gives its region in brackets: "Kyzyl-Kiya city (Batken region)").
 */
import { findLabel } from '../labels.js';
import { WORD_END, alternation, cleanValue, memoRegExp } from '../text.js';
import type { Extracted, Extractor } from './types.js';

export const region: Extractor<string | null> = (doc, found) => {
  const words = alternation(doc.lexicon.words.region);
  const adjective = memoRegExp(doc.lexicon, 'region.adjective', () => new RegExp(`(?:${alternation(doc.lexicon.words.regionAdjective)})$`, 'u'));
  // "Ошской" → "Ош", "Иссык-Кульская" → "Иссык-Куль": the name, as the English "Osh region" gives it.
  const fromAdjective = (name: string) => name.replace(adjective, '') || name;
  // One or more capitalised words (hyphens allowed) before "region", or an adjective form in Russian.
  const named = memoRegExp(doc.lexicon, 'region.named', () => new RegExp(String.raw`(\p{Lu}[\p{L}’'-]*(?:[ -]\p{Lu}[\p{L}’'-]*)*)\s+(?:${words})${WORD_END}`, 'u'));
  const search = (text: string, offset: number): Extracted<string | null> | undefined => {
    const m = named.exec(text);
    if (!m) return undefined;
    const start = offset + m.index;
    return { value: fromAdjective(m[1]!), spans: { '': { start, end: start + m[1]!.length } } };
  };
  const title = found.title?.value ? found.title.spans?.[''] : undefined;
  if (title) {
    const hit = search(doc.text.slice(title.start, title.end), title.start);
    if (hit) return hit;
  }
  const label = findLabel(doc, doc.lexicon.labels.region);
  if (label) {
    const value = cleanValue(label.content).replace(memoRegExp(doc.lexicon, 'region.trailing', () => new RegExp(`\\s+(?:${words})$`, 'iu')), '');
    if (value) return { value, spans: { '': { start: label.start, end: label.end } } };
  }
  const venue = found.venue?.spans?.[''];
  if (venue) {
    const hit = search(doc.text.slice(venue.start, venue.end), venue.start);
    if (hit) return hit;
  }
  return { value: null };
};
