/**
 * speakers: every person the text names as speaking or presenting, in order,
 * with the roles the text attaches to each. Read from paragraphs with a
 * speech cue ("A welcoming speech was made by …", "… presented …") and from
 * the list items after a line such as "Speakers:". The moderator is left out.
 */
import type { Block, Doc } from '../document.js';
import { isLabelLine } from '../labels.js';
import { findPeople } from '../people.js';
import type { Person } from '../schema.js';
import { hasWord } from '../text.js';
import type { Extractor, Found } from './types.js';

export const speakers: Extractor<Person[]> = (doc, found) => {
  const lex = doc.lexicon;
  const value: Person[] = [];
  const spans: Record<string, { start: number; end: number }> = {};
  const seen = new Set<string>();
  const moderator = found.moderator?.value?.name.full;
  if (moderator) seen.add(key(moderator));
  let listIntro = false;
  for (const block of doc.blocks) {
    const cued = hasWord(block.text, lex.cues.speech);
    const inList = listIntro && block.kind === 'listItem';
    if (block.kind !== 'listItem') listIntro = cued && /:\s*(?:\*\*)?\s*$/.test(block.text);
    if (!cued && !inList) continue;
    if (claimed(found, block) || (!inList && labelledOtherwise(doc, block))) continue;
    const people = findPeople(doc, block.start, block.end, {
      assumeName: inList,
      cues: lex.cues.speech,
      fillers: lex.cues.speechFiller,
    });
    for (const person of people) {
      const k = key(person.name.full);
      if (seen.has(k)) continue;
      seen.add(k);
      const i = value.length;
      spans[`/${i}/name`] = person.nameSpan;
      person.roles.forEach((r, j) => (spans[`/${i}/roles/${j}`] = r.span));
      value.push({ name: person.name, roles: person.roles.map((r) => r.text) });
    }
  }
  return { value, spans };
};

/** Names compare without case, honorifics or punctuation. */
function key(full: string): string {
  return full.toLowerCase().replace(/[^\p{L}\s]/gu, '').replace(/\s+/g, ' ').trim();
}

function claimed(found: Found, block: Block): boolean {
  return found.claimed.some((c) => c.start < block.end && block.start < c.end);
}

/** A block that opens with another field's label ("Moderator:", "Purpose:") is not a speaker list. */
function labelledOtherwise(doc: Doc, block: Block): boolean {
  const line = doc.lines[block.line - 1];
  if (!line || !isLabelLine(doc, line)) return false;
  return !new RegExp(`^\\W*(?:${doc.lexicon.labels.speakers.join('|')})`, 'iu').test(line.text);
}
