/**
 * region: the region's name without the word "region"/"oblast". Looked for in
 * the title (and a place line under it in its paragraph), then a "Region:" label, then a
 * short paragraph right under the title ("Naryn region"; a labelled line or the topic's may come between), then the venue (where a meeting in a
 * city gives its region in brackets: "Kyzyl-Kiya city (Batken region)", or the place its city came from), then the topic, then the purpose,
 * then a building of the region's in the venue ("the Talas regional state administration"), and last the body's first
 * sentence that names the event ("… an Open dialogue platform took place in Naryn region").
 */
import { findLabel, isLabelLine, isPlaceLine } from '../labels.js';
import { LETTER, UPPER } from '../letters.js';
import { TITLE_CASE, WORD_END, alternation, caseVariants, cleanValue, ignoreCase, memoRegExp, sentenceEnd, sentenceStart } from '../text.js';
import type { Extracted, Extractor } from './types.js';
import { firstKind } from './type.js';
import { regionAdjective, shortParts } from './venue.js';

export const region: Extractor<string | null> = (doc, found) => {
  const words = () => alternation(caseVariants(doc.lexicon.words.region));
  const adjective = regionAdjective(doc.lexicon);
  // "Ошской" → "Ош", "Иссык-Кульская" → "Иссык-Куль": the name, as the English "Osh region" gives it.
  const fromAdjective = (name: string) => name.replace(adjective, '') || name;
  // One or more capitalised words (hyphens allowed) before "region", or an adjective form in Russian.
  const named = memoRegExp(doc.lexicon, 'region.named', () => new RegExp(String.raw`([${UPPER}][${LETTER}’'-]*(?:[ -][${UPPER}][${LETTER}’'-]*)*)\s+(?:${words()})${WORD_END}`, 'u'));
  // "the region of Osh": the name after the words, one capitalised word (hyphens allowed).
  // (Russian lists none: an empty alternation never matches.)
  const after = memoRegExp(doc.lexicon, 'region.after', () => new RegExp(String.raw`(?:${alternation(caseVariants(doc.lexicon.words.regionBefore))})\s+([${UPPER}][${LETTER}’'-]*)`, 'u'));
  const search = (text: string, offset: number): Extracted<string | null> | undefined => {
    let m = named.exec(text);
    // "IN THE REGION OF NARYN": an article before the word is no name.
    if (m && doc.lexicon.words.articles.includes(m[1]!.split(' ').at(-1)!.toLowerCase())) m = null;
    const before = after.exec(text);
    if (before && (!m || before.index < m.index)) {
      const start = offset + before.index + before[0].length - before[1]!.length;
      return { value: before[1]!, spans: { '': { start, end: start + before[1]!.length } } };
    }
    if (!m) return undefined;
    // A region's name is one word ("Jalal-Abad") or two in title case ("Issyk Kul"): in a title
    // in capitals, "OPEN DIALOGUE PLATFORM IN NARYN REGION" must give "NARYN".
    const words = m[1]!.split(' ');
    const titleCase = (w: string | undefined) => w !== undefined && TITLE_CASE.test(w);
    const stop = (w: string | undefined) => w !== undefined && doc.lexicon.words.titleStops.includes(w.toLowerCase());
    // An adjective form is the whole name: "г. Кызыл-Кия Баткенской области" gives "Баткен".
    const adjectiveForm = adjective.test(words.at(-1)!);
    const two = words.length >= 2 && !adjectiveForm && titleCase(words.at(-1)) && titleCase(words.at(-2)) && !stop(words.at(-2));
    const name = words.slice(two ? -2 : -1).join(' ');
    const start = offset + m.index + m[1]!.length - name.length;
    return { value: fromAdjective(name), spans: { '': { start, end: start + name.length } } };
  };
  const title = found.title?.value ? found.title.spans?.[''] : undefined;
  const topic = found.topic?.spans?.[''];
  if (title) {
    // Outside the topic's quotation first: "“SPECIAL STATUS OF BATKEN REGION”" / "Open dialogue platform, Batken region"
    // is "Batken" as written outside it (blanked one for one, so offsets stay).
    const text = doc.text.slice(title.start, title.end);
    const inside = topic && title.start <= topic.start && topic.end <= title.end;
    const outside = inside ? text.slice(0, topic.start - title.start) + ' '.repeat(topic.end - topic.start) + text.slice(topic.end - title.start) : text;
    const hit = search(outside, title.start) ?? (inside ? search(text, title.start) : undefined);
    if (hit) return hit;
    // The place line under the title, in its paragraph ("Round table “…”" / "Karakol city, Issyk-Kul region").
    // (The paragraph of the title's last line, wherever it stands: a line such as "Annex 3" may come before it, and
    // the title may open in a paragraph above, "SUMMARY REPORT" / "" / "Open Dialogue Platform on “…”" / "Batken oblast, …".)
    const paragraph = doc.blocks.find((b) => b.end >= title.end);
    const below = paragraph && paragraph.start < title.end && title.end < paragraph.end ? search(doc.text.slice(title.end, paragraph.end), title.end) : undefined;
    if (below) return below;
  }
  const label = findLabel(doc, doc.lexicon.labels.region);
  if (label) {
    // "Region: Osh region, Kara-Suu district": the part that names the region.
    const named = search(label.content, label.start);
    if (named) return named;
    const value = cleanValue(label.content).replace(memoRegExp(doc.lexicon, 'region.trailing', () => ignoreCase(`\\s+(?:${words()})$`)), '');
    // "Область: Чуйская": an adjective alone gives the name, as "Чуйская область" does.
    if (value) return { value: !value.includes(' ') && adjective.test(value) ? fromAdjective(value) : value, spans: { '': { start: label.start, end: label.end } } };
  }
  // A place line of its own right under the title ("Open dialogue platform" / "Naryn region" / "Topic: …"),
  // or under a labelled line there ("# Open dialogue platform" / "## Topic: …" / "### Jalal-Abad region"):
  // short parts between commas, no sentence.
  const under = title ? doc.blocks.findIndex((b) => b.start >= title.end) : -1;
  for (const next of under >= 0 ? doc.blocks.slice(under, under + 2) : []) {
    // (Or the topic's line: "OPEN DIALOGUE PLATFORM" / "On the topic: “Migration”" / "in Osh region".)
    if (isLabelLine(doc, doc.lines[next.line - 1]!) || (topic && next.start <= topic.start && topic.end <= next.end)) {
      // A place line of its own under that line, in its paragraph, which no label's value runs on to ("Topic: Youth
      // employment" / "Talas region").
      for (let n = next.line + 1; n <= doc.lines.length && doc.lines[n - 1]!.start < next.end; n++) {
        const line = doc.lines[n - 1]!;
        const hit = isPlaceLine(line.text, doc.lexicon) && !(topic && topic.start < line.start + line.text.length && line.start < topic.end) ? search(line.text, line.start) : undefined;
        if (hit) return hit;
      }
      continue;
    }
    const hit = next.kind !== 'listItem' && shortParts(next.text) ? search(next.text, next.start) : undefined;
    if (hit) return hit;
    break;
  }
  // Last, the venue, then a topic given under a label of its own ("Topic: “Youth employment in Jalal-Abad region”"),
  // then the purpose (minutes with no title: "The purpose of the meeting was to discuss … in Naryn region").
  // (The venue's city may come from another sentence than its text: "… held a platform in Tokmok (Chui region) … It
  // took place in the assembly hall of school No. 3".)
  for (const place of [found.venue?.spans?.[''], found.venue?.spans?.['/city'], found.topic?.spans?.[''], found.purpose?.spans?.['']]) {
    const hit = place && search(doc.text.slice(place.start, place.end), place.start);
    if (hit) return hit;
  }
  // Or a building of the region's that the venue names ("the conference hall of the Talas regional state administration",
  // "the Issyk-Kul Regional Library", in a name's capitals).
  const venue = found.venue?.spans?.[''];
  const regional = venue && memoRegExp(doc.lexicon, 'region.regional', () => new RegExp(String.raw`([${UPPER}][${LETTER}’'-]*)\s+(?:${alternation(caseVariants(doc.lexicon.words.regional))})${WORD_END}`, 'u')).exec(doc.text.slice(venue.start, venue.end));
  if (regional && !doc.lexicon.words.articles.includes(regional[1]!.toLowerCase())) {
    const start = venue!.start + regional.index;
    return { value: fromAdjective(regional[1]!), spans: { '': { start, end: start + regional[1]!.length } } };
  }
  // The body's first sentence that names the event, by the kind the type gives, may name the region, with no title or
  // past one that does not: "On the 5th of August, in the city of Naryn, an Open dialogue platform on “…” took place in
  // Naryn region". (Not a sentence of "the meeting" under a title of a platform: "The meeting discussed jobs across Talas
  // region and beyond".)
  const kind = found.type?.value ? firstKind(doc.text, title?.end ?? 0, found.type.value, doc.lexicon) : undefined;
  const block = kind && doc.blocks.find((b) => b.start <= kind.start && kind.end <= b.end);
  if (block) {
    const from = block.start + sentenceStart(block.text, kind.start - block.start, doc.lexicon);
    const hit = search(doc.text.slice(from, block.start + sentenceEnd(block.text, kind.end - block.start, doc.lexicon)), from);
    if (hit) return hit;
  }
  return { value: null };
};

