/**
 * Bad and unusual input: every encoding, line ending and oddity gives a record
 * or a clear diagnostic, never an exception; and properties that hold for any
 * input (fast-check).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { formatRecord } from '../src/format.js';
import { MinutesRecord, parseMinutes } from '../src/index.js';
import { encodeSingleByte } from '../scripts/encode.js';
import { withoutDoubleSpacing } from '../src/pipeline/double-spacing.js';
import { fixtures } from './helpers.js';

const osh = readFileSync(new URL('../fixtures/minutes/osh.txt', import.meta.url), 'utf8');
const fields = (r: MinutesRecord) => ({ ...r, source: null, diagnostics: r.diagnostics.filter((d) => d.code !== 'encoding-detected') });

describe('encodings', () => {
  it('UTF-8 with and without a BOM give the same record', () => {
    const plain = parseMinutes(Buffer.from(osh));
    const bom = parseMinutes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(osh)]));
    expect(fields(bom)).toEqual(fields(plain));
    expect(bom.source.encoding).toBe('utf-8');
  });

  it.each(['utf-16le', 'utf-16be'])('%s with a BOM is decoded, and says so', (encoding) => {
    const le = Buffer.from(`\uFEFF${osh}`, 'utf16le');
    const bytes = encoding === 'utf-16le' ? le : Buffer.from(le).swap16();
    const r = parseMinutes(bytes);
    expect(fields(r)).toEqual(fields(parseMinutes(osh)));
    expect(r.source.encoding).toBe(encoding);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', code: 'encoding-detected' }));
  });

  it.each(['utf-16le', 'utf-16be'])('%s with no BOM is told by its NUL bytes on one side of the pairs, and says so', (encoding) => {
    const le = Buffer.from(osh, 'utf16le');
    const r = parseMinutes(encoding === 'utf-16le' ? le : Buffer.from(le).swap16());
    expect(fields(r)).toEqual(fields(parseMinutes(osh)));
    expect(r.source.encoding).toBe(encoding);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', code: 'encoding-detected', message: expect.stringContaining('no byte order mark') }));
    // Cyrillic text has NULs only in its spaces, digits and punctuation.
    const ru = 'Модератор: Абдыров Толонбек Шакирович, председатель Координационного совета.\n\nВсего: 40 участников, из них 24 женщины и 16 мужчин.\n';
    const cyrillic = Buffer.from(ru, 'utf16le');
    const read = parseMinutes(encoding === 'utf-16le' ? cyrillic : Buffer.from(cyrillic).swap16());
    expect(read.source.encoding).toBe(encoding);
    expect(read.moderator?.name.full).toBe('Абдыров Толонбек Шакирович');
  });

  it('negative: binary data with NULs on both sides of the pairs is no UTF-16, but not-text', () => {
    const bytes = Buffer.from(Array.from({ length: 512 }, (_, i) => (i % 3 === 0 ? 0 : (i * 37) % 256)));
    const r = parseMinutes(bytes);
    expect(r.source.encoding).not.toMatch(/utf-16/);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'not-text' }));
  });

  it('a word processor\'s document or a PDF is not-text, and the error says what it is and what to save it as', () => {
    const zip = (...names: string[]) => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]), ...names.map((n) => Buffer.from(`${n}\u0000\u0000`)), Buffer.alloc(64)]);
    const cases: [Buffer, string][] = [
      [zip('[Content_Types].xml', 'word/document.xml'), 'a Word document (.docx)'],
      [zip('mimetypeapplication/vnd.oasis.opendocument.text'), 'an OpenDocument text (.odt)'],
      [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), 'a Word 97–2003 document (.doc)'],
      [Buffer.from('%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Length 5 >>\nstream\n', 'latin1'), 'a PDF document'],
      // RTF is text of its own markup: read as minutes, its control words would be the values.
      [Buffer.from('{\\rtf1\\ansi\\deff0 Moderator: Asanov Bolot\\par}'), 'an RTF document'],
    ];
    for (const [bytes, kind] of cases) {
      const r = parseMinutes(bytes);
      expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'not-text', message: expect.stringContaining(`The file is ${kind}`) })]);
      expect(r.diagnostics[0]!.message).toContain('save it as plain text (.txt), markdown or a web page (.htm)');
      expect(r.moderator).toBeNull();
    }
    // Negative: text that only mentions such a file is read.
    const text = parseMinutes(Buffer.from('Open dialogue platform\n\n%PDF- was attached. Moderator: Asanov Bolot, expert.\n'));
    expect(text.diagnostics.map((d) => d.code)).not.toContain('not-text');
  });

  it('detects Cyrillic text in windows-1251 and decodes it, with an info diagnostic', () => {
    const text = 'Модератор: Абдыров Толонбек Шакирович, председатель Координационного совета.\n\nВсего: 40 участников, из них 24 женщины и 16 мужчин.\n';
    const r = parseMinutes(encodeSingleByte(text, 'windows-1251'));
    expect(r.source.encoding).toBe('windows-1251');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'encoding-detected', message: expect.stringContaining('windows-1251') }));
    expect(r.diagnostics.map((d) => d.code)).not.toContain('not-text');
  });

  it('windows-1252 decodes its smart quotes, dashes and euro sign, which Node 20’s decoder gives as control characters', () => {
    // (By hand: the test's own encoder reads the same decoder's table. 0x93 “, 0x94 ”, 0x92 ’, 0x96 –, 0x80 €, 0xe9 é.)
    const cp1252 = new Map([['“', 0x93], ['”', 0x94], ['’', 0x92], ['–', 0x96], ['€', 0x80], ['é', 0xe9]]);
    const text = 'Open dialogue platform on the topic “Women’s rights”\n\nDate and venue: 18 March 2021, Osh city, café “Orto-Asia” – conference hall.\n\nBudget: 500 € per village.\n';
    const bytes = Uint8Array.from([...text].map((c) => cp1252.get(c) ?? c.charCodeAt(0)));
    const r = parseMinutes(bytes);
    expect(r.source.encoding).toBe('windows-1252');
    expect([r.title, r.topic, r.venue?.name]).toEqual(['Open dialogue platform on the topic “Women’s rights”', 'Women’s rights', 'Orto-Asia']);
    expect(fields(r)).toEqual(fields(parseMinutes(text)));
    // Negative: the five bytes the standard leaves undefined stay as they are.
    expect(parseMinutes(Uint8Array.from([0x54, 0x81, 0x0a]), { encoding: 'windows-1252' }).title).toBe('T\u0081');
  });

  it('--encoding forces a decoding', () => {
    const bytes = encodeSingleByte('Moderator: Aibek Tashiev, caf\u00e9 owner', 'windows-1252');
    expect(parseMinutes(bytes, { encoding: 'windows-1252' }).moderator?.roles).toEqual(['café owner']);
  });

  it('undecodable bytes are not-text, placed on their line, and the rest is still read', () => {
    const bytes = Buffer.concat([Buffer.from('Moderator: Aibek Tashiev, expert\nline two '), Buffer.from([0xff]), Buffer.from(' end\n')]);
    const r = parseMinutes(bytes, { encoding: 'utf-8' });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', code: 'not-text', line: 2, column: 10 }));
    expect(r.moderator?.name.full).toBe('Aibek Tashiev');
  });
});

describe('text oddities', () => {
  const base = parseMinutes(osh);
  it.each([
    ['CRLF', osh.replace(/\n/g, '\r\n')],
    ['CR', osh.replace(/\n/g, '\r')],
    // A lone CR before an empty line's LF would make one CRLF, so CR only ends a line before a non-empty one.
    ['mixed line endings', osh.split('\n').map((l, i, all) => l + (i % 3 === 1 ? '\r\n' : i % 3 === 2 && all[i + 1] ? '\r' : '\n')).join('')],
    ['non-breaking spaces', osh.replace(/ /g, (m, i: number) => (i % 7 === 0 ? '\u00a0' : m))],
    ['zero-width characters at line ends', osh.replace(/\n/g, '\u200b\n')],
  ])('%s give the same record', (_, text) => {
    const r = parseMinutes(text);
    expect(fields(r)).toEqual(fields(base));
  });

  it('straight and smart quotes both wrap a topic', () => {
    expect(parseMinutes('Round table in Osh on the topic "Roads"').topic).toBe('Roads');
    expect(parseMinutes('Round table in Osh on the topic «Roads»').topic).toBe('Roads');
    expect(parseMinutes('Round table in Osh on the topic „Roads“').topic).toBe('Roads');
  });

  it('bullets that open a line become markdown list markers, one for one', async () => {
    const { normalize } = await import('../src/pipeline/normalize.js');
    const text = 'Presenters:\n• A, one\n  · B\n– C\nx – y\n–5 degrees\n•no space';
    expect(normalize(text)).toBe('Presenters:\n- A, one\n  - B\n- C\nx – y\n–5 degrees\n•no space');
    expect(normalize(text)).toHaveLength(text.length);
  });

  it('a dash that opens a line inside a wrapped sentence becomes an en dash, not a bullet', async () => {
    const { normalize } = await import('../src/pipeline/normalize.js');
    const wrapped = 'speech was made by the deputy head of the State migration service\n- **Samat Toktobolotov**, representative of the\nOmbudsman in Osh city.';
    expect(normalize(wrapped)).toBe(wrapped.replace('\n- ', '\n– '));
    // After a line that ends a clause, a short line, or where another dash line follows, it is a bullet.
    for (const list of ['Speakers:\n– A\n– B', 'The following recommendations were adopted\n– to repair\n– to build', 'Speakers\n– A']) {
      expect(normalize(list)).toBe(list.replace(/–/g, '-'));
    }
    // In a list, every item is one, after a long item that wraps without a stop too.
    const items = '- a long item that wraps on to the line after it because\n  it is long and has no stop\n- the last item';
    expect(normalize(items)).toBe(items);
  });

  it('tabs between label and value', () => {
    expect(parseMinutes('Moderator:\tAibek Tashiev,\texpert').moderator?.roles).toEqual(['expert']);
  });
});

describe('double-spaced text (a blank line after every line, src/pipeline/double-spacing.ts)', () => {
  // The report as a PDF copy gives it: wrapped at 64 columns, and a blank line after every line.
  const wrapped = osh
    .split('\n')
    .flatMap((line) => {
      const out: string[] = [];
      let current = '';
      for (const word of line.split(' ')) {
        if (current && current.length + 1 + word.length > 64) {
          out.push(current);
          current = word;
        } else current = current ? `${current} ${word}` : word;
      }
      return [...out, current];
    })
    .join('\n');
  const spaced = wrapped.replace(/\n/g, '\n\n');
  const without = (r: MinutesRecord) => ({ ...fields(r), diagnostics: r.diagnostics.map((d) => d.code) });
  it('gives the record of the text wrapped alone: its lines are no paragraphs (the moderator\'s roles, the speakers had been cut)', () => {
    expect(without(parseMinutes(spaced))).toEqual(without(parseMinutes(wrapped)));
    expect(parseMinutes(spaced).moderator?.roles).toEqual(['chairperson of Coordinating Council of Public Councils of State bodies', 'doctor of economic sciences', 'professor']);
    expect(parseMinutes(spaced).speakers.map((s) => s.name.full)).toEqual(['Toktobolotov Samat Nikolaevich', 'Kasymov Shambetali Kazybekovich', 'Ajybaev Alisher Batyrovich', 'Isakova Jyldyz']);
  });
  it('places diagnostics on the lines of the file as given', () => {
    const warning = parseMinutes(spaced).diagnostics.find((d) => d.code === 'date-without-year')!;
    const lines = spaced.split('\n');
    const line = lines.findIndex((text) => text.includes('18 of March')) + 1;
    expect(warning).toMatchObject({ line, column: lines[line - 1]!.indexOf('18 of March') + 1 });
    // (And the positions of values, with --positions.)
    const at = parseMinutes(spaced, { positions: true }).positions!['/date']!;
    expect(at.start).toEqual({ line, column: lines[line - 1]!.indexOf('18 of March') + 1 });
  });
  it('negatives: a report typed a paragraph a line, with periods or without, or its list items a blank line apart, keeps its paragraphs', () => {
    // (Blank lines taken out of these would run their sentences together: "… in the region The farmer Name asked …".)
    const noPeriods = [
      'Open dialogue platform',
      'in Osh region on the topic "Roads"',
      'Moderator: Asanov Bolot, head of the Public Council of the Ministry of Transport',
      'Date and venue: 18 March 2021, Osh city, the "Orto-Asia" hotel',
      'Totally: 40 participants, 24 women and 16 men',
      'The head of the road department Kim Elena told about the repair of roads in the region',
      'The farmer Sadykov Nurlan asked about the road to his village of Kara-Suu',
      'The deputy of the city council Toktorova Aida spoke about the budget for the roads',
      'Suggestions made: to repair the road to Kara-Suu before the winter comes',
    ].join('\n\n');
    expect(parseMinutes(noPeriods).speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Kim Elena', ['head of the road department']],
      ['Sadykov Nurlan', ['farmer']],
      ['Toktorova Aida', ['deputy of the city council']],
    ]);
    const itemsApart = osh.replace(/^(\d+\. .*)$/gm, '$1\n');
    expect(fields(parseMinutes(itemsApart))).toEqual(fields(parseMinutes(osh)));
    // (Nor is a text of short labelled lines, none of them broken off mid-sentence.)
    const labels = 'Minutes\n\nDate: 12 May 2021\n\nVenue: Osh\n\nModerator: Asanov Bolot\n\nSpeaker: Kim Elena\n\nSpeaker: Toktorova Aida\n\nWomen: 20\n\nMen: 18\n\nTotal: 38\n';
    for (const text of [noPeriods, itemsApart, labels]) expect(withoutDoubleSpacing(text)).toBeUndefined();
    expect(withoutDoubleSpacing(spaced)).toBeDefined();
  });
});

describe('output safety', () => {
  it('YAML has no anchors, aliases or tags, and reads back to the same record', () => {
    const r = parseMinutes('Moderator: Aibek Tashiev, &anchor *alias !tag expert\n\nSuggestions:\n1. &a\n2. *a\n');
    const yaml = formatRecord(r, 'yaml');
    expect(parseYaml(yaml)).toEqual(JSON.parse(JSON.stringify(r)));
    expect(yaml).not.toMatch(/^[^#'"\n]*: [&*!]/m);
  });

  it('YAML quotes strings a YAML 1.1 reader would take for dates, booleans or numbers', () => {
    const r = parseMinutes('Date: 2021-11-02\n\nSuggestions:\n1. yes\n2. 0755\n3. on');
    const yaml = formatRecord(r, 'yaml');
    expect(yaml).toContain('iso: "2021-11-02"');
    expect(parseYaml(yaml, { version: '1.1' })).toEqual(JSON.parse(JSON.stringify(r)));
  });

  it('JSON escapes control characters', () => {
    const r = parseMinutes('Moderator: Aibek Tashiev, ex\u0001pert\u001b[31m');
    const json = formatRecord(r, 'json');
    expect(json).toContain('ex\\u0001pert\\u001b[31m');
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });
});

describe('long texts are parsed in segments', () => {
  it('gives the same blocks and bold spans as one parse of the whole text', async () => {
    const { readdirSync } = await import('node:fs');
    const { createDoc } = await import('../src/document.js');
    const { en } = await import('../src/lexicon/en.js');
    const { toTree, shallow, SEGMENTED } = await import('../src/pipeline/tree.js');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    const dir = new URL('../fixtures/minutes/', import.meta.url).pathname;
    const all = readdirSync(dir).filter((f) => !f.includes('cp1251')).map((f) => readFileSync(dir + f, 'utf8')).join('\n\n');
    // Fenced code with blank lines and margin text inside: no segment may start in it.
    const fence = '```\nPurpose: inside a fence\n\nStill inside\n```\n\n';
    let text = '';
    // (Three times the size where segments begin, and 192 KB at least: many segments, many blocks.)
    while (text.length < Math.max(3 * SEGMENTED, 192 * 1024)) text += `${all}\n\n${fence}`;
    const segmented = createDoc(text, toTree(text), en);
    const whole = createDoc(text, unified().use(remarkParse).parse(shallow(text)), en);
    expect(segmented.blocks.length).toBeGreaterThan(1000);
    expect(segmented.blocks).toEqual(whole.blocks);
    expect(segmented.strong).toEqual(whole.strong);
  });

  const parts = async () => {
    const { toTree, shallow, segments, SEGMENT, SEGMENTED } = await import('../src/pipeline/tree.js');
    const { unified } = await import('unified');
    const remarkParse = (await import('remark-parse')).default;
    // The same parser as toTree's, indentation being text (no indented code).
    const processor = unified()
      .use(remarkParse)
      .use(function (this: ReturnType<typeof unified>) {
        (this.data().micromarkExtensions ??= []).push({ disable: { null: ['codeIndented'] } });
      });
    const whole = (text: string) => processor.parse(shallow(text)).children;
    return { toTree, segments, whole, SEGMENT, SEGMENTED };
  };

  it('cuts a text whose every line is indented (a word processor’s export), where no list item is open', async () => {
    const { toTree, segments, whole, SEGMENTED } = await parts();
    const { readdirSync } = await import('node:fs');
    const dir = new URL('../fixtures/minutes/', import.meta.url).pathname;
    const all = readdirSync(dir)
      .filter((f) => !f.includes('cp1251'))
      .map((f) => readFileSync(dir + f, 'utf8').replace(/\r\n?/g, '\n'))
      .join('\n\n');
    for (const indent of [' ', '  ', '\t']) {
      let text = '';
      while (text.length < Math.max(3 * SEGMENTED, 192 * 1024)) text += `${all}\n\n`.replace(/^/gm, indent);
      expect(segments(text).length).toBeGreaterThan(10);
      expect(toTree(text).children).toEqual(whole(text));
    }
  });

  it('never cuts inside a list item that an indented paragraph continues, after one blank line or more', async () => {
    const { toTree, segments, whole, SEGMENT, SEGMENTED } = await parts();
    // One paragraph as long as a segment: the first line where a segment may start after it is in the item.
    const filler = `${'A line of the report, long enough to fill a segment.\n'.repeat(Math.ceil(SEGMENT / 50))}\n`;
    const item = (marker: string, indent: string, blanks: string) => `${marker} item\n${blanks}${indent}continued in the item\n\n`;
    const cases = [
      item('-', '  ', '\n'),
      item('-', '  ', '\n\n\n'),
      item('1.', '   ', '\n\n'),
      item('  -', '    ', '\n'), // an item indented by two: its content starts at column 4
      item(' 10)', '     ', '\n'),
      item('-', '\t', '\n'),
    ];
    for (const c of cases) {
      let text = '';
      while (text.length < 2 * SEGMENTED) text += filler + c;
      const cuts = segments(text).map((s) => s.start);
      expect(cuts.length).toBeGreaterThan(1);
      for (const at of cuts) expect(text.slice(at, at + 30)).not.toMatch(/^\s*continued/);
      const tree = toTree(text);
      expect(tree.children).toEqual(whole(text));
      // Each continuation is a paragraph inside its item, not one of its own after the list.
      const loose = tree.children.filter((n) => n.type === 'paragraph' && text.slice(n.position!.start.offset, n.position!.end.offset).includes('continued'));
      expect(loose).toEqual([]);
    }
  });

  it('a line set back from an item’s content, after a blank line, closes the item: a segment may start there', async () => {
    const { segments, SEGMENT, SEGMENTED } = await parts();
    // " x" (one space) cannot continue "- item", whose content starts at column 2.
    const unit = `${'Filler text.\n\n'.repeat(Math.ceil(SEGMENT / 14))}- item\n\n Set back by one space.\n\n`;
    const text = unit.repeat(Math.ceil((2 * SEGMENTED) / unit.length));
    const starts = segments(text).slice(1).map((s) => text.slice(s.start, s.start + 12));
    expect(starts.length).toBeGreaterThan(1);
    expect(starts.every((s) => s === ' Set back by' || s === 'Filler text.')).toBe(true);
    expect(starts).toContain(' Set back by');
  });
});

describe('large and adversarial input completes (speed is measured by npm run bench)', () => {
  const line = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));
  it.each([
    ['spaces then x', `${' '.repeat(1_000_000)}x`],
    ['dashes', line('- ')],
    ['quotes', line('“ « " „ ')],
    ['nested and unclosed quotations', `Topic: ${line('«a «b» ')}`],
    ['straight quotes inside straight quotes', `Presentations on ${line('"a "b"", ')}`],
    ['bold markers', line('**')],
    ['list markers', line('1. ')],
    ['commas', line(', ')],
    ['dots and commas', `Purpose: a${line('., ')}b`],
    ['names', `Speakers: ${line('Aibek Tashiev, ')}`],
    ['quoted colons before a name', `Speakers: ${line('“:” ')}Aibek Tashiev, expert.`],
    ['moderator titles with no name', line('moderator ')],
    ['speech cues with no name ("Speakers:\\n- ")', line('Speakers:\\n- ')],
    ['bracketed quotations after a speaker', `Speakers:\n- Aida Bekova ${line('(“a”) ')}\n- Erlan Asanov, expert`],
    ['presenters in brackets after titles', `Presentations: ${line('“a” (Aida Bekova, ILO); ')}`],
    ['table rows', `| Date | Venue |\n| --- | --- |\n${line('| 1 | 2 |\n')}`],
    ['labels each with a one-item list', line('Participants:\n- x\n\n')],
    ['labels each with a one-item list, every line indented by a space', line(' Participants:\n - x\n\n')],
    ['spaces, then two tabs', `${' '.repeat(1_000_000)}\tx\ty`],
    // (pandoc's tables: a run of hyphens had been read to its end again from each of its hyphens.)
    ['hyphens, then a space and a word', `${'-'.repeat(1_000_000)} x`],
    ['dash groups "--- "', line('--- ')],
    ['grid borders "+-"', `${line('+-')}+`],
    // (Each separator after a count had looked back over the line for its last number, and on for counted groups.)
    ['head counts "Participants: 40 (women: 26, men: 18): "', line('Participants: 40 (women: 26, men: 18): ')],
    ['counted groups "Participants: 25 people: 12 teachers, 8 parents; "', line('Participants: 25 people: 12 teachers, 8 parents; ')],
    // (Each venue cue had looked for its sentence's start from the paragraph's, and for an "in" on to its end.)
    ['venue cues with no place "Chaired by Mr. Asanov, the council met. "', line('Chaired by Mr. Asanov, the council met. ')],
    // (A speaker's piece was read again after each stray bracket, its cue looking for a title on to the piece's end.)
    ['cues and stray brackets "presented a) "b" "', line('presented a) "b" ')],
    ['venue cues in one long sentence "held Mr. Kim "', line('held Mr. Kim ')],
    // (Each announcement of suggestions had read its paragraph to its end, and found every table of the document again.)
    ['announcements in one paragraph "women Suggestions made: / ** Date: - "', line('women Suggestions made:\n ** Date: -  ')],
    ['announcements over table rows "| - Suggestions made: / | a | and "', line('| - Suggestions made:\n | a | and ')],
    ['participants labels inside a line "in Osh city : "b" Participants: Venue: "', line('in Osh city : "b" Participants: Venue: ')],
    // (Each quotation after a topic cue in a list item had looked for a person in all the item before it.)
    ['topic cues in a list item after a name "- Asanov Bolot, topic: "a" "', `- ${line('Asanov Bolot, topic: "a" ')}`],
    // (Each talk on a line of its own in a speaker's role cut the role and read its text again: 125 KB took 244 s when first written.)
    ['talks on lines of their own after a speaker "Speakers: Aibek Tashiev / “Roads” / …"', `Speakers: Aibek Tashiev\n${line('“Roads”\n')}`],
    ['speaker entries of lines "Aibek Tashiev / expert / “Roads”" in one paragraph', `Speakers:\n${line('Aibek Tashiev\nexpert\n“Roads”\n')}`],
    ['speaker entries of lines, each a paragraph', `Speakers:\n\n${line('Aibek Tashiev\nexpert\n“Roads”\n\n')}`],
    // (Each paragraph that introduces those after it looked for its place from the document's first block, and walked on
    // to its end: 100 KB took 12 s when first written.)
    ['paragraphs introducing the discussion "During the discussion: / The roads are bad."', line('During the discussion:\n\nThe roads are bad.\n\n')],
    ['discussion labels alone over a paragraph "Discussion: / The roads are bad."', line('Discussion:\n\nThe roads are bad.\n\n')],
    // (A role is cut at each line that opens with a position: only the words beside each break are read.)
    ['roles on lines of their own after a moderator "Moderator: Asanov Bolot, head of X / Director of Y / …"', `Moderator: Asanov Bolot, head of X\n${line('Director of Y\n')}`],
    ['a role wrapped over many lines "Moderator: Asanov Bolot, head of X / of the Y / …"', `Moderator: Asanov Bolot, head of X\n${line('of the Y\n')}`],
    // (Each label alone reads the one-sentence paragraphs after it, sixty at most.)
    ['labels alone over one-sentence paragraphs "Recommendations / To a. / To b."', line('Recommendations\n\nTo a.\n\nTo b.\n\n')],
    // (Each "on the topic of" reads its sentence once, to its end: a sentence of many is read from its first only.)
    ['talk topics with no colon "Asanov Bolot made a presentation on the topic of a. "', line('Asanov Bolot made a presentation on the topic of a. ')],
    ['talk topics with no colon in one sentence "Asanov Bolot made a presentation on the topic of on the topic of "', line('Asanov Bolot made a presentation on the topic of on the topic of ')],
    // (Running heads are counted in one pass over the lines; footnote marks are looked for only where a superscript stands.)
    ['running heads in columns "Report      UNDP"', line('Report      UNDP\n')],
    ['page labels "Page 1 of 2"', line('Page 1 of 2\n')],
    ['footnote marks "Council¹ "', line('Council¹ ')],
    // (Each line under a labelled line, or a list item, is looked at once: where some blank lines were left out.)
    ['labelled lines over long paragraphs "Totally: 40 people. / With an introduction speech …"', `Title\n\n${line(`Totally: 40 people.\n${'With an introduction speech performed the deputy of chairman of the State service. '.repeat(2)}\n`)}`],
    ['a place over lines of counts "Venue: Osh, hall / Всего 30 участников"', `Title\n\n${line('Venue: Osh, hall\nВсего 30 участников\n')}`],
    ['talks after a talk\'s word "Kim Oleg made a presentation on x. "', line('Kim Oleg made a presentation on x. ')],
    // (An article before a cue is read past a few times at most, each look reaching a few words on.)
    ['articles before cues in one sentence "The meeting was opened with a speech a speech "', `The meeting was opened with ${line('a speech ')}`],
    ['bare names with the body they come from before a cue "Sarah Miller from UNDP and "', `${line('Sarah Miller from UNDP and ')}spoke.`],
    ['agenda labels alone over their lines "AGENDA: / «a»."', line('AGENDA:\n«a».\n')],
    // (Bullets under a numbered suggestion look past their run for the next number once per run.)
    ['bullets under a numbered suggestion "Suggestions: / 1. a / - b;"', `Suggestions made:\n1. To create\n${line('- for the region;\n')}`],
    ['dashes inside brackets left open "Total: 35 (women / – 8 (a"', line('Total: 35 (women\n– 8, men – 27 (a\n')],
    ['lower-case labels under lines that run on "22 participants / attended: 8"', line('the meeting of 22 participants\nattended: 8 women\n')],
    // (Entries wrapped on to lines in lower case: each entry's text is sliced once.)
    ['wrapped entries under a speakers line "Speakers: / Asanov Bolot - head / asanov bolot of the ministry"', `Speakers:\nAsanov Bolot - head\n${line('asanov bolot of the ministry\n')}`],
  ])('a 1 MB line of %s', (_, text) => {
    const r = parseMinutes(text);
    expect(MinutesRecord.safeParse(r).success).toBe(true);
  });

  it('3,000 talk entries, each a paragraph with a title of its own, are all read', () => {
    const r = parseMinutes(`Presentations:\n\n${Array.from({ length: 3_000 }, (_, i) => `“Title ${i}” – Aida Bekova, ILO\n\n`).join('')}`);
    expect(r.presentations).toHaveLength(3_000);
    expect(r.presentations.at(-1)).toBe('Title 2999');
    expect(r.speakers.map((p) => [p.name.full, p.roles])).toEqual([['Aida Bekova', ['ILO']]]);
  });

  it('speakers named by family name alone are looked up in a paragraph of 2,000 invitees, each read once', () => {
    // Distinct made-up names: "Kanobi Tuovlo", "Nobitu Uovlo…" (family names ending in -ov).
    const syllables = ['ka', 'no', 'bi', 'tu', 'ra', 'me', 'si', 'lo', 'da', 'gu'];
    const word = (i: number) => [0, 1, 2].map((k) => syllables[Math.floor(i / 10 ** k) % 10]).join('');
    const family = (i: number) => `${word(i + 7)[0]!.toUpperCase()}${word(i + 7).slice(1)}ov`;
    const invitees = Array.from({ length: 2_000 }, (_, i) => `${family(i)} ${word(i)[0]!.toUpperCase()}., head of ${word(i)}`).join('; ');
    const floor = Array.from({ length: 500 }, (_, i) => `Mr. ${family(i)}`).join(', ');
    const r = parseMinutes(`Invited: ${invitees}.\n\nThe floor was given to ${floor}.`);
    expect(r.speakers).toHaveLength(500);
    expect(r.speakers[0]).toEqual({ name: { full: `${family(0)} K.`, given: null, patronymic: null, family: family(0) }, roles: ['head of kakaka'] });
  });

  it('2,000 speakers named without roles take theirs from a list of 2,000 participants, each looked up among the items that hold the name', () => {
    const syllables = ['ka', 'no', 'bi', 'tu', 'ra', 'me', 'si', 'lo', 'da', 'gu'];
    const word = (i: number) => [0, 1, 2].map((k) => syllables[Math.floor(i / 10 ** k) % 10]).join('');
    const name = (i: number) => `${word(i)[0]!.toUpperCase()}${word(i).slice(1)} ${word(i + 7)[0]!.toUpperCase()}${word(i + 7).slice(1)}ov`;
    const floor = Array.from({ length: 2_000 }, (_, i) => `The floor was given to ${name(i)}.`).join('\n\n');
    const list = Array.from({ length: 2_000 }, (_, i) => `- ${name(i)}, head of ${word(i)}`).join('\n');
    const r = parseMinutes(`Minutes\n\n${floor}\n\nParticipants:\n${list}`);
    expect(r.speakers.slice(0, 2).map((p) => [p.name.full, p.roles])).toEqual([
      [name(0), ['head of kakaka']],
      [name(1), ['head of nokaka']],
    ]);
  });

  // remark reads a long run of short items as slowly as its slowest input (see npm run bench): 0.1 MB is enough here.
  it('0.1 MB of items numbered "1 -", "2 -", read as lists', () => {
    const r = parseMinutes(`Suggestions:\n${'1 - x\n2 - y\n'.repeat(10_000)}`);
    expect(MinutesRecord.safeParse(r).success).toBe(true);
    expect(r.suggestions.slice(0, 2)).toEqual([{ number: 1, text: 'x' }, { number: 2, text: 'y' }]);
  });

  it('0.1 MB of rows copied with tabs between cells, read as one table', () => {
    const r = parseMinutes(`Speakers:\n№\tName\tPosition\n${'1\tAida Bekova\tlawyer\n'.repeat(4_000)}`);
    expect(r.speakers.length).toBeGreaterThan(0);
    expect(MinutesRecord.safeParse(r).success).toBe(true);
  });
  it('a 5 MB report', () => {
    const text = `${osh}\n\n${'The discussion continued with many issues raised by the participants. '.repeat(75_000)}`;
    expect(text.length).toBeGreaterThan(5_000_000);
    expect(parseMinutes(text).moderator?.name.full).toBe('Abdyrov Tolonbek Shakirovich');
  });
});

describe('properties (fast-check)', () => {
  const check = (text: string) => {
    const r = parseMinutes(text);
    expect(MinutesRecord.safeParse(r).success).toBe(true);
    const lines = text.split(/\r\n|\r|\n/);
    for (const d of r.diagnostics) {
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.line).toBeLessThanOrEqual(lines.length);
      expect(d.column).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeLessThanOrEqual(lines[d.line - 1]!.length + 1);
    }
    expect(parseMinutes(text)).toEqual(r);
  };

  it('any string: no throw, a valid record, diagnostics inside the input, same input same output', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 300 });
  });

  it('strings of report-like pieces', () => {
    const piece = fc.constantFrom('Moderator:', 'Date and venue:', 'Totally:', 'Suggestions made:', '1.', '2)', 'a)', '**', '“', '”', '"', '«', ' - ', ', ', '\n', '\r\n', '\n\n', '# ', 'Aibek Tashiev', 'Isakova Jyldyz', '18 of March', '40 participants', '24 women', 'men', 'city Osh', 'hotel');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((a) => a.join('')), check), { numRuns: 300 });
  });

  it('web pages of report-like pieces and markup, closed or not: diagnostics inside the file too', () => {
    const piece = fc.constantFrom('<p>', '</p>', '<b>', '</b>', '<br>', '<ol>', '<li>', '</li>', '</ol>', '<table><tr><td>', '</td><td>', '</tr>', '<h1>', '</h1>', '<!--', '-->', '<script>', '<a href="x', '"', '>', '<', '&nbsp;', '&#8220;', '&amp', '\n', 'Moderator:', 'Totally:', '40 participants, 24 women and 17 men', '18 of March', 'Suggestions made:', 'Aibek Tashiev');
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }).map((a) => `<html><body>${a.join('')}`), check), { numRuns: 300 });
  });

  it('random edits of the fixtures', () => {
    const texts = fixtures().map(([, path]) => readFileSync(path, 'utf8'));
    const edit = fc.record({
      doc: fc.integer({ min: 0, max: texts.length - 1 }),
      at: fc.nat(),
      cut: fc.nat({ max: 200 }),
      insert: fc.string({ maxLength: 40 }),
    });
    fc.assert(
      fc.property(edit, ({ doc, at, cut, insert }) => {
        const text = texts[doc]!;
        const i = at % (text.length + 1);
        check(text.slice(0, i) + insert + text.slice(i + cut));
      }),
      { numRuns: 200 },
    );
  });
});
