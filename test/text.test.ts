/**
 * The text helpers every extractor leans on: whole-word search (per text and
 * per document), every match of a pattern, and splitting at separators.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/index.js';
import { createDoc, strongWithin, type Doc } from '../src/document.js';
import { detectLanguage, LEXICONS, lexiconFor } from '../src/lexicon/index.js';
import { normalize } from '../src/pipeline/normalize.js';
import { toTree } from '../src/pipeline/tree.js';
import { allMatches, alternation, bracketSpans, cleanValue, hasValue, hasWord, hasWordIn, ignoreCase, leadingBracket, quotedSpans, sentenceEnd, spanAround, spansOverlapping, splitTopLevel, WORD_END, WORD_START } from '../src/text.js';
import { fixtures } from './helpers.js';
import { readFileSync } from 'node:fs';

function docOf(source: string): Doc {
  const text = normalize(source);
  return createDoc(text, toTree(text), detectLanguage(text));
}

describe('hasWord', () => {
  it('finds a whole word in any case, with any white space inside a phrase', () => {
    expect(hasWord('The floor was given to Ms. Isakova', ['floor was given to'])).toBe(true);
    expect(hasWord('THE FLOOR  WAS\n GIVEN TO her', ['floor was given to'])).toBe(true);
    expect(hasWord('Выступили: Асанов', ['выступили'])).toBe(true);
  });

  it('does not find a word inside another word, or a phrase broken by other words', () => {
    expect(hasWord('The speakers were reporters', ['report', 'speaker'])).toBe(false);
    expect(hasWord('the floor was then given to', ['floor was given to'])).toBe(false);
    expect(hasWord('', ['said'])).toBe(false);
  });

  it('needs no edge beside a character that is no letter', () => {
    expect(hasWord('Aibek Tashiev(chair)', ['(chair)'])).toBe(true);
    expect(hasWord('г-н Асанов', ['г-н'])).toBe(true);
  });
});

describe('hasWordIn', () => {
  // Every word list of the lexicon (its number words are a map: their keys).
  const lists = (doc: Doc): string[][] => [
    ...Object.values(doc.lexicon.cues),
    ...Object.values(doc.lexicon.words).map((words) => (Array.isArray(words) ? words : Object.keys(words))),
    ...Object.values(doc.lexicon.labels),
  ];

  it('answers as hasWord does, for every block and line of every fixture and every word list', () => {
    let asked = 0;
    for (const [name, path] of fixtures()) {
      const doc = docOf(readFileSync(path, 'utf8'));
      const spans = [...doc.blocks, ...doc.lines.map((l) => ({ start: l.start, end: l.start + l.text.length }))];
      for (const words of lists(doc)) {
        for (const span of spans) {
          const expected = hasWord(doc.text.slice(span.start, span.end), words);
          if (hasWordIn(doc, span, words) !== expected) throw new Error(`${name}: ${JSON.stringify(doc.text.slice(span.start, span.end))} and ${words.join('|')}`);
          asked++;
        }
      }
    }
    expect(asked).toBeGreaterThan(30_000);
  });

  it('maps offsets back across runs of white space before the word', () => {
    const doc = docOf('Report\n\nOpening    remarks     were made.\n\n\n\nThe   floor \n  was given to Ms. Isakova.\n');
    const [, opening, floor] = doc.blocks;
    expect(hasWordIn(doc, opening!, ['opening remarks'])).toBe(true);
    expect(hasWordIn(doc, opening!, ['floor was given to'])).toBe(false);
    expect(hasWordIn(doc, floor!, ['floor was given to'])).toBe(true);
    expect(hasWordIn(doc, floor!, ['opening remarks'])).toBe(false);
  });

  it('does not count a phrase that runs from one block into the next', () => {
    // (The first block a heading: a paragraph broken off so would go on in the next, joinBrokenParagraphs.)
    const doc = docOf('Report\n\n# The meeting was opened by the\n\nfloor was given to the mayor.\n');
    for (const block of doc.blocks) expect(hasWordIn(doc, block, ['the floor was given to'])).toBe(false);
  });

  it('searches the span itself when lower case changes the length of the text', () => {
    // "İ" lower-cases to two characters: offsets into a folded copy would be off by one after it.
    const doc = docOf('İstanbul report\n\nSpeakers: Aibek Tashiev said a few words.\n');
    expect(doc.text.toLowerCase().length).not.toBe(doc.text.length);
    expect(hasWordIn(doc, doc.blocks[1]!, ['said'])).toBe(true);
    expect(hasWordIn(doc, doc.blocks[0]!, ['said'])).toBe(false);
  });

  it('is asked of every lexicon', () => {
    expect(LEXICONS.length).toBeGreaterThanOrEqual(2);
  });
});

describe('sentenceEnd', () => {
  const en = lexiconFor('en')!;
  const ru = lexiconFor('ru')!;
  it('ends a sentence at a period before a capital, or before a count that opens the next', () => {
    expect(sentenceEnd('It was held at the hotel. Then Name spoke.', 0, en)).toBe(24);
    expect(sentenceEnd('It was held at the hotel. 44 participants attended.', 0, en)).toBe(24);
    // After an acronym of three capitals too.
    expect(sentenceEnd('Asanov Bolot, expert of IOM. Osmonova Aida spoke.', 0, en)).toBe(27);
  });
  it('negative: not after a short word ("г. Ош", "No. 3"), nor before a number that opens nothing', () => {
    expect(sentenceEnd('Held in г. Ош in school No. 3 rooms', 0, en)).toBe(35);
    expect(sentenceEnd('The budget rose to 1.5 million.', 0, en)).toBe(30);
    expect(sentenceEnd('It was held in room. 44B on the list', 0, en)).toBe(36);
    // Initials end no sentence, nor does a two-letter abbreviation.
    expect(sentenceEnd('Speech by Asanov A.B. Then more', 0, en)).toBe(31);
    expect(sentenceEnd('Speech by the MP. Then more', 0, en)).toBe(27);
  });
  it('negative: not after a word the language writes short before a name or a place ("Prof.", "Capt.", "проф.")', () => {
    expect(sentenceEnd('Remarks by Asanov Bolot and by Prof. Bekmurzaev Ulan, rector. Then more', 0, en)).toBe(60);
    expect(sentenceEnd('Remarks by Capt. Omurbekova Nazira. Then more', 0, en)).toBe(34);
    expect(sentenceEnd('Выступил проф. Асанов Болот. Далее', 0, ru)).toBe(27);
    // Each language its own words: read with the English lexicon, "проф." is a word of four letters like any other.
    expect(sentenceEnd('Выступил проф. Асанов Болот. Далее', 0, en)).toBe(13);
  });
});

describe('strongWithin', () => {
  it('gives the bold runs wholly inside a span, as a filter over all of them would', () => {
    const doc = docOf('**A** one **B** two\n\n**C** three **D**\n');
    const inside = (start: number, end: number) => doc.strong.filter((s) => s.start >= start && s.end <= end);
    for (const [start, end] of [[0, doc.text.length], [0, 5], [3, 16], [6, 30], [doc.text.length, doc.text.length]]) {
      expect(strongWithin(doc, start!, end!)).toEqual(inside(start!, end!));
    }
    expect(strongWithin(doc, 0, doc.text.length).map((s) => doc.text.slice(s.start, s.end))).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('ignoreCase', () => {
  it('matches any case of Latin, Cyrillic and Kyrgyz letters, within our word bounds, without unicode mode', () => {
    const re = ignoreCase(`${WORD_START}(?:модератор|moderator|өкүл)${WORD_END}`, 'g');
    expect([re.flags, re.unicode]).toEqual(['gi', false]);
    expect(allMatches(re, 'МОДЕРАТОР, Moderator, ӨКҮЛ; модераторы, moderators').map((m) => m[0])).toEqual(['МОДЕРАТОР', 'Moderator', 'ӨКҮЛ']);
    // Past a character of another plane the bounds hold as before.
    expect(allMatches(re, '🙂moderator🙂').map((m) => m[0])).toEqual(['moderator']);
  });
  it('keeps unicode mode where the source needs it: a property class would otherwise match the letters "p{L}"', () => {
    expect(ignoreCase(String.raw`^\p{L}+$`).unicode).toBe(true);
    expect(ignoreCase(String.raw`^\p{L}+$`).test('Ош')).toBe(true);
    expect(ignoreCase(String.raw`\u{1F642}`).unicode).toBe(true);
    expect(ignoreCase('🙂').unicode).toBe(true);
  });
});

describe('allMatches', () => {
  it('gives what matchAll gives, and moves past empty matches', () => {
    const text = 'a1 b22 c333';
    expect(allMatches(/\d+/g, text).map((m) => [m.index, m[0]])).toEqual([...text.matchAll(/\d+/g)].map((m) => [m.index, m[0]]));
    expect(allMatches(/\d*/gu, 'a😀1').map((m) => m.index)).toEqual([...'a😀1'.matchAll(/\d*/gu)].map((m) => m.index));
    expect(allMatches(/x/g, 'abc')).toEqual([]);
  });
});

describe('splitTopLevel', () => {
  const texts = (text: string, options = {}) => splitTopLevel(text, options).map((p) => [p.sep, p.text]);

  it('cuts at commas, semicolons and spaced dashes, not at hyphens or inside quotes and brackets', () => {
    // Pieces are the text as written between separators: callers trim them.
    expect(texts('head of X - Aibek Tashiev, expert; member')).toEqual([
      ['', 'head of X '],
      ['-', 'Aibek Tashiev'],
      [',', ' expert'],
      [';', ' member'],
    ]);
    expect(texts('Osh -Naryn road, 2021-2030 plan')).toEqual([
      ['', 'Osh '],
      ['-', 'Naryn road'],
      [',', ' 2021-2030 plan'],
    ]);
    expect(texts('NGO “Bilim, Plus” (Osh, Naryn)')).toEqual([['', 'NGO “Bilim, Plus” (Osh, Naryn)']]);
  });

  it('cuts at a spaced dash that ends a line, not at a hyphen that does', () => {
    expect(texts('director of “Osh Bus” –\n**Joldoshev Ulan**')).toEqual([
      ['', 'director of “Osh Bus” '],
      ['-', '**Joldoshev Ulan**'],
    ]);
    expect(texts('Kara-\nBalta city')).toEqual([['', 'Kara-\nBalta city']]);
  });

  it('cuts at a sentence end only when asked, and not after an initial or a short word', () => {
    const en = lexiconFor('en')!;
    expect(texts('He spoke well. Then Ms. T.Sh. Asanova spoke.', { sentences: en })).toEqual([
      ['', 'He spoke well'],
      ['.', 'Then Ms. T.Sh. Asanova spoke.'],
    ]);
    expect(texts('He spoke well. Then she spoke.')).toEqual([['', 'He spoke well. Then she spoke.']]);
    // Nor after a word the language writes short before a name ("Prof.", "Capt."), as sentenceEnd.
    expect(texts('The head of the department Capt. Omurbekova Nazira and Prof. Asanov Bolot spoke.', { sentences: en })).toEqual([
      ['', 'The head of the department Capt. Omurbekova Nazira and Prof. Asanov Bolot spoke.'],
    ]);
  });

  it('finds every quoted span, and leaves an unclosed quote alone', () => {
    expect(quotedSpans('«A» and “B” and "C').map((q) => q.inner)).toEqual(['A', 'B']);
  });

  it('a quotation inside another is part of it: the outermost is the span ("the Law “On …”", «Закон «О …»»)', () => {
    const inner = (text: string) => quotedSpans(text).map((q) => q.inner);
    expect(inner('on the topic “Implementation of the Law “On local self-government”” in Osh')).toEqual(['Implementation of the Law “On local self-government”']);
    expect(inner('на тему «Реализация Закона «О местном самоуправлении»»')).toEqual(['Реализация Закона «О местном самоуправлении»']);
    expect(inner('on "Amendments to the Law "On local self-government"", "Village budget" were')).toEqual(['Amendments to the Law "On local self-government"', 'Village budget']);
    expect(inner('x "A "B" C" y')).toEqual(['A "B" C']);
    // A quote that never closes holds nothing: what it would hold is found by itself.
    expect(inner('“never closed “A” and “B”')).toEqual(['A', 'B']);
    // Negative: quotes side by side do not nest, "“A“" as some close them included.
    expect(inner('"A" and "B", “C“ and “D“, “E”, “F”')).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });
  it('a double quote of one kind may close one of another, as edited or translated texts mix them (“A", "B”, «C")', () => {
    expect(quotedSpans('“Water", "Roads” and «Schools" were made').map((q) => q.inner)).toEqual(['Water', 'Roads', 'Schools']);
    // (One inside another still nests: «The Law "On water" and roads».)
    expect(quotedSpans('the presentation «The Law "On water" and roads» was made').map((q) => q.inner)).toEqual(['The Law "On water" and roads']);
    // Negative: a single quote closes no double one, nor a guillemet a curly one.
    expect(quotedSpans('“Water’ and “Roads»').map((q) => q.inner)).toEqual([]);
  });
  it('single curly quotes close at a ’ that ends a word, not at an apostrophe', () => {
    expect(quotedSpans('on ‘The mayor’s office’ and ‘B’.').map((q) => q.inner)).toEqual(['The mayor’s office', 'B']);
    // Negative: an apostrophe alone opens nothing; an unclosed ‘ is left alone.
    expect(quotedSpans('the mayor’s office and ‘C')).toEqual([]);
  });
  it('straight single quotes too: one opens before a letter with none before it, and closes after a character', () => {
    expect(quotedSpans("on 'The mayor's office' and 'B', in the participants' words").map((q) => q.inner)).toEqual(["The mayor's office", 'B']);
    // A space may follow the opening one, as after a curly one: "the project EC ' Open Communities - Open Media'".
    expect(quotedSpans("the project EC ' Open Communities - Open Media'").map((q) => q.inner)).toEqual([' Open Communities - Open Media']);
    // Negative: apostrophes open nothing ("mayor's", "participants' words", "'90s" unclosed).
    expect(quotedSpans("the mayor's office and the participants' questions in the '90s")).toEqual([]);
  });
});

describe('spanAround', () => {
  it('finds the quotation or bracket that holds a span, and none for one outside or across', () => {
    const text = 'A “Youth and jobs” (Aida Bekova, ILO) and “Skills” (Nurlan Asanov)';
    const quotes = quotedSpans(text);
    const brackets = bracketSpans(text);
    const at = (word: string) => [text.indexOf(word), text.indexOf(word) + word.length] as const;
    expect(spanAround(quotes, ...at('Youth and'))).toMatchObject({ inner: 'Youth and jobs' });
    expect(spanAround(quotes, ...at('Skills'))).toMatchObject({ inner: 'Skills' });
    expect(spanAround(brackets, ...at('Nurlan Asanov'))).toEqual({ start: text.indexOf('(Nurlan'), end: text.length });
    // Negatives: outside every span, before the first, and across the end of one.
    expect(spanAround(quotes, ...at('Aida Bekova'))).toBeUndefined();
    expect(spanAround(quotes, 0, 1)).toBeUndefined();
    expect(spanAround(brackets, ...at('ILO) and'))).toBeUndefined();
    expect(spanAround([], 0, 1)).toBeUndefined();
  });
});

describe('spansOverlapping', () => {
  const spans = [
    { start: 0, end: 5 },
    { start: 10, end: 15 },
    { start: 20, end: 25 },
  ];
  it('gives the sorted spans that overlap a range, touching ends excluded', () => {
    expect(spansOverlapping(spans, 4, 21)).toEqual(spans);
    expect(spansOverlapping(spans, 5, 20)).toEqual([{ start: 10, end: 15 }]);
    expect(spansOverlapping(spans, 12, 13)).toEqual([{ start: 10, end: 15 }]);
    // Negatives: a gap between spans, past the last, and no spans at all.
    expect(spansOverlapping(spans, 15, 20)).toEqual([]);
    expect(spansOverlapping(spans, 25, 99)).toEqual([]);
    expect(spansOverlapping([], 0, 9)).toEqual([]);
  });
});

describe('hasValue and leadingBracket (linear helpers for peeling pieces off a long text)', () => {
  it('hasValue agrees with cleanValue(text) !== ""', () => {
    for (const text of ['', '  ', ' , ; : ', '**', '“”', '« »', 'a', ' (x) ', '“Title”', '5', '— ', '*_*', 'ё', '中文']) {
      expect(hasValue(text)).toBe(cleanValue(text) !== '');
    }
  });
  it('leadingBracket is the bracket that opens the text, nested brackets inside it; none if it does not open or close', () => {
    expect(leadingBracket('(farmer (retired)) spoke')).toEqual({ start: 0, end: 18 });
    expect(leadingBracket('farmer (retired)')).toBeUndefined();
    expect(leadingBracket('(never closed')).toBeUndefined();
    expect(leadingBracket('() x')).toEqual({ start: 0, end: 2 });
  });
});

describe('cleanValue: a word hyphenated at a line’s end', () => {
  it('is one word again: "migra-" / "tion", "мигра-" / "ция"; a capital after it keeps the hyphen, "Kyzyl-" / "Kiya"', () => {
    expect(cleanValue('the separate migra-\ntory service')).toBe('the separate migratory service');
    expect(cleanValue('the separate migra- \n  tory service')).toBe('the separate migratory service');
    expect(cleanValue('служба мигра-\nции')).toBe('служба миграции');
    expect(cleanValue('Kyzyl-\nKiya city')).toBe('Kyzyl-Kiya city');
  });
  it('negative: a spaced dash, a number or a dash that opens the next line stays as it was (white space made one space)', () => {
    expect(cleanValue('the head of X -\nIsakova Jyldyz')).toBe('the head of X - Isakova Jyldyz');
    expect(cleanValue('for 2021-\n2030')).toBe('for 2021- 2030');
    expect(cleanValue('representatives of\n- state bodies')).toBe('representatives of - state bodies');
  });
});

describe('names: a name hyphenated at a line’s end', () => {
  it('is one name, its parts read whole ("Samat Nikolae-" / "vich", "Toktobo-" / "lotov")', () => {
    const speaker = (text: string) => parseMinutes(`T\n\n${text}\n`).speakers.map((s) => s.name);
    expect(speaker('The speech was made by the deputy head of the service - Toktobolotov Samat Nikolae-\nvich.')).toEqual([
      { full: 'Toktobolotov Samat Nikolaevich', given: 'Samat', patronymic: 'Nikolaevich', family: 'Toktobolotov' },
    ]);
    expect(speaker('The speech was made by the deputy head of the service - Toktobo-\nlotov Samat Nikolaevich.')).toEqual([
      { full: 'Toktobolotov Samat Nikolaevich', given: 'Samat', patronymic: 'Nikolaevich', family: 'Toktobolotov' },
    ]);
    // Negative: a spaced dash at the line's end is no break in a word: the role after it is the role.
    expect(parseMinutes('T\n\nSpeakers:\n- Toktobolotov Samat Nikolaevich -\nhead of the service\n').speakers.map((s) => [s.name.full, s.roles])).toEqual([['Toktobolotov Samat Nikolaevich', ['head of the service']]]);
  });
});

describe('alternation: a word list as a trie of its words', () => {
  // The flat list alternation wrote before it built a trie: longest first, spaces as runs of white space.
  const flat = (words: readonly string[]) =>
    [...new Set(words)]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ +/g, '\\s+'))
      .join('|');

  it('shares the words phrases open with, and tries the longer ways on first', () => {
    expect(alternation(['the head', 'the head of', 'the chair'])).toBe(String.raw`the\s+(?:chair|head(?:\s+of)?)`);
    expect(alternation(['of', 'on behalf of', 'on'])).toBe(String.raw`of|on(?:\s+behalf\s+of)?`);
    expect(alternation(['Mr.', 'Mr'])).toBe(String.raw`Mr\.|Mr`);
    expect(alternation([])).toBe('(?!)');
  });

  it('stays a flat list where two words at one step differ only in case, or a word holds white space other than spaces', () => {
    expect(alternation(['The', 'the chair'])).toBe(flat(['The', 'the chair']));
    expect(alternation(['osh region', 'Osh region', 'OSH REGION'])).toBe(flat(['osh region', 'Osh region', 'OSH REGION']));
    expect(alternation(['a\tb', 'a c'])).toBe(flat(['a\tb', 'a c']));
    // In a case-insensitive pattern the flat list still takes the longest: "the chair", not "the".
    expect(ignoreCase(`^(?:${alternation(['The', 'the chair'])})`).exec('THE CHAIR said')?.[0]).toBe('THE CHAIR');
  });

  it('matches what the flat list matches, in every lexicon list and in the places patterns put a list', () => {
    const lists: string[][] = [];
    const collect = (value: unknown) => {
      if (Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string')) lists.push(value as string[]);
      else if (value && typeof value === 'object' && !(value instanceof RegExp)) for (const v of Object.values(value)) collect(v);
    };
    for (const lex of LEXICONS) collect(lex);
    expect(lists.length).toBeGreaterThan(100);
    const shapes = [
      (alt: string) => `^(?:(?:${alt})${WORD_END}[\\s,]*)+`,
      (alt: string) => `${WORD_START}(?:${alt})\\s*$`,
      (alt: string) => `(${WORD_START}(?:${alt}))\\s+(\\S+)`,
      (alt: string) => `(?<=(?:${alt}))\\s+x`,
    ];
    let compared = 0;
    for (const words of lists) {
      const texts = words.flatMap((w) => [w, `${w} of the`, w.toUpperCase().replace(/ /g, '  '), `${w}s`, `and ${w}, ${words[0]} x`, `${w.split(' ')[0]} x`, w.replace(/ /g, '\n')]);
      for (const shape of shapes) {
        for (const flags of ['', 'i']) {
          const ours = new RegExp(shape(alternation(words)), flags);
          const theirs = new RegExp(shape(flat(words)), flags);
          for (const text of texts) {
            expect(ours.exec(text)?.slice(), `${ours.source.slice(0, 60)} on ${JSON.stringify(text)}`).toEqual(theirs.exec(text)?.slice());
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(10_000);
  });
});
