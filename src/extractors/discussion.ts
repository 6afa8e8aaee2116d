/**
 * discussion: the issues raised, one entry per issue where the text lists
 * them (the items after "Issues discussed:" or "Participants discussed:"), else
 * one entry per paragraph that reports the discussion.
 */
import { listItemsAfter, opensList, type Span } from '../document.js';
import { findLabels } from '../labels.js';
import { cleanValue, hasWordIn } from '../text.js';
import { isClaimed, type Extractor } from './types.js';

export const discussion: Extractor<string[]> = (doc, found) => {
  const lex = doc.lexicon;
  const value: string[] = [];
  const spans: Record<string, Span> = {};
  for (const hit of findLabels(doc, lex.labels.discussion)) {
    const inline = cleanValue(hit.content);
    if (inline) {
      spans[`/${value.length}`] = { start: hit.start, end: hit.end };
      value.push(inline);
      continue;
    }
    for (const block of listItemsAfter(doc, hit.line.number)) {
      spans[`/${value.length}`] = block;
      value.push(cleanValue(block.text));
    }
  }
  if (value.length > 0) return { value, spans };
  // A paragraph reports the discussion, or introduces a list of issues ("Participants discussed:").
  // A list item alone is no report: "3. Discussion." is an agenda point.
  for (const block of doc.blocks) {
    if (block.kind !== 'paragraph' || isClaimed(found, block) || !hasWordIn(doc, block, lex.cues.discussion)) continue;
    // A speech is a speaker's, not the discussion; but "During the discussion, the participants
    // spoke about:" over a list introduces the issues raised.
    if (hasWordIn(doc, block, lex.cues.suggestion)) continue;
    const items = opensList(block) ? listItemsAfter(doc, doc.point(block.end).line) : [];
    if (items.length === 0 && hasWordIn(doc, block, lex.cues.speech)) continue;
    for (const item of items.length > 0 ? items : [block]) {
      const v = cleanValue(item.text);
      if (!v) continue;
      spans[`/${value.length}`] = { start: item.start, end: item.end };
      value.push(v);
    }
  }
  return { value, spans };
};
