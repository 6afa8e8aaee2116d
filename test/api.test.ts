/** The library API: parseMinutes never throws and always returns a valid record. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MinutesRecord, parseMinutes, recordJsonSchema } from '../src/index.js';

const osh = readFileSync(new URL('../fixtures/minutes/osh.txt', import.meta.url));

describe('parseMinutes', () => {
  it('accepts bytes or a string with the same result', () => {
    const fromBytes = parseMinutes(osh);
    const fromString = parseMinutes(osh.toString('utf8'));
    expect(fromString).toEqual(fromBytes);
    expect(fromBytes.source).toEqual({
      path: null,
      sha256: 'fa9202cb713a0e68d94a4025e73b1c47647dd24957ce2b3103a9012c112e7a02',
      bytes: 2797,
      language: 'en',
      encoding: 'utf-8',
    });
  });

  it('emits keys in the fixed order of the schema', () => {
    expect(Object.keys(parseMinutes(osh))).toEqual(Object.keys(MinutesRecord.shape).filter((k) => k !== 'positions'));
  });

  it('gives the same record for CRLF, CR and LF line endings and a BOM', () => {
    const text = osh.toString('utf8');
    const lf = parseMinutes(text);
    const strip = (r: MinutesRecord) => ({ ...r, source: null });
    expect(strip(parseMinutes(`\uFEFF${text.replace(/\n/g, '\r\n')}`))).toEqual(strip(lf));
    expect(strip(parseMinutes(text.replace(/\n/g, '\r')))).toEqual(strip(lf));
  });

  it('reports empty input as an error, with every field absent', () => {
    const r = parseMinutes('  \n\t\n');
    expect(r.diagnostics).toEqual([expect.objectContaining({ severity: 'error', code: 'empty-input', line: 1, column: 1 })]);
    expect(r.title).toBeNull();
    expect(r.suggestions).toEqual([]);
  });

  it('readDocument, the steps before extraction, gives the document, or none and the diagnostic that says why', async () => {
    const { readDocument } = await import('../src/parse-minutes.js');
    const read = readDocument('Title\n\nModerator: Aida Bekova', { path: 'a.txt' });
    expect(read.source).toMatchObject({ path: 'a.txt', bytes: 29, language: 'en', encoding: 'utf-8' });
    expect(read.doc?.blocks.map((b) => b.text)).toEqual(['Title', 'Moderator: Aida Bekova']);
    expect(read.diagnostics).toEqual([]);
    const empty = readDocument(' \n');
    expect(empty.doc).toBeUndefined();
    expect(empty.diagnostics.map((d) => d.code)).toEqual(['empty-input']);
  });

  it('reports binary input as not-text', () => {
    const r = parseMinutes(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1, 2, 3]));
    expect(r.diagnostics.map((d) => d.code)).toContain('not-text');
  });

  it('warns missing-* for each core field not found', () => {
    const codes = parseMinutes('Just a line of text.').diagnostics.map((d) => d.code).sort();
    expect(codes).toEqual(['missing-date', 'missing-moderator', 'missing-participants', 'missing-suggestions', 'missing-venue']);
  });

  it('adds positions by JSON Pointer only when asked', () => {
    expect(parseMinutes(osh).positions).toBeUndefined();
    const positions = parseMinutes(osh, { positions: true }).positions!;
    expect(positions['/date']).toEqual({ start: { line: 13, column: 17 }, end: { line: 13, column: 28 } });
    expect(positions['/suggestions/1']).toEqual({ start: { line: 38, column: 4 }, end: { line: 38, column: 51 } });
    expect(positions['/moderator/name']).toEqual({ start: { line: 11, column: 12 }, end: { line: 11, column: 40 } });
  });

  it('never throws on odd input', () => {
    for (const input of ['', '\u0000', '**', '1.', '"'.repeat(1000), '- - -', '# \n#', 'Moderator:', 'Date and venue:', '((((((', '«'.repeat(500)]) {
      expect(() => MinutesRecord.parse(parseMinutes(input))).not.toThrow();
    }
  });
});

describe('recordJsonSchema', () => {
  it('is draft 2020-12 and names every field', () => {
    const schema = recordJsonSchema() as { $schema: string; properties: Record<string, unknown>; required: string[] };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(Object.keys(schema.properties)).toContain('suggestions');
    expect(schema.required).toContain('moderator');
    expect(schema.required).not.toContain('positions');
  });
});

describe('labels in markdown tables', () => {
  it('reads labels across the top of a table, with the first row as values', () => {
    const r = parseMinutes('# Open dialogue platform, Batken region\n\n| Date | Venue |\n| --- | --- |\n| 22.10.2021 | Batken city, "Batken" hotel, conference hall |\n\nText.');
    expect(r.date?.iso).toBe('2021-10-22');
    expect(r.venue).toMatchObject({ city: 'Batken', name: 'Batken', room: 'conference hall' });
  });
  it('reads labels down the first column', () => {
    const r = parseMinutes('# Open dialogue platform\n\n| Field | Value |\n| --- | --- |\n| **Date** | 22.10.2021 |\n| Moderator: | Aida Bekova, expert |\n\nText.');
    expect(r.date?.iso).toBe('2021-10-22');
    expect(r.moderator).toMatchObject({ name: { full: 'Aida Bekova' }, roles: ['expert'] });
  });
  it('reads the body rows of a table as the items of a list: speakers and talks', () => {
    const r = parseMinutes('# Round table\n\nSpeakers:\n| No. | Name | Position |\n| --- | --- | --- |\n| 1 | Aida Bekova | lawyer of the NGO “Adilet” |\n| 2 | Nurlan Osmonov | farmer |\n');
    expect(r.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Aida Bekova', ['lawyer of the NGO “Adilet”']],
      ['Nurlan Osmonov', ['farmer']],
    ]);
    const talks = parseMinutes('# Round table\n\nPresentations:\n| Title | Presenter |\n|---|---|\n| “Water tariffs” | Aida Bekova, lawyer |\n');
    expect(talks.presentations).toEqual(['Water tariffs']);
    // Negative: the header row names no one ("Name", "Position" are no speakers).
    expect(r.speakers.map((s) => s.name.full)).not.toContain('Name');
  });
  it('a header row of column names is no label row, nor a one-row table that heads a column of speakers', () => {
    const table = (head: string, rows: string[]) => parseMinutes(`# Round table\n\nPresentations:\n\n| ${head} |\n|---|---|\n${rows.map((r) => `| ${r} |`).join('\n')}\n`);
    const two = ['Water tariffs | Aida Bekova, lawyer', 'Roads | Kim Sergei, expert'];
    for (const head of ['Title | Presenter', 'Title | Speaker', 'Topic | Speaker']) {
      const r = table(head, two);
      expect(r.title, head).toBe('Round table');
      expect(r.topic, head).toBeNull();
      expect(r.presentations, head).toEqual(['Water tariffs', 'Roads']);
      expect(r.speakers.map((s) => [s.name.full, s.roles]), head).toEqual([
        ['Aida Bekova', ['lawyer']],
        ['Kim Sergei', ['expert']],
      ]);
    }
    // One row under "| Topic | Speaker |" is a list of one talk, not the meeting's topic; in Russian too.
    const one = table('Topic | Speaker', ['Water tariffs | Aida Bekova, lawyer']);
    expect([one.topic, one.presentations, one.speakers.map((s) => s.name.full)]).toEqual([null, ['Water tariffs'], ['Aida Bekova']]);
    const ru = parseMinutes('# Круглый стол\n\nДоклады:\n\n| Тема | Докладчик |\n|---|---|\n| Тарифы на воду | Бекова Аида, юрист |\n');
    expect([ru.topic, ru.presentations, ru.speakers.map((s) => s.name.full)]).toEqual([null, ['Тарифы на воду'], ['Бекова Аида']]);
    // Negatives: labels down the first column keep their header row, and so does one over a row that opens with
    // no label when its second cell is a value; labels across the top of one row hold its values.
    const down = parseMinutes('# Round table\n\n| Moderator | Aida Bekova, lawyer |\n|---|---|\n| Organiser | UNDP |\n');
    expect(down.moderator).toMatchObject({ name: { full: 'Aida Bekova' }, roles: ['lawyer'] });
    const across = parseMinutes('# Round table\n\n| Date | Venue |\n|---|---|\n| 18.03.2021 | Osh city |\n');
    expect([across.date?.iso, across.venue?.city]).toEqual(['2021-03-18', 'Osh']);
  });
  it('takes nothing from a table whose headings are no labels', () => {
    const r = parseMinutes('# Open dialogue platform\n\n| Name | Organisation |\n| --- | --- |\n| Aida Bekova | NGO |\n\nText.');
    expect(r.moderator).toBeNull();
    expect(r.venue).toBeNull();
  });
});

describe('languages', () => {
  it('detects the language of every fixture by script and labels', async () => {
    const { fixtures } = await import('./helpers.js');
    for (const [name, path] of fixtures()) {
      expect(parseMinutes(readFileSync(path)).source.language, name).toBe(name.startsWith('ru-') ? 'ru' : 'en');
    }
  });

  it('takes the script with most letters, and labels only to break a tie', () => {
    // Mostly Latin letters, but the labels are Russian: the Latin count wins by far.
    expect(parseMinutes(`Модератор: X\n\n${'Open dialogue platform. '.repeat(20)}`).source.language).toBe('en');
    // As many Cyrillic letters as Latin (21 each): the Russian labels decide.
    expect(parseMinutes('Модератор: Иван\nДата: 8 июля\nPlatform reports hereby').source.language).toBe('ru');
    // No letters of any known script: the default lexicon.
    expect(parseMinutes('12345 — 678').source.language).toBe('en');
  });

  it('--lang forces a lexicon; an unknown one is an error diagnostic', () => {
    const text = 'Модератор: Абдыров Толонбек Шакирович, профессор';
    expect(parseMinutes(text).moderator?.roles).toEqual(['профессор']);
    expect(parseMinutes(text, { lang: 'en' }).source.language).toBe('en');
    expect(parseMinutes(text, { lang: 'xx' }).diagnostics.map((d) => d.code)).toContain('unknown-language');
  });

  it('reads Russian counts in any grammatical number', () => {
    for (const [text, want] of [
      ['Всего: 38 участников, из них 21 женщина и 17 мужчин.', [38, 21, 17]],
      ['Количество участников: 40 человек, в том числе 22 женщины и 18 мужчин.', [40, 22, 18]],
      ['Всего 31 участник: 1 мужчина, 30 женщин.', [31, 30, 1]],
      ['Количество участников – 30 чел. (18 жен., 12 муж.)', [30, 18, 12]],
    ] as const) {
      const p = parseMinutes(text).participants!;
      expect([p.total, p.women, p.men], text).toEqual(want);
    }
  });

  it('reads a Russian purpose sentence and a topic after "по вопросу"', () => {
    const r = parseMinutes('Протокол\n\nЦелью встречи было обсуждение проблем трудовых мигрантов. Далее выступили эксперты.\n\nСостоялась встреча по вопросу «Доступ к услугам».');
    expect(r.purpose).toBe('обсуждение проблем трудовых мигрантов');
    expect(r.topic).toBe('Доступ к услугам');
  });

  it('a Russian clause saying what the speaker did is no role', () => {
    const r = parseMinutes('Протокол\n\nС приветственным словом выступил Мамбетов Эркин Кубанычбекович, заместитель акима, поблагодарил участников.');
    expect(r.speakers.map((p) => [p.name.full, p.roles])).toEqual([['Мамбетов Эркин Кубанычбекович', ['заместитель акима']]]);
  });

  it('splits «конференц-зал гостиницы «Манас»» into room and place', () => {
    expect(parseMinutes('Место проведения: г. Талас, конференц-зал гостиницы «Манас»').venue).toMatchObject({ city: 'Талас', name: 'Манас', room: 'конференц-зал' });
  });

  it('reads the Russian name of the platform as the event type', () => {
    expect(parseMinutes('ПРОТОКОЛ заседания Платформы открытого диалога в Нарынской области\n\nМодератор: Токтогулова Айгуль Маратовна').type).toBe('Платформы открытого диалога');
  });

  it('reads Russian dates chrono misses, with the year mark as written', () => {
    expect(parseMinutes('Дата: «18» марта 2021 г.').date).toEqual({ text: '«18» марта 2021 г.', year: 2021, month: 3, day: 18, iso: '2021-03-18' });
    expect(parseMinutes('Дата: 02.11.2021 г.').date?.iso).toBe('2021-11-02');
    expect(parseMinutes('Дата: 18 марта').date).toEqual({ text: '18 марта', year: null, month: 3, day: 18, iso: null });
  });
});

describe('lexicons in one process', () => {
  it('an English and a Russian report parsed in turn each use their own words', () => {
    const enText = 'Moderator: Aibek Tashiev, and the head of X';
    const ruText = 'Модератор: Абдыров Толонбек Шакирович, а также профессор';
    for (let i = 0; i < 2; i++) {
      expect(parseMinutes(enText).moderator?.roles).toEqual(['head of X']);
      expect(parseMinutes(ruText).moderator?.roles).toEqual(['профессор']);
    }
  });
});
