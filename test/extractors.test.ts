/**
 * Unit tests per extractor: each is a pure function of a document, so each
 * test builds a small document and checks the value, including the negative
 * cases where the field is absent and must come out null or empty.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDoc } from '../src/document.js';
import { findLabels } from '../src/labels.js';
import { date } from '../src/extractors/date.js';
import { discussion } from '../src/extractors/discussion.js';
import { moderator } from '../src/extractors/moderator.js';
import { participants } from '../src/extractors/participants.js';
import { presentations } from '../src/extractors/presentations.js';
import { purpose } from '../src/extractors/purpose.js';
import { region } from '../src/extractors/region.js';
import { speakers } from '../src/extractors/speakers.js';
import { suggestions } from '../src/extractors/suggestions.js';
import { title } from '../src/extractors/title.js';
import { topic } from '../src/extractors/topic.js';
import { type } from '../src/extractors/type.js';
import type { Extractor, Found } from '../src/extractors/types.js';
import { parseVenue, venue } from '../src/extractors/venue.js';
import type { Person } from '../src/schema.js';
import { findDate } from '../src/dates.js';
import { en } from '../src/lexicon/en.js';
import { ru } from '../src/lexicon/ru.js';
import { parseMinutes } from '../src/parse-minutes.js';
import { normalize } from '../src/pipeline/normalize.js';
import { toTree } from '../src/pipeline/tree.js';

function run<T>(extractor: Extractor<T>, text: string, options = {}) {
  const t = normalize(text);
  const doc = createDoc(t, toTree(t), en);
  const found: Found = { claimed: [] };
  found.title = title(doc, found, {});
  return extractor(doc, found, options);
}
const value = <T>(extractor: Extractor<T>, text: string, options = {}) => run(extractor, text, options).value;
/** People as [full name, roles] pairs: what most speaker tests compare. */
const pairs = (people: Person[]) => people.map((p) => [p.name.full, p.roles]);
/** The speakers of `text`, read by the speakers extractor alone, as such pairs. */
const nameAndRoles = (text: string) => pairs(value(speakers, text));

describe('title', () => {
  it('joins a title split over paragraphs', () => {
    expect(value(title, 'Open dialogue platform\n\nin Osh region on the topic “X”\n\nParticipants: a, b')).toBe(
      'Open dialogue platform in Osh region on the topic “X”',
    );
  });
  it('joins a title in capitals split over paragraphs where the next opens with a word that goes on a title', () => {
    const r = parseMinutes('OPEN DIALOGUE PLATFORM\n\nIN NARYN REGION ON THE TOPIC “PASTURES AND HERDERS”\n\nModerator: Abdyrov T.\n');
    expect([r.title, r.region, r.topic]).toEqual(['OPEN DIALOGUE PLATFORM IN NARYN REGION ON THE TOPIC “PASTURES AND HERDERS”', 'NARYN', 'PASTURES AND HERDERS']);
    expect(parseMinutes('OPEN DIALOGUE PLATFORM\n\nON THE TOPIC:\n\n“PASTURES AND HERDERS”\n\nNaryn region, 12 May 2021\n').title).toBe('OPEN DIALOGUE PLATFORM ON THE TOPIC: “PASTURES AND HERDERS”');
    expect(parseMinutes('ОТКРЫТАЯ ДИАЛОГОВАЯ ПЛОЩАДКА\n\nВ НАРЫНСКОЙ ОБЛАСТИ НА ТЕМУ «ПАСТБИЩА»\n\nМодератор: Абдыров Т.\n').title).toBe('ОТКРЫТАЯ ДИАЛОГОВАЯ ПЛОЩАДКА В НАРЫНСКОЙ ОБЛАСТИ НА ТЕМУ «ПАСТБИЩА»');
    // Negatives: a sentence in capitals is no part of it, nor is a line in capitals that opens with another word,
    // nor one in capitals under a title that is not.
    expect(parseMinutes('OPEN DIALOGUE PLATFORM\n\nIN 2021 THE PLATFORM WAS HELD IN NARYN.\n').title).toBe('OPEN DIALOGUE PLATFORM');
    expect(parseMinutes('OPEN DIALOGUE PLATFORM\n\nNARYN REGION\n\nModerator: Abdyrov T.\n').title).toBe('OPEN DIALOGUE PLATFORM');
    expect(parseMinutes('Open dialogue platform\n\nIN NARYN REGION\n\nModerator: Abdyrov T.\n').title).toBe('Open dialogue platform');
  });
  it('stops before a numbered section’s heading ("## 1. General information", "## II. Speakers")', () => {
    for (const section of ['1. General information', 'II. Speakers', '1.1. Background', '3) Recommendations']) {
      expect(value(title, `# REPORT ON THE OPEN DIALOGUE PLATFORM\n\n## ${section}\n\nText.`), section).toBe('REPORT ON THE OPEN DIALOGUE PLATFORM');
    }
    // Negative: a heading that goes on with the title's words stays in it.
    expect(value(title, '# Open dialogue platform\n\n## in Osh region on the topic “Roads”\n\nText.')).toBe('Open dialogue platform in Osh region on the topic “Roads”');
  });
  it('stops before a section’s heading, one whose depth comes again after body text ("## Background" … "## Participants")', () => {
    const sections = '## Background\n\nThe platform was held in Bishkek.\n\n## Participants\n\nFarmers, teachers.\n';
    expect(value(title, `# Report on the Open Dialogue Platform in Chui Region\n\n${sections}`)).toBe('Report on the Open Dialogue Platform in Chui Region');
    // And one of the lexicon's section headings alone, though no other heading of its depth follows.
    expect(value(title, '# Open dialogue platform\n\n## Background\n\nText.')).toBe('Open dialogue platform');
    expect(value(title, '# Open dialogue platform\n\n## General information:\n\nText.')).toBe('Open dialogue platform');
    expect(parseMinutes('# Открытая диалоговая площадка\n\n## Общая информация\n\nТекст.').title).toBe('Открытая диалоговая площадка');
    // Negative: a heading of its own depth under the title is its subtitle, and so is one that goes on with its words,
    // or one that only opens with a section's word.
    expect(value(title, '# Open dialogue platform\n## Youth and the media\n\nText.')).toBe('Open dialogue platform Youth and the media');
    expect(value(title, '# Open dialogue platform\n## Results of the survey on youth\n\nText.')).toBe('Open dialogue platform Results of the survey on youth');
    expect(value(title, `# Open dialogue platform\n## in Osh region\n\n${sections}`)).toBe('Open dialogue platform in Osh region');
  });
  it('takes a markdown heading without its marks', () => {
    expect(value(title, '## **Round table** in Talas\n\nText.')).toBe('Round table in Talas');
  });
  it('is null when the report opens with a label', () => {
    expect(value(title, 'Moderator: Aibek Tashiev\n\nDate: 3 May 2021')).toBeNull();
  });
  it('a label of the event’s name gives it, on a line or in a table of labels', () => {
    expect(parseMinutes('Event: Open dialogue platform on the topic “Roads”\nDate: 3 May 2021')).toMatchObject({ title: 'Open dialogue platform on the topic “Roads”', type: 'Open dialogue platform', topic: 'Roads' });
    const table = '| | |\n|---|---|\n| Event | Open dialogue platform |\n| Topic | Safety of schoolchildren on the roads |\n| Date | 12.05.2022 |\n';
    expect(parseMinutes(table)).toMatchObject({ title: 'Open dialogue platform', topic: 'Safety of schoolchildren on the roads', date: { iso: '2022-05-12' } });
    expect(parseMinutes('Мероприятие: Открытая диалоговая площадка\nДата: 3 мая 2021 г.').title).toBe('Открытая диалоговая площадка');
    // "Activity:" in a project's header of fields too.
    expect(parseMinutes('Project: "Strengthening public councils"\nActivity: Open Dialogue Platform No. 7\nDate: 14 October 2021\n')).toMatchObject({ title: 'Open Dialogue Platform No. 7', type: 'Open Dialogue Platform' });
    // Negative: one that names no kind of event gives way to a heading that does.
    expect(parseMinutes('# Report on the open dialogue platform in Talas\n\nActivity: presentations and group work\n').title).toBe('Report on the open dialogue platform in Talas');
    // Negatives: "Event moderator:" is the moderator's label; a title with no label is read as before.
    expect(parseMinutes('Open dialogue platform\n\nEvent moderator: Abdyrov T.')).toMatchObject({ title: 'Open dialogue platform', moderator: { name: { full: 'Abdyrov T.' } } });
  });
});

describe('a wrapped line that opens with a place’s word alone, or with "including"', () => {
  it('"village" alone goes on with the title, names no venue and is no label', () => {
    const r = parseMinutes('Notes from the community meeting in Suusamyr\nvillage\n\nThe residents discussed the road.\n');
    expect(r.title).toBe('Notes from the community meeting in Suusamyr village');
    expect(r.venue).toBeNull();
    // Negative: a place line with a name under the title is still no part of it.
    expect(parseMinutes('Notes from the community meeting\nKarakol city, Issyk-Kul region\n\nText.\n').title).toBe('Notes from the community meeting');
  });
  it('"including" at the start of a wrapped line opens the groups and is none of them', () => {
    expect(value(participants, 'T\n\nParticipants: 32 people (19 women, 13 men),\nincluding representatives of local self-government bodies, NGOs and youth.')).toEqual({
      total: 32,
      women: 19,
      men: 13,
      groups: ['representatives of local self-government bodies', 'NGOs and youth'],
    });
  });
});

describe('title: a paragraph that opens with a date is no continuation', () => {
  it('not one whose day is quoted ("«10» декабря 2021 г. в г. Каракол … состоялся …")', () => {
    const r = parseMinutes('Отчет о проведении круглого стола в г. Каракол\n\n«10» декабря 2021 г. в г. Каракол состоялся круглый стол «Женщины в местном самоуправлении».\n');
    expect(r.title).toBe('Отчет о проведении круглого стола в г. Каракол');
    expect(r.date).toMatchObject({ year: 2021, month: 12, day: 10 });
    // Negative: a quotation that opens the next paragraph is still the title's topic.
    expect(parseMinutes('Круглый стол\n\n«Женщины в местном самоуправлении»\n\nТекст.\n').title).toBe('Круглый стол «Женщины в местном самоуправлении»');
  });
});

describe('title: a place line after it is no continuation', () => {
  it('stops before "city of Osh, …" though it starts in lower case', () => {
    expect(value(title, 'Round table on migration\n\ncity of Osh, 18 March 2022\n\nText.')).toBe('Round table on migration');
    expect(value(title, 'Open dialogue platform\n\nin Osh region on the topic “Roads”\n\nText.')).toBe('Open dialogue platform in Osh region on the topic “Roads”');
  });
  it('a line of its paragraph that opens with a lower-case letter goes on it, a place in it or not ("… of the open dialogue" / "platform in Talas region")', () => {
    // (It had been cut there as a place line.)
    expect(value(title, 'Information on holding of the open dialogue\nplatform in Talas region\n\nTopic: “Water”')).toBe('Information on holding of the open dialogue platform in Talas region');
    expect(parseMinutes('Информация\nо проведении Открытой диалоговой\nплощадки в Таласской области\n\nТема: «Вода»\n').title).toBe('Информация о проведении Открытой диалоговой площадки в Таласской области');
    // Negative: a city's word in lower case, or a place in brackets, is still the place's line.
    expect(parseMinutes('Открытая диалоговая площадка\nг. Ош, 18 марта 2021 г.\n\nТекст.\n').title).toBe('Открытая диалоговая площадка');
    expect(value(title, 'OPEN DIALOGUE PLATFORM ON THE TOPIC: "CHILD LABOUR"\n(Jalal-Abad region, Suzak district)\n\nText.')).toBe('OPEN DIALOGUE PLATFORM ON THE TOPIC: "CHILD LABOUR"');
  });
  it('stops before a date line that opens with a quoted day ("«25» ноября 2021 г.      г. Баткен")', () => {
    const r = parseMinutes('ПРОТОКОЛ\nоткрытой диалоговой площадки в Баткенской области\nна тему: «Трудовая миграция»\n\n«25» ноября 2021 г.      г. Баткен\n\nТекст.');
    expect(r).toMatchObject({ title: 'ПРОТОКОЛ открытой диалоговой площадки в Баткенской области на тему: «Трудовая миграция»', date: { iso: '2021-11-25' }, venue: { city: 'Баткен' } });
    expect(value(title, 'Open dialogue platform in Batken region\n\n“25” November 2021, Batken city\n\nText.')).toBe('Open dialogue platform in Batken region');
  });
  it('stops before a town’s bare name and then its region, with a date beside them or not ("Balykchy, Issyk-Kul region      “16” December 2021")', () => {
    // (The line had been the title's, and the quoted day its topic: "16".)
    const text = 'PROTOCOL No. 4\nof the meeting of the Open Dialogue Platform\nBalykchy, Issyk-Kul region                  "16" December 2021\n\nChairperson: Toktosunova Cholpon, member.\n';
    expect(parseMinutes(text)).toMatchObject({ title: 'PROTOCOL No. 4 of the meeting of the Open Dialogue Platform', topic: null, region: 'Issyk-Kul', venue: { text: 'Balykchy, Issyk-Kul region', city: 'Balykchy' }, date: { iso: '2021-12-16' } });
    expect(value(title, 'Open dialogue platform\nKemin, Chui region\n\nText.')).toBe('Open dialogue platform');
    // Negatives: words that are no town's bare name before it, or a second part with no place's word, go on the title.
    expect(value(title, 'Open dialogue platform\nMigration and Development, Osh region\n\nText.')).toBe('Open dialogue platform Migration and Development, Osh region');
    expect(value(title, 'Open dialogue platform\nBalykchy, the Pearl of the Lake\n\nText.')).toBe('Open dialogue platform Balykchy, the Pearl of the Lake');
  });
  it('keeps a place followed by a quotation and nothing more: the title goes on to its topic', () => {
    const record = (t: string) => parseMinutes(t);
    for (const text of ['OPEN DIALOGUE PLATFORM\nTalas region, “Youth and employment”\n\nText.', 'OPEN DIALOGUE PLATFORM\n\nTalas region, “Youth and employment”\n\nText.']) {
      expect(record(text)).toMatchObject({ title: 'OPEN DIALOGUE PLATFORM Talas region, “Youth and employment”', topic: 'Youth and employment', region: 'Talas' });
    }
  });
  it('keeps a place line between the title’s words and a line that is only its quoted topic', () => {
    // (The place line in the title's paragraph, the quotation in the next one too.)
    for (const [sep, sep2] of [['\n', '\n'], ['\n\n', '\n\n'], ['\n\n', '\n'], ['\n', '\n\n']]) {
      const text = `Open dialogue platform${sep}Batken region, Kyzyl-Kiya city${sep2}“Water supply and sanitation in small towns”\n\nDate: 21 April 2022`;
      expect(parseMinutes(text)).toMatchObject({
        title: 'Open dialogue platform Batken region, Kyzyl-Kiya city “Water supply and sanitation in small towns”',
        topic: 'Water supply and sanitation in small towns',
        region: 'Batken',
      });
    }
    // Negative: a quotation that is not the whole line (a venue's building) still leaves the place line out.
    expect(value(title, 'Open dialogue platform\nKyzyl-Kiya city, Batken region\n“Aigul-Too” hotel, conference hall\n\nText.')).toBe('Open dialogue platform');
    expect(value(title, 'Open dialogue platform\nKyzyl-Kiya city, Batken region\n\n“Aigul-Too” hotel, conference hall\n\nText.')).toBe('Open dialogue platform');
  });
  it('keeps a place line over a line that is its topic cue and quoted topic ("On the topic: “…”"), in its paragraph or the next', () => {
    for (const sep of ['\n', '\n\n']) {
      const r = parseMinutes(`Open dialogue platform\nIssyk-Kul region, Cholpon-Ata city${sep}On the topic: "Protection of the lake"\n\nModerator: Asanov Bolot, expert.\n`);
      expect(r, JSON.stringify(sep)).toMatchObject({ title: 'Open dialogue platform Issyk-Kul region, Cholpon-Ata city On the topic: "Protection of the lake"', topic: 'Protection of the lake', region: 'Issyk-Kul' });
    }
    expect(parseMinutes('Открытая диалоговая площадка\nИссык-Кульская область, г. Чолпон-Ата\nна тему: «Защита озера»\n\nТекст.\n').title).toBe('Открытая диалоговая площадка Иссык-Кульская область, г. Чолпон-Ата на тему: «Защита озера»');
    expect(value(title, 'Open dialogue platform\n\nOn the topic: "Roads"\n\nText.')).toBe('Open dialogue platform On the topic: "Roads"');
    // Negative: a "Topic:" label's line is the label's, and the place line over it stays out of the title; so does one
    // over a line that goes on past its quotation.
    expect(parseMinutes('Open dialogue platform\nIssyk-Kul region, Cholpon-Ata city\nTopic: "Protection of the lake"\n\nText.\n')).toMatchObject({ title: 'Open dialogue platform', topic: 'Protection of the lake' });
    expect(value(title, 'Open dialogue platform\nIssyk-Kul region, Cholpon-Ata city\nOn the topic: "Protection of the lake", with experts\n\nText.')).toBe('Open dialogue platform');
  });
  it('stops before a place line whose quotation names its building, or that goes on past it', () => {
    expect(parseMinutes('Открытая диалоговая площадка\nг. Нарын, гостиница «Ала-Тоо», 18 марта 2021 г.\n\nУчастники обсудили дороги.').title).toBe('Открытая диалоговая площадка');
    expect(value(title, 'Open dialogue platform\nNaryn city, “Ala-Too” hotel, 18 March 2021\n\nText.')).toBe('Open dialogue platform');
    expect(value(title, 'Open dialogue platform\nKarakol city, Issyk-Kul region, “Ala-Too”\n\nText.')).toBe('Open dialogue platform');
  });
});

describe('title after a line that only names the document', () => {
  it('"MINUTES" goes on to the next paragraph, and its topic is read', () => {
    const r = parseMinutes('MINUTES\n\nOpen Dialogue Platform on the theme: Gender equality in local self-government\n\nHeld: 27.05.2022, Batken town.');
    expect(r).toMatchObject({ title: 'MINUTES Open Dialogue Platform on the theme: Gender equality in local self-government', type: 'Open Dialogue Platform', topic: 'Gender equality in local self-government' });
    expect(parseMinutes('ПРОТОКОЛ\n\nЗаседания платформы открытого диалога\n\nДата: 3 мая 2022 г.').title).toBe('ПРОТОКОЛ Заседания платформы открытого диалога');
    // Also a heading that names the event with its place and date in brackets (no place line for its region).
    expect(parseMinutes('Report\n\nOpen dialogue platform “Water” (Osh region, 12 May 2021)\n\nText.').title).toBe('Report Open dialogue platform “Water” (Osh region, 12 May 2021)');
  });
  it('negative: not on to a label, a place line, a date or a sentence', () => {
    expect(value(title, 'MINUTES\n\nDate: 27.05.2022')).toBe('MINUTES');
    expect(value(title, 'MINUTES\n\nNookat town, district administration building\n\n12 October 2022')).toBe('MINUTES');
    expect(value(title, 'MINUTES No. 3\n\nOpen Dialogue Platform')).toBe('MINUTES No. 3');
    expect(value(title, 'Протокол\n\nС приветственным словом выступил Мамбетов Эркин, заместитель акима.')).toBe('Протокол');
  });
});

describe('minutes that open with prose have no title', () => {
  it('a long first paragraph of two sentences is no title; the type and topic come from the text', () => {
    const r = parseMinutes('On 3 March 2022, the Open Dialogue Platform on "Quality of school education" took place in the assembly hall of school No. 12 in Tokmok. The meeting was facilitated by Ms. Elmira Sadykova, coordinator.\n\nTwenty-nine people attended.');
    expect(r).toMatchObject({ title: null, type: 'Open Dialogue Platform', topic: 'Quality of school education' });
    expect(r.diagnostics.map((d) => d.code)).toContain('missing-title');
  });
  it('one long sentence that says the meeting was held is no title either', () => {
    const r = parseMinutes('On 25 November 2021, a meeting of the Open Dialogue Platform devoted to "Gender equality in local councils" was held in Uzgen town, Osh oblast, at the district library.\n\nThe meeting was facilitated by Kubanychbek Toktorov.');
    expect(r).toMatchObject({ title: null, type: 'Open Dialogue Platform', topic: 'Gender equality in local councils' });
  });
  it('a short sentence that says the meeting took place is no title either, unless it opens as a heading does', () => {
    const r = parseMinutes('On 14 October 2021, an open dialogue platform was held in Naryn city.\n\nModerator: Aida Bekova, expert.\n');
    expect([r.title, r.type, r.date?.iso]).toEqual([null, 'open dialogue platform', '2021-10-14']);
    expect(value(title, 'Minutes of the meeting that took place on 18 March 2021 in Osh.\n\nText.')).toBe('Minutes of the meeting that took place on 18 March 2021 in Osh');
  });
  it('negative: a long title of one sentence, or a short one with a period inside, is a title', () => {
    const long = 'Minutes of the meeting of the Open Dialogue Platform of the Public Council of the Ministry of Labour and Social Development in Jalal-Abad region on the topic “Social protection”.';
    expect(value(title, `${long}\n\nText.`)).toBe(long.slice(0, -1));
    expect(value(title, 'OPEN DIALOGUE PLATFORM. Talas region\n\nText.')).toBe('OPEN DIALOGUE PLATFORM. Talas region');
  });
});

describe('date and place in running text', () => {
  it('the sentence that says the meeting took place gives the date before an earlier one', () => {
    const r = parseMinutes('Round table\n\nReport prepared on 20 May 2021.\n\nThe round table took place on 12 May 2021 in Osh.\n');
    expect([r.date?.text, r.venue?.city]).toEqual(['12 May 2021', 'Osh']);
    // Negative: with no such sentence, the first date stands.
    expect(parseMinutes('Round table\n\nReport prepared on 20 May 2021.\n\nWe talked on 12 May 2021.\n').date?.text).toBe('20 May 2021');
  });
  it('an online meeting names no city ("Zoom", "Google Meet"); a bare place name does', () => {
    expect(parseVenue('Zoom', en)).toMatchObject({ text: 'Zoom', city: null });
    expect(parseVenue('Google Meet', en)).toMatchObject({ city: null });
    expect(parseVenue('online, Zoom', en)).toMatchObject({ city: null });
    expect(parseVenue('Naryn', en)).toMatchObject({ city: 'Naryn' });
  });
});

describe('title: a preamble over the heading is no title', () => {
  it('skips the organisation, a stamp or a place and date line over a heading that names the event', () => {
    const org = parseMinutes('PUBLIC COUNCIL OF THE MINISTRY OF HEALTH OF THE KYRGYZ REPUBLIC\n\nMINUTES\nof the Open Dialogue Platform in Talas region\n\nDate: 12.05.2021\n');
    expect([org.title, org.region]).toEqual(['MINUTES of the Open Dialogue Platform in Talas region', 'Talas']);
    const place = parseMinutes('Bishkek, 12 May 2021\n\nOpen Dialogue Platform on the topic “Health”\n\nModerator: Aibek Tashiev\n');
    expect([place.title, place.topic, place.date?.iso, place.venue?.city]).toEqual(['Open Dialogue Platform on the topic “Health”', 'Health', '2021-05-12', 'Bishkek']);
    expect(parseMinutes('Approved by the Public Council\n\nRound table “Health”\n\nModerator: Aibek Tashiev\n').title).toBe('Round table “Health”');
    // The document's word in a paragraph of its own under the preamble goes on to the heading under it, once
    // (it had been joined to itself: "REPORT REPORT").
    const own = parseMinutes('Coordination Council of Public Councils of State Bodies\n\nREPORT\n\nOpen dialogue platform in Talas region on the topic “Budgets”\n\nModerator: Abdyrov T.\n');
    expect([own.title, own.region, own.topic]).toEqual(['REPORT Open dialogue platform in Talas region on the topic “Budgets”', 'Talas', 'Budgets']);
  });
  it('skips the annex the document is ("Annex 3" / "to the report of the project"), which names the report only as what it is annexed to', () => {
    // (It had been the title, and the region none.)
    const r = parseMinutes('Annex 3\nto the report of the project\n\nOpen dialogue platform in Naryn region on the topic “Water”\n\nModerator: Asanov Bolot\n');
    expect([r.title, r.type, r.region, r.topic]).toEqual(['Open dialogue platform in Naryn region on the topic “Water”', 'Open dialogue platform', 'Naryn', 'Water']);
    expect(parseMinutes('Приложение 2\nк отчету проекта\n\nОткрытая диалоговая площадка в Нарынской области на тему «Вода»\n').title).toBe('Открытая диалоговая площадка в Нарынской области на тему «Вода»');
    // Negative: a line that names the annex and the event is the title; with no heading under it, the annex's line is,
    // and names no kind of event ("Annex 3 to the report" had been the type).
    expect(parseMinutes('Annex 3. Report on the open dialogue platform in Naryn region\n\nModerator: Asanov Bolot\n').title).toBe('Annex 3. Report on the open dialogue platform in Naryn region');
    const alone = parseMinutes('Annex 3\nto the report of the project\n\nModerator: Asanov Bolot\n');
    expect([alone.title, alone.type]).toEqual(['Annex 3 to the report of the project', null]);
  });
  it('negative: a first line is the title when what follows names no event, or is a sentence or a label', () => {
    expect(parseMinutes('Notes\n\nThe meeting was held in Naryn.\n').title).toBe('Notes');
    expect(parseMinutes('Water in Kochkor\n\nModerator: Aibek Tashiev, meeting host\n').title).toBe('Water in Kochkor');
    expect(parseMinutes('Water in Kochkor\n\nThe villagers asked for water.\n').title).toBe('Water in Kochkor');
  });
});

describe('list style markdown does not know: "(a)" lettered items', () => {
  it('"(a) ", "(b) " are items 1, 2, one for one', async () => {
    const { numberLetterItems } = await import('../src/pipeline/letter-items.js');
    expect(numberLetterItems('Proposals:\n(a) one;\n(b) two', en)).toBe('Proposals:\n 1) one;\n 2) two');
    expect(parseMinutes('T\n\nProposals of the participants:\n(a) introduce quotas;\n(b) create a school.').suggestions).toEqual([
      { number: 1, text: 'introduce quotas' },
      { number: 2, text: 'create a school' },
    ]);
  });
  it('"a. ", "b. " are items 1, 2 too, keeping their period', async () => {
    const { numberLetterItems } = await import('../src/pipeline/letter-items.js');
    expect(numberLetterItems('Suggestions:\na. one;\nb. two', en)).toBe('Suggestions:\n1. one;\n2. two');
    expect(parseMinutes('T\n\nSuggestions:\na. Build a school;\nb. Repair roads.').suggestions).toEqual([
      { number: 1, text: 'Build a school' },
      { number: 2, text: 'Repair roads' },
    ]);
    // Negative: a capital with a period is an initial ("A. Tashiev"), and a lone "a." no run.
    for (const text of ['A. Tashiev\nB. Asanova', 'a. one\nThe rest.']) expect(numberLetterItems(text, en)).toBe(text);
  });
  it('negative: a bracketed letter inside a line, or past the ninth, stays', async () => {
    const { numberLetterItems } = await import('../src/pipeline/letter-items.js');
    for (const text of ['See item (a) above', '(j) ten', '(ab) x']) expect(numberLetterItems(text, en)).toBe(text);
  });
  it('negative: a letter that starts no run a, b, c … is no item ("(c) 2021" after a list)', async () => {
    const { numberLetterItems } = await import('../src/pipeline/letter-items.js');
    for (const text of ['Report.\n(c) 2021 UNDP Kyrgyzstan', 'a) one\nc) three', '(b) two\n(c) three']) expect(numberLetterItems(text, en)).toBe(text);
    expect(parseMinutes('T\n\nSuggestions:\n1. Repair the road.\n2. Open a clinic.\n\n(c) 2021 UNDP Kyrgyzstan\n').suggestions).toEqual([
      { number: 1, text: 'Repair the road' },
      { number: 2, text: 'Open a clinic' },
    ]);
  });
});

describe('type: the most specific kind the title names', () => {
  it('prefers "Open Dialogue Platform" to "meeting"', () => {
    expect(value(type, 'INFORMATION about the meeting of the Open Dialogue Platform\n\nText.')).toBe('Open Dialogue Platform');
  });
  it('knows the platform by its other names ("Platform of open dialogue", "Platform for open dialogue", "Open-dialogue platform", "Public dialogue platform")', () => {
    for (const kind of ['Platform of open dialogue', 'Platform for open dialogue', 'Open-dialogue platform', 'Public dialogue platform', 'Open dialog platform']) {
      expect(value(type, `${kind} in Osh region on the topic “X”\n\nText.`)).toBe(kind);
    }
  });
  it('knows a dialogue forum whole ("Open dialogue forum", "Открытый диалоговый форум"), not as a forum', () => {
    expect(value(type, 'Open dialogue forum in Osh region on the topic “Water”\n\nText.')).toBe('Open dialogue forum');
    expect(parseMinutes('Открытый диалоговый форум в Ошской области на тему «Вода»\n\nТекст.').type).toBe('Открытый диалоговый форум');
    // Negative: a forum the title names no more of is a forum.
    expect(value(type, 'Forum of young leaders in Osh\n\nText.')).toBe('Forum');
  });
  it('takes the kind the text names when a headline names none', () => {
    expect(value(type, 'Residents of Aravan discuss migration\n\nThey met as part of the Open Dialogue Platform.')).toBe('Open Dialogue Platform');
  });
  it.each([
    ['Seminar-training for local journalists “Fact-checking”', 'Seminar-training'],
    ['Training-seminar on fact-checking', 'Training-seminar'],
    ['Round table-discussion “Youth”', 'Round table-discussion'],
    // Negative: a known kind before a number or another word stays itself.
    ['Open dialogue platform-2021 in Osh region', 'Open dialogue platform'],
    ['Seminar for local journalists', 'Seminar'],
  ])('a compound with a known kind is the kind as written: "%s" gives "%s"', (title, kind) => {
    expect(value(type, `${title}\n\nText.`)).toBe(kind);
  });
});

describe('type', () => {
  it('finds a known kind of event', () => {
    expect(value(type, 'Minutes of the public hearing in Talas region')).toBe('public hearing');
  });
  it('a kind of one word in the title ("MEETING REPORT") gives way to a longer one that opens the block under it', () => {
    expect(value(type, 'MEETING REPORT\n\nOpen Dialogue Platform\nTheme: Water')).toBe('Open Dialogue Platform');
    expect(value(type, 'MEETING REPORT\n\nThe open dialogue platform was held on 3 May 2021.')).toBe('open dialogue platform');
    expect(parseMinutes('# Meeting\n\n**Round table** on water\n').type).toBe('Round table');
    // Negatives: a longer kind further into the block is talked about, not the meeting's; nor does a title's kind of
    // several words give way.
    expect(value(type, 'Meeting minutes\n\nThe meeting of the working group discussed the open dialogue platform.')).toBe('Meeting');
    expect(value(type, 'Open dialogue platform\n\nPublic hearing\nDate: 1 May 2021')).toBe('Open dialogue platform');
  });
  it('the platform\'s abbreviation is a known kind ("ODP", "ОДП"), after a report\'s preamble too ("Отчет по итогам проведения …")', () => {
    expect(value(type, 'Report on the results of the ODP in Osh region')).toBe('ODP');
    expect(parseMinutes('Отчет по итогам проведения ОДП в Ошской области\n\nТекст.\n').type).toBe('ОДП');
    expect(parseMinutes('Отчет по ОДП в Ошской области\n\nТекст.\n').type).toBe('ОДП');
    // (In the text, with no kind in a headline: "The ODP was held in Osh …".)
    expect(parseMinutes('Residents discussed migration\n\nThe ODP was held in Osh on 3 March 2021.\n').type).toBe('ODP');
    // Negative: the spelled-out kind is the more specific where both are written.
    expect(value(type, 'Open Dialogue Platform (ODP) meeting, Chui region')).toBe('Open Dialogue Platform');
    // Negative: no part of a word ("ODPs" is no kind; "Methodpro" neither).
    expect(parseMinutes('Methodpro seminar notes\n\nText.\n').type).toBe('seminar');
  });
  it('negative: a title that only names the document ("MINUTES", "Протокол") names no kind', () => {
    for (const title of ['MINUTES', 'Report', 'Protocol.']) expect(parseMinutes(`${title}\n\nOsh city, 12 May 2021\n\nText.\n`).type, title).toBeNull();
    expect(parseMinutes('Протокол\n\nг. Ош, 12 мая 2021 г.\n\nТекст.\n').type).toBeNull();
    // (A word of its own after it still is one: "Community meeting".)
    expect(parseMinutes('Community meeting\n\nText.\n').type).toBe('Community meeting');
  });
  it('a meeting its kind names is that kind ("Dialogue meeting", "Диалоговая встреча"), not "meeting" alone', () => {
    expect(value(type, 'Dialogue meeting in Talas region on the topic “Water”')).toBe('Dialogue meeting');
    expect(value(type, 'Report on the focus group discussion in Osh region')).toBe('focus group discussion');
    expect(value(type, 'Notes from the community meeting in Suusamyr village')).toBe('community meeting');
    expect(value(type, 'Minutes of the public dialogue meeting, Naryn region')).toBe('public dialogue meeting');
    // (Without "meeting", the public dialogue it names.)
    expect(value(type, 'Public dialogue on water tariffs')).toBe('Public dialogue');
    expect(parseMinutes('Диалоговая встреча в Таласской области\n\nТекст.\n').type).toBe('Диалоговая встреча');
    // Negative: a meeting of someone is a meeting.
    expect(value(type, 'Minutes of the meeting of the Public Council in Naryn')).toBe('meeting');
  });
  it('leaves the document’s number with its word ("ПРОТОКОЛ № 2 заседания …")', () => {
    expect(parseMinutes('ПРОТОКОЛ № 2\nзаседания общественного совета\n\nг. Бишкек, 15 июня 2022 г.\n').type).toBe('заседания общественного совета');
    expect(parseMinutes('MINUTES No. 3\nof the working group on water\n\nBishkek, 5 April 2022\n').type).toBe('working group');
  });
  it('finds a kind of event a Russian report’s title declines after its preamble ("Отчет об открытой диалоговой площадке")', () => {
    expect(parseMinutes('Отчет об открытой диалоговой площадке в Таласской области\n\nМодератор: Асанов Болот.\n').type).toBe('открытой диалоговой площадке');
    expect(parseMinutes('Информация о круглом столе в Нарынской области\n\nМодератор: Асанов Болот.\n').type).toBe('круглом столе');
    // Negative: the preamble alone is no kind ("Отчет об итогах года" gives the words after it, up to a preposition).
    expect(parseMinutes('Отчет об итогах года в Нарыне\n\nМодератор: Асанов Болот.\n').type).toBe('итогах года');
  });
  it('falls back to the words before the first preposition', () => {
    expect(value(type, 'Citizens assembly in Naryn on the topic "Roads"')).toBe('Citizens assembly');
  });
  it('is null without a title', () => {
    expect(value(type, 'Moderator: Aibek Tashiev')).toBeNull();
  });
});

describe('region', () => {
  it('in the title, outside the topic\'s quotation first ("“SPECIAL STATUS OF BATKEN REGION”" / "Open dialogue platform, Batken region")', () => {
    expect(parseMinutes('"SPECIAL STATUS OF BATKEN REGION"\nOpen dialogue platform, Batken region\n\nModerator: Asanov Bolot\n').region).toBe('Batken');
    // With no region outside it, the quotation's (as before).
    expect(parseMinutes('Open dialogue platform on the topic "Development of Naryn region"\n\nModerator: Asanov Bolot\n').region).toBe('Naryn');
    expect(parseMinutes('Open dialogue platform in Batken region on the topic "SPECIAL STATUS OF BATKEN REGION"\n\nModerator: Asanov Bolot\n').region).toBe('Batken');
  });
  it('the place line under the title in its paragraph, where a line such as "Annex 3" stands before the title', () => {
    const text = 'Annex 3\n\nOpen dialogue platform "Youth and jobs"\n(Talas region, 12.05.2021)\n\nModerator: Asanov Bolot\n';
    expect(parseMinutes(text).region).toBe('Talas');
    expect(parseMinutes(text.replace('Annex 3\n\n', '')).region).toBe('Talas');
    // Negative: a paragraph below the title's is not its place line.
    expect(parseMinutes('Annex 3\n\nOpen dialogue platform "Youth and jobs"\n\nThe meeting discussed jobs across Talas region and beyond, for a long time, with many people.\n').region).toBeNull();
  });
  it('the place line under the title’s last line, where the title opens in a paragraph above ("SUMMARY REPORT" / "" / "Open Dialogue Platform on “…”" / "Batken oblast, …")', () => {
    const text = 'SUMMARY REPORT\n\nOpen Dialogue Platform on "Safe water"\nBatken oblast, Kadamjay district\n\nWhen: 17 August 2022\nWhere: Kadamjay district administration, conference hall\n';
    // (It had given none: the paragraph looked in was the title's first.)
    expect(parseMinutes(text).region).toBe('Batken');
    // Negative: a paragraph below the title's last is still no place line of it.
    expect(parseMinutes('SUMMARY REPORT\n\nOpen Dialogue Platform on "Safe water"\n\nThe meeting discussed water across Batken oblast and beyond, for a long time, with many people.\n').region).toBeNull();
  });
  it('a place line under a labelled line under the title ("## Topic: …" / "### Jalal-Abad region")', () => {
    expect(parseMinutes('# Open dialogue platform\n## Topic: Access to justice\n### Jalal-Abad region\n').region).toBe('Jalal-Abad');
    // Negative: not past a second block, nor from a sentence there.
    expect(parseMinutes('# Open dialogue platform\n## Topic: Access to justice\n\nThe meeting discussed roads.\n\n### Jalal-Abad region\n').region).toBeNull();
    expect(parseMinutes('# Open dialogue platform\n## Topic: Access to justice\n\nThe meeting in Jalal-Abad region discussed the roads of the towns and villages for a long time.\n').region).toBeNull();
  });
  it('"area" is a word for a region in translated minutes ("in Talas area on a theme …")', () => {
    expect(value(region, 'Open dialogue platform in Talas area on a theme "Small business"')).toBe('Talas');
    // Negative: a word in lower case before it names no region.
    expect(value(region, 'Open dialogue platform in the rural area on a theme "Small business"')).toBeNull();
  });
  it('a place line under the title past the topic’s line ("On the topic: “Migration”" / "in Osh region")', () => {
    expect(parseMinutes('OPEN DIALOGUE PLATFORM\n\nOn the topic: “Migration”\n\nin Osh region\n\nModerator: Asanov Bolot.\n')).toMatchObject({ region: 'Osh', topic: 'Migration' });
    // Negative: not past a second block that is neither.
    expect(parseMinutes('OPEN DIALOGUE PLATFORM\n\nThe meeting discussed “Migration” at length.\n\nThe weather was cold.\n\nin Osh region\n').region).toBeNull();
  });
  it('a "Region:" label gives the part that names the region, or its value without the word', () => {
    expect(value(region, 'T\n\nRegion: Osh region, Kara-Suu district')).toBe('Osh');
    expect(value(region, 'T\n\nRegion: Naryn oblast')).toBe('Naryn');
    expect(value(region, 'T\n\nRegion: Issyk-Kul')).toBe('Issyk-Kul');
    // Its value ends before a line with a label of no field ("District: Sokuluk"), and an adjective alone gives the name.
    expect(value(region, 'T\n\nRegion: Chui\nDistrict: Sokuluk\nDate: 26.11.2021')).toBe('Chui');
    expect(parseMinutes('Протокол\n\nОбласть: Чуйская\nРайон: Сокулукский\nДата: 26.11.2021\n').region).toBe('Чуй');
  });
  it('drops the word region, keeps hyphens', () => {
    expect(value(region, 'Open dialogue platform in Jalal-Abad region on the topic "X"')).toBe('Jalal-Abad');
  });
  it('takes the region of a city in brackets', () => {
    expect(value(region, 'Meeting in Kyzyl-Kiya city (Batken region)')).toBe('Batken');
  });
  it('reads "the region of X", in capitals too', () => {
    expect(value(region, 'Open dialogue platform in the region of Osh: “Risks of migration”')).toBe('Osh');
    expect(value(region, 'OPEN DIALOGUE PLATFORM IN THE REGION OF NARYN')).toBe('NARYN');
  });
  it('negative: an article before "region" is no name; "the region of the country" names none', () => {
    expect(value(region, 'OPEN DIALOGUE PLATFORM IN THE REGION')).toBeNull();
    expect(value(region, 'Open dialogue platform in the region of the country')).toBeNull();
  });
  it('accepts oblast', () => {
    expect(value(region, 'Round table in Osh oblast')).toBe('Osh');
  });
  it('takes a Russian adjective form alone, not the city before it', () => {
    const text = 'Информация\n\n12 ноября 2021 года в г. Кызыл-Кия Баткенской области в малом зале городской мэрии прошла открытая диалоговая площадка.\n';
    expect(parseMinutes(text).region).toBe('Баткен');
    expect(parseMinutes(text).venue).toMatchObject({ city: 'Кызыл-Кия', room: 'малом зале городской мэрии' });
    expect(parseMinutes('Круглый стол в Иссык-Кульской области\n\nТекст.\n').region).toBe('Иссык-Куль');
    // Negative: two title-case words before "region" in English stay one name.
    expect(value(region, 'Round table in Issyk Kul region')).toBe('Issyk Kul');
  });
  it('is null when no region is named (not a guess from a city)', () => {
    expect(value(region, 'Round table in Bishkek on the topic “Access to information”')).toBeNull();
  });
  it('the body’s first sentence that names the event, past a title that names no region ("SUMMARY OF THE OPEN DIALOGUE PLATFORM" / "The Open Dialogue Platform on “…” was organised … in Naryn region")', () => {
    const text = 'SUMMARY OF THE OPEN DIALOGUE PLATFORM\n\nNaryn, 17 February 2022\n\nThe Open Dialogue Platform on "Access to justice" was organised by the Public Council of the Ministry of Justice in Naryn region. The meeting took place in the hall of the city mayor\'s office.\n';
    // (It had been none.)
    expect(parseMinutes(text).region).toBe('Naryn');
    // Negatives: a region the title names comes first; the event's later sentences, and other paragraphs, are not read.
    expect(parseMinutes(text.replace('SUMMARY OF THE OPEN DIALOGUE PLATFORM', 'OPEN DIALOGUE PLATFORM IN TALAS REGION')).region).toBe('TALAS');
    expect(parseMinutes('Report\n\nThe Open Dialogue Platform on "Justice" was held. The governor of Naryn region sent greetings.\n').region).toBeNull();
    expect(parseMinutes('Report\n\nThe Open Dialogue Platform on "Justice" was held.\n\nMr. Asanov, head of the Naryn region office, spoke.\n').region).toBeNull();
  });
  it('with no title, the sentence that names the event ("… an Open dialogue platform … took place in Naryn region")', () => {
    const text = 'On the 5th of August, 2021, in the city of Naryn (hotel "Khan Tengri"), an Open dialogue platform on "Pastures" took place in Naryn region.\n\nOpening remarks were given by Akmatov Ernis, deputy governor of Talas region.\n';
    // (It had been none: only a title, a label, the venue, the topic and the purpose were read.)
    expect(parseMinutes(text).region).toBe('Naryn');
    expect(parseMinutes('20 марта 2021 года в г. Нарын прошла открытая диалоговая площадка Нарынской области.\n').region).toBe('Нарын');
    // Negatives: another sentence of that paragraph, or another paragraph, names the region of someone's post, not the event's.
    expect(parseMinutes('On the 5th of August, 2021, an Open dialogue platform on "Pastures" took place in Naryn. The deputy governor of Talas region spoke.\n').region).toBeNull();
    expect(parseMinutes(text.replace(' took place in Naryn region', ' took place')).region).toBeNull();
  });
  it('does not read a region out of the body text', () => {
    expect(value(region, 'Round table in Bishkek\n\n1. Strengthening of boundaries in the South region;')).toBeNull();
  });
});

describe('topic', () => {
  const topicOf = (title: string) => parseMinutes(`${title}\n\nModerator: Asanov Bolot, expert.\n`).topic;
  it('a title with no quotation gives the words after its place and a colon or dash ("… in Talas region: Youth and sports")', () => {
    expect(topicOf('Open Dialogue Platform No. 5 in Talas region: Youth and sports')).toBe('Youth and sports');
    expect(topicOf('Open Dialogue Platform in Talas region – Youth and sports, 18 March 2021')).toBe('Youth and sports');
    expect(topicOf('Открытая диалоговая площадка в Таласской области: Молодежь и спорт')).toBe('Молодежь и спорт');
    // Negatives: a place or a date after the colon is no topic.
    expect(topicOf('Open Dialogue Platform in Chui region: Tokmok city')).toBeNull();
    expect(topicOf('Open Dialogue Platform in Chui region - Tokmok city, 18 March 2021')).toBeNull();
    expect(topicOf('Open Dialogue Platform in Talas region: 18 March 2021')).toBeNull();
  });
  it.each([
    ['Open dialogue platform in the Osh region dedicated to youth and extremism', 'youth and extremism'],
    ['Open dialogue platform in Osh region devoted to youth, 18 March 2021', 'youth'],
    ['Открытая диалоговая площадка в Ошской области, посвящённая проблемам молодёжи', 'проблемам молодёжи'],
    // Negative: a place after it is no topic, nor are words after the place with no lead.
    ['Open dialogue platform in Osh region dedicated to Talas city', null],
    ['Open dialogue platform in Osh region with youth and extremism', null],
  ])('or after its place and a word of the lexicon’s topicLead: "%s"', (title, topic) => {
    expect(topicOf(title)).toBe(topic);
  });
  it('the title\'s words after its topic cue and a colon or a dash are the topic, without them ("…, topic – Youth employment")', () => {
    expect(topicOf('Open dialogue platform in Osh region, topic – Youth employment')).toBe('Youth employment');
    expect(topicOf('Open dialogue platform in Osh region, theme - Youth employment')).toBe('Youth employment');
    expect(topicOf('Open dialogue platform in Osh region on the topic: Youth employment')).toBe('Youth employment');
    // Negative: a hyphen that joins words is no dash ("topic-based" stays a word of the title, no cue).
    expect(topicOf('Open dialogue platform in Osh region, topic-based discussion')).not.toMatch(/^based/);
  });
  it('keeps a quotation inside the topic’s own, in every kind of quotes ("the Law “On local self-government”")', () => {
    expect(parseMinutes('Open dialogue platform on the topic "Implementation of the Law "On local self-government""\n\nModerator: Asanov Bolot, expert.\n').topic).toBe('Implementation of the Law "On local self-government"');
    expect(parseMinutes('Open dialogue platform on the topic “Implementation of the Law “On local self-government””\n').topic).toBe('Implementation of the Law “On local self-government”');
    expect(parseMinutes('Открытая диалоговая площадка на тему «Реализация Закона КР «О местном самоуправлении»»\n').topic).toBe('Реализация Закона КР «О местном самоуправлении»');
    const r = parseMinutes('T\n\nPresentations on "Amendments to the Law "On local self-government"", "Village budget" were completed.\n');
    expect(r.presentations).toEqual(['Amendments to the Law "On local self-government"', 'Village budget']);
    // Negative: quotations side by side stay apart.
    expect(parseMinutes('Open dialogue platform on the topic “Roads” in “Osh”\n').topic).toBe('Roads');
  });
  it('a labelled topic ends before a line that opens with a date (minutes with no blank lines)', () => {
    const r = parseMinutes('Open dialogue platform in Osh city\nTopic: Road safety\n18.11.2021, Osh\n\nModerator: Abdyrov T.');
    expect(r.topic).toBe('Road safety');
    expect(r.date?.iso).toBe('2021-11-18');
    expect(r.venue).toEqual({ text: 'Osh', city: 'Osh', name: null, room: null });
    expect(parseMinutes('Открытая диалоговая площадка\nТема: Безопасность дорожного движения\n18 ноября 2021 г., г. Ош').topic).toBe('Безопасность дорожного движения');
    // Negatives: a sentence wrapped before its date goes on ("… adopted on" / "18 March 2021 …"); a label alone on its line takes the date under it.
    expect(parseMinutes('T\n\nPurpose: to discuss the plan adopted on\n18 March 2021 by the council.').purpose).toBe('to discuss the plan adopted on 18 March 2021 by the council');
    expect(parseMinutes('T\n\nDate:\n18 March 2021\nVenue: Osh city').date?.iso).toBe('2021-03-18');
  });
  it('a topic labelled inside a speaker’s item is the talk’s, and its label no role; the speaker stays', () => {
    for (const [text, talk, people] of [
      ['Speakers:\n1. Asanov B. – senior inspector of the police, topic: “Role of family”;\n2. Kim A., psychologist.\n', 'Role of family', [['Asanov B.', ['senior inspector of the police']], ['Kim A.', ['psychologist']]]],
      ['Speakers:\n1. Asanov B. – senior inspector of the police, topic of the speech: “Role of family”;\n2. Kim A., psychologist.\n', 'Role of family', [['Asanov B.', ['senior inspector of the police']], ['Kim A.', ['psychologist']]]],
      ['Выступили:\n1. Абдыкадыров Э. – старший инспектор, тема: «Роль семьи»;\n2. Ким А., психолог.\n', 'Роль семьи', [['Абдыкадыров Э.', ['старший инспектор']], ['Ким А.', ['психолог']]]],
      ['Выступили:\n1. Абдыкадыров Э. – старший инспектор, тема доклада: «Роль семьи»;\n2. Ким А., психолог.\n', 'Роль семьи', [['Абдыкадыров Э.', ['старший инспектор']], ['Ким А.', ['психолог']]]],
    ] as const) {
      const r = parseMinutes(`Open dialogue platform\n\n${text}`);
      expect([r.topic, r.presentations, r.speakers.map((s) => [s.name.full, s.roles])], text).toEqual([null, [talk], people]);
    }
    // Negatives: a "Topic:" that opens an item of a form is the meeting's, in a table's column too; a role with such
    // words inside it stays whole.
    expect(parseMinutes('Open dialogue platform\n\n1. Topic: “Roads”\n2. Date: 12 May 2021\n').topic).toBe('Roads');
    expect(parseMinutes('Open dialogue platform\n\n- **Topic:** “Roads”\n- Date: 12 May 2021\n').topic).toBe('Roads');
    expect(parseMinutes('Open dialogue platform\n\nSpeakers:\n1. Asanov B., head of the department of the report of taxes.\n').speakers[0]?.roles).toEqual(['head of the department of the report of taxes']);
  });
  it('an empty "Topic:" over a list of several gives no one topic: the items are the talks, as under "Topics:"', () => {
    const r = parseMinutes('Open dialogue platform in Naryn region\n\nTopic:\n1. Pasture management\n2. Water for irrigation\n\nModerator: Asanov Bolot, expert\n');
    expect([r.topic, r.presentations]).toEqual([null, ['Pasture management', 'Water for irrigation']]);
    // Negative: over a list of one, that item is the topic; a topic elsewhere still stands.
    expect(parseMinutes('Open dialogue platform in Naryn region\n\nTopic:\n- Pasture management\n\nModerator: Asanov Bolot, expert\n').topic).toBe('Pasture management');
    expect(parseMinutes('Open dialogue platform on the topic "Roads"\n\nTopic:\n1. Pastures\n2. Water\n').topic).toBe('Roads');
  });
  it('a labelled value ends before a place line of its own, and a quoted one with its line (minutes with no blank lines)', () => {
    for (const [text, topic] of [
      ['Open dialogue platform\nTopic: Youth employment\nTalas region\nModerator: Asanov Bolot, expert\n', 'Youth employment'],
      ['Open dialogue platform\nTopic: “Youth employment”\nTalas region\n', 'Youth employment'],
      ['Открытая диалоговая площадка\nТема: Занятость молодежи\nТаласская область\n', 'Занятость молодежи'],
    ] as const) {
      const r = parseMinutes(text);
      expect([r.topic, r.region], text).toEqual([topic, text.startsWith('Откр') ? 'Талас' : 'Talas']);
    }
    const dated = parseMinutes('Open dialogue platform\nTopic: Youth employment\nTalas city, 12 May 2021\n');
    expect([dated.topic, dated.venue?.city]).toEqual(['Youth employment', 'Talas']);
    // Negatives: a value that ends unfinished goes on to the place ("… in" / "Talas region"); a place's label keeps the
    // place line under it; a line that only mentions a place is no place line; an open quotation goes on.
    expect(parseMinutes('Open dialogue platform\nTopic: Youth employment in\nTalas region\n').topic).toBe('Youth employment in Talas region');
    expect(parseMinutes('Open dialogue platform\nVenue: hotel “Alay”\nOsh city\n').venue?.text).toBe('hotel “Alay” Osh city');
    expect(parseMinutes('Open dialogue platform\nTopic: Youth employment\nin Talas region\n').topic).toBe('Youth employment in Talas region');
    expect(parseMinutes('Open dialogue platform\nTopic: “Youth employment\nin Talas region”\n').topic).toBe('Youth employment in Talas region');
  });
  it('a title ends before a date line a wrap cut in two, and a quoted day is no topic ("… region “16”" / "December 2021")', () => {
    // (The title had run on over the place and the date, and the topic had been "16".)
    const r = parseMinutes('Open Dialogue Platform\nBalykchy, Issyk-Kul region "16"\nDecember 2021\n\nModerator: Asanov Bakyt.\n');
    expect([r.title, r.topic, r.venue?.city, r.date?.iso]).toEqual(['Open Dialogue Platform', null, 'Balykchy', '2021-12-16']);
    // A quoted number on the title's own line is no topic either; a quotation of words is, over a date line.
    expect(parseMinutes('Open Dialogue Platform in Balykchy "16"\n\nModerator: Asanov Bakyt.\n').topic).toBeNull();
    expect(parseMinutes('Open Dialogue Platform on the topic\n"Local budgets"\n18 March 2021\n').topic).toBe('Local budgets');
  });
  it('a day in quotes alone on a label\'s line goes on to its month ("Дата и место проведения: «5»" / "ноября 2021 г., г. Токмок, …")', () => {
    // (The venue had been "5": the value ended at the quotation, as a quoted title's does.)
    const r = parseMinutes('Открытая диалоговая платформа в Чуйской области\n\nДата и место проведения: «5»\nноября 2021 г., г. Токмок, кафе «Бакай»\n');
    expect([r.date?.iso, r.venue]).toEqual(['2021-11-05', { text: 'г. Токмок, кафе «Бакай»', city: 'Токмок', name: 'Бакай', room: null }]);
    // Negative: a quotation of words is still a whole value ("Тема: «Вода»" / "Нарынская область").
    expect(parseMinutes('Открытая диалоговая площадка\nТема: «Вода»\nНарынская область\n').topic).toBe('Вода');
  });
  it('a labelled topic ends before a line that opens with a label of its own, known or not', () => {
    const held = parseMinutes('MINUTES\nof the open dialogue platform in Batken region\n\nTopic: “Cross-border trade”\nHeld: 5 October 2021, Batken city, “Nur” hotel.');
    expect(held.topic).toBe('Cross-border trade');
    expect(held.date?.iso).toBe('2021-10-05');
    expect(held.venue).toMatchObject({ city: 'Batken', name: 'Nur' });
    expect(parseMinutes('Open dialogue platform in Naryn region\nTopic: Pastures\nFormat: offline').topic).toBe('Pastures');
    // (A value that opens with a digit is a count under a count: "Number of participants: 25" / "**Women:** 14", tested below.)
    // Negatives: a line that ends unfinished goes on, whatever the next one opens with; a capitalised word
    // with no colon after it is no label; a label with no value of its own takes the lines under it.
    expect(parseMinutes('T\n\nPurpose: to discuss the results of the survey,\nPublic Councils: their role.').purpose).toBe('to discuss the results of the survey, Public Councils: their role');
    expect(parseMinutes('T\n\nPurpose: to discuss the plan of the\nPublic Council of the Ministry.').purpose).toBe('to discuss the plan of the Public Council of the Ministry');
    expect(parseMinutes('T\n\nParticipated: total 27 people, of which women 9, men 18.\nComposition: farmers, police.').participants?.groups).toEqual(['farmers', 'police']);
  });
  it('reads the quoted topic of the title', () => {
    expect(value(topic, 'Open dialogue platform in Batken region on the topic "SPECIAL STATUS"')).toBe('SPECIAL STATUS');
  });
  it('prefers a Topic: label', () => {
    expect(value(topic, 'Meeting in Naryn\n\nTopic: Early marriages.')).toBe('Early marriages');
  });
  it('reads a quotation after a kind of event and a joining word in running text', () => {
    expect(value(topic, 'Notes\n\nOn July 8, 2021 an Open Dialogue Platform meeting on "Prevention of extremism" was held.')).toBe('Prevention of extremism');
  });
  it('does not take a quotation that only follows "on"', () => {
    expect(value(topic, 'Notes\n\nThe participants agreed on "next steps".')).toBeNull();
  });
  it('is null when nothing names a topic', () => {
    expect(value(topic, 'Notes from the meeting in Suusamyr village\n\nPeople talked.')).toBeNull();
  });
});

describe('purpose', () => {
  it('reads the label and drops the final period', () => {
    expect(value(purpose, 'T\n\nGoal: To discuss water supply.')).toBe('To discuss water supply');
  });
  it('is null without a label', () => {
    expect(value(purpose, 'T\n\nThe purpose was not stated.')).toBeNull();
  });
  it('reads "Target:" and "Tasks:", as a translation gives "Цель:" and "Задачи:"', () => {
    expect(value(purpose, 'T\n\nTarget: to discuss the budget.')).toBe('to discuss the budget');
    expect(value(purpose, 'T\n\nGoals and tasks: to discuss the budget.')).toBe('to discuss the budget');
    // (Not "Target group:", a participants label, nor a task in a sentence.)
    expect(value(purpose, 'T\n\nTarget group: farmers, teachers.\n\nThe task of the moderator was difficult.')).toBeNull();
  });
  it('reads "The main purpose:" and "Main goal:" as labels', () => {
    expect(value(purpose, 'T\n\nThe main purpose: discussing migration.')).toBe('discussing migration');
    expect(value(purpose, 'T\n\nMain goal: to agree on a plan.')).toBe('to agree on a plan');
    // Negative: "main" before another word is no purpose label.
    expect(value(purpose, 'T\n\nMain issues: roads and water.')).toBeNull();
  });
  it('reads the labels that pair aims with objectives ("Purpose and objectives:", "Цели и задачи:")', () => {
    expect(value(purpose, 'T\n\nPurpose and objectives: to discuss the problems of migrants.')).toBe('to discuss the problems of migrants');
    expect(parseMinutes('Протокол\n\nЦели и задачи: обсуждение проблем мигрантов.').purpose).toBe('обсуждение проблем мигрантов');
  });
  it('reads the rest of a sentence that states the aim, up to its end', () => {
    expect(value(purpose, 'T\n\nThe aim of the meeting was to discuss the role of local communities. Then the participants met.')).toBe('to discuss the role of local communities');
    expect(value(purpose, 'T\n\nThe meeting was aimed at raising awareness of migrants’ rights.')).toBe('raising awareness of migrants’ rights');
    expect(value(purpose, 'T\n\nThe meeting aimed at building interaction between local and state bodies.')).toBe('building interaction between local and state bodies');
    expect(value(purpose, 'T\n\nThe platform aimed to build interaction between local and state bodies.')).toBe('to build interaction between local and state bodies');
  });
  it('any aim noun with any event noun, "was" or "is" (lexicon data built from the two lists)', () => {
    expect(value(purpose, 'T\n\nThe aim of the platform is to develop proposals on tourism. The map was shown.')).toBe('to develop proposals on tourism');
    expect(value(purpose, 'T\n\nThe main goal of the round table was to agree on a plan.')).toBe('to agree on a plan');
    expect(value(purpose, 'T\n\nThe aim of the dialogue platform was to discuss migration.')).toBe('to discuss migration');
    expect(value(purpose, 'T\n\nThe purpose of the open dialogue platform is to hear the residents.')).toBe('to hear the residents');
    // And with no event: "The main goal is …", "The purpose was …"; "Основная цель – …", "Целью было …" (not "Основная цель проекта").
    expect(parseMinutes('# Т\n\nОсновная цель – обсудить дороги.\n').purpose).toBe('обсудить дороги');
    expect(parseMinutes('# Т\n\nЦелью было обсуждение дорог.\n').purpose).toBe('обсуждение дорог');
    expect(parseMinutes('# Т\n\nОсновная цель проекта – помочь фермерам.\n').purpose).toBeNull();
    expect(value(purpose, 'T\n\nThe main goal is to discuss roads. The map was shown.')).toBe('to discuss roads');
    expect(value(purpose, 'T\n\nThe purpose was to hear the residents.')).toBe('to hear the residents');
    expect(parseMinutes('# Т\n\nОсновная цель платформы – выработать предложения по туризму.\n').purpose).toBe('выработать предложения по туризму');
  });
  it('or a colon after them inside a sentence ("… introduced the purpose of the meeting: to hear …")', () => {
    expect(value(purpose, 'T\n\nThe moderator welcomed the participants and introduced the purpose of the meeting: to hear the opinion of patients. Then Name spoke.')).toBe('to hear the opinion of patients');
    // Negative: no aim noun before "of the meeting:".
    expect(value(purpose, 'T\n\nThe moderator read the agenda of the meeting: roads and water.')).toBeNull();
  });
  it('joins the items of a list under an empty label with "; "', () => {
    const text = '# Open dialogue platform\n\nObjectives of the meeting:\n\n1. to discuss the problems of migrants;\n2. to develop recommendations.\n\nSuggestions:\n1. Open a centre.';
    expect(parseMinutes(text).purpose).toBe('to discuss the problems of migrants; to develop recommendations');
    expect(parseMinutes(text).suggestions).toEqual([{ number: 1, text: 'Open a centre' }]);
    expect(parseMinutes('# Т\n\nЦели встречи:\n- обсудить проблемы мигрантов;\n- выработать рекомендации.\n').purpose).toBe('обсудить проблемы мигрантов; выработать рекомендации');
  });
  it('negative: an aim of something else is no purpose of the meeting ("The aim of the project is …")', () => {
    expect(value(purpose, 'T\n\nThe aim of the project is to build roads.')).toBeNull();
  });
});

describe('moderator: several named', () => {
  it('the record holds the first, and an info diagnostic names the others, at the second\'s place', () => {
    const r = parseMinutes('Open dialogue platform\n\nModerators: Asanov Bolot, expert, and Bekova Aida, lawyer.\n');
    expect(r.moderator).toEqual({ name: { full: 'Asanov Bolot', given: 'Bolot', patronymic: null, family: 'Asanov' }, roles: ['expert'] });
    expect(r.diagnostics.filter((d) => d.code === 'moderator-several')).toEqual([
      { severity: 'info', code: 'moderator-several', message: '2 moderators are named; the record holds the first, “Asanov Bolot”, not “Bekova Aida”', line: 3, column: 39 },
    ]);
    expect(parseMinutes('Open dialogue platform\n\nThe meeting was moderated by Asanov Bolot and Bekova Aida.\n').diagnostics.map((d) => d.code)).toContain('moderator-several');
    // Negatives: one moderator, and people that the roles or a later clause name, are no second moderator.
    for (const text of [
      'Moderator: Abdyrov Tolonbek Shakirovich, a chairperson of Coordinating Council of Public Councils of State bodies, professor.',
      'Moderator: Abdyrov Tolonbek, assistant to deputy Asanov Bolot.',
      'Moderator: Abdyrov Tolonbek (replacing Bekova Aida).',
      'The meeting was moderated by Abdyrov Tolonbek, who then gave the floor to Asanov Bolot.',
    ]) {
      expect(parseMinutes(`Open dialogue platform\n\n${text}\n`).diagnostics.map((d) => d.code), text).not.toContain('moderator-several');
    }
  });
  it('so do "moderated by two facilitators: Name and Name", "two moderators:", and people joined before the verb (the first, not the last)', () => {
    const first = (text: string) => {
      const r = parseMinutes(`${text.startsWith('В') || text.startsWith('Б') ? 'Открытая диалоговая площадка' : 'Open dialogue platform'}\n\n${text}\n`);
      return [r.moderator?.name.full, r.moderator?.roles, r.diagnostics.some((d) => d.code === 'moderator-several')];
    };
    // (The words before the colon had been his role, "two facilitators"; the last of the joined people had been the one.)
    expect(first('The event was moderated by two facilitators: Aida Bekova and Bolot Asanov.')).toEqual(['Aida Bekova', [], true]);
    expect(first('The event was moderated by the following persons: Aida Bekova, expert, and Bolot Asanov.')).toEqual(['Aida Bekova', ['expert'], true]);
    expect(first('The event had two moderators: Aida Bekova and Bolot Asanov.')).toEqual(['Aida Bekova', [], true]);
    expect(first('Aida Bekova and Bolot Asanov moderated the meeting.')).toEqual(['Aida Bekova', [], true]);
    expect(first('Бекова Аида и Асанов Болот модерировали встречу.')).toEqual(['Бекова Аида', [], true]);
    expect(first('Встречу модерировали Бекова Аида и Асанов Болот.')).toEqual(['Бекова Аида', [], true]);
    // Words that end with "by" are no role of the name after them (it had been "After a speech by").
    expect(first('After a speech by Aida Bekova, Bolot Asanov moderated the discussion.')).toEqual(['Bolot Asanov', [], false]);
    // Negatives: one who moderated after another named in the sentence is the one; a plural title a verb follows names no one.
    expect(first('After the opening, Aida Bekova, expert, moderated the discussion.')).toEqual(['Aida Bekova', ['expert'], false]);
    expect(first('The moderators thanked Mr. Bolot Asanov for the hall.')).toEqual([undefined, undefined, false]);
  });
  it('so do people parted by a comma or semicolon on the label\'s line, and the items of a list under a label left empty', () => {
    const several = (text: string) => {
      const r = parseMinutes(`${/^[А-Я]/.test(text) ? 'Открытая диалоговая площадка' : 'Open dialogue platform'}\n\n${text}\n`);
      return [r.moderator?.name.full, r.moderator?.roles, r.diagnostics.filter((d) => d.code === 'moderator-several').map((d) => [d.message, d.line, d.column])];
    };
    // (They had been left out without a word: only "and" joined a second moderator.)
    expect(several('Moderators: Kim Oleg, lawyer; Bekova Aida, journalist.')).toEqual(['Kim Oleg', ['lawyer'], [['2 moderators are named; the record holds the first, “Kim Oleg”, not “Bekova Aida”', 3, 31]]]);
    expect(several('Moderators: Kim Oleg (lawyer), Bekova Aida (journalist).')).toEqual(['Kim Oleg', ['lawyer'], [['2 moderators are named; the record holds the first, “Kim Oleg”, not “Bekova Aida”', 3, 32]]]);
    expect(several('Co-moderators: Kim Oleg, lawyer, Mr. Asanov Bolot')).toEqual(['Kim Oleg', ['lawyer'], [['2 moderators are named; the record holds the first, “Kim Oleg”, not “Asanov Bolot”', 3, 38]]]);
    expect(several('Moderators:\n1. Kim Oleg, lawyer;\n2. **Bekova Aida**, journalist;\n3. Ms. Sarah Miller (UNDP).')).toEqual([
      'Kim Oleg',
      ['lawyer'],
      [['3 moderators are named; the record holds the first, “Kim Oleg”, not “Bekova Aida”, “Sarah Miller”', 5, 6]],
    ]);
    expect(several('Модераторы:\n- Ким Олег Петрович, юрист;\n- Бекова Аида Асановна, журналист.')).toEqual([
      'Ким Олег Петрович',
      ['юрист'],
      [['2 moderators are named; the record holds the first, “Ким Олег Петрович”, not “Бекова Аида Асановна”', 5, 3]],
    ]);
    // Negatives: another field's label between them; a list item that is labelled, or opens with no name, ends the moderators.
    expect(several('Chair: Kim Oleg; secretary: Bekova Aida')).toEqual(['Kim Oleg', [], []]);
    expect(several('Moderator:\n- Kim Oleg, lawyer\n- Date: 5 May 2021\n- Bekova Aida')).toEqual(['Kim Oleg', ['lawyer'], []]);
    expect(several('Moderator:\n- Kim Oleg, lawyer\n- the school of Bekova Aida')).toEqual(['Kim Oleg', ['lawyer'], []]);
    expect(several('Moderator:\n- Kim Oleg, lawyer\n\nSpeakers:\n- Bekova Aida, journalist')).toEqual(['Kim Oleg', ['lawyer'], []]);
  });
});

describe('moderator', () => {
  it('a label of no field on the next line ("Secretary:", "Prepared by:") ends the moderator’s value', () => {
    const moderator = (next: string) => parseMinutes(`Public hearing\n\nChair: Mr. Talant Mamytov, head of the district finance department\n${next}\n`).moderator;
    for (const next of ['Secretary: Ms. Aigul Osmonova', 'Minutes taken by: Aigul Osmonova', 'Prepared by: Aigul Osmonova']) {
      expect(moderator(next), next).toEqual({ name: { full: 'Talant Mamytov', given: 'Talant', patronymic: null, family: 'Mamytov' }, roles: ['head of the district finance department'] });
    }
    expect(parseMinutes('Протокол\n\nПредседатель: Мамытов Талант, начальник финансового отдела\nСекретарь: Осмонова Айгуль\n').moderator?.roles).toEqual(['начальник финансового отдела']);
    // Negative: "Notes" alone on a line is still a title, not a label.
    expect(parseMinutes('Notes\n\nThe meeting was held in Naryn.\n').title).toBe('Notes');
  });
  it('who kept or wrote the minutes is no moderator and no speaker ("Протокол вела:", "Report prepared by:")', () => {
    // (The verb of "Протокол вела" is a moderator's cue, "Встречу вела Name"; "Report" a talk's word.)
    for (const last of ['Протокол вела: секретарь А. Бекова', 'Отчет подготовила: А. Бекова, секретарь ОС', 'Протокол составил: Бекова Аида']) {
      const r = parseMinutes(`Открытая диалоговая площадка\n\nВыступили: Ким Олег, эксперт.\n\n${last}\n`);
      expect([r.moderator, r.speakers.map((s) => s.name.full)], last).toEqual([null, ['Ким Олег']]);
    }
    for (const last of ['Report prepared by: A. Bekova, secretary of the Public Council', 'Protocol drawn up by: A. Bekova']) {
      const r = parseMinutes(`Open dialogue platform\n\nSpeakers: Kim Oleg, expert.\n\n${last}\n`);
      expect([r.moderator, r.speakers.map((s) => s.name.full)], last).toEqual([null, ['Kim Oleg']]);
    }
    // Negative: the verb in a sentence still names the moderator.
    expect(parseMinutes('Открытая диалоговая площадка\n\nВстречу вела Бекова Аида, член ОС.\n').moderator).toEqual({ name: { full: 'Бекова Аида', given: 'Аида', patronymic: null, family: 'Бекова' }, roles: ['член ОС'] });
  });
  it('reads "The role of moderator was performed by Name, role" and "Moderation was carried out by Name"', () => {
    for (const lead of ['The role of moderator was performed by', 'The role of the moderator was played by', 'Moderation was carried out by']) {
      expect(value(moderator, `T\n\n${lead} Asanov Bolot, expert.`), lead).toEqual({ name: { full: 'Asanov Bolot', given: 'Bolot', patronymic: null, family: 'Asanov' }, roles: ['expert'] });
    }
    expect(parseMinutes('Открытая диалоговая площадка\n\nРоль модератора выполняла Асанова Айгуль, эксперт.\n').moderator?.name.full).toBe('Асанова Айгуль');
    // With the event between (it had given none).
    expect(parseMinutes('Открытая диалоговая площадка\n\nМодерацию площадки осуществляла Асанова Айгуль, эксперт.\n').moderator).toMatchObject({ name: { full: 'Асанова Айгуль' }, roles: ['эксперт'] });
    // Negative: a role of someone else's, performed by a speaker, is no moderator's.
    expect(value(moderator, 'T\n\nThe role of the secretary was performed by Asanov Bolot.')).toBeNull();
  });
  it('a "Moderator:" label left empty over a sentence that brings in someone else gives no moderator', () => {
    const r = parseMinutes('Open dialogue platform\n\nModerator:\n\nSpeeches were made by Kasymova Aida, teacher.\n');
    expect(r.moderator).toBeNull();
    expect(pairs(r.speakers)).toEqual([['Kasymova Aida', ['teacher']]]);
    // Negative: the paragraph under it that names the moderator, roles first or not, still does.
    expect(parseMinutes('Open dialogue platform\n\nModerator:\n\nthe head of the district administration, Asanov Bolot\n').moderator).toMatchObject({ name: { full: 'Asanov Bolot' }, roles: ['head of the district administration'] });
    expect(parseMinutes('Open dialogue platform\n\nModerator:\n\nAsanov Bolot, expert.\n').moderator?.name.full).toBe('Asanov Bolot');
  });
  it('reads "Moderator of the meeting - Name, role"', () => {
    expect(value(moderator, 'T\n\nModerator of the meeting - Asel Tokonova, member of the Public Council.')).toMatchObject({
      name: { full: 'Asel Tokonova' },
      roles: ['member of the Public Council'],
    });
  });
  it('splits name and roles after a Moderator: label', () => {
    expect(value(moderator, 'Moderator: Abdyrov Tolonbek Shakirovich, a chairperson of X, professor.')).toEqual({
      name: { full: 'Abdyrov Tolonbek Shakirovich', given: 'Tolonbek', patronymic: 'Shakirovich', family: 'Abdyrov' },
      roles: ['chairperson of X', 'professor'],
    });
  });
  it('accepts a Chair: label and drops the honorific', () => {
    expect(value(moderator, '**Chair:** Mr. John Smith, journalist')?.name).toEqual({ full: 'John Smith', given: 'John', patronymic: null, family: 'Smith' });
  });
  it('takes roles written before the name with a dash', () => {
    expect(value(moderator, 'Moderator: head of the Public Council – Isakova Jyldyz')?.roles).toEqual(['head of the Public Council']);
  });
  it('reads "chaired by" in running text', () => {
    expect(value(moderator, 'T\n\nThe meeting was chaired by Gulmira Asanova, deputy mayor. Then X.')?.roles).toEqual(['deputy mayor']);
  });
  it('reads a Russian verb of moderating with the event after it ("Модерировал встречу председатель ОС Name")', () => {
    const of = (t: string) => parseMinutes(`Отчёт\n\n${t}`).moderator;
    expect(of('Модерировал встречу председатель ОС МВД Ташиев Айбек.')).toMatchObject({ name: { full: 'Ташиев Айбек' }, roles: ['председатель ОС МВД'] });
    expect(of('Вела заседание Бекова Аида, эксперт.')).toMatchObject({ name: { full: 'Бекова Аида' }, roles: ['эксперт'] });
    expect(of('Модерировал Ташиев Айбек, член ОС.')).toMatchObject({ name: { full: 'Ташиев Айбек' }, roles: ['член ОС'] });
    // Negative: the object is no role, nor is anyone after another verb ("провел анализ").
    expect(of('Эксперт провел анализ данных. Ташиев Айбек рассказал о дорогах.')).toBeNull();
  });
  it('reads a Russian chair labelled with the sitting ("Председательствующий на заседании:", "Председатель заседания:")', () => {
    const of = (t: string) => parseMinutes(`ПРОТОКОЛ\n\n${t}\n`).moderator;
    expect(of('Председательствующий на заседании: Асанов Б.К.')).toMatchObject({ name: { full: 'Асанов Б.К.' }, roles: [] });
    expect(of('Председатель заседания: Асанов Б.К., депутат')).toMatchObject({ name: { full: 'Асанов Б.К.' }, roles: ['депутат'] });
    expect(of('Ведущая встречи: Асанова Айгуль, эксперт')).toMatchObject({ name: { full: 'Асанова Айгуль' }, roles: ['эксперт'] });
  });
  it('ends the roles where a verb of the meeting itself comes after its chair ("The platform, chaired by Name, role, gathered 60 participants")', () => {
    const en = parseMinutes('T\n\nThe dialogue platform, chaired by Nurlan Mamytov, deputy head of the city administration, gathered 60 participants (men – 35, women – 25), among them teachers and imams.');
    expect(en.moderator?.roles).toEqual(['deputy head of the city administration']);
    expect(en.participants).toMatchObject({ total: 60, women: 25, men: 35 });
    for (const verb of ['brought together 40 people', 'took place in the city hall']) {
      expect(value(moderator, `T\n\nThe meeting, moderated by Nurlan Mamytov, deputy head of the city administration, ${verb}.`)?.roles, verb).toEqual(['deputy head of the city administration']);
    }
    for (const verb of ['собрала 60 участников, в том числе учителей и имамов', 'состоялась в здании мэрии']) {
      expect(parseMinutes(`Отчёт\n\nПлощадка под председательством Мамытова Нурлана, заместителя мэра города, ${verb}.`).moderator?.roles, verb).toEqual(['заместителя мэра города']);
    }
    // Negative: a role that holds such a word after others is still a role ("head of the Centre that hosted the forum" is not cut at its start).
    expect(value(moderator, 'T\n\nThe meeting was chaired by Gulmira Asanova, head of the hosting organisation. Then X.')?.roles).toEqual(['head of the hosting organisation']);
  });
  it('finds the chair marked in an attendee list and drops the mark', () => {
    expect(value(moderator, 'Present:\n- Aibek Tashiev, expert\n- Aida Bekova, head of X (chair)')).toEqual({
      name: { full: 'Aida Bekova', given: 'Aida', patronymic: null, family: 'Bekova' },
      roles: ['head of X'],
    });
  });
  it('negative: a chair word before a name in a sentence of speeches marks no chair ("… and the chairman Bekov Almaz")', () => {
    // (He had been the moderator, and the paragraph, claimed, had given no speakers.)
    const r = parseMinutes('T\n\nSpeeches were delivered by the head of police Kenzhebaev Marat and the chairman Bekov Almaz.\n');
    expect(r.moderator).toBeNull();
    expect(pairs(r.speakers)).toEqual([
      ['Kenzhebaev Marat', ['head of police']],
      ['Bekov Almaz', ['chairman']],
    ]);
  });
  it('on a label’s own line, the chair marked in its list takes no role from the label', () => {
    expect(value(moderator, 'T\n\nAttendees: Asanov Bolot – chairperson, Kim Sergei – secretary, Bekova Aida.')).toEqual({
      name: { full: 'Asanov Bolot', given: 'Bolot', patronymic: null, family: 'Asanov' },
      roles: [],
    });
    expect(value(moderator, 'T\n\nParticipants: Asanov Bolot (moderator), Kim Sergei (IOM), Bekova Aida (UNDP).')?.roles).toEqual([]);
    // Negative: roles of the person's own stay.
    expect(value(moderator, 'T\n\nParticipants: Asanov Bolot, head of the village council (chair), Kim Sergei (IOM).')?.roles).toEqual(['head of the village council']);
  });
  it('finds the chair marked in an attendee list as the chair of the event ("– chairman of the meeting, member of …")', () => {
    const list = 'List of participants:\n1. Musaev Taalaibek – chairman of the meeting, member of the Public Council\n2. Abdieva Gulmira – head of the tax office';
    expect(value(moderator, `T\n\n${list}`)).toEqual({ name: { full: 'Musaev Taalaibek', given: 'Taalaibek', patronymic: null, family: 'Musaev' }, roles: ['member of the Public Council'] });
    expect(parseMinutes('Протокол\n\nСписок участников:\n1. Мусаев Таалайбек – председатель собрания, член Общественного совета\n2. Абдиева Гульмира – начальник налоговой службы\n').moderator?.roles).toEqual(['член Общественного совета']);
    // Negative: the chair of something else does not chair the meeting.
    expect(value(moderator, 'T\n\nList of participants:\n1. Musaev Taalaibek – chairman of the village council\n2. Abdieva Gulmira – head of the tax office')).toBeNull();
  });
  it('is null when nobody chairs', () => {
    expect(value(moderator, 'T\n\nAibek Tashiev, chairman of the Council, spoke about roads.')).toBeNull();
  });
  it('takes the name right after a moderator’s title in running text ("opened by the moderator Name, role")', () => {
    expect(value(moderator, 'T\n\nThe meeting was opened by the moderator Jumabaev N.K., member of the Public Council, who welcomed the participants.')).toEqual({
      name: { full: 'Jumabaev N.K.', given: null, patronymic: null, family: 'Jumabaev' },
      roles: ['member of the Public Council'],
    });
    expect(parseMinutes('# Т\n\nВстречу открыл модератор встречи Жумабаев Н.К., член Общественного совета.\n').moderator?.roles).toEqual(['член Общественного совета']);
  });
  it('negative: a name later in the moderator’s sentence is not the moderator ("The moderator thanked Mr. Asanov"), nor one after "the chairman"', () => {
    expect(value(moderator, 'T\n\nThe moderator thanked Mr. Asanov for his report.')).toBeNull();
    expect(value(moderator, 'T\n\nThe floor was given to the chairman Asanov Bakyt, who spoke about roads.')).toBeNull();
  });
});

describe('date', () => {
  it('a date label that gives only a month and a year gives those, and warns date-without-day', () => {
    const r = parseMinutes('T\n\nDate: July 2021\nVenue: Osh city');
    expect(r.date).toEqual({ text: 'July 2021', year: 2021, month: 7, day: null, iso: null });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'date-without-day', severity: 'warning', line: 3, column: 7 }));
    expect(parseMinutes('Протокол\n\nДата: июль 2021 г.').date).toEqual({ text: 'июль 2021 г.', year: 2021, month: 7, day: null, iso: null });
    expect(parseMinutes('T\n\nDate and venue: July, 2021, Osh city').date?.text).toBe('July, 2021');
    // After the word that says "in" ("в июле 2021 г."), which is no part of the date, nor of the place after it.
    expect(parseMinutes('Протокол\n\nДата проведения: в июле 2021 г.').date).toEqual({ text: 'июле 2021 г.', year: 2021, month: 7, day: null, iso: null });
    const inJuly = parseMinutes('T\n\nDate and venue: in July 2021, Osh city, hotel "Orto-Asia"');
    expect(inJuly.date).toEqual({ text: 'July 2021', year: 2021, month: 7, day: null, iso: null });
    expect(inJuly.venue).toEqual({ text: 'Osh city, hotel "Orto-Asia"', city: 'Osh', name: 'Orto-Asia', room: null });
    // Negatives: a whole date anywhere in a label wins; a month and year that open no label value, or a span of months, are none.
    expect(parseMinutes('T\n\nDate: July 2021\n\nDate and venue: 8 July 2021, Osh city').date?.iso).toBe('2021-07-08');
    expect(parseMinutes('T\n\nDate: in July 2021 or later').date).toBeNull();
    expect(parseMinutes('T\n\nDate: July 2021 – September 2021').date).toBeNull();
  });
  it('a date label that gives the year alone gives it, and warns date-without-day (it had given no date)', () => {
    const r = parseMinutes('T\n\nDate: 2021\nVenue: Osh city');
    expect(r.date).toEqual({ text: '2021', year: 2021, month: null, day: null, iso: null });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'date-without-day', message: 'Date “2021” gives the year but no month or day', line: 3, column: 7 }));
    expect(parseMinutes('Протокол\n\nДата проведения: 2021 г., г. Ош').date).toEqual({ text: '2021 г.', year: 2021, month: null, day: null, iso: null });
    // Negatives: a span of years, a year that opens other words, a number that is no year, or a year in running text.
    for (const text of ['Date: 2021-2022', 'Date: 2021 year plan', 'Date: 1500', 'The law was adopted in 2021.']) {
      expect(parseMinutes(`T\n\n${text}`).date, text).toBeNull();
    }
    // A whole date elsewhere wins, and so does a month and a year in the sentence of the meeting.
    expect(parseMinutes('T\n\nDate: 2021\n\nThe platform was held on 18 March 2021 in Osh.').date?.iso).toBe('2021-03-18');
    expect(parseMinutes('T\n\nDate: 2021\n\nThe platform was held in July 2021 in Osh.').date?.month).toBe(7);
  });
  it('a month and a year in the title, or in the sentence that says the meeting took place, give those where nothing gives a day', () => {
    const july = { text: 'July 2021', year: 2021, month: 7, day: null, iso: null };
    // (Until this stop, a month and a year in running text gave no date at all: the sentence of the meeting gives its date.)
    expect(parseMinutes('T\n\nThe platform was held in July 2021 in Osh.').date).toEqual(july);
    expect(parseMinutes('T\n\nIn July 2021, an open dialogue platform took place in Osh.').date).toEqual(july);
    expect(parseMinutes('T\n\nThe platform was held in Osh city, hotel "Orto-Asia", during July 2021.').date).toEqual(july);
    expect(parseMinutes('Open dialogue platform in Osh region, July 2021\n\nModerator: Asanov Bolot.').date).toEqual(july);
    expect(parseMinutes('Протокол\n\nОткрытая диалоговая площадка прошла в Оше в июле 2021 г.').date).toEqual({ text: 'июле 2021 г.', year: 2021, month: 7, day: null, iso: null });
    const r = parseMinutes('T\n\nIn July 2021, an open dialogue platform took place in Osh.');
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'date-without-day', line: 3, column: 4 }));
    // Negatives: a whole date anywhere wins; a month and a year in a sentence that says no meeting took place, or after a
    // day, or a year alone, give none.
    expect(parseMinutes('T\n\nThe previous platform was held in May 2020.\n\nThe platform was held on 18 March 2021 in Osh.').date?.iso).toBe('2021-03-18');
    expect(parseMinutes('T\n\nThe meeting was held in Osh. Migration has grown since March 2020.').date).toBeNull();
    expect(parseMinutes('T\n\nSince March 2020 the number of migrants grew.').date).toBeNull();
    expect(parseMinutes('T\n\nThe meeting was held to discuss the law adopted in 2020.').date).toBeNull();
  });
  it('a date label that gives only a day and a month in digits gives those, and warns date-without-year', () => {
    const r = parseMinutes('T\n\nDate: 18.03.\nVenue: Osh city');
    expect(r.date).toEqual({ text: '18.03.', year: null, month: 3, day: 18, iso: null });
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ code: 'date-without-year', line: 3, column: 7 }));
    expect(parseMinutes('T\n\nDate and venue: 18.03, Osh city, hotel “Orto-Asia”.').date?.text).toBe('18.03');
    expect(parseMinutes('T\n\nDate: 18.03.', { assumeYear: 2021 }).date?.iso).toBe('2021-03-18');
    // Negatives: not a month past 12, nor digits with more after them, nor at another label or in running text.
    expect(parseMinutes('T\n\nDate: 18.13.').date).toBeNull();
    expect(parseMinutes('T\n\nDate: 18.03 or later').date).toBeNull();
    expect(parseMinutes('T\n\nBudget: 18.03.').date).toBeNull();
    expect(parseMinutes('T\n\nThe tariff rose by 18.03 per cent.').date).toBeNull();
  });
  it('a Russian weekday before the date is part of its text', () => {
    expect(parseMinutes('Протокол\n\nДата: четверг, 18 марта 2021 г.').date).toEqual({ text: 'четверг, 18 марта 2021 г.', year: 2021, month: 3, day: 18, iso: '2021-03-18' });
  });
  it.each([
    ['Date and place: 18 of March, city Osh', { text: '18 of March', year: null, month: 3, day: 18, iso: null }],
    ['Date: July 08, 2021', { text: 'July 08, 2021', year: 2021, month: 7, day: 8, iso: '2021-07-08' }],
    ['Date: March the 18th, 2021', { text: 'March the 18th, 2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    ['Date: March the 18th', { text: 'March the 18th', year: null, month: 3, day: 18, iso: null }],
    // Month first only where day first cannot be (an American date kept by a translation).
    ['Date: 3/18/2021', { text: '3/18/2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    ['Date: 03/11/2021', { text: '03/11/2021', year: 2021, month: 11, day: 3, iso: '2021-11-03' }],
    // A month in Roman numerals.
    ['Date: 18.III.2021', { text: '18.III.2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    ['Date: 5 XII 2021', { text: '5 XII 2021', year: 2021, month: 12, day: 5, iso: '2021-12-05' }],
    // A numeric range with the month on both days gives the first day, and keeps the whole range.
    ['Date: 25.02-26.02.2021', { text: '25.02-26.02.2021', year: 2021, month: 2, day: 25, iso: '2021-02-25' }],
    ['Date: 25.02 – 26.02.2021', { text: '25.02 – 26.02.2021', year: 2021, month: 2, day: 25, iso: '2021-02-25' }],
    // Both days in full: the first, and the whole range as its text.
    ['Date: 18.03.2022 - 19.03.2022', { text: '18.03.2022 - 19.03.2022', year: 2022, month: 3, day: 18, iso: '2022-03-18' }],
    // Negative: another month, or days too far apart, after the dash.
    ['Date: 18.03.2022 - 19.04.2022', { text: '18.03.2022', year: 2022, month: 3, day: 18, iso: '2022-03-18' }],
    ['Date: 18.03.2022 - 30.03.2022', { text: '18.03.2022', year: 2022, month: 3, day: 18, iso: '2022-03-18' }],
    // Negative: another month before the dash, or days too far apart, is no range of this date.
    ['Date: 25.01-26.02.2021', { text: '26.02.2021', year: 2021, month: 2, day: 26, iso: '2021-02-26' }],
    ['Date: 01.02-26.02.2021', { text: '26.02.2021', year: 2021, month: 2, day: 26, iso: '2021-02-26' }],
    ['Date: 02.11.2021', { text: '02.11.2021', year: 2021, month: 11, day: 2, iso: '2021-11-02' }],
    ['Date: 3 May 2021', { text: '3 May 2021', year: 2021, month: 5, day: 3, iso: '2021-05-03' }],
    ['Date: June 14, 2021', { text: 'June 14, 2021', year: 2021, month: 6, day: 14, iso: '2021-06-14' }],
    ['Date: February 25-26, 2021', { text: 'February 25-26, 2021', year: 2021, month: 2, day: 25, iso: '2021-02-25' }],
    ['Date: 2021-10-05', { text: '2021-10-05', year: 2021, month: 10, day: 5, iso: '2021-10-05' }],
    // A weekday right before the date is part of it as written.
    ['Date and place: Thursday, March 18th, 2021, city Osh', { text: 'Thursday, March 18th, 2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    ['Date: Thu. 18.03.2021', { text: 'Thu. 18.03.2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    // With an article between (it had been "18th of March, 2021" alone).
    ['Date: Thursday, the 18th of March, 2021', { text: 'Thursday, the 18th of March, 2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    // Negative: an article alone before the date is no weekday's ("the 18th of March" gives "18th of March").
    ['Date: the 18th of March, 2021', { text: '18th of March, 2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    // A weekday in brackets between the day and the year: the year is the date's, and the text goes on to it.
    ['Date and venue: March 18 (Thursday), 2021, city Osh', { text: 'March 18 (Thursday), 2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    // And after a comma: "15 September, Wednesday, 2021".
    ['Date: 15 September, Wednesday, 2021', { text: '15 September, Wednesday, 2021', year: 2021, month: 9, day: 15, iso: '2021-09-15' }],
    ['Date: 15 September, Wed. 2021, Osh', { text: '15 September, Wed. 2021', year: 2021, month: 9, day: 15, iso: '2021-09-15' }],
    ['Date: 15 September, Wednesday, at 10:00', { text: '15 September', year: null, month: 9, day: 15, iso: null }],
    // "the 15th day of September 2021", as a formal text writes it.
    ['Date: the 15th day of September, 2021', { text: '15th day of September, 2021', year: 2021, month: 9, day: 15, iso: '2021-09-15' }],
    ['T\n\nThe platform was held on the 2nd day of March 2021 in Osh.', { text: '2nd day of March 2021', year: 2021, month: 3, day: 2, iso: '2021-03-02' }],
    // Negative: a day of another thing is no date's.
    ['T\n\nThe 2nd day of the training was in March.', null],
    // Negative: no weekday in the bracket, or a number that is no year, gives no year.
    ['Date: March 18 (room 12), 2021 participants', { text: 'March 18', year: null, month: 3, day: 18, iso: null }],
    ['Date: March 18 (Thursday), 40 participants', { text: 'March 18', year: null, month: 3, day: 18, iso: null }],
    // Not a word that only ends like one ("Sunday" inside "…sun"), nor a weekday further back.
    ['Date: the sun set on 18 March 2021', { text: '18 March 2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    ['Date: Friday or 18 March 2021', { text: '18 March 2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    ['Date: 18/03/2021', { text: '18/03/2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    ['Date: 18-03-2021', { text: '18-03-2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    // A range of two full dates: the first day, and the whole range as its text (the spec's rule for ranges).
    ['Date: 15.09.2021-16.09.2021', { text: '15.09.2021-16.09.2021', year: 2021, month: 9, day: 15, iso: '2021-09-15' }],
    ['Date: 2021/10/5', { text: '2021/10/5', year: 2021, month: 10, day: 5, iso: '2021-10-05' }],
    ['Date: 2021.10.05', { text: '2021.10.05', year: 2021, month: 10, day: 5, iso: '2021-10-05' }],
    ['Date: Sept. 9, 2021', { text: 'Sept. 9, 2021', year: 2021, month: 9, day: 9, iso: '2021-09-09' }],
    ['Date: the 1st of DECEMBER 2021', { text: '1st of DECEMBER 2021', year: 2021, month: 12, day: 1, iso: '2021-12-01' }],
    // "of" before the year too (chrono stops at the month; the reading with a year wins).
    ['Date: 18 March of 2021', { text: '18 March of 2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    ['Date: the 18th of March of 2021, Osh', { text: '18th of March of 2021', year: 2021, month: 3, day: 18, iso: '2021-03-18' }],
    ['T\n\nThe meeting was held on 12 April 2021 in Talas.', { text: '12 April 2021', year: 2021, month: 4, day: 12, iso: '2021-04-12' }],
  ])('%s', (text, want) => {
    expect(value(date, text)).toEqual(want);
  });
  it('a weekday in brackets before the year in Russian: "18 марта (четверг) 2021 г."', () => {
    expect(parseMinutes('Дата: 18 марта (четверг) 2021 г., г. Ош\n').date).toEqual({ text: '18 марта (четверг) 2021 г.', year: 2021, month: 3, day: 18, iso: '2021-03-18' });
  });
  it('warns date-without-year at the date', () => {
    const r = run(date, 'T\n\nDate: 8 July');
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'date-without-year', severity: 'warning', line: 3, column: 7 })]);
  });
  it('completes the year with assumeYear and says so in an info diagnostic', () => {
    const r = run(date, 'Date: 8 July', { assumeYear: 2021 });
    expect(r.value).toEqual({ text: '8 July', year: 2021, month: 7, day: 8, iso: '2021-07-08' });
    expect(r.diagnostics).toEqual([expect.objectContaining({ code: 'date-year-assumed', severity: 'info' })]);
  });
  it('is null for a year range or a year alone', () => {
    expect(value(date, 'T\n\nThe Concept of Migration Policy for 2021-2030 from 2015 year.')).toBeNull();
  });
  it('is null when no month is named and no number reads as a date', () => {
    expect(value(date, 'T\n\nThe meeting on the 18th gathered 40 people in room 2021-A.')).toBeNull();
    expect(value(date, 'T\n\nDate: 2021-10')).toBeNull();
  });
  it('does not take mixed separators or a number that is no date', () => {
    expect(value(date, 'T\n\nDate: 2021-10.05')).toBeNull();
    expect(value(date, 'T\n\nDate: 18-03.2021')).toBeNull();
    expect(value(date, 'T\n\nCall 12-34-5678 for details.')).toBeNull();
    // Month first is read only with slashes, and never where neither order is a date.
    expect(value(date, 'T\n\nDate: 3.18.2021')).toBeNull();
    expect(value(date, 'T\n\nDate: 13/18/2021')).toBeNull();
    // A Roman numeral between mixed separators, or past XII, is no month.
    expect(value(date, 'T\n\nDate: 18.III 2021')).toBeNull();
    expect(value(date, 'T\n\nDate: 18.XIII.2021')).toBeNull();
  });
  it('does not take an impossible numeric date', () => {
    expect(value(date, 'Date: 31.02.2021')?.iso).toBeNull();
  });
  it('takes a year written before the date, which is then part of its text', () => {
    expect(value(date, 'T\n\nDate and venue: 2021, March 18, Osh city')).toEqual({ text: '2021, March 18', year: 2021, month: 3, day: 18, iso: '2021-03-18' });
    expect(value(date, 'T\n\n2021, 18 March – Osh city')).toEqual({ text: '2021, 18 March', year: 2021, month: 3, day: 18, iso: '2021-03-18' });
    // Emphasis markers are no part of the text.
    expect(value(date, 'T\n\nDate and venue: **2021**, March 18, Osh')).toEqual({ text: '2021, March 18', year: 2021, month: 3, day: 18, iso: '2021-03-18' });
    expect(parseMinutes('Протокол встречи\n\nДата и место: 2021 г., 18 марта, г. Ош\n\nМодератор: Айбек Ташиев.').date).toEqual({ text: '2021 г., 18 марта', year: 2021, month: 3, day: 18, iso: '2021-03-18' });
  });
  it('keeps a year mark left by translation in the date, not in the place ("2021y.", "2021 year", "2021г.")', () => {
    for (const [line, text] of [
      ['Date and venue: 18 March 2021y., Osh city', '18 March 2021y.'],
      ['Date and venue: 18 March, 2021 year, Osh city', '18 March, 2021 year'],
      ['Date and venue: 18.03.2021г., Osh city', '18.03.2021г.'],
    ]) {
      const r = parseMinutes(`# Open dialogue platform\n\n${line}\n`);
      expect([r.date?.text, r.date?.iso, r.venue?.text]).toEqual([text, '2021-03-18', 'Osh city']);
    }
    // A word that only starts with the letter is no mark.
    expect(parseMinutes('# Open dialogue platform\n\nDate and venue: 18 March 2021, Yssyk-Ata district\n').venue?.text).toBe('Yssyk-Ata district');
  });
  it('takes no year from a number that only stands before a date', () => {
    // A number after "No.", or a year further back in the sentence, is not the date's year.
    expect(value(date, 'T\n\nDate: No. 2021, 18 March')).toEqual({ text: '18 March', year: null, month: 3, day: 18, iso: null });
    expect(value(date, 'T\n\nIn 2021 the council met again; on 18 March it met in Osh.')?.year).toBeNull();
    // A year of its own wins over one before it.
    expect(value(date, 'T\n\nDate: 2020, 18 March 2021')?.year).toBe(2021);
  });
});

describe('venue', () => {
  it('a Russian sentence that opens with "В" before a word of a town, place or room gives its place ("В городе Каракол в конференц-зале …")', () => {
    // (No city had been read: "В" that opens a sentence had been no place's preposition at all.)
    const venue = (sentence: string) => parseMinutes(`Отчет\n\n${sentence}\n`).venue;
    expect(venue('В городе Каракол в конференц-зале гостиницы «Жениш» состоялась Открытая диалоговая площадка.')).toEqual({
      text: 'городе Каракол в конференц-зале гостиницы «Жениш»',
      city: 'Каракол',
      name: 'Жениш',
      room: 'конференц-зале',
    });
    expect(venue('В городе Каракол состоялась Открытая диалоговая площадка.')).toMatchObject({ text: 'городе Каракол', city: 'Каракол' });
    expect(venue('В селе Кочкор в здании айыл окмоту состоялось заседание площадки.')).toMatchObject({ city: 'Кочкор', name: 'здании айыл окмоту' });
    // The place ends before the event named after it, with no comma between.
    expect(venue('В г. Нарын Открытая диалоговая площадка прошла в здании мэрии.')).toMatchObject({ text: 'здании мэрии', city: 'Нарын' });
    // Negatives: a town's name declined after "В" is no place's start; nor is "В ходе встречи".
    expect(venue('В Оше встреча прошла в гостинице «Ала-Тоо».')).toMatchObject({ text: 'гостинице «Ала-Тоо»', city: null });
    expect(venue('В ходе встречи в городе Ош обсуждались вопросы миграции.')).toBeNull();
  });
  it('Russian buildings as the English list has them: an office, a boarding house, the aiyl okmotu', () => {
    const of = (t: string) => parseMinutes(`Открытая диалоговая площадка\n\nМесто проведения: ${t}\n`).venue;
    expect(of('Бишкек, ул. Киевская 96, офис Общественного совета.')).toMatchObject({ city: 'Бишкек', name: 'офис Общественного совета' });
    expect(of('г. Чолпон-Ата, пансионат «Аврора», конференц-зал.')).toMatchObject({ city: 'Чолпон-Ата', name: 'Аврора', room: 'конференц-зал' });
    expect(of('с. Кочкор, айыл окмоту, актовый зал.')).toMatchObject({ city: 'Кочкор', name: 'айыл окмоту', room: 'актовый зал' });
    expect(parseVenue('Kochkor village, Kochkor district, the hall of ayil okmotu', en)).toMatchObject({ city: 'Kochkor', name: 'ayil okmotu', room: 'hall' });
    expect(parseVenue('Ak-Talaa district, Baetov aiyl okmotu, conference hall', en)).toMatchObject({ name: 'Baetov aiyl okmotu', room: 'conference hall' });
    // Negative: a street is no building.
    expect(of('Бишкек, ул. Киевская 96.')).toMatchObject({ city: 'Бишкек', name: null });
  });
  it('the town of the sentence that says who held the meeting gives the city, its bracket the region ("… held an open dialogue platform in Tokmok (Chui region) … The event took place in …")', () => {
    const text = 'On 24 February 2022 the Public Council held an open dialogue platform in Tokmok (Chui region) on the topic "Schools". The event took place in the assembly hall of school No. 3 and was moderated by Ms. Nazgul Turdubekova, a member of the Public Council.';
    const r = parseMinutes(text, { positions: true });
    expect(r.venue).toEqual({ text: 'the assembly hall of school No. 3', city: 'Tokmok', name: 'school No. 3', room: 'assembly hall' });
    expect(r.region).toBe('Chui');
    expect(r.moderator?.roles).toEqual(['member of the Public Council']);
    // The city's place is where the city was read.
    expect(r.positions?.['/venue/city']).toEqual({ start: { line: 1, column: 74 }, end: { line: 1, column: 94 } }); // "Tokmok (Chui region)"
    expect(parseMinutes('T\n\nThe Public Council held an open dialogue platform in Tokmok on the topic "Schools".').venue?.text).toBe('Tokmok');
    expect(parseMinutes('Встреча\n\nПлощадка прошла в зале заседаний мэрии г. Талас и была открыта мэром.').venue?.text).toBe('зале заседаний мэрии г. Талас');
    // Negatives: "held" or "hosted" with no place after them.
    expect(parseMinutes('T\n\nThe moderator held a vote at the end of the meeting.').venue).toBeNull();
    expect(parseMinutes('T\n\nThe NGO hosted the participants in the afternoon.').venue).toBeNull();
  });
  it('a venue label that names no city takes the city of the place beside the date', () => {
    expect(parseMinutes('ПРОТОКОЛ\n\nг. Джалал-Абад                    15 сентября 2021 года\n\nМесто проведения: конференц-зал гостиницы «Джалал-Абад Палас».').venue).toEqual({
      text: 'конференц-зал гостиницы «Джалал-Абад Палас»',
      city: 'Джалал-Абад',
      name: 'Джалал-Абад Палас',
      room: 'конференц-зал',
    });
    expect(parseMinutes('T\n\nOsh city, 15 September 2021\n\nVenue: conference hall of the “Nur” hotel.').venue).toMatchObject({ text: 'conference hall of the “Nur” hotel', city: 'Osh', name: 'Nur' });
    // Negatives: a venue with a city keeps its own; a date with no place beside it gives none.
    expect(parseMinutes('T\n\nOsh city, 15 September 2021\n\nVenue: Naryn city, the “Nur” hotel.').venue?.city).toBe('Naryn');
    expect(parseMinutes('T\n\nDate: 15 September 2021\n\nVenue: conference hall of the “Nur” hotel.').venue?.city).toBeNull();
  });
  it('a title line with the place and the date after the event’s words, or a place line under it', () => {
    const venue = (text: string) => parseMinutes(`${text}\n\nModerator: Omurbek Zhaparov.\n`).venue;
    expect(venue('Open dialogue platform, Osh city, 18 March 2021')).toEqual({ text: 'Osh city', city: 'Osh', name: null, room: null });
    expect(venue('Open dialogue platform held on 18 March 2021 in Osh city')).toEqual({ text: 'Osh city', city: 'Osh', name: null, room: null });
    expect(venue('Report on the open dialogue platform of 18 March 2021\nOsh city, hotel "Alay"')).toEqual({ text: 'Osh city, hotel "Alay"', city: 'Osh', name: 'Alay', room: null });
    // After a spaced dash as after a comma, the title's place then no topic.
    const dashed = parseMinutes('Open Dialogue Platform – Tokmok city, 18 March 2021\n\nModerator: Omurbek Zhaparov.\n');
    expect([dashed.venue, dashed.topic]).toEqual([{ text: 'Tokmok city', city: 'Tokmok', name: null, room: null }, null]);
    expect(venue('Open Dialogue Platform in Chui region - Tokmok city, 18 March 2021')).toEqual({ text: 'Tokmok city', city: 'Tokmok', name: null, room: null });
    expect(parseMinutes('Open Dialogue Platform – Access to justice, 18 March 2021\n').topic).toBe('Access to justice');
    // So is a town's bare name before the date (its topic had been "Talas"); with no date after it, a word is a topic.
    expect(parseMinutes('Open dialogue platform — Talas, 2021-11-26\n\nText.\n').topic).toBeNull();
    expect(parseMinutes('Open Dialogue Platform — Migration\n\nText.\n').topic).toBe('Migration');
    // Negative: the title's own words are no place.
    for (const title of ['Open dialogue platform in Osh region on 18 March 2021', 'Open dialogue platform on migration, 18 March 2021', 'Round table of the Osh city council, 18 March 2021', 'Open dialogue platform held on 18 March 2021 in the framework of the project']) {
      expect(venue(title), title).toBeNull();
    }
  });
  it('a place before a date keeps no separator from between them ("Tokmok city – 9 December 2021")', () => {
    expect(parseMinutes('# Minutes of the Public Dialogue Platform\n## Chui region, Tokmok city – 9 December 2021\n').venue).toEqual({ text: 'Chui region, Tokmok city', city: 'Tokmok', name: null, room: null });
    expect(parseMinutes('# Minutes\n\nDate and place: Osh city, hotel “Alay” / 18.03.2021\n').venue?.text).toBe('Osh city, hotel “Alay”');
    // Negative: a dash inside the place stays ("Kyzyl-Kiya").
    expect(parseMinutes('# Minutes\n\nDate and place: 18.03.2021, Kyzyl-Kiya\n').venue?.text).toBe('Kyzyl-Kiya');
  });
  it('is what the date leaves of a Date and venue line', () => {
    expect(value(venue, 'Date and venue: July 08, 2021, Batken city, conference hall, the "Aigul-Too" hotel.')).toEqual({
      text: 'Batken city, conference hall, the "Aigul-Too" hotel',
      city: 'Batken',
      name: 'Aigul-Too',
      room: 'conference hall',
    });
  });
  it('handles place before date', () => {
    expect(value(venue, 'Place and date: Osh city, the hotel “Classic”, 15.09.2021')?.text).toBe('Osh city, the hotel “Classic”');
  });
  it('takes a bare city and a named place without quotes', () => {
    expect(value(venue, 'Venue: Bishkek, Hyatt Regency hotel')).toMatchObject({ city: 'Bishkek', name: 'Hyatt Regency' });
  });
  it('reads a short line of a place and the date, but not the title or a labelled line', () => {
    const run2 = (text: string) => {
      const t = normalize(text);
      const doc = createDoc(t, toTree(t), en);
      const found: Found = { claimed: [] };
      found.title = title(doc, found, {});
      found.date = date(doc, found, {});
      return venue(doc, found, {}).value;
    };
    expect(run2('Open Dialogue Platform\n\nNaryn, 14 June 2021\n\nThe event was attended by 60 people.')).toMatchObject({ text: 'Naryn', city: 'Naryn' });
    expect(run2('Open Dialogue Platform, 14 June 2021\n\nThe event was attended by 60 people.')).toBeNull();
    expect(run2('T\n\nDate: 14 June 2021\n\nThe event was attended by 60 people.')).toBeNull();
    expect(run2('T\n\n14 June 2021, the second day of the training\n\nPeople came.')).toBeNull();
  });
  it('a region and a town’s bare name beside the date, or right under the title, are the place', () => {
    const want = { text: 'Issyk-Kul region, Karakol', city: 'Karakol', name: null, room: null };
    expect(parseMinutes('Open Dialogue Platform\n\nIssyk-Kul region, Karakol\nNovember 17, 2021\n\nTheme: “Early marriages”\n').venue).toEqual(want);
    expect(parseMinutes('Open dialogue platform\n\nIssyk-Kul region, Karakol\n\nDate: 17 November 2021\n').venue).toEqual(want);
    // Negative: a region alone beside the date names no place in it, nor do a region and a person.
    expect(parseMinutes('Open Dialogue Platform\n\nIssyk-Kul region\nNovember 17, 2021\n').venue).toBeNull();
    expect(parseMinutes('Open Dialogue Platform\n\nIssyk-Kul region, Asanov Bolot\nNovember 17, 2021\n').venue).toBeNull();
  });
  it('with nothing else to give it, a place line of its own right under the title', () => {
    expect(parseMinutes('Open dialogue platform\n\nBatken region, Leilek district, Isfana town\n\nDate of the event: 24.06.2021\n').venue).toEqual({
      text: 'Batken region, Leilek district, Isfana town',
      city: 'Isfana',
      name: null,
      room: null,
    });
    // Negative: a region alone names no place in it; a sentence is no place line; a venue label is read first.
    expect(parseMinutes('Open dialogue platform\nJalal-Abad region\n\nDate: 2 June 2022\n').venue).toBeNull();
    expect(parseMinutes('Open dialogue platform\n\nOsh city youth discussed the roads with the mayor.\n').venue).toBeNull();
    expect(parseMinutes('Open dialogue platform\n\nBatken region, Leilek district, Isfana town.\n').venue?.city).toBe('Isfana');
    expect(parseMinutes('Open dialogue platform\n\nBatken region, Isfana town\n\nVenue: Batken city, hotel “Aigul-Too”\n').venue?.city).toBe('Batken');
    // Negative: a line of short parts that names a person is a sentence, not the place, and its talk stays a talk.
    const person = parseMinutes('Open dialogue platform\n\nThen Ms. Cholpon Baiyzbekova, from the crisis centre Sezim, presented the report "Support services".\n');
    expect(person.venue).toBeNull();
    expect(person.presentations).toEqual(['Support services']);
  });
  it('a city word that keeps its period after the name ("Batken c.")', () => {
    expect(parseVenue('Batken c., "Aigul-Too" hotel', en)).toEqual({ text: 'Batken c., "Aigul-Too" hotel', city: 'Batken', name: 'Aigul-Too', room: null });
    expect(parseVenue('Batken c.', en).city).toBe('Batken');
    // And a town's or a village's: "Tokmok t.", "Kochkor v.", before the name too, "t. Tokmok".
    expect(parseVenue('Tokmok t., the town hall', en)).toEqual({ text: 'Tokmok t., the town hall', city: 'Tokmok', name: null, room: 'town hall' });
    expect(parseVenue('Kochkor v., aiyl okmotu', en)).toEqual({ text: 'Kochkor v., aiyl okmotu', city: 'Kochkor', name: 'aiyl okmotu', room: null });
    expect(parseVenue('t. Tokmok, cafe “Ak-Bata”', en)).toEqual({ text: 't. Tokmok, cafe “Ak-Bata”', city: 'Tokmok', name: 'Ak-Bata', room: null });
  });
  it('the short forms a translation leaves before a place ("g. Osh", "s. Kochkor", "v. Kara-Suu"), in a venue only', () => {
    expect(parseVenue('g. Osh, hotel "Orto-Asia"', en)).toEqual({ text: 'g. Osh, hotel "Orto-Asia"', city: 'Osh', name: 'Orto-Asia', room: null });
    expect(parseVenue('s. Kochkor, village club', en).city).toBe('Kochkor');
    expect(parseVenue('v. Kara-Suu, Kara-Suu district', en).city).toBe('Kara-Suu');
    // Negative: elsewhere such a letter is an initial ("G. Asanova, lawyer" is a speaker).
    expect(parseMinutes('T\n\nSpeakers: G. Asanova, lawyer; V. Isakov, expert.').speakers.map((p) => p.name.full)).toEqual(['G. Asanova', 'V. Isakov']);
  });
  it('a town word’s short form typed against the name, as Russian often is ("г.Нарын", "с.Ноокат", "гор.Ош", "g.Osh")', () => {
    expect(parseVenue('г.Нарын,гостиница "Ала-Тоо"', ru)).toEqual({ text: 'г.Нарын,гостиница "Ала-Тоо"', city: 'Нарын', name: 'Ала-Тоо', room: null });
    expect(parseVenue('с.Ноокат, Дом культуры', ru).city).toBe('Ноокат');
    expect(parseVenue('гор.Ош, отель "Орто-Азия"', ru).city).toBe('Ош');
    expect(parseVenue('g.Osh, hotel "Orto-Asia"', en).city).toBe('Osh');
    // In running text too: "в г.Нарын, в гостинице …" (the city had been lost, the hotel kept).
    expect(parseMinutes('Открытая диалоговая площадка\n\nВстреча прошла 5 мая 2021 года в г.Нарын, в гостинице «Ала-Тоо».\n').venue).toEqual({
      text: 'г.Нарын, в гостинице «Ала-Тоо»',
      city: 'Нарын',
      name: 'Ала-Тоо',
      room: null,
    });
    // Negative: a small letter after the period is no name ("г.о." stays no city), nor is an initial elsewhere.
    expect(parseVenue('г.о. Ош, зал', ru).city).toBeNull();
    expect(parseMinutes('T\n\nSpeakers: G.Asanova, lawyer.').speakers.map((p) => p.name.full)).toEqual(['G.Asanova']);
  });
  it('a city word joined to the name by a hyphen, as a translation types it ("Osh-city", "Kara-Suu-town")', () => {
    expect(parseVenue('Osh-city, the hotel "Orto-Asia"', en)).toEqual({ text: 'Osh-city, the hotel "Orto-Asia"', city: 'Osh', name: 'Orto-Asia', room: null });
    expect(parseVenue('Kara-Suu-town, school No. 5', en).city).toBe('Kara-Suu');
    // Negative: a hyphenated name that only ends like one stays whole ("Kara-Suu", "Cholpon-Ata").
    expect(parseVenue('Cholpon-Ata, sanatorium “Aurora”', en).city).toBe('Cholpon-Ata');
    expect(parseVenue('Kara-Suu town, school No. 5', en).city).toBe('Kara-Suu');
  });
  it('a part that is one quotation and nothing more names the place ("Jalal-Abad city, “Ak-Bulak”")', () => {
    expect(parseVenue('Jalal-Abad city, “Ak-Bulak”', en)).toEqual({ text: 'Jalal-Abad city, “Ak-Bulak”', city: 'Jalal-Abad', name: 'Ak-Bulak', room: null });
    expect(parseVenue('Jalal-Abad city, "Sanatorium Jalal-Abad".', en)).toMatchObject({ city: 'Jalal-Abad', name: 'Sanatorium Jalal-Abad' });
    expect(parseVenue('“Ak-Bulak”, Jalal-Abad city, conference hall', en)).toMatchObject({ city: 'Jalal-Abad', name: 'Ak-Bulak', room: 'conference hall' });
    // Negative: a quotation after a named place leaves it; an empty one names nothing.
    expect(parseVenue('Osh city, hotel “Orto-Asia”, “Blue Hall”', en)).toMatchObject({ name: 'Orto-Asia' });
    expect(parseVenue('Osh city, “”', en).name).toBeNull();
  });
  it('a ballroom or a classroom is a room (the lexicon’s room words)', () => {
    expect(value(venue, 'Place: Bishkek city, Hyatt Regency hotel, Ballroom.')).toEqual({ text: 'Bishkek city, Hyatt Regency hotel, Ballroom', city: 'Bishkek', name: 'Hyatt Regency', room: 'Ballroom' });
    expect(value(venue, 'Venue: Naryn city, school No. 3, classroom 12')).toMatchObject({ city: 'Naryn', room: 'classroom 12' });
  });
  it('splits a room named before a quoted place in one piece', () => {
    expect(value(venue, 'Venue: Osh city, the small hall of the “Dostuk” hotel')).toMatchObject({ city: 'Osh', name: 'Dostuk', room: 'small hall' });
  });
  it('splits a room named after a quoted place, ending its piece ("“Karven” resort conference hall")', () => {
    // (They had given no room.)
    expect(value(venue, 'Venue: Cholpon-Ata city, "Karven" resort conference hall')).toMatchObject({ city: 'Cholpon-Ata', name: 'Karven', room: 'conference hall' });
    expect(value(venue, 'Venue: “Sunrise” restaurant banquet hall, Osh.')).toMatchObject({ city: 'Osh', name: 'Sunrise', room: 'banquet hall' });
    expect(parseMinutes('Протокол\n\nМесто проведения: г. Ош, ресторан «Сүйүү» банкетный зал.\n').venue).toMatchObject({ city: 'Ош', name: 'Сүйүү', room: 'банкетный зал' });
    // Negatives: no room's word at the end, no room; a room's word inside the quotes is the name's.
    expect(value(venue, 'Venue: Osh, “Ak-Bata” cafe, 2nd floor.')).toMatchObject({ city: 'Osh', name: 'Ak-Bata', room: null });
    expect(value(venue, 'Venue: Osh, “Town Hall”.')).toMatchObject({ city: 'Osh', name: 'Town Hall', room: null });
    expect(value(venue, 'Venue: Osh, the “Blue Hall” restaurant.')).toMatchObject({ city: 'Osh', name: 'Blue Hall', room: null });
  });
  it('keeps a room named before the city in the same piece, and the building named after the city', () => {
    expect(value(venue, 'Venue: the conference room of the Karakol city hall')).toMatchObject({ city: 'Karakol', name: 'Karakol city hall', room: 'conference room' });
    expect(value(venue, 'Venue: Naryn city hall')).toMatchObject({ city: 'Naryn', name: 'Naryn city hall', room: null });
    expect(value(venue, 'Venue: Karakol, Karakol town hall, 2nd floor meeting room')).toMatchObject({ city: 'Karakol', name: 'Karakol town hall', room: '2nd floor meeting room' });
    expect(value(venue, 'Venue: Osh city library')).toMatchObject({ city: 'Osh', name: 'Osh city library', room: null });
    expect(value(venue, 'Venue: the Karakol city hall conference room')).toMatchObject({ city: 'Karakol', name: 'Karakol city hall', room: 'conference room' });
    // Up to two words between the city's word and the building's, and "department" is a building's word (they had given no name).
    expect(value(venue, 'Venue: Osh city police department, assembly hall.')).toMatchObject({ city: 'Osh', name: 'Osh city police department', room: 'assembly hall' });
    expect(value(venue, 'Venue: Talas city youth centre')).toMatchObject({ city: 'Talas', name: 'Talas city youth centre', room: null });
    expect(value(venue, 'Venue: district police department, assembly hall')).toMatchObject({ city: null, name: 'district police department', room: 'assembly hall' });
    // Negative: a city alone, or a city before a comma and its building, as before; no building's word, no name.
    expect(value(venue, 'Venue: Bishkek city on Chui avenue 120')).toMatchObject({ city: 'Bishkek', name: null, room: null });
    expect(value(venue, 'Venue: Naryn city')).toMatchObject({ city: 'Naryn', name: null, room: null });
    expect(value(venue, 'Venue: Osh city, hotel “Osh Nuru”')).toMatchObject({ city: 'Osh', name: 'Osh Nuru', room: null });
    expect(value(venue, 'Venue: Osh city, the hall of the town library')).toMatchObject({ city: 'Osh', name: 'town library', room: 'hall' });
  });
  it('a building named before its town in the same piece is the place ("school No. 5 of Kurshab village", "здание мэрии г. Ош")', () => {
    // (They had given no name.)
    expect(value(venue, 'Venue: school No. 5 of Kurshab village.')).toMatchObject({ city: 'Kurshab', name: 'school No. 5', room: null });
    expect(value(venue, 'Venue: the regional library of Talas city.')).toMatchObject({ city: 'Talas', name: 'regional library', room: null });
    expect(value(venue, 'Venue: the youth centre of Kara-Suu town, room 3.')).toMatchObject({ city: 'Kara-Suu', name: 'youth centre', room: 'room 3' });
    const ru = (text: string) => parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).venue;
    expect(ru('Место проведения: здание мэрии г. Ош.')).toMatchObject({ city: 'Ош', name: 'здание мэрии', room: null });
    expect(ru('Место проведения: школа № 5 с. Куршаб.')).toMatchObject({ city: 'Куршаб', name: 'школа № 5', room: null });
    expect(ru('25 мая 2023 года в здании айыл окмоту с. Исфана состоялась открытая диалоговая площадка.')).toMatchObject({ city: 'Исфана', name: 'здании айыл окмоту' });
    // A name before "г." and the town's name after it: the town is the one after ("им. Токтогула" had been the city).
    expect(ru('Место проведения: библиотека им. Токтогула г. Талас.')).toMatchObject({ city: 'Талас', name: 'библиотека им. Токтогула', room: null });
    // Negatives: no building's word before the town, no name; a room named first stays the room; a district is no building.
    expect(value(venue, 'Venue: meeting in Osh city.')).toMatchObject({ city: 'Osh', name: null, room: null });
    expect(ru('Место проведения: малый зал мэрии г. Балыкчы Иссык-Кульской области.')).toMatchObject({ city: 'Балыкчы', name: null, room: 'малый зал мэрии' });
    expect(value(venue, 'Venue: Uzgen district Kurshab village.')).toMatchObject({ city: 'Kurshab', name: null, room: null });
  });
  it('a capital letter and a period inside a place is an initial, not a town\'s word ("named after T. Sydykbekov", "им. Г. Айтиева")', () => {
    // ("T.", "V.", "Г." had been read as "town", "village", "город": the city had been the surname, the name cut before it.)
    expect(value(venue, 'Venue: Jalal-Abad, Regional Library named after T. Sydykbekov, small hall')).toMatchObject({ city: 'Jalal-Abad', name: 'Regional Library named after T. Sydykbekov', room: 'small hall' });
    expect(value(venue, 'Venue: Regional Library named after T. Sydykbekov, Jalal-Abad city')).toMatchObject({ city: 'Jalal-Abad', name: 'Regional Library named after T. Sydykbekov', room: null });
    expect(value(venue, 'Venue: Naryn, school named after V. Osmonov')).toMatchObject({ city: 'Naryn', name: 'school named after V. Osmonov', room: null });
    const ru = (text: string) => parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).venue;
    expect(ru('Место проведения: библиотека им. Г. Айтиева, г. Талас')).toMatchObject({ city: 'Талас', name: 'библиотека им. Г. Айтиева', room: null });
    // Negatives: at the start of a part, a capital one is still the town's word; in lower case, anywhere.
    expect(value(venue, 'Venue: C. Osh, hotel Orto-Asia')).toMatchObject({ city: 'Osh', name: 'Orto-Asia', room: null });
    expect(value(venue, 'Venue: hotel Orto-Asia, G. Osh')).toMatchObject({ city: 'Osh', name: 'Orto-Asia', room: null });
    expect(value(venue, 'Venue: Orto-Asia hotel in c. Osh')).toMatchObject({ city: 'Osh', name: 'Orto-Asia' });
    expect(ru('Место проведения: С. Ак-Суу, здание айыл окмоту')).toMatchObject({ city: 'Ак-Суу', name: 'здание айыл окмоту', room: null });
  });
  it('a part named after someone is the named place, with no building\'s word ("ОшГУ им. К. Ш. Токтомаматова", "OshSU n.a. …")', () => {
    // (It had given no name.)
    const ru = (text: string) => parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).venue;
    expect(ru('Дата и место проведения: 18 марта 2021 г., г. Ош, ОшГУ им. К. Ш. Токтомаматова, конференц-зал.')).toMatchObject({ city: 'Ош', name: 'ОшГУ им. К. Ш. Токтомаматова', room: 'конференц-зал' });
    expect(value(venue, 'Venue: Osh, OshSU n.a. K. Sh. Toktomamatov, conference hall')).toMatchObject({ city: 'Osh', name: 'OshSU n.a. K. Sh. Toktomamatov', room: 'conference hall' });
    // Negative: a part with neither a building's word nor a namesake is no name.
    expect(value(venue, 'Venue: Osh, Kurmanjan Datka street 12')).toMatchObject({ city: 'Osh', name: null });
  });
  it('with no label nor cue, the place in the sentence of the date, up to what is no place', () => {
    const venueOf = (text: string) => parseMinutes(`Open dialogue platform\n\n${text}`).venue;
    expect(venueOf('On 12 May 2021 in Osh city, the meeting was opened by Aida Bekova, expert.')).toEqual({ text: 'Osh city', city: 'Osh', name: null, room: null });
    expect(venueOf('On 12 May 2021 the meeting in the “Dostuk” hotel, Osh, was opened by Aida Bekova.')).toEqual({ text: 'the “Dostuk” hotel, Osh', city: 'Osh', name: 'Dostuk', room: null });
    expect(venueOf('On 12 May 2021 in Osh city, Dostuk hotel, conference hall, Aida Bekova opened the meeting.')).toEqual({ text: 'Osh city, Dostuk hotel, conference hall', city: 'Osh', name: 'Dostuk', room: 'conference hall' });
    expect(parseMinutes('Открытая диалоговая площадка\n\n12 мая 2021 года в г. Ош встречу открыла Бекова Аида, эксперт.').venue).toEqual({ text: 'г. Ош', city: 'Ош', name: null, room: null });
  });
  it('a place before the date loses the "in" before it and the "on" before the date', () => {
    expect(parseMinutes('Open dialogue platform\n\nIn Osh city on 12 May 2021 the meeting was opened by Aida Bekova.').venue).toEqual({ text: 'Osh city', city: 'Osh', name: null, room: null });
    expect(parseMinutes('Open dialogue platform\n\nIn Osh, on 12 May 2021.').venue).toEqual({ text: 'Osh', city: 'Osh', name: null, room: null });
  });
  it('negative: a date sentence that names no place gives no venue', () => {
    expect(parseMinutes('Open dialogue platform\n\nOn 20 May 2021 the report was sent to the Ministry.').venue).toBeNull();
  });
  it('a slash or bar after the date, or a place label with no separator before it, is no part of the place', () => {
    const want = { text: 'Osh, “Orto-Asia” hotel', city: 'Osh', name: 'Orto-Asia', room: null };
    expect(value(venue, 'T\n\nDate/Place: 18.03.2021 / Osh, “Orto-Asia” hotel')).toEqual(want);
    expect(value(venue, 'T\n\nWhen: 18.03.2021 Where: Osh, “Orto-Asia” hotel')).toEqual(want);
    // Negative: a place that names "Where" in its words keeps them.
    expect(value(venue, 'T\n\nDate and place: 18.03.2021, Osh, “Where Rivers Meet” hotel')?.name).toBe('Where Rivers Meet');
  });
  it('a weekday or a clock time with a.m./p.m. after the date is no part of the place', () => {
    const want = { text: 'city Osh, the hotel “Orto-Asia”', city: 'Osh', name: 'Orto-Asia', room: null };
    for (const after of [' (Thursday)', ', Thursday', ' at 10 a.m.', ', from 10am to 1pm']) {
      expect(value(venue, `T\n\nDate and place: March 18, 2021${after}, city Osh, the hotel “Orto-Asia”.`)).toEqual(want);
    }
  });
  it('negative: a word after the date that is no weekday nor time stays', () => {
    expect(value(venue, 'T\n\nDate and place: March 18, 2021, Thursdays Club, Osh.')?.text).toBe('Thursdays Club, Osh');
  });
  it('a city and a bracket that holds the building: both', () => {
    expect(value(venue, 'T\n\nDate and place: 18.03.2021, Osh (hotel "Orto-Asia")')).toEqual({ text: 'Osh (hotel "Orto-Asia")', city: 'Osh', name: 'Orto-Asia', room: null });
  });
  it('a bare name in the bracket after a building is the city', () => {
    expect(value(venue, 'T\n\nVenue: the Jalal-Abad regional library (Jalal-Abad)')).toEqual({ text: 'the Jalal-Abad regional library (Jalal-Abad)', city: 'Jalal-Abad', name: 'Jalal-Abad regional library', room: null });
    // Negative: not an online service.
    expect(value(venue, 'T\n\nVenue: online (Zoom)')).toEqual({ text: 'online (Zoom)', city: null, name: null, room: null });
  });
  it('negative: a bracket that names no building stays with the city', () => {
    expect(value(venue, 'T\n\nDate and place: 18.03.2021, Kyzyl-Kiya city (Batken region)')).toEqual({ text: 'Kyzyl-Kiya city (Batken region)', city: 'Kyzyl-Kiya', name: null, room: null });
  });
  it('reads "the city of X"', () => {
    expect(value(venue, 'Venue: the city of Osh, “Orto-Asia” hotel')?.city).toBe('Osh');
  });
  it('is null when no place is given', () => {
    expect(value(venue, 'T\n\nDate: 3 May 2021')).toBeNull();
  });
});

describe('participants', () => {
  /** The total, women and men read from `text` under a title. */
  const counts = (text: string) => {
    const v = value(participants, `T\n\n${text}`);
    return v && [v.total, v.women, v.men];
  };
  it('a verb of taking part before the count, as Russian puts it, counts whatever follows ("приняли участие 40 фермеров")', () => {
    const ru = (text: string) => {
      const v = parseMinutes(`Открытая диалоговая площадка\n\n${text}`).participants;
      return v && [v.total, v.women, v.men];
    };
    expect(ru('В работе платформы приняли участие 40 фермеров и учителей.')).toEqual([40, null, null]);
    expect(ru('В работе платформы участвовали 40 фермеров, из них 24 женщины.')).toEqual([40, 24, null]);
    // Negative: a number further on counts something else.
    expect(ru('В работе платформы приняли участие представители 12 организаций.')).toBeNull();
  });
  it('a number right after a comma with no space is a count ("Totally:40 participants(24 women,16 men)")', () => {
    // (The men had been none: a number after a comma was read as the end of one grouped by thousands.)
    expect(value(participants, 'T\n\nTotally:40 participants(24 women,16 men)')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(value(participants, 'T\n\nParticipants: 40 people (women-24,men-16)')).toMatchObject({ total: 40, women: 24, men: 16 });
    // Negative: digits grouped by thousands stay one number.
    expect(value(participants, 'T\n\nTotally: 1,600 participants (900 women, 700 men)')).toMatchObject({ total: 1600, women: 900, men: 700 });
  });
  it('a count\'s own word before an aside is no group ("About forty people, mostly women, attended")', () => {
    expect(value(participants, 'T\n\nAbout forty people, mostly women, attended.')).toEqual({ total: 40, women: null, men: null, groups: [] });
    expect(value(participants, 'T\n\n40 people, mostly youth, attended.')?.groups).toEqual([]);
    // Negative: groups that open the sentence stay groups.
    expect(value(participants, 'T\n\nThe meeting was attended by 40 farmers, teachers and doctors.')?.groups).toEqual(['farmers', 'teachers and doctors']);
  });
  it('"mostly", "mainly" after the count open its groups, where no verb of attending follows ("…, mostly farmers, heads of …")', () => {
    // (They had given none: the lexicon's `groupsMostly`.)
    expect(value(participants, 'T\n\nThe event was attended by 47 people: 26 men and 21 women, mostly farmers, heads of ayil okmotu and notaries.')).toEqual({
      total: 47,
      women: 21,
      men: 26,
      groups: ['farmers', 'heads of ayil okmotu and notaries'],
    });
    expect(value(participants, 'T\n\nParticipants: 40 (25 women, 15 men), mostly teachers and parents.')?.groups).toEqual(['teachers and parents']);
    expect(parseMinutes('Информация\n\nВ работе площадки приняли участие 52 человека, из них 35 женщин и 17 мужчин, в основном директора школ, родители.\n').participants?.groups).toEqual(['директора школ', 'родители']);
    // Negatives: women or men alone after it, or an aside before the verb, list no groups.
    expect(value(participants, 'T\n\n42 participants took part, mainly women.')?.groups).toEqual([]);
    expect(parseMinutes('Информация\n\n40 человек, в основном молодежь, приняли участие.\n').participants?.groups).toEqual([]);
  });
  it('more words for women and men: "ladies", "gentlemen", "girls", "boys", "девушки", "юноши"', () => {
    expect(counts('Participants: 40 people: 24 ladies and 16 gentlemen.')).toEqual([40, 24, 16]);
    expect(counts('Participants: 40 youth (24 girls, 16 boys).')).toEqual([40, 24, 16]);
    const v = parseMinutes('Открытая диалоговая площадка\n\nУчастники: 40 (24 девушки, 16 юношей).').participants;
    expect(v && [v.total, v.women, v.men]).toEqual([40, 24, 16]);
  });
  it('"pax", as event reports count heads, is a count of people', () => {
    expect(counts('Participants: 50 pax, 22 of whom were women.')).toEqual([50, 22, null]);
    expect(counts('Participants: 50 pax (22 women, 28 men).')).toEqual([50, 22, 28]);
  });
  it('one part that is a clause lists no groups; a group with a relative clause is one', () => {
    expect(value(participants, '# Open dialogue platform\n\n## Participants\n\nThe platform was well attended.\n')).toBeNull();
    expect(value(participants, 'T\n\nParticipants: 30 people, the hall was full.')?.groups).toEqual([]);
    // Negatives: a group with a relative clause, and groups with no verb, are groups.
    expect(value(participants, 'T\n\nParticipants: NGOs that are active in the region.')?.groups).toEqual(['NGOs that are active in the region']);
    expect(value(participants, '# Open dialogue platform\n\n## Participants\n\nFarmers, teachers, local deputies.\n')?.groups).toEqual(['Farmers', 'teachers', 'local deputies']);
  });
  it('an attendee named on the line leaves the roles after the name out of the groups, up to a ";"', () => {
    expect(value(participants, 'T\n\nParticipants:\nAbdyrov Tolonbek Shakirovich, chairman of the Council (moderator);\nBekova Aida, lawyer.')).toBeNull();
    // A name with its roles in the item has none in the items after it: those are groups.
    expect(value(participants, 'T\n\nParticipants: Asanov Bolot (deputy mayor), Kadyrova Aida (lawyer), representatives of NGOs, journalists.')?.groups).toEqual(['representatives of NGOs', 'journalists']);
    expect(value(participants, 'T\n\nParticipants: deputy mayor Asanov Bolot, representatives of NGOs and journalists (32 people).')?.groups).toEqual(['representatives of NGOs and journalists']);
    // (An honorific is no role: "Mr. Name, deputy mayor, head of X;" gives its roles after it.)
    expect(value(participants, 'T\n\nParticipants: Mr. Asanov Bolot, deputy mayor, head of X; representatives of NGOs, journalists.')?.groups).toEqual(['representatives of NGOs', 'journalists']);
    expect(value(participants, 'T\n\nParticipants: representatives of state bodies, NGOs; Mr. Asanov, head of X; journalists.')?.groups).toEqual(['representatives of state bodies', 'NGOs', 'journalists']);
  });
  it('groups after the count may open with a word for women or men ("…: women leaders, heads of …")', () => {
    expect(value(participants, 'T\n\nThirty-two people took part, among them twenty women and twelve men: women leaders, heads of ayil okmotu, lawyers.')).toEqual({
      total: 32,
      women: 20,
      men: 12,
      groups: ['women leaders', 'heads of ayil okmotu', 'lawyers'],
    });
    // Negative: a word for women or men alone after a dash is the count's ("40 – women 24, men 16").
    expect(value(participants, 'T\n\nParticipants: 40 – women 24, men 16.')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
  });
  it('groups after a semicolon and a word that brings them in ("…, 25 women and 17 men; among them teachers, …")', () => {
    // (The first group had been "among them teachers".)
    expect(value(participants, 'T\n\nParticipants: forty-two people took part, twenty-five women and seventeen men; among them teachers, social workers, farmers and parents.')).toEqual({
      total: 42,
      women: 25,
      men: 17,
      groups: ['teachers', 'social workers', 'farmers and parents'],
    });
    expect(value(participants, 'T\n\nParticipants: 42 people (25 women and 17 men); including teachers, social workers.')?.groups).toEqual(['teachers', 'social workers']);
    // Negative: such a word inside a group after the semicolon stays the group's.
    expect(value(participants, 'T\n\nParticipants: 42 people; teachers, parents including grandparents.')?.groups).toEqual(['teachers', 'parents including grandparents']);
  });
  it('in an attendee list under "Present:", an item that counts a group is no head count', () => {
    const text = 'T\n\nPresent:\n1. Asanov Bolot – deputy mayor (chair)\n2. Bekova Aida – head of the finance department\n3. Residents of the city – 27 people\n\nIn total 31 people were present: 18 men and 13 women.';
    expect(value(participants, text)).toMatchObject({ total: 31, women: 13, men: 18 });
    // Negative: items that are counts and nothing more are read ("- Women: 24" / "- Men: 16").
    expect(value(participants, 'T\n\nParticipants:\n- Total: 40\n- Women: 24\n- Men: 16')).toMatchObject({ total: 40, women: 24, men: 16 });
  });
  it('groups counted each by itself after the head count, before or after its brackets', () => {
    const want = { total: 25, women: 15, men: 10, groups: ['12 teachers', '8 parents', '5 students'] };
    expect(value(participants, 'T\n\nParticipants: 25 people: 12 teachers, 8 parents, 5 students (15 women, 10 men).')).toEqual(want);
    expect(value(participants, 'T\n\nParticipants: 25 people (15 women, 10 men): 12 teachers, 8 parents, 5 students.')).toEqual(want);
    // Negative: the women and men after a colon are the count's, no groups.
    expect(value(participants, 'T\n\nParticipants: 40 people: 24 women, 16 men.')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
  });
  it('"40 in total" is the total, and a count in brackets after the last group is no part of it', () => {
    expect(value(participants, 'T\n\nParticipants: farmers, officials (40 in total; 20 women).')).toEqual({ total: 40, women: 20, men: null, groups: ['farmers', 'officials'] });
    expect(value(participants, 'T\n\nParticipants: 29 farmers, 6 officials and 5 NGO staff (40 in total; 20 women).')).toMatchObject({ total: 40, women: 20 });
    // Negative: a bracket with no count stays in the group.
    expect(value(participants, 'T\n\nParticipants: farmers, teachers (school No. 5).')?.groups).toEqual(['farmers', 'teachers (school No. 5)']);
  });
  it('a number after "No." or "№" in the groups is a thing’s, no count: the groups still start after the count', () => {
    expect(value(participants, 'T\n\nParticipants: 40 people (24 women, 16 men) – farmers, teachers (school No. 5).')).toEqual({
      total: 40,
      women: 24,
      men: 16,
      groups: ['farmers', 'teachers (school No. 5)'],
    });
    expect(parseMinutes('Протокол\n\nУчастники: 40 человек (24 женщины, 16 мужчин) – фермеры, учителя школы № 5.').participants?.groups).toEqual(['фермеры', 'учителя школы № 5']);
  });
  it('a count in words first, then the groups after a dash', () => {
    expect(value(participants, 'T\n\nParticipants: twenty-nine people (seventeen women and twelve men) – lawyers, judges, NGO representatives.')).toEqual({
      total: 29,
      women: 17,
      men: 12,
      groups: ['lawyers', 'judges', 'NGO representatives'],
    });
    // Negative: a group whose words only open like a number is a group ("one-stop shop staff" is no count).
    expect(value(participants, 'T\n\nParticipants: one-stop shop staff, teachers.')).toEqual({ total: null, women: null, men: null, groups: ['one-stop shop staff', 'teachers'] });
  });
  it('counts on lines of their own under the label: a number at a line’s end is not the next line’s word', () => {
    expect(value(participants, 'T\n\nNumber of participants:\nTotal – 34\nWomen – 14\nMen – 20')).toEqual({ total: 34, women: 14, men: 20, groups: [] });
    expect(parseMinutes('Протокол\n\nКоличество участников:\nВсего – 34\nЖенщин – 14\nМужчин – 20').participants).toMatchObject({ total: 34, women: 14, men: 20 });
    // Negative: prose wrapped between a number and its word still counts ("24" / "women and 16 men").
    expect(value(participants, 'T\n\nThe meeting was attended by 40 people, of whom 24\nwomen and 16 men.')).toMatchObject({ total: 40, women: 24, men: 16 });
  });
  it('a word that says which women or men may stand between the number and the word ("21 young women and 17 young men")', () => {
    expect(value(participants, 'T\n\n38 people participated, including 21 young women and 17 young men.')).toEqual({ total: 38, women: 21, men: 17, groups: [] });
    expect(value(participants, 'T\n\nParticipants: 30 (18 rural women, 12 local men)')).toMatchObject({ total: 30, women: 18, men: 12 });
    // Negative: such a word before another noun counts no women ("40 young people", "30 local residents").
    expect(value(participants, 'T\n\nParticipants: 40 young people.')).toMatchObject({ total: 40, women: null, men: null });
    expect(value(participants, 'T\n\nParticipants: 30 local residents, 12 women.')).toMatchObject({ total: 30, women: 12, men: null });
  });
  it('a verb may stand between "women"/"men" and the number ("women made up 24", "женщины составили 24"), and a part may name the count it is part of ("21 of the 38 participants were women")', () => {
    expect(counts('Participants: 45 in total — men make up 25 and women 20.')).toEqual([45, 20, 25]);
    expect(counts('In total 40 people attended; women made up 24 of them and men 16.')).toEqual([40, 24, 16]);
    expect(counts('Women accounted for 21 of the 38 participants.')).toEqual([38, 21, null]);
    expect(counts('21 of the 38 participants were women.')).toEqual([38, 21, null]);
    expect(counts('Women were 24, men 16, 40 in total.')).toEqual([40, 24, 16]);
    const ru = (text: string) => parseMinutes(`Протокол\n\n${text}`).participants;
    expect(ru('Всего 40 участников, из них женщины составили 24, мужчины – 16.')).toMatchObject({ total: 40, women: 24, men: 16 });
    expect(ru('В мероприятии приняли участие 38 человек, женщин среди них было 21.')).toMatchObject({ total: 38, women: 21, men: null });
    expect(ru('21 из 38 участников – женщины.')).toMatchObject({ total: 38, women: 21, men: null });
    // A share is no count, whatever the verb before it.
    expect(counts('40 people attended. Women made up 60% of them.')).toEqual([40, null, null]);
    expect(counts('Women made up more than half of those present.')).toBeNull();
  });
  it('after a count label, the number that opens its text is the total, before an "N people" later in it', () => {
    expect(value(participants, 'T\n\nNumber of participants: 50 (22 women and 28 men, including 10 young people).')).toEqual({ total: 50, women: 22, men: 28, groups: [] });
    expect(value(participants, 'T\n\nAttended: 50 (W-22, M-28)')).toEqual({ total: 50, women: 22, men: 28, groups: [] });
    // Negatives: a number that opens the text but counts women is theirs; counted groups are no total.
    expect(value(participants, 'T\n\nNumber of participants: 24 women and 16 men, 40 in total.')).toMatchObject({ total: 40, women: 24, men: 16 });
    expect(value(participants, 'T\n\nParticipants: 12 teachers, 8 parents, 5 students.')).toMatchObject({ total: null, groups: ['12 teachers', '8 parents', '5 students'] });
  });
  it('a list of groups ends before a labelled count line that markdown read as its last item’s continuation', () => {
    expect(value(participants, 'T\n\nParticipants:\n- representatives of local authorities – 12;\n- NGOs – 8;\n- media – 5.\nTotal: 25 people (14 women, 11 men).')).toEqual({
      total: 25,
      women: 14,
      men: 11,
      groups: ['representatives of local authorities – 12', 'NGOs – 8', 'media – 5'],
    });
    // Negative: a continuation line with no label stays the item's ("- media" / "and bloggers").
    expect(value(participants, 'T\n\nParticipants:\n- NGOs;\n- media\nand bloggers.')?.groups).toEqual(['NGOs', 'media and bloggers']);
  });
  it('any list ends before labelled lines typed right under its last item: "- Erlan Usenov, farmer" / "Moderator: …" / "Totally: …"', () => {
    const r = parseMinutes('Open dialogue platform\n\nSpeakers:\n- Aida Bekova, lawyer\n- Erlan Usenov, farmer\nModerator: Asel Tashieva, journalist\nTotally: 20 participants, including 12 women and 8 men.\n');
    expect(r.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Aida Bekova', ['lawyer']],
      ['Erlan Usenov', ['farmer']],
    ]);
    expect(r.moderator?.name.full).toBe('Asel Tashieva');
    expect(r.participants).toMatchObject({ total: 20, women: 12, men: 8 });
    // Negative: a wrapped line with no label stays the item's.
    const wrapped = parseMinutes('Open dialogue platform\n\nSpeakers:\n- Aida Bekova, lawyer\n- Erlan Usenov, head of the department of\nlabour and migration\nModerator: Asel Tashieva, journalist\n');
    expect(wrapped.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Aida Bekova', ['lawyer']],
      ['Erlan Usenov', ['head of the department of labour and migration']],
    ]);
  });
  it('counts of women and men in short paragraphs of their own right under the total, and in bold labels', () => {
    const expected = { total: 25, women: 14, men: 11, groups: [] };
    expect(value(participants, 'T\n\nParticipants: 25\n\nWomen: 14\n\nMen: 11')).toEqual(expected);
    expect(value(participants, 'T\n\n**Number of participants:** 25\n\n**Women:** 14 **Men:** 11')).toEqual(expected);
    expect(value(participants, 'T\n\nNumber of participants: 25\n**Women:** 14\n**Men:** 11')).toEqual(expected);
    expect(value(participants, 'T\n\n**Number of participants:** 25 (**women:** 14, **men:** 11)')).toEqual(expected);
    expect(parseMinutes('Протокол\n\nКоличество участников: 25\n\nЖенщин: 14\n\nМужчин: 11').participants).toMatchObject({ total: 25, women: 14, men: 11 });
    // Negatives: a paragraph that says more is no count's; nor is one past another paragraph.
    expect(value(participants, 'T\n\nNumber of participants: 25\n\nThe meeting discussed 3 issues raised by 14 women.')).toMatchObject({ total: 25, women: null, men: null });
    expect(value(participants, 'T\n\nNumber of participants: 25\n\nModerator: Asanov Bolot\n\nWomen: 14')).toMatchObject({ total: 25, women: null });
  });
  it('counts of women and men before the total in its paragraph ("Men: 31, women: 18. Total: 49.")', () => {
    const expected = { total: 49, women: 18, men: 31, groups: [] };
    expect(value(participants, 'T\n\nMen: 31, women: 18. Total: 49.')).toEqual(expected);
    expect(value(participants, 'T\n\n**Women:** 18, **men:** 31. **Total:** 49 people.')).toEqual(expected);
    expect(parseMinutes('Протокол\n\nЖенщин: 18, мужчин: 31. Всего: 49.').participants).toMatchObject({ total: 49, women: 18, men: 31 });
    // Negative: a sentence before it that says more is no count's.
    expect(value(participants, 'T\n\nThe mayor said 20 women are jobless. Total: 49.')).toMatchObject({ total: 49, women: null, men: null });
  });
  it('counts of women and men on lines of their own right before the total ("Women: 24" / "Men: 16" / "Total: 40")', () => {
    const expected = { total: 40, women: 24, men: 16, groups: [] };
    expect(value(participants, 'T\n\nWomen: 24\nMen: 16\nTotal: 40')).toEqual(expected);
    expect(value(participants, 'T\n\nWomen - 24\n\nMen - 16\n\nTotal - 40')).toEqual(expected);
    expect(parseMinutes('Протокол\n\nЖенщин: 24\nМужчин: 16\nВсего: 40').participants).toMatchObject(expected);
    // Negatives: a line before it that says more is no count's; nor is one past another paragraph.
    expect(value(participants, 'T\n\nThe mayor said 24 women are jobless.\nTotal: 40')).toMatchObject({ total: 40, women: null, men: null });
    expect(value(participants, 'T\n\nWomen: 24\n\nModerator: Asanov Bolot\n\nAgenda: roads\n\nTotal: 40')).toMatchObject({ total: 40, women: null });
  });
  it('"Gender:", "Gender balance:", "Гендерный состав:" label the counts of women and men', () => {
    expect(value(participants, 'T\n\nGender: 14 women and 11 men.\nTotal participants: 25.')).toEqual({ total: 25, women: 14, men: 11, groups: [] });
    expect(value(participants, 'T\n\nParticipants: 25 people.\nGender balance: women – 14, men – 11.')).toEqual({ total: 25, women: 14, men: 11, groups: [] });
    expect(parseMinutes('Протокол\n\nВсего участников: 25.\nГендерный состав: женщин – 14, мужчин – 11.').participants).toMatchObject({ total: 25, women: 14, men: 11 });
    // Negative: the counts of women and men under it give no total of their own.
    expect(value(participants, 'T\n\nGender composition: 14 W / 11 M')).toEqual({ total: null, women: 14, men: 11, groups: [] });
  });
  it('a count label whose text opens with a number in words gives the total', () => {
    expect(value(participants, 'T\n\nNumber of participants: forty (including 22 women and 18 men)')).toEqual({ total: 40, women: 22, men: 18, groups: [] });
    expect(parseMinutes('Протокол\n\nКоличество участников: сорок, из них 22 женщины и 18 мужчин.').participants).toMatchObject({ total: 40, women: 22, men: 18 });
    // Negatives: a number word that goes on ("one hundred") or names no count ("one of the largest") is no total.
    expect(value(participants, 'T\n\nNumber of participants: one hundred (including 60 women and 40 men)')).toMatchObject({ total: null, women: 60, men: 40 });
    expect(value(participants, 'T\n\nNumber of participants: one of the largest this year, 22 women and 18 men.')).toMatchObject({ total: null, women: 22, men: 18 });
  });
  it('so does a "Participants:" label, its groups after the count', () => {
    expect(value(participants, 'T\n\nParticipants: forty (24 women and 16 men).')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(value(participants, 'T\n\nParticipants: forty (24 women and 16 men) – farmers, teachers.')).toEqual({ total: 40, women: 24, men: 16, groups: ['farmers', 'teachers'] });
    expect(parseMinutes('Протокол\n\nУчастники: сорок (24 женщины и 16 мужчин).').participants).toMatchObject({ total: 40, women: 24, men: 16 });
    // Negative: a number word that opens a group is no count ("one representative of each village").
    expect(value(participants, 'T\n\nParticipants: one representative of each village, teachers.')).toEqual({ total: null, women: null, men: null, groups: ['one representative of each village', 'teachers'] });
  });
  it('"Structure of participants:" (translated minutes) lists the groups', () => {
    expect(value(participants, 'T\n\nQuantity of participants - 34 persons (women - 14, men - 20).\n\nStructure of participants: businessmen, representatives of tax service, banks.')).toEqual({
      total: 34,
      women: 14,
      men: 20,
      groups: ['businessmen', 'representatives of tax service', 'banks'],
    });
  });
  it('groups in a sentence of their own end there: the count in the next sentence is no group', () => {
    expect(value(participants, 'T\n\nParticipants: heads of ayil okmotu, civil society activists, residents.\nIn total 28 people took part, including 17 women and 11 men.')).toEqual({
      total: 28,
      women: 17,
      men: 11,
      groups: ['heads of ayil okmotu', 'civil society activists', 'residents'],
    });
    // Negative: groups that end before a dash and the count keep their own end ("– 40 people").
    expect(value(participants, 'T\n\nParticipants: teachers, parents – 40 people (20 women, 20 men).')?.groups).toEqual(['teachers', 'parents']);
  });
  it('the count opening with a word, then the groups in a sentence of their own: the first group is whole', () => {
    expect(parseMinutes('Протокол\n\nУчастники: всего 36 человек, из них женщин – 20, мужчин – 16. Представители местных органов власти, туристических компаний, НПО.').participants).toEqual({
      total: 36,
      women: 20,
      men: 16,
      groups: ['Представители местных органов власти', 'туристических компаний', 'НПО'],
    });
    expect(value(participants, 'T\n\nParticipants: in total 36 people, of them 20 women and 16 men. Representatives of local authorities, tourist companies, NGOs.')?.groups).toEqual([
      'Representatives of local authorities',
      'tourist companies',
      'NGOs',
    ]);
    // Negative: a sentence after the count that is no list gives no groups.
    expect(value(participants, 'T\n\nParticipants: in total 36 people, of them 20 women and 16 men. The meeting was lively.')?.groups).toEqual([]);
  });
  it('an item that is only "etc." or "и др." is no group; one that ends with it stays as written', () => {
    expect(value(participants, 'T\n\nParticipants: state bodies, NGOs, journalists, etc.')?.groups).toEqual(['state bodies', 'NGOs', 'journalists']);
    expect(parseMinutes('Протокол\n\nУчастники: представители госорганов, НПО, и т.д.').participants?.groups).toEqual(['представители госорганов', 'НПО']);
    expect(value(participants, 'T\n\nParticipants: state bodies, NGOs, journalists and others.')?.groups).toEqual(['state bodies', 'NGOs', 'journalists and others']);
  });
  it('groups in brackets after the count, when they read as a list', () => {
    const groups = (text: string) => value(participants, `T\n\n${text}`)?.groups;
    expect(groups('Participants: 42 people, including 25 women and 17 men (representatives of ayil okmotu, deputies, activists).')).toEqual(['representatives of ayil okmotu', 'deputies', 'activists']);
    expect(groups('Totally: 30 participants (farmers, teachers).')).toEqual(['farmers', 'teachers']);
    expect(groups('42 people took part, 25 women and 17 men (deputies, activists and journalists). The meeting was lively.')).toEqual(['deputies', 'activists and journalists']);
    // Negative: the count's own bracket, one long clause, or a bracket in the next sentence gives none.
    expect(groups('Participants: 40 people (24 women, 16 men).')).toEqual([]);
    expect(groups('Participants: 40 people (it was the largest meeting held in the region this year).')).toEqual([]);
    expect(groups('Totally: 40 participants. The hall (big, bright) was full.')).toEqual([]);
  });
  it('the groups after "including" end with their sentence, also at an acronym’s plural ("… and NGOs.")', () => {
    expect(value(participants, 'T\n\nThe platform brought together 45 people, including representatives of the police, teachers, heads of councils and NGOs. The discussion was led by Aigul Toktosunova, member of the Public Council.')?.groups).toEqual([
      'representatives of the police',
      'teachers',
      'heads of councils and NGOs',
    ]);
  });
  it('groups in a paragraph of their own after a table or list of the counts under a participants heading', () => {
    const table = '## Participants\n\n| Total | Women | Men |\n|---|---|---|\n| 29 | 18 | 11 |';
    expect(value(participants, `T\n\n${table}\n\nTeachers, parents, police inspectors.`)).toEqual({ total: 29, women: 18, men: 11, groups: ['Teachers', 'parents', 'police inspectors'] });
    expect(value(participants, 'T\n\nParticipants:\n- Women: 24\n- Men: 16\n\nFarmers, teachers and doctors.')?.groups).toEqual(['Farmers', 'teachers and doctors']);
    // Negative: sentences there are no list, nor is a paragraph further down.
    expect(value(participants, `T\n\n${table}\n\nThe meeting was lively, long and useful. Tea was served.`)?.groups).toEqual([]);
    expect(value(participants, `T\n\n${table}\n\n## Speakers\n\nTeachers, parents, police inspectors.`)?.groups).toEqual([]);
  });
  it('a count alone in brackets right after its word: "women (24), men (16)", "60% women (24)"', () => {
    for (const text of ['Participants: 40 persons, women (24), men (16).', 'Participants: 40 persons, 60% women (24), 40% men (16).']) {
      expect(value(participants, `T\n\n${text}`), text).toMatchObject({ total: 40, women: 24, men: 16 });
    }
    expect(parseMinutes('Протокол\n\nУчастники: 40 человек, женщин (24), мужчин (16).').participants).toMatchObject({ total: 40, women: 24, men: 16 });
    // Negative: a bracket that goes on past its number is no count ("men (16-18 years)", "men (16 years old …)"), nor is
    // a bracket after digits ("24 (40) women").
    expect(value(participants, 'T\n\nParticipants: 40 persons, young men (16-18 years), women (24).')).toMatchObject({ total: 40, women: 24, men: null });
    expect(value(participants, 'T\n\nParticipants: 40 persons, men (16 years old and over).')).toMatchObject({ total: 40, women: null, men: null });
    expect(value(participants, 'T\n\nParticipants: 40 persons, 24 (40) women.')).toMatchObject({ total: 40, women: null });
  });
  it('groups after "incl." or "incl", as after "including"', () => {
    const groups = (text: string) => value(participants, `T\n\n${text}`)?.groups;
    for (const intro of ['incl.', 'incl', 'including']) {
      expect(groups(`Participants: 47 persons (25 men and 22 women), ${intro} heads of ayil okmotu, activists.`), intro).toEqual(['heads of ayil okmotu', 'activists']);
    }
    // Negative: a word that only starts with it is a group's own ("inclusive education experts").
    expect(groups('Participants: 47 persons (25 men and 22 women), inclusive education experts, activists.')).toEqual(['inclusive education experts', 'activists']);
  });
  it('groups before the count’s own bracket, after a colon past the total', () => {
    const groups = (text: string) => value(participants, `T\n\n${text}`)?.groups;
    expect(groups('It brought together 24 participants: police inspectors, social workers and teachers (19 women and 5 men).')).toEqual(['police inspectors', 'social workers and teachers']);
    expect(groups('Participants: 30 people, including farmers, teachers (20 women, 10 men).')).toEqual(['farmers', 'teachers']);
    // Negative: a clause there is no list, nor is a breakdown by numbers.
    expect(groups('It brought together 24 participants: it was the largest meeting of the year (19 women and 5 men).')).toEqual([]);
    expect(groups('It brought together 24 participants: 10 police officers, 14 teachers (19 women and 5 men).')).toEqual([]);
  });
  it('a number in the sentence of the women and men that is their sum is the total, whatever it counts', () => {
    expect(counts('The platform was attended by 40 representatives of local authorities and civil society (24 women, 16 men).')).toEqual([40, 24, 16]);
    expect(parseMinutes('Протокол\n\nВ работе приняли участие 40 представителей госорганов (24 женщины и 16 мужчин).').participants).toMatchObject({ total: 40, women: 24, men: 16 });
    // Negative: a number that is not their sum, or one in another sentence, is no total.
    expect(counts('At the platform 41 representatives of local authorities spoke (24 women, 16 men).')).toEqual([null, 24, 16]);
    expect(counts('It was the 40th meeting. Representatives of local authorities came (24 women, 16 men).')).toEqual([null, 24, 16]);
    expect(counts('The 40th meeting gathered representatives of local authorities (24 women, 16 men).')).toEqual([null, 24, 16]);
  });
  it('a number after an attendance lead is the head count, whatever it counts ("attended by 40 representatives of …")', () => {
    expect(counts('The meeting was attended by 40 representatives of civil society and state bodies.')).toEqual([40, null, null]);
    expect(counts('The meeting brought together about 40 representatives of civil society, among them 24 women.')).toEqual([40, 24, null]);
    expect(parseMinutes('Протокол\n\nНа встрече присутствовали 40 представителей госорганов и НПО.').participants).toMatchObject({ total: 40 });
    // As written when women and men disagree, with the warning.
    const r = parseMinutes('T\n\nThe platform was attended by 41 representatives of local authorities (24 women, 16 men).');
    expect(r.participants).toMatchObject({ total: 41, women: 24, men: 16 });
    expect(r.diagnostics.map((d) => d.code)).toContain('participants-mismatch');
    // Negative: counted groups after the lead are no total; nor a share, nor a number after "the".
    expect(counts('The platform was attended by 12 officials, 10 NGO members and 18 journalists (24 women, 16 men).')).toEqual([null, 24, 16]);
    expect(counts('The meeting was attended by 40% of the invited.')).toBeNull();
    expect(counts('The meeting was attended by the 3 ministers.')).toBeNull();
  });
  it('reads letters a space after their numbers, beside the count labels "Total number:", "Overall:", "Общее количество:"', () => {
    expect(value(participants, 'T\n\nTotal number: 40 (24 W / 16 M)')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(value(participants, 'T\n\nOverall: 33')).toEqual({ total: 33, women: null, men: null, groups: [] });
    expect(value(participants, 'T\n\nParticipants number: 40 (women: 24; men: 16).')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(parseMinutes('Протокол\n\nОбщее количество: 40 (24 ж., 16 м.)').participants).toEqual({ total: 40, women: 24, men: 16, groups: [] });
  });
  it('negative: "Overall," in running text is no count label; a lone letter after a number is no count', () => {
    expect(value(participants, 'T\n\nOverall, 3 proposals were supported.')).toBeNull();
    expect(value(participants, 'T\n\nTotally: 40 participants, the room 5 m from the hall')).toEqual({ total: 40, women: null, men: null, groups: [] });
  });
  it('reads total, women, men and groups', () => {
    expect(value(participants, 'Participants: experts, journalists.\n\nTotally: 40 participants, among them 24 women and 16 men.')).toEqual({
      total: 40,
      women: 24,
      men: 16,
      groups: ['experts', 'journalists'],
    });
  });
  it('reads counts in a running sentence, men first', () => {
    expect(value(participants, 'T\n\nIn total 45 people took part: 19 men and 26 women.')).toMatchObject({ total: 45, women: 26, men: 19 });
  });
  it('reads "women – 35, men – 25"', () => {
    expect(value(participants, 'Number of participants: 60 (women – 35, men – 25).')).toMatchObject({ total: 60, women: 35, men: 25 });
  });
  it('reads a count that ends its sentence ("men - 12."), but not a decimal', () => {
    expect(value(participants, 'Attendance: 27 participants; women - 15, men - 12.')).toMatchObject({ total: 27, women: 15, men: 12 });
    expect(value(participants, 'T\n\nThe share of women - 12.5 percent.')).toBeNull();
  });
  it('keeps counts that disagree and warns participants-mismatch', () => {
    const r = run(participants, 'Totally: 30 participants, among them 12 women and 16 men.');
    expect(r.value).toMatchObject({ total: 30, women: 12, men: 16 });
    expect(r.diagnostics?.map((d) => d.code)).toEqual(['participants-mismatch']);
  });
  it('reads a number with thousands separators whole, and takes no piece of it for a count', () => {
    expect(value(participants, 'T\n\nTotally: 5,000 people took part, 2,600 women and 2,400 men.')).toMatchObject({ total: 5000, women: 2600, men: 2400 });
    expect(value(participants, 'Participants: 1,200 people, including 700 women and 500 men.')).toEqual({ total: 1200, women: 700, men: 500, groups: [] });
    // Negatives: more groups than a count of six digits has, a group of two digits, and Russian, whose comma is its decimal mark.
    expect(value(participants, 'Participants: 12,345,678 people')).toBeNull();
    expect(value(participants, 'Participants: 1,20 women')).toBeNull();
    expect(parseMinutes('Открытая диалоговая платформа\n\nУчастники: 1,200 человек.\n').participants).toBeNull();
    expect(value(participants, 'T\n\nMore than 5,000 people work abroad. Totally: 40 participants, among them 24 women and 16 men.')).toMatchObject({ total: 40, women: 24, men: 16 });
  });
  it('reads counts one per line under a label, each number once', () => {
    expect(value(participants, 'T\n\nAttendance:\nWomen: 12\nMen: 8\nTotal: 20\n\nText.')).toMatchObject({ total: 20, women: 12, men: 8 });
  });
  it('reads a label with an aside in brackets before its colon', () => {
    expect(value(participants, '**Participants (35 people, 20 women and 15 men):** local authorities, NGOs, returning migrants.')).toEqual({
      total: 35,
      women: 20,
      men: 15,
      groups: ['local authorities', 'NGOs', 'returning migrants'],
    });
  });
  it('does not split groups on "and"', () => {
    expect(value(participants, 'Participants: international organizations and projects, bloggers')?.groups).toEqual([
      'international organizations and projects',
      'bloggers',
    ]);
  });
  it('is null with no counts and no groups', () => {
    expect(value(participants, 'T\n\nThe residents discussed the road.')).toBeNull();
  });
  it('does not take a year for a count', () => {
    expect(value(participants, 'T\n\nIn 2021 the women of the village met.')).toBeNull();
  });
  it('reads counts written in words, and the groups after them', () => {
    expect(value(participants, 'T\n\nForty people took part in the meeting, including twenty-two women and eighteen men: local council deputies, teachers, journalists.')).toEqual({
      total: 40,
      women: 22,
      men: 18,
      groups: ['local council deputies', 'teachers', 'journalists'],
    });
    expect(value(participants, 'Participants: thirty five people, twenty women and fifteen men.')).toMatchObject({ total: 35, women: 20, men: 15 });
    expect(parseMinutes('Т\n\nВо встрече приняли участие сорок человек, из них двадцать две женщины и восемнадцать мужчин.').participants).toMatchObject({ total: 40, women: 22, men: 18 });
  });
  it('reads a number in words restated in brackets ("forty (40) people")', () => {
    expect(value(participants, 'T\n\nForty (40) people took part, including twenty-four (24) women and sixteen (16) men.')).toMatchObject({ total: 40, women: 24, men: 16 });
    expect(value(participants, 'T\n\nParticipants: forty (40) people, including 24 women')).toMatchObject({ total: 40, women: 24 });
    // Negative: a number in brackets after digits is no restatement.
    expect(value(participants, 'T\n\nParticipants: 40 (24) women')).toMatchObject({ total: 40, women: null });
  });
  it('reads counts with a dash between the number and its word ("24 – women, 16 – men"), and no such word as a group', () => {
    const participantsOf = (text: string) => parseMinutes(`T\n\n${text}`).participants;
    expect(participantsOf('Total participants – 40 persons, of them 24 – women, 16 – men.')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(participantsOf('Total participants – 40 persons, of them:\n24 – women\n16 – men\nThey came from villages.')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(participantsOf('Total participants – 40 persons, of them 24 – women, 16 – men – farmers, teachers.')).toEqual({ total: 40, women: 24, men: 16, groups: ['farmers', 'teachers'] });
    expect(parseMinutes('Т\n\nВсего участников – 40 человек, из них 24 – женщины и 16 – мужчин.').participants).toMatchObject({ total: 40, women: 24, men: 16 });
    // Negative: where the word does not end the count, the dash joins no count ("40 – women and men from …").
    expect(participantsOf('Participants – 40 – women and men from 5 villages.')).toMatchObject({ total: 40, women: null, men: null });
    // Nor where a comma and another group follow: "40 – women, men, youth" lists groups.
    expect(participantsOf('Participants: 40 – women, men, youth, local activists.')).toEqual({ total: 40, women: null, men: null, groups: ['women', 'men', 'youth', 'local activists'] });
    expect(participantsOf('Participants: 40 people: 24 – women, and 16 – men.')).toMatchObject({ total: 40, women: 24, men: 16 });
  });
  it('the joining word after the last comma is no part of the last group ("…, activists, and journalists")', () => {
    const groupsOf = (text: string) => parseMinutes(text).participants?.groups;
    expect(groupsOf('T\n\nParticipants: deputies, activists, and journalists.')).toEqual(['deputies', 'activists', 'journalists']);
    expect(groupsOf('T\n\nParticipants: deputies, activists, as well as journalists of local media.')).toEqual(['deputies', 'activists', 'journalists of local media']);
    expect(groupsOf('Протокол\n\nУчастники: депутаты, активисты, а также журналисты.')).toEqual(['депутаты', 'активисты', 'журналисты']);
    expect(parseMinutes('T\n\nParticipants: deputies, and journalists.', { positions: true }).positions?.['/participants/groups/1']).toEqual({ start: { line: 3, column: 29 }, end: { line: 3, column: 40 } });
    // Negative: "and" inside a group stays (not split on it), as does a word that only starts like one ("Andijan traders").
    expect(groupsOf('T\n\nParticipants: deputies, activists and journalists, Andijan traders.')).toEqual(['deputies', 'activists and journalists', 'Andijan traders']);
  });
  it('a word for women or men among groups that count no one is a group ("Target group: youth, women, …")', () => {
    const participantsOf = (text: string) => parseMinutes(`T\n\n${text}`).participants;
    expect(participantsOf('Target group: youth, women, persons with disabilities.')?.groups).toEqual(['youth', 'women', 'persons with disabilities']);
    expect(participantsOf('Participants: farmers, women, youth (40 people).')).toEqual({ total: 40, women: null, men: null, groups: ['farmers', 'women', 'youth'] });
    expect(participantsOf('Participants of the platform were representatives of state bodies, NGOs and media.')?.groups).toEqual(['representatives of state bodies', 'NGOs and media']);
    // Negative: beside counts, the word is what is left of a count.
    expect(participantsOf('Participants: 24 – women, 16 – men.')).toEqual({ total: null, women: 24, men: 16, groups: [] });
  });
  it('more labels of the groups ("Target audience:", "Categories of participants:", "Invited:", "Groups represented:", "Those present:", "Целевая аудитория:", "Приглашены:", "Присутствующие:"), and a list under words that lead in to it with a colon', () => {
    const groupsOf = (text: string) => parseMinutes(text).participants?.groups;
    expect(groupsOf('T\n\nTarget audience: youth, women, local authorities.')).toEqual(['youth', 'women', 'local authorities']);
    expect(groupsOf('T\n\nCategories of participants: deputies, teachers, doctors.')).toEqual(['deputies', 'teachers', 'doctors']);
    expect(groupsOf('T\n\nInvited: representatives of state bodies; NGOs; media.')).toEqual(['representatives of state bodies', 'NGOs', 'media']);
    expect(groupsOf('Протокол\n\nЦелевая аудитория: молодежь, женщины.')).toEqual(['молодежь', 'женщины']);
    expect(groupsOf('Протокол\n\nПриглашены: депутаты, учителя.')).toEqual(['депутаты', 'учителя']);
    expect(groupsOf('T\n\nNumber of attendees: 37 (including 15 women)\nGroups represented: aiyl okmotu staff, border guards, elders, youth')).toEqual(['aiyl okmotu staff', 'border guards', 'elders', 'youth']);
    expect(groupsOf('T\n\nParticipant groups: deputies, teachers.')).toEqual(['deputies', 'teachers']);
    expect(groupsOf('Протокол\n\nГруппы участников: депутаты, учителя.')).toEqual(['депутаты', 'учителя']);
    expect(groupsOf('Протокол\n\nСостав: фермеры, нотариусы, НПО.')).toEqual(['фермеры', 'нотариусы', 'НПО']);
    expect(groupsOf('T\n\nAttendance: total 31; women – 19; men – 12.\nThose present: youth activists, employers, school graduates.')).toEqual(['youth activists', 'employers', 'school graduates']);
    expect(groupsOf('T\n\nPersons present: farmers, teachers.')).toEqual(['farmers', 'teachers']);
    expect(groupsOf('Протокол\n\nПрисутствующие: депутаты, учителя.')).toEqual(['депутаты', 'учителя']);
    expect(groupsOf('T\n\nParticipants: representatives of:\n- state bodies;\n- NGOs;\n- media.')).toEqual(['state bodies', 'NGOs', 'media']);
    // Negatives: people invited by name are no groups; a colon with no list under it leaves the line's groups.
    expect(parseMinutes('T\n\nInvited: Asanov Bolot, deputy governor; Kadyrova Aida, lawyer.').participants).toBeNull();
    expect(groupsOf('T\n\nParticipants: farmers, teachers:\n\nThe meeting opened.')).toEqual(['farmers', 'teachers']);
  });
  it('a count that opens a label\'s line and goes on to the groups in its sentence: from the noun after the number, or past the count\'s word and a comma', () => {
    const groupsOf = (text: string) => parseMinutes(text).participants?.groups;
    expect(parseMinutes('T\n\nParticipants: 50 representatives of state bodies, small public councils, civil society, journalists.').participants).toEqual({
      total: 50, women: null, men: null, groups: ['representatives of state bodies', 'small public councils', 'civil society', 'journalists'],
    });
    expect(parseMinutes('T\n\nParticipants: more than 50 representatives of state bodies, civil society and journalists.').participants).toEqual({
      total: 50, women: null, men: null, groups: ['representatives of state bodies', 'civil society and journalists'],
    });
    expect(groupsOf('T\n\nParticipants: 50 people, representatives of state bodies, NGOs, media.')).toEqual(['representatives of state bodies', 'NGOs', 'media']);
    expect(groupsOf('Протокол\n\nУчастники: 50 человек, представители госорганов, НПО, СМИ.')).toEqual(['представители госорганов', 'НПО', 'СМИ']);
    // ("Representing" leads in to them as before, not read as a group's first word.)
    expect(groupsOf('T\n\nParticipants: 50 people representing state bodies, NGOs, media.')).toEqual(['state bodies', 'NGOs', 'media']);
    // Negatives: one part is no list; nor is what follows the count's own word with no comma.
    expect(groupsOf('T\n\nParticipants: 50 representatives of state bodies.')).toEqual([]);
    expect(groupsOf('T\n\nParticipants: 50 people in the big hall, the small hall.')).toEqual([]);
  });
  it('reads counts given with their shares ("24 (60%) women", "women 60% (24)"), never a share for a count', () => {
    expect(counts('Totally: 40 participants, 24 (60%) women and 16 (40%) men.')).toEqual([40, 24, 16]);
    expect(counts('Totally: 40 participants, women 60% (24), men 40% (16).')).toEqual([40, 24, 16]);
    expect(counts('Totally: 40 participants, women – 62.5 % (25), men – 37.5 % (15).')).toEqual([40, 25, 15]);
    // Negative: a share alone is no count.
    expect(counts('Totally: 40 participants, women 60%, men 40%.')).toEqual([40, null, null]);
  });
  it('takes no lone number word in running text for a count', () => {
    expect(value(participants, 'T\n\nOne of the women asked about the tariffs.')).toBeNull();
    expect(value(participants, 'T\n\nTwo men from the village spoke about the road.')).toBeNull();
    expect(value(participants, 'T\n\nSomeone said that women deserve better.')).toBeNull();
  });
  it('reads letters for women and men beside a label, in pairs', () => {
    expect(value(participants, 'Participants: 35 (W – 20, M – 15): youth, employers.')).toEqual({ total: 35, women: 20, men: 15, groups: ['youth', 'employers'] });
    expect(value(participants, 'Number of participants: 28 (F: 16, M: 12)')).toMatchObject({ total: 28, women: 16, men: 12 });
    expect(parseMinutes('Т\n\nУчастники: 30 (Ж – 18, М – 12): молодёжь, фермеры.').participants).toMatchObject({ total: 30, women: 18, men: 12 });
    // In lower case too, and after the number ("24f/16m").
    expect(value(participants, 'Participants: 35 (w – 20, m – 15)')).toMatchObject({ total: 35, women: 20, men: 15 });
    expect(value(participants, 'Participants: 40 (24f/16m)')).toMatchObject({ total: 40, women: 24, men: 16 });
    expect(value(participants, 'Participants: 40 (24W, 16M)')).toMatchObject({ total: 40, women: 24, men: 16 });
    expect(parseMinutes('Т\n\nУчастники: 30 (18ж/12м)').participants).toMatchObject({ total: 30, women: 18, men: 12 });
    // With a space alone between the letter and its number ("M 17 / F 21").
    expect(value(participants, 'Participants: 38 (M 17 / F 21)')).toMatchObject({ total: 38, women: 21, men: 17 });
    // Negative: a lone letter and number is no count ("block M 17").
    expect(value(participants, 'Participants: 38, block M 17.')).toMatchObject({ total: 38, women: null, men: null });
  });
  it('reads the signs ♀ and ♂ as the letters are read', () => {
    // (They had counted neither: "Participants: 33 (♀ 18 / ♂ 15)" gave the total alone.)
    expect(value(participants, 'Participants: 33 (♀ 18 / ♂ 15).')).toMatchObject({ total: 33, women: 18, men: 15 });
    expect(value(participants, 'Participants: 33 (18♀, 15♂)')).toMatchObject({ total: 33, women: 18, men: 15 });
    expect(parseMinutes('Т\n\nУчастники: 30 (♀ – 18, ♂ – 12).').participants).toMatchObject({ total: 30, women: 18, men: 12 });
    // Negative: a sign with no number counts nothing.
    expect(value(participants, 'Participants: 33 (♀ and ♂).')).toMatchObject({ total: 33, women: null, men: null });
  });
  it('reads a slashed pair of words or letters and their numbers in the same order ("men/women: 17/21")', () => {
    expect(value(participants, 'Participants: 38 persons (men/women: 17/21).')).toMatchObject({ total: 38, women: 21, men: 17 });
    expect(value(participants, 'Participants: 38 (W/M – 21/17)')).toMatchObject({ total: 38, women: 21, men: 17 });
    expect(parseMinutes('Т\n\nУчастники: 38 человек (ж/м: 21/17)').participants).toMatchObject({ total: 38, women: 21, men: 17 });
    // Negative: a pair that is not women and men counts neither.
    expect(value(participants, 'Participants: 38, men/youth: 17/21')).toMatchObject({ total: 38, women: null });
  });
  it('reads a slashed run of three, the total among them, in the label\'s bracket or before its colon ("Participants (total/women/men): 40/24/16")', () => {
    // (The total alone had been read: the words stood in the label's bracket, the numbers after its colon.)
    expect(value(participants, 'T\n\nParticipants (total/women/men): 40/24/16')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    // In any order: the first number is not the total for opening the label's text.
    expect(value(participants, 'T\n\nParticipants (women/men/total): 24/16/40. Farmers, teachers.')).toEqual({ total: 40, women: 24, men: 16, groups: ['Farmers', 'teachers'] });
    expect(value(participants, 'T\n\nTotal/Women/Men: 40/24/16')).toMatchObject({ total: 40, women: 24, men: 16 });
    expect(value(participants, 'Participants: 40 (W/M/total: 24/16/40)')).toMatchObject({ total: 40, women: 24, men: 16 });
    expect(parseMinutes('Т\n\nУчастники (всего/жен./муж.): 40/24/16').participants).toMatchObject({ total: 40, women: 24, men: 16 });
    // More numbers than words: the first ones are theirs.
    expect(value(participants, 'Participants: 40, women/men 24/16/3')).toMatchObject({ total: 40, women: 24, men: 16 });
    // Negatives: fewer numbers than words say not whose each is; a bracket of years is no count's; a word twice, or no
    // women or men among them, counts none of them.
    expect(value(participants, 'T\n\nParticipants (total/women/men): 40/24')).toMatchObject({ total: 40, women: null, men: null });
    expect(value(participants, 'T\n\nParticipants (2021/2022): 40/50')).toMatchObject({ total: 40, women: null, men: null });
    expect(value(participants, 'T\n\nParticipants (women/women/men): 40/24/16')).toMatchObject({ total: 40, women: null, men: null });
    expect(value(participants, 'T\n\nParticipants (total/participants): 40/38')).toMatchObject({ total: 40, women: null, men: null });
  });
  it('reads letters in running text only in a bracket right after a head count', () => {
    expect(value(participants, 'T\n\n40 participants (F: 24; M: 16).')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(value(participants, 'T\n\nThe meeting was attended by 40 people (F-24, M-16).')).toMatchObject({ total: 40, women: 24, men: 16 });
    expect(parseMinutes('Т\n\nВ работе площадки приняли участие 30 человек (Ж – 18, М – 12).').participants).toMatchObject({ total: 30, women: 18, men: 12 });
    // Negative: a bracket with other words, or away from the count, counts no one.
    expect(value(participants, 'T\n\n40 participants (room M-16, floor F-2) met.')).toBeNull();
    expect(value(participants, 'T\n\n40 people attended. (F: 24, M: 16)')).toMatchObject({ total: 40, women: null, men: null });
  });
  it('takes no lone letter, or letters in running text, for a count', () => {
    expect(value(participants, 'Participants: 35, road M – 15')).toMatchObject({ total: 35, women: null, men: null });
    expect(value(participants, 'T\n\nRooms W – 20 and M – 15 were used.')).toBeNull();
    expect(value(participants, 'T\n\nThe 24f and 16m rooms were used.')).toBeNull();
    // A pair far apart is no pair: "5m" is a length there.
    expect(value(participants, 'Participants: 40, who walked 5m to the hall built for 24f')).toMatchObject({ total: 40, women: null, men: null });
    expect(value(participants, 'Participants: 40 (24f)')).toMatchObject({ total: 40, women: null, men: null });
  });
});

describe('speakers', () => {
  it('the person a school or university is named after stays in the role, no speaker ("school named after K. Tynystanov", "СШ им. К. Тыныстанова")', () => {
    // (The namesake had been a speaker, with the role cut before the name.)
    const people = (t: string) => parseMinutes(`Open dialogue platform\n\n${t}`).speakers.map((s) => [s.name.full, s.roles]);
    expect(people('Kenzhebaeva Cholpon, teacher of the school named after K. Tynystanov, spoke about prevention.')).toEqual([['Kenzhebaeva Cholpon', ['teacher of the school named after K. Tynystanov']]]);
    expect(people('Speakers:\n- Kenzhebaeva Cholpon – teacher, school named after K. Tynystanov;\n- Aliev Ruslan – imam.')).toEqual([['Kenzhebaeva Cholpon', ['teacher', 'school named after K. Tynystanov']], ['Aliev Ruslan', ['imam']]]);
    expect(people('The floor was given to Kenzhebaeva Cholpon, director of the Lyceum n.a. A. Osmonov.')).toEqual([['Kenzhebaeva Cholpon', ['director of the Lyceum n.a. A. Osmonov']]]);
    const ru = (t: string) => parseMinutes(`Открытая диалоговая площадка\n\n${t}`).speakers.map((s) => [s.name.full, s.roles]);
    expect(ru('Выступающие:\n- Кенжебаева Чолпон – учитель СШ им. К. Тыныстанова;\n- Алиев Руслан – имам.')).toEqual([['Кенжебаева Чолпон', ['учитель СШ им. К. Тыныстанова']], ['Алиев Руслан', ['имам']]]);
    expect(ru('Выступила Кенжебаева Чолпон, учитель школы имени Касыма Тыныстанова.')).toEqual([['Кенжебаева Чолпон', ['учитель школы имени Касыма Тыныстанова']]]);
    // And the moderator's role keeps it too.
    expect(parseMinutes('Open dialogue platform\n\nModerator: Asanova Bermet, director of school named after A. Osmonov').moderator?.roles).toEqual(['director of school named after A. Osmonov']);
    // Negative: a person named after a place's word with no "named after" is a speaker, as before.
    expect(people('Speakers:\n- Kenzhebaeva Cholpon – teacher, school No. 5;\n- Aliev Ruslan – imam.')).toEqual([['Kenzhebaeva Cholpon', ['teacher', 'school No. 5']], ['Aliev Ruslan', ['imam']]]);
  });
  it('a name after a dash with roles before it takes the roles after it too, where no name follows in its entry', () => {
    // (Those after it had been lost: "Chairman of the Board - Name, Doctor of Economics, Professor" gave the chairman alone.)
    const people = (t: string) => parseMinutes(`Open dialogue platform\n\n${t}`).speakers.map((s) => [s.name.full, s.roles]);
    expect(people('The welcoming speech was made by the Chairman of the Board - Abdyrov Tolonbek, Doctor of Economics, Professor.')).toEqual([['Abdyrov Tolonbek', ['Chairman of the Board', 'Doctor of Economics', 'Professor']]]);
    expect(people('Speakers: head of department - Asanov Bolot, expert; lawyer - Bekova Aida, member of the bar.')).toEqual([['Asanov Bolot', ['head of department', 'expert']], ['Bekova Aida', ['lawyer', 'member of the bar']]]);
    expect(parseMinutes('Open dialogue platform\n\nModerator: Chairman of the Board - Abdyrov Tolonbek Shakirovich, Doctor of Economics, Professor').moderator?.roles).toEqual(['Chairman of the Board', 'Doctor of Economics', 'Professor']);
    // Negatives: where a name follows in the entry, the roles between are the next name's, as before.
    expect(people('The head of department - Asanov Bolot, deputy head, Bekova Aida, spoke.')).toEqual([['Asanov Bolot', ['head of department']], ['Bekova Aida', ['deputy head']]]);
    expect(people('The head of department - Asanov Bolot, the expert of IOM - Bekova Aida, spoke.')).toEqual([['Asanov Bolot', ['head of department']], ['Bekova Aida', ['expert of IOM']]]);
  });
  it('a role on each line, each line opening with a position, is a role each ("Director of the Youth Centre" / "Professor of KNU")', () => {
    // (The lines had been joined into one role.)
    const people = (t: string) => parseMinutes(`Open dialogue platform\n\n${t}`).speakers.map((s) => [s.name.full, s.roles]);
    expect(people('Speakers:\n\nSULTANOV Bakyt\nDirector of the Youth Centre\nProfessor of KNU\n\nBEKOVA Aida\nLawyer')).toEqual([['SULTANOV Bakyt', ['Director of the Youth Centre', 'Professor of KNU']], ['BEKOVA Aida', ['Lawyer']]]);
    const roles = (t: string) => parseMinutes(`Open dialogue platform\n\nModerator: Abdyrov Tolonbek, ${t}`).moderator?.roles;
    expect(roles('Chairman of the Board\nDoctor of Economics')).toEqual(['Chairman of the Board', 'Doctor of Economics']);
    expect(roles('Head of the Department\nDeputy Chairman of the Council')).toEqual(['Head of the Department', 'Deputy Chairman of the Council']);
    // Negatives: a role wrapped over lines stays one: after an open end or a position's word, before a possessive, or
    // where the next line opens with no position.
    expect(roles('Deputy Head of the Office of the Prosecutor\nGeneral of the Kyrgyz Republic')).toEqual(['Deputy Head of the Office of the Prosecutor General of the Kyrgyz Republic']);
    expect(roles("Deputy Head of the Osh City\nMayor's Office")).toEqual(["Deputy Head of the Osh City Mayor's Office"]);
    expect(roles('Head of the Department of the\nMinistry of Labour')).toEqual(['Head of the Department of the Ministry of Labour']);
    expect(roles('chairperson of Coordinating Council of Public\nCouncils of State bodies, professor')).toEqual(['chairperson of Coordinating Council of Public Councils of State bodies', 'professor']);
    expect(roles('chief specialist\nof the Department of Health')).toEqual(['chief specialist of the Department of Health']);
    // (And after a word that qualifies the position to come: it had given "First" and "Deputy Governor …".)
    expect(roles('First\nDeputy Governor of Talas region')).toEqual(['First Deputy Governor of Talas region']);
    // (Nor after one word alone, an article before it or not: it had given "Honorary" and "Professor of KNU", and
    // dropped "Plenipotentiary".)
    expect(roles('Honorary\nProfessor of KNU')).toEqual(['Honorary Professor of KNU']);
    expect(parseMinutes('Open dialogue platform\n\nThe welcoming speech was given by the Plenipotentiary\nRepresentative of the Government in Batken region\nAbdikarimov Kanybek.').speakers.map((s) => s.roles)).toEqual([
      ['Plenipotentiary Representative of the Government in Batken region'],
    ]);
  });
  it('a hard wrap right before "Words:" inside a role is no labelled line ("…, expert of the Mandatory Health" / "Insurance Fund: “Title”")', () => {
    // (The role had been cut in two at the wrap.)
    const people = (t: string) => parseMinutes(`Open dialogue platform\n\nModerator: Asanov Bakyt.\n\n${t}\n`).speakers.map((s) => [s.name.full, s.roles]);
    expect(people('Presentations were made by:\n• Jumaev Nurdin, expert of the Mandatory Health\nInsurance Fund: "State guarantees programme";\n• Sadykova Gulzat, family doctor.')).toEqual([
      ['Jumaev Nurdin', ['expert of the Mandatory Health Insurance Fund']],
      ['Sadykova Gulzat', ['family doctor']],
    ]);
    // Negatives: a label the lexicon knows opens a line of its own after a full line too; so does any after a short line
    // or one that ends with punctuation.
    expect(people('Speaker: Asanov Bolot, head of the department of education of Osh\nPosition: deputy mayor')).toEqual([['Asanov Bolot', ['head of the department of education of Osh', 'deputy mayor']]]);
    expect(people('Speakers:\n\nAsanov Bolot\nPosition: head of the department of education\n\nKim Olga\nPosition: lawyer')).toEqual([
      ['Asanov Bolot', ['head of the department of education']],
      ['Kim Olga', ['lawyer']],
    ]);
  });
  it('a spaced slash parts roles as a comma does ("Chairman of the Board / Doctor of Economics / Professor")', () => {
    // (It had been one role.)
    const roles = (t: string) => parseMinutes(`Open dialogue platform\n\nModerator: Abdyrov Tolonbek, ${t}`).moderator?.roles;
    expect(roles('Chairman of the Board / Doctor of Economics / Professor')).toEqual(['Chairman of the Board', 'Doctor of Economics', 'Professor']);
    const people = (t: string) => parseMinutes(`Open dialogue platform\n\n${t}`).speakers.map((s) => [s.name.full, s.roles]);
    expect(people('Speakers: Asanov Bolot, expert / lawyer; Bekova Aida, journalist')).toEqual([['Asanov Bolot', ['expert', 'lawyer']], ['Bekova Aida', ['journalist']]]);
    // Negatives: a slash with no spaces is a name's ("UNDP/UNICEF"); inside a bracket it stays.
    expect(roles('coordinator of the UNDP/UNICEF project')).toEqual(['coordinator of the UNDP/UNICEF project']);
    expect(roles('coordinator (UNDP / UNICEF)')).toEqual(['coordinator', 'UNDP / UNICEF']);
  });
  it('a position alone after a semicolon is a role of the name before, no person ("…, Chairman of the Board; Professor")', () => {
    // (It had been taken for a name by its capital: a speaker "Professor", and the moderator had lost the role.)
    const people = (t: string) => parseMinutes(`Open dialogue platform\n\n${t}`).speakers.map((s) => [s.name.full, s.roles]);
    expect(people('Speakers: Asanov Bolot, expert; Senior Lecturer')).toEqual([['Asanov Bolot', ['expert', 'Senior Lecturer']]]);
    expect(people('Speakers: Asanov Bolot, expert; Journalist')).toEqual([['Asanov Bolot', ['expert', 'Journalist']]]);
    expect(parseMinutes('Open dialogue platform\n\nModerator: Abdyrov Tolonbek Shakirovich — Chairman of the Board; Doctor of Economics; Professor').moderator?.roles).toEqual(['Chairman of the Board', 'Doctor of Economics', 'Professor']);
    const ru = (t: string) => parseMinutes(`Открытая диалоговая площадка\n\n${t}`).speakers.map((s) => [s.name.full, s.roles]);
    expect(ru('Выступающие: Асанов Болот, эксперт; Журналист')).toEqual([['Асанов Болот', ['эксперт', 'Журналист']]]);
    // Negatives: a name after its position, or a name alone, after the semicolon is a person still.
    expect(people('Speakers: Asanov Bolot, expert; Journalist Kim Sergei')).toEqual([['Asanov Bolot', ['expert']], ['Kim Sergei', ['Journalist']]]);
    expect(people('Speakers: Asanov Bolot, expert; John Smith')).toEqual([['Asanov Bolot', ['expert']], ['John Smith', []]]);
  });
  it('a clause after the roles that opens with a sentence opener is no role; "Also speaking were:" cues speakers', () => {
    const people = (t: string) => parseMinutes(`T\n\n${t}`).speakers.map((s) => [s.name.full, s.roles]);
    expect(people('Asanov Bolot Kadyrovich, head of the department, in his speech noted the growth of migration.')).toEqual([['Asanov Bolot Kadyrovich', ['head of the department']]]);
    expect(people('Asanov Bolot Kadyrovich, head of the department, then stressed the role of NGOs.')).toEqual([['Asanov Bolot Kadyrovich', ['head of the department']]]);
    expect(people('Also speaking were: Asanov B.K. (MFA), Isakova A. (IOM).')).toEqual([['Asanov B.K.', ['MFA']], ['Isakova A.', ['IOM']]]);
    // Negative: a role after a sentence opener that is no action stays ("…, and then deputy mayor" is no clause of its own).
    expect(people('The floor was given to Asanov Bolot, head of the department, and later deputy mayor.')).toEqual([['Asanov Bolot', ['head of the department', 'deputy mayor']]]);
  });
  it('roles before names, with dashes and bold', () => {
    const v = value(speakers, 'T\n\nWith an introduction speech performed the deputy of X - **Toktobolotov Samat Nikolaevich**, head of Y in Osh- **Isakova Jyldyz**.');
    expect(v).toEqual([
      { name: { full: 'Toktobolotov Samat Nikolaevich', given: 'Samat', patronymic: 'Nikolaevich', family: 'Toktobolotov' }, roles: ['deputy of X'] },
      { name: { full: 'Isakova Jyldyz', given: 'Jyldyz', patronymic: null, family: 'Isakova' }, roles: ['head of Y in Osh'] },
    ]);
    // Other translations of "выступил": "acted", "came out", "spoke out"; also after the name, and past "to the participants".
    for (const verb of ['acted', 'came out', 'spoke out']) {
      expect(nameAndRoles(`T\n\nWith welcoming word ${verb} the first deputy of X - **Mamatov Almaz Toktorovich**.`)).toEqual([['Mamatov Almaz Toktorovich', ['first deputy of X']]]);
      expect(nameAndRoles(`T\n\nWith the welcome word to the participants the first deputy of X Mr. Mamatov Almaz ${verb}.`)).toEqual([['Mamatov Almaz', ['first deputy of X']]]);
    }
    // "have acted", "has spoken": the auxiliary is a filler too.
    expect(nameAndRoles('T\n\nWith the welcoming word to participants have acted the vice-governor of Naryn region Sydykov Almazbek Turdubekovich.')).toEqual([
      ['Sydykov Almazbek Turdubekovich', ['vice-governor of Naryn region']],
    ]);
  });
  it('a role right after a cue takes nothing from before the cue ("The themes such as: “A”, “B” were presented by the experts Name")', () => {
    expect(nameAndRoles('T\n\nThe actual themes such as: “Air pollution”, “Waste disposal” were presented by the experts Beishenov Ruslan and Toktosunova Elmira.')).toEqual([
      ['Beishenov Ruslan', ['experts']],
      ['Toktosunova Elmira', ['experts']],
    ]);
    // Negative: with no cue in the name's piece, the roles before it back to the sentence's start are its own.
    expect(nameAndRoles('T\n\nA speech was made by the chairman of X, doctor of sciences, professor Asanov Bolot.')).toEqual([['Asanov Bolot', ['chairman of X', 'doctor of sciences', 'professor']]]);
  });
  it('an article between the cue words is theirs, no role ("was opened with a welcome speech by the deputy governor – Name")', () => {
    // (The role had been "welcome speech by the deputy governor of Jalal-Abad region".)
    expect(nameAndRoles('T\n\nThe meeting was opened with a welcome speech by the deputy governor of Jalal-Abad region – **Mamatov Kubanychbek Tashtanovich**, the head of the regional department of the State Migration Service – **Kadyrova Gulnara**.')).toEqual([
      ['Mamatov Kubanychbek Tashtanovich', ['deputy governor of Jalal-Abad region']],
      ['Kadyrova Gulnara', ['head of the regional department of the State Migration Service']],
    ]);
    expect(nameAndRoles('T\n\nThe meeting opened with the speech of the deputy governor – Mamatov Kubanychbek.')).toEqual([['Mamatov Kubanychbek', ['deputy governor']]]);
    // Negative: an article before words that are no cue's opens the role ("by the head of …"), which drops it.
    expect(nameAndRoles('T\n\nThe meeting was opened by the head of a welfare office – Mamatov Kubanychbek.')).toEqual([['Mamatov Kubanychbek', ['head of a welfare office']]]);
  });
  it('"and by" before the second role is no part of it', () => {
    expect(nameAndRoles('T\n\nA welcoming speech was made by the head of the water department – Nazarov Ulan, and by the project manager of the “Taza Suu” programme – Mirlanova Aizada.')).toEqual([
      ['Nazarov Ulan', ['head of the water department']],
      ['Mirlanova Aizada', ['project manager of the “Taza Suu” programme']],
    ]);
  });
  it('a role after "by" or "and" before a comma goes to the name after it ("given by the vice-mayor, Mr. Name")', () => {
    expect(nameAndRoles('T\n\nA welcome speech was given by the vice-mayor of Osh city, Mr. Nurbek Ergeshov.')).toEqual([['Nurbek Ergeshov', ['vice-mayor of Osh city']]]);
    expect(nameAndRoles('T\n\nSpeeches were made by Bakyt Asanov, expert, and the head of X, Aida Bekova.')).toEqual([
      ['Bakyt Asanov', ['expert']],
      ['Aida Bekova', ['head of X']],
    ]);
    expect(parseMinutes('Протокол\n\nВыступили Асанов Бакыт, эксперт, и начальник управления образования, Бекова Аида.').speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Асанов Бакыт', ['эксперт']],
      ['Бекова Аида', ['начальник управления образования']],
    ]);
  });
  it('people who asked, replied, supported or proposed in the discussion are speakers too', () => {
    expect(nameAndRoles('T\n\nMs. Dilnoza Karimova, director of school No. 12, asked about the funds for repairs.\n\nMr. Bakyt Sultanov, deputy of the local kenesh, supported the draft.')).toEqual([
      ['Dilnoza Karimova', ['director of school No. 12']],
      ['Bakyt Sultanov', ['deputy of the local kenesh']],
    ]);
    // Negative: no one named, no speaker.
    expect(nameAndRoles('T\n\nA resident of Kerme-Too village asked about drinking water. The participants supported the draft.')).toEqual([]);
    // Nor is an item of a list of proposals, whatever its shape.
    expect(nameAndRoles('T\n\nThe participants proposed:\n- Youth Centre\n- Public Library')).toEqual([]);
  });
  it('"The word was given to …" brings in speakers, as "the floor was given to" does', () => {
    expect(nameAndRoles('T\n\nThe word was given to the head of the migration department Asanov Bolot and the deputy mayor of Osh Karimova Aida.')).toEqual([
      ['Asanov Bolot', ['head of the migration department']],
      ['Karimova Aida', ['deputy mayor of Osh']],
    ]);
    // And as "the floor was taken by" does: "The word was taken by …" (a calque of "Слово взял …").
    expect(nameAndRoles('T\n\nNext, the word was taken by the chairman of the Public Council of the Ministry of Health, Dr. Jamilya Sultanova.')).toEqual([
      ['Jamilya Sultanova', ['chairman of the Public Council of the Ministry of Health']],
    ]);
    expect(nameAndRoles('T\n\nJamilya Sultanova, head of the department, took the word.')).toEqual([['Jamilya Sultanova', ['head of the department']]]);
    // Negative: a word taken without a person names no speaker.
    expect(nameAndRoles('T\n\nThe word was taken from the law on migration.')).toEqual([]);
  });
  it('a talk’s title between its cue and "was made by" leaves the role after "by" to the person named next', () => {
    for (const sentence of [
      'The presentation "New law" was made by the head of the legal department, Sultanova Aida.',
      'A presentation on the topic "New law" was given by the head of the legal department, Sultanova Aida.',
      'The presentation "New law" was made by the head of the legal department Sultanova Aida.',
    ]) {
      const r = parseMinutes(`Open dialogue platform in Osh region\n\n${sentence}`);
      expect([r.topic, r.presentations, r.speakers.map((s) => [s.name.full, s.roles])], sentence).toEqual([null, ['New law'], [['Sultanova Aida', ['head of the legal department']]]]);
    }
    // Negative: an event on a quoted topic, opened by someone after it, keeps its topic.
    expect(parseMinutes('Open dialogue platform in Osh region\n\nA round table on the topic "Migration in figures" was opened by Asanov Bolot.').topic).toBe('Migration in figures');
  });
  it('"The topic of the meeting was “X”" gives the topic', () => {
    expect(parseMinutes('Open dialogue platform\n\nThe topic of the meeting was "Youth employment".\n').topic).toBe('Youth employment');
    // Negative: a quotation further on in such a sentence is no topic.
    expect(parseMinutes('Open dialogue platform\n\nThe topic of the meeting was youth, as the NGO "Ailym" had asked.\n').topic).toBeNull();
  });
  it('"The subject of the meeting was “X”", "The meeting was devoted to “X”" give the topic, in Russian too', () => {
    for (const sentence of ['The subject of the meeting was "Tax incentives".', 'The subject of discussion was "Tax incentives".', 'The meeting was devoted to "Tax incentives".', 'The round table was dedicated to "Tax incentives".', 'The theme of the dialogue was "Tax incentives".', 'The topic of the hearing was "Tax incentives".']) {
      expect(parseMinutes(`Open dialogue platform\n\n${sentence}\n`).topic, sentence).toBe('Tax incentives');
    }
    for (const sentence of ['Встреча была посвящена «Доступ к воде».', 'Заседание посвящено теме «Доступ к воде».']) {
      expect(parseMinutes(`Открытая диалоговая платформа\n\n${sentence}\n`).topic, sentence).toBe('Доступ к воде');
    }
    // Negative: a verb with no joining word after it leads no topic, nor a place's name.
    expect(parseMinutes('Open dialogue platform\n\nThe meeting was held in the hall "Ala-Too".\n').topic).toBeNull();
    expect(parseMinutes('Open dialogue platform\n\nThe meeting was "a success", said the mayor.\n').topic).toBeNull();
    expect(parseMinutes('Открытая диалоговая платформа\n\nВстреча была проведена в зале «Ала-Тоо».\n').topic).toBeNull();
  });
  it('a word for the event and a joining word before a quotation lead the topic where the sentence names no one ("The platform on “X” was held")', () => {
    // (The topic had been null: "platform" alone is no kind of event.)
    expect(parseMinutes('Open Dialogue Platform in Osh region, 3 March 2022\n\nThe platform on "Women\'s economic empowerment" was held at the university.\n').topic).toBe("Women's economic empowerment");
    expect(parseMinutes('Report\n\nThe event was devoted to "Roads".\n').topic).toBe('Roads');
    // Negatives: a sentence that names a person tells of a talk; a word for the event with no joining word leads nothing.
    expect(parseMinutes('Report\n\nThe session on "Loans" was presented by Aibek Osmonov, banker.\n').topic).toBeNull();
    expect(parseMinutes('Report\n\nThe event "Bai Tushum" was held.\n').topic).toBeNull();
  });
  it('the topic of a person’s talk is the talk’s: a presentation, not the meeting’s topic', () => {
    const r = parseMinutes('Open dialogue platform in Osh region\n\nAsanov Bolot, head of the migration department, made a presentation on the topic “Migration in figures”.');
    expect([r.topic, r.presentations, r.speakers.map((s) => s.name.full)]).toEqual([null, ['Migration in figures'], ['Asanov Bolot']]);
    // Negative: with no one named before it, the quotation after "on the topic" is the meeting's.
    expect(parseMinutes('Open dialogue platform in Osh region\n\nThe meeting was held on the topic “Migration in figures”.').topic).toBe('Migration in figures');
    expect(parseMinutes('Open dialogue platform in Osh region\n\nA round table on the topic “Migration in figures” was opened by Asanov Bolot.').topic).toBe('Migration in figures');
  });
  it('those who expressed their opinions or voiced something speak; a word for all the participants before them is no role', () => {
    expect(nameAndRoles('T\n\nDuring the discussion, the participants Kasymova Aida and Toktorov Ulan expressed their opinions. Asanov Bolot, head of the ayil okmotu, voiced the problems of the village.')).toEqual([
      ['Kasymova Aida', []],
      ['Toktorov Ulan', []],
      ['Asanov Bolot', ['head of the ayil okmotu']],
    ]);
    const ruSpeakers = (text: string) => pairs(parseMinutes(text).speakers);
    expect(ruSpeakers('Открытая диалоговая площадка\n\nВысказались Касымова Аида, учитель, и Токторов Улан, фермер. В ходе обсуждения участники Асанов Болот и Бекова Айгуль высказали свое мнение.')).toEqual([
      ['Касымова Аида', ['учитель']],
      ['Токторов Улан', ['фермер']],
      ['Асанов Болот', []],
      ['Бекова Айгуль', []],
    ]);
    // Negative: gratitude expressed to someone names no speaker.
    expect(nameAndRoles('T\n\nThe participants expressed gratitude to Asanov Bolot for the organization.')).toEqual([]);
    expect(ruSpeakers('Открытая диалоговая площадка\n\nУчастники выразили благодарность Асанову Болоту.')).toEqual([]);
  });
  it('those who acquainted or familiarized the participants with something speak ("ознакомил участников"); not those the participants acquainted themselves with', () => {
    expect(nameAndRoles('T\n\nKim Oleg, expert of IOM, acquainted the participants with the results of the survey. Aida Bekova, lawyer, familiarized the participants with the new law.')).toEqual([
      ['Kim Oleg', ['expert of IOM']],
      ['Aida Bekova', ['lawyer']],
    ]);
    // So do those who reminded, urged or warned the participants.
    expect(nameAndRoles('T\n\nThe ecologist Sultanov Marat reminded the participants about the tragedy in Barskoon.')).toEqual([['Sultanov Marat', ['ecologist']]]);
    // Negatives: whom the participants acquainted themselves with, or whose proposals a meeting focused on, did not speak.
    expect(nameAndRoles('T\n\nThe participants familiarized themselves with the exhibition of the artist Aida Bekova.')).toEqual([]);
    expect(nameAndRoles('T\n\nThe moderator reminded Aida Bekova about the time.')).toEqual([]);
    expect(nameAndRoles('T\n\nThe participants were acquainted with the book by Kim Oleg.')).toEqual([]);
    expect(nameAndRoles('T\n\nThe meeting focused on the proposals of the deputy Asanov Bolot.')).toEqual([]);
    // Nor does "focused on" end a role: inside one it is a participle.
    expect(nameAndRoles('T\n\nKim Oleg, coordinator of the project focused on women rights, spoke about migration.')).toEqual([['Kim Oleg', ['coordinator of the project focused on women rights']]]);
  });
  it('those who brought something to the attention of the participants, underscored it or raised the problems speak', () => {
    expect(nameAndRoles('T\n\nKim Oleg, expert of IOM, brought to the attention of the participants the problems of migrants. Aida Bekova, lawyer, underscored the need for legal aid. Asanov Bolot, farmer, raised the problems of the village.')).toEqual([
      ['Kim Oleg', ['expert of IOM']],
      ['Aida Bekova', ['lawyer']],
      ['Asanov Bolot', ['farmer']],
    ]);
    // Negative: "raised" alone is the discussion's word.
    expect(nameAndRoles('T\n\nThe participants raised land issues.')).toEqual([]);
  });
  it('those who touched on, voiced or presented something, or gave their opinion, data or proposals, speak in Russian too ("затронул", "озвучила", "высказал предложение")', () => {
    const ru = (text: string) => pairs(parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).speakers);
    expect(ru('Ким Олег, эксперт МОМ, затронул проблемы мигрантов. Бекова Аида, юрист, озвучила предложения. Асанов Болот, фермер, высказал предложение. Осмонова Айгуль, экономист, привела данные о миграции.')).toEqual([
      ['Ким Олег', ['эксперт МОМ']],
      ['Бекова Аида', ['юрист']],
      ['Асанов Болот', ['фермер']],
      ['Осмонова Айгуль', ['экономист']],
    ]);
    // Negatives: whom thanks were expressed to, and one whose work the participants touched on, did not speak.
    expect(ru('Участники высказали благодарность Асанову Болоту.')).toEqual([]);
    expect(ru('Участники затронули вопрос о работе Асанова Болота.')).toEqual([]);
  });
  it('questions raised or asked by someone are theirs, and "In response," opens a sentence, no role', () => {
    // (They had given no speakers, and "In response", "В ответ начальник …" as roles.)
    expect(nameAndRoles('T\n\nQuestions were raised by Aida Bekova (teacher) and Kanat Omurov (farmer).')).toEqual([
      ['Aida Bekova', ['teacher']],
      ['Kanat Omurov', ['farmer']],
    ]);
    expect(nameAndRoles('T\n\nIn response, the head of the water department Nurlan Kadyrov explained the new tariffs.')).toEqual([['Nurlan Kadyrov', ['head of the water department']]]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nВ ответ начальник водного отдела Кадыров Нурлан пояснил новые тарифы.\n').speakers)).toEqual([
      ['Кадыров Нурлан', ['начальник водного отдела']],
    ]);
    // In Russian, those who took part in the discussion with "участвовать", and who asked questions ("задавали вопросы").
    const ru = (text: string) => parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`);
    expect(pairs(ru('Также в обсуждении участвовали: директор школы № 12 Осмонова Ж., имам мечети Абдрахманов К.').speakers)).toEqual([
      ['Осмонова Ж.', ['директор школы № 12']],
      ['Абдрахманов К.', ['имам мечети']],
    ]);
    expect(pairs(ru('Вопросы задавали Жумабеков Н. и Абдиева Г.').speakers)).toEqual([
      ['Жумабеков Н.', []],
      ['Абдиева Г.', []],
    ]);
    // (Questions asked by no one named stay the discussion's.)
    const asked = ru('Участники задали вопросы о тарифах.');
    expect([asked.speakers, asked.discussion]).toEqual([[], ['Участники задали вопросы о тарифах']]);
    // Negatives: "raised" alone is the discussion's, and what else was raised by someone names no speaker.
    const issues = parseMinutes('T\n\nParticipants raised the following issues: tariffs; roads.\n');
    expect([issues.speakers, issues.discussion]).toEqual([[], ['tariffs', 'roads']]);
    expect(nameAndRoles('T\n\nFunds were raised by the NGO Aikol led by Kanat Omurov.')).toEqual([]);
  });
  it('one who raised an issue, voiced a concern or made a proposal speaks ("Name, role, raised the issue of land")', () => {
    // (They had given no speakers.)
    expect(nameAndRoles('T\n\nBekov Nurlan, head of the village council, raised the issue of land.')).toEqual([['Bekov Nurlan', ['head of the village council']]]);
    expect(nameAndRoles('T\n\nThe farmer Aida Bekova raised a concern about irrigation water.')).toEqual([['Aida Bekova', ['farmer']]]);
    expect(nameAndRoles('T\n\nBekov Nurlan (farmer) expressed concern about the land.')).toEqual([['Bekov Nurlan', ['farmer']]]);
    expect(nameAndRoles('T\n\nA proposal was made by Bekov Nurlan, farmer.')).toEqual([['Bekov Nurlan', ['farmer']]]);
    const ru = (text: string) => pairs(parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).speakers);
    expect(ru('Асанов Бакыт, фермер, поднял вопрос о земле.')).toEqual([['Асанов Бакыт', ['фермер']]]);
    expect(ru('Фермер Асанова Айгуль подняла проблему нехватки воды.')).toEqual([['Асанова Айгуль', ['Фермер']]]);
    expect(ru('Асанов Бакыт, фермер, выразил обеспокоенность нехваткой воды.')).toEqual([['Асанов Бакыт', ['фермер']]]);
    // A named speaker's issue is his, no entry of the discussion; the participants' stays one.
    const both = parseMinutes('T\n\nBekov Nurlan, farmer, raised the issue of land shortage.\n\nParticipants raised the issue of irrigation water.\n');
    expect([pairs(both.speakers), both.discussion]).toEqual([[['Bekov Nurlan', ['farmer']]], ['Participants raised the issue of irrigation water']]);
  });
  it('a speaker whose family name has two letters keeps it, at a sentence’s end too ("Olga Li.", "Marina Ko")', () => {
    expect(nameAndRoles('T\n\nThe welcoming speech was made by the head of the ecology department Olga Li. Then the floor was given to expert Ivan Ng.\n\nA report was made by Marina Ko, head of the NGO “Green”.')).toEqual([
      ['Olga Li', ['head of the ecology department']],
      ['Ivan Ng', ['expert']],
      ['Marina Ko', ['head of the NGO “Green”']],
    ]);
    // Negative: initials of one sound's two letters stay the name's initials.
    expect(nameAndRoles('T\n\nThe floor was given to Tashiev Sh., expert, and to Asanova Yu.K., lawyer.')).toEqual([
      ['Tashiev Sh.', ['expert']],
      ['Asanova Yu.K.', ['lawyer']],
    ]);
  });
  it('each entry of a "Speakers:" line or a list item between semicolons is a person, by shape where nothing else tells', () => {
    expect(nameAndRoles('T\n\nSpeakers: Dzhumabaeva-Usenova Aigul, expert; Kim Sergei, lawyer.')).toEqual([
      ['Dzhumabaeva-Usenova Aigul', ['expert']],
      ['Kim Sergei', ['lawyer']],
    ]);
    expect(nameAndRoles('T\n\nSpeakers:\n- Asanov Bolot, expert; Kim Sergei, lawyer')).toEqual([
      ['Asanov Bolot', ['expert']],
      ['Kim Sergei', ['lawyer']],
    ]);
    // Negative: entries that are no names by shape, or a sentence that is no "Speakers:" line.
    expect(nameAndRoles('T\n\nSpeakers: heads of departments; representatives of NGOs.')).toEqual([]);
    expect(nameAndRoles('T\n\nAsanov Bolot, expert, spoke about roads; Marco Rossi agreed.').map(([name]) => name)).toEqual(['Asanov Bolot']);
  });
  it('roles before bracketed names lose the "and" that joins them', () => {
    expect(nameAndRoles('T\n\nPresentations were made by the head of the migration department (Asanov B.K.) and the deputy mayor (Karimova A.A.).')).toEqual([
      ['Asanov B.K.', ['head of the migration department']],
      ['Karimova A.A.', ['deputy mayor']],
    ]);
    // Negative: an "and" inside a role stays ("head of labour and migration").
    expect(nameAndRoles('T\n\nSpeeches were made by the head of labour and migration (Asanov B.K.).')).toEqual([['Asanov B.K.', ['head of labour and migration']]]);
  });
  it('a stray emphasis mark after an italic name is no role', () => {
    expect(parseMinutes('T\n\n**Moderator**: *Abdyrov Tolonbek Shakirovich*, Chairman of the Board').moderator?.roles).toEqual(['Chairman of the Board']);
    // Negative: a role with letters and marks stays.
    expect(parseMinutes('T\n\nModerator: Abdyrov Tolonbek, director of school No. 5').moderator?.roles).toEqual(['director of school No. 5']);
  });
  it('a speaker named by the family name alone takes the whole name an attendee list gives', () => {
    const list = '**Present:**\n\n1. Asanov Bolot – deputy head of the city administration (chair);\n2. Petrov Sergei Ivanovich – head of the city police department;\n3. Asanov Marat – farmer.';
    expect(nameAndRoles(`T\n\n${list}\n\nMr. Petrov reported on crime statistics.`)).toEqual([['Petrov Sergei Ivanovich', ['head of the city police department']]]);
    // Negative: two Asanovs in the list, so "Mr. Asanov" stays as written; no list, no change.
    expect(nameAndRoles(`T\n\n${list.replace('(chair)', '')}\n\nMr. Asanov reported on roads.`).map(([name]) => name)).toEqual(['Asanov']);
    expect(nameAndRoles('T\n\nMr. Petrov reported on crime statistics.')).toEqual([['Petrov', []]]);
  });
  it('a speaker named in a numbered list of what was said takes the whole name too: the speaker’s own item is no other Petrov', () => {
    const list = 'Present:\n1. Petrov Sergei – head of the city police department\n2. Asanov Marat – farmer\n3. Asanov Bolot – teacher';
    expect(nameAndRoles(`T\n\n${list}\n\nHeard:\n\n1. Mr. Petrov reported on crime statistics.\n2. Ms. Nazarova asked about street lights.`)).toEqual([
      ['Petrov Sergei', ['head of the city police department']],
      ['Nazarova', []],
    ]);
    // Negative: two Asanovs still leave "Mr. Asanov" as written.
    expect(nameAndRoles(`T\n\n${list}\n\nHeard:\n\n1. Mr. Asanov reported on roads.`).map(([name]) => name)).toEqual(['Asanov']);
  });
  it('"Mr. Given M. Family": the given name stays in the name, not among the roles', () => {
    expect(nameAndRoles('T\n\nMr. Aibek B. Tashiev, head of the employment centre, presented the report "Labour market". Deputy Mayor A. Asanov spoke about roads.')).toEqual([
      ['Aibek B. Tashiev', ['head of the employment centre']],
      ['A. Asanov', ['Deputy Mayor']],
    ]);
  });
  it('negative: a role after "and" with no name after it stays with the name before', () => {
    expect(nameAndRoles('T\n\nSpeeches: Bakyt Asanov, expert, and also lawyer.')).toEqual([['Bakyt Asanov', ['expert', 'lawyer']]]);
    expect(nameAndRoles('T\n\nThe report was presented on water tariffs, Aida Bekova said.')).toEqual([['Aida Bekova', []]]);
  });
  it('"and to" before a name is no role ("The floor was given to Name1, and to Name2, a lawyer")', () => {
    expect(nameAndRoles('T\n\nThe floor was given to Turgunbaev Maksat, head of the land department, and to Alieva Dinara, a lawyer of the legal clinic “Adilet”.')).toEqual([
      ['Turgunbaev Maksat', ['head of the land department']],
      ['Alieva Dinara', ['lawyer of the legal clinic “Adilet”']],
    ]);
    expect(nameAndRoles('T\n\nThe floor was given to the head of the land department, Turgunbaev Maksat.')).toEqual([['Turgunbaev Maksat', ['head of the land department']]]);
  });
  it('a table of talks under "Presentations:" gives a title per row and no role of numbers; its header is no label row', () => {
    const record = parseMinutes('# Minutes\n\nPresentations:\n\n| No. | Speaker | Topic |\n| --- | --- | --- |\n| 1 | Aida Bekova | Water tariffs |\n| 2 | Nurlan Osmonov | Pasture law |\n');
    expect(record.presentations).toEqual(['Water tariffs', 'Pasture law']);
    expect(record.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Aida Bekova', []],
      ['Nurlan Osmonov', []],
    ]);
    expect(record.topic).toBeNull();
  });
  it('a row whose topic cell is only a dash ("| — |", "| - |") gives no talk, and its speaker still speaks', () => {
    for (const dash of ['—', '-', '–', '"—"']) {
      const record = parseMinutes(`# Minutes\n\n## Who spoke\n\n| # | Speaker | Position | Topic |\n|---|---|---|---|\n| 1 | Kenjebaev Ulan | head of the water department | Water schedule for 2022 |\n| 2 | Tashbolotov Ilyas | local kenesh deputy | ${dash} |\n`);
      expect(record.presentations, dash).toEqual(['Water schedule for 2022']);
      expect(pairs(record.speakers), dash).toEqual([
        ['Kenjebaev Ulan', ['head of the water department']],
        ['Tashbolotov Ilyas', ['local kenesh deputy']],
      ]);
    }
    // Negative: a title of digits alone is still one.
    expect(parseMinutes('# Minutes\n\nPresentations:\n\n| No. | Speaker | Topic |\n| --- | --- | --- |\n| 1 | Aida Bekova | 2022 |\n').presentations).toEqual(['2022']);
  });
  it('negative: a table of one row under labels across the top is still a row of labels', () => {
    const record = parseMinutes('# Minutes\n\n| Date | Venue | Topic |\n| --- | --- | --- |\n| 22 September 2021 | Talas city | Budgets |\n');
    expect(record.topic).toBe('Budgets');
    expect(record.date?.iso).toBe('2021-09-22');
  });
  it('a talk listed with its presenter in brackets is no role of theirs ("1. Title (U. Shamshiev)")', () => {
    const record = parseMinutes('Minutes\n\nPresentations:\n1. On the status of the Batken region (U. Shamshiev)\n2. Batken: migration and prospects (A. Asanov)\n\nThe meeting closed.');
    expect(record.presentations).toEqual(['On the status of the Batken region', 'Batken: migration and prospects']);
    expect(record.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['U. Shamshiev', []],
      ['A. Asanov', []],
    ]);
  });
  it('roles before a name with the last one right before it are all the name’s ("председатель X, доктор наук, профессор Name")', () => {
    const record = parseMinutes('Информация\n\nМодератором встречи выступил председатель Координационного совета, доктор экономических наук, профессор Абдыров Толонбек Шакирович.');
    expect(record.moderator).toMatchObject({ name: { full: 'Абдыров Толонбек Шакирович' }, roles: ['председатель Координационного совета', 'доктор экономических наук', 'профессор'] });
    expect(nameAndRoles('T\n\nThe speech was made by the head of X, deputy of Y Aibek Tashiev.')).toEqual([['Aibek Tashiev', ['head of X', 'deputy of Y']]]);
  });
  it('negative: not when another name stands before those roles', () => {
    expect(nameAndRoles('T\n\nAida Bekova, head of X, deputy of Y Aibek Tashiev spoke.')).toEqual([
      ['Aida Bekova', ['head of X']],
      ['Aibek Tashiev', ['deputy of Y']],
    ]);
  });
  it('but when that name had its own role right before it, a list written role first, the roles between are the next name\'s', () => {
    expect(
      pairs(parseMinutes('Открытая диалоговая площадка\n\nС сообщениями выступили: имам центральной мечети Абдуллаев Б., старший инспектор ИДН, капитан милиции Жумабаева Н., психолог школы № 5 Турсунова Г.\n').speakers),
    ).toEqual([
      ['Абдуллаев Б.', ['имам центральной мечети']],
      ['Жумабаева Н.', ['старший инспектор ИДН', 'капитан милиции']],
      ['Турсунова Г.', ['психолог школы № 5']],
    ]);
    expect(nameAndRoles('T\n\nSpeeches were made by the imam of the central mosque Abdullaev B., senior inspector of the district police, police captain Zhumabaeva N.')).toEqual([
      ['Abdullaev B.', ['imam of the central mosque']],
      ['Zhumabaeva N.', ['senior inspector of the district police', 'police captain']],
    ]);
    // Negative: a list written role after keeps them the name's before.
    expect(nameAndRoles('T\n\nSpeeches were made by Abdullaev B., imam of the central mosque, senior inspector Zhumabaeva N.')).toEqual([
      ['Abdullaev B.', ['imam of the central mosque']],
      ['Zhumabaeva N.', ['senior inspector']],
    ]);
  });
  it('greeting the participants, or following another speaker, is speaking', () => {
    expect(nameAndRoles('T\n\nThe Deputy Governor of Osh region, Mr. Nurlan Asanov, and the head of the migration department, Ms. Aida Bekova, welcomed the participants.')).toEqual([
      ['Nurlan Asanov', ['Deputy Governor of Osh region']],
      ['Aida Bekova', ['head of the migration department']],
    ]);
    expect(nameAndRoles('T\n\nNurlan Asanov opened the meeting. He was followed by Aida Bekova, head of the migration department.')).toEqual([
      ['Nurlan Asanov', []],
      ['Aida Bekova', ['head of the migration department']],
    ]);
    expect(parseMinutes('Протокол\n\nУчастников приветствовала начальник управления миграции Бекова Аида.').speakers.map((s) => [s.name.full, s.roles])).toEqual([['Бекова Аида', ['начальник управления миграции']]]);
  });
  it('a sentence that tells the date, place or kind of event still gives its speakers', () => {
    expect(parseMinutes('Open dialogue platform\n\nOn 12 May 2021 in Osh city, the meeting was opened by Aida Bekova, expert.').speakers.map((s) => [s.name.full, s.roles])).toEqual([['Aida Bekova', ['expert']]]);
    expect(parseMinutes('T\n\nThe meeting was opened by Aida Bekova, expert.').speakers.map((s) => s.name.full)).toEqual(['Aida Bekova']);
  });
  it('negative: the sentence that names the moderator gives no speaker', () => {
    expect(parseMinutes('Open dialogue platform\n\nOn 12 May 2021 the meeting was moderated by Aida Bekova, expert, who spoke first.').speakers).toEqual([]);
  });
  it('"Role: Name" lines: the words before the colon are the role', () => {
    expect(nameAndRoles('T\n\nSpeakers:\nHead of the social department: Aida Bekova\n- Expert: Nurlan Osmonov')).toEqual([
      ['Aida Bekova', ['Head of the social department']],
      ['Nurlan Osmonov', ['Expert']],
    ]);
  });
  it('negative: not inside a line, nor a cue before the colon', () => {
    expect(nameAndRoles('T\n\nThe talk was on water. Issue raised: Aida Bekova said the pipes leak.')).toEqual([['Aida Bekova', []]]);
    expect(nameAndRoles('T\n\nPresentation: Aida Bekova, expert.')).toEqual([['Aida Bekova', ['expert']]]);
  });
  it('negative: "by" inside a role stays', () => {
    expect(nameAndRoles('T\n\nSpeakers: Aida Bekova, expert hired by the district akimiat.')).toEqual([['Aida Bekova', ['expert hired by the district akimiat']]]);
  });
  it('roles after names, comma and dash separated', () => {
    expect(nameAndRoles('T\n\nA welcoming speech was made by Ulan Nasirdinovich Shamshiev, expert of X, member of Y, **Almaz Asanov**, head of Z - member of W.')).toEqual([
      ['Ulan Nasirdinovich Shamshiev', ['expert of X', 'member of Y']],
      ['Almaz Asanov', ['head of Z', 'member of W']],
    ]);
  });
  it('does not take what a speaker did for a role', () => {
    expect(nameAndRoles('T\n\nAlmaz Bekturov presented the results of the season, and Ainura Sadykova spoke about the rules.')).toEqual([
      ['Almaz Bekturov', []],
      ['Ainura Sadykova', []],
    ]);
  });
  it('leaves the moderator out', () => {
    const t = normalize('Moderator: Aida Bekova, expert\n\nOpening remarks were made by Ms. Bekova and Nurlan Bekov, director of X.');
    const doc = createDoc(t, toTree(t), en);
    const found: Found = { claimed: [] };
    found.moderator = moderator(doc, found, {});
    expect(speakers(doc, found, {}).value.map((p) => p.name.full)).toEqual(['Nurlan Bekov']);
  });
  it('reads the list under a heading that names the speakers', () => {
    expect(nameAndRoles('# Minutes\n\n## Speakers\n\n1. Saltanat Osmonova, head of the district social department\n2. Kanybek Jumabaev, expert\n\nThe participants discussed the problems.')).toEqual([
      ['Saltanat Osmonova', ['head of the district social department']],
      ['Kanybek Jumabaev', ['expert']],
    ]);
  });
  it('an aside after the roles is no role ("…, expert, for his part, noted …", "со своей стороны")', () => {
    expect(nameAndRoles('T\n\nBakyt Asanov, expert, for his part, noted the risks.\n\nFor her part, Aizhan Toktorova, lawyer, explained the law.')).toEqual([
      ['Bakyt Asanov', ['expert']],
      ['Aizhan Toktorova', ['lawyer']],
    ]);
    expect(parseMinutes('Протокол встречи\n\nАсанов Бакыт, эксперт, со своей стороны, отметил риски водопользования.').speakers.map((s) => [s.name.full, s.roles])).toEqual([['Асанов Бакыт', ['эксперт']]]);
  });
  it('a piece with a verb of its own after the roles is a clause, no role ("According to Name, role, funds are lacking")', () => {
    expect(nameAndRoles('T\n\nAccording to Nurlan Osmonov, head of the district akimiat, funds are lacking.')).toEqual([['Nurlan Osmonov', ['head of the district akimiat']]]);
  });
  it('a piece after the name that ends with a verb of what happened is a clause, no role ("…, the number of crimes decreased")', () => {
    expect(nameAndRoles('T\n\nAccording to the head of the police department, Colonel Isakov B.T., the number of crimes decreased.')).toEqual([['Isakov B.T.', ['head of the police department', 'Colonel']]]);
    expect(nameAndRoles('T\n\nAs noted by Aida Bekova, lawyer, the number of complaints grew.')).toEqual([['Aida Bekova', ['lawyer']]]);
    expect(parseMinutes('T\n\nChaired by Mr. Asanov Bolot, the council met.').moderator).toEqual({ name: expect.objectContaining({ full: 'Asanov Bolot' }), roles: [] });
    // Negative: such a word inside a role, not ending it, leaves the role.
    expect(nameAndRoles('T\n\nThe floor was given to Asanov Bolot, head of the department of continued education.')).toEqual([['Asanov Bolot', ['head of the department of continued education']]]);
  });
  it('negative: a verb inside a quoted name leaves the role', () => {
    expect(nameAndRoles('T\n\nSpeakers: Aida Bekova, head of the NGO “Youth is power”, noted the risks.')).toEqual([['Aida Bekova', ['head of the NGO “Youth is power”']]]);
  });
  it('negative: a role that holds such words stays whole', () => {
    expect(nameAndRoles('T\n\nBakyt Asanov, expert in particular matters of water law, noted the risks.')).toEqual([['Bakyt Asanov', ['expert in particular matters of water law']]]);
  });
  it('a clause saying what the speaker did is no role ("…, welcomed the participants")', () => {
    expect(nameAndRoles('T\n\nSpeeches:\nMaksat Turgunbaev, Deputy Mayor of Osh city, welcomed the participants.\nDinara Alieva, specialist of the Social Department, noted the growth of migration.')).toEqual([
      ['Maksat Turgunbaev', ['Deputy Mayor of Osh city']],
      ['Dinara Alieva', ['specialist of the Social Department']],
    ]);
  });
  it('words before a name that end with "and" belong to the name before, or to no one', () => {
    const v = (t: string) => nameAndRoles(`T\n\n${t}`);
    expect(v('Speakers included Nurlan Tashiev from the employment centre and Aida Sultanova from the NGO “Jashtar”.')).toEqual([
      // (The role drops "from" and the article after it: see 'a role drops the word that brings in the organisation'.)
      ['Nurlan Tashiev', ['employment centre']],
      ['Aida Sultanova', ['NGO “Jashtar”']],
    ]);
    expect(v('Speeches were made by Aibek Tashiev, head of X and Nurlan Osmonov, expert.')).toEqual([
      ['Aibek Tashiev', ['head of X']],
      ['Nurlan Osmonov', ['expert']],
    ]);
    expect(v('Speeches were made by the mayor and Nurlan Osmonov.')).toEqual([['Nurlan Osmonov', []]]);
  });
  it('presenters named in brackets after their talks get no talk or bracket for a role', () => {
    expect(nameAndRoles('T\n\nPresentations were made on the following topics: "Migration statistics" (Sabyrov B.), "Social support" (Aitieva Zh.).')).toEqual([
      ['Sabyrov B.', []],
      ['Aitieva Zh.', []],
    ]);
  });
  it('a colon inside a talk title introduces nothing, and a bracket the role never opened is dropped', () => {
    expect(nameAndRoles('T\n\nPresentations:\n\n- "Hotline 189: results for 2020" (A. Mamytova, Public Foundation "Tais Plus");\n- "Trends" (Aibek Tashiev, expert).')).toEqual([
      ['A. Mamytova', ['Public Foundation "Tais Plus"']],
      ['Aibek Tashiev', ['expert']],
    ]);
  });
  it('a sentence-opening word is no given name, and an honorific before a name is no part of a role', () => {
    const v = value(speakers, 'T\n\nThe participants were welcomed by the coordinator of the Council Mrs. Saltanat Ismailova. Then Kasymova Aizhan, specialist of the Migration Service, made a presentation.');
    expect(v.map((p) => [p.name.full, p.name.given, p.roles])).toEqual([
      ['Saltanat Ismailova', 'Saltanat', ['coordinator of the Council']],
      ['Kasymova Aizhan', 'Aizhan', ['specialist of the Migration Service']],
    ]);
  });
  it('an honorific of three letters or more ("Mrs.", "Prof.", "Capt.") is one too: it ends no sentence and opens the name', () => {
    expect(nameAndRoles('T\n\nOpening remarks were delivered by Omurbekova Nazira, head of the regional department, and by Prof. Bekmurzaev Ulan, rector of the university.')).toEqual([
      ['Omurbekova Nazira', ['head of the regional department']],
      ['Bekmurzaev Ulan', ['rector of the university']],
    ]);
    expect(nameAndRoles('T\n\nThe head of the department Capt. Omurbekova Nazira presented the report.')).toEqual([['Omurbekova Nazira', ['head of the department']]]);
    expect(nameAndRoles('T\n\nPresentations were made by Asanov Bolot and by Mrs. Kim Sergei.').map(([name]) => name)).toEqual(['Asanov Bolot', 'Kim Sergei']);
    const ru = parseMinutes('Круглый стол\n\nС докладом выступил проф. Абдыров Т.Ш., ректор университета. Затем выступила Асанова Айгуль, эксперт.\n');
    // (Russian "проф." is no honorific but a title before the name, a role as "professor" after one is; it ends no sentence.)
    expect(pairs(ru.speakers)).toEqual([
      ['Абдыров Т.Ш.', ['проф', 'ректор университета']],
      ['Асанова Айгуль', ['эксперт']],
    ]);
  });
  it('initials after a word with no family ending make it a family name ("Kim S.", "Ким С.А."), as an honorific does ("Ms. Kim")', () => {
    expect(value(speakers, 'T\n\nPresentations were made by: Asanov B. (district administration), Kim S.A. (IOM).').map((p) => [p.name, p.roles])).toEqual([
      [{ full: 'Asanov B.', given: null, patronymic: null, family: 'Asanov' }, ['district administration']],
      [{ full: 'Kim S.A.', given: null, patronymic: null, family: 'Kim' }, ['IOM']],
    ]);
    expect(value(speakers, 'T\n\nMr. Asanov, head of the district administration, and Ms. Kim, IOM expert, answered questions.').map((p) => [p.name, p.roles])).toEqual([
      [{ full: 'Asanov', given: null, patronymic: null, family: 'Asanov' }, ['head of the district administration']],
      [{ full: 'Kim', given: null, patronymic: null, family: 'Kim' }, ['IOM expert']],
    ]);
    expect(parseMinutes('Круглый стол\n\nС докладом выступил Ким С.А., эксперт МОМ.\n').speakers.map((p) => [p.name.family, p.roles])).toEqual([['Ким', ['эксперт МОМ']]]);
    // Negative: not after "of", where the word before names an organisation; nor initials alone.
    expect(nameAndRoles('T\n\nA presentation was made by the representative of Labour K.')).toEqual([]);
  });
  it('a talk’s subject after a cue that opens the sentence is no role ("Speaking about roads, the head of … Name noted …")', () => {
    expect(nameAndRoles('T\n\nSpeaking about roads, the head of the district administration Bolot Asanov noted that funds are lacking.')).toEqual([['Bolot Asanov', ['head of the district administration']]]);
    const r = parseMinutes('Круглый стол\n\nГоворя о дорогах, глава районной администрации Асанов Болот отметил нехватку средств.\n');
    expect(pairs(r.speakers)).toEqual([['Асанов Болот', ['глава районной администрации']]]);
  });
  it('those who took part in the discussion speak, and "took part" ends no role', () => {
    const expected = [['Toktorov Nurlan', ['head of the customs post']], ['Mamytova Zarina', ['entrepreneur']]];
    expect(nameAndRoles('T\n\nToktorov Nurlan, head of the customs post, and Mamytova Zarina, entrepreneur, took part in the discussion.')).toEqual(expected);
    expect(nameAndRoles('T\n\nIn the discussion took part Toktorov Nurlan, head of the customs post, and Mamytova Zarina, entrepreneur.')).toEqual(expected);
    expect(nameAndRoles('T\n\nIn the discussion, Toktorov Nurlan, head of the customs post, and Mamytova Zarina, entrepreneur, took part.')).toEqual(expected);
    expect(nameAndRoles('T\n\nThen Sadykova Aigul, expert, presented the study. Mamytova Zarina, entrepreneur, took part.')).toEqual([['Sadykova Aigul', ['expert']], ['Mamytova Zarina', ['entrepreneur']]]);
    const ru = parseMinutes('Круглый стол\n\nВ обсуждении приняли участие Токторов Нурлан, начальник таможенного поста, и Мамытова Зарина, предприниматель.\n');
    expect(pairs(ru.speakers)).toEqual([['Токторов Нурлан', ['начальник таможенного поста']], ['Мамытова Зарина', ['предприниматель']]]);
    // Negative: a list of who took part is of attendees, not speakers.
    expect(nameAndRoles('T\n\nThe following took part: Toktorov Nurlan, Mamytova Zarina.')).toEqual([]);
  });
  it('names listed after one role with only commas and "and" between them share it ("by the experts A, B and C")', () => {
    expect(nameAndRoles('T\n\nThe reports were presented by the experts Beishenov Ruslan, Asanov Bakyt and Toktosunova Elmira.')).toEqual([
      ['Beishenov Ruslan', ['experts']],
      ['Asanov Bakyt', ['experts']],
      ['Toktosunova Elmira', ['experts']],
    ]);
    expect(nameAndRoles('T\n\nSpeakers: the experts **Beishenov Ruslan** and **Toktosunova Elmira**.')).toEqual([['Beishenov Ruslan', ['experts']], ['Toktosunova Elmira', ['experts']]]);
    const ru = parseMinutes('Протокол\n\nВыступили эксперты Бейшенов Руслан и Токтосунова Эльмира.\n');
    expect(pairs(ru.speakers)).toEqual([['Бейшенов Руслан', ['эксперты']], ['Токтосунова Эльмира', ['эксперты']]]);
    // Negatives: a name with a role of its own keeps only it; more words than "and" between the names part them;
    // a list with no role before it gives none.
    expect(nameAndRoles('T\n\nSpeeches were made by the expert Beishenov Ruslan and Toktosunova Elmira, lawyer.')).toEqual([['Beishenov Ruslan', ['expert']], ['Toktosunova Elmira', ['lawyer']]]);
    expect(nameAndRoles('T\n\nThe floor was given to the deputy mayor Asanov Bakyt, and then to Isakova Aida, who spoke about schools.')).toEqual([['Asanov Bakyt', ['deputy mayor']], ['Isakova Aida', []]]);
    expect(nameAndRoles('T\n\nSpeakers: Asanov Bakyt, Isakova Aida.')).toEqual([['Asanov Bakyt', []], ['Isakova Aida', []]]);
  });
  it('names set off by commas after a role, a comma closing them, share it ("Representatives of X, A and B, informed …")', () => {
    expect(nameAndRoles('T\n\nRepresentatives of the ayil okmotu, Asanov B. and Kim S., informed about the water tariffs.')).toEqual([
      ['Asanov B.', ['Representatives of the ayil okmotu']],
      ['Kim S.', ['Representatives of the ayil okmotu']],
    ]);
    // With honorifics before the names (the second had had no role).
    expect(nameAndRoles('T\n\nRepresentatives of the akimiat, Mr. Bolot Asanov and Ms. Aida Kim, answered questions.')).toEqual([
      ['Bolot Asanov', ['Representatives of the akimiat']],
      ['Aida Kim', ['Representatives of the akimiat']],
    ]);
    expect(nameAndRoles('T\n\nThe speeches were made by the experts Mr. Bolot Asanov and Ms. Aida Kim.')).toEqual([
      ['Bolot Asanov', ['experts']],
      ['Aida Kim', ['experts']],
    ]);
    // Negative: no comma closing the names, the role stays the first's.
    expect(nameAndRoles('T\n\nHead of the department, Mr. Bolot Asanov and Ms. Aida Kim spoke.')).toEqual([
      ['Bolot Asanov', ['Head of the department']],
      ['Aida Kim', []],
    ]);
    // Russian says it of two with a plural verb ("рассказали"), a speech cue as its singular is.
    for (const text of ['Представители айыл окмоту, Асанов Б. и Ким С., рассказали о тарифах на воду.', 'Представители айыл окмоту Асанов Б. и Ким С. рассказали о тарифах на воду.']) {
      expect(pairs(parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).speakers)).toEqual([
        ['Асанов Б.', ['Представители айыл окмоту']],
        ['Ким С.', ['Представители айыл окмоту']],
      ]);
    }
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nДепутат Асанов Бакыт и эксперт Ким Сергей отметили рост тарифов.\n').speakers)).toEqual([
      ['Асанов Бакыт', ['Депутат']],
      ['Ким Сергей', ['эксперт']],
    ]);
    // Negative: with no comma to close the names, the role before the comma is the first name's alone.
    expect(nameAndRoles('T\n\nHead of the department, Asanov B. and Kim S. spoke.')).toEqual([['Asanov B.', ['Head of the department']], ['Kim S.', []]]);
  });
  it('a plural role after names joined by "and" is each one\'s ("A and B, experts of IOM, spoke")', () => {
    expect(nameAndRoles('T\n\nBekov Nurlan and Isakova Aida, experts of IOM, spoke about labour migration.')).toEqual([
      ['Bekov Nurlan', ['experts of IOM']],
      ['Isakova Aida', ['experts of IOM']],
    ]);
    expect(nameAndRoles('T\n\nBekov Nurlan, Sadykov Ulan and Ms. Isakova Aida, senior specialists of the ministry, answered questions.')).toEqual([
      ['Bekov Nurlan', ['senior specialists of the ministry']],
      ['Sadykov Ulan', ['senior specialists of the ministry']],
      ['Isakova Aida', ['senior specialists of the ministry']],
    ]);
    // Every role after the last name, and the plurals the lexicon makes ("deputies", "businessmen").
    expect(nameAndRoles('T\n\nBekov Nurlan and Isakova Aida, deputies of the city council, members of the budget commission, spoke.')).toEqual([
      ['Bekov Nurlan', ['deputies of the city council', 'members of the budget commission']],
      ['Isakova Aida', ['deputies of the city council', 'members of the budget commission']],
    ]);
    expect(nameAndRoles('T\n\nBekov Nurlan and Isakova Aida, heads of village councils, and Sadykov Ulan, lawyer, spoke.')).toEqual([
      ['Bekov Nurlan', ['heads of village councils']],
      ['Isakova Aida', ['heads of village councils']],
      ['Sadykov Ulan', ['lawyer']],
    ]);
    for (const [text, role] of [
      ['Асанов Бакыт и Ким Сергей, представители айыл окмоту, рассказали о бюджете.', 'представители айыл окмоту'],
      ['Асанов Бакыт и Ким Сергей, главы айыл окмоту, выступили.', 'главы айыл окмоту'],
    ] as const) {
      expect(pairs(parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).speakers)).toEqual([
        ['Асанов Бакыт', [role]],
        ['Ким Сергей', [role]],
      ]);
    }
    // Negatives: a role in the singular is the last one's; names set off by commas alone are entries of a list;
    // a name with a role of its own keeps it; a word that is no position is not shared.
    expect(nameAndRoles('T\n\nBekov Nurlan and Isakova Aida, an expert of IOM, spoke.')).toEqual([['Bekov Nurlan', []], ['Isakova Aida', ['expert of IOM']]]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nАсанов Бакыт и Ким Сергей, эксперт МОМ, выступили.\n').speakers)).toEqual([['Асанов Бакыт', []], ['Ким Сергей', ['эксперт МОМ']]]);
    expect(nameAndRoles('T\n\nSpeakers: Bekov Nurlan, Isakova Aida, experts of IOM.')).toEqual([['Bekov Nurlan', []], ['Isakova Aida', ['experts of IOM']]]);
    expect(nameAndRoles('T\n\nBekov Nurlan, head of the department, and Isakova Aida, experts of IOM, spoke.')).toEqual([
      ['Bekov Nurlan', ['head of the department']],
      ['Isakova Aida', ['experts of IOM']],
    ]);
    expect(nameAndRoles('T\n\nBekov Nurlan and Isakova Aida, Bishkek, spoke.')).toEqual([['Bekov Nurlan', []], ['Isakova Aida', ['Bishkek']]]);
  });
  it('a plural role before names with a bracket each is each one\'s, before its bracket ("The experts A (IPP) and B (Adilet)")', () => {
    // (The second name had had only its bracket.)
    expect(nameAndRoles('T\n\nThe experts Temirov Azamat (IPP) and Sultanova Nurjan (Adilet) presented the results.')).toEqual([
      ['Temirov Azamat', ['experts', 'IPP']],
      ['Sultanova Nurjan', ['experts', 'Adilet']],
    ]);
    expect(nameAndRoles('T\n\nThe experts Temirov Azamat (IPP), Osmonov Bolot and Sultanova Nurjan (Adilet) spoke.')).toEqual([
      ['Temirov Azamat', ['experts', 'IPP']],
      ['Osmonov Bolot', ['experts']],
      ['Sultanova Nurjan', ['experts', 'Adilet']],
    ]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nПредставители мэрии Асанов Б. (отдел образования) и Ким С. (отдел финансов) выступили.\n').speakers)).toEqual([
      ['Асанов Б.', ['Представители мэрии', 'отдел образования']],
      ['Ким С.', ['Представители мэрии', 'отдел финансов']],
    ]);
    // Negatives: a role in the singular is the first's alone; a name with a role of its own before it keeps its own;
    // a name after more words than "and" is not in the list.
    expect(nameAndRoles('T\n\nThe expert Temirov Azamat (IPP) and Sultanova Nurjan (Adilet) presented the results.')).toEqual([
      ['Temirov Azamat', ['expert', 'IPP']],
      ['Sultanova Nurjan', ['Adilet']],
    ]);
    expect(nameAndRoles('T\n\nExperts Temirov Azamat (IPP) and the lawyer Sultanova Nurjan (Adilet) presented the results.')).toEqual([
      ['Temirov Azamat', ['Experts', 'IPP']],
      ['Sultanova Nurjan', ['lawyer', 'Adilet']],
    ]);
    expect(nameAndRoles('T\n\nThe experts Temirov Azamat (IPP) presented the results, then Osmonov Bolot (UNDP) spoke.')).toEqual([
      ['Temirov Azamat', ['experts', 'IPP']],
      ['Osmonov Bolot', ['UNDP']],
    ]);
  });
  it('after a village’s own body ("айыл окмоту", "ayil okmotu"), a word that is no given name is the village’s', () => {
    // (It had given the name "Исфана Мамажанов" and the role "Улугбек".)
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nС приветственным словом выступил глава айыл окмоту Исфана Мамажанов Улугбек.\n').speakers)).toEqual([
      ['Мамажанов Улугбек', ['глава айыл окмоту Исфана']],
    ]);
    expect(nameAndRoles('T\n\nThe head of the ayil okmotu Isfana Mamazhanov Ulugbek welcomed the participants.')).toEqual([['Mamazhanov Ulugbek', ['head of the ayil okmotu Isfana']]]);
    // Negatives: a name of two words, or one that opens with a common given name, stays whole.
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nГлава айыл окмоту Асанов Бакыт отметил рост тарифов.\n').speakers)).toEqual([['Асанов Бакыт', ['Глава айыл окмоту']]]);
    expect(nameAndRoles('T\n\nThe head of the ayil okmotu Bolot Asanov Kadyrovich welcomed the participants.')).toEqual([['Bolot Asanov Kadyrovich', ['head of the ayil okmotu']]]);
  });
  it('after a bare "village" or "city", a word that is no given name is the place’s ("the village Kenesh Toktosunova Aizada")', () => {
    expect(nameAndRoles('T\n\nThe farmer from the village Kenesh Toktosunova Aizada asked to repair the canal.')).toEqual([['Toktosunova Aizada', ['farmer from the village Kenesh']]]);
    expect(nameAndRoles('T\n\nA resident of the city Osh Mamatov Ulan asked about roads.')).toEqual([['Mamatov Ulan', ['resident of the city Osh']]]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nФермер из села Кенеш Токтосунова Айзада попросила отремонтировать канал.\n').speakers)).toEqual([['Токтосунова Айзада', ['Фермер из села Кенеш']]]);
    // Negatives: a name of two words, or one that opens with a common given name, stays whole.
    expect(nameAndRoles('T\n\nThe head of the village Asanov Bolot spoke about roads.')).toEqual([['Asanov Bolot', ['head of the village']]]);
    expect(nameAndRoles('T\n\nThe head of the village Bolot Asanov Mamatovich spoke about roads.')).toEqual([['Bolot Asanov Mamatovich', ['head of the village']]]);
    // Nor after a town's word that ends a place named before it: "Osh city" is the town, "Kim" the family name.
    expect(nameAndRoles('T\n\nThe deputy mayor of Osh city Kim Marina Sergeevna welcomed the participants.')).toEqual([['Kim Marina Sergeevna', ['deputy mayor of Osh city']]]);
  });
  it('a period doubled after an initial that ends a sentence is no part of the next person’s role ("Б.. Затем …")', () => {
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nС приветственным словом выступил заместитель мэра Ташматов Б.. Затем специалист службы по миграции Орозбаева Айпери рассказала о правилах.\n').speakers)).toEqual([
      ['Ташматов Б.', ['заместитель мэра']],
      ['Орозбаева Айпери', ['специалист службы по миграции']],
    ]);
  });
  it('a second person after "and to the" role, the role after an acronym ("… and to the expert of IOM Kim Sergei")', () => {
    expect(nameAndRoles('T\n\nThe floor was given to the head of the district administration Asanov Bolot and to the expert of IOM Kim Sergei.')).toEqual([
      ['Asanov Bolot', ['head of the district administration']],
      ['Kim Sergei', ['expert of IOM']],
    ]);
  });
  it('a middle initial of three letters for one sound ("Dzh.") ends no sentence: the name and its role stay whole', () => {
    expect(pairs(parseMinutes('T\n\nSpeakers:\n- Asel Dzh. Toktosunova, expert\n- Kim Ch. Nurlan, lawyer\n').speakers)).toEqual([
      ['Asel Dzh. Toktosunova', ['expert']],
      ['Kim Ch. Nurlan', ['lawyer']],
    ]);
    // Negative: a capitalised word of three letters that is no such initial still ends a sentence ("… made by Sergei Kim.").
    expect(pairs(parseMinutes('T\n\nThe report was made by Sergei Kim. Aida Bekova, lawyer, spoke next.\n').speakers)).toEqual([
      ['Sergei Kim', []],
      ['Aida Bekova', ['lawyer']],
    ]);
  });
  it('what a reported speaker said is no role ("According to Name, head of X, migration grows")', () => {
    expect(nameAndRoles('T\n\nAccording to Asanov Bakyt, head of the migration department, migration grows every year.')).toEqual([['Asanov Bakyt', ['head of the migration department']]]);
    expect(nameAndRoles('T\n\nAs noted by Kadyrova Nazgul, social pedagogue, children of migrants need support.')).toEqual([['Kadyrova Nazgul', ['social pedagogue']]]);
    expect(nameAndRoles('T\n\nAccording to Tashiev Bolot, the roads are the main problem.')).toEqual([['Tashiev Bolot', []]]);
    const ru = parseMinutes('Протокол\n\nПо словам Асанова Бакыта, начальника отдела миграции, миграция растёт с каждым годом.\n');
    expect(pairs(ru.speakers)).toEqual([['Асанова Бакыта', ['начальника отдела миграции']]]);
    // What was said may go on past a semicolon, and the roles may stand before the name (they had been roles:
    // "migration grows", "number of migrants doubled").
    expect(nameAndRoles('T\n\nAccording to Asanov Bolot, head of the department, migration grows; the number of migrants doubled.')).toEqual([['Asanov Bolot', ['head of the department']]]);
    expect(nameAndRoles('T\n\nAccording to the head of the department Asanov Bolot, migration grows; the number of migrants doubled.')).toEqual([['Asanov Bolot', ['head of the department']]]);
    expect(pairs(parseMinutes('Протокол\n\nПо словам начальника отдела Асанова Болота, миграция растет; число мигрантов удвоилось.\n').speakers)).toEqual([['Асанова Болота', ['начальника отдела']]]);
    // The roles before the name set off by commas, the frame before them ("According to the head of X, Mr. Name, more than
    // 5,000 …": had given the role "more than 5", and "head of X" was lost); a comma that groups thousands parts nothing.
    expect(nameAndRoles('T\n\nAccording to the head of the migration service, Mr. Sadykov Nurbek, more than 5,000 residents of the district work abroad.')).toEqual([
      ['Sadykov Nurbek', ['head of the migration service']],
    ]);
    expect(nameAndRoles('T\n\nThen, according to the head of the service, Sadykov Nurbek, many residents work abroad.')).toEqual([['Sadykov Nurbek', ['head of the service']]]);
    // (Up to the next name: a speaker after the semicolon keeps their roles.)
    expect(nameAndRoles('T\n\nAccording to Asanov Bolot, head of the department, migration grows; Kadyrova Aida, expert of IOM, spoke against it.')).toEqual([
      ['Asanov Bolot', ['head of the department']],
      ['Kadyrova Aida', ['expert of IOM']],
    ]);
    // Negative: with no reporting frame the last piece is a role.
    expect(nameAndRoles('T\n\nA speech was made by Asanov Bakyt, head of the migration department, member of the council.')).toEqual([
      ['Asanov Bakyt', ['head of the migration department', 'member of the council']],
    ]);
    expect(nameAndRoles('T\n\nA speech was made by Asanov Bakyt, head of the department (a staff of 1,200 people).')).toEqual([['Asanov Bakyt', ['head of the department', 'staff of 1,200 people']]]);
  });
  it('an entry of its own per speaker: "Speaker 1: Name" / "Position: …" / "Topic: “…”"', () => {
    const r = parseMinutes('# T\n\nSpeaker 1: Asanov Bolot\nPosition: head of the road department\nTopic: “State of the roads in 2021”\n\nSpeaker 2: Kim Sergei Vladimirovich\nPosition: engineer, “Osh Road” LLC\nTopic: “New technologies”\n');
    expect(pairs(r.speakers)).toEqual([
      ['Asanov Bolot', ['head of the road department']],
      ['Kim Sergei Vladimirovich', ['engineer', '“Osh Road” LLC']],
    ]);
    expect(r.presentations).toEqual(['State of the roads in 2021', 'New technologies']);
    const ru = parseMinutes('# Т\n\nДокладчик 1: Асанов Болот\nДолжность: начальник дорожного отдела\nТема: «Состояние дорог»\n\nДокладчик 2: Ким Сергей Владимирович\nДолжность: инженер\nТема: «Новые технологии»\n');
    expect(pairs(ru.speakers)).toEqual([['Асанов Болот', ['начальник дорожного отдела']], ['Ким Сергей Владимирович', ['инженер']]]);
    // One entry alone is read the same: its "Topic:" is the talk's, not the meeting's.
    const one = parseMinutes('# Open dialogue platform in Osh region\n\nSpeaker 1: Asanov Bolot\nPosition: head of the road department\nTopic: “State of the roads in 2021”\n');
    expect([one.topic, one.presentations, pairs(one.speakers)]).toEqual([null, ['State of the roads in 2021'], [['Asanov Bolot', ['head of the road department']]]]);
    // Negative: a "Topic:" line of the meeting's own, with no position line beside it, is the meeting's.
    expect(parseMinutes('# Open dialogue platform\n\nModerator: Asanov Bolot\nTopic: “Roads”\n').topic).toBe('Roads');
    // Negative: a name runs on over a line break, but not into a labelled line.
    expect(nameAndRoles('T\n\nThe floor was given to Asanov\nBolot, head of the road department.')).toEqual([['Asanov Bolot', ['head of the road department']]]);
  });
  it('an entry of its own per speaker with no position line: "Speaker: Name, role" / "Topic: …", quoted or not', () => {
    const r = parseMinutes('# Open dialogue platform\n\nSpeaker: Nurlan Chotbaev, guide\nTopic: Safety in the mountains\n\nSpeaker: Elmira Sultanova, owner of a guest house\nTopic: “Marketing of rural tourism”\n');
    expect(pairs(r.speakers)).toEqual([
      ['Nurlan Chotbaev', ['guide']],
      ['Elmira Sultanova', ['owner of a guest house']],
    ]);
    expect(r.presentations).toEqual(['Safety in the mountains', 'Marketing of rural tourism']);
    expect(r.topic).toBeNull();
    // Numbered labels too, in Russian as well.
    const ru = parseMinutes('# Т\n\nДокладчик 1: Асанов Болот, эксперт\nТема: Состояние дорог\n');
    expect([pairs(ru.speakers), ru.presentations]).toEqual([[['Асанов Болот', ['эксперт']]], ['Состояние дорог']]);
    // Negative: a plural label over a topic line lists speakers; the topic is the meeting's.
    const meeting = parseMinutes('# Open dialogue platform\n\nSpeakers: Nurlan Chotbaev, guide; Elmira Sultanova, teacher\nTopic: “Mountain tourism”\n');
    expect([meeting.topic, meeting.presentations]).toEqual(['Mountain tourism', []]);
  });
  it('an entry under a line or two that label nothing ("Session 1" / "Presenter: Name, role." / "Topic: …") is an entry', () => {
    // (The "Topic:" lines had been several topics of the meeting, so none: the meeting's own "Theme:" was lost, and the talks.)
    const r = parseMinutes(
      'MEETING REPORT\n\nOpen Dialogue Platform\nTheme: Gender-based violence: prevention and response\n\nSession 1\nPresenter: Major Talant Abdyrakhmanov, head of the unit for the prevention of domestic violence.\nTopic: Protection orders: practice in 2021.\n\nSession 2\nPresenter: Gulzat Asanova, director of the crisis centre "Ak-Zhurok".\nTopic: Shelters for survivors.\n',
    );
    expect([r.topic, r.presentations]).toEqual(['Gender-based violence: prevention and response', ['Protection orders: practice in 2021', 'Shelters for survivors']]);
    expect(pairs(r.speakers)).toEqual([
      ['Talant Abdyrakhmanov', ['Major', 'head of the unit for the prevention of domestic violence']],
      ['Gulzat Asanova', ['director of the crisis centre "Ak-Zhurok"']],
    ]);
    // Negatives: a line above that labels something ("Date: …") makes no entry of the block, so its one "Topic:" is the
    // meeting's; nor do three lines that label nothing.
    expect(parseMinutes('# Open dialogue platform\n\nDate: 3 May 2021\nSpeaker: Nurlan Chotbaev, guide\nTopic: Mountain tourism\n').topic).toBe('Mountain tourism');
    const three = parseMinutes('# Open dialogue platform\n\nDay one\nMorning\nHall A\nSpeaker: Nurlan Chotbaev, guide\nTopic: Mountain tourism\n');
    expect(three.topic).toBe('Mountain tourism');
  });
  it('an entry\'s talk goes on over the lines a wrap cut it on to, that open in lower case or with a digit', () => {
    const r = parseMinutes('T\n\nPresenter: Talant Abdyrakhmanov, head of the unit.\nTopic: Protection orders: practice in\nthe year\n2021.\n\nSpeaker: Nurlan Chotbaev, guide\nTopic: Safety in the\nmountains\n');
    expect(r.presentations).toEqual(['Protection orders: practice in the year 2021', 'Safety in the mountains']);
    // Negatives: not past a stop, nor on to a line in capitals or one with a label.
    expect(parseMinutes('T\n\nSpeaker: Nurlan Chotbaev, guide\nTopic: Safety in the mountains\nQuestions were asked about the cost\n').presentations).toEqual(['Safety in the mountains']);
    expect(parseMinutes('T\n\nSpeaker: Nurlan Chotbaev, guide\nTopic: Safety in the mountains.\nand more\n').presentations).toEqual(['Safety in the mountains']);
    expect(parseMinutes('T\n\nSpeaker: Nurlan Chotbaev, guide\nTopic: Safety in the mountains\nduration: 10 minutes\n').presentations).toEqual(['Safety in the mountains']);
  });
  it('a label numbered as one of several is a label ("Presentation 1: “Title” (Name, role)" / "Presentation 2: …")', () => {
    const r = parseMinutes('# Open dialogue platform\n\nPresentation 1: "Tourism potential of Naryn" (Bakyt Ismailov, head of the regional tourism department)\nPresentation 2: "Guest houses and food safety" (Aigul Turdubaeva, sanitary inspector)\n');
    expect(pairs(r.speakers)).toEqual([
      ['Bakyt Ismailov', ['head of the regional tourism department']],
      ['Aigul Turdubaeva', ['sanitary inspector']],
    ]);
    expect(r.presentations).toEqual(['Tourism potential of Naryn', 'Guest houses and food safety']);
    // Negative: a label word and a number with no colon after them open no label ("Presentation 1 of the budget …").
    const prose = parseMinutes('# T\n\nPresentation 1 of the budget was made by Bakyt Ismailov, head of the finance department, and Aigul Turdubaeva, economist.\n');
    expect(pairs(prose.speakers)).toEqual([
      ['Bakyt Ismailov', ['head of the finance department']],
      ['Aigul Turdubaeva', ['economist']],
    ]);
  });
  it('an agenda’s or programme’s item that names its presenter is a talk and its speaker; a line each that opens with its time is an item', () => {
    const programme = parseMinutes(
      'Open dialogue platform\n\nModerator: Aida Bekova, expert\n\nProgramme:\n10:00–10:15 Opening remarks – Aida Bekova\n10:15–10:45 "Waste collection in Cholpon-Ata" – Talant Mamytov, head of the municipal enterprise "Tazalyk"\n10:45–11:15 "Recycling opportunities" – Saltanat Abdieva, expert of the NGO "Eco Issyk-Kul"\n11:15–12:30 Discussion\n',
    );
    expect(pairs(programme.speakers)).toEqual([
      ['Talant Mamytov', ['head of the municipal enterprise "Tazalyk"']],
      ['Saltanat Abdieva', ['expert of the NGO "Eco Issyk-Kul"']],
    ]);
    expect(programme.presentations).toEqual(['Waste collection in Cholpon-Ata', 'Recycling opportunities']);
    const agenda = parseMinutes('T\n\nAgenda:\n- “Waste collection” – Talant Mamytov, head of the enterprise “Tazalyk”\n- Discussion\n- “Budget 2022” – Aida Kim, economist\n');
    expect([pairs(agenda.speakers), agenda.presentations]).toEqual([
      [
        ['Talant Mamytov', ['head of the enterprise “Tazalyk”']],
        ['Aida Kim', ['economist']],
      ],
      ['Waste collection', 'Budget 2022'],
    ]);
    const ru = parseMinutes('Т\n\nПовестка дня:\n1. «Вывоз мусора» – Мамытов Талант, начальник МП «Тазалык»\n2. Обсуждение.\n');
    expect([pairs(ru.speakers), ru.presentations]).toEqual([[['Мамытов Талант', ['начальник МП «Тазалык»']]], ['Вывоз мусора']]);
    // Negative: an agenda's points that name no one are no talks; a programme's line that is not a list names no talk.
    expect(parseMinutes('T\n\nAgenda:\n1. Opening of the meeting.\n2. Presentation of the draft law “On local self-government”.\n3. Discussion.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nProgramme: “Civic Voices”, funded by the EU.\n').presentations).toEqual([]);
  });
  it('a clause that brings in a role gives it ("…, who is the head of X")', () => {
    expect(nameAndRoles('T\n\nA welcoming speech was made by Asanov Bolot, who is also a member of Y, and Isakova Aida, expert.')).toEqual([
      ['Asanov Bolot', ['member of Y']],
      ['Isakova Aida', ['expert']],
    ]);
    const ru = parseMinutes('Круглый стол\n\nС приветственным словом выступил Асанов Болот, который является председателем совета.\n');
    expect(pairs(ru.speakers)).toEqual([['Асанов Болот', ['председателем совета']]]);
    // Negative: a clause of what the person did is still no role.
    expect(nameAndRoles('T\n\nA welcoming speech was made by Asanov Bolot, who noted the growth of migration.')).toEqual([['Asanov Bolot', []]]);
  });
  it('"Comments were made by the participants Name and Name", "The floor was then given to: …"', () => {
    expect(nameAndRoles('T\n\nComments were made by the participants Asanov Bolot and Isakova Aida.')).toEqual([['Asanov Bolot', []], ['Isakova Aida', []]]);
    expect(nameAndRoles('T\n\nThe floor was then given to: Asanov Bolot (farmer), Isakova Aida (teacher).')).toEqual([['Asanov Bolot', ['farmer']], ['Isakova Aida', ['teacher']]]);
    // Negative: comments with no one named give no speaker.
    expect(nameAndRoles('T\n\nThe participants made comments on the draft budget.')).toEqual([]);
  });
  it('reads protocol-style "Listened:" and "Spoke:" lines', () => {
    expect(nameAndRoles('T\n\nListened: Nurlan Beishenov, chairman of the local council.\n\nSpoke: Bakyt Osmonov, teacher; Cholpon Asanova, parent.')).toEqual([
      ['Nurlan Beishenov', ['chairman of the local council']],
      ['Bakyt Osmonov', ['teacher']],
      ['Cholpon Asanova', ['parent']],
    ]);
  });
  it('reads a person quoted in running text ("Deputy akim Name told …")', () => {
    expect(nameAndRoles('T\n\nDeputy akim Rustam Kurbanov told the audience that many people work abroad.')).toEqual([['Rustam Kurbanov', ['Deputy akim']]]);
  });
  it('"the floor was given to" introduces the speaker and is no role', () => {
    expect(nameAndRoles('T\n\nThe floor was given to Mr. Talant Mamytov, head of the youth department, who presented the youth policy.')).toEqual([['Talant Mamytov', ['head of the youth department']]]);
  });
  it('a quoted talk title before the dash is no role; the presenter takes the roles after the name', () => {
    expect(nameAndRoles('T\n\nPresentations:\n\n- "Public services for migrants" – Sydykov T.K., head of the migration service office;\n- «Results of the survey» – Kadyrova Aigul, expert.')).toEqual([
      ['Sydykov T.K.', ['head of the migration service office']],
      ['Kadyrova Aigul', ['expert']],
    ]);
  });
  it('a role before the dash still goes to the name after it, not the roles after', () => {
    expect(nameAndRoles('T\n\nSpeeches were made by head of X - Aibek Tashiev, Nurlan Osmonov, expert.')).toEqual([
      ['Aibek Tashiev', ['head of X']],
      ['Nurlan Osmonov', ['expert']],
    ]);
  });
  it('is empty when no one is named as speaking', () => {
    expect(value(speakers, 'T\n\nThe statistics were sounded by the experts.')).toEqual([]);
  });
  it('an organisation before a bracket that holds the name, with an honorific, is the role ("the Ministry of Health (Dr. Name)", "WHO (Ms. Name)")', () => {
    const r = parseMinutes('T\n\nSpeakers included representatives of the Ministry of Health (Dr. Aigul Ismailova), the Mandatory Health Insurance Fund (Mr. Nurbek Toktogulov) and WHO (Ms. Elena Petrova).');
    expect(pairs(r.speakers)).toEqual([
      ['Aigul Ismailova', ['representatives of the Ministry of Health']],
      ['Nurbek Toktogulov', ['Mandatory Health Insurance Fund']],
      ['Elena Petrova', ['WHO']],
    ]);
    // Negative: "who" in lower case still opens a clause, no role.
    expect(pairs(parseMinutes('T\n\nSpeakers: Aida Bekova, WHO consultant; Bolot Asanov, who works in IOM.').speakers)).toEqual([['Aida Bekova', ['WHO consultant']], ['Bolot Asanov', []]]);
  });
  it('does not take organisations or places for people', () => {
    expect(value(speakers, 'T\n\nA speech was made about the Kyrgyz Republic and the Jogorku Kenesh.')).toEqual([]);
  });
});

describe('presentations', () => {
  it('one talk\'s topic label gives the talk, not the meeting\'s topic ("Topic of the presentation:", "Тема доклада:", "Тема выступления:")', () => {
    // (The English label had given the meeting's topic and no talk; the Russian ones no talk unquoted, and a speaker after
    // "Выступающий:" had been none.)
    const en = (t: string) => parseMinutes(`Open dialogue platform\n\n${t}`);
    expect(en('Topic of the presentation: Migration and youth\nSpeaker: Asanov Bolot, expert')).toMatchObject({ topic: null, presentations: ['Migration and youth'] });
    expect(en('Title of the presentation: “Migration and youth”')).toMatchObject({ topic: null, presentations: ['Migration and youth'] });
    const ru = (t: string) => parseMinutes(`Открытая диалоговая площадка\n\n${t}`);
    expect(ru('Тема доклада: Миграция и молодежь\nДокладчик: Асанов Болот, эксперт').presentations).toEqual(['Миграция и молодежь']);
    const speech = ru('Тема выступления: Миграция и молодежь\nВыступающий: Асанов Болот, эксперт');
    expect(speech.presentations).toEqual(['Миграция и молодежь']);
    expect(speech.speakers.map((p) => [p.name.full, p.roles])).toEqual([['Асанов Болот', ['эксперт']]]);
    // Negatives: the meeting's topic label stays the topic; an agenda's line gives no talk.
    expect(en('Topic: Migration and youth')).toMatchObject({ topic: 'Migration and youth', presentations: [] });
    expect(en('Agenda: opening; migration and youth')).toMatchObject({ presentations: [] });
  });
  it('a study whose findings were shared is a talk: "shared the findings of her study “A”"; negative: a workplace is none', () => {
    expect(parseMinutes('T\n\nAida Bekova, a research fellow of the institute “Bilim”, spoke about schools.').presentations).toEqual([]);
    expect(parseMinutes('T\n\nAida Bekova, sociologist, shared the findings of the study of the NGO “Bilim”.').presentations).toEqual([]);
  });
  it('a talk with a title: "spoke on “A”", "gave a talk entitled “A”", "delivered a lecture “A”", "выступил на тему «А»"; its speaker too', () => {
    const role = 'deputy chairman of the Migration Service';
    for (const said of ['spoke on “Migration trends”', 'gave a talk entitled “Migration trends”', 'delivered a lecture “Migration trends”', 'shared the findings of her study “Migration trends”', 'introduced the research “Migration trends”']) {
      const r = parseMinutes(`T\n\nSamat Toktobolotov, ${role}, ${said}.`);
      expect(r.presentations, said).toEqual(['Migration trends']);
      expect(r.speakers.map((s) => [s.name.full, s.roles]), said).toEqual([['Samat Toktobolotov', [role]]]);
    }
    for (const said of ['выступил на тему «Тенденции миграции»', 'прочитал лекцию «Тенденции миграции»', 'выступил с презентацией «Тенденции миграции»', 'выступил с сообщением «Тенденции миграции»', 'выступил с информацией «Тенденции миграции»']) {
      const r = parseMinutes(`Открытая диалоговая площадка\n\nТоктоболотов Самат, заместитель председателя Службы миграции, ${said}.`);
      expect(r.presentations, said).toEqual(['Тенденции миграции']);
      expect(r.speakers.map((s) => s.name.full), said).toEqual(['Токтоболотов Самат']);
    }
    for (const said of ['С презентацией «Тенденции миграции» выступил', 'С сообщением «Тенденции миграции» выступил', 'С информацией «Тенденции миграции» выступил']) {
      const r = parseMinutes(`Открытая диалоговая площадка\n\n${said} Токтоболотов Самат, заместитель председателя Службы миграции.`);
      expect(r.presentations, said).toEqual(['Тенденции миграции']);
      expect(r.speakers.map((s) => [s.name.full, s.roles]), said).toEqual([['Токтоболотов Самат', ['заместитель председателя Службы миграции']]]);
    }
    // Negatives: what was said, and the organisation spoken for, are no titles.
    expect(parseMinutes(`T\n\nSamat Toktobolotov, ${role}, said that “migration is growing fast”.`).presentations).toEqual([]);
    expect(parseMinutes(`T\n\nSamat Toktobolotov, ${role}, spoke on behalf of the NGO “Ak-Jol”.`).presentations).toEqual([]);
  });
  it('a quotation that ends the position right after a name names the workplace ("Name (chairman of the association of entrepreneurs “Kant-Biznes”)")', () => {
    const role = 'chairman of the association of entrepreneurs “Kant-Biznes”';
    for (const text of [
      `T\n\nPresentations were made by Leev Vladimir, ${role}, and Asanbekov Marat, head of the tax office.`,
      `T\n\nPresentations were made by Leev Vladimir (${role}) and Asanbekov Marat (head of the tax office).`,
      `T\n\nHEARD:\nOn the first question – Asanbekov Marat (head of the tax office), who informed about the changes in the Tax Code.\nOn the second question – Leev Vladimir (${role}).`,
    ]) {
      const r = parseMinutes(text);
      expect(r.presentations, text).toEqual([]);
      expect(r.speakers.find((s) => s.name.full === 'Leev Vladimir')?.roles, text).toEqual([role]);
    }
    expect(parseMinutes(`T\n\nPresentations: **Leev Vladimir** (${role}), “Small business”.`).presentations).toEqual(['Small business']);
    // Negatives: a clause that presents, one with no name before it, one that names the presenter inside it, and one set
    // off from the position by a comma are talks.
    for (const text of [
      'T\n\nThe head of the department of statistics presented “Poverty in 2021”.',
      'T\n\nPresentations: the head of the department of statistics with “Poverty in 2021”.',
      'T\n\nPresentations: head of the department of statistics Asanov B. “Poverty in 2021”.',
      'T\n\nPresentations were made by Asanov Bolot, head of the department of statistics, “Poverty in 2021”.',
    ]) expect(parseMinutes(text).presentations, text).toEqual(['Poverty in 2021']);
  });
  it('in Russian, which says "of" by the case, a word after the position\'s: "Name, председатель ТСЖ «Береке»"', () => {
    for (const role of ['председатель ТСЖ «Береке»', 'председатель ЖК «Береке»', 'директор школы «Билим»', 'председатель товарищества «Береке»']) {
      const r = parseMinutes(`Т\n\nВыступающие:\n1) Абдыкадырова Гулнара, ${role};\n2) Жолдошев Нурбек, директор Сулюктинского РЭС.\n`);
      expect(r.presentations, role).toEqual([]);
      expect(pairs(r.speakers), role).toEqual([
        ['Абдыкадырова Гулнара', [role]],
        ['Жолдошев Нурбек', ['директор Сулюктинского РЭС']],
      ]);
    }
    expect(parseMinutes('Т\n\nВыступили: Абдыкадырова Гулнара, директор школы «Билим», с докладом «Качество образования».\n').presentations).toEqual(['Качество образования']);
    // Negatives: the position alone before the quotation, or a dash between them, leaves it the talk's.
    expect(parseMinutes('Т\n\nВыступающие:\n1) Ким Олег, эксперт «Миграция и право».\n').presentations).toEqual(['Миграция и право']);
    expect(parseMinutes('Т\n\nВыступающие:\n1) Абдыкадырова Гулнара, директор школы – «Качество образования».\n').presentations).toEqual(['Качество образования']);
    // English words of such bodies: "chair HOA “Bereke”".
    expect(pairs(parseMinutes('T\n\nSpeakers:\n1) Asanova Gulnara, chair HOA "Bereke".\n').speakers)).toEqual([['Asanova Gulnara', ['chair HOA "Bereke"']]]);
  });
  it('so does one that ends a position put before the name, the name right after its dash ("Director of the business incubator “Naryn Start” – K. Joldosheva")', () => {
    const r = parseMinutes('T\n\nSPEAKERS:\nDEPUTY HEAD OF THE NARYN REGIONAL EMPLOYMENT OFFICE – B.T. OSMONOV;\nDIRECTOR OF THE BUSINESS INCUBATOR "NARYN START" – K. JOLDOSHEVA.\n');
    expect(r.presentations).toEqual([]);
    expect(pairs(r.speakers)).toEqual([
      ['B.T. OSMONOV', ['DEPUTY HEAD OF THE NARYN REGIONAL EMPLOYMENT OFFICE']],
      ['K. JOLDOSHEVA', ['DIRECTOR OF THE BUSINESS INCUBATOR "NARYN START"']],
    ]);
    expect(parseMinutes('T\n\nSpeakers:\n- Director of the business incubator “Naryn Start” – **K. Joldosheva**\n').presentations).toEqual([]);
    // Negatives: a quotation in a clause of its own, or after a word of presenting, is the talk; so is one with no name after its dash.
    for (const text of [
      'T\n\nSpeakers:\n- Head of the department of education, “School reform” – Aida Bekova',
      'T\n\nSpeakers:\n- Head of the department of education with the report “School reform” – Aida Bekova',
      'T\n\nSpeakers:\n- Head of the department of education on “School reform” – Aida Bekova',
      'T\n\nSpeakers:\n- Head of the department of education: “School reform” – a short overview',
    ]) expect(parseMinutes(text).presentations, text).toEqual(['School reform']);
  });
  it('in a list of speakers, italics after a spaced dash or colon that end an entry are its talk ("**Name**, role — *Title*")', () => {
    const r = parseMinutes('T\n\n**Speakers**\n\n1. **Gulzat Alymbekova**, head of the office — *Reintegration programmes*\n2. Ulan Abdraimov, coordinator: _Safe migration_.\n');
    expect(r.presentations).toEqual(['Reintegration programmes', 'Safe migration']);
    expect(pairs(r.speakers)).toEqual([['Gulzat Alymbekova', ['head of the office']], ['Ulan Abdraimov', ['coordinator']]]);
    // Negatives: a position in italics is a role; italics that do not end the entry are no title.
    const roles = parseMinutes('T\n\nSpeakers:\n\n- Gulzat Alymbekova, *head of the office*\n- Ulan Abdraimov — *coordinator of IOM*\n');
    expect(roles.presentations).toEqual([]);
    expect(pairs(roles.speakers)).toEqual([['Gulzat Alymbekova', ['head of the office']], ['Ulan Abdraimov', ['coordinator of IOM']]]);
    expect(parseMinutes('T\n\nSpeakers:\n\n- Gulzat Alymbekova — *very* briefly, head of the office\n').presentations).toEqual([]);
  });
  it('a quotation of what someone said is no title ("… described the situation: “We buy water …”")', () => {
    const r = parseMinutes('T\n\nNazgul Ibraimova, activist, described the situation in her settlement: “We buy water from trucks”. Gulnara Asanova, coordinator, presented the results of the survey “Water in new settlements”.');
    expect(r.presentations).toEqual(['Water in new settlements']);
    // Negative: after a colon that ends a clause of presenting, the quotations are titles.
    expect(parseMinutes('T\n\nAida Bekova, expert, presented the following reports: “Water tariffs”, “Pipes”.').presentations).toEqual(['Water tariffs', 'Pipes']);
  });
  it('titles with no quotes: in bold, or after the colon of a sentence that speaks of presenting', () => {
    const titles = ['Modern challenges of migration', 'An analysis of migratory situation'];
    expect(parseMinutes('T\n\nThe actual topics such as: **Modern challenges of migration**, **An analysis of migratory situation** were presented.').presentations).toEqual(titles);
    expect(parseMinutes('T\n\nThe following topics were presented: Modern challenges of migration; An analysis of migratory situation.').presentations).toEqual(titles);
    expect(parseMinutes("T\n\nPresentations on 'Modern challenges of migration', 'An analysis of migratory situation' were completed.").presentations).toEqual(titles);
    // Negatives: a name in bold, a label in bold, prose with no colon, people after the colon.
    expect(parseMinutes('T\n\nA presentation was made by **Asanov Bolot**, head of the department.').presentations).toEqual([]);
    expect(parseMinutes('T\n\n**Presenters:**\n- Asanov Bolot, expert – “Roads”.').presentations).toEqual(['Roads']);
    expect(parseMinutes('T\n\nPresentations were made on roads, schools and clinics.').presentations).toEqual([]);
    expect(parseMinutes('T\n\nThe following reports were presented: Asanov Bolot, head of the department; Kim S., IOM.').presentations).toEqual([]);
  });
  it('a talk’s presenter in a bracket after its title, the role before the name ("Title (head of X Name)")', () => {
    const text = (bracket: string) => `Round table on youth jobs\n\nPresentations:\n1. Youth unemployment in Talas region ${bracket}\n2. Skills that employers need (Aizhan Toktorova, director of the company)\n`;
    for (const bracket of ['(head of the employment centre Bakyt Asanov)', '(head of the employment centre – Bakyt Asanov)', '(head of the employment centre, Bakyt Asanov)']) {
      const r = parseMinutes(text(bracket));
      expect(pairs(r.speakers)).toEqual([
        ['Bakyt Asanov', ['head of the employment centre']],
        ['Aizhan Toktorova', ['director of the company']],
      ]);
      expect(r.presentations).toEqual(['Youth unemployment in Talas region', 'Skills that employers need']);
    }
    // Negative: joined to the title with no bracket or separator, the words before the name stay the title's.
    expect(pairs(parseMinutes('Round table\n\nPresentations:\n1. “Youth unemployment in Talas region” by Bakyt Asanov\n').speakers)).toEqual([['Bakyt Asanov', []]]);
  });
  it('a bracket of one quotation after a speaker’s roles is their talk, in a paragraph of speeches with no word of presenting', () => {
    const r = parseMinutes('T\n\nThe floor was given to Gulnara Mamatova, director of the employment centre (“The budget for 2021”), and Erlan Usenov, expert of the public foundation “Bilim” (“Water supply”).');
    expect(pairs(r.speakers)).toEqual([
      ['Gulnara Mamatova', ['director of the employment centre']],
      ['Erlan Usenov', ['expert of the public foundation “Bilim”']],
    ]);
    expect(r.presentations).toEqual(['The budget for 2021', 'Water supply']);
    // Negative: a bracket after a sentence's end is no one's talk.
    expect(parseMinutes('T\n\nThe floor was given to Gulnara Mamatova, director of the centre. The rest was a debate (“Open data”).').presentations).toEqual([]);
  });
  it('an item of a "Presentations:" list written "Title by Name, role" gives the title, and the speaker their role', () => {
    const r = parseMinutes('T\n\nPresentations:\n1. Migration trends in Osh by Samat Toktobolotov, deputy chairman of the Migration Service;\n2. Survey results by Dr. Aida Bekova, expert of IOM.');
    expect(r.presentations).toEqual(['Migration trends in Osh', 'Survey results']);
    expect(pairs(r.speakers)).toEqual([
      ['Samat Toktobolotov', ['deputy chairman of the Migration Service']],
      ['Aida Bekova', ['expert of IOM']],
    ]);
    // A colon inside such a title is the title's.
    expect(parseMinutes('T\n\nPresentations:\n1. Water supply: problems and solutions by Aida Bekova, expert of IOM.').presentations).toEqual(['Water supply: problems and solutions']);
    // Negative: an item that only names its presenter gives no title.
    expect(parseMinutes('T\n\nPresentations:\n1. Samat Toktobolotov, deputy chairman of the Migration Service;\n2. Aida Bekova, expert of IOM.').presentations).toEqual([]);
  });
  it('a presentation written "Name (org) on Title" or "Name, org, on Title", in a list or on the label\'s line, gives the title', () => {
    // (They had given none.)
    for (const text of [
      'Presentations:\n- Bekov Nurlan (UNICEF) on child protection;\n- Sultanova Dinara (Ministry of Health) on vaccination.',
      'Presentations:\n- Bekov Nurlan, UNICEF, on child protection;\n- Sultanova Dinara, Ministry of Health, on vaccination.',
      'Presentations were made by: Bekov Nurlan (UNICEF) on child protection; Sultanova Dinara (Ministry of Health) on vaccination.',
    ]) {
      const r = parseMinutes(`T\n\n${text}\n`);
      expect(r.presentations, text).toEqual(['child protection', 'vaccination']);
      expect(pairs(r.speakers), text).toEqual([['Bekov Nurlan', ['UNICEF']], ['Sultanova Dinara', ['Ministry of Health']]]);
    }
    // Negatives: "on" inside a role (no bracket or comma before it), "on behalf of", a name after "on".
    expect(parseMinutes('T\n\nPresentations:\n- Bekov Nurlan, head of the department on youth affairs;\n- Sultanova Dinara, specialist on gender issues.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nPresentations:\n- Bekov Nurlan (UNICEF), on behalf of the UN agencies;\n- Kim Oleg (UNDP) on budgets.\n').presentations).toEqual(['budgets']);
    expect(parseMinutes('T\n\nPresentations:\n- Bekov Nurlan (UNICEF) on the work with Sultanova Dinara.\n').presentations).toEqual([]);
  });
  it('a talk\'s side of a dash loses a lower-case "on" or "about" that opens it ("Name, role – on the state of pastures")', () => {
    // (It had kept it: "on the state of pastures".)
    const r = parseMinutes('T\n\nPresentations were made by:\n1) Mr. Jusupbek Ormonov, chairman of the pasture committee – on the state of pastures;\n2) Ms. Gulzat Abdykadyrova, expert of the foundation – about management plans.\n');
    expect(r.presentations).toEqual(['the state of pastures', 'management plans']);
    // Negative: a title's own capital stays.
    expect(parseMinutes('T\n\nPresentations were made by:\n1) Mr. Jusupbek Ormonov, chairman of the pasture committee – On the road to recovery;\n2) Ms. Gulzat Abdykadyrova, expert – “Plans”.\n').presentations).toEqual(['On the road to recovery', 'Plans']);
  });
  it('a talk’s title given again, for another speaker, is one talk, and no role of the second speaker', () => {
    const table = 'T\n\nSpeakers:\n\n| No. | Name | Position | Topic of the presentation |\n|---|---|---|---|\n| 1 | Cholpon Alieva | chairman of the youth committee | The budget for 2021 |\n| 2 | Aizhan Omurbekova | expert of IOM | The budget for 2021 |\n';
    const r = parseMinutes(table);
    expect(r.presentations).toEqual(['The budget for 2021']);
    expect(pairs(r.speakers)).toEqual([
      ['Cholpon Alieva', ['chairman of the youth committee']],
      ['Aizhan Omurbekova', ['expert of IOM']],
    ]);
    const prose = parseMinutes('T\n\n**Cholpon Alieva**, lawyer, presented the report “Results of the survey”.\n\n**Erlan Usenov**, coordinator of the project, presented the report “Results of the survey”.\n');
    expect(prose.presentations).toEqual(['Results of the survey']);
    expect(pairs(prose.speakers)).toEqual([
      ['Cholpon Alieva', ['lawyer']],
      ['Erlan Usenov', ['coordinator of the project']],
    ]);
  });
  it('a role drops the word that brings in the organisation ("Name from UNDP": "UNDP")', () => {
    expect(pairs(parseMinutes('T\n\nThe floor was given to Aida Bekova from UNDP and Erlan Usenov from the Ministry of Labour.').speakers)).toEqual([
      ['Aida Bekova', ['UNDP']],
      ['Erlan Usenov', ['Ministry of Labour']],
    ]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nВыступила Айда Бекова из ПРООН.').speakers)).toEqual([['Айда Бекова', ['ПРООН']]]);
    // Negative: "from" inside a role stays ("representative from UNDP").
    expect(pairs(parseMinutes('T\n\nThe floor was given to Aida Bekova, representative from UNDP.').speakers)).toEqual([['Aida Bekova', ['representative from UNDP']]]);
  });
  it('an affiliation with no comma ends before the verb of presenting: "Name from the crisis centre “Sezim” presented the report …"', () => {
    const one = (t: string) => parseMinutes(`Open Dialogue Platform\n\n${t}\n`);
    const sezim = one('Then Ms. Cholpon Baiyzbekova from the crisis centre "Sezim" presented the report "Support services for survivors".');
    expect(pairs(sezim.speakers)).toEqual([['Cholpon Baiyzbekova', ['crisis centre "Sezim"']]]);
    expect(sezim.presentations).toEqual(['Support services for survivors']);
    expect(pairs(one('Then Aida Bekova from UNDP made a presentation on gender budgets.').speakers)).toEqual([['Aida Bekova', ['UNDP']]]);
    // "of" brings in the organisation as "from" does.
    expect(pairs(one('Then Aida Bekova of UNDP spoke about gender budgets.').speakers)).toEqual([['Aida Bekova', ['UNDP']]]);
    expect(pairs(one('Speakers: Cholpon Baiyzbekova of the crisis centre Sezim; Aida Bekova of UNDP.').speakers)).toEqual([
      ['Cholpon Baiyzbekova', ['crisis centre Sezim']],
      ['Aida Bekova', ['UNDP']],
    ]);
    // Negative: "of" inside a role stays.
    expect(pairs(one('Then Aida Bekova, head of UNDP, spoke about gender budgets.').speakers)).toEqual([['Aida Bekova', ['head of UNDP']]]);
  });
  it('under "Presenters:", the side of a dash that reads as a position is the presenter’s role, no talk', () => {
    const list = (items: string[]) => parseMinutes(`Round table\n\nPresenters:\n${items.map((i) => `- ${i}`).join('\n')}\n`);
    const r = list(['Bakyt Jusupov – head of the district education department', 'Aida Bekova – deputy mayor of the city, professor', 'Erlan Usenov – lawyer', 'senior specialist of the Ministry – Cholpon Alieva']);
    expect(pairs(r.speakers)).toEqual([
      ['Bakyt Jusupov', ['head of the district education department']],
      ['Aida Bekova', ['deputy mayor of the city', 'professor']],
      ['Erlan Usenov', ['lawyer']],
      ['Cholpon Alieva', ['senior specialist of the Ministry']],
    ]);
    expect(r.presentations).toEqual([]);
    const ru = parseMinutes('Открытая диалоговая площадка\n\nДокладчики:\n- Усенов Азамат – главный специалист центра занятости\n- Асанова Динара – юрист\n');
    expect(pairs(ru.speakers)).toEqual([['Усенов Азамат', ['главный специалист центра занятости']], ['Асанова Динара', ['юрист']]]);
    expect(ru.presentations).toEqual([]);
    // Negatives: a title that opens with other words, or with a position's word and a colon, is a talk.
    expect(parseMinutes('Round table\n\nPresentations:\n1. Bakyt Jusupov – Deputies and the budget\n2. Aida Bekova – Head of the family: new roles\n').presentations).toEqual(['Deputies and the budget', 'Head of the family: new roles']);
    expect(parseMinutes('Открытая диалоговая площадка\n\nДоклады:\n1. Усенов Азамат – Миграция и занятость\n').presentations).toEqual(['Миграция и занятость']);
  });
  it('the side of a dash that says in lower case what the presenter did is no talk ("Name, role – presented information about …")', () => {
    const r = parseMinutes('Open dialogue platform\n\nPresentations were made by:\n- Zhumabaeva Cholpon, specialist of the State Registration Service – presented information about the electronic queue system;\n- Sultanov Erkin – spoke about data exchange;\n- Asanov Bolot, expert – “Roads”.\n');
    expect(r.presentations).toEqual(['Roads']);
    expect(pairs(r.speakers)).toEqual([
      ['Zhumabaeva Cholpon', ['specialist of the State Registration Service']],
      ['Sultanov Erkin', []],
      ['Asanov Bolot', ['expert']],
    ]);
    expect(parseMinutes('Открытая диалоговая площадка\n\nДоклады:\n1. Усенов Азамат – рассказал о миграции\n2. Асанова Динара – «Занятость»\n').presentations).toEqual(['Занятость']);
    // Nor one that opens with a kind of speech's first word ("welcome and objectives …": it had been a talk).
    expect(parseMinutes('Open dialogue platform\n\nPresentations:\n• Nazarov B. — welcome and objectives of the meeting\n• Ismailova Gulzat (Water Resources Service) — "Water schedules"\n').presentations).toEqual(['Water schedules']);
    // Negative: a title that opens with such a word in capitals is a talk ("Shared pastures").
    expect(parseMinutes('Round table\n\nPresentations:\n1. Bakyt Jusupov – Shared pastures\n2. Aida Bekova – Presented budgets: a guide\n').presentations).toEqual(['Shared pastures', 'Presented budgets: a guide']);
    expect(parseMinutes('Round table\n\nPresentations:\n1. Bakyt Jusupov – Welcome centres for migrants\n').presentations).toEqual(['Welcome centres for migrants']);
  });
  it('a list of talks ends at the next field of a form: an item set back out, or one that labels a list of its own', () => {
    // A numbered form: "6. Presentations:" over deeper items, then "7. Recommendations:".
    const form = parseMinutes(
      'Report on the open dialogue platform in Talas region\n\n5. Participants: total 36, women 25, men 11\n6. Presentations:\n   - Asanova Zamira, deputy of the city council – "Women in local politics"\n   - Kuttubaeva Anara, coordinator of UN Women – "Quotas: international experience"\n7. Recommendations:\n   1) introduce a 30% quota for women in local councils;\n   2) hold training for women candidates.\n',
    );
    expect(form.presentations).toEqual(['Women in local politics', 'Quotas: international experience']);
    expect(form.suggestions.map((s) => s.text)).toEqual(['introduce a 30% quota for women in local councils', 'hold training for women candidates']);
    // Unquoted titles too.
    expect(parseMinutes('T\n\n1. Presentations:\n   - Asanov Bolot – Roads and bridges\n   - Kim Sergei – Water supply\n2. Recommendations:\n   1. Repair the bridge\n').presentations).toEqual(['Roads and bridges', 'Water supply']);
    // A flat list: "- Suggestions:" after "- Presentations:" and its items at their depth.
    expect(parseMinutes('T\n\n- Presentations:\n- Asanov Bolot – “Roads”\n- Kim Sergei – “Water”\n- Suggestions:\n\n1. Repair the bridge\n').presentations).toEqual(['Roads', 'Water']);
    // A speakers label in an item is no title: "- Speaker: Kim Sergei".
    const labelled = parseMinutes('T\n\nPresentations:\n- “Roads”\n- Speaker: Kim Sergei\n');
    expect(labelled.presentations).toEqual(['Roads']);
    expect(labelled.speakers.map((s) => s.name.full)).toEqual(['Kim Sergei']);
    // Negative: items beside a bulleted "- Presentations:", at its own depth, are its entries.
    expect(parseMinutes('T\n\n- Presentations:\n- Asanov Bolot – Roads and bridges\n- Kim Sergei – Water supply\n').presentations).toEqual(['Roads and bridges', 'Water supply']);
  });
  it('in a list whose items give positions beside names, a side the lexicon does not know as a position is one too', () => {
    // The lines of one "Presenters:" paragraph: the first gives a known position, so the second's is a role too.
    const r = parseMinutes('Open dialogue platform\n\nPresenters:\nIsmailov Timur Bakytovich - deputy head of the regional tourism department;\nKerimbekova Asel - keeper of a guest house.\n');
    expect(pairs(r.speakers)).toEqual([
      ['Ismailov Timur Bakytovich', ['deputy head of the regional tourism department']],
      ['Kerimbekova Asel', ['keeper of a guest house']],
    ]);
    expect(r.presentations).toEqual([]);
    // In either order, and with the position before the name.
    const before = parseMinutes('Round table\n\nPresenters:\n- keeper of a guest house – Asel Kerimbekova\n- head of the tourism department – Timur Ismailov\n');
    expect(pairs(before.speakers)).toEqual([
      ['Asel Kerimbekova', ['keeper of a guest house']],
      ['Timur Ismailov', ['head of the tourism department']],
    ]);
    expect(before.presentations).toEqual([]);
    // Positions the lexicon knows now: an owner, a founder, a resident.
    const known = parseMinutes('Round table\n\nPresenters:\n- Asel Kerimbekova – owner of a guest house\n- Timur Ismailov – founder of the NGO Jashtar\n');
    expect(pairs(known.speakers)).toEqual([
      ['Asel Kerimbekova', ['owner of a guest house']],
      ['Timur Ismailov', ['founder of the NGO Jashtar']],
    ]);
    expect(known.presentations).toEqual([]);
    // Negatives: a list where no item gives a known position is one of talks; a quoted title is one in any list.
    expect(parseMinutes('Round table\n\nPresentations:\n- Asel Kerimbekova – Keeping a guest house\n- Timur Ismailov – Tourism in Karakol\n').presentations).toEqual(['Keeping a guest house', 'Tourism in Karakol']);
    expect(parseMinutes('Round table\n\nPresenters:\n- Asel Kerimbekova – owner of a guest house\n- Timur Ismailov – “Tourism in Karakol”\n').presentations).toEqual(['Tourism in Karakol']);
  });
  it('an honorific that opens a talk’s bracket is the presenter’s name’s, no role ("Title (Mr. Name, role)")', () => {
    for (const bracket of ['(Mr. Bakyt Asanov, head of the employment centre)', '(Mr Bakyt Asanov, head of the employment centre)', '(Dr. Bakyt Asanov, head of the employment centre)']) {
      const r = parseMinutes(`Round table\n\nPresentations:\n1. Youth unemployment in Talas region ${bracket}\n`);
      expect(pairs(r.speakers), bracket).toEqual([['Bakyt Asanov', ['head of the employment centre']]]);
      expect(r.presentations).toEqual(['Youth unemployment in Talas region']);
    }
    expect(pairs(parseMinutes('Round table\n\nPresentations:\n1. Youth unemployment (Ms. Aizhan Toktorova)\n').speakers)).toEqual([['Aizhan Toktorova', []]]);
    // Negative: a role in the bracket before the honorific stays a role.
    expect(pairs(parseMinutes('Round table\n\nPresentations:\n1. Youth unemployment (head of the centre Mr. Bakyt Asanov)\n').speakers)).toEqual([['Bakyt Asanov', ['head of the centre']]]);
  });
  it('the talks quoted on a "Speakers:" line, after a role or in a bracket of their own', () => {
    const read = (text: string) => {
      const r = parseMinutes(text);
      return { speakers: r.speakers.map((s) => [s.name.full, s.roles]), presentations: r.presentations };
    };
    const expected = { speakers: [['Toktosunova Meerim', ['head of the NGO']], ['Asanov Bolot', ['expert of IOM']]], presentations: ['Seasonal jobs in 2021', 'Migrants'] };
    expect(read('T\n\nSpeakers: Toktosunova Meerim, head of the NGO (“Seasonal jobs in 2021”); Asanov Bolot, expert of IOM (“Migrants”).')).toEqual(expected);
    expect(read('T\n\nSpeakers: Toktosunova Meerim, head of the NGO, “Seasonal jobs in 2021”; Asanov Bolot, expert of IOM, “Migrants”.')).toEqual(expected);
    expect(read('Протокол\n\nВыступили: Токтосунова Мээрим, руководитель НПО («Сезонная занятость»); Асанов Болот, эксперт МОМ («Мигранты»).')).toEqual({
      speakers: [['Токтосунова Мээрим', ['руководитель НПО']], ['Асанов Болот', ['эксперт МОМ']]],
      presentations: ['Сезонная занятость', 'Мигранты'],
    });
    // Negatives: a quotation among other words in a bracket, or after "director of", names a workplace.
    expect(read('T\n\nSpeakers: Toktosunova Meerim, director of the “Manas Ordo” museum; Asanov Bolot (head of the “Bilim” foundation).')).toEqual({
      speakers: [['Toktosunova Meerim', ['director of the “Manas Ordo” museum']], ['Asanov Bolot', ['head of the “Bilim” foundation']]],
      presentations: [],
    });
  });
  it('a role before a bracket of one quoted talk keeps its words, in running text too', () => {
    const r = parseMinutes('T\n\nPresentations were made by Toktosunova Meerim, head of the regional employment service (“Seasonal jobs in 2021”), and Abdrakhmanov Ruslan, director of the “Karven” resort (“What employers expect”).');
    expect(r.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Toktosunova Meerim', ['head of the regional employment service']],
      ['Abdrakhmanov Ruslan', ['director of the “Karven” resort']],
    ]);
    expect(r.presentations).toEqual(['Seasonal jobs in 2021', 'What employers expect']);
  });
  it('unquoted titles on a "Topics of presentations:" line, parted by semicolons or else commas', () => {
    const titles = (line: string) => parseMinutes(`T\n\n${line}\n`).presentations;
    expect(titles('Topics of presentations: Migration trends in 2021; Legal aid, advice and courts.')).toEqual(['Migration trends in 2021', 'Legal aid, advice and courts']);
    expect(titles('Presentation topics: Migration trends in 2021, Legal aid for migrants.')).toEqual(['Migration trends in 2021', 'Legal aid for migrants']);
    // Numbered on the line: the numbers are no part of the titles.
    expect(titles('Presentation topics: 1) Migration trends in 2021; 2) Legal aid for migrants.')).toEqual(['Migration trends in 2021', 'Legal aid for migrants']);
    expect(titles('Presentations were made on the following topics: 1. migration trends; 2. legal aid.')).toEqual(['migration trends', 'legal aid']);
    // Numbered in a run of sentences, with no comma or semicolon between.
    expect(titles('Presentation topics: 1. Migration in figures. 2. Remittances and families. 3. Reintegration.')).toEqual(['Migration in figures', 'Remittances and families', 'Reintegration']);
    // Negative: a number that starts no run 1, 2 … is the title's.
    expect(titles('Presentation topics: Migration in 2021 and 2. quarter.')).toEqual(['Migration in 2021 and 2. quarter']);
    // The joining word before the last title is no part of it ("A, B, and C").
    expect(titles('Presentations were made on the following topics: migration in figures, remittances and families, and reintegration of returnees.')).toEqual(['migration in figures', 'remittances and families', 'reintegration of returnees']);
    expect(titles('Topics of presentations: migration in figures; remittances; and also reintegration.')).toEqual(['migration in figures', 'remittances', 'reintegration']);
    // Negative: one inside a title stays ("remittances and families").
    expect(titles('Topics of presentations: roads and bridges, schools.')).toEqual(['roads and bridges', 'schools']);
    // Negative: a number that opens one title only is the title's.
    expect(titles('Presentation topics: 2021 in figures; Legal aid for migrants.')).toEqual(['2021 in figures', 'Legal aid for migrants']);
    expect(parseMinutes('Протокол\n\nТемы докладов: Миграция в цифрах; Правовая помощь мигрантам.\n').presentations).toEqual(['Миграция в цифрах', 'Правовая помощь мигрантам']);
    // Negative: a line that names people lists presenters; an agenda is the meeting's, no presentation.
    expect(titles('Topics of presentations: Aida Bekova, Nurlan Osmonov.')).toEqual([]);
    expect(titles('Agenda: Safety in public places.')).toEqual([]);
  });
  it('an unquoted title after "on the topic:" in the presenter’s sentence, to its end', () => {
    const r = parseMinutes('T\n\nAsanov Bolot, expert, made a presentation on the topic: Youth employment in Naryn. Then Kim Sergei spoke.\n');
    expect(r.presentations).toEqual(['Youth employment in Naryn']);
    expect(r.speakers.map((p) => p.name.full)).toEqual(['Asanov Bolot', 'Kim Sergei']);
    // Negative: not after a colon with no topic cue before it, nor a long run of words, nor one that names someone.
    expect(parseMinutes('T\n\nAsanov Bolot, expert, made a presentation and said: youth lack jobs.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nAsanov Bolot, expert, presented a report on the topic: the situation with youth employment in Naryn region and the measures the state takes in 2021 and 2022.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nAsanov Bolot, expert, made a presentation on the topic: Kim Sergei and his work.\n').presentations).toEqual([]);
  });
  it('an unquoted title after "on the topic of" with no colon in the presenter’s sentence, to its end', () => {
    // (It had given none: "on the topic:" with a colon was the only way in.)
    const r = parseMinutes('T\n\nAsanov Bolot, expert of UNDP, made a presentation on the topic of youth employment. Bekova Aida made a report on the theme of water supply in the villages.\n');
    expect(r.presentations).toEqual(['youth employment', 'water supply in the villages']);
    expect(pairs(r.speakers)).toEqual([['Asanov Bolot', ['expert of UNDP']], ['Bekova Aida', []]]);
    expect(parseMinutes('Протокол\n\nАсанов Болот выступил с докладом на тему развития туризма в регионе.\n').presentations).toEqual(['развития туризма в регионе']);
    // Negative: not with a verb after it (a clause's subject), nor a name in it, nor with no presenter or no word of presenting before it.
    expect(parseMinutes('T\n\nAsanov Bolot noted that the presentation on the topic of youth employment was useful.\n').presentations).toEqual([]);
    // (With the presenter after it, brought in by a verb of giving the talk, it is one since 2026-12-04 late: see "with the
    // presenter after it" below. It had been a negative here.)
    expect(parseMinutes('T\n\nA presentation on the topic of youth employment was made by Asanov Bolot.\n').presentations).toEqual(['youth employment']);
    expect(parseMinutes('T\n\nAsanov Bolot spoke on the topic of youth employment, and Bekova Aida on water supply.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nParticipants discussed the presentation on the topic of youth employment.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nThe platform on the topic of youth employment was moderated by Asanov Bolot.\n').presentations).toEqual([]);
  });
  it('an unquoted title after a talk\'s word and "on" or "about" in the presenter\'s sentence ("… made a presentation on child protection")', () => {
    // (It had given none.)
    const r = parseMinutes('T\n\nBekov Nurlan (UNICEF) made a presentation on child protection. Kim Oleg, expert of UNDP, made a report on the results of the monitoring of schools.\n');
    expect(r.presentations).toEqual(['child protection', 'the results of the monitoring of schools']);
    expect(pairs(r.speakers)).toEqual([['Bekov Nurlan', ['UNICEF']], ['Kim Oleg', ['expert of UNDP']]]);
    expect(parseMinutes('T\n\nKim Oleg made a presentation about water supply.\n').presentations).toEqual(['water supply']);
    // Negatives: not with a verb after it, nor with no presenter before it, nor a name inside it.
    expect(parseMinutes('T\n\nAsanov Bolot noted that the presentation on youth employment was useful.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nThe presentation on youth employment by Asanov Bolot opened the meeting.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nKim Oleg presented a report on the work of the council, and Asanov Bolot spoke about the budget.\n').presentations).toEqual([]);
  });
  it('an unquoted title after "entitled", "titled", "under the title" or "под названием" in the presenter\'s sentence, up to a relative clause', () => {
    // (Each had given none.)
    const talks = (text: string) => parseMinutes(`T\n\n${text}\n`).presentations;
    expect(talks('Kadyrov Nurbek presented the report entitled Migration Trends in Osh.')).toEqual(['Migration Trends in Osh']);
    expect(talks('Kadyrov Nurbek, expert, delivered a presentation under the title Migration Trends in Osh.')).toEqual(['Migration Trends in Osh']);
    expect(talks('The presentation titled Migration Trends in Osh was made by Kadyrov Nurbek, expert.')).toEqual(['Migration Trends in Osh']);
    expect(parseMinutes('Протокол\n\nКадыров Нурбек представил доклад под названием Миграционные тренды в Оше.\n').presentations).toEqual(['Миграционные тренды в Оше']);
    // A relative clause set off by a comma is no part of it, after any such lead.
    expect(talks('Kadyrov Nurbek presented a report entitled Migration trends in Osh, which caused a discussion.')).toEqual(['Migration trends in Osh']);
    expect(talks('Asanov Bolot, expert, made a presentation on the topic of youth employment, which was followed by questions.')).toEqual(['youth employment']);
    // Negatives: no word of presenting, or no one named.
    expect(talks('The participants were entitled to free legal aid, said Kadyrov Nurbek.')).toEqual([]);
    expect(talks('A document titled Strategy 2030 was adopted by the council.')).toEqual([]);
  });
  it('with the presenter after it, brought in by a verb of giving a talk ("A presentation on X was made by Name", "С докладом о X выступил Name")', () => {
    // (Each had given none.)
    const talks = (text: string) => parseMinutes(`T\n\n${text}\n`).presentations;
    expect(talks('A presentation on access to justice was made by Asanov Bolot, expert.')).toEqual(['access to justice']);
    expect(talks('A presentation on the topic of access to information was made by Asanov Bolot, expert.')).toEqual(['access to information']);
    expect(talks('With a report on access to justice spoke Asanov Bolot, expert.')).toEqual(['access to justice']);
    expect(talks('The report on the work of the council was presented by the chairman Asanov Bolot.')).toEqual(['the work of the council']);
    const ru = (text: string) => parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).presentations;
    expect(ru('С докладом о ходе реализации проекта выступил Эсенов Бакыт.')).toEqual(['ходе реализации проекта']);
    expect(ru('С презентацией об итогах мониторинга выступила Касымова Айгуль, эксперт.')).toEqual(['итогах мониторинга']);
    // Negatives: a report sent to someone, a presenter with no verb of giving the talk, no one named after it.
    expect(talks('The report on the results of the survey was sent to Asanov Bolot.')).toEqual([]);
    expect(talks('The presentation on youth employment by Asanov Bolot opened the meeting.')).toEqual([]);
    expect(talks('A presentation on youth employment was made at the end.')).toEqual([]);
  });
  it('in Russian, after a talk\'s word and "о" or "об" ("выступил с докладом о состоянии пастбищ")', () => {
    // (It had given none.)
    const ru = (text: string) => parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).presentations;
    expect(ru('Асанов Болот, начальник отдела пастбищ, выступил с докладом о состоянии пастбищ.')).toEqual(['состоянии пастбищ']);
    expect(ru('Кадырова Аида сделала доклад об итогах работы пастбищных комитетов.')).toEqual(['итогах работы пастбищных комитетов']);
    expect(ru('Эксперт ФАО Кадырова Аида представила презентацию о рациональном использовании пастбищ.')).toEqual(['рациональном использовании пастбищ']);
    // Negatives: not with a verb after it, nor with no one named in its sentence.
    expect(ru('Участники отметили, что доклад о состоянии пастбищ был полезен.')).toEqual([]);
    expect(ru('Доклад о состоянии пастбищ обсуждался долго.')).toEqual([]);
    // (With the presenter after it and a verb of giving the talk: see "with the presenter after it" above.)
    expect(ru('С докладом о состоянии пастбищ выступил Асанов Болот.')).toEqual(['состоянии пастбищ']);
  });
  it('a paragraph that gives the meeting’s type, date or topic gives the talks it quotes too', () => {
    const r = parseMinutes('Report\n\nOn 3 October 2021, an open dialogue platform on “Gender equality” was held in Karakol city. The event was moderated by Nurbek Asanov, consultant. Presentations “Women in local councils” and “Quotas in practice” were made by Aida Usenova, gender specialist of UNDP.\n');
    expect([r.topic, r.presentations]).toEqual(['Gender equality', ['Women in local councils', 'Quotas in practice']]);
    // Negative: the quotation the topic or the venue took stays theirs; a labelled line another field claimed gives none.
    expect(parseMinutes('Report\n\nOn 3 October 2021, an open dialogue platform on “Gender equality” was held at the “Karakol” hotel, and presentations were made.\n').presentations).toEqual([]);
    expect(parseMinutes('Report\n\nModerator: Aida Usenova, who presented the project “Voice of Citizens”.\n').presentations).toEqual([]);
  });
  it('in a paragraph of speeches, a bracket of one quotation right after a name is that speaker’s talk', () => {
    const r = parseMinutes('T\n\nDuring the meeting the following spoke: the specialist of the employment center Aigerim Sadykova (“Youth labour market”), the director of lyceum No. 5 Daniyar Temirov (“Vocational training”), and Nurlan Kadyr uulu, chairman of the youth council.\n');
    expect(r.presentations).toEqual(['Youth labour market', 'Vocational training']);
    expect(pairs(r.speakers)).toEqual([
      ['Aigerim Sadykova', ['specialist of the employment center']],
      ['Daniyar Temirov', ['director of lyceum No. 5']],
      ['Nurlan Kadyr uulu', ['chairman of the youth council']],
    ]);
    const ru = parseMinutes('Отчет\n\nВ ходе встречи выступили: специалист центра занятости Садыкова Айгерим («Рынок труда для молодежи»), директор лицея Темиров Данияр («Профессиональное обучение»).\n');
    expect(ru.presentations).toEqual(['Рынок труда для молодежи', 'Профессиональное обучение']);
    // Negative: not a bracket after other words, nor one with more than the quotation, nor with no speech in the paragraph.
    expect(parseMinutes('T\n\nAigerim Sadykova spoke about the employment center (“Kelechek”).\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nAigerim Sadykova spoke (NGO “Kelechek”).\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nThe list was signed by Aigerim Sadykova (“Kelechek”).\n').presentations).toEqual([]);
    // So in an entry of a speakers label's lines that holds two speakers, a wrap inside it (it had given the first only).
    const entry = 'Open dialogue platform\n\nThe speakers were:\nSatybaldieva Gulmira, expert ("The new law"), Mamatov Ilyas, head of the ayil\nokmotu ("Practice of participatory budgeting"),\nZhoroeva Asel, journalist ("Media").\n';
    expect(parseMinutes(entry).presentations).toEqual(['The new law', 'Practice of participatory budgeting', 'Media']);
    // (Negative: a quotation in a bracket with other words stays a workplace, the entry's talk the one of its own.)
    expect(parseMinutes('Open dialogue platform\n\nSpeakers:\n- Satybaldieva Gulmira, expert (NGO “Kelechek”), Mamatov Ilyas, head (“Practice”).\n').presentations).toEqual(['Practice']);
  });
  it('a bracket that ends a title and names its presenter is no part of it; the presenter speaks', () => {
    const r = parseMinutes('T\n\nPresentations: Youth employment in Naryn (Asanov Bolot, expert); Migration (Kim Sergei, lawyer).\n');
    expect(r.presentations).toEqual(['Youth employment in Naryn', 'Migration']);
    expect(pairs(r.speakers)).toEqual([
      ['Asanov Bolot', ['expert']],
      ['Kim Sergei', ['lawyer']],
    ]);
    expect(parseMinutes('T\n\nPresentation: Youth employment in Naryn.\n').presentations).toEqual(['Youth employment in Naryn']);
    // Negative: a bracket that names no one stays the title's; names outside a bracket make a list of presenters.
    expect(parseMinutes('T\n\nPresentations: Youth employment (2020–2021); Migration.\n').presentations).toEqual(['Youth employment (2020–2021)', 'Migration']);
    expect(parseMinutes('T\n\nPresentations: Asanov Bolot, expert; Kim Sergei, lawyer.\n').presentations).toEqual([]);
  });
  it('the last two of such titles joined by "and" are two, in a label\'s line or after a presenting sentence\'s colon', () => {
    const r = parseMinutes('T\n\nThe following presentations were made: On the status of the region (Asanov A.), Migration and Prospects (Isaeva B.) and Results of the survey (Usenov K.).\n');
    expect(r.presentations).toEqual(['On the status of the region', 'Migration and Prospects', 'Results of the survey']);
    // (The titles no roles of their presenters.)
    expect(pairs(r.speakers)).toEqual([
      ['Asanov A.', []],
      ['Isaeva B.', []],
      ['Usenov K.', []],
    ]);
    expect(parseMinutes('T\n\nPresentations: Water (Asanov Bolot, expert) and roads (Kim Sergei, lawyer).\n').presentations).toEqual(['Water', 'roads']);
    // Negative: "and" inside a title, or after a bracket that names no one, joins no two.
    expect(parseMinutes('T\n\nPresentations: Water and roads (Asanov Bolot, expert); Migration (Kim Sergei).\n').presentations).toEqual(['Water and roads', 'Migration']);
    expect(parseMinutes('T\n\nPresentations: Youth employment (2020–2021) and migration; Roads.\n').presentations).toEqual(['Youth employment (2020–2021) and migration', 'Roads']);
  });
  it('a presenter in brackets keeps the roles when the sentence goes on after the bracket', () => {
    const r = parseMinutes('T\n\nThe presentation “Municipal services” (Abdyrakhmanova Cholpon, coordinator of the project “Voice of Citizens”) was made.\n');
    expect(r.presentations).toEqual(['Municipal services']);
    expect(pairs(r.speakers)).toEqual([['Abdyrakhmanova Cholpon', ['coordinator of the project “Voice of Citizens”']]]);
    const two = parseMinutes('T\n\nThe presentations “Fiscal decentralization” (Mamatov Ulan, expert of the Development Policy Institute), “Municipal services” (Abdyrakhmanova Cholpon, lawyer) were made.\n');
    expect(pairs(two.speakers)).toEqual([
      ['Mamatov Ulan', ['expert of the Development Policy Institute']],
      ['Abdyrakhmanova Cholpon', ['lawyer']],
    ]);
    // Negative: what follows the bracket is no role, and a bracket the role opened itself stays in it.
    expect(parseMinutes('T\n\nThe presentation “Municipal services” (Abdyrakhmanova Cholpon) was made.\n').speakers[0]!.roles).toEqual([]);
    expect(parseMinutes('T\n\nAsanov Bolot, head of the department (IOM), spoke about migration.\n').speakers[0]!.roles).toEqual(['head of the department', 'IOM']);
  });
  it('a title that holds a speech cue ("# Report") introduces no speakers: the table of details under it names none', () => {
    const text = '# Open dialogue platform report\n\n| Item | Details |\n|---|---|\n| Topic | “Ecotourism” |\n| Moderator | Asel Temirova, expert |\n| Participants | 42 (23 women, 19 men): tour operators, NGOs |\n\n**Speakers**\n\n1. Erkin Sultanov, head of the tourism department.\n';
    const r = parseMinutes(text);
    expect(pairs(r.speakers)).toEqual([['Erkin Sultanov', ['head of the tourism department']]]);
    expect(r.participants).toMatchObject({ total: 42, women: 23, men: 19 });
    // Negative: a heading after the title still introduces the list under it.
    expect(parseMinutes('# Report\n\n## Reports\n\n- Erkin Sultanov, head of the tourism department.\n').speakers.map((p) => p.name.full)).toEqual(['Erkin Sultanov']);
  });
  it('a table column headed as talk titles gives the presentations, and its cells are no speaker’s roles', () => {
    const text = [
      'Open dialogue platform',
      '',
      'Speakers:',
      '',
      '| No | Full name | Position | **Topic of the speech** |',
      '|---|---|---|---|',
      '| 1 | Mamytov Ruslan | Mayor of Kyzyl-Kiya | Budget of the city for 2022 |',
      '| 2 | Tilekova Nazgul Bakirovna | Head of the social department | “Social support of families” |',
    ].join('\n');
    const record = parseMinutes(text);
    expect(record.presentations).toEqual(['Budget of the city for 2022', 'Social support of families']);
    expect(pairs(record.speakers)).toEqual([
      ['Mamytov Ruslan', ['Mayor of Kyzyl-Kiya']],
      ['Tilekova Nazgul Bakirovna', ['Head of the social department']],
    ]);
    const ru = parseMinutes('Протокол\n\nВыступающие:\n\n| ФИО | Должность | Тема выступления |\n|---|---|---|\n| Асанов Бакыт | эксперт | Водные тарифы |');
    expect(ru.presentations).toEqual(['Водные тарифы']);
    // Negative: "Title" alone heads a job's title, a role; a table with no such column gives no presentations.
    const job = parseMinutes('Open dialogue platform\n\nSpeakers:\n\n| Name | Title |\n|---|---|\n| Mamytov Ruslan | Mayor of Kyzyl-Kiya |');
    expect(job.presentations).toEqual([]);
    expect(pairs(job.speakers)).toEqual([['Mamytov Ruslan', ['Mayor of Kyzyl-Kiya']]]);
  });
  it('reads the quotations of a sentence that says the reports were heard', () => {
    expect(value(presentations, 'T\n\nThe reports “On the status of the Batken region” and “Batken. Migration and Prospects” were heard.')).toEqual([
      'On the status of the Batken region',
      'Batken. Migration and Prospects',
    ]);
    // Negative: an organisation's name in such a sentence is no talk.
    expect(value(presentations, 'T\n\nThe reports of the working groups were discussed; the NGO “Ayalzat” took part.')).toEqual([]);
  });
  it('takes the quotations of a paragraph about presenting, without emphasis', () => {
    expect(value(presentations, 'T\n\nThe topics such as: “**A b**”, “**C d**” were presented.')).toEqual(['A b', 'C d']);
  });
  it('a paragraph that speaks of reports gives its quotations ("It was listened reports “A”, “B”.")', () => {
    expect(value(presentations, 'T\n\nIt was listened reports “**Condition of pastures**”, “**Pasture tickets: problems and decisions**”.')).toEqual(['Condition of pastures', 'Pasture tickets: problems and decisions']);
    expect(value(presentations, 'T\n\nThe report “Migration in 2021” was discussed.')).toEqual(['Migration in 2021']);
    expect(value(presentations, 'T\n\nThemes of speeches: “Pasture law”, “Water for farms”.')).toEqual(['Pasture law', 'Water for farms']);
    // Negative: the report of an organisation is no title.
    expect(value(presentations, 'T\n\nThe report of the NGO “Bilim” was noted.')).toEqual([]);
  });
  it('skips a quotation that names an organisation', () => {
    expect(value(presentations, 'T\n\nX, head of the NGO “Bilim”, presented “Returning migrants”.')).toEqual(['Returning migrants']);
    // In the genitive a Russian position puts it in ("эксперта движения «Бирге»", a protocol's "СЛУШАЛИ:" item).
    const heard = parseMinutes('Протокол\n\nСЛУШАЛИ:\n1. Исаеву М.К., эксперта экологического движения «Бирге», – об экологических проблемах озера.\n2. Ким С., директора филиала «Ак-Суу».\n');
    // (The quotation is no title; the talk after "об" past the dash is one since 2026-12-04 late, as under a talks' label.)
    expect(heard.presentations).toEqual(['экологических проблемах озера']);
    expect(pairs(heard.speakers)).toEqual([
      ['Исаеву М.К.', ['эксперта экологического движения «Бирге»']],
      ['Ким С.', ['директора филиала «Ак-Суу»']],
    ]);
    // Farms, firms, the press, commissions.
    const press = parseMinutes('T\n\nSpeakers:\n- Asanov Bolot, head of the farm “Ak-Jol”;\n- Bekova Aida, editor of the magazine “Zamana”.\n');
    expect(press.presentations).toEqual([]);
    expect(pairs(press.speakers)).toEqual([
      ['Asanov Bolot', ['head of the farm “Ak-Jol”']],
      ['Bekova Aida', ['editor of the magazine “Zamana”']],
    ]);
    const farms = parseMinutes('Протокол\n\nВыступили:\n- Асанов Болот, глава К/Х «Ак-Жол»;\n- Бекова Аида, редактор журнала «Замана»;\n- Ким Олег, член комиссии «Чистая вода».\n');
    expect(farms.presentations).toEqual([]);
    expect(pairs(farms.speakers)).toEqual([
      ['Асанов Болот', ['глава К/Х «Ак-Жол»']],
      ['Бекова Аида', ['редактор журнала «Замана»']],
      ['Ким Олег', ['член комиссии «Чистая вода»']],
    ]);
    // Negative: a talk after such a word's organisation is still a talk.
    expect(value(presentations, 'T\n\nBekova Aida, editor of the magazine “Zamana”, presented “Media literacy”.')).toEqual(['Media literacy']);
    // The short forms "PF" (public foundation), "PA" (public association), "CSO", in a table's cell too.
    const table = parseMinutes('T\n\nSpeakers:\n\n| No | Full name | Position |\n| --- | --- | --- |\n| 1 | Isakova Aida | lawyer of PF “Adilet” |\n| 2 | Asanov Bolot | head of PA “Jashtyk” |\n');
    expect(table.presentations).toEqual([]);
    expect(pairs(table.speakers)).toEqual([
      ['Isakova Aida', ['lawyer of PF “Adilet”']],
      ['Asanov Bolot', ['head of PA “Jashtyk”']],
    ]);
    // A clinic, council, ministry … is an organisation too, and the quotation stays in the speaker's role.
    const text = 'T\n\nThen Aizada Toktosunova, lawyer of the legal clinic "Adilet", spoke about inheritance rights of women.';
    expect(value(presentations, text)).toEqual([]);
    expect(nameAndRoles(text)).toEqual([['Aizada Toktosunova', ['lawyer of the legal clinic "Adilet"']]]);
    expect(parseMinutes('Т\n\nСлово предоставили юристу юридической клиники «Адилет», она представила доклад «Права женщин».').presentations).toEqual(['Права женщин']);
    // In Russian, after a position that governs the instrumental, or in the prepositional.
    const ru = parseMinutes('Отчет\n\nС докладами выступили: заведующая юридической клиникой «Адилет» Маматова Гульнара Кадыровна («Бесплатная юридическая помощь»), адвокат Усенов Эрлан («Права задержанных»).');
    expect(ru.presentations).toEqual(['Бесплатная юридическая помощь', 'Права задержанных']);
    expect(ru.speakers.map((s) => [s.name.full, s.roles])).toEqual([['Маматова Гульнара Кадыровна', ['заведующая юридической клиникой «Адилет»']], ['Усенов Эрлан', ['адвокат']]]);
    expect(parseMinutes('Отчет\n\nС докладом «Права женщин» выступила Асанова Айгуль, юрист в центре «Ынтымак».').presentations).toEqual(['Права женщин']);
  });
  it('skips a quotation followed by the kind of organisation it names ("“Youth of Osh” public association")', () => {
    const text = 'T\n\nSpeakers:\n- Ms. Zhumabaeva Ainura, psychologist, "Youth of Osh" public association;\n- Mr. Sadykov Erkin, lawyer – “Rights of believers”.';
    expect(value(presentations, text)).toEqual(['Rights of believers']);
    expect(nameAndRoles(text)).toEqual([
      ['Zhumabaeva Ainura', ['psychologist', '"Youth of Osh" public association']],
      ['Sadykov Erkin', ['lawyer']],
    ]);
    expect(parseMinutes('Т\n\nВыступили:\n- Жумабаева Айнура, психолог, «Молодежь Оша» общественное объединение;\n- Садыков Эркин, юрист.').presentations).toEqual([]);
    // Enterprises and companies named by their abbreviations: "МП «Водоканал»", "ОАО «…»", "JSC “…”".
    const r = parseMinutes('Т\n\nВыступили:\n1. Исакова Динара, директор МП «Водоканал» – с информацией «О состоянии водопроводных сетей»;\n2. Бекова Аида, юрист ОАО «Кыргызтелеком».');
    expect(r.presentations).toEqual(['О состоянии водопроводных сетей']);
    expect(pairs(r.speakers)).toEqual([
      ['Исакова Динара', ['директор МП «Водоканал»']],
      ['Бекова Аида', ['юрист ОАО «Кыргызтелеком»']],
    ]);
    expect(value(presentations, 'T\n\nSpeakers:\n- Asel Bekova, lawyer of JSC “Kyrgyztelecom”;\n- Aibek Tashiev, expert – “Tariffs”.')).toEqual(['Tariffs']);
    // A quotation right after a person's position and "of" names their workplace ("expert of “Transparency Kyrgyzstan”").
    const workplaceText = 'T\n\nTemirbekov Aidar, expert of "Transparency Kyrgyzstan", presented the report "Procurement monitoring 2021".';
    expect(value(presentations, workplaceText)).toEqual(['Procurement monitoring 2021']);
    expect(nameAndRoles(workplaceText)).toEqual([['Temirbekov Aidar', ['expert of "Transparency Kyrgyzstan"']]]);
    // Or after an organisation's word and "of" (translated minutes: "the director of Talas branch of “Aiyl Bank” Usenov M.").
    const branch = parseMinutes('T\n\nSpeakers with reports:\n- the chief of Talas tax management Dzhumabekov K.;\n- the director of Talas branch of "Aiyl Bank" Usenov M.');
    expect(branch.presentations).toEqual([]);
    expect(pairs(branch.speakers)).toEqual([
      ['Dzhumabekov K.', ['chief of Talas tax management']],
      ['Usenov M.', ['director of Talas branch of "Aiyl Bank"']],
    ]);
    // Negative: after a word that is no position, "of" leads to a title ("the presentation of “Results”").
    expect(value(presentations, 'T\n\nThe presentation of “Results of the survey” followed.')).toEqual(['Results of the survey']);
  });
  it('takes the talk titles of a "Presenters:" list, not organisations or bare presenters', () => {
    const text = 'T\n\n**Presenters:**\n• Osmonov K.T. – chief specialist, on "Legal employment abroad";\n• Abdieva Nurgul, head of NGO “Bilim”;\n• Sadykova Aida, lawyer, on «Rights of migrant workers».';
    expect(value(presentations, text)).toEqual(['Legal employment abroad', 'Rights of migrant workers']);
    expect(nameAndRoles(text)).toEqual([
      ['Osmonov K.T.', ['chief specialist']],
      ['Abdieva Nurgul', ['head of NGO “Bilim”']],
      ['Sadykova Aida', ['lawyer']],
    ]);
  });
  it('in a speakers list, the quotation outside the presenter’s brackets is the title; one inside names the workplace', () => {
    const text = 'T\n\n## Speakers\n\n- Erkin Toktorov (head of the tourism department): "Tourism potential of Talas region".\n- Dinara Osmonova (director of the "Manas Ordo" museum complex): "Cultural heritage and tourism".';
    expect(value(presentations, text)).toEqual(['Tourism potential of Talas region', 'Cultural heritage and tourism']);
    // Speakers read the titles presentations found: the whole pipeline.
    expect(pairs(parseMinutes(text).speakers)).toEqual([
      ['Erkin Toktorov', ['head of the tourism department']],
      ['Dinara Osmonova', ['director of the "Manas Ordo" museum complex']],
    ]);
  });
  it('a quotation inside the brackets is still the title when it is the only one ("Name (presentation “Title”)")', () => {
    expect(value(presentations, 'T\n\nSpeakers:\n- Erkin Toktorov (presentation “Tourism potential”)\n- Aida Sultanova (lawyer)')).toEqual(['Tourism potential']);
  });
  it('takes italic titles, or the side of a dash without the presenter, from a presentations list', () => {
    const text = 'T\n\n### 2. Presentations\n\n- *Reintegration programmes* — Kanat Sadyrov, IOM\n- Access to jobs for returnees – Meerim Toktorova, employment service\n- Migration and the family';
    expect(value(presentations, text)).toEqual(['Reintegration programmes', 'Access to jobs for returnees', 'Migration and the family']);
    // Speakers read the titles presentations found (they run after it in the pipeline).
    expect(pairs(parseMinutes(text).speakers)).toEqual([
      ['Kanat Sadyrov', ['IOM']],
      ['Meerim Toktorova', ['employment service']],
    ]);
  });
  it('takes the quoted talk titles of a speakers list, not organisations before or after a quote', () => {
    expect(value(presentations, 'T\n\nSpeakers:\n\n1. Aibek Tashiev, director of “Nur” LLC;\n2. «Migration and health» – Turdubaev E.K., doctor;\n3. Aida Bekova, head of NGO “Bilim”.')).toEqual([
      'Migration and health',
    ]);
  });
  it('is empty when nothing was presented', () => {
    expect(value(presentations, 'T\n\nThe principle “Batken is the center” was discussed.')).toEqual([]);
  });
});

describe('suggestions', () => {
  it('with no numbers, a paragraph each of one sentence under an announcement or a label alone ("Suggestions made:" / "" / "To create …." / "" / "To stop ….")', () => {
    // (They had given none.)
    const sug = (t: string) => parseMinutes(`Open dialogue platform\n\n${t}`).suggestions.map((x) => [x.number, x.text]);
    expect(sug('Suggestions made:\n\nTo create a concept for the region.\n\nTo stop migration.\n\nTo raise pensions.')).toEqual([[1, 'To create a concept for the region'], [2, 'To stop migration'], [3, 'To raise pensions']]);
    expect(sug('## Recommendations\n\nCreate a concept for the region.\n\nStop migration.')).toEqual([[1, 'Create a concept for the region'], [2, 'Stop migration']]);
    expect(sug('Suggestions made:\n\nTo create a concept.\n\nTo stop migration.\n\nThe meeting was closed by the moderator.')).toEqual([[1, 'To create a concept'], [2, 'To stop migration']]);
    // Negatives: one paragraph alone, a paragraph of several lines, or one that reports speech gives none.
    expect(sug('Suggestions made:\n\nTo create a concept.')).toEqual([]);
    expect(sug('Suggestions made:\n\nThe participants made many proposals\non the concept and on migration.\n\nThey were noted.')).toEqual([]);
    expect(sug('Suggestions made:\n\nTo create a concept.\n\nAsanov noted that the concept is needed.\n\nTo stop migration.')).toEqual([]);
  });
  it.each(['#1 … #2', 'A) … B)', '1.) … 2.)', '[1] … [2]', '1: … 2:', 'I) … II)'])('more markers: %s', (markers) => {
    const [first, second] = markers.split(' … ').map((m) => m.replace('…', ''));
    const r = parseMinutes(`# T\n\nSuggestions made:\n${first} To build roads;\n${second} To repair schools.\n`);
    expect(r.suggestions).toEqual([
      { number: 1, text: 'To build roads' },
      { number: 2, text: 'To repair schools' },
    ]);
  });
  it.each(['The participants asked to:', 'The participants called for the following:'])('announced by what the participants asked or called for: %s', (line) => {
    expect(value(suggestions, `T\n\n${line}\n\n1. to create a concept;\n2. to stop migration.`)).toEqual([
      { number: 1, text: 'to create a concept' },
      { number: 2, text: 'to stop migration' },
    ]);
  });
  it.each(['Было решено:', 'Участники попросили:', 'Участники призвали:', 'Участники обратились с просьбой:'])('in Russian too: %s', (line) => {
    expect(parseMinutes(`Открытая диалоговая площадка\n\n${line}\n\n1. создать концепцию;\n2. остановить миграцию.\n`).suggestions).toEqual([
      { number: 1, text: 'создать концепцию' },
      { number: 2, text: 'остановить миграцию' },
    ]);
  });
  it('negative: a speaker who asked or called for something announces no list that follows a heading of its own', () => {
    expect(value(suggestions, 'T\n\nAsanov Bolot, expert, called for more funding.\n\n## Programme\n\n1. Opening\n2. Panel')).toEqual([]);
  });
  it('negative: a time is no marker ("10:00 Opening"), nor a year', () => {
    expect(parseMinutes('# T\n\nSuggestions made:\n10:00 Opening\n2021: Results\n').suggestions).toEqual([]);
  });
  it('items parted by semicolons after a label, numbered as bullets are', () => {
    expect(value(suggestions, 'T\n\nSuggestions made: to create a concept; to stop migration, internal and external; to raise personnel issues.')).toEqual([
      { number: 1, text: 'to create a concept' },
      { number: 2, text: 'to stop migration, internal and external' },
      { number: 3, text: 'to raise personnel issues' },
    ]);
  });
  it('items numbered with no mark after the number ("1 To create …"), as a run from 1', () => {
    expect(value(suggestions, 'T\n\nSUGGESTIONS:\n\n1 To create a concept.\n2 To stop migration.')).toEqual([
      { number: 1, text: 'To create a concept' },
      { number: 2, text: 'To stop migration' },
    ]);
  });
  it('negative: a bare number that does not go on the run, or in a list numbered otherwise, opens no item', () => {
    expect(value(suggestions, 'T\n\nSuggestions:\n2021 Results were poor.')).toEqual([]);
    expect(value(suggestions, 'T\n\nSuggestions made:\n1. To create a concept.\n2 women objected.\n3. To stop migration.').map((s) => s.number)).toEqual([1, 3]);
  });
  it('an item numbered inside running text ends before the "and" that joins the next ("(2) train staff and (3) …")', () => {
    // (It had kept the "and": "train staff and".)
    expect(value(suggestions, 'T\n\nThe participants made the following suggestions: (1) open a centre, (2) train staff and (3) publish leaflets.')).toEqual([
      { number: 1, text: 'open a centre' },
      { number: 2, text: 'train staff' },
      { number: 3, text: 'publish leaflets' },
    ]);
    expect(parseMinutes('Протокол\n\nПредложения: 1) открыть центр, 2) обучить персонал и 3) издать листовки.\n').suggestions.map((s) => s.text)).toEqual(['открыть центр', 'обучить персонал', 'издать листовки']);
    // Negative: "and" inside an item stays, and so does a word that only ends in the letters ("Osh and Batken", "brand").
    expect(value(suggestions, 'T\n\nSuggestions: 1) open centres in Osh and Batken; 2) protect the brand.').map((s) => s.text)).toEqual(['open centres in Osh and Batken', 'protect the brand']);
  });
  it('items opened by ordinal words inside running text ("first, …; second, …", "Во-первых, …")', () => {
    const want = [
      { number: 1, text: 'to create a concept' },
      { number: 2, text: 'to stop migration' },
    ];
    expect(value(suggestions, 'T\n\nSuggestions made: first, to create a concept; second, to stop migration.')).toEqual(want);
    expect(value(suggestions, 'T\n\nSuggestions made:\nFirst, to create a concept. Second, to stop migration.')).toEqual(want);
    // In a paragraph of its own under the announcement, a blank line away, or under a heading.
    expect(value(suggestions, 'T\n\nSuggestions made:\n\nFirst, to create a concept. Second, to stop migration.')).toEqual(want);
    expect(value(suggestions, 'T\n\n## Recommendations\n\nFirst, to create a concept. Second, to stop migration.\n\nThe meeting closed.')).toEqual(want);
    expect(parseMinutes('Протокол\n\nПредложения участников:\n\nВо-первых, создать концепцию. Во-вторых, остановить миграцию.').suggestions).toEqual([
      { number: 1, text: 'создать концепцию' },
      { number: 2, text: 'остановить миграцию' },
    ]);
    expect(parseMinutes('Протокол\n\nПредложения: во-первых, создать концепцию; во-вторых, остановить миграцию.').suggestions).toEqual([
      { number: 1, text: 'создать концепцию' },
      { number: 2, text: 'остановить миграцию' },
    ]);
  });
  it('negative: an ordinal word that opens no clause, or one alone, numbers nothing', () => {
    expect(value(suggestions, 'T\n\nSuggestions made: to create a concept, first of all, and a second plan.')).toEqual([]);
    expect(value(suggestions, 'T\n\nSuggestions made:\nFirst, to create a concept.')).toEqual([]);
    // Nor a paragraph under the announcement that does not open with the first ("second" inside a sentence).
    expect(value(suggestions, 'T\n\nSuggestions made:\n\nThe second plan is old. First, it costs too much.')).toEqual([]);
    expect(value(suggestions, 'T\n\nSuggestions made:\n\nFirst, the moderator thanked everyone.')).toEqual([]);
  });
  it('a short sentence that announces suggestions before its colon lists them between semicolons, as a label does', () => {
    expect(value(suggestions, 'T\n\nThe participants proposed: to ban plastic bags on the beaches; to build waste sorting points; to hold a clean-up day.')).toEqual([
      { number: 1, text: 'to ban plastic bags on the beaches' },
      { number: 2, text: 'to build waste sorting points' },
      { number: 3, text: 'to hold a clean-up day' },
    ]);
    expect(parseMinutes('Открытая диалоговая площадка\n\nУчастники предложили: запретить пакеты; построить пункты сортировки.').suggestions).toEqual([
      { number: 1, text: 'запретить пакеты' },
      { number: 2, text: 'построить пункты сортировки' },
    ]);
    // Negatives: a clause about a proposal, a sentence before the announcement, and one item are no such list.
    expect(value(suggestions, 'T\n\nThe proposal was discussed: it was useful; it was costly.')).toEqual([]);
    // (In Russian too, by the copula's forms, and the announcement after it is still read.)
    expect(parseMinutes('Открытая диалоговая площадка\n\nПредложение было обсуждено: оно полезно; его поддержали все.\n\nУчастники предложили: построить дорогу; отремонтировать школу.').suggestions).toEqual([
      { number: 1, text: 'построить дорогу' },
      { number: 2, text: 'отремонтировать школу' },
    ]);
    expect(value(suggestions, 'T\n\nMany spoke. The participants proposed: to ban bags; to build points.')).toEqual([]);
    expect(value(suggestions, 'T\n\nThe participants proposed: to ban bags.')).toEqual([]);
  });
  it('negative: one item, a semicolon in brackets, or a sentence with semicolons is no such list', () => {
    expect(value(suggestions, 'T\n\nSuggestions made: to create a concept.')).toEqual([]);
    expect(value(suggestions, 'T\n\nSuggestions made: to create a concept (see annex; page 2).')).toEqual([]);
    expect(value(suggestions, 'T\n\nThe participants suggested to create a concept; others disagreed; no decision was taken.')).toEqual([]);
  });
  it.each([
    ['Suggestions made:\n\n1. one;\n2. two.'],
    ['Recommendations:\n1) one;\n2) two'],
    ['## Decisions\n\na) one;\nb) two.'],
    ['It was resolved:\n(1) one;\n(2) two.'],
    ['It was resolved:\n1] one;\n2] two.'],
    ['Proposals: 1) one; 2) two.'],
    ['Suggestions made:\n\nI. one;\nII. two.'],
    ['Suggestions made:\n\n1. one; 2. two.'],
  ])('%s', (text) => {
    expect(value(suggestions, `T\n\n${text}`)).toEqual([
      { number: 1, text: 'one' },
      { number: 2, text: 'two' },
    ]);
  });
  it('reads a numbered run that a colon opens in the middle of a sentence', () => {
    expect(value(suggestions, 'T\n\nFollowing the discussion, the participants proposed: 1) to strengthen work with parents; 2) to organize meetings in schools.')).toEqual([
      { number: 1, text: 'to strengthen work with parents' },
      { number: 2, text: 'to organize meetings in schools' },
    ]);
    // And a run of ordinal words after the colon.
    expect(value(suggestions, 'T\n\nThe following proposals were voiced: first, to create a youth centre; second, to allocate grants; third, to hold fairs.')).toEqual([
      { number: 1, text: 'to create a youth centre' },
      { number: 2, text: 'to allocate grants' },
      { number: 3, text: 'to hold fairs' },
    ]);
    expect(parseMinutes('Протокол\n\nУчастники предложили: во-первых, открыть молодёжный центр; во-вторых, выделить гранты.').suggestions.map((x) => x.text)).toEqual(['открыть молодёжный центр', 'выделить гранты']);
    // Negative: an ordinal word after a colon that opens no run ("second" never follows) is no list.
    expect(value(suggestions, 'T\n\nThe participants proposed: first, to create a youth centre.')).toEqual([]);
  });
  it('joins continuation lines', () => {
    expect(value(suggestions, 'Decisions:\n1. To repair the canal,\n   with support.\n2. Two.')).toEqual([
      { number: 1, text: 'To repair the canal, with support' },
      { number: 2, text: 'Two' },
    ]);
  });
  it('keeps the numbers as printed', () => {
    expect(value(suggestions, 'Suggestions:\n3. three\n4. four').map((s) => s.number)).toEqual([3, 4]);
  });
  it('reads Roman numerals only as a run from I: an initial is no item number', () => {
    expect(value(suggestions, 'Recommendations:\nIII. three\nIV. four').map((s) => s.number)).toEqual([]);
    expect(value(suggestions, 'Recommendations:\nI. one\nII. two\nIII. three\nIV. four\nV. five\nIX. nine').map((s) => s.number)).toEqual([1, 2, 3, 4, 5]);
    // Not item V: a line that is no item goes on the item before it.
    expect(value(suggestions, 'Recommendations:\n1. To support the school.\nV. Ivanov agreed.').map((s) => s.number)).toEqual([1]);
  });
  it('keeps one item whole when the numbers in it do not run on from its own', () => {
    expect(value(suggestions, 'Suggestions made:\n\n1. To allocate funds for 3) schools.')).toEqual([{ number: 1, text: 'To allocate funds for 3) schools' }]);
  });
  it('ignores a numbered list that is not announced as suggestions', () => {
    expect(value(suggestions, 'Agenda:\n1. Opening.\n2. Discussion.')).toEqual([]);
  });
});

describe('discussion', () => {
  it('a heading that names what was raised over a list or paragraphs gives them ("## Key issues raised"); problems and concerns are labels too', () => {
    // (A heading beyond the exact labels had given nothing: "## Key issues raised" / "* …"; "Problems identified:", "Основные проблемы:" too.)
    expect(value(discussion, 'T\n\n## Key issues raised\n\n* lack of youth representation\n* few jobs')).toEqual(['lack of youth representation', 'few jobs']);
    expect(value(discussion, 'T\n\n## Main questions raised by participants\n\nThe issue of roads was raised.\n\nThere is no water.\n\n## Recommendations\n\n1. Repair the roads.')).toEqual(['The issue of roads was raised', 'There is no water']);
    expect(value(discussion, 'T\n\nProblems identified:\n- old pipes\n- low tariffs')).toEqual(['old pipes', 'low tariffs']);
    expect(value(discussion, 'T\n\nKey concerns: old pipes; low tariffs.')).toEqual(['old pipes', 'low tariffs']);
    const ru = (t: string) => parseMinutes(`Открытая диалоговая площадка\n\n${t}`).discussion;
    expect(ru('Основные проблемы:\n- нехватка кадров\n- мало рабочих мест')).toEqual(['нехватка кадров', 'мало рабочих мест']);
    // Negatives: the points of an agenda are no issues, under a heading or a line that names it; a heading with no word of
    // the discussion gives nothing.
    expect(value(discussion, 'T\n\n## Issues of the agenda\n\n1. Opening.\n2. Migration.')).toEqual([]);
    expect(value(discussion, 'T\n\nQuestions on the agenda:\n1. Opening.\n2. Migration.')).toEqual([]);
    expect(ru('Вопросы повестки дня:\n1. Открытие.\n2. Миграция.')).toEqual([]);
    expect(value(discussion, 'T\n\n## Background\n\n* old pipes\n* low tariffs')).toEqual([]);
  });
  it('lists the items after "Issues discussed:"', () => {
    expect(value(discussion, 'T\n\nIssues discussed:\n- roads\n- water')).toEqual(['roads', 'water']);
  });
  it('is empty when nothing was discussed', () => {
    expect(value(discussion, 'T\n\nThe meeting ended.')).toEqual([]);
  });
  it('a Russian paragraph that reports it in another case of the noun ("В ходе обсуждения …", "в ходе дискуссии")', () => {
    // (It had given none.)
    const text = 'В ходе обсуждения жители говорили о перебоях с подачей воды и о высоких тарифах.';
    expect(parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).discussion).toEqual([text.slice(0, -1)]);
    expect(parseMinutes('Открытая диалоговая площадка\n\nВ ходе дискуссии участники говорили о дорогах.\n').discussion).toEqual(['В ходе дискуссии участники говорили о дорогах']);
    // Negatives: who took part in the discussion are no groups of participants, and a named speaker's words are his.
    const took = parseMinutes('Открытая диалоговая площадка\n\nДепутаты и активисты приняли участие в обсуждении.\n');
    expect(took.participants).toBeNull();
    const named = parseMinutes('Открытая диалоговая площадка\n\nВ ходе обсуждения Асанов Бакыт, фермер, рассказал о воде.\n');
    expect([named.discussion, pairs(named.speakers)]).toEqual([[], [['Асанов Бакыт', ['фермер']]]]);
  });
  it('takes the issues between semicolons after a label or a discussing paragraph’s colon', () => {
    expect(value(discussion, 'T\n\nDuring discussions the participants raised the following issues: low participation in budget hearings; lack of information about the budget.')).toEqual([
      'low participation in budget hearings',
      'lack of information about the budget',
    ]);
    expect(value(discussion, 'T\n\nIssues discussed: roads; water; schools.')).toEqual(['roads', 'water', 'schools']);
    // Negative: one issue after the colon, or none listed, leaves the whole paragraph or content.
    expect(value(discussion, 'T\n\nIssues discussed: roads and water.')).toEqual(['roads and water']);
    expect(value(discussion, 'T\n\nThe participants discussed the budget: it was too small.')).toEqual(['The participants discussed the budget: it was too small']);
  });
  it('takes the list a discussing paragraph introduces, but not an agenda point', () => {
    expect(value(discussion, 'T\n\nThe participants discussed the following issues:\n\n- lack of jobs;\n- high prices of tickets.\n\nThe end.')).toEqual([
      'lack of jobs',
      'high prices of tickets',
    ]);
    expect(value(discussion, 'T\n\nAgenda:\n1. Opening.\n2. Discussion.\n3. Closing.')).toEqual([]);
  });
  it('an agenda point "Discussion" with no colon holds only the list indented under it, not the points after it', () => {
    expect(value(discussion, 'T\n\nAgenda:\n1. Opening\n2. Discussion\n3. Recommendations\n')).toEqual([]);
    expect(value(discussion, 'T\n\nAgenda:\n1. Opening\n2. Discussion\n   - roads\n   - water\n3. Closing\n')).toEqual(['roads', 'water']);
    // As the agenda's last point, neither is the paragraph after it ("Proceedings", the report's next part).
    expect(value(discussion, 'T\n\nAgenda:\n1. Opening remarks\n2. Discussion\n\nProceedings\n\nThe meeting opened.\n')).toEqual([]);
    expect(value(discussion, 'T\n\nAgenda:\n1. Opening remarks\n2. Discussion\n\nThe meeting opened.\n')).toEqual([]);
    // Negative: with a colon, or as a line of its own, the items after it are the issues.
    expect(value(discussion, 'T\n\n1. Opening\n2. Discussion:\n- roads\n- water\n')).toEqual(['roads', 'water']);
    expect(value(discussion, 'T\n\nDiscussion\n- roads\n- water\n')).toEqual(['roads', 'water']);
    expect(value(discussion, 'T\n\n## Discussion\n\nThe participants raised the issue of roads.\n')).toEqual(['The participants raised the issue of roads']);
    expect(value(discussion, 'T\n\n- Discussion: roads; water\n')).toEqual(['roads', 'water']);
  });
  it('takes the list after "the participants spoke about:", but not a speech without one', () => {
    expect(value(discussion, 'T\n\nDuring the discussion, the participants spoke about:\n\n* the lack of courses;\n* low wages.\n\nThe end.')).toEqual([
      'the lack of courses',
      'low wages',
    ]);
    expect(value(discussion, 'T\n\nDuring the discussion, Ms. Asel Tokonova spoke about the courses.')).toEqual([]);
    expect(value(discussion, 'T\n\nDuring the discussion, Ms. Asel Tokonova spoke about the following:\n\nThe end.')).toEqual([]);
  });
  it('a speech with no one named is the participants\' discussion ("Participants asked questions about …")', () => {
    expect(value(discussion, 'T\n\nParticipants asked questions about the tariffs, the quality of water and the schedule.')).toEqual(['Participants asked questions about the tariffs, the quality of water and the schedule']);
    // Negative: one who is named speaks for themselves.
    expect(value(discussion, 'T\n\nAsanov Bolot asked questions about the tariffs.')).toEqual([]);
  });
});

describe('speakers: roles written before the name, and relative clauses', () => {
  it('takes the words after the last cue as the role of the name that follows', () => {
    expect(nameAndRoles('T\n\nThe meeting was opened by the deputy mayor of Osh city Tashiev A.B., who noted the importance of the dialogue.')).toEqual([['Tashiev A.B.', ['deputy mayor of Osh city']]]);
  });
  it('past the title the cue names and the fillers after it ("With the report “X” has acted the head of … Name")', () => {
    expect(nameAndRoles('T\n\nWith the report "The state of pastures" has acted the head of regional department of pastures Zhumabekov Asan Toktogulovich.')).toEqual([
      ['Zhumabekov Asan Toktogulovich', ['head of regional department of pastures']],
    ]);
    // Negative: with nothing between the title and the name, the name has no role.
    expect(nameAndRoles('T\n\nWith the report "The state of pastures" Zhumabekov Asan Toktogulovich spoke.')).toEqual([['Zhumabekov Asan Toktogulovich', []]]);
  });
  it('keeps a sentence-initial word out of a name', () => {
    expect(nameAndRoles('T\n\nThen Sultanov Marat Kubanychbekovich, expert of the Ministry, presented the report.')).toEqual([['Sultanov Marat Kubanychbekovich', ['expert of the Ministry']]]);
  });
  it('reads more speech verbs as cues: "shared", "explained", "поделилась" … (lexicon data)', () => {
    expect(nameAndRoles('T\n\nNext, the director of the school No. 5 Asanova Jyldyz shared the results of the survey.')).toEqual([['Asanova Jyldyz', ['director of the school No. 5']]]);
    expect(pairs(parseMinutes('# Т\n\nЗатем директор школы № 5 Асанова Жылдыз поделилась результатами опроса.\n').speakers)).toEqual([['Асанова Жылдыз', ['директор школы № 5']]]);
  });
  it('negative: a speech verb with no one named gives no speaker', () => {
    expect(nameAndRoles('T\n\nParticipants shared their opinions on the budget and explained their needs.')).toEqual([]);
  });
});

describe('region in an all-capitals title', () => {
  it('reads the name as written', () => {
    expect(value(region, 'OPEN DIALOGUE PLATFORM IN NARYN REGION ON THE TOPIC "BUDGETS"')).toBe('NARYN');
    expect(value(region, 'Round table in Osh Oblast')).toBe('Osh');
    expect(value(region, 'Open Dialogue Platform In Osh Region')).toBe('Osh');
    expect(value(region, 'Meeting in Issyk Kul region')).toBe('Issyk Kul');
  });
  it('a Russian adjective form in capitals gives the name as written, without its ending', () => {
    expect(parseMinutes('ОТКРЫТАЯ ДИАЛОГОВАЯ ПЛОЩАДКА В ОШСКОЙ ОБЛАСТИ НА ТЕМУ «МОЛОДЕЖЬ»\n\nТекст.').region).toBe('ОШ');
    expect(parseMinutes('ПРОТОКОЛ\n\nг. Кызыл-Кия БАТКЕНСКОЙ ОБЛАСТИ, 12 мая 2021 г.\n\nТекст.').region).toBe('БАТКЕН');
    // Negative: a name that only ends like one keeps its letters ("ЧУЙ ОБЛАСТЬ" has no ending to drop).
    expect(parseMinutes('ОТКРЫТАЯ ДИАЛОГОВАЯ ПЛОЩАДКА, ЧУЙ ОБЛАСТЬ\n\nТекст.').region).toBe('ЧУЙ');
  });
});

describe('lists typed without markers under a line that speaks of talks', () => {
  const lines = ['Keldibekov Nurlan, head physician of the district hospital – “Staffing of rural health facilities”;', 'Sultanova Mairam, family doctor – “Primary health care in villages”.'];
  const want = {
    speakers: [
      ['Keldibekov Nurlan', ['head physician of the district hospital']],
      ['Sultanova Mairam', ['family doctor']],
    ],
    presentations: ['Staffing of rural health facilities', 'Primary health care in villages'],
  };
  const read = (text: string) => {
    const record = parseMinutes(text);
    return { speakers: pairs(record.speakers), presentations: record.presentations };
  };
  it('each line under "Speeches:", "Presentations:" or "Reports:" is an item: its speaker and its talk', () => {
    for (const head of ['Speeches:', 'Presentations:', 'Reports:', 'The following reports were made:']) {
      expect(read(`Open dialogue platform\n\n${head}\n${lines.join('\n')}\n`), head).toEqual(want);
    }
  });
  it('in minutes typed one paragraph per line, the lines right under it while each ends with ";"', () => {
    const text = ['Open dialogue platform', 'Moderator: Abdyrov Tolonbek', 'Speeches:', ...lines, 'The participants discussed the roads.', 'Suggestions:', '1. To build a road.'].join('\n');
    expect(read(text)).toEqual(want);
    expect(parseMinutes(text).discussion).toEqual(['The participants discussed the roads']);
  });
  it('negative: a label’s value on two lines stays one value', () => {
    const record = parseMinutes('Open dialogue platform\n\nModerator:\nAbdyrov Tolonbek Shakirovich, chairman of the Council.\nDoctor of Economics.\n\nPurpose:\nTo build trust.\nTo discuss migration.\n');
    expect(record.moderator?.name.full).toBe('Abdyrov Tolonbek Shakirovich');
    expect(record.purpose).toBe('To build trust. To discuss migration');
    // Nor are lines that do not end as items do (a wrapped sentence).
    expect(read('Open dialogue platform\n\nSpeeches:\nKeldibekov Nurlan, head physician of the district\nHospital, spoke about “Staffing”.\n').speakers).toEqual([['Keldibekov Nurlan', ['head physician of the district Hospital']]]);
  });
});

describe('speakers: entries of lines, a name over its role over its talk', () => {
  it('a quotation alone on its line is the talk, no part of the role ("SULTANOV Bakyt" / "Director of …" / "“Youth unemployment …”")', () => {
    // (The quotations had gone into the roles, and "KIM Olga" over a capitalised position had been no name.)
    const text = 'OPEN DIALOGUE PLATFORM\n\nSpeakers:\nSULTANOV Bakyt\nDirector of the Naryn employment centre\n"Youth unemployment in Naryn region"\n\nKIM Olga\nCoordinator of the UNDP project\n"Start-up grants for young people"\n\nSuggestions:\n1. Open a business incubator.\n';
    const r = parseMinutes(text);
    expect(pairs(r.speakers)).toEqual([
      ['SULTANOV Bakyt', ['Director of the Naryn employment centre']],
      ['KIM Olga', ['Coordinator of the UNDP project']],
    ]);
    expect(r.presentations).toEqual(['Youth unemployment in Naryn region', 'Start-up grants for young people']);
    // Bold names, a paragraph to each entry after a label alone; and in Russian.
    const bold = parseMinutes('T\n\nSpeakers:\n\n**Sultanov Bakyt**\nDirector of the Naryn employment centre\n“Youth unemployment”\n\n**Kim Olga**\nCoordinator of the UNDP project\n«Start-up grants».\n');
    expect([pairs(bold.speakers), bold.presentations]).toEqual([
      [['Sultanov Bakyt', ['Director of the Naryn employment centre']], ['Kim Olga', ['Coordinator of the UNDP project']]],
      ['Youth unemployment', 'Start-up grants'],
    ]);
    const ru = parseMinutes('Открытая диалоговая площадка\n\nВыступили:\nСултанов Бакыт\nдиректор Нарынского центра занятости\n«Безработица среди молодёжи»\n\nКим Ольга\nкоординатор проекта ПРООН\n«Гранты для молодёжи»\n');
    expect([pairs(ru.speakers), ru.presentations]).toEqual([
      [['Султанов Бакыт', ['директор Нарынского центра занятости']], ['Ким Ольга', ['координатор проекта ПРООН']]],
      ['Безработица среди молодёжи', 'Гранты для молодёжи'],
    ]);
  });
  it('negatives: a quotation after "of" on the line before goes on it; one inside a line stays where it was; prose after the entries is no entry', () => {
    const of = parseMinutes('T\n\nSpeakers:\nSultanov Bakyt\ndirector of\n“Aikol”\n');
    expect([pairs(of.speakers), of.presentations]).toEqual([[['Sultanov Bakyt', ['director of “Aikol”']]], []]);
    const inline = parseMinutes('T\n\nSpeakers:\nSultanov Bakyt\ndirector of the NGO “Aikol”\n');
    expect([pairs(inline.speakers), inline.presentations]).toEqual([[['Sultanov Bakyt', ['director of the NGO “Aikol”']]], []]);
    const prose = parseMinutes('T\n\nSpeakers:\nSultanov Bakyt\nexpert\n\nThe participants discussed\n“Youth 2030”\n');
    expect(prose.presentations).toEqual([]);
  });
});

describe('speakers: paragraphs that each open with a name, under "Speakers:"', () => {
  it('each is an entry: a bold name over its role, or a name and its roles on one line', () => {
    const text = 'T\n\nSpeakers:\n\n**Ormonova Kalipa**\ndirector of the inclusive resource centre\n\n**Tashiev Aibek Kubanychbekovich**\nhead of the town education department\n\nDiscussion. Parents of children spoke about Ramps and Teachers.';
    expect(nameAndRoles(text)).toEqual([
      ['Ormonova Kalipa', ['director of the inclusive resource centre']],
      ['Tashiev Aibek Kubanychbekovich', ['head of the town education department']],
    ]);
    expect(nameAndRoles('T\n\nSpeakers:\n\nOrmonova Kalipa, director of X.\n')).toEqual([['Ormonova Kalipa', ['director of X']]]);
  });
  it('so are those after the label\'s own paragraph, when the first entry stands under the label in it ("Speakers:" / "Name" / "role")', () => {
    expect(nameAndRoles('T\n\nSpeakers:\nAsanov Bolot\nhead of the migration department\n\nBekova Aida\nIOM expert\n\nKim Sergei\nlawyer\n\nSuggestions made:\n1. To build roads.\n')).toEqual([
      ['Asanov Bolot', ['head of the migration department']],
      ['Bekova Aida', ['IOM expert']],
      ['Kim Sergei', ['lawyer']],
    ]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nВыступили:\nАсанов Болот\nначальник отдела\n\nБекова Аида\nэксперт МОМ\n').speakers)).toEqual([
      ['Асанов Болот', ['начальник отдела']],
      ['Бекова Аида', ['эксперт МОМ']],
    ]);
    // Negatives: not after a label with its value on its line, nor on past a paragraph that opens with no one.
    expect(nameAndRoles('T\n\nSpeakers: Asanov Bolot, head of the migration department.\n\nBekova Aida\nIOM expert\n')).toEqual([['Asanov Bolot', ['head of the migration department']]]);
    expect(nameAndRoles('T\n\nSpeakers:\nAsanov Bolot\nhead of X\n\nThe participants discussed roads.\n\nBekova Aida\nIOM expert\n')).toEqual([['Asanov Bolot', ['head of X']]]);
  });
  it.each([
    ['**Gulzat Mamytova (head of the family medicine centre):** The centre lacks doctors; three posts are vacant.', 'Gulzat Mamytova', 'head of the family medicine centre'],
    ['**Ruslan Kim, deputy mayor**: The town will offer housing to young doctors.', 'Ruslan Kim', 'deputy mayor'],
    // Negative: a bold name with no colon keeps the roles after it ("**Name**, role").
    ['**Ruslan Kim**, deputy mayor, spoke about housing.', 'Ruslan Kim', 'deputy mayor'],
  ])('a transcript\'s speaker in bold before a colon: the statement after it is no role (%s)', (statement, name, role) => {
    expect(nameAndRoles(`T\n\n## Statements\n\n${statement}\n`)).toEqual([[name, [role]]]);
  });
  it('and under "Presentations:", paragraphs that open with the talk, or name the speaker beside it', () => {
    for (const [head, entries] of [
      ['Presentations:', ['“Staffing of rural clinics” – Keldibekov Nurlan, head physician.', '“Primary care” – Sultanova Mairam, family doctor.']],
      ['Speakers:', ['Keldibekov Nurlan, head physician – “Staffing of rural clinics”.', 'Sultanova Mairam, family doctor – “Primary care”.']],
    ] as const) {
      const record = parseMinutes(`T\n\n${head}\n\n${entries.join('\n\n')}\n\nThe participants discussed “roads”.\n`);
      expect(pairs(record.speakers), head).toEqual([
        ['Keldibekov Nurlan', ['head physician']],
        ['Sultanova Mairam', ['family doctor']],
      ]);
      expect(record.presentations, head).toEqual(['Staffing of rural clinics', 'Primary care']);
    }
    // Negative: after the items of a list, a paragraph that speaks of talks is prose again, each quotation a title.
    expect(parseMinutes('T\n\nSpeakers:\n- Aida Omurbekova, head of X;\n- Ruslan Temirov, coordinator.\n\nAida Omurbekova presented the report "A". Ruslan Temirov spoke about "B".').presentations).toEqual(['A', 'B']);
  });
  it('negative: they end at a paragraph that opens with no one, or with a label', () => {
    expect(nameAndRoles('T\n\nSpeakers:\n\nOrmonova Kalipa, director of X.\n\nThe participants discussed roads.\n\nAsanov Bolot, head of Y, was absent.')).toEqual([['Ormonova Kalipa', ['director of X']]]);
    expect(nameAndRoles('T\n\nSpeakers:\n\nOrmonova Kalipa, director of X.\n\nModerator: Asanov Bolot, head of Y.')).toEqual([['Ormonova Kalipa', ['director of X']]]);
  });
});

describe('speakers in what a discussion label opens', () => {
  const names = (text: string) => parseMinutes(`Open dialogue platform in Osh region\n\nModerator: Asanov Bakyt.\n\n${text}\n`).speakers.map((p) => [p.name.full, p.roles]);
  it('a paragraph under "Discussion", wrapped mid-sentence, is read for who spoke (it is no other field\'s)', () => {
    // (Each had given no one once a line broke a sentence: the label's block was passed over as another field's.)
    expect(names('Discussion\nParticipants raised questions about unemployment\nand propaganda. Imam Abdullaev Rakhmatilla noted that religious\neducation should be regulated.')).toEqual([['Abdullaev Rakhmatilla', ['Imam']]]);
    expect(names('Discussion:\nImam Abdullaev Rakhmatilla noted that religious\neducation should be regulated.')).toEqual([['Abdullaev Rakhmatilla', ['Imam']]]);
    // As on one line.
    expect(names('Discussion: Imam Abdullaev Rakhmatilla noted that religious education should be regulated.')).toEqual([['Abdullaev Rakhmatilla', ['Imam']]]);
    // Negative: another field's label still keeps its block: a purpose names no speaker.
    expect(names('Purpose: Imam Abdullaev Rakhmatilla noted that religious\neducation should be regulated.')).toEqual([]);
  });
});

describe('speakers one per line', () => {
  it('a line break before a name ends the previous person’s roles', () => {
    expect(nameAndRoles('T\n\nThe following spoke:\nAibek Tashiev, head of the department of X\nNurlan Bekov, director of Y')).toEqual([
      ['Aibek Tashiev', ['head of the department of X']],
      ['Nurlan Bekov', ['director of Y']],
    ]);
  });

  it('a line that opens with a numbered label ("2nd speaker:") ends the roles above it', () => {
    const lines = '1st speaker: Duishenbek Kasymov, director of the basin water department.\n2nd speaker: Jyldyz Omurova, chair of the association.';
    expect(nameAndRoles(`T\n\n${lines}`)).toEqual([
      ['Duishenbek Kasymov', ['director of the basin water department']],
      ['Jyldyz Omurova', ['chair of the association']],
    ]);
  });

  it('negative: a line that opens with a number and no label goes on the sentence above', () => {
    expect(nameAndRoles('T\n\nThe floor was given to Duishenbek Kasymov, director of the department of\n2 districts of the region.')).toEqual([
      ['Duishenbek Kasymov', ['director of the department of 2 districts of the region']],
    ]);
  });
});

describe('names written family name first, then a comma', () => {
  it('"Abdyrov, Tolonbek Shakirovich" is one person, with the roles after the name', () => {
    const text = 'T\n\nModerator: Abdyrov, Tolonbek Shakirovich, chairman of the Coordination Council.\n\nSpeakers: Asanov, Bolot Maratovich (expert of IOM); Toktosunova, Elmira (lawyer).';
    expect(value(moderator, text)).toEqual({
      name: { full: 'Abdyrov, Tolonbek Shakirovich', given: 'Tolonbek', patronymic: 'Shakirovich', family: 'Abdyrov' },
      roles: ['chairman of the Coordination Council'],
    });
    expect(nameAndRoles(text)).toEqual([
      ['Asanov, Bolot Maratovich', ['expert of IOM']],
      ['Toktosunova, Elmira', ['lawyer']],
    ]);
  });

  it('negative: a family name, a comma and a title is a name and its role', () => {
    expect(nameAndRoles('T\n\nThe floor was given to Ms. Isakova, Head of the department of education.')).toEqual([['Isakova', ['Head of the department of education']]]);
  });
});

describe('a talk’s speaker named after its roles, between commas', () => {
  it('"The report of the director of X, Mr. Name, was devoted to …" gives the name that role', () => {
    const text = [
      'T',
      'The report of the director of the Employment Centre, Mr. Timur Isakov, was devoted to youth employment.',
      'The speech of the head of the Migration Department, Kanat Osmonov, concerned returnees.',
      'With a welcoming speech performed the deputy governor, Bolot Sadykov.',
    ].join('\n\n');
    expect(nameAndRoles(text)).toEqual([
      ['Timur Isakov', ['director of the Employment Centre']],
      ['Kanat Osmonov', ['head of the Migration Department']],
      ['Bolot Sadykov', ['deputy governor']],
    ]);
  });
  it('"The head of X, Name, expert of Y, spoke": a name with roles after it keeps the role before it too, where no one earlier could have it', () => {
    // (The role before had been lost.)
    expect(nameAndRoles('T\n\nThe head of the migration service, Sadykov Nurbek, expert of IOM, spoke.')).toEqual([['Sadykov Nurbek', ['head of the migration service', 'expert of IOM']]]);
    expect(nameAndRoles('T\n\nA speech was made by the head of the migration service, Sadykov Nurbek, doctor of law.')).toEqual([['Sadykov Nurbek', ['head of the migration service', 'doctor of law']]]);
    expect(nameAndRoles('T\n\n## Presentations\n\n* “Situation on the border” — Colonel\nSadykov Erkin, head of the border detachment.')).toEqual([['Sadykov Erkin', ['Colonel', 'head of the border detachment']]]);
    // Negatives: after a name in the same sentence the roles between are that one's (the seed's "Name1, expert of X,
    // member of Y, **Name2**, head of Z").
    expect(nameAndRoles('T\n\nA speech was made by Asanov Bolot, expert of X, member of Y, Kadyrova Aida, head of Z.')).toEqual([
      ['Asanov Bolot', ['expert of X', 'member of Y']],
      ['Kadyrova Aida', ['head of Z']],
    ]);
    expect(nameAndRoles('T\n\nThe roads are bad. Sadykov Nurbek, expert of IOM, spoke.')).toEqual([['Sadykov Nurbek', ['expert of IOM']]]);
  });

  it('what the cue acts on before the person is no role: "Opened the meeting the deputy minister X"', () => {
    expect(nameAndRoles('T\n\nOpened the meeting the deputy minister of digital development Asanov Bakyt Kadyrovich, who noted the importance of feedback.')).toEqual([
      ['Asanov Bakyt Kadyrovich', ['deputy minister of digital development']],
    ]);
    expect(pairs(parseMinutes('Т\n\nОткрыл встречу заместитель министра цифрового развития Асанов Бакыт Кадырович.').speakers)).toEqual([
      ['Асанов Бакыт Кадырович', ['заместитель министра цифрового развития']],
    ]);
  });
  it('a Russian speaker named again in another case is one speaker ("По словам Эрлана Осмонова")', () => {
    const sp = (t: string) => pairs(parseMinutes(t).speakers);
    expect(sp('Т\n\nДиректор ГП «Тундук» Осмонов Эрлан рассказал о системе. По словам Эрлана Осмонова, к системе подключено более 100 ведомств.')).toEqual([
      ['Осмонов Эрлан', ['Директор ГП «Тундук»']],
    ]);
    // Negative: another given name is another person; English names do not decline.
    expect(sp('Т\n\nВыступили Асанов Бакыт, аким района, и Асанова Айгуль, депутат.')).toEqual([
      ['Асанов Бакыт', ['аким района']],
      ['Асанова Айгуль', ['депутат']],
    ]);
    expect(sp('T\n\nSpeakers: Erlan Osmonov, director; Erlana Osmonova, lawyer.').length).toBe(2);
  });
  it('an honorific after a dash keeps the dash rule: "… of Osh - Mr. Name"', () => {
    const text = 'T\n\nWith an introduction speech performed the deputy mayor of Osh - Mr. Bolot Asanov, the head of the Migration Department - Ms. Aida Bekova, and the expert of IOM - Dr. Kanat Osmonov.';
    expect(nameAndRoles(text)).toEqual([
      ['Bolot Asanov', ['deputy mayor of Osh']],
      ['Aida Bekova', ['head of the Migration Department']],
      ['Kanat Osmonov', ['expert of IOM']],
    ]);
  });

  it('negative: what a speaker presented is no role of the next name in the sentence', () => {
    expect(nameAndRoles('T\n\nAlmaz Bekturov presented the results of the season, and Ainura Sadykova spoke about the new rules.')).toEqual([
      ['Almaz Bekturov', []],
      ['Ainura Sadykova', []],
    ]);
  });
});

describe('speakers named on a presentations label’s own line', () => {
  const people = (text: string) => pairs(parseMinutes(text).speakers);
  it('"Presentations: “Title” (Name, organisation); …" names the presenters', () => {
    const text = 'T\n\nPresentations: “Youth and jobs” (Aida Bekova, expert of ILO); “Skills for the future” – Nurlan Asanov, GIZ.';
    expect(people(text)).toEqual([
      ['Aida Bekova', ['expert of ILO']],
      ['Nurlan Asanov', ['GIZ']],
    ]);
    expect(parseMinutes(text).presentations).toEqual(['Youth and jobs', 'Skills for the future']);
    const ru = 'Т\n\nДоклады: «Молодежь и занятость» (Асанова Бермет, эксперт МОТ); «Навыки будущего» (Токтогулов Нурлан, GIZ).';
    expect(people(ru)).toEqual([
      ['Асанова Бермет', ['эксперт МОТ']],
      ['Токтогулов Нурлан', ['GIZ']],
    ]);
  });

  it('negative: titles in capitals with no quotes name no one', () => {
    expect(people('T\n\nPresentations: Digital Services in Osh; Green Economy of Naryn; Tourism Potential of Issyk-Kul.')).toEqual([]);
  });
});

describe('participants: words that point to a list kept elsewhere are no group', () => {
  it('"see the list in Annex 1", "according to the list (attached)", "согласно списку (прилагается)" give none; "(list attached)" after a group is no part of it', () => {
    // (They had been groups.)
    expect(parseMinutes('T\n\nParticipants: see the list in Annex 1.\n').participants).toBeNull();
    expect(parseMinutes('T\n\nParticipants: according to the list (attached).\n').participants).toBeNull();
    expect(parseMinutes('Т\n\nУчастники: согласно списку (прилагается).\n').participants).toBeNull();
    expect(parseMinutes('T\n\nParticipants: representatives of state bodies, NGOs (list attached).\n').participants?.groups).toEqual(['representatives of state bodies', 'NGOs']);
    expect(parseMinutes('Т\n\nУчастники: представители госорганов, НКО (список прилагается).\n').participants?.groups).toEqual(['представители госорганов', 'НКО']);
  });
  it('negative: a group that only holds such a word stays one ("attached institutions", "NGOs (attached to the ministry)")', () => {
    expect(parseMinutes('T\n\nParticipants: attached institutions, NGOs (attached to the ministry), schools.\n').participants?.groups).toEqual(['attached institutions', 'NGOs (attached to the ministry)', 'schools']);
  });
});

describe('participants: a count label joined to its number by a word', () => {
  it('reads "a total of 35" and "всего составило 35"', () => {
    expect(value(participants, 'T\n\nA total of 35 took part: 20 women, 15 men.')).toMatchObject({ total: 35, women: 20, men: 15 });
  });
});

describe('dates deep in a paragraph (chrono reads only the text around month names)', () => {
  const filler = 'The mayor said the participants may raise issues, and marked the agenda. '.repeat(12);
  it.each([
    [filler + 'The meeting was held on 27 March 2021 in Osh.', { text: '27 March 2021', year: 2021, month: 3, day: 27 }],
    [filler + 'It took place on March 8, 2021, in Naryn.', { text: 'March 8, 2021', year: 2021, month: 3, day: 8 }],
    ['The May session; then on twenty-seventh of March.', { text: 'twenty-seventh of March', year: null, month: 3, day: 27 }],
    ['Held on\n18\nMarch\n2021', { text: '18\nMarch\n2021', year: 2021, month: 3, day: 18 }],
  ])('%#: finds the date after words that only start like months', (text, expected) => {
    const found = findDate(text, en);
    expect(found).toMatchObject(expected);
    expect(text.slice(found!.index, found!.index + found!.text.length)).toBe(expected.text);
  });

  it('in Russian too', () => {
    const text = `${'Участники '.repeat(40)}встретились 18 марта 2021 года в г. Ош.`;
    expect(findDate(text, ru)).toMatchObject({ text: '18 марта 2021 года', year: 2021, month: 3, day: 18 });
  });

  it('a date left in another language than the report’s is found by that language’s month names ("18 марта 2021 г." in English minutes)', () => {
    expect(findDate('Date and venue: 18 марта 2021 г., Osh city', en)).toMatchObject({ text: '18 марта 2021 г.', year: 2021, month: 3, day: 18 });
    expect(findDate('Дата: 18 March 2021, г. Ош', ru)).toMatchObject({ text: '18 March 2021', year: 2021, month: 3, day: 18 });
    const r = parseMinutes('Open dialogue platform in Osh region\n\nDate and venue: 18 марта 2021 г., Osh city, hotel “Orto-Asia”.\n');
    expect([r.date?.iso, r.venue?.text]).toEqual(['2021-03-18', 'Osh city, hotel “Orto-Asia”']);
    // Negative: Cyrillic with no month name gives no date, nor a Latin word that starts like a month.
    expect(findDate('Venue: г. Ош, 18 participants', en)).toBeUndefined();
    expect(findDate('Место: г. Ош, Marat Asanov, 18 участников', ru)).toBeUndefined();
  });

  it('finds nothing where month-like words name no date', () => {
    expect(findDate(filler, en)).toBeUndefined();
  });

  it('two digits after a comma are a count, not a year ("On February 25, 26 participants came")', () => {
    expect(findDate('On February 25, 26 participants came', en)).toMatchObject({ text: 'February 25', year: null, month: 2, day: 25 });
    expect(findDate('February 25, 2021', en)).toMatchObject({ text: 'February 25, 2021', year: 2021 });
  });

  it('a day glued to a word is no day ("Room B18 March")', () => {
    expect(findDate('Room B18 March 2021 meeting', en)).toBeUndefined();
    expect(findDate('ул18 марта', ru)).toBeUndefined();
  });
});

describe('date: an ordinal ending set apart from its day ("18 th of March 2021")', () => {
  it.each([
    ['18 th of March 2021', 2021, 3, 18],
    ['March 18 th, 2021', 2021, 3, 18],
    ['1 st of June, 2021', 2021, 6, 1],
  ])('"%s" keeps its year, and its text as written', (text, year, month, day) => {
    expect(parseMinutes(`T\n\nDate: ${text}\n`).date).toMatchObject({ text, year, month, day });
  });
  it('a raised ending, as pandoc ("17^th^") or HTML ("17<sup>th</sup>") writes a superscript, is read and written without its marks', () => {
    expect(parseMinutes('T\n\nDate: 17^th^ of August 2021\n').date).toEqual({ text: '17th of August 2021', year: 2021, month: 8, day: 17, iso: '2021-08-17' });
    expect(parseMinutes('T\n\nDate: August 17<sup>th</sup>, 2021\n').date).toEqual({ text: 'August 17th, 2021', year: 2021, month: 8, day: 17, iso: '2021-08-17' });
    expect(parseMinutes('T\n\nDate: the 3<SUP>rd</SUP> of June\n').date).toMatchObject({ text: '3rd of June', year: null, month: 6, day: 3 });
    // Negatives: a raised number is no ending ("10^3^"), nor are raised words of four letters or more (no day, so no date).
    expect(parseMinutes('T\n\nDate: 10^3^ m of pipes\n').date).toBeNull();
    expect(parseMinutes('T\n\nDate: 17^note^ of August 2021\n').date).toBeNull();
  });
  it('negative: a word of three letters or more after a number is no ending ("40 participants"), and an unspaced date is as before', () => {
    expect(parseMinutes('T\n\nDate: 18th March 2021, 40 participants\n').date?.text).toBe('18th March 2021');
    expect(parseMinutes('T\n\nDate: 18 of March\n').date).toMatchObject({ text: '18 of March', year: null });
  });
});

describe('date: a year after "of", or with its mark run on to it ("March 18th of 2021", "March 18, 2021y.")', () => {
  it.each([
    ['March 18th of 2021', 'March 18th of 2021'],
    ['March 18 of 2021 year', 'March 18 of 2021 year'],
    ['March 18, 2021y.', 'March 18, 2021y.'],
    ['March 18, 2021г.', 'March 18, 2021г.'],
  ])('"%s" gives the year, and the text goes on to it; the venue starts after it', (written, text) => {
    const r = parseMinutes(`T\n\nDate and place: ${written}, city Osh, the hotel “Orto-Asia”.\n`);
    expect(r.date).toEqual({ text, year: 2021, month: 3, day: 18, iso: '2021-03-18' });
    expect(r.venue?.text).toBe('city Osh, the hotel “Orto-Asia”');
  });
  it('in Russian, a year run on to its mark after a comma ("18 марта, 2021г.")', () => {
    expect(parseMinutes('Т\n\nДата: 18 марта, 2021г.\n').date).toEqual({ text: '18 марта, 2021г.', year: 2021, month: 3, day: 18, iso: '2021-03-18' });
  });
  it('negative: not a number that runs on into a word or more digits, nor a year after other words', () => {
    expect(parseMinutes('T\n\nDate: March 18, 2021st street\n').date).toMatchObject({ text: 'March 18', year: null });
    expect(parseMinutes('T\n\nDate: March 18, 20215\n').date).toMatchObject({ year: null });
    expect(parseMinutes('T\n\nDate: March 18th, plan of 2021\n').date).toMatchObject({ text: 'March 18th', year: null });
  });
});

describe('date: words that name the report’s own year ("25 March of the current year")', () => {
  it('are the date’s text; the year stays unknown, and the venue after them starts after them', () => {
    const r = parseMinutes('T\n\nDate and venue: on March, 25 of the current year, Jalal-Abad town, the conference-hall of the “Molmol” hotel.\n');
    expect(r.date).toEqual({ text: 'March, 25 of the current year', year: null, month: 3, day: 25, iso: null });
    expect(r.venue).toEqual({ text: 'Jalal-Abad town, the conference-hall of the “Molmol” hotel', city: 'Jalal-Abad', name: 'Molmol', room: 'conference-hall' });
    expect(r.diagnostics.map((d) => d.code)).toContain('date-without-year');
    expect(parseMinutes('T\n\nDate and venue: 25 March this year, Osh, hotel Ala-Too\n').venue).toMatchObject({ text: 'Osh, hotel Ala-Too', city: 'Osh' });
    const ru = parseMinutes('Т\n\nДата и место: 25 марта т.г., г. Ош, гостиница «Ала-Тоо»\n');
    expect([ru.date?.text, ru.venue?.text]).toEqual(['25 марта т.г.', 'г. Ош, гостиница «Ала-Тоо»']);
    expect(parseMinutes('Т\n\nДата: 25 марта с. г.\n')).toMatchObject({ date: { text: '25 марта с. г.', year: null, month: 3, day: 25 }, venue: null });
    expect(parseMinutes('Т\n\nДата: 25 марта текущего года\n').date?.text).toBe('25 марта текущего года');
    // With --assume-year the year is completed, as for any date without one.
    expect(parseMinutes('T\n\nDate: 25 March of the current year\n', { assumeYear: 2023 }).date).toMatchObject({ text: '25 March of the current year', iso: '2023-03-25' });
  });
  it('negative: after a date with its year they are no part of it', () => {
    expect(parseMinutes('T\n\nDate: 25 March 2023 of the current year\n').date?.text).toBe('25 March 2023');
  });
});

describe('date ranges give their first day, and their text is the whole range', () => {
  it.each([
    ['Date and venue: 25 and 26 February 2021, Osh', '25 and 26 February 2021', 25, 2021],
    ['Date and venue: 25/26 February 2021, Osh', '25/26 February 2021', 25, 2021],
    ['Date: from the 25th to the 26th of February 2021', '25th to the 26th of February 2021', 25, 2021],
    ['Date: February 25 and 26, 2021', 'February 25 and 26, 2021', 25, 2021],
    ['Date: February 25 – 26, 2021', 'February 25 – 26, 2021', 25, 2021],
    ['Date: 25-26.02.2021', '25-26.02.2021', 25, 2021],
    ['Osh, 25–26 February 2021', '25–26 February 2021', 25, 2021],
    // A range that opens a line under another ("Naryn region, Kochkor village" / "25-26 February 2021").
    ['Naryn region, Kochkor village\n25-26 February 2021', '25-26 February 2021', 25, 2021],
  ])('%s', (text, expected, day, year) => {
    const found = findDate(text, en)!;
    expect(found).toMatchObject({ text: expected, day, month: 2, year });
    expect(text.slice(found.index, found.index + found.text.length)).toBe(expected);
  });

  it('in Russian too', () => {
    expect(findDate('Дата: 25 и 26 февраля 2021 года, г. Ош', ru)).toMatchObject({ text: '25 и 26 февраля 2021 года', day: 25, month: 2, year: 2021 });
    expect(findDate('Дата: с 25 по 26 февраля 2021 года', ru)).toMatchObject({ text: '25 по 26 февраля 2021 года', day: 25, month: 2, year: 2021 });
  });

  it('a number before a date that cannot open a range is not its first day', () => {
    expect(findDate('Meeting No. 12 – 25 February 2021', en)).toMatchObject({ text: '25 February 2021', day: 25 });
    expect(findDate('Meeting 3 - 5 February 2021', en)).toMatchObject({ text: '5 February 2021', day: 5 });
    expect(findDate('Date: 26 - 25 February 2021', en)).toMatchObject({ text: '25 February 2021', day: 25 });
    expect(findDate('Date: 1 - 25 February 2021', en)).toMatchObject({ text: '25 February 2021', day: 25 });
    expect(findDate('10:00-12:00, 25 February 2021', en)).toMatchObject({ text: '25 February 2021', day: 25 });
  });

  it('a number after a month-first date is a second day only where the date ends', () => {
    expect(findDate('Visits on March 3 and 4 other towns', en)).toMatchObject({ text: 'March 3', day: 3, year: null });
  });

  it('a range over two months writes the year once, at its end: the first day takes it', () => {
    const cases: [string, string, typeof en, number, number, number][] = [
      ['Date: 30 June - 1 July 2021', '30 June - 1 July 2021', en, 30, 6, 2021],
      ['Date: June 30 – July 1, 2021', 'June 30 – July 1, 2021', en, 30, 6, 2021],
      ['Date: 30.06-01.07.2021', '30.06-01.07.2021', en, 30, 6, 2021],
      ['Date: December 30 – January 2, 2022', 'December 30 – January 2, 2022', en, 30, 12, 2021],
      ['Date: 31.12-02.01.2022', '31.12-02.01.2022', en, 31, 12, 2021],
      ['Дата: 30 июня – 1 июля 2021 г.', '30 июня – 1 июля 2021 г.', ru, 30, 6, 2021],
      ['Дата: с 30 июня по 1 июля 2021 года', '30 июня по 1 июля 2021 года', ru, 30, 6, 2021],
      ['Дата: 30 декабря – 2 января 2022 г.', '30 декабря – 2 января 2022 г.', ru, 30, 12, 2021],
    ];
    for (const [text, written, lex, day, month, year] of cases) {
      const found = findDate(text, lex)!;
      expect(found, text).toMatchObject({ text: written, day, month, year });
      expect(text.slice(found.index, found.index + found.text.length)).toBe(written);
    }
    // Negatives: a count after the dash is no second date; numeric days weeks apart are no range (the date written in full is the date).
    expect(findDate('On 18 March - 25 participants came.', en)).toMatchObject({ text: '18 March', year: null });
    expect(findDate('Date: 15.06-01.07.2021', en)).toMatchObject({ text: '01.07.2021', day: 1, month: 7 });
  });
});

describe('labels that name their event: "Chair of the hearing:"', () => {
  it('reads the moderator after "Chair of the hearing:" and "Moderator of the round table –"', () => {
    expect(value(moderator, 'T\n\nChair of the hearing: Mamytov Ulan, deputy head of the district administration.')).toMatchObject({
      name: { full: 'Mamytov Ulan', given: 'Ulan', family: 'Mamytov' },
      roles: ['deputy head of the district administration'],
    });
    expect(value(moderator, 'T\n\nModerator of the round table – Asel Tokonova, lawyer.')).toMatchObject({ name: { full: 'Asel Tokonova' }, roles: ['lawyer'] });
  });
  it('reads a Russian label with its event in the genitive, no word between ("Модератор круглого стола:")', () => {
    const record = parseMinutes('Протокол\n\nМодератор открытой диалоговой площадки: Бекова Аида, эксперт.\n\nУчастники круглого стола: фермеры, журналисты.');
    expect(record.moderator).toMatchObject({ name: { full: 'Бекова Аида' }, roles: ['эксперт'] });
    expect(record.participants?.groups).toEqual(['фермеры', 'журналисты']);
  });
  it('negative: a label word, then words that name no event, then a colon is no label', () => {
    expect(parseMinutes('Протокол\n\nУчастники встречи отметили следующее: дороги плохие.').participants).toBeNull();
  });
  it('needs the joining word and the colon: a sentence that opens with a label word is no label', () => {
    // ("Chair" is no label here; it marks the person after it as chairing, a mark and no role, as "Name (chair)" does.)
    const chair = 'T\n\nChair Mamytov Ulan opened the hearing of the council.';
    expect(findLabels(createDoc(chair, toTree(chair), en), en.labels.moderator)).toEqual([]);
    expect(value(moderator, chair)).toEqual({ name: { full: 'Mamytov Ulan', given: 'Ulan', patronymic: null, family: 'Mamytov' }, roles: [] });
    const r = parseMinutes('T\n\nParticipants proposed the following:\n1. To repair the road.\n2. To open a school.\n');
    expect(r.participants).toBeNull();
    expect(r.suggestions).toHaveLength(2);
  });
});

describe('venue: a clock time before the date is no part of the place', () => {
  it('"Time and place: 10:00–13:00, 18 March 2021, Osh" is in Osh', () => {
    // (The venue's text had been "10:00–13:00".)
    expect(parseMinutes('T\n\nTime and place: 10:00–13:00, 18 March 2021, Osh.\n').venue).toEqual({ text: 'Osh', city: 'Osh', name: null, room: null });
    expect(parseMinutes('T\n\nTime and place: 10:00, Osh city, hotel “Alay”, 18 March 2021.\n').venue).toMatchObject({ text: 'Osh city, hotel “Alay”', city: 'Osh', name: 'Alay' });
  });
  it('negative: a place before the date with no time keeps all its words', () => {
    expect(parseMinutes('T\n\nDate and venue: Osh city, hotel “Alay”, 18 March 2021.\n').venue?.text).toBe('Osh city, hotel “Alay”');
  });
});

describe('venue: a street address in brackets is no part of the place\'s name', () => {
  it('"Osh city hall (Lenin str., 221)" is the Osh city hall; the text keeps the address', () => {
    // (The name had kept the bracket.)
    expect(parseMinutes('T\n\nVenue: Osh city hall (Lenin str., 221).\n').venue).toEqual({ text: 'Osh city hall (Lenin str., 221)', city: 'Osh', name: 'Osh city hall', room: null });
    expect(parseMinutes('Т\n\nМесто проведения: здание мэрии г. Ош (ул. Ленина, 221).\n').venue).toMatchObject({ city: 'Ош', name: 'здание мэрии' });
    // A town in the bracket before the address is the city (had been lost with the address).
    expect(parseMinutes('T\n\nVenue: "Orto-Asia" hotel (Osh city, Lenin street 312).\n').venue).toEqual({ text: '"Orto-Asia" hotel (Osh city, Lenin street 312)', city: 'Osh', name: 'Orto-Asia', room: null });
    expect(parseMinutes('Т\n\nМесто проведения: гостиница «Ала-Тоо» (г. Нарын, ул. Ленина, 21).\n').venue).toMatchObject({ city: 'Нарын', name: 'Ала-Тоо' });
  });
  it('negative: a bracket with no number, or no street\'s word, stays as it was', () => {
    expect(parseMinutes('T\n\nVenue: hotel “Alay” (St. Petersburg hall).\n').venue).toMatchObject({ name: 'Alay', room: 'St. Petersburg hall' });
    expect(parseMinutes('T\n\nVenue: Kyzyl-Kiya city (Batken region), the city hall.\n').venue).toMatchObject({ city: 'Kyzyl-Kiya' });
  });
});

describe('venue on the line beside a date that stands alone', () => {
  it('the words beside a date on its short line are its place only when they name one ("Karakol, 18 March 2021")', () => {
    const venue = (line: string) => parseMinutes(`Open dialogue platform in Osh region\n\n${line}\n\nModerator: Aida Bekova, expert.\n`).venue;
    for (const line of ['The meeting took place on 18 March 2021.', 'The meeting was held on 18 March 2021.', 'The event was organised by the Public Council on 18 March 2021.', 'The law “On migration” of 2019 was discussed. The meeting took place on 18 March 2021.']) {
      expect(venue(line), line).toBeNull();
    }
    // Negatives: a town, a building, a place of a district beside the date are the place.
    expect(venue('Karakol, 18 March 2021')).toMatchObject({ text: 'Karakol', city: 'Karakol' });
    expect(venue('Hotel “Orto-Asia”, 18 March 2021')).toMatchObject({ name: 'Orto-Asia' });
    expect(venue('Uzgen district administration, 18 March 2021')).toMatchObject({ text: 'Uzgen district administration' });
  });
  it('takes the line before the date, in the same paragraph, when it names a place', () => {
    const r = parseMinutes('# Public hearing on drinking water\n\nNookat town, district administration building, assembly hall\n12th of October, 2022\n');
    expect(r.venue).toEqual({ text: 'Nookat town, district administration building, assembly hall', city: 'Nookat', name: 'district administration building', room: 'assembly hall' });
    expect(r.date?.iso).toBe('2022-10-12');
  });
  it('and the line after it', () => {
    expect(parseMinutes('# Public hearing\n\n12 October 2022\nOsh city, hotel “Dostuk”\n').venue).toMatchObject({ city: 'Osh', name: 'Dostuk' });
  });
  it('and a place before the date on its line that a wrap cut after a town’s word or a comma on the line above', () => {
    // (The venue had been "Кызыл-Кия" alone.)
    const r = parseMinutes('Открытая диалоговая площадка\n\nБаткенская область, г.\nКызыл-Кия, 9 сентября 2021 г.\n\nВстречу открыл Ташиев Бакыт.\n');
    expect(r.venue).toMatchObject({ text: 'Баткенская область, г. Кызыл-Кия', city: 'Кызыл-Кия' });
    expect(parseMinutes('# Public hearing\n\nOsh region,\nUzgen town, 12 October 2022\n').venue).toMatchObject({ text: 'Osh region, Uzgen town', city: 'Uzgen' });
    // Negatives: a line above that ends otherwise is no part of the place, nor one that ends with a comma and names none.
    expect(parseMinutes('# Public hearing\n\nThe hearing was held\nUzgen town, 12 October 2022\n').venue).toMatchObject({ text: 'Uzgen town' });
    expect(parseMinutes('# Public hearing\n\nPublic Foundation “Ak-Jol”,\nUzgen town, 12 October 2022\n').venue).toMatchObject({ text: 'Uzgen town' });
  });
  it('and a place wrapped over the two lines before it, the first ending with a comma', () => {
    const r = parseMinutes('# Public hearing on drinking water\n\nNookat town, district administration building,\nassembly hall\n12th of October, 2022\n');
    expect(r.venue).toEqual({ text: 'Nookat town, district administration building, assembly hall', city: 'Nookat', name: 'district administration building', room: 'assembly hall' });
    // Negative: a line before with no comma at its end is no part of the place.
    expect(parseMinutes('# Public hearing\n\nThe report of the council\nNookat town, assembly hall\n12 October 2022\n').venue?.text).toBe('Nookat town, assembly hall');
  });
  it('not a line that names no place, nor one in another paragraph', () => {
    expect(parseMinutes('# Public hearing\n\nDear colleagues and guests\n12 October 2022\n').venue).toBeNull();
    expect(parseMinutes('# Public hearing\n\nOsh city, hotel “Dostuk”, was chosen by the council after a long debate about costs\n\n12 October 2022\n').venue).toBeNull();
  });
});

describe('venue: a place on both sides of the date', () => {
  it('the text is the longer side; the other side gives what it does not', () => {
    expect(parseMinutes('Round table on water\n\nDate and venue: Issyk-Kul oblast, Karakol town, 2 December 2020, café “Dastorkon”\n\nText.').venue).toEqual({
      text: 'Issyk-Kul oblast, Karakol town',
      city: 'Karakol',
      name: 'Dastorkon',
      room: null,
    });
    expect(parseMinutes('T\n\nDate and place: hotel “Dostuk”, 12 May 2021, Osh city\n\nText.').venue).toEqual({ text: 'hotel “Dostuk”', city: 'Osh', name: 'Dostuk', room: null });
  });
  it('on a line of its own with no label, the longer side is the text though it opens in lower case', () => {
    const title = 'REPORT ON THE OPEN DIALOGUE PLATFORM\n"Safety on the roads"\n\n';
    const r = parseMinutes(`${title}Batken region, Isfana town, Thursday 18.03.2021, the assembly hall of school No. 2\n\nText.`);
    expect([r.venue, r.region]).toEqual([{ text: 'the assembly hall of school No. 2', city: 'Isfana', name: 'school No. 2', room: 'assembly hall' }, 'Batken']);
    expect(parseMinutes(`${title}Naryn, 12 May 2021, conference hall of the regional library\n\nText.`).venue).toEqual({
      text: 'conference hall of the regional library',
      city: 'Naryn',
      name: 'regional library',
      room: 'conference hall',
    });
    // Negative: a clause after the date is no place; nor is what names none.
    expect(parseMinutes(`${title}Osh city, 12 May 2021, the participants were invited to the hall later\n\nText.`).venue).toEqual({ text: 'Osh city', city: 'Osh', name: null, room: null });
    expect(parseMinutes(`${title}Osh city, 18 March 2021, from ten in the morning\n\nText.`).venue).toEqual({ text: 'Osh city', city: 'Osh', name: null, room: null });
    // (In Russian too, by the copula's forms.)
    expect(parseMinutes('ОТЧЁТ ОБ ОТКРЫТОЙ ДИАЛОГОВОЙ ПЛАТФОРМЕ\n«Безопасность на дорогах»\n\nг. Ош, 12 мая 2021 г., участники были приглашены в зал позже\n\nТекст.').venue).toEqual({ text: 'г. Ош', city: 'Ош', name: null, room: null });
  });
  it('negative: what is no place line on the other side adds nothing', () => {
    expect(parseMinutes('T\n\nDate and venue: Osh city, hotel “Dostuk”, 12 May 2021 (Thursday)\n\nText.').venue).toEqual({ text: 'Osh city, hotel “Dostuk”', city: 'Osh', name: 'Dostuk', room: null });
  });
  it('the side that names a place is the venue, though the other is longer', () => {
    expect(parseMinutes('T\n\nDate and venue: the Naryn city library, 12 May 2021, from ten in the morning until the late afternoon\n\nText.').venue).toMatchObject({
      text: 'the Naryn city library',
      city: 'Naryn',
    });
  });
});

describe('venue parts are cut at a spaced dash too', () => {
  it('"village, oblast – room of …" gives the room without the region', () => {
    expect(parseMinutes('T\n\nLocation: Kochkor village, Naryn oblast – conference room of the district administration\n\nText.').venue).toMatchObject({
      city: 'Kochkor',
      name: 'district administration',
      room: 'conference room',
    });
  });
  it('negative: a hyphen inside a name is no cut', () => {
    expect(parseMinutes('T\n\nVenue: Kara-Balta city, hotel “Ak-Keme”\n\nText.').venue).toMatchObject({ city: 'Kara-Balta', name: 'Ak-Keme' });
  });
});

describe('venue: a gym, a sports hall or a reading room is the room (lexicon words)', () => {
  it.each([
    ['The meeting was held in the gym of school No. 5 in Naryn.', { text: 'the gym of school No. 5 in Naryn', city: 'Naryn', name: 'school No. 5', room: 'gym' }],
    ['Место: г. Узген, спортзал средней школы № 12', { text: 'г. Узген, спортзал средней школы № 12', city: 'Узген', name: null, room: 'спортзал средней школы № 12' }],
    // Negative: a word that only holds one is no room ("Gymnasium No. 3" is a school).
    ['Venue: Osh city, Gymnasium No. 3', { text: 'Osh city, Gymnasium No. 3', city: 'Osh', name: 'Gymnasium No. 3', room: null }],
  ])('%s', (line, want) => {
    expect(parseMinutes(`T\n\n${line}\n`).venue).toEqual(want);
  });
});

describe('venue: offices of public bodies and places of a town are named places (lexicon words)', () => {
  it.each([
    ['Date and venue: 12 May 2022, Naryn city, Public Reception of the Akyikatchy.', { text: 'Naryn city, Public Reception of the Akyikatchy', city: 'Naryn', name: 'Public Reception of the Akyikatchy', room: null }],
    ['Venue: Bishkek, Institute of Public Policy, room 3', { text: 'Bishkek, Institute of Public Policy, room 3', city: 'Bishkek', name: 'Institute of Public Policy', room: 'room 3' }],
    ['Venue: Osh, Osh State Academy of Law', { text: 'Osh, Osh State Academy of Law', city: 'Osh', name: 'Osh State Academy of Law', room: null }],
    ['Venue: Jalal-Abad, Kurmanjan Datka Square', { text: 'Jalal-Abad, Kurmanjan Datka Square', city: 'Jalal-Abad', name: 'Kurmanjan Datka Square', room: null }],
    ['Venue: Uzgen town, Uzgen District Court', { text: 'Uzgen town, Uzgen District Court', city: 'Uzgen', name: 'Uzgen District Court', room: null }],
    ['Место проведения: г. Нарын, Приёмная Акыйкатчы', { text: 'г. Нарын, Приёмная Акыйкатчы', city: 'Нарын', name: 'Приёмная Акыйкатчы', room: null }],
    ['Место проведения: г. Бишкек, Институт публичной политики', { text: 'г. Бишкек, Институт публичной политики', city: 'Бишкек', name: 'Институт публичной политики', room: null }],
    // A council's premises.
    ['Venue: Tup village, conference hall of the district kenesh.', { text: 'Tup village, conference hall of the district kenesh', city: 'Tup', name: 'district kenesh', room: 'conference hall' }],
    ['Место проведения: г. Ош, Ошский городской кенеш, сессионный зал.', { text: 'г. Ош, Ошский городской кенеш, сессионный зал', city: 'Ош', name: 'Ошский городской кенеш', room: 'сессионный зал' }],
    // A body named after the city: its premises are the place.
    ['Place: Bishkek, Ministry of Finance, room 305', { text: 'Bishkek, Ministry of Finance, room 305', city: 'Bishkek', name: 'Ministry of Finance', room: 'room 305' }],
    ['Venue: Osh, State Tax Service, conference hall', { text: 'Osh, State Tax Service, conference hall', city: 'Osh', name: 'State Tax Service', room: 'conference hall' }],
    ['Venue: Naryn city, Agency for Youth Affairs', { text: 'Naryn city, Agency for Youth Affairs', city: 'Naryn', name: 'Agency for Youth Affairs', room: null }],
    ['Место проведения: г. Ош, Государственная налоговая служба', { text: 'г. Ош, Государственная налоговая служба', city: 'Ош', name: 'Государственная налоговая служба', room: null }],
    // A room of a body by its name (had been the room whole, "conference hall of the Ministry of Health", and no place).
    ['Venue: Bishkek, conference hall of the Ministry of Health.', { text: 'Bishkek, conference hall of the Ministry of Health', city: 'Bishkek', name: 'Ministry of Health', room: 'conference hall' }],
    ['Venue: the hall of the Public Council, Bishkek.', { text: 'the hall of the Public Council, Bishkek', city: 'Bishkek', name: 'Public Council', room: 'hall' }],
    ['Venue: Bishkek, meeting room of the Coordination Council.', { text: 'Bishkek, meeting room of the Coordination Council', city: 'Bishkek', name: 'Coordination Council', room: 'meeting room' }],
    // (Not a country; and Russian joins them by case, left whole as a building's name in the genitive is.)
    ['Venue: Osh, conference hall of the Kyrgyz Republic.', { text: 'Osh, conference hall of the Kyrgyz Republic', city: 'Osh', name: null, room: 'conference hall of the Kyrgyz Republic' }],
    ['Место проведения: г. Бишкек, конференц-зал Министерства здравоохранения.', { text: 'г. Бишкек, конференц-зал Министерства здравоохранения', city: 'Бишкек', name: null, room: 'конференц-зал Министерства здравоохранения' }],
    // Negatives: a country, a region or a floor after the city is no place's name; nor a body in lower case.
    ['Venue: Osh city, Kyrgyz Republic', { text: 'Osh city, Kyrgyz Republic', city: 'Osh', name: null, room: null }],
    ['Venue: Osh city, Osh Region', { text: 'Osh city, Osh Region', city: 'Osh', name: null, room: null }],
    ['Venue: Batken city, 2nd floor', { text: 'Batken city, 2nd floor', city: 'Batken', name: null, room: null }],
    ['Venue: Batken city, with the support of the council', { text: 'Batken city, with the support of the council', city: 'Batken', name: null, room: null }],
  ])('%s', (line, want) => {
    expect(parseMinutes(`T\n\n${line}\n`).venue).toEqual(want);
  });
});

describe('venue: a room ends before a city named after it with its word first ("малый зал мэрии г. Балыкчы")', () => {
  it.each([
    ['Место проведения: малый зал мэрии г. Балыкчы.', { text: 'малый зал мэрии г. Балыкчы', city: 'Балыкчы', name: null, room: 'малый зал мэрии' }],
    [
      '3 августа 2021 года в малом зале мэрии г. Балыкчы Иссык-Кульской области состоялась открытая диалоговая площадка.',
      { text: 'малом зале мэрии г. Балыкчы Иссык-Кульской области', city: 'Балыкчы', name: null, room: 'малом зале мэрии' },
    ],
    // Negatives: a city before the room, or in its own part, leaves the room as it was.
    ['Место: г. Узген, спортзал средней школы № 12', { text: 'г. Узген, спортзал средней школы № 12', city: 'Узген', name: null, room: 'спортзал средней школы № 12' }],
    ['Venue: conference hall, city of Osh', { text: 'conference hall, city of Osh', city: 'Osh', name: null, room: 'conference hall' }],
  ])('%s', (line, want) => {
    expect(parseMinutes(`Протокол\n\n${line}\n`).venue).toEqual(want);
  });
});

describe('venue: a bracket right after a room named first is the room\'s, and the building after "of" the place', () => {
  it.each([
    ['Venue: the Assembly Hall (2nd floor) of the Osh City Hall', { text: 'the Assembly Hall (2nd floor) of the Osh City Hall', city: 'Osh', name: 'Osh City Hall', room: 'Assembly Hall (2nd floor)' }],
    [
      'Venue: the conference hall (3rd floor) of the regional administration, Osh',
      { text: 'the conference hall (3rd floor) of the regional administration, Osh', city: 'Osh', name: 'regional administration', room: 'conference hall (3rd floor)' },
    ],
    // Negative: a bracket with no building after it stays the room's whole.
    ['Venue: conference hall (200 seats)', { text: 'conference hall (200 seats)', city: null, name: null, room: 'conference hall (200 seats)' }],
  ])('%s', (line, want) => {
    expect(parseMinutes(`T\n\n${line}\n`).venue).toEqual(want);
  });
});

describe('venue parts are cut at a spaced middle dot or bullet, and a bar or dot after the date is no part of the place', () => {
  it.each([
    ['**When / where:** 30 June 2021 · Batken, “Nur” hotel', { text: 'Batken, “Nur” hotel', city: 'Batken', name: 'Nur', room: null }],
    ['Venue: Osh city · “Nur” hotel · conference hall', { text: 'Osh city · “Nur” hotel · conference hall', city: 'Osh', name: 'Nur', room: 'conference hall' }],
    ['Date and venue: 30 June 2021 • Osh city • “Nur” hotel', { text: 'Osh city • “Nur” hotel', city: 'Osh', name: 'Nur', room: null }],
    ['Date: 30 June 2021 | Osh city | “Nur” hotel', { text: 'Osh city | “Nur” hotel', city: 'Osh', name: 'Nur', room: null }],
    // Negative: a dot inside a word, with no space after it, cuts nothing.
    ['Venue: Osh city, hotel “Nur·Plaza”', { text: 'Osh city, hotel “Nur·Plaza”', city: 'Osh', name: 'Nur·Plaza', room: null }],
  ])('%s', (line, want) => {
    expect(parseMinutes(`# Open dialogue platform\n\n${line}\n`).venue).toEqual(want);
  });
});

describe('discussion under a heading that names the issues', () => {
  it('"## Main issues discussed", "## Основные вопросы" and their lists (lexicon data)', () => {
    expect(parseMinutes('# Public hearing\n\n## Main issues discussed\n- overgrazing near the villages\n- lack of water points\n').discussion).toEqual(['overgrazing near the villages', 'lack of water points']);
    expect(parseMinutes('# Публичные слушания\n\n## Основные вопросы\n- выпас скота у сёл\n- нехватка воды на пастбищах\n').discussion).toEqual(['выпас скота у сёл', 'нехватка воды на пастбищах']);
  });
  it.each([
    ['# Open dialogue platform\n\n## Key points of the discussion\n\n- tariffs for drinking water;\n- the state of the pipes.\n\n## Recommendations\n\n- to adopt a programme.\n', ['tariffs for drinking water', 'the state of the pipes']],
    ['# Open dialogue platform\n\n**Points discussed:**\n1. tariffs for drinking water;\n2. the state of the pipes.\n', ['tariffs for drinking water', 'the state of the pipes']],
    ['# Открытая диалоговая площадка\n\n## Ход обсуждения\n\n- тарифы на питьевую воду;\n- состояние труб.\n', ['тарифы на питьевую воду', 'состояние труб']],
  ])('the points of the discussion under their heading or label ("Key points of the discussion", "Points discussed", "Ход обсуждения"): %s', (text, want) => {
    expect(parseMinutes(text).discussion).toEqual(want);
  });
});

describe('discussion: the paragraphs of its section', () => {
  it('a label alone on its line over paragraphs gives each of them (the first alone before)', () => {
    const want = ['The participants spoke about roads', 'The participants asked about water'];
    for (const head of ['## Discussion', 'Discussion:', 'DISCUSSION']) {
      expect(parseMinutes(`# Open dialogue platform\n\n${head}\n\nThe participants spoke about roads.\n\nThe participants asked about water.\n\n## Suggestions\n\n1. Fix roads.\n`).discussion).toEqual(want);
    }
    expect(parseMinutes('# Открытая диалоговая площадка\n\n## Обсуждение\n\nУчастники говорили о дорогах.\n\nУчастники спрашивали о воде.\n').discussion).toEqual(['Участники говорили о дорогах', 'Участники спрашивали о воде']);
  });
  it('a short paragraph that only introduces those after it gives them ("During the discussion:", "Main issues raised")', () => {
    expect(parseMinutes('# Open dialogue platform\n\nDuring the discussion:\n\nThe participants spoke about roads.\n\nThe participants asked about water.\n').discussion).toEqual(['The participants spoke about roads', 'The participants asked about water']);
    const raised = parseMinutes('# Open dialogue platform\n\nMain issues raised\n\nLack of teachers in villages.\n\nPoor roads to schools.\n\nRecommendations:\n1. Hire teachers.\n');
    expect([raised.discussion, raised.suggestions]).toEqual([['Lack of teachers in villages', 'Poor roads to schools'], [{ number: 1, text: 'Hire teachers' }]]);
  });
  it('negatives: the section ends where the meeting closes; a named speaker’s speech is his; a paragraph with a colon inside stays one', () => {
    const closed = parseMinutes('# Open dialogue platform\n\nDISCUSSION:\n\nParticipants discussed the tariffs.\n\nAsanov Bolot, farmer, asked about the canal.\n\nThe participants also spoke about roads.\n\nThe meeting was closed by the moderator.\n\nThe participants thanked the organisers.\n');
    expect([closed.discussion, pairs(closed.speakers)]).toEqual([['Participants discussed the tariffs', 'The participants also spoke about roads'], [['Asanov Bolot', ['farmer']]]]);
    expect(parseMinutes('# Открытая диалоговая площадка\n\n## Обсуждение\n\nУчастники говорили о дорогах.\n\nВ заключение модератор поблагодарил участников.\n').discussion).toEqual(['Участники говорили о дорогах']);
    expect(parseMinutes('# Open dialogue platform\n\nThe participants discussed: roads and water.\n\nThe weather was fine.\n').discussion).toEqual(['The participants discussed: roads and water']);
    // Each paragraph once, one that reports the discussion itself too; and an introducing paragraph ends the one before.
    expect(parseMinutes('# Open dialogue platform\n\nDuring the discussion:\n\nThe participants discussed roads.\n\nThey raised the issue of water.\n').discussion).toEqual(['The participants discussed roads', 'They raised the issue of water']);
    expect(parseMinutes('# Open dialogue platform\n\nDuring the discussion:\n\nRoads are bad.\n\nIssues raised by the youth:\n\nNo jobs.\n').discussion).toEqual(['Roads are bad', 'No jobs']);
  });
});

describe('venue parts lose their leading "in"/"at" and article', () => {
  it.each([
    ['the city of Talas, in the conference room of the regional library', { city: 'Talas', name: 'regional library', room: 'conference room' }],
    ['in Osh, at the youth centre “Umut”', { city: 'Osh', name: 'Umut', room: null }],
    ['Bishkek, in the conference hall', { city: 'Bishkek', name: null, room: 'conference hall' }],
    // A lower-case word between a city's name and its word; the first city of a part; a quoted hotel over a place before it.
    ['Cholpon-Ata resort town, sanatorium “Avrora”', { city: 'Cholpon-Ata', name: 'Avrora', room: null }],
    ['Kant town of Ysyk-Ata district, district administration', { city: 'Kant', name: 'district administration', room: null }],
    ['Karakol, the regional center, hotel “Amir”', { city: 'Karakol', name: 'Amir', room: null }],
    // A room's words joined by a hyphen are the room's, not its last word alone.
    ['Cholpon-Ata city, the conference-hall of the "Karven" resort', { city: 'Cholpon-Ata', name: 'Karven', room: 'conference-hall' }],
    // Cut before "at the" and a capital too: a town, then its hotel.
    ['Osh at the Orto-Asia hotel', { city: 'Osh', name: 'Orto-Asia', room: null }],
  ])('%s', (text, want) => {
    expect(parseVenue(text, en)).toEqual({ text, ...want });
  });
  it('a room named before its hotel, unquoted: the room, and the hotel’s name without the word', () => {
    expect(parseVenue('the conference hall of the Ala-Too hotel, Naryn', en)).toMatchObject({ city: 'Naryn', name: 'Ala-Too', room: 'conference hall' });
    expect(parseVenue('конференц-зал гостиницы Ала-Тоо, г. Нарын', ru)).toMatchObject({ city: 'Нарын', name: 'Ала-Тоо', room: 'конференц-зал' });
    // Negative: a hotel that is not named gives no name.
    expect(parseVenue('conference hall of the hotel, Naryn', en)).toMatchObject({ city: 'Naryn', name: null, room: 'conference hall' });
  });
  it('in Russian too', () => {
    expect(parseVenue('г. Каракол, в конференц-зале мэрии', ru)).toEqual({ text: 'г. Каракол, в конференц-зале мэрии', city: 'Каракол', name: null, room: 'конференц-зале мэрии' });
    // A lecture room or office by its short word too ("ауд. 101", "каб. 5", "кабинет № 12").
    expect(parseVenue('г. Нарын, Нарынский государственный университет, ауд. 101', ru)).toMatchObject({ city: 'Нарын', name: 'Нарынский государственный университет', room: 'ауд. 101' });
    expect(parseVenue('г. Нарын, здание мэрии, кабинет № 12', ru)).toMatchObject({ city: 'Нарын', name: 'здание мэрии', room: 'кабинет № 12' });
    expect(parseVenue('г. Нарын, здание мэрии, каб. 5', ru)).toMatchObject({ room: 'каб. 5' });
  });
});

describe('villages are places too', () => {
  it('a line that opens with "с." gives the place, not more title', () => {
    const r = parseMinutes('ПРОТОКОЛ\nзаседания открытой диалоговой площадки «Межэтнические отношения»\n\nс. Ноокат, 14 апреля 2022 г.\n\nПредседатель: Мамытов Улан Бакытович.\n');
    expect(r.title).toBe('ПРОТОКОЛ заседания открытой диалоговой площадки «Межэтнические отношения»');
    expect(r.type).toBe('открытой диалоговой площадки');
    expect(r.venue).toMatchObject({ text: 'с. Ноокат', city: 'Ноокат' });
    expect(r.date?.iso).toBe('2022-04-14');
  });
  it('"Kyzyl-Oi village" and "the village of Arslanbob" name the settlement', () => {
    expect(parseVenue('Kyzyl-Oi village, school No. 2', en).city).toBe('Kyzyl-Oi');
    expect(parseVenue('the village of Arslanbob, guest house “Yntymak”', en)).toMatchObject({ city: 'Arslanbob', name: 'Yntymak' });
  });
});

describe('a bold line stands as a heading, and a count may sit in a label’s brackets', () => {
  it('"**Presentations**" over a numbered list introduces it', () => {
    const r = parseMinutes('# T\n\n**Presentations**\n1. “School meals: results of monitoring” – Erlan Mamatov.\n2. “Parents’ survey” – Nazgul Alieva, teacher of school No. 5.\n');
    expect(r.presentations).toEqual(['School meals: results of monitoring', 'Parents’ survey']);
    expect(r.speakers.map((s) => s.name.full)).toEqual(['Erlan Mamatov', 'Nazgul Alieva']);
  });
  it('a long bold sentence is no heading', () => {
    const r = parseMinutes('# T\n\n**The participants were thanked for their work and the presentations that they gave**\n1. “School meals” – Erlan Mamatov.\n');
    expect(r.presentations).toEqual([]);
  });
  it('"Attendees (26, of which 17 women):" gives the total and the women, and the groups after the colon', () => {
    expect(value(participants, 'T\n\n**Attendees (26, of which 17 women):** parents, teachers, and\n- Aida Bekmurzaeva, Public Council.\n')).toEqual({
      total: 26,
      women: 17,
      men: null,
      groups: ['parents', 'teachers'],
    });
  });
  it('a bracket that does not open with a number is no count', () => {
    expect(value(participants, 'T\n\nParticipants (Annex 2): parents, teachers.')).toEqual({ total: null, women: null, men: null, groups: ['parents', 'teachers'] });
  });
});

describe('indented text is prose, not code', () => {
  const doc = (text: string) => {
    const t = normalize(text);
    return createDoc(t, toTree(t), en);
  };
  it('a heading and a list indented by four spaces or a tab are still a heading and a list', () => {
    expect(doc('    # Round table\n\n\t- Aida Bekmurzaeva\n\t- Erlan Mamatov').blocks.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Round table'],
      ['listItem', 'Aida Bekmurzaeva'],
      ['listItem', 'Erlan Mamatov'],
    ]);
  });
  it('the paragraph after a list, indented as the others are, is no item of the list', () => {
    const text = '\tThe round table opened at ten.\n\n\tPresentations:\n- “Results” – Aida Bekmurzaeva;\n- “Survey” – Erlan Mamatov.\n\n\tThe discussion was lively.\n\n\tThe meeting closed at noon.';
    expect(value(presentations, text)).toEqual(['Results', 'Survey']);
  });
  it('a labelled paragraph after a list is no item of it, whatever the other paragraphs do', () => {
    const text = 'Speakers:\n- Aida Bekmurzaeva\n\n  Total: 26 participants, 17 women.';
    expect(doc(text).blocks.map((b) => b.kind)).toEqual(['paragraph', 'listItem', 'paragraph']);
    expect(value(participants, text)).toMatchObject({ total: 26, women: 17 });
  });
  it('negative: in a text whose paragraphs are not indented, an item’s second paragraph stays in the item', () => {
    const text = 'Suggestions made:\n\n1. To repair the canal.\n\n   The district will pay for it.\n\n2. To open a school.';
    expect(doc(text).blocks.map((b) => b.kind)).toEqual(['paragraph', 'listItem', 'listItem', 'listItem']);
    expect(value(suggestions, text)).toEqual([
      { number: 1, text: 'To repair the canal. The district will pay for it' },
      { number: 2, text: 'To open a school' },
    ]);
  });
});

describe('minutes with no blank lines: one paragraph per line', () => {
  const kinds = (text: string) => {
    const t = normalize(text);
    return createDoc(t, toTree(t), en).blocks.map((b) => [b.kind, b.text]);
  };
  it('cuts after a line that ends a clause, before a labelled line, and before a capitalised line when lines are not wrapped', () => {
    // Most lines end a clause: the text is not wrapped.
    const text = 'Round table in Naryn\nModerator: Aida Bekmurzaeva, coordinator.\nThe meeting opened at ten.\n25 people took part\nThe participants asked about roads.';
    expect(kinds(text)).toEqual([
      ['paragraph', 'Round table in Naryn'],
      ['paragraph', 'Moderator: Aida Bekmurzaeva, coordinator.'],
      ['paragraph', 'The meeting opened at ten.'],
      ['paragraph', '25 people took part'],
      ['paragraph', 'The participants asked about roads.'],
    ]);
    expect(value(moderator, text)).toMatchObject({ name: { full: 'Aida Bekmurzaeva' }, roles: ['coordinator'] });
  });
  it('keeps a title on two lines, a label alone on its line with its content, and an item with the line that wraps it', () => {
    const text = 'OPEN DIALOGUE PLATFORM\nIN NARYN REGION\n**Moderator:**\nAida Bekmurzaeva, coordinator.\nSuggestions made:\n1. To repair the canal,\nwith support of the district.\n2. To open a school.\nThe meeting closed at noon.';
    expect(value(title, text)).toBe('OPEN DIALOGUE PLATFORM IN NARYN REGION');
    expect(value(moderator, text)).toMatchObject({ name: { full: 'Aida Bekmurzaeva' } });
    expect(value(suggestions, text)).toEqual([
      { number: 1, text: 'To repair the canal, with support of the district' },
      { number: 2, text: 'To open a school' },
    ]);
  });
  it('a place line under the title is no part of it: "с. Ноокат, 14 апреля 2022 г."', () => {
    const r = parseMinutes('ПРОТОКОЛ\nзаседания открытой диалоговой площадки «Вода»\nс. Ноокат, 14 апреля 2022 г.\nПредседатель: Мамытов Улан.\nПрисутствовали: 32 человека.');
    expect(r.title).toBe('ПРОТОКОЛ заседания открытой диалоговой площадки «Вода»');
    expect(r.venue?.city).toBe('Ноокат');
  });
  it('negative: wrapped text (short lines, few of them ending a clause) is cut only after a clause or before a label', () => {
    const text = 'Report on the meeting in Naryn\nModerator: Aida Bekmurzaeva, coordinator of the\nPublic Council of the Ministry of Health and\nSocial Development of the Kyrgyz Republic\nThe meeting discussed the roads of the region and\nThe water supply of the villages';
    // (Its lines are broken where the next word would not fit, at 49 characters: "… Kyrgyz Republic", which was not, ends
    // its paragraph before "The meeting …", by decision; it had run on into the role. The lines that were so broken go
    // on: "… coordinator of the" / "Public Council …", "… region and" / "The water supply …".)
    expect(value(moderator, text)?.roles).toEqual(['coordinator of the Public Council of the Ministry of Health and Social Development of the Kyrgyz Republic']);
    expect(kinds(text).map(([, t]) => t).at(-1)).toBe('The meeting discussed the roads of the region and\nThe water supply of the villages');
  });
  it('negative: in a text with blank lines, a paragraph is never cut at its line ends', () => {
    expect(kinds('Title\n\nThe meeting opened.\nThe participants spoke.\n\nEnd.').map(([kind]) => kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });
});

describe('minutes with blank lines, some left out', () => {
  const kinds = (text: string) => {
    const t = normalize(text);
    return createDoc(t, toTree(t), /[а-я]/.test(t) ? ru : en).blocks.map((b) => [b.kind, b.text]);
  };
  const speech = 'With an introduction speech performed the deputy of chairman of State service concerning the migration - **Toktobolotov Samat Nikolaevich**.';
  it('a paragraph typed right under a labelled line that ends a sentence is its own', () => {
    // (It had been the label's value, and its speaker lost.)
    const text = `Open dialogue platform\n\nTotally: 40 participants, among them 24 women and 16 men.\n${speech}\n\nEnd.`;
    expect(kinds(text)[1]).toEqual(['paragraph', 'Totally: 40 participants, among them 24 women and 16 men.']);
    expect(parseMinutes(text).speakers.map((p) => p.name.full)).toEqual(['Toktobolotov Samat Nikolaevich']);
    // (A one-letter word opens it too: "С докладом".)
    const ru = parseMinutes('# Круглый стол\n\n**Количество участников:** 40 человек, в том числе 22 женщины и 18 мужчин.\nС докладом выступила Айда Каримовна Касымалиева, заместитель губернатора.\n');
    expect(ru.speakers.map((p) => p.name.full)).toEqual(['Айда Каримовна Касымалиева']);
    // Negatives: a value wrapped after an abbreviation's period ("г." / "Токмок"), and a list of people under the label.
    expect(parseMinutes('Т\n\nДата и место проведения: «5» ноября 2021 г., г.\nТокмок, кафе «Бакай»\n\nКонец.').venue).toMatchObject({ city: 'Токмок', name: 'Бакай' });
    expect(parseMinutes('T\n\nSpeakers: Asanov Bolot, expert.\nKim Oleg, lawyer.\n\nEnd.').speakers.map((p) => p.name.full)).toEqual(['Asanov Bolot', 'Kim Oleg']);
  });
  it('a place ends before a line of its own that opens with a count of people ("… малый зал" / "Всего 30 участников …")', () => {
    // (The count had run on into the place and its room.)
    const venue = (count: string) => parseMinutes(`Т\n\nДата и место проведения: 02.11.2021 г., г. Кызыл-Кия, гостиница «Нур», малый зал\n${count}\n`).venue;
    for (const count of ['Всего 30 участников (мужчин – 16, женщин – 14).', '30 человек, из них 14 женщин.', 'Всего: 30 участников.']) {
      expect(venue(count), count).toEqual({ text: 'г. Кызыл-Кия, гостиница «Нур», малый зал', city: 'Кызыл-Кия', name: 'Нур', room: 'малый зал' });
    }
    expect(parseMinutes('T\n\nDate and venue: 2 November 2021, Osh city, hotel “Nur”, small hall\nTotal 30 participants (16 men, 14 women).\n').venue?.text).toBe('Osh city, hotel “Nur”, small hall');
    // Negative: a number that counts no people goes on with the place ("2 этаж").
    expect(parseMinutes('Т\n\nМесто проведения: г. Ош, гостиница «Нур»,\n2 этаж, малый зал\n').venue?.text).toBe('г. Ош, гостиница «Нур», 2 этаж, малый зал');
  });
  it('a paragraph with a line longer than an editor wraps is cut as one typed a paragraph per line', () => {
    // (The title had run on into the body, and been none.)
    const body = 'On 10 December 2021 a round table "Women in local self-government" was held in Karakol city, in the conference hall of the city hall.';
    const r = parseMinutes(`Report on the round table in Karakol city\n${body}\n\nThe event was attended by 25 people.\n`);
    expect(r.title).toBe('Report on the round table in Karakol city');
    expect(kinds(`Report on the round table in Karakol city\n${body}\n\nEnd.`).slice(0, 2)).toEqual([['paragraph', 'Report on the round table in Karakol city'], ['paragraph', body]]);
    // Negative: lines under a colon that opens them stay together, a list typed without marks.
    const programme = 'Programme:\n10:15–10:45 "Waste collection in Cholpon-Ata" – Talant Mamytov, head of the municipal enterprise "Tazalyk"\n10:45–11:15 "Recycling" – Saltanat Abdieva, expert of the NGO "Eco Issyk-Kul"';
    expect(pairs(parseMinutes(`T\n\n${programme}\n\nEnd.`).speakers)).toEqual([
      ['Talant Mamytov', ['head of the municipal enterprise "Tazalyk"']],
      ['Saltanat Abdieva', ['expert of the NGO "Eco Issyk-Kul"']],
    ]);
  });
  it('a list item ends before a paragraph typed right under it, a line longer than an editor wraps or a sentence that ends with a colon', () => {
    // (It had been the last item's: its talk lost, or the next list read as this one's.)
    const r = parseMinutes(
      'T\n\nPresentations:\n1. Youth unemployment in Talas region (Bakyt Asanov, head of the employment centre)\n2. Skills that employers need (Aizhan Toktorova, director of the company)\nNurlan Bekov, deputy mayor of Talas city, for his part, noted that the city will support young entrepreneurs.\n',
    );
    expect(r.presentations).toEqual(['Youth unemployment in Talas region', 'Skills that employers need']);
    const ru = parseMinutes('Т\n\nВ ходе обсуждения были подняты вопросы:\n- трудоустройства молодежи;\n- доступа к кредитам.\nПо итогам встречи участники рекомендовали:\n1) провести ярмарку вакансий;\n2) создать молодежный центр.\n');
    expect(ru.discussion).toEqual(['трудоустройства молодежи', 'доступа к кредитам']);
    expect(ru.suggestions.map((s) => s.text)).toEqual(['провести ярмарку вакансий', 'создать молодежный центр']);
    // Negative: a line that wraps the item stays its own.
    expect(parseMinutes('T\n\nSuggestions:\n1. To repair the canal in the village of\nKara-Suu with the support of the district.\n2. To open a school.\n').suggestions[0]?.text).toBe('To repair the canal in the village of Kara-Suu with the support of the district');
  });
});

describe('forms: fields numbered or bulleted', () => {
  it('a numbered field that holds its own list after its colon gives the suggestions ("7. Suggestions made: 1) …; 2) …")', () => {
    const expected = [
      { number: 1, text: 'to update the pasture maps' },
      { number: 2, text: 'to introduce fines' },
    ];
    expect(parseMinutes('T\n\n6. Date: 5 May 2021\n7. Suggestions made: 1) to update the pasture maps; 2) to introduce fines.\n8. Next meeting: June.\n').suggestions).toEqual(expected);
    expect(parseMinutes('T\n\n1. Suggestions made: 1) to update the pasture maps; 2) to introduce fines.\n').suggestions).toEqual(expected);
    // Negative: a numbered item with no list of its own announces none ("3. Proposals were discussed: at length.").
    expect(parseMinutes('T\n\n3. Proposals were discussed: at length.\n4. Next meeting: June.\n').suggestions).toEqual([]);
  });
  it('counts in the numbered fields beside the total\'s ("7. Number of participants: 44" / "8. Women: 20" / "9. Men: 24")', () => {
    expect(parseMinutes('T\n\n6. Date: 5 May 2021\n7. Number of participants: 44\n8. Women: 20\n9. Men: 24\n10. Venue: Osh city\n').participants).toEqual({ total: 44, women: 20, men: 24, groups: [] });
    // Negative: a field two away that holds more than counts gives none.
    expect(parseMinutes('T\n\n7. Number of participants: 44\n8. Venue: Osh city, hall for 20 people\n').participants).toEqual({ total: 44, women: null, men: null, groups: [] });
  });
  it('a dash before a label under a line that runs on is a field\'s bullet, not the sentence going on ("… held in Talas region" / "- Topic: “…”")', () => {
    const r = parseMinutes('REPORT\non the Open Dialogue Platform held in Talas region\n- Topic: "Access of rural women to public services"\n\nThe meeting took place.\n');
    expect(r.title).toBe('REPORT on the Open Dialogue Platform held in Talas region');
    expect(r.topic).toBe('Access of rural women to public services');
    // Negative: a dash before a name, with no colon, goes on the sentence (the seed's "… of Kyrgyz Republic" / "- **Name**, …").
    expect(parseMinutes('T\n\nWith an introduction speech performed the deputy of chairman of State service of\n- **Toktobolotov Samat**, authorized representative.\n').speakers.map((p) => p.roles)).toEqual([['deputy of chairman of State service of', 'authorized representative']]);
  });
});

describe('hard-wrapped and spaced-out minutes', () => {
  it('a topic in quotes of two kinds, as an edited text mixes them, is the words between ("“Risks and consequences of migration"")', () => {
    // (It had kept its quotes.)
    expect(parseMinutes('Open dialogue platform in Osh region on the topic “Risks and consequences of migration"\n\nText.\n').topic).toBe('Risks and consequences of migration');
    expect(parseMinutes('Open dialogue platform in Osh region on the topic «Risks and consequences of migration"\n\nText.\n').topic).toBe('Risks and consequences of migration');
  });
  it('a dash that opens a line under a short labelled line ending with a name, in lower case after it, goes on that value ("Moderator: Name" / "– member of …")', async () => {
    // (It had opened a list of one, and the moderator had no roles.)
    const r = parseMinutes('T\n\nModerator: Mamatova Gulnara Tashtanovna\n– member of the Coordinating Council\nof Public Councils of state bodies,\ncandidate of pedagogical sciences.\n\nDate: 14 May 2021\n');
    expect(r.moderator?.roles).toEqual(['member of the Coordinating Council of Public Councils of state bodies', 'candidate of pedagogical sciences']);
    expect(parseMinutes('T\n\nModerator: Abdyrov T.Sh.\n- chairman of the Coordinating Council.\n').moderator?.roles).toEqual(['chairman of the Coordinating Council']);
    // Negative: under a value that ends in lower case, or before a capital, a list of one stays a list.
    expect(parseMinutes('T\n\nParticipants: 25 people\n- farmers\n\nText.\n').participants?.groups).toEqual(['farmers']);
    expect(parseMinutes('T\n\nSuggestions: the following\n- to repair roads\n\nText.\n').suggestions).toEqual([{ number: 1, text: 'to repair roads' }]);
    // So under a short line of prose that ends with a name: "…; Jusupov Mirlan" / "- imam of the central mosque".
    const wrapped = parseMinutes('T\n\nSpeakers: Mamyrov Ulan - representative of the State Commission; Tashieva Aigerim - psychologist; Jusupov Mirlan\n- imam of the central mosque.\n');
    expect(pairs(wrapped.speakers).at(-1)).toEqual(['Jusupov Mirlan', ['imam of the central mosque']]);
    const { normalize } = await import('../src/pipeline/normalize.js');
    expect(normalize('Speakers: Asanov Bolot\n- Kim Oleg\n')).toBe('Speakers: Asanov Bolot\n- Kim Oleg\n');
    // (Nor under a heading with no comma or semicolon: "Members of the Council" / "- representatives of NGOs".)
    expect(normalize('Members of the Council\n- representatives of NGOs\n')).toBe('Members of the Council\n- representatives of NGOs\n');
    expect(normalize('Moderator: Asanov Bolot\n- member of the council\n')).toBe('Moderator: Asanov Bolot\n– member of the council\n');
  });
  it('a name that opens a wrapped line of prose takes the roles on the line before it, after a name inside its line', () => {
    // (They had gone to the name before: "Kenzhebaev Marat" / "head", "deputy head of the road department No. 16".)
    const r = parseMinutes('T\n\nSpeeches were delivered by the head Kenzhebaev Marat, the deputy head of the road department No. 16\nOsmonaliev Tilek and the director Bekov Almaz.\n');
    expect(pairs(r.speakers)).toEqual([
      ['Kenzhebaev Marat', ['head']],
      ['Osmonaliev Tilek', ['deputy head of the road department No. 16']],
      ['Bekov Almaz', ['director']],
    ]);
    // Negative: entries a line each keep their roles after their names; a heading over a name is no role.
    expect(pairs(parseMinutes('T\n\nSpeakers:\nKenzhebaev Marat, head of police\nOsmonaliev Tilek, director\n').speakers)).toEqual([
      ['Kenzhebaev Marat', ['head of police']],
      ['Osmonaliev Tilek', ['director']],
    ]);
    expect(pairs(parseMinutes('T\n\nSummary of presentations\nMr. Talant Osmonov (State Tax Service) explained the rules.\n').speakers)).toEqual([['Talant Osmonov', ['State Tax Service']]]);
  });
  it('a line that ends with a spaced dash and a space, as `fold -s` leaves it, gives the name after it the roles before it', () => {
    // (With a space after both dashes, each name had taken the roles after it: "Sydykov Ermek" / "expert".)
    const want = [
      ['Sydykov Ermek', ['head of the veterinary department']],
      ['Kasymova Nurgul', ['expert of PF “Agroria”']],
    ];
    expect(pairs(parseMinutes('T\n\nWith reports spoke the head of the veterinary department – \nSydykov Ermek, expert of PF “Agroria” – \nKasymova Nurgul.\n').speakers)).toEqual(want);
    expect(pairs(parseMinutes('T\n\nWith reports spoke the head of the veterinary department –\nSydykov Ermek, expert of PF “Agroria” –\nKasymova Nurgul.\n').speakers)).toEqual(want);
    // Negative: a name that opens a line after no dash keeps the roles after it.
    expect(pairs(parseMinutes('T\n\nSpeakers:\nSydykov Ermek, head of the veterinary department;\nKasymova Nurgul, expert.\n').speakers)).toEqual([
      ['Sydykov Ermek', ['head of the veterinary department']],
      ['Kasymova Nurgul', ['expert']],
    ]);
  });
  it('a label set off by a dash may open with a capitalised article ("The moderator of the event – Name"), and ends the label before it', () => {
    const text = 'T\n\nPlace of the event – Karakol city, Issyk-Kul region,\nhotel «Amir», conference hall\nThe moderator of the event – Mamytova Zarina, member of\nthe Public Council of the Ministry of Natural Resources.\n';
    const r = parseMinutes(text);
    expect(r.venue).toEqual({ text: 'Karakol city, Issyk-Kul region, hotel «Amir», conference hall', city: 'Karakol', name: 'Amir', room: 'conference hall' });
    expect(r.moderator).toEqual({ name: { full: 'Mamytova Zarina', given: 'Zarina', patronymic: null, family: 'Mamytova' }, roles: ['member of the Public Council of the Ministry of Natural Resources'] });
    // Negative: in lower case it is a sentence wrapped on to the line, no label.
    const wrapped = 'The meeting was opened by the deputy head of the council and\nthe moderator of the event – Mamytova Zarina.\n';
    expect(findLabels(createDoc(wrapped, toTree(wrapped), en), en.labels.moderator)).toEqual([]);
  });
  it('a dash may end a label\'s line, its value wrapped on to the next ("Модератор площадки –" / "Name, role"); "Модератор площадки" is a label', () => {
    const r = parseMinutes('Т\n\nМесто проведения: г. Токмок,\nздание мэрии, малый зал.\nМодератор площадки –\nТоктосунов Бакыт, заместитель председателя Общественного совета ГРС.\n');
    expect(r.venue).toEqual({ text: 'г. Токмок, здание мэрии, малый зал', city: 'Токмок', name: 'здание мэрии', room: 'малый зал' });
    expect(r.moderator).toEqual({ name: { full: 'Токтосунов Бакыт', given: 'Бакыт', patronymic: null, family: 'Токтосунов' }, roles: ['заместитель председателя Общественного совета ГРС'] });
    expect(parseMinutes('T\n\nModerator –\nAsanov Bolot, expert.\n').moderator?.name.full).toBe('Asanov Bolot');
  });
  it('a dash that opens a line inside a bracket the line before left open goes on its sentence ("Total: 35 (women" / "– 8, men – 27).")', () => {
    expect(parseMinutes('T\n\nTotal: 35 (women\n– 8, men – 27).\n').participants).toEqual({ total: 35, women: 8, men: 27, groups: [] });
    // So does a label inside a line whose bracket it leaves open there.
    expect(parseMinutes('T\n\nParticipants: 30 farmers, 5 veterinarians. Total: 35 (women\n– 8, men – 27).\n').participants).toEqual({ total: 35, women: 8, men: 27, groups: ['30 farmers', '5 veterinarians'] });
    // Negative: after a closed bracket, dashes that open lines are bullets.
    expect(parseMinutes('T\n\nParticipants (35):\n– farmers;\n– veterinarians.\n').participants?.groups).toEqual(['farmers', 'veterinarians']);
  });
  it('a count wrapped before its word and a colon: "… 31 women and 25" / "men: ecologists, …"', () => {
    expect(parseMinutes('T\n\nThe event brought together 56 participants, including 31 women and 25\nmen: ecologists, teachers.\n').participants).toEqual({ total: 56, women: 31, men: 25, groups: ['ecologists', 'teachers'] });
    // Negative: a word that opens a count of its own on the next line is that count's ("Total – 34" / "Women – 14").
    expect(parseMinutes('T\n\nTotal – 34\nWomen – 14\nMen – 20\n').participants).toEqual({ total: 34, women: 14, men: 20, groups: [] });
  });
  it('a label in lower case that opens a line under prose that runs on is the sentence wrapped ("… 22 participants" / "attended: 8 women and 14 men.")', () => {
    expect(parseMinutes('T\n\nOn 30 September 2021 the district administration\nhosted an open dialogue platform. 22 participants\nattended: 8 women and 14 men.\n').participants).toEqual({ total: 22, women: 8, men: 14, groups: [] });
    // Negatives: under a labelled line, or after a stop, such a line is a label.
    expect(parseMinutes('T\n\nDate: 18.03.2021\nvenue: Osh city\n').venue?.city).toBe('Osh');
    expect(parseMinutes('T\n\nThe meeting was lively.\nparticipants: farmers, teachers.\n').participants?.groups).toEqual(['farmers', 'teachers']);
  });
  it('a label inside a line runs on to the next that opens with a bracket or in lower case ("… Total: 35" / "(women – 8, men – 27).")', () => {
    expect(parseMinutes('T\n\nParticipants: 30 farmers, 5 veterinarians. Total: 35\n(women – 8, men – 27).\n').participants).toEqual({ total: 35, women: 8, men: 27, groups: ['30 farmers', '5 veterinarians'] });
    // Negative: after a stop, the next line is no part of it.
    expect(parseMinutes('T\n\nParticipants: farmers, teachers. Total: 35.\n(The list is in the annex.)\n').participants).toEqual({ total: 35, women: null, men: null, groups: ['farmers', 'teachers'] });
  });
  it('entries a line each under a line that announces them, wrapped on to a line in lower case ("… - green" / "economy programme;")', () => {
    const r = parseMinutes('Open dialogue platform\n\nPresented:\nKurmanaliev Bekzat (Ministry of Economy) - green\neconomy programme;\nBeishembieva Saltanat (UNDP) - solar energy for farms.\n');
    expect(r.presentations).toEqual(['green economy programme', 'solar energy for farms']);
    expect(r.speakers.map((p) => [p.name.full, p.roles])).toEqual([
      ['Kurmanaliev Bekzat', ['Ministry of Economy']],
      ['Beishembieva Saltanat', ['UNDP']],
    ]);
    expect(parseMinutes('Open dialogue platform\n\nThe following people made presentations:\nMr. Talgat Imanaliev, director of the Community Based Tourism\nassociation – on homestays;\nMs. Cholpon Asanova, owner of a felt workshop – on handicrafts for\ntourists.\n').presentations).toEqual(['homestays', 'handicrafts for tourists']);
    // Or on to a line in capitals that opens with no name: "… of the Community Based" / "Tourism association – on homestays;".
    expect(parseMinutes('Open dialogue platform\n\nThe following people made presentations:\nMr. Talgat Imanaliev, director of the Community Based\nTourism association – on homestays;\nMs. Cholpon Asanova, owner of a felt workshop – on\nhandicrafts for tourists.\n').presentations).toEqual(['homestays', 'handicrafts for tourists']);
    // Negative: a line that opens with a name is the next entry, though the line above ends with no mark.
    expect(parseMinutes('Open dialogue platform\n\nSpeakers:\nAsanov Bolot, head of the Community Based\nKadyrova Aida, expert of UNDP\n').speakers.map((p) => [p.name.full, p.roles])).toEqual([
      ['Asanov Bolot', ['head of the Community Based']],
      ['Kadyrova Aida', ['expert of UNDP']],
    ]);
    // A joining word may end the line: "… – о" / "кадровом обеспечении сельских ФАПов.".
    expect(parseMinutes('ПРОТОКОЛ\n\nВЫСТУПИЛИ:\nАсанов Марат Токтогулович, главный врач областной больницы, – о\nкадровом обеспечении сельских ФАПов.\nСыдыкова Айгуль, представитель НКО «Здоровье», – с докладом «Мониторинг очередей в ЦСМ».\n').presentations).toEqual(['кадровом обеспечении сельских ФАПов', 'Мониторинг очередей в ЦСМ']);
    // So is a line under one that ends with a town's short word: "… УВД г." / "Ош;".
    const ru = parseMinutes('Открытая диалоговая площадка\n\nВыступили:\nЖолдошев Бакыт Маратович – заместитель начальника УВД г.\nОш;\nКадырова Айжан – директор кризисного центра «Сезим».\n');
    expect(ru.speakers.map((p) => [p.name.full, p.roles])).toEqual([
      ['Жолдошев Бакыт Маратович', ['заместитель начальника УВД г. Ош']],
      ['Кадырова Айжан', ['директор кризисного центра «Сезим»']],
    ]);
    // Negative: lines that each end an item stay an item each, a short word or not ("Dept.").
    const apart = parseMinutes('Open dialogue platform\n\nPresented:\nAsanov Bolot (Finance Dept.) - roads;\nKadyrova Aida (IOM) - water.\n');
    expect(apart.presentations).toEqual(['roads', 'water']);
    expect(apart.speakers.map((p) => [p.name.full, p.roles])).toEqual([
      ['Asanov Bolot', ['Finance Dept']],
      ['Kadyrova Aida', ['IOM']],
    ]);
  });
  it('entries each a paragraph a blank line apart under an announcing line or a talks label alone ("Speakers:" / "" / "Abdieva N., …" / "" / "Dr. Petrov I., …")', () => {
    const two = [['Abdieva N.', ['chief doctor of Kara-Balta family medicine centre']], ['Petrov I.', ['epidemiologist']]];
    for (const head of ['Speakers:', 'Speakers', '**Speakers**']) {
      expect(parseMinutes(`Open dialogue platform\n\n${head}\n\nAbdieva N., chief doctor of Kara-Balta family medicine centre\n\nDr. Petrov I., epidemiologist\n`).speakers.map((p) => [p.name.full, p.roles]), head).toEqual(two);
    }
    const talks = parseMinutes('Open dialogue platform\n\nThe following people made presentations:\n\nMr. Talgat Imanaliev, director of the association – on homestays;\n\nMs. Cholpon Asanova, owner of a felt workshop – on handicrafts for tourists.\n');
    expect(talks.presentations).toEqual(['homestays', 'handicrafts for tourists']);
    expect(talks.speakers.map((p) => [p.name.full, p.roles])).toEqual([['Talgat Imanaliev', ['director of the association']], ['Cholpon Asanova', ['owner of a felt workshop']]]);
    const presented = parseMinutes('Open dialogue platform\n\nPresented:\n\nKurmanaliev Bekzat (Ministry of Economy) - green economy programme;\n\nBeishembieva Saltanat (UNDP) - solar energy for farms.\n');
    expect(presented.presentations).toEqual(['green economy programme', 'solar energy for farms']);
    // Negatives: a paragraph that opens with no name ends the entries; a line that is more than the label is no head.
    const prose = parseMinutes('Open dialogue platform\n\nSpeakers:\n\nAbdieva N., chief doctor of Kara-Balta family medicine centre\n\nThe participants then discussed the roads.\n');
    expect(prose.speakers.map((p) => p.name.full)).toEqual(['Abdieva N.']);
    expect(prose.discussion).toEqual(['The participants then discussed the roads']);
    expect(parseMinutes('Open dialogue platform\n\nSpeakers were many\n\nAbdieva N., chief doctor\n\nDr. Petrov I., epidemiologist\n').speakers.map((p) => p.name.full)).toEqual(['Abdieva N.']);
  });
  it('in minutes with no blank lines, a list\'s last item ends before a capitalised sentence that ends with a colon ("* Name — farmer, district" / "The meeting adopted the following resolutions:")', () => {
    const r = parseMinutes('MINUTES\nKey speakers:\n* Omurzakov Tilek — Chairman of the Talas Association of Entrepreneurs\n* Nurmatov Aibek — farmer, Bakai-Ata district\nThe meeting adopted the following resolutions:\n1. To ask the Ministry of Economy to simplify loans;\n2. To organise a business forum.\n');
    expect(r.speakers.map((p) => [p.name.full, p.roles])).toEqual([
      ['Omurzakov Tilek', ['Chairman of the Talas Association of Entrepreneurs']],
      ['Nurmatov Aibek', ['farmer', 'Bakai-Ata district']],
    ]);
    expect(r.suggestions.map((s) => s.number)).toEqual([1, 2]);
    // Negative: a line in lower case goes on the item ("* Nurmatov Aibek — farmer of the" / "district:" stays one).
    expect(parseMinutes('MINUTES\nKey speakers:\n* Omurzakov Tilek — Chairman of the Talas Association of Entrepreneurs\n* Nurmatov Aibek — farmer, head of the\nfarmers\' union of Bakai-Ata district\nThe meeting adopted the following resolutions:\n1. To ask the Ministry of Economy to simplify loans;\n2. To organise a business forum.\n').speakers.at(-1)?.roles).toEqual(['farmer', "head of the farmers' union of Bakai-Ata district"]);
  });
  it('labels alone over their values ("Number of participants:" / "44" / "Women:" / "20"), each value ending as on the label\'s line', () => {
    expect(parseMinutes('T\n\nNumber of participants:\n44\nWomen:\n20\nMen:\n24\n').participants).toEqual({ total: 44, women: 20, men: 24, groups: [] });
    const r = parseMinutes('OPEN DIALOGUE PLATFORM\nTheme:\nCorruption risks in public procurement\nOsh region, Uzgen district\n\nWhere:\nTalas, Hotel "Talas Plaza", 2nd floor meeting room\nModerated by Bolotbekov, Adilet (Public Council of the Ministry of Youth)\n');
    expect(r.topic).toBe('Corruption risks in public procurement');
    expect(r.venue?.text).toBe('Talas, Hotel "Talas Plaza", 2nd floor meeting room');
    expect(r.moderator?.name.full).toBe('Bolotbekov, Adilet');
  });
  it('a lower-case label under a short line is wrapped prose only where that line leads on or leaves a quotation open', () => {
    // ("… Talas region on" / "the topic: …"; "… the report “Social benefits in Talas" / "region: what has changed”".)
    expect(parseMinutes('Dialogue platform in Talas region on\nthe topic: "Drinking water and irrigation"\n\nText.\n').title).toBe('Dialogue platform in Talas region on the topic: "Drinking water and irrigation"');
    expect(parseMinutes('T\n\nMr. Bakyt Osmonov, head of the social\nprotection department, presented the\nreport "Social benefits in Talas\nregion: what has changed".\n').presentations).toEqual(['Social benefits in Talas region: what has changed']);
    // Negative: under a place line it is a label ("Chui region" / "subject: …").
    expect(parseMinutes('Open Dialogue Platform\nChui region\nsubject: Transparency of local budgets\n\nText.\n').topic).toBe('Transparency of local budgets');
  });
  it('a place line under a label\'s wrapped quotation ends its value, with the city\'s word first too ("Тема: «…" / "…»" / "г. Ош, 24.11.2021 г.")', () => {
    const r = parseMinutes('Открытая диалоговая площадка\nТема: «Бытовое насилие: профилактика и\nзащита»\nг. Ош, 24.11.2021 г.\n\nТекст.\n');
    expect(r.topic).toBe('Бытовое насилие: профилактика и защита');
    expect(parseMinutes('Open dialogue platform\nTopic: “Domestic violence: prevention and\nprotection”\nCity of Osh, 24.11.2021\n\nText.\n').topic).toBe('Domestic violence: prevention and protection');
    // Negative: a line that goes on the sentence is no place line ("… in the" / "city of Osh").
    expect(parseMinutes('Open dialogue platform\n\nTopic: the situation of women in the\ncity of Osh and its villages.\n').topic).toBe('the situation of women in the city of Osh and its villages');
  });
  it('a short line with a date whose sentence runs on to the next line in lower case is no place line ("On 30 September 2021, X hosted" / "an open dialogue platform.")', () => {
    // (The line is no place line, "… administration hosted"; the subject of "hosted", a building's word, is the place.)
    expect(parseMinutes('T\n\nOn 30 September 2021, Uzgen district administration hosted\nan open dialogue platform.\n').venue?.text).toBe('Uzgen district administration');
    expect(parseMinutes('T\n\nOn 30 September 2021, the Public Council of Uzgen district hosted\nan open dialogue platform.\n').venue).toBeNull();
    // Negatives: a place wrapped above the date, and a date line alone, are places.
    expect(parseMinutes('T\n\nNookat town, district administration building,\nassembly hall\n12th of October, 2022\n\nText.\n').venue?.text).toBe('Nookat town, district administration building, assembly hall');
    expect(parseMinutes('T\n\n30 September 2021, Uzgen district administration\n\nText.\n').venue?.text).toBe('Uzgen district administration');
  });
  it('numbered suggestions inside a sentence that wraps on to the next line', () => {
    expect(value(suggestions, 'T\n\nSuggestions made: 1) to update the pasture maps; 2) to introduce fines\nfor overgrazing; 3) to meet in autumn.')).toEqual([
      { number: 1, text: 'to update the pasture maps' },
      { number: 2, text: 'to introduce fines for overgrazing' },
      { number: 3, text: 'to meet in autumn' },
    ]);
  });
  it('lettered suggestions inside a sentence: "Suggestions made: a) to create …; b) to stop …"', () => {
    const expected = [
      { number: 1, text: 'to create a concept' },
      { number: 2, text: 'to stop migration' },
    ];
    expect(value(suggestions, 'T\n\nSuggestions made: a) to create a concept; b) to stop migration.')).toEqual(expected);
    expect(value(suggestions, 'T\n\nThe participants suggested the following: (a) to create a concept; (b) to stop migration. The meeting closed.')).toEqual(expected);
    expect(value(suggestions, 'T\n\nSuggestions made: (A) to create a concept; (B) to stop migration.')).toEqual(expected);
    expect(parseMinutes('Т\n\nПредложения: а) создать концепцию; б) остановить миграцию.').suggestions).toEqual([
      { number: 1, text: 'создать концепцию' },
      { number: 2, text: 'остановить миграцию' },
    ]);
    // Negatives: letters out of their run, or one alone, open no items.
    expect(value(suggestions, 'T\n\nSuggestions made: b) to create a concept; c) to stop migration.').map((s) => s.text)).toEqual(['b) to create a concept', 'c) to stop migration']);
    expect(value(suggestions, 'T\n\nSuggestions made: to create a concept (a) and to stop migration.')).toEqual([]);
  });
  it('the last of items parted by semicolons ends with its sentence: "…; 2) to stop migration. At the end …"', () => {
    expect(value(suggestions, 'T\n\nSuggestions made: 1) to create a concept; 2) to stop migration in Osh c. and Batken. At the end the conclusions were summed up.')).toEqual([
      { number: 1, text: 'to create a concept' },
      { number: 2, text: 'to stop migration in Osh c. and Batken' },
    ]);
    // Negative: items that end with periods give no such sign; the last goes on as before.
    expect(value(suggestions, 'T\n\nSuggestions made: 1) to create a concept. 2) to stop migration. It is urgent.').at(-1)?.text).toBe('to stop migration. It is urgent');
  });
  it('a report typed as one line: the title up to a label right after its closing quote, and the list a sentence announces inside it', () => {
    const long = ' The participants discussed the roads and the schools of the district at length.'.repeat(12);
    const r = parseMinutes(`Open dialogue platform in Osh region on the topic “Roads” Participants: farmers, teachers.${long} Presentations “Road repair” and “School buses” were made. Suggestions concerning the resolution were included: 1. To repair the road; 2. To buy two buses. At the end the conclusions were summed up.`);
    expect(r.title).toBe('Open dialogue platform in Osh region on the topic “Roads”');
    expect(r.participants?.groups).toEqual(['farmers', 'teachers']);
    expect(r.presentations).toEqual(['Road repair', 'School buses']);
    expect(r.suggestions).toEqual([
      { number: 1, text: 'To repair the road' },
      { number: 2, text: 'To buy two buses' },
    ]);
    // Negative: a closing quote before words that are no label ends no title, and a long line's numbers after a colon
    // that no suggestion announces are no list.
    expect(parseMinutes(`Open dialogue platform on the topic “Roads” in Osh region with farmers: a lively meeting.${long}`).title).toBe(null);
    expect(parseMinutes(`T\n\nThe agenda had two points:${long} 1. roads; 2. schools.`).suggestions).toEqual([]);
  });
  it('an announcement that wraps on to the next line still announces the list', () => {
    expect(value(suggestions, 'T\n\nSuggestions concerning inclusion to the resolution were\nincluded:\n1. To open a service;\n2. To hold a fair.').map((s) => s.number)).toEqual([1, 2]);
  });
  it('a role wrapped on to the line of the name stays the role', () => {
    expect(value(moderator, 'T\n\nModerator: Public Council of the Ministry of Transport\nchairwoman – Mamytova Nurgul Toktosunovna')?.roles).toEqual([
      'Public Council of the Ministry of Transport chairwoman',
    ]);
  });
  it('negative: a name that opens its line ends what the line before said', () => {
    expect(nameAndRoles('T\n\nSpeakers: Aida Bekova, teacher\nNurlan Bekov, doctor')).toEqual([
      ['Aida Bekova', ['teacher']],
      ['Nurlan Bekov', ['doctor']],
    ]);
    // So does one after an honorific: a heading on the line before is no role of theirs.
    expect(pairs(parseMinutes('T\n\nSummary of presentations\nMr. Talant Osmonov (State Tax Service) explained the new patent system. Ms. Dinara Alieva, tax consultant, spoke about invoices.\n').speakers)).toEqual([
      ['Talant Osmonov', ['State Tax Service']],
      ['Dinara Alieva', ['tax consultant']],
    ]);
    // (A role that wraps on to the line of the name stays the name's, an honorific before it or not.)
    expect(nameAndRoles('T\n\nA speech was made by the head of the department\nMr. Asanov Bolot, who spoke about roads.')).toEqual([['Asanov Bolot', ['head of the department']]]);
  });
  it('a label alone on its line takes the paragraph after a blank line as its content', () => {
    expect(value(moderator, 'T\n\n**Moderator:**\n\nMr. Aibek Bekov, Public Council member')).toMatchObject({ name: { full: 'Aibek Bekov' }, roles: ['Public Council member'] });
  });
  it('negative: not a list, nor a paragraph with a label of its own', () => {
    expect(value(moderator, 'T\n\nModerator:\n\nDate: 3 May 2021')).toBeNull();
  });
  it('a date wrapped over two lines keeps a space for the line break, and the place before it', () => {
    const r = parseMinutes('MINUTES No. 3\n\nIssyk-Kul region, Balykchy city      14\nOctober 2021\n\nPresent: 31 people.');
    expect(r.date).toMatchObject({ text: '14 October 2021', iso: '2021-10-14' });
    expect(r.venue?.city).toBe('Balykchy');
  });
  it('the place a blank line away from the date, each on a line of its own', () => {
    expect(parseMinutes('MINUTES\n\nNookat town, district administration building\n\n12 October 2022\n\nPresent: 35 people.').venue?.city).toBe('Nookat');
  });
  it('negative: "chairwoman – Name" opening a line in lower case is no label', () => {
    expect(value(moderator, 'T\n\nThe meeting was led by the\nchairwoman – Aida Bekova.')?.name.full).toBe('Aida Bekova');
    expect(value(moderator, 'T\n\nIt was opened by the deputy mayor.\nchairwoman – Aida Bekova')).toBeNull();
  });
});

describe('list styles markdown does not know: "(1)" and lettered items', () => {
  it('"(1) Name, role" lines are a list of speakers, the numbers no role', () => {
    expect(nameAndRoles('T\n\nSpeakers:\n(1) Nazira Jumabaeva, lawyer\n(2) Erlan Sultanbekov – head of the land department')).toEqual([
      ['Nazira Jumabaeva', ['lawyer']],
      ['Erlan Sultanbekov', ['head of the land department']],
    ]);
  });
  it('lettered items are a list: speakers in "а)" items, and suggestions numbered as their letters', () => {
    const r = parseMinutes('## Платформа открытого диалога\n\n### Выступления\nа) Приветственное слово – Абдыраева Гульмира, заместитель мэра.\nб) Доклад – Турдубаев Э.К., врач-эксперт.\n\nПредложения:\nа) ввести страхование;\nб) информировать мигрантов.\n');
    expect(r.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Абдыраева Гульмира', ['заместитель мэра']],
      ['Турдубаев Э.К.', ['врач-эксперт']],
    ]);
    expect(r.suggestions).toEqual([
      { number: 1, text: 'ввести страхование' },
      { number: 2, text: 'информировать мигрантов' },
    ]);
  });
  it('the markers are rewritten one for one: offsets, lines and columns stay', async () => {
    const { numberLetterItems } = await import('../src/pipeline/letter-items.js');
    const text = 'Предложения:\nа) одно;\n  б) два;\nк) десятое\nва) нет';
    expect(numberLetterItems(text, ru)).toBe('Предложения:\n1) одно;\n  2) два;\nк) десятое\nва) нет');
    expect(normalize('(1) one\n(12) twelve\n(a) no')).toBe('1)  one\n12)  twelve\n(a) no');
    // (A number and a closing square bracket too; not one in a text, nor one with no space after it.)
    expect(normalize('1] one\n 12] twelve\nsee 3] here\n4]five')).toBe('1) one\n 12) twelve\nsee 3] here\n4]five');
  });
});

describe('items numbered after a noun or "No." ("Suggestion 1:", "No. 2.", "Пункт 3.")', () => {
  it('reads them as numbered items, in paragraphs of their own or line by line', () => {
    expect(parseMinutes('# Open dialogue platform\n\nSuggestions made:\n\nSuggestion 1: to open a centre for migrants.\n\nSuggestion 2: to train consular staff.\n').suggestions).toEqual([
      { number: 1, text: 'to open a centre for migrants' },
      { number: 2, text: 'to train consular staff' },
    ]);
    expect(parseMinutes('# Open dialogue platform\n\nSuggestions made:\nNo. 1. To open a centre;\nNo. 2. To train staff.\n').suggestions).toEqual([
      { number: 1, text: 'To open a centre' },
      { number: 2, text: 'To train staff' },
    ]);
    expect(parseMinutes('# Т\n\nРешили:\nПункт 1. Открыть центр.\nПункт 2. Обучить персонал.\n').suggestions.map((s) => s.text)).toEqual(['Открыть центр', 'Обучить персонал']);
  });
  it('after "No." or "№" the number needs no mark of its own ("No.1 The creation …", "№ 2 усилить …")', () => {
    expect(parseMinutes('# Open dialogue platform\n\nSuggestions:\nNo.1 The creation of a service;\nNo.2 Strengthening of boundaries.\n').suggestions).toEqual([
      { number: 1, text: 'The creation of a service' },
      { number: 2, text: 'Strengthening of boundaries' },
    ]);
    expect(parseMinutes('# Т\n\nПредложения:\n№ 1 создать службу;\n№ 2 усилить границы.\n').suggestions.map((s) => s.number)).toEqual([1, 2]);
    // Negative: after an item noun alone it does ("Suggestion 1 create" is no item).
    expect(parseMinutes('# Open dialogue platform\n\nSuggestions:\nSuggestion 1 create;\nSuggestion 2 strengthen.\n').suggestions).toEqual([]);
    // A dash after the number sets the text off, and is none of it ("No. 1 – Open …", "Recommendation 2 – Train …", "№ 1 – …").
    const want = [
      { number: 1, text: 'Open centres' },
      { number: 2, text: 'Train staff' },
    ];
    expect(parseMinutes('# Open dialogue platform\n\nProposals:\nNo. 1 – Open centres;\nNo. 2 – Train staff.\n').suggestions).toEqual(want);
    expect(parseMinutes('# Open dialogue platform\n\nRecommendations:\nRecommendation 1 – Open centres.\nRecommendation 2 - Train staff.\n').suggestions).toEqual(want);
    expect(parseMinutes('# Т\n\nПредложения:\n№ 1 – Открыть центры;\n№ 2 – Обучить персонал.\n').suggestions.map((s) => s.text)).toEqual(['Открыть центры', 'Обучить персонал']);
    // Negative: a dash with no space after it is the text's ("No. 1 -5% tax" keeps its minus).
    expect(parseMinutes('# Open dialogue platform\n\nProposals:\nNo. 1 -5% tax on bread;\nNo. 2 -3% on milk.\n').suggestions.map((s) => s.text)).toEqual(['-5% tax on bread', '-3% on milk']);
  });
  it('negative: a sentence about a suggestion after the list is not an item of it', () => {
    expect(parseMinutes('# Open dialogue platform\n\nSuggestions made:\n1. To open a centre.\n2. To train staff.\n\nThe suggestion 2 was supported by all.\n').suggestions).toHaveLength(2);
  });
});

describe('suggestions with no numbers, a line each, under an announcement that ends with a colon', () => {
  it('each line a sentence of its own is an item, numbered 1, 2, …', () => {
    const want = [
      { number: 1, text: 'To create a migration service' },
      { number: 2, text: 'To strengthen the borders' },
    ];
    expect(parseMinutes('# Open dialogue platform\n\nSuggestions made:\nTo create a migration service.\nTo strengthen the borders.\n').suggestions).toEqual(want);
    expect(parseMinutes('# Open dialogue platform\n\nThe following suggestions were made:\n\nTo create a migration service;\nTo strengthen the borders.\n').suggestions).toEqual(want);
  });
  it('negative: hard-wrapped prose, one line, or lines with numbers the markers do not take', () => {
    expect(parseMinutes('# Open dialogue platform\n\nThe following suggestions were made:\nthe participants discussed the creation of a migration\nservice and the strengthening of the borders.\n').suggestions).toEqual([]);
    expect(parseMinutes('# Open dialogue platform\n\nSuggestions made:\nTo create a migration service.\n').suggestions).toEqual([]);
    expect(parseMinutes('# Open dialogue platform\n\nSuggestions:\nSuggestion 1 create;\nSuggestion 2 strengthen.\n').suggestions).toEqual([]);
  });
});

describe('items lettered with capitals ("A. ", "B. ", "C. ")', () => {
  it('are numbered 1, 2, 3 and lose their letters, in a run of lines one under the other', () => {
    expect(parseMinutes('# Open dialogue platform\n\nSuggestions made:\nA. To open a migrant centre;\nB. To train local staff;\nC. To hold meetings.\n').suggestions).toEqual([
      { number: 1, text: 'To open a migrant centre' },
      { number: 2, text: 'To train local staff' },
      { number: 3, text: 'To hold meetings' },
    ]);
  });
  it('negative: initials are no letters ("A. Bekova" / "B. Asanov"), nor are letters far apart', async () => {
    const { numberLetterItems } = await import('../src/pipeline/letter-items.js');
    for (const text of ['A. Bekova, expert\nB. Asanov, lawyer\n', 'A. Bekova spoke first.\n\nSome text.\n\nMore text.\n\nB. Asanov spoke next.\n', 'A. Open a centre.\n\n\n\nB. Train staff.\n']) {
      expect(numberLetterItems(text, en)).toBe(text);
    }
    expect(numberLetterItems('A. Open a centre;\nB. Train staff.\n', en)).toBe('1. Open a centre;\n2. Train staff.\n');
  });
});

describe('list style markdown does not know: a dash after the number ("1 - text")', () => {
  it('suggestions numbered "1 – …", "2 – …" are read as a list', () => {
    expect(parseMinutes('# Open dialogue platform\n\nSuggestions made:\n1 – to open a centre;\n2 – to train staff;\n3 – to hold meetings.\n').suggestions).toEqual([
      { number: 1, text: 'to open a centre' },
      { number: 2, text: 'to train staff' },
      { number: 3, text: 'to hold meetings' },
    ]);
  });
  it('a run 1, 2, 3 … is rewritten one for one: offsets, lines and columns stay', async () => {
    const { numberDashItems } = await import('../src/pipeline/dash-items.js');
    const text = 'Proposals:\n1 - one\n  2  – two\n3 — three';
    expect(numberDashItems(text)).toBe('Proposals:\n1)  one\n  2)   two\n3)  three');
    expect(numberDashItems(text)).toHaveLength(text.length);
    // With no white space before the dash too: "1- one".
    expect(numberDashItems('Proposals:\n1- one\n2- two')).toBe('Proposals:\n1) one\n2) two');
    // A slash after the number, or a bracket set off by a space.
    expect(numberDashItems('Proposals:\n1/ one\n2/ two')).toBe('Proposals:\n1) one\n2) two');
    expect(numberDashItems('Proposals:\n1 ) one\n 2 ) two')).toBe('Proposals:\n1)  one\n 2)  two');
    // Or a period set off by a space, as sloppy typing leaves it ("1 . To open …").
    expect(numberDashItems('Proposals:\n1 . one\n2  . two')).toBe('Proposals:\n1)  one\n2)   two');
  });
  it('suggestions numbered "1/ …", "1 ) …" or "1 . …" are read as a list', () => {
    for (const mark of ['/', ' )', ' .']) {
      const text = `# Open dialogue platform\n\nSuggestions made:\n1${mark} to open a centre;\n2${mark} to train staff.\n`;
      expect(parseMinutes(text).suggestions).toEqual([
        { number: 1, text: 'to open a centre' },
        { number: 2, text: 'to train staff' },
      ]);
    }
  });
  it('negative: a range of days opening a line is no item ("25 - 26 February"), nor a number out of its run', async () => {
    const { numberDashItems } = await import('../src/pipeline/dash-items.js');
    for (const text of ['25 - 26 February 2021, Osh city', '1 - 2 people\nwere late', '2 - two\n3 - three', '1 - one\n3 - three', '18- 19 March 2021', '1-2 days\n2-3 weeks', '1/2 of the people\n2/3 of them', '1 )', '1) one\n2 )', '2 . 5 million\n3 . 5 million', '1 .5 litres\n2 .5 litres', '1 . one']) {
      expect(numberDashItems(text)).toBe(text);
    }
    expect(parseMinutes('# Round table\n\n25 - 26 February 2021, Osh city\n').date?.text).toBe('25 - 26 February 2021');
  });
});

describe('suggestions in a table', () => {
  it('a table under the announcing line gives one suggestion per row: the number cell, and the suggestion’s column', () => {
    const table = (head: string) => `T\n\nSuggestions:\n\n${head}\n|---|---|---|\n| 1 | Build a school | Mayor's office |\n| 2 | Repair roads | Akimiat |\n`;
    const expected = [
      { number: 1, text: 'Build a school' },
      { number: 2, text: 'Repair roads' },
    ];
    expect(parseMinutes(table('| No | Suggestion | Responsible |')).suggestions).toEqual(expected);
    expect(parseMinutes(table('| No | What | Who |')).suggestions).toEqual(expected);
    expect(parseMinutes("T\n\nRecommendations:\n\n| No | Responsible | Recommendation |\n|---|---|---|\n| 1 | Mayor's office | Build a school |\n").suggestions).toEqual([{ number: 1, text: 'Build a school' }]);
    // Negative: a table further down, past a paragraph, is not the list (unless a column is headed as suggestions, below).
    expect(parseMinutes("T\n\nSuggestions:\n\nThey were many.\n\n| No | What |\n|---|---|\n| 1 | Build a school |\n").suggestions).toEqual([]);
  });
  it('with no announcing line, a table with a column headed as suggestions is the list, wherever it is', () => {
    const rows = '| 1 | Open a youth centre | Ayil okmotu |\n| 2 | Hold monthly meetings | Akimiat |\n';
    for (const minutes of [`T\n\n| No. | Recommendation | Responsible |\n|---|---|---|\n${rows}`, `T\n\nSuggestions:\n\nThey were many.\n\n| No | Suggestion | Who |\n|---|---|---|\n${rows}`]) {
      expect(parseMinutes(minutes).suggestions.map((s) => [s.number, s.text]), minutes).toEqual([[1, 'Open a youth centre'], [2, 'Hold monthly meetings']]);
    }
    expect(parseMinutes('Протокол\n\n| № | Рекомендация | Ответственный |\n|---|---|---|\n| 1 | Открыть молодежный центр | Айыл окмоту |\n').suggestions).toEqual([{ number: 1, text: 'Открыть молодежный центр' }]);
    // Negatives: a table with no such column is none ("| Name | Position |", a programme), nor one whose column names who
    // proposed, or items of another kind.
    expect(parseMinutes('T\n\n| Question | Proposed by |\n|---|---|\n| Roads | Aida Bekova |\n| Water | Bolot Asanov |\n').suggestions).toEqual([]);
    // (With both, the column headed as suggestions gives the text, not the one of who proposed.)
    expect(parseMinutes('T\n\n| Question | Proposed by | Recommendation |\n|---|---|---|\n| Roads | Aida Bekova | Repair the bridge |\n').suggestions).toEqual([{ number: 1, text: 'Repair the bridge' }]);
    expect(parseMinutes('T\n\n| No. | Item | Cost |\n|---|---|---|\n| 1 | Coffee break | 2,000 |\n').suggestions).toEqual([]);
    expect(parseMinutes('T\n\n| Time | Topic | Speaker |\n|---|---|---|\n| 10:00 | Opening | Aida Bekova |\n| 10:15 | Roads | Bolot Asanov |\n').suggestions).toEqual([]);
  });
  it('a labelled line indented under an item is no part of it ("   Responsible: …", "   Срок: …")', () => {
    const texts = (minutes: string) => parseMinutes(minutes).suggestions.map((s) => `${s.number} ${s.text}`);
    expect(texts('T\n\nRecommendations:\n\n1. Open a youth centre\n   Responsible: ayil okmotu. Deadline: 2022.\n2. Hold monthly meetings\n   Responsible: akimiat.\n')).toEqual(['1 Open a youth centre', '2 Hold monthly meetings']);
    expect(texts('Протокол\n\nРекомендации:\n\n1. Открыть молодежный центр\n   Срок: 2022 год.\n2. Провести встречи\n')).toEqual(['1 Открыть молодежный центр', '2 Провести встречи']);
    // Negative: a line of the item that is no label stays ("   in every village").
    expect(parseMinutes('T\n\nRecommendations:\n\n1. Open a youth centre\n   in every village\n2. Hold meetings\n').suggestions[0]!.text).toBe('Open a youth centre in every village');
  });
});

describe('front matter ("---" / "title: …" / "---" at the top of a markdown file)', () => {
  const body = '# Open dialogue platform in Osh region on the topic “Migration”\n\nModerator: Aida Bekova, expert.\n\nDate and venue: 18 March 2021, Osh city, hotel “Orto-Asia”.\n';
  it('is the file’s metadata, not the minutes’: its "title:" and quotes give no title, topic or talk', () => {
    const record = parseMinutes(`---\ntitle: "Open dialogue platform in Osh region"\ndate: 2021-03-18\ntags:\n  - migration\n---\n\n${body}`);
    expect(record.title).toBe('Open dialogue platform in Osh region on the topic “Migration”');
    expect(record.topic).toBe('Migration');
    expect(record.presentations).toEqual([]);
    expect(record.date?.text).toBe('18 March 2021');
  });
  it('is blanked one for one, so lines and columns stay; TOML between "+++" too', async () => {
    const { withoutFrontMatter } = await import('../src/pipeline/front-matter.js');
    expect(withoutFrontMatter('---\ntitle: X\n---\nText')).toBe('   \n        \n   \nText');
    expect(withoutFrontMatter('+++\ntitle = "X"\n[extra]\n+++\nText')).toBe('   \n           \n       \n   \nText');
    expect(parseMinutes(`---\ntitle: X\n---\n${body}`, { positions: true }).positions?.['/moderator/name']).toMatchObject({ start: { line: 6, column: 12 } });
  });
  it('negative: a title between two rules, a rule with no close, or one not at the top is no front matter', async () => {
    const { withoutFrontMatter } = await import('../src/pipeline/front-matter.js');
    const ruled = '---\nOPEN DIALOGUE PLATFORM\n---\n\nModerator: Aida Bekova, expert.\n';
    expect(withoutFrontMatter(ruled)).toBe(ruled);
    expect(withoutFrontMatter('---\ntitle: X\n\nText')).toBe('---\ntitle: X\n\nText');
    expect(withoutFrontMatter('Text\n---\ntitle: X\n---\n')).toBe('Text\n---\ntitle: X\n---\n');
    expect(withoutFrontMatter('----\ntitle: X\n----\n')).toBe('----\ntitle: X\n----\n');
  });
});

describe('page numbers of a PDF export ("                    2" or "- 2 -" on a line of its own)', () => {
  const pad = ' '.repeat(40);
  it('are no part of the item or sentence the page break cut', () => {
    for (const page of [`${pad}2`, '- 2 -', '   – 12 –']) {
      const r = parseMinutes(`Open dialogue platform\n\nSuggestions made:\n1. To strengthen the border service;\n2. To create youth clubs in border villages;\n${page}\n3. To improve the roads.\n`);
      expect(r.suggestions.map((s) => s.text)).toEqual(['To strengthen the border service', 'To create youth clubs in border villages', 'To improve the roads']);
    }
  });
  it('at the margin, alone between blank lines inside a list of suggestions, are no part of it, and the list goes on', () => {
    const r = parseMinutes('Open dialogue platform\n\nSuggestions:\n1. Open a centre for\n\n2\n\nmigrants;\n2. Train staff.\n');
    expect(r.suggestions).toEqual([
      { number: 1, text: 'Open a centre for migrants' },
      { number: 2, text: 'Train staff' },
    ]);
    // (The next number may run on in the paragraph after it, as markdown reads any but a "1.".)
    expect(parseMinutes('Open dialogue platform\n\nSuggestions:\n1. Open a centre.\n\nThe district will pay.\n2. Train staff.\n').suggestions.map((s) => s.number)).toEqual([1, 2]);
    // Negative: the list still ends where no number goes on after the page's.
    expect(parseMinutes('Open dialogue platform\n\nSuggestions:\n1. Open a centre.\n\n2\n\nThe meeting closed.\n').suggestions).toEqual([{ number: 1, text: 'Open a centre' }]);
  });
  it('are blanked one for one, so lines and columns stay', async () => {
    const { withoutPageNumbers } = await import('../src/pipeline/page-numbers.js');
    expect(withoutPageNumbers(`Text\n${pad}2\n- 3 -\nMore`)).toBe(`Text\n${' '.repeat(41)}\n     \nMore`);
  });
  it('negative: a number near the margin, or with words beside it, stays (a count under its label, a row)', async () => {
    const { withoutPageNumbers } = await import('../src/pipeline/page-numbers.js');
    for (const text of ['Women:\n24\nMen:\n16', 'Women:\n        24', `${pad}24 women`, `Total ${pad}40`, '- 2 participants -', `${pad}2021`]) expect(withoutPageNumbers(text)).toBe(text);
  });
  it('with their label on a line of its own ("Page 1 of 2", "Страница 2 из 3") are blanked too, at any indent', async () => {
    // (Under a venue line it had run on into the venue: "Tokmok city, conference hall of the “Chui” hotel. Page 1 of 2".)
    const r = parseMinutes(`Open dialogue platform\n\nDate and venue: November 25, 2021, Tokmok city, the “Chui” hotel.\n${pad}Page 1 of 2\nTotally: 31 participants.\n`);
    expect(r.venue).toMatchObject({ text: 'Tokmok city, the “Chui” hotel', city: 'Tokmok', name: 'Chui' });
    expect(r.participants?.total).toBe(31);
    const { withoutPageLabels } = await import('../src/pipeline/page-numbers.js');
    expect(withoutPageLabels('Text\nPage 2/5\n  p. 3\nMore', en)).toBe('Text\n        \n      \nMore');
    expect(withoutPageLabels('Текст\nСтраница 1 из 3\nстр. 4', ru)).toBe(`Текст\n${' '.repeat(15)}\n      `);
    // Negative: a page's word among other words, or with no number, stays.
    for (const text of ['Page two', 'The page 2 of the report', 'Page 2: the budget', 'See p. 4 of the annex']) expect(withoutPageLabels(text, en)).toBe(text);
  });
  it('running heads set out in columns and repeated word for word are blanked; a footnote’s superscript mark is dropped', async () => {
    // (The head had been the title, "Open Dialogue Platform Report UNDP Kyrgyzstan", and the region none; the mark had
    // stayed in the role, "Chairman of the Coordination Council¹".)
    const head = `Open Dialogue Platform Report${' '.repeat(40)}UNDP Kyrgyzstan`;
    const r = parseMinutes(`${head}\n\nOpen dialogue platform in Issyk-Kul region on the topic “Tourism and ecology”\n\nModerator: Abdyrov Tolonbek Shakirovich, Chairman of the Coordination Council¹.\n\n¹ Coordination Council of Public Councils.\n\n${head}\n\nSuggestions made:\n1. to introduce an ecological fee;\n2. to build treatment facilities.\n`);
    expect([r.title, r.region]).toEqual(['Open dialogue platform in Issyk-Kul region on the topic “Tourism and ecology”', 'Issyk-Kul']);
    expect(r.moderator?.roles).toEqual(['Chairman of the Coordination Council']);
    expect(r.suggestions).toHaveLength(2);
    const { withoutRunningHeads } = await import('../src/pipeline/page-numbers.js');
    expect(withoutRunningHeads(`${head}\nText\n${head}\n`)).toBe(`${' '.repeat(head.length)}\nText\n${' '.repeat(head.length)}\n`);
    const { normalize } = await import('../src/pipeline/normalize.js');
    expect(normalize('Asanov Bolot², expert of “Aikol”³.')).toBe('Asanov Bolot, expert of “Aikol”.');
    // Negative: a line in columns that stands once, a table's repeated row and a unit's power stay.
    for (const text of [`${head}\nText`, '| Name      | Role      |\n| a | b |\n| Name      | Role      |', `Women${' '.repeat(8)}24\nMen${' '.repeat(8)}16`]) expect(withoutRunningHeads(text)).toBe(text);
    expect(normalize('a hall of 200 m² and 15 км²')).toBe('a hall of 200 m² and 15 км²');
  });
});

describe('a paragraph or list item broken off mid-sentence by a blank line (a page break, a PDF copy) goes on after it', () => {
  const speech = (cut: string) =>
    `Open dialogue platform\n\nThe information was presented by the inspector of the${cut}juvenile affairs department of the Osh city police department, captain of police - **Toktogulova Aizada**. The imam **Abdukarimov Nurlan** told about the position of the mosque.\n`;
  it('a speaker whose cue stood before the break keeps it, with a page label or number between or not', () => {
    // (The speaker after the break had been lost: the paragraph after it has no cue of its own.)
    for (const cut of ['\n\n', '\n\nPage 2 of 3\n\n', `\n\n${' '.repeat(40)}2\n\n`]) {
      expect(pairs(parseMinutes(speech(cut)).speakers), JSON.stringify(cut)).toEqual([
        ['Toktogulova Aizada', ['inspector of the juvenile affairs department of the Osh city police department', 'captain of police']],
        ['Abdukarimov Nurlan', ['imam']],
      ]);
    }
    // A name cut in two in a label's list.
    expect(pairs(parseMinutes('T\n\nSpeakers: Asanov Bolot (head of the Talas city finance department), Kim\n\nElena (UNDP).\n').speakers)).toEqual([
      ['Asanov Bolot', ['head of the Talas city finance department']],
      ['Kim Elena', ['UNDP']],
    ]);
    // A label's value, and a list item's role.
    const r = parseMinutes('T\n\nModerator: Abdyrov Tolonbek Shakirovich, chairman of the\n\nCoordination Council, professor.\n\nParticipants: representatives of state bodies, civil society, international\n\norganizations, journalists.\n\nThe meeting was opened.\n');
    expect(r.moderator).toMatchObject({ name: { full: 'Abdyrov Tolonbek Shakirovich' }, roles: ['chairman of the Coordination Council', 'professor'] });
    expect(r.participants?.groups).toEqual(['representatives of state bodies', 'civil society', 'international organizations', 'journalists']);
    expect(pairs(parseMinutes('T\n\nSpeakers:\n- Asanov Bolot – head of the Talas district department of\n\neducation;\n- Kim Oleg – expert.\n').speakers)).toEqual([
      ['Asanov Bolot', ['head of the Talas district department of education']],
      ['Kim Oleg', ['expert']],
    ]);
    // (Or over its tail, one short line in lower case.)
    expect(pairs(parseMinutes('T\n\nSpeakers:\n- Asanov Bolot – head of the land department of Chui regional\n\nadministration;\n- Kim Oleg – expert.\n').speakers)).toEqual([
      ['Asanov Bolot', ['head of the land department of Chui regional administration']],
      ['Kim Oleg', ['expert']],
    ]);
    expect(parseMinutes('T\n\nSuggestions:\n1. To open a centre for the youth in the\n\nvillage;\n2. To hire staff.\n').suggestions).toEqual([
      { number: 1, text: 'To open a centre for the youth in the village' },
      { number: 2, text: 'To hire staff' },
    ]);
  });
  it('a name cut in two by the break in running prose is read across it', () => {
    // (The paragraphs had been joined, but the name not read over the blank line: the speaker was lost.)
    const prose = (cut: string) => `T\n\nA presentation on the work of the customs posts was made by the customs officer Dilshod${cut}Yusupov, who spoke about the queues at the border.\n`;
    for (const cut of ['\n\n', '\n\n\n', '\n \n']) {
      expect(pairs(parseMinutes(prose(cut)).speakers), JSON.stringify(cut)).toEqual([['Dilshod Yusupov', ['customs officer']]]);
    }
    // Negative: a blank line that ends a paragraph parts two names (one per paragraph, a list of them typed so).
    expect(pairs(parseMinutes('T\n\nSpeakers:\n\nAsanov Bolot\n\nKim Elena\n').speakers).map(([name]) => name)).toEqual(['Asanov Bolot', 'Kim Elena']);
    expect(pairs(parseMinutes('T\n\nThe floor was given to the customs officer Dilshod Yusupov.\n\nKarimov Aibek, farmer, asked about the queues.\n').speakers)).toEqual([
      ['Dilshod Yusupov', ['customs officer']],
      ['Karimov Aibek', ['farmer']],
    ]);
  });
  it('negatives: a line that ends a clause, a title over the line that goes on it, a label, a list', () => {
    const r = parseMinutes('Open dialogue platform\n\nin Osh region on the topic “Migration”\n\nThe meeting was opened by the moderator.\n\nThe head of the department Asanov Bolot spoke.\n');
    expect(r.title).toBe('Open dialogue platform in Osh region on the topic “Migration”');
    expect(pairs(r.speakers)).toEqual([['Asanov Bolot', ['head of the department']]]);
    // (A paragraph that ends with a full stop is one: the capitalised name after it is not the moderator's.)
    expect(parseMinutes('T\n\nThe meeting was moderated by the head of the Council.\n\nAsanov Bolot, expert, spoke.\n').moderator).toBeNull();
    // (A label after the break opens its own field.)
    expect(parseMinutes('T\n\nThe meeting was held with the support of the\n\nModerator: Asanov Bolot, expert.\n').moderator).toMatchObject({ name: { full: 'Asanov Bolot' }, roles: ['expert'] });
    // (Nor a short line over a capitalised one, which would read as a name across the break: "Протокол" / "Женщин: 18, …";
    // nor a list item over a paragraph in lower case, which may be a sentence of its own.)
    expect(parseMinutes('Протокол\n\nЖенщин: 18, мужчин: 31. Всего: 49.\n').participants).toMatchObject({ total: 49, women: 18, men: 31 });
    expect(pairs(parseMinutes('T\n\nPresentations:\n1. Skills that employers need (Aizhan Toktorova, director of the company)\n\ndeputy mayor of Talas city Nurlan Bekov noted the support.\n').speakers)).toEqual([
      ['Aizhan Toktorova', ['director of the company']],
      ['Nurlan Bekov', ['deputy mayor of Talas city']],
    ]);
    // (A list after it is read by its own lines: "Proposal 2." stays an item.)
    expect(parseMinutes('T\n\nProposals:\nProposal 1. To include the repair of water pipes in the local\n\ndevelopment plans.\nProposal 2. To create associations.\n').suggestions).toEqual([
      { number: 1, text: 'To include the repair of water pipes in the local development plans' },
      { number: 2, text: 'To create associations' },
    ]);
  });
});

describe('markdown written by pandoc from a word processor: backslash escapes and hard line breaks', () => {
  it('"1\\." numbers a suggestion, a "\\" at a line’s end breaks the line, and no backslash is left in a value', () => {
    const text = [
      '**Open dialogue platform**\\',
      '**in Osh region on the topic \\"Risks of migration\\"**',
      '',
      '**Moderator:** Abdyrov Tolonbek Shakirovich, head of the NGO \\"Adilet\\".',
      '',
      '**Suggestions made:**',
      '',
      '1\\. To create a migration service in Osh;\\',
      '2\\. To hold trainings for migrants.',
    ].join('\n');
    const record = parseMinutes(text);
    expect(record.title).toBe('Open dialogue platform in Osh region on the topic "Risks of migration"');
    expect(record.topic).toBe('Risks of migration');
    expect(record.moderator?.roles).toEqual(['head of the NGO "Adilet"']);
    expect(record.suggestions).toEqual([
      { number: 1, text: 'To create a migration service in Osh' },
      { number: 2, text: 'To hold trainings for migrants' },
    ]);
  });
  it('negative: a backslash before a letter or digit is text ("D:\\Reports\\2021"), and lines stay', () => {
    expect(normalize('Saved in D:\\Reports\\2021.\nNext \\* line')).toBe('Saved in D:\\Reports\\2021.\nNext * line');
  });
  it('its dashes typed as hyphens between words ("--", "---") are the en and em dashes they stand for', () => {
    expect(normalize('Participants: 33 (women -- 21, men -- 12)\nAsanov Bolot --- expert')).toBe('Participants: 33 (women – 21, men – 12)\nAsanov Bolot — expert');
    const record = parseMinutes('# Open dialogue platform\n\n**Moderator:** Ibraimova Asel -- member of the Public Council\n\n**Participants:** 33 (women -- 21, men -- 12), residents.\n');
    expect(record.participants).toMatchObject({ total: 33, women: 21, men: 12, groups: ['residents'] });
    expect(record.moderator).toMatchObject({ name: { full: 'Ibraimova Asel' }, roles: ['member of the Public Council'] });
    // Negatives: a table's rule, a command-line option and hyphens with no words around them stay.
    expect(normalize('| a | b |\n| --- | --- |\n| -- | x |')).toBe('| a | b |\n| --- | --- |\n| -- | x |');
    expect(normalize('run dialogue --format json\n--\n---')).toBe('run dialogue --format json\n--\n---');
  });
  it('its block quotes, as it writes indented paragraphs, are read as the paragraphs and lists they hold', () => {
    const text = [
      '> **OPEN DIALOGUE PLATFORM IN BATKEN REGION**',
      '',
      '> **Venue:** Batken city, hall of the regional administration',
      '>',
      '> **Moderator:** Mamatova Gulzat, head of PF "Aikol"',
      '',
      'Suggestions made:',
      '',
      '> 1.  To repair the water pipes;',
      '>',
      '> > 2.  To set up a joint water committee.',
    ].join('\n');
    const record = parseMinutes(text);
    expect(record.title).toBe('OPEN DIALOGUE PLATFORM IN BATKEN REGION');
    expect(record.venue?.text).toBe('Batken city, hall of the regional administration');
    expect(record.moderator).toMatchObject({ name: { full: 'Mamatova Gulzat' }, roles: ['head of PF "Aikol"'] });
    expect(record.suggestions).toEqual([
      { number: 1, text: 'To repair the water pipes' },
      { number: 2, text: 'To set up a joint water committee' },
    ]);
    // Negatives: a ">" inside a line, or after four spaces, stays.
    expect(normalize('Participants: > 40\n    > code')).toBe('Participants: > 40\n    > code');
  });
  it('its spans with attributes ("[Moderator:]{.underline}") are their words, and its footnote references are dropped', () => {
    const text = [
      '[**OPEN DIALOGUE PLATFORM IN OSH REGION**]{.underline}',
      '',
      '**on the topic "Safety in public transport"**[^1]',
      '',
      '[Moderator:]{.underline} Tashieva Nazgul Bakytovna, chair of the Public Council',
      '',
      '[Speakers:]{custom-style="Strong"}',
      '',
      '-   Osmonov Azamat, head of the [city transport department]{.mark}',
      '',
      '[^1]: The platform was supported by UN Women.',
    ].join('\n');
    const record = parseMinutes(text);
    expect(record.title).toBe('OPEN DIALOGUE PLATFORM IN OSH REGION on the topic "Safety in public transport"');
    expect(record.moderator).toMatchObject({ name: { full: 'Tashieva Nazgul Bakytovna' }, roles: ['chair of the Public Council'] });
    expect(record.speakers.map((s) => [s.name.full, s.roles])).toEqual([['Osmonov Azamat', ['head of the city transport department']]]);
    // Negatives: a link, a bracket before braces with no attribute, and a footnote's own text stay.
    expect(normalize('[site](http://x.kg) [a]{b} [^1]: note')).toBe('[site](http://x.kg) [a]{b} [^1]: note');
  });
  it('a label in italics that opens a line ("*Venue:* Osh city", "_Date_:") is read as one in bold is, columns kept', () => {
    const text = [
      '## Open dialogue platform of the Public Council of the Ministry of Health',
      '',
      '*Date:* 2021-11-24  ',
      '*Venue:* Osh city, "Alay" hotel, conference hall  ',
      '_Moderator_: Toktosunova A.K., Chair of the Public Council',
      '',
      '- *Participants:* 52 persons, including 30 women and 22 men',
    ].join('\n');
    const record = parseMinutes(text);
    expect(record.date?.iso).toBe('2021-11-24');
    expect(record.venue).toMatchObject({ text: 'Osh city, "Alay" hotel, conference hall', city: 'Osh', name: 'Alay', room: 'conference hall' });
    expect(record.moderator).toMatchObject({ name: { full: 'Toktosunova A.K.' }, roles: ['Chair of the Public Council'] });
    expect(record.participants).toMatchObject({ total: 52, women: 30, men: 22 });
    expect(normalize('*Venue:* Osh\n_Date_: 2021')).toBe(' Venue:  Osh\n Date:  2021');
    // Negatives: a bullet, a label in bold, italics with a colon inside them, and italics inside a line stay.
    for (const line of ['* Venue: Osh', '**Venue:** Osh', '*Note: see annex* below', 'In *Osh:* a hall']) expect(normalize(line), line).toBe(line);
  });
});

describe('text saved with HTML character references and "<br>" tags', () => {
  it('"&quot;", "&nbsp;", "&laquo;", "&#8220;" are the characters they stand for; a "<br>" is no part of a value', () => {
    const text = [
      'Open dialogue platform in Osh region on the topic &quot;Migration&quot;',
      '',
      'Moderator:&nbsp;Aida Bekova, head of the NGO &laquo;Adilet&raquo;.<br>',
      'Date and venue: 18&nbsp;March 2021, Osh city, hotel &#8220;Orto-Asia&#x201D;.<br/>',
    ].join('\n');
    const record = parseMinutes(text);
    expect(record.topic).toBe('Migration');
    expect(record.moderator?.roles).toEqual(['head of the NGO «Adilet»']);
    expect(record.date?.iso).toBe('2021-03-18');
    expect(record.venue).toMatchObject({ text: 'Osh city, hotel “Orto-Asia”', name: 'Orto-Asia' });
  });
  it('lines stay those of the source: a "<br>" inside a line is a space, one at its end is dropped', async () => {
    const { withoutHtml } = await import('../src/pipeline/html-text.js');
    expect(withoutHtml('a<br>b\nc <br />\nd&amp;e')).toBe('a b\nc \nd&e');
  });
  it('negative: an unknown name, a control character or a bare "&" stays as written', async () => {
    const { withoutHtml } = await import('../src/pipeline/html-text.js');
    expect(withoutHtml('&copy; A & B &#10; &#0; R&D;')).toBe('&copy; A & B &#10; &#0; R&D;');
  });
});

describe('Word’s bullets copied as text ("\\uf0b7<tab>", "o<tab>", "§<tab>")', () => {
  it('open list items, no part of a name or role', () => {
    const text = 'T\n\nSpeakers:\n\uf0b7\tAibek Tashiev, head of X;\no\tNurlan Bekov, director of Y;\n§\tAida Omurova, expert.\n\nIn the discussion:\no\tthe lack of jobs;\no\tthe cost of migration.\n';
    expect(nameAndRoles(text)).toEqual([
      ['Aibek Tashiev', ['head of X']],
      ['Nurlan Bekov', ['director of Y']],
      ['Aida Omurova', ['expert']],
    ]);
    expect(parseMinutes(text).discussion).toEqual(['the lack of jobs', 'the cost of migration']);
  });
  it('"1.- text": the dash after an item’s number is no list inside the item', () => {
    expect(parseMinutes('T\n\nSuggestions made:\n1.- to open a migrant centre;\n2.- to train local staff.\n').suggestions).toEqual([
      { number: 1, text: 'to open a migrant centre' },
      { number: 2, text: 'to train local staff' },
    ]);
    expect(normalize('1.- a\n2)– b\n3. - c')).toBe('1.  a\n2)  b\n3. - c');
  });
  it('the glyphs word processors offer as bullets open list items too ("► …", "✓ …", "○ …", "■ …", "➢ …")', () => {
    for (const bullet of ['►', '✓', '○', '●', '■', '➢', '→']) {
      expect(parseMinutes(`T\n\nSuggestions:\n${bullet} Build a road;\n${bullet} Repair the school.\n`).suggestions, bullet).toEqual([
        { number: 1, text: 'Build a road' },
        { number: 2, text: 'Repair the school' },
      ]);
    }
    // Negative: one inside a line, or with no space after it, stays as written.
    expect(normalize('Roads ► schools\n►x')).toBe('Roads ► schools\n►x');
  });
  it('negative: "o" or "§" with a space after it is a word ("§ 5 of the law"), and stays', () => {
    expect(normalize('o bother\n§ 5 of the law')).toBe('o bother\n§ 5 of the law');
  });
});

describe('labels other organisers use: "Contributions:", "Way forward:", "Выступления:"', () => {
  it('introduce the speakers and the suggestions', () => {
    const en = parseMinutes('T\n\nContributions:\n• Mr. Bolot Osmonov, head of the Pasture Department;\n• Ms. Aizada Kurmanova, lawyer.\n\nWay forward:\n1. Update pasture plans.\n2. Create conciliation commissions.\n');
    expect(pairs(en.speakers)).toEqual([
      ['Bolot Osmonov', ['head of the Pasture Department']],
      ['Aizada Kurmanova', ['lawyer']],
    ]);
    expect(en.suggestions.map((s) => s.text)).toEqual(['Update pasture plans', 'Create conciliation commissions']);
    const ru = parseMinutes('Т\n\nВыступления:\n- Осмонов Болот, начальник управления пастбищ;\n- Курманова Айзада, юрист.\n');
    expect(ru.speakers.map((p) => p.name.full)).toEqual(['Осмонов Болот', 'Курманова Айзада']);
    // "Action items:" as "Action points:" (it had given none).
    expect(parseMinutes('T\n\nAction items:\n1) Publish the irrigation schedule.\n2) Set up a joint commission.\n').suggestions.map((s) => s.text)).toEqual(['Publish the irrigation schedule', 'Set up a joint commission']);
  });
  it('negative: "Next steps:" and "Дальнейшие шаги:" are the organisers’ plans, no suggestions', () => {
    expect(parseMinutes('T\n\nNext steps:\n1. The Council will prepare a report.\n2. A second meeting in May.\n').suggestions).toEqual([]);
    expect(parseMinutes('Т\n\nДальнейшие шаги:\n1. Подготовить отчет.\n2. Провести встречу в мае.\n').suggestions).toEqual([]);
  });
});

describe('a table of one numbered row is a list, not labels across the top', () => {
  it('"| No | Topic | Speaker |" over "| 1 | “Title” | Name, role |" gives a talk and its speaker, no topic', () => {
    const record = parseMinutes('T\n\nPresentations:\n\n| No | Topic | Speaker |\n|---|---|---|\n| 1 | “Youth and jobs” | Aida Omurova, ILO |\n');
    expect(record.presentations).toEqual(['Youth and jobs']);
    expect(pairs(record.speakers)).toEqual([['Aida Omurova', ['ILO']]]);
    expect(record.topic).toBeNull();
  });
  it('negative: labels across the top over one row of numbers stay labels ("| Total | Women | Men |")', () => {
    expect(parseMinutes('T\n\n| Total | Women | Men |\n|---|---|---|\n| 40 | 24 | 16 |\n').participants).toMatchObject({ total: 40, women: 24, men: 16 });
    expect(parseMinutes('T\n\n| Date | Venue |\n|---|---|\n| 18.03.2021 | Osh city |\n').date?.iso).toBe('2021-03-18');
  });
});

describe('grid tables, as pandoc writes a word processor\'s table whose cells hold more than a line', () => {
  const grid = [
    '# Open Dialogue Platform in Talas region',
    '',
    '+--------------+----------------------------------------+',
    '| Date         | 14 October 2021                        |',
    '+==============+========================================+',
    '| Venue        | Talas city, hotel “Ak-Suu”, small hall |',
    '+--------------+----------------------------------------+',
    '| Moderator    | Zhumabaeva Cholpon, director of PF     |',
    '|              | “Youth Initiative”                     |',
    '+--------------+----------------------------------------+',
    '',
    'Speakers:',
    '',
    '+----+--------------+--------------------+',
    '| No | Full name    | Position           |',
    '+====+==============+====================+',
    '| 1  | Asanov Bolot | head of the pasture|',
    '|    | Ergeshovich  | committee          |',
    '+----+--------------+--------------------+',
    '| 2  | Isakova Aida | lawyer             |',
    '+----+--------------+--------------------+',
    '',
    'Participants: 30 (12 women, 18 men).',
  ].join('\n');
  it('labels down the first column and speakers in rows are read, a cell\'s lines joined', () => {
    const record = parseMinutes(grid);
    expect(record.date?.iso).toBe('2021-10-14');
    expect(record.venue).toEqual({ text: 'Talas city, hotel “Ak-Suu”, small hall', city: 'Talas', name: 'Ak-Suu', room: 'small hall' });
    expect(record.moderator).toMatchObject({ name: { full: 'Zhumabaeva Cholpon' }, roles: ['director of PF “Youth Initiative”'] });
    expect(pairs(record.speakers)).toEqual([
      ['Asanov Bolot Ergeshovich', ['head of the pasture committee']],
      ['Isakova Aida', ['lawyer']],
    ]);
    expect(record.participants).toMatchObject({ total: 30, women: 12, men: 18 });
  });
  it('each row of the grid is one markdown row on its line, a header row on its last; lines stay', async () => {
    const { gridTablesAsRows } = await import('../src/pipeline/grid-tables.js');
    const text = ['A', '+---+-----+', '| x | one |', '|   | two |', '+===+=====+', '| 1 | a   |', '|   | b   |', '+---+-----+', 'B'].join('\n');
    expect(gridTablesAsRows(text).split('\n')).toEqual(['A', '', '', '| x | one two |', '| --- | --- |', '| 1 | a b |', '|  |  |', '|  |  |', 'B']);
  });
  it('with no header row, the first row is a row like the others', () => {
    const record = parseMinutes(['T', '', 'Speakers:', '', '+---+--------------+--------+', '| 1 | Asanov Bolot | expert |', '+---+--------------+--------+', '| 2 | Isakova Aida | lawyer |', '+---+--------------+--------+'].join('\n'));
    expect(pairs(record.speakers)).toEqual([
      ['Asanov Bolot', ['expert']],
      ['Isakova Aida', ['lawyer']],
    ]);
  });
  it('negatives: a grid with a bar inside a cell, a border alone, and a sum with plus signs stay as they are', async () => {
    const { gridTablesAsRows } = await import('../src/pipeline/grid-tables.js');
    for (const text of ['+---+---+\n| a | b | c |\n+---+---+', '+---+---+\nText', 'Total: 10+-+5\n2+2=4']) expect(gridTablesAsRows(text)).toBe(text);
  });
});

describe('simple and multiline tables, as pandoc writes a word processor\'s table', () => {
  it('a table of labels with no header, rows parted by blank lines, and a table of speakers under a header', () => {
    const text = [
      '# Open Dialogue Platform in Talas region',
      '',
      '  -------------- ------------------------------------------------------',
      '  Date           14 October 2021',
      '',
      '  Venue          Talas city, hotel \\"Ak-Suu\\", small hall',
      '',
      '  Moderator      Zhumabaeva Cholpon, director of PF "Youth',
      '                 Initiative"',
      '  -------------- ------------------------------------------------------',
      '',
      'Speakers:',
      '',
      '  ----------------------------------------------------------------------',
      '  No   Full name            Position',
      '  ---- -------------------- --------------------------------------------',
      '  1    Asanov Bolot         head of the pasture committee of Naryn',
      '       Ergeshovich          district',
      '',
      '  2    Isakova Aida         lawyer',
      '  ----------------------------------------------------------------------',
      '',
      'Participants: 30 (12 women, 18 men).',
    ].join('\n');
    const record = parseMinutes(text);
    expect(record.date?.iso).toBe('2021-10-14');
    expect(record.venue).toEqual({ text: 'Talas city, hotel "Ak-Suu", small hall', city: 'Talas', name: 'Ak-Suu', room: 'small hall' });
    expect(record.moderator).toMatchObject({ name: { full: 'Zhumabaeva Cholpon' }, roles: ['director of PF "Youth Initiative"'] });
    expect(pairs(record.speakers)).toEqual([
      ['Asanov Bolot Ergeshovich', ['head of the pasture committee of Naryn district']],
      ['Isakova Aida', ['lawyer']],
    ]);
    expect(record.participants).toMatchObject({ total: 30, women: 12, men: 18 });
  });
  it('a simple table: a header over its dash groups, a row a line, up to a blank line; lines stay', async () => {
    const { pandocTablesAsRows } = await import('../src/pipeline/pandoc-tables.js');
    const text = ['A', '', 'No  Name', '--- ------', '1   Aida', '2   Bolot', '', 'B'].join('\n');
    expect(pandocTablesAsRows(text).split('\n')).toEqual(['A', '', '| No | Name |', '| --- | --- |', '| 1 | Aida |', '| 2 | Bolot |', '', 'B']);
  });
  it('negatives: a rule alone, dash groups with no rows or no end, and prose over dash groups stay as they are', async () => {
    const { pandocTablesAsRows } = await import('../src/pipeline/pandoc-tables.js');
    for (const text of ['Text\n\n---------\n\nMore', '--- ---\n--- ---', '--- ---\nA row with no end', 'One\nTwo\nThree\nFour\nFive\n--- ---\n1 2\n']) {
      expect(pandocTablesAsRows(text)).toBe(text);
    }
  });
});

describe('markdown rows of two cells without a delimiter row', () => {
  it('are labels down the first column, the first row too', () => {
    const record = parseMinutes('# Open Dialogue Platform\n\n| Date | 14 October 2021 |\n| Venue | Talas city, hotel “Ak-Suu” |\n| Moderator | Zhumabaeva Cholpon, director of PF “Youth Initiative” |\n');
    expect(record.date?.iso).toBe('2021-10-14');
    expect(record.venue?.name).toBe('Ak-Suu');
    expect(record.moderator?.name.full).toBe('Zhumabaeva Cholpon');
  });
  it('labels across the top over one row still give that row\'s cells', () => {
    const record = parseMinutes('# Open Dialogue Platform\n\n| Date | Venue |\n| 18 March 2021 | Osh city, hotel “Orto-Asia” |\n');
    expect(record.date?.iso).toBe('2021-03-18');
    expect(record.venue?.text).toBe('Osh city, hotel “Orto-Asia”');
  });
  it('negative: one row alone is no table', () => {
    expect(parseMinutes('# Open Dialogue Platform\n\n| Venue | Talas city |\n').venue).toBeNull();
  });
});

describe('tables copied from a word processor, a tab between cells', () => {
  it('speakers, talks, suggestions and the head count are read as from markdown tables', () => {
    const text = [
      'T',
      '',
      'Speakers:',
      '№\tFull name\tPosition',
      '1\tAibek Tashiev\thead of the department of X',
      '2\tNurlan Bekov\tdirector of Y',
      '',
      'Presentations:',
      '№\tTopic\tSpeaker',
      '1\t“Youth and jobs”\tAida Omurova, ILO',
      '',
      'Suggestions:',
      '№\tSuggestion\tResponsible',
      '1\tTo open a centre\tMayor’s office',
      '2\tTo train staff\tMinistry of Labour',
      '',
      'Participants\tTotal\tWomen\tMen',
      '\t40\t24\t16',
    ].join('\n');
    const record = parseMinutes(text);
    expect(pairs(record.speakers)).toEqual([
      ['Aibek Tashiev', ['head of the department of X']],
      ['Nurlan Bekov', ['director of Y']],
      ['Aida Omurova', ['ILO']],
    ]);
    expect(record.presentations).toEqual(['Youth and jobs']);
    expect(record.suggestions).toEqual([
      { number: 1, text: 'To open a centre' },
      { number: 2, text: 'To train staff' },
    ]);
    expect(record.participants).toMatchObject({ total: 40, women: 24, men: 16 });
  });
  it('rows keep their lines: a run of tab-separated lines becomes rows, the rest stays', async () => {
    const { tabTablesAsRows } = await import('../src/pipeline/tab-tables.js');
    expect(tabTablesAsRows('A\nNo\tName\tRole\n1\tAida\tlawyer\nB')).toBe('A\n| No | Name | Role |\n| 1 | Aida | lawyer |\nB');
  });
  it('negative: labels with a tab, an indented line, or one row alone are no table', async () => {
    const { tabTablesAsRows } = await import('../src/pipeline/tab-tables.js');
    const labels = 'Date:\t18 March 2021\nVenue:\tOsh city\n\tAibek Tashiev, head of X\n\tNurlan Bekov, director of Y\nNo\tName\tRole\n';
    expect(tabTablesAsRows(labels)).toBe(labels);
    const record = parseMinutes('T\n\nDate:\t18 March 2021\nVenue:\tOsh city, hotel “Orto-Asia”\n');
    expect(record.date?.iso).toBe('2021-03-18');
    expect(record.venue?.name).toBe('Orto-Asia');
  });
  it('rows of two cells, a label without its colon and its value ("Date<tab>14 October 2021"), are labels down a table', async () => {
    const text = 'Open dialogue platform\n\nDate\t14 October 2021\nVenue\tTalas city, hotel “Ak-Suu”\nModerator\tZhumabaeva Cholpon, director of PF “Youth Initiative”\nParticipants\t28 (17 women, 11 men)\n';
    const record = parseMinutes(text);
    expect(record.date?.iso).toBe('2021-10-14');
    expect(record.venue).toEqual({ text: 'Talas city, hotel “Ak-Suu”', city: 'Talas', name: 'Ak-Suu', room: null });
    expect(record.moderator).toMatchObject({ name: { full: 'Zhumabaeva Cholpon' }, roles: ['director of PF “Youth Initiative”'] });
    expect(record.participants).toMatchObject({ total: 28, women: 17, men: 11 });
    // Negatives: two cells numbered or headed by words that are no labels stay lines.
    const { tabTablesAsRows } = await import('../src/pipeline/tab-tables.js');
    for (const lines of ['1\tOpen a centre;\n2\tTrain staff.', 'First\tOpen a centre;\nSecond\tTrain staff.', 'Asanov Bolot\texpert\nIsakova Aida\tlawyer']) expect(tabTablesAsRows(lines)).toBe(lines);
    expect(parseMinutes('T\n\nSuggestions:\n1\tOpen a centre;\n2\tTrain staff.\n').suggestions.map((s) => s.text)).toEqual(['Open a centre', 'Train staff']);
  });
  it('such a row alone, as blank lines between the rows leave it, is its label and value ("Purpose<tab>to discuss water")', async () => {
    // (Purpose and groups had been lost where blank lines parted the rows.)
    const record = parseMinutes('Open dialogue platform\n\nParticipants\tfarmers, akims, journalists\n\nPurpose\tto discuss water\n\nModerator\tAsanov Bakyt, expert\n');
    expect(record.purpose).toBe('to discuss water');
    expect(record.participants?.groups).toEqual(['farmers', 'akims', 'journalists']);
    expect(record.moderator).toMatchObject({ name: { full: 'Asanov Bakyt' }, roles: ['expert'] });
    // The line keeps its length: the tab is the colon.
    const { tabTablesAsRows } = await import('../src/pipeline/tab-tables.js');
    expect(tabTablesAsRows('Purpose\tto discuss water')).toBe('Purpose:to discuss water');
    // Negative: a first cell that is no label stays as it is.
    for (const line of ['First\tto discuss water', 'Asanov Bolot\texpert', '1\tOpen a centre']) expect(tabTablesAsRows(line)).toBe(line);
  });
  it('negative: a list a word processor indents with tabs ("<tab>1.<tab>Open a centre") is a list, no table', async () => {
    const { tabTablesAsRows } = await import('../src/pipeline/tab-tables.js');
    const items = 'Suggestions:\n\t1.\tOpen a centre;\n\t2.\tTrain staff.\n';
    expect(tabTablesAsRows(items)).toBe(items);
    const want = [
      { number: 1, text: 'Open a centre' },
      { number: 2, text: 'Train staff' },
    ];
    expect(parseMinutes(`T\n\n${items}`).suggestions).toEqual(want);
    expect(parseMinutes('T\n\nSuggestions:\n\n\t1.\tOpen a centre;\n\t2.\tTrain staff.\n').suggestions).toEqual(want);
    expect(parseMinutes('T\n\nSuggestions:\n\t•\tOpen a centre;\n\t•\tTrain staff.\n').suggestions).toEqual(want);
    expect(parseMinutes('T\n\nSuggestions:\n\ta)\tOpen a centre;\n\tb)\tTrain staff.\n').suggestions).toEqual(want);
    // (A table's numbered rows keep their three cells: "1<tab>Aida<tab>lawyer".)
    expect(tabTablesAsRows('No\tName\tRole\n1.\tAida\tlawyer\n2.\tBolot\texpert')).toBe('| No | Name | Role |\n| 1. | Aida | lawyer |\n| 2. | Bolot | expert |');
  });
});

describe('list style markdown does not know: sub-item numbers ("1.1. text")', () => {
  it('decisions numbered "1.1.", "1.2." … are items 1, 2 …, their text without the number', () => {
    expect(parseMinutes('# Open dialogue platform\n\nDecisions:\n1.1. To ask the ministry for funds.\n1.2. To buy two ambulances.\n1.3. To introduce online registration.\n').suggestions).toEqual([
      { number: 1, text: 'To ask the ministry for funds' },
      { number: 2, text: 'To buy two ambulances' },
      { number: 3, text: 'To introduce online registration' },
    ]);
  });
  it('a run x.1, x.2 … is rewritten one for one: offsets, lines and columns stay', async () => {
    const { numberSubItems } = await import('../src/pipeline/sub-items.js');
    const text = 'Decisions:\n2.1) one\n  2.2 two\n2.10. ten?';
    expect(numberSubItems(text)).toBe('Decisions:\n  1) one\n   2. two\n2.10. ten?');
    expect(numberSubItems(text)).toHaveLength(text.length);
  });
  it('a point with one sub-item ("2.1.") is read as the others are, where the text has a run of them', () => {
    const text = 'T\n\nSuggestions:\n\n1. Education:\n1.1. Build a school;\n1.2. Train teachers.\n2. Roads:\n2.1. Repair roads.\n';
    expect(parseMinutes(text).suggestions).toEqual([
      { number: 1, text: 'Education: Build a school; Train teachers' },
      { number: 2, text: 'Roads: Repair roads' },
    ]);
  });
  it('negative: a decimal or a date opening a line is no item, nor a number out of its run', async () => {
    const { numberSubItems } = await import('../src/pipeline/sub-items.js');
    for (const text of ['1.5 million som were spent\n2.5 million more are needed', '1.1. Alone\nThe rest.', '2.3 x\n2.4 y', '15.09.2021 Osh city\n16.09.2021 Naryn', '1.1 one\n1.3 three']) {
      expect(numberSubItems(text)).toBe(text);
    }
  });
});

describe('list style markdown does not know: ordinal words ("First, …", "Во-первых, …")', () => {
  it('suggestions numbered by ordinal words are items 1, 2, 3', () => {
    const r = parseMinutes('T\n\nDuring the meeting the following suggestions were made:\nFirst, to create a youth employment centre.\nSecondly: to open vocational courses.\nThird – to hold a job fair.\n\nThe meeting closed.');
    expect(r.suggestions).toEqual([
      { number: 1, text: 'to create a youth employment centre' },
      { number: 2, text: 'to open vocational courses' },
      { number: 3, text: 'to hold a job fair' },
    ]);
    const ru = parseMinutes('Т\n\nУчастники внесли следующие предложения:\nВо-первых, создать центр занятости молодёжи;\nВо-вторых, открыть курсы в сёлах.');
    expect(ru.suggestions).toEqual([
      { number: 1, text: 'создать центр занятости молодёжи' },
      { number: 2, text: 'открыть курсы в сёлах' },
    ]);
  });
  it('the rewrite is one for one, the number where the word was: offsets, lines and columns stay', async () => {
    const { numberOrdinalItems } = await import('../src/pipeline/ordinal-items.js');
    const text = 'Suggestions:\n  First, one\nSecond: two';
    expect(numberOrdinalItems(text, en)).toBe('Suggestions:\n  1.     one\n2.      two');
    expect(numberOrdinalItems(text, en)).toHaveLength(text.length);
  });
  it('negative: one ordinal word, a run that does not start at the first, or a word inside a line, is no item', async () => {
    const { numberOrdinalItems } = await import('../src/pipeline/ordinal-items.js');
    for (const text of ['First, the moderator welcomed the participants.\nThen Aida Bekova spoke.', 'Second, one\nThird, two', 'We noted, first, one\nand second, two', 'First class pupils came.\nSecond class pupils too.', 'First, one\nThird, three']) {
      expect(numberOrdinalItems(text, en)).toBe(text);
    }
  });
});

describe('list styles markdown does not know: Roman numerals and bold numbers', () => {
  it('suggestions in items numbered "(i)", "(ii)"', () => {
    expect(parseMinutes('T\n\nResolution of the platform:\n\n(i) Approve the plan;\n(ii) Publish the minutes.').suggestions).toEqual([
      { number: 1, text: 'Approve the plan' },
      { number: 2, text: 'Publish the minutes' },
    ]);
  });
  it('speakers in items numbered "I.", "II." are read as from items numbered "1.", "2."', () => {
    const r = parseMinutes('T\n\nSpeakers:\nI. Nazira Jumabaeva, lawyer\nII. Erlan Sultanbekov – head of the land department');
    expect(r.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Nazira Jumabaeva', ['lawyer']],
      ['Erlan Sultanbekov', ['head of the land department']],
    ]);
  });
  it('speakers and talks in items numbered in bold ("**1.** ")', () => {
    const r = parseMinutes('## Платформа открытого диалога\n\nДата: 5 мая 2021 года\n\n### Выступления\n**1.** Приветственное слово – Абдыраева Гульмира, заместитель мэра.\n**2.** «Доступ к услугам» – Турдубаев Э.К., врач-эксперт.\n');
    expect(r.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Абдыраева Гульмира', ['заместитель мэра']],
      ['Турдубаев Э.К.', ['врач-эксперт']],
    ]);
    expect(r.presentations).toEqual(['Доступ к услугам']);
  });
  it('a run I, II, III … is rewritten in digits one for one: offsets, lines and columns stay', async () => {
    const { numberRomanItems } = await import('../src/pipeline/roman-items.js');
    expect(numberRomanItems('Speakers:\nI. one\nII) two\n  III. three\nIV. four')).toBe('Speakers:\n1. one\n 2) two\n    3. three\n 4. four');
    // "X" is shorter than "10": it takes a space of its indentation.
    const ten = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'].map((n, i) => ` ${n}. item ${i + 1}`).join('\n');
    expect(numberRomanItems(ten).split('\n').map((l) => l.trim())).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1}. item ${i + 1}`));
    expect(numberRomanItems(ten)).toHaveLength(ten.length);
    // In lower case too: "i.", "ii)".
    expect(numberRomanItems('Proposals:\ni. one\nii) two\niii. three')).toBe('Proposals:\n1. one\n 2) two\n  3. three');
    // In brackets too, the opening one a space: "(i)", "(II)"; "(x)" fits "10)".
    expect(numberRomanItems('Proposals:\n(i) one\n(ii) two\n(iii) three')).toBe('Proposals:\n 1) one\n  2) two\n   3) three');
    expect(numberRomanItems('(I) one\n(II) two')).toBe(' 1) one\n  2) two');
    const tenInBrackets = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x'].map((n) => `(${n}) item`).join('\n');
    expect(numberRomanItems(tenInBrackets).split('\n').map((l) => l.trim())).toEqual(Array.from({ length: 10 }, (_, i) => `${i + 1}) item`));
    // Negatives: one alone, or a run that does not start at one, stays; so does a bracket not closed.
    expect(numberRomanItems('(I) Ivanov spoke.\nThe end.')).toBe('(I) Ivanov spoke.\nThe end.');
    expect(numberRomanItems('(ii) one\n(iii) two')).toBe('(ii) one\n(iii) two');
    expect(numberRomanItems('(i. one\n(ii. two')).toBe('(i. one\n(ii. two');
    expect(normalize('**1.** one\n__12)__ twelve\n**1. bold item**')).toBe('  1.   one\n  12)   twelve\n**1. bold item**');
  });
  it('a bold run that opens with the number and closes before more text is an item ("**1. “Budget”** – Name, role")', () => {
    expect(normalize('**1. “Budget”** – Asanov Bolot\n__2) Rights__: Kadyrova Aida')).toBe('1. **“Budget”** – Asanov Bolot\n2) __Rights__: Kadyrova Aida');
    const r = parseMinutes('# T\n\nPresentations:\n\n**1. “Budget 2021”** – Asanov Bolot, deputy governor\n\n**2. “Rights”** – Kadyrova Aida, lawyer\n');
    expect(pairs(r.speakers)).toEqual([
      ['Asanov Bolot', ['deputy governor']],
      ['Kadyrova Aida', ['lawyer']],
    ]);
    expect(r.presentations).toEqual(['Budget 2021', 'Rights']);
    // Negative: a line all in bold stays as it was (a section's heading, "**1. Participants**").
    expect(normalize('**1. Participants**\n**2. Recommendations:**')).toBe('**1. Participants**\n**2. Recommendations:**');
  });
  it('negative: an initial is no item ("I. Ivanov", "V. Petrov"), nor a numeral out of its run', async () => {
    const { numberRomanItems } = await import('../src/pipeline/roman-items.js');
    for (const text of ['I. Ivanov opened the meeting.\nV. Petrov spoke.', 'II. one\nIII. two', 'I. one\nIII. three', 'IIII. x\nVX. y', 'i. one\nj. two']) {
      expect(numberRomanItems(text)).toBe(text);
    }
    expect(numberRomanItems('I. one\nV. Ivanov spoke\nII. two')).toBe('1. one\nV. Ivanov spoke\n 2. two');
    expect(parseMinutes('T\n\nModerator: I. Ivanov, expert').moderator?.name.full).toBe('I. Ivanov');
  });
});

describe('several moderators under a plural label', () => {
  it('"Facilitators:", "Фасилитаторы:" give the first as the moderator', () => {
    expect(parseMinutes('Round table\n\nFacilitators: Aida Bekova and Nurlan Osmonov.').moderator?.name.full).toBe('Aida Bekova');
    expect(parseMinutes('Круглый стол\n\nФасилитаторы: Бекова Аида, Осмонов Нурлан.').moderator?.name.full).toBe('Бекова Аида');
  });
  it('negative: "Facilitators" in a sentence is no label', () => {
    expect(parseMinutes('Round table\n\nFacilitators of the project met the residents.').moderator).toBeNull();
  });
});

describe('purpose after "was held in order to" and under a plural label', () => {
  it('a kind of event, its verb, then "in order to", "with the aim of", "с целью"', () => {
    expect(value(purpose, 'T\n\nThe round table was organised in order to discuss the problems of youth employment.')).toBe('to discuss the problems of youth employment');
    expect(value(purpose, 'T\n\nThe meeting was held in Talas on 3 May with the aim of discussing water tariffs.')).toBe('discussing water tariffs');
    expect(parseMinutes('Круглый стол\n\nВстреча проводилась с целью обсуждения проблем занятости молодежи.').purpose).toBe('обсуждения проблем занятости молодежи');
    expect(value(purpose, 'T\n\nGoals of the meeting:\n- to inform citizens;\n- to collect proposals.')).toBe('to inform citizens; to collect proposals');
    // The event's word as the subject in Russian, and a place's abbreviation between the verb and "с целью".
    expect(parseMinutes('Отчет\n\nПлощадка проведена с целью обсуждения проблем трудовых мигрантов.').purpose).toBe('обсуждения проблем трудовых мигрантов');
    expect(parseMinutes('Отчет\n\nПлощадка прошла в г. Ош с целью обсуждения проблем мигрантов.').purpose).toBe('обсуждения проблем мигрантов');
    // Russian labels of the aim of holding it, and of the platform's tasks.
    for (const label of ['Цель проведения', 'Задачи площадки', 'Цели и задачи площадки', 'Задача встречи', 'Задача']) {
      expect(parseMinutes(`Отчет\n\n${label}: выработать рекомендации.`).purpose, label).toBe('выработать рекомендации');
    }
  });
  it('negative: not after something else that was held or done, nor across a sentence', () => {
    expect(value(purpose, 'T\n\nA survey was conducted in order to study migration.')).toBeNull();
    expect(value(purpose, 'T\n\nThe meeting was held in Osh. In order to save water, the council met.')).toBeNull();
    expect(parseMinutes('Отчет\n\nПлощадка прошла в г. Ош. С целью экономии воды совет собрался.').purpose).toBeNull();
  });
});

describe('topic: the title’s words after the kind of event and a dash or joining word', () => {
  it('"— Access to justice", "dedicated to …", "посвящённая …" (lexicon topicLead), without a place that ends the title', () => {
    const topicOf = (t: string) => parseMinutes(`${t}\n\nText.`).topic;
    expect(topicOf('Open dialogue platform — Access to justice in rural areas')).toBe('Access to justice in rural areas');
    expect(topicOf('Open dialogue platform dedicated to access to justice')).toBe('access to justice');
    expect(topicOf('Open dialogue platform dedicated to migration in Osh region')).toBe('migration');
    // A district, or several places between commas, end it too; a list of topics does not.
    expect(topicOf('Round table dedicated to migration in Kara-Suu district')).toBe('migration');
    expect(topicOf('Open dialogue platform — Access to justice in Kara-Suu district, Osh region')).toBe('Access to justice');
    expect(topicOf('Open dialogue platform: Access to justice, roads, and water in Osh city')).toBe('Access to justice, roads, and water');
    // A bracket of places at the end is the title's place, no part of the topic; one of other words stays.
    expect(topicOf('Open Dialogue Platform: Youth and Employment (Talas Region)')).toBe('Youth and Employment');
    expect(topicOf('Open dialogue platform – Access to justice (Kara-Suu district, Osh region)')).toBe('Access to justice');
    expect(topicOf('Open dialogue platform – Access to justice (second round)')).toBe('Access to justice (second round)');
    // So are places after a comma at the end; a part that is no place alone stays ("Youth of Osh city").
    expect(topicOf('Open Dialogue Platform: Migration risks, Osh oblast')).toBe('Migration risks');
    expect(topicOf('Open Dialogue Platform: Migration risks, Kara-Suu district, Osh region')).toBe('Migration risks');
    expect(topicOf('Открытая диалоговая площадка: Миграционные риски, Ошская область')).toBe('Миграционные риски');
    expect(topicOf('Open Dialogue Platform: Youth of Osh city, Osh region')).toBe('Youth of Osh city');
    expect(topicOf('Open Dialogue Platform – Migration, remittances and returnees')).toBe('Migration, remittances and returnees');
    expect(parseMinutes('Платформа открытого диалога, посвящённая доступу к правосудию\n\nТекст.').topic).toBe('доступу к правосудию');
  });
  it('past a place alone between two dashes, or before a colon ("— Osh Region — Youth and Extremism")', () => {
    const topicOf = (t: string) => parseMinutes(`${t}\n\nText.`);
    expect(topicOf('Open dialogue platform — Osh Region — Youth and Extremism')).toMatchObject({ topic: 'Youth and Extremism', region: 'Osh' });
    expect(topicOf('Round table — Kara-Suu district, Osh region — Access to water')).toMatchObject({ topic: 'Access to water', region: 'Osh' });
    expect(topicOf('Открытая диалоговая площадка – Чуйская область – Вода для фермеров').topic).toBe('Вода для фермеров');
    // Negative: a first part that is no place stays the topic's.
    expect(topicOf('Open dialogue platform — Youth and Extremism — new approaches').topic).toBe('Youth and Extremism — new approaches');
  });
  it('negative: not a date, a place, a body of the event, nor after "on"', () => {
    const topicOf = (t: string) => parseMinutes(`${t}\n\nText.`).topic;
    expect(topicOf('Round table on 18 March 2021')).toBeNull();
    expect(topicOf('Open dialogue platform on migration in Osh region')).toBeNull();
    expect(topicOf('Open dialogue platform in Osh region')).toBeNull();
    expect(topicOf('Open Dialogue Platform of the Public Council')).toBeNull();
  });
  it.each(['Chui oblast', 'Batken region, Kyzyl-Kiya city', 'city of Osh', 'Kara-Suu district; Osh region.'])('negative: the place alone after the dash, "— %s", is no topic', (place) => {
    expect(parseMinutes(`Open dialogue platform – ${place}\n\nText.`).topic).toBeNull();
    expect(parseMinutes('Открытая диалоговая площадка – Чуйская область\n\nТекст.').topic).toBeNull();
  });
  it('but a topic that ends with a place is one ("… of Batken region"), and so is a lower-case phrase before a region word', () => {
    const topicOf = (t: string) => parseMinutes(`${t}\n\nText.`).topic;
    expect(topicOf('Open dialogue platform – Water supply and irrigation of Batken region')).toBe('Water supply and irrigation of Batken region');
    expect(topicOf('Open dialogue platform – Youth of Osh city')).toBe('Youth of Osh city');
    expect(topicOf('Open dialogue platform – Problems of the border district')).toBe('Problems of the border district');
  });
});

describe('presentations listed as "Title (Name, role)" or "Name, role: Title"', () => {
  it('under "Speakers:" too, where the words before the bracket hold no position, organisation or acronym', () => {
    const r = parseMinutes('T\n\nSpeakers:\n1. Access to justice (Bolot Asanov, UNDP)\n2. Land rights of women (Aida Kim, lawyer)\n');
    expect({ talks: r.presentations, people: pairs(r.speakers) }).toEqual({ talks: ['Access to justice', 'Land rights of women'], people: [['Bolot Asanov', ['UNDP']], ['Aida Kim', ['lawyer']]] });
    // Negatives: a position, an organisation or an acronym before the bracket is the speaker's role.
    for (const [item, role] of [
      ['Deputy mayor (Bolot Asanov)', 'Deputy mayor'],
      ['UNDP Programme Officer (Bolot Asanov)', 'UNDP Programme Officer'],
      ['Ministry of Health (Dr. Bolot Asanov)', 'Ministry of Health'],
      ['Public Foundation Aikol (Bolot Asanov)', 'Public Foundation Aikol'],
    ]) {
      const other = parseMinutes(`T\n\nSpeakers:\n- ${item}\n`);
      expect(other.presentations, item).toEqual([]);
      expect(pairs(other.speakers), item).toEqual([['Bolot Asanov', [role]]]);
    }
  });
  it('an organisation’s word after the title’s first "of" is the title’s ("Experience of the school (Name)"); in an agenda, "Title – Name" too', () => {
    const agenda = parseMinutes('T\n\nAgenda:\n1. Inclusive education: the legal framework (Omorov B.T.)\n2. Experience of school No. 3 (Kim L.V.)\n');
    // (The second had given no talk, and its title as Kim's role.)
    expect({ talks: agenda.presentations, people: pairs(agenda.speakers) }).toEqual({
      talks: ['Inclusive education: the legal framework', 'Experience of school No. 3'],
      people: [['Omorov B.T.', []], ['Kim L.V.', []]],
    });
    const dashed = parseMinutes('T\n\nAgenda:\n1. The legal framework of inclusive education – Omorov B.T.\n2. Experience of registration – Kim Larisa, farmer\n3. Discussion\n');
    // (It had given no talk, and each title as a role.)
    expect({ talks: dashed.presentations, people: pairs(dashed.speakers) }).toEqual({
      talks: ['The legal framework of inclusive education', 'Experience of registration'],
      people: [['Omorov B.T.', []], ['Kim Larisa', ['farmer']]],
    });
    // Negatives: a position or organisation before "of" is still a role, and a kind of speech or a position before an
    // agenda's dash is no talk.
    const head = parseMinutes('T\n\nSpeakers:\n- Head of the school (Bolot Asanov)\n');
    expect([head.presentations, pairs(head.speakers)]).toEqual([[], [['Bolot Asanov', ['Head of the school']]]]);
    const other = parseMinutes('T\n\nAgenda:\n1. Opening remarks – Omorov B.T.\n2. Head of the department – Kim L.V.\n');
    expect([other.presentations, pairs(other.speakers)]).toEqual([[], [['Omorov B.T.', []], ['Kim L.V.', ['Head of the department']]]]);
    const titled = parseMinutes('T\n\nAgenda:\n1. Opening remarks – Mr. Nurlan Alymkulov\n2. Head of the department – Dr. Aida Bekova\n');
    expect([titled.presentations, pairs(titled.speakers)]).toEqual([[], [['Nurlan Alymkulov', []], ['Aida Bekova', ['Head of the department']]]]);
  });
  it.each([
    ['a line each', 'Agenda:\n1. On the prevention of juvenile offences.\nSpeaker: Sadykova Zh.A., inspector.\n2. On the work of school psychologists.\nSpeaker: Kim O.V.\n'],
    ['indented under the point', 'Agenda:\n1. On the prevention of juvenile offences.\n   Speaker: Sadykova Zh.A., inspector.\n2. On the work of school psychologists.\n   Speaker: Kim O.V.\n'],
    ['blank lines between', 'Agenda:\n\n1. On the prevention of juvenile offences.\n\nSpeaker: Sadykova Zh.A., inspector.\n\n2. On the work of school psychologists.\n\nSpeaker: Kim O.V.\n'],
    ['a dash after the label', 'Agenda:\n1. On the prevention of juvenile offences.\nSpeaker – Sadykova Zh.A., inspector.\n2. On the work of school psychologists.\nSpeaker – Kim O.V.\n'],
    ['"Reporter:"', 'Agenda:\n1. On the prevention of juvenile offences.\nReporter: Sadykova Zh.A., inspector.\n2. On the work of school psychologists.\nReporter: Kim O.V.\n'],
  ])('an agenda point with its presenter on a line of their own under it is their talk, and no topic (%s)', (_, text) => {
    const r = parseMinutes(`T\n\n${text}`);
    // (They had given no talk, and the first point as the topic; indented, no first speaker; "Reporter" as a role.)
    expect({ topic: r.topic, talks: r.presentations, people: pairs(r.speakers) }).toEqual({
      topic: null,
      talks: ['On the prevention of juvenile offences', 'On the work of school psychologists'],
      people: [['Sadykova Zh.A.', ['inspector']], ['Kim O.V.', []]],
    });
  });
  it('the same in Russian, with a co-speaker ("Докладчик:" / "Содокладчик:"); negatives: a kind of speech, or no presenter, is no talk', () => {
    const ru = parseMinutes('Протокол\n\nПовестка дня:\n1. О бюджете района.\nДокладчик: Садыкова Ж.А., инспектор.\nСодокладчик: Ким О.В., психолог.\n2. О работе школ.\nДокладчик: Асанов Б.\n');
    expect({ topic: ru.topic, talks: ru.presentations, people: pairs(ru.speakers) }).toEqual({
      topic: null,
      talks: ['О бюджете района', 'О работе школ'],
      people: [['Садыкова Ж.А.', ['инспектор']], ['Ким О.В.', ['психолог']], ['Асанов Б.', []]],
    });
    const one = parseMinutes('T\n\nAgenda:\n1. On the district budget.\nSpeaker: Kim O.V., economist.\n');
    expect([one.topic, one.presentations, pairs(one.speakers)]).toEqual([null, ['On the district budget'], [['Kim O.V.', ['economist']]]]);
    const remarks = parseMinutes('T\n\nAgenda:\n1. Opening remarks.\nSpeaker: Kim O.V.\n2. Any other business.\n');
    expect([remarks.topic, remarks.presentations]).toEqual([null, []]);
    // A point with no presenter stays the topic, and points with none are no talks.
    expect(parseMinutes('T\n\nAgenda:\n1. On the district budget.\n').topic).toBe('On the district budget');
    const none = parseMinutes('T\n\nAgenda:\n1. On the district budget.\n2. On schools.\n\nThe meeting was opened by the chair.\n');
    expect([none.topic, none.presentations]).toEqual([null, []]);
  });
  it('in an agenda, an honorific may stand between the dash and the presenter ("Title – Dr. Name, role")', () => {
    const r = parseMinutes('T\n\nAgenda:\n1. Primary health care reform – Dr. Nurlan Alymkulov, deputy director of the Family Medicine Centre\n2. Drug supply in rural areas – Ms. Cholpon Isaeva, pharmacist\n');
    // (It had given no talk, and each title as the presenter's only role.)
    expect({ talks: r.presentations, people: pairs(r.speakers) }).toEqual({
      talks: ['Primary health care reform', 'Drug supply in rural areas'],
      people: [['Nurlan Alymkulov', ['deputy director of the Family Medicine Centre']], ['Cholpon Isaeva', ['pharmacist']]],
    });
  });
  it('the title is the presentation, and no role of its presenter', () => {
    for (const text of [
      'T\n\nPresentations:\n1. Migration trends in 2021 (Aida Bekova, expert)\n2. Legal aid for migrants (Nurlan Osmonov, lawyer)',
      'T\n\nPresentations:\n- Aida Bekova, expert: Migration trends in 2021\n- Nurlan Osmonov, lawyer: Legal aid for migrants',
      // Quoted, under "Speakers:": the quotes go with the title, and the role before the colon stays.
      'T\n\nSpeakers:\n– Aida Bekova, expert: “Migration trends in 2021”;\n– Nurlan Osmonov, lawyer: «Legal aid for migrants».',
    ]) {
      const r = parseMinutes(text);
      expect(r.presentations).toEqual(['Migration trends in 2021', 'Legal aid for migrants']);
      expect(r.speakers.map((s) => [s.name.full, s.roles])).toEqual([
        ['Aida Bekova', ['expert']],
        ['Nurlan Osmonov', ['lawyer']],
      ]);
    }
  });
  it('negative: not under a list of speakers, nor a side that names someone', () => {
    expect(parseMinutes('T\n\nSpeakers:\n- Aida Bekova, expert: spoke about migration\n- Nurlan Osmonov, lawyer').presentations).toEqual([]);
    expect(parseMinutes('T\n\nPresentations:\n- Aida Bekova (Nurlan Osmonov, lawyer)').presentations).toEqual([]);
    // A piece joined to the quoted title by no separator is all the talk's ("on “Title”"), quotes or none.
    expect(parseMinutes('T\n\nSpeakers:\n– Aida Bekova, expert on “Migration trends in 2021”;').speakers.map((s) => s.roles)).toEqual([[]]);
  });
});

describe('participants: counts in a markdown table', () => {
  it('down the first column under a heading row, or across the top', () => {
    expect(value(participants, 'T\n\n| Participants | Number |\n|---|---|\n| Women | 24 |\n| Men | 16 |\n| Total | 40 |\n\nText.')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(value(participants, 'T\n\n| Total | Women | Men |\n|---|---|---|\n| 40 | 24 | 16 |\n\nText.')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(parseMinutes('Круглый стол\n\n| Участники | Количество |\n|---|---|\n| Женщины | 24 |\n| Мужчины | 16 |\n| Всего | 40 |\n\nТекст встречи.').participants).toMatchObject({ total: 40, women: 24, men: 16 });
  });
  it('a first row whose second cell is a value is a label’s row over a column of numbers too ("| Moderator | Name, role |" over "| Date | 18 March 2021 |")', () => {
    // (It had been read as the columns' names: no moderator.)
    const r = parseMinutes('# Open dialogue platform in Osh region\n\n| Moderator | Abdyrov Tolonbek Shakirovich, chairperson of the Council |\n|---|---|\n| Date | 18 March 2021 |\n| Total | 40 participants |\n');
    expect(r.moderator).toEqual({ name: { full: 'Abdyrov Tolonbek Shakirovich', given: 'Tolonbek', patronymic: 'Shakirovich', family: 'Abdyrov' }, roles: ['chairperson of the Council'] });
    expect(r.date?.iso).toBe('2021-03-18');
    expect(parseMinutes('# Open dialogue platform\n\n| Moderator | Abdyrov Tolonbek Shakirovich |\n|---|---|\n| Date | 18 March 2021 |\n').moderator?.name.full).toBe('Abdyrov Tolonbek Shakirovich');
  });
  it('negative: a cell that only mentions women, or a number that is no count, is not read', () => {
    expect(value(participants, 'T\n\n| Group | Size |\n|---|---|\n| Young women leaders | 24 |\n| Men | many |\n\nText.')).toBeNull();
  });
  it('a table of groups with columns for women and men: the counts of its row of the total, the groups of its first column', () => {
    const table = (rows: string) => `T\n\n## Participants\n\n| Category | Women | Men |\n|---|---|---|\n| Local government | 6 | 9 |\n| Residents | 5 | 4 |\n${rows}\nText.`;
    // No total is written: none is made up from the sum.
    expect(value(participants, table('| **Total** | **11** | **13** |\n'))).toEqual({ total: null, women: 11, men: 13, groups: ['Local government', 'Residents'] });
    expect(value(participants, 'T\n\n## Participants\n\n| Category | Women | Men | Total |\n|---|---|---|---|\n| NGOs | 8 | 2 | 10 |\n| Total | 8 | 2 | 10 |\n\nText.')).toEqual({ total: 10, women: 8, men: 2, groups: ['NGOs'] });
    expect(parseMinutes('Круглый стол\n\n## Участники\n\n| Категория | Женщины | Мужчины |\n|---|---|---|\n| Депутаты | 6 | 9 |\n| Итого | 6 | 9 |\n\nТекст встречи.').participants).toEqual({ total: null, women: 6, men: 9, groups: ['Депутаты'] });
    // Negative: with no row of the total, a group's row is no head count ("Residents" is a word for people, not the total).
    expect(value(participants, table(''))).toEqual({ total: null, women: null, men: null, groups: ['Local government', 'Residents'] });
  });
  it('such a table under a heading of the count, or none, gives its groups too; a column of row numbers is none', () => {
    const rows = '| Teachers | 12 | 3 | 15 |\n| Parents | 8 | 2 | 10 |\n| **Total** | **20** | **5** | **25** |\n';
    const expected = { total: 25, women: 20, men: 5, groups: ['Teachers', 'Parents'] };
    expect(value(participants, `T\n\n## Attendance\n\n| Category | Women | Men | Total |\n|---|---|---|---|\n${rows}`)).toEqual(expected);
    expect(value(participants, `T\n\n| Category | Women | Men | Total |\n|---|---|---|---|\n${rows}`)).toEqual(expected);
    // (The row of the total may open with an empty cell under the numbers.)
    expect(value(participants, 'T\n\n| No. | Category | Women | Men |\n|---|---|---|---|\n| 1 | Teachers | 12 | 3 |\n| 2 | Parents | 8 | 2 |\n| | **Total** | **20** | **5** |\n')).toEqual({ total: null, women: 20, men: 5, groups: ['Teachers', 'Parents'] });
    // Negatives: a table with no row of the total, under no participants label, lists no groups; nor does a head count's.
    expect(value(participants, 'T\n\n| Category | Women | Men |\n|---|---|---|\n| Teachers | 12 | 3 |\n| Parents | 8 | 2 |\n')?.groups ?? []).toEqual([]);
    expect(value(participants, 'T\n\n| Total | Women | Men |\n|---|---|---|\n| 40 | 24 | 16 |\n')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
  });
  it('a "Participants:" line right over such a table: its header and delimiter rows are no content of the label, no groups', () => {
    expect(value(participants, 'T\n\nParticipants:\n| Group | Women | Men | Total |\n|---|---|---|---|\n| Local government | 4 | 10 | 14 |\n| Media | 3 | 2 | 5 |\n| Total | 7 | 12 | 19 |\n')).toEqual({
      total: 19,
      women: 7,
      men: 12,
      groups: ['Local government', 'Media'],
    });
    // Negative: a label's content that goes on over a plain line still does ("Participants: farmers," / "teachers.").
    expect(value(participants, 'T\n\nParticipants: farmers,\nteachers, parents.\n')?.groups).toEqual(['farmers', 'teachers', 'parents']);
  });
  it('a table whose first row is no heading still gives its labels down the first column', () => {
    expect(parseMinutes('T\n\n| Date | 22.10.2021 |\n|---|---|\n| Venue | Osh city |\n\nText.').venue?.city).toBe('Osh');
    expect(parseMinutes('T\n\n| Date | 22.10.2021 |\n|---|---|\n| Venue | Osh city |\n\nText.').date?.iso).toBe('2021-10-22');
  });
});

describe('numbered section headings ("1. Background", "2. Participants")', () => {
  const report = [
    'REPORT ON THE OPEN DIALOGUE PLATFORM',
    'Kara-Suu district, Osh region, 19 November 2021',
    '',
    '1. Background',
    'The platform was organised with the aim of discussing community policing.',
    '',
    '2. Participants',
    'A total of 36 participants (15 women, 21 men) attended.',
    '',
    '3. Proceedings',
    'The meeting was moderated by Asel Mamytova, member of the Public Council.',
    'Major Bakyt Osmonov, head of the district police department, presented the results.',
    'Youth leader Aibek Tashiev spoke about trust.',
    '',
    '4. Recommendations',
    '4.1. Hold regular meetings with residents.',
    '4.2. Create youth volunteer groups.',
  ].join('\n');
  it('are headings: a label in one heads its section, and the people under another are read', () => {
    const r = parseMinutes(report);
    expect(r.title).toBe('REPORT ON THE OPEN DIALOGUE PLATFORM');
    expect(r.venue).toMatchObject({ text: 'Kara-Suu district, Osh region', city: null });
    expect(r.moderator?.name.full).toBe('Asel Mamytova');
    expect(pairs(r.speakers)).toEqual([
      ['Bakyt Osmonov', ['Major', 'head of the district police department']],
      ['Aibek Tashiev', ['Youth leader']],
    ]);
    expect(r.suggestions).toEqual([
      { number: 1, text: 'Hold regular meetings with residents' },
      { number: 2, text: 'Create youth volunteer groups' },
    ]);
  });
  it('sections numbered I, II, III are read as a run of their own, past the items numbered in digits under them', () => {
    const text = [
      'REPORT ON THE OPEN DIALOGUE PLATFORM',
      '',
      'I. GENERAL INFORMATION',
      '',
      '1. Topic: "Waste management in Karakol city"',
      '2. Date: 28.10.2021',
      '3. Moderator: Abdyrov T.Sh., Chairman of the Coordination Council',
      '',
      'II. COURSE OF THE MEETING',
      '',
      'The meeting was opened by the mayor of Karakol city, Asanov Kubanychbek.',
      '',
      'III. RECOMMENDATIONS',
      '',
      '1. Introduce separate waste collection.',
      '2. Build a waste sorting station.',
    ].join('\n');
    const r = parseMinutes(text);
    expect(r).toMatchObject({ topic: 'Waste management in Karakol city', date: { iso: '2021-10-28' }, moderator: { name: { full: 'Abdyrov T.Sh.' } } });
    expect(r.suggestions).toEqual([
      { number: 1, text: 'Introduce separate waste collection' },
      { number: 2, text: 'Build a waste sorting station' },
    ]);
    expect(pairs(r.speakers)).toEqual([['Asanov Kubanychbek', ['mayor of Karakol city']]]);
    // Negative: a Roman list of suggestions (no label among them, each ending a sentence) stays a list.
    expect(parseMinutes('T\n\nSuggestions:\n\nI. To repair the roads.\nII. To build schools.').suggestions).toEqual([
      { number: 1, text: 'To repair the roads' },
      { number: 2, text: 'To build schools' },
    ]);
  });
  it('the rewrite is one for one: "1. " becomes "## "', async () => {
    const { numberSections } = await import('../src/pipeline/section-headings.js');
    const text = '1. Background\nText.\n\n2. Participants\n40 people.';
    expect(numberSections(text, en)).toBe('## Background\nText.\n\n## Participants\n40 people.');
  });
  it('negative: a list of suggestions with a line under each item, no label among them, stays a list; so does a tight list', async () => {
    const { numberSections } = await import('../src/pipeline/section-headings.js');
    for (const text of [
      'Suggestions:\n\n1. Roads\nThe district must repair them.\n\n2. Schools\nBuild more.',
      '1. Participants\n2. Recommendations\nText.',
      '1. Participants: 40 people\nText.\n\n2. Recommendations.\nText.',
      '1. Background\nText.\n\n3. Participants\nText.',
    ]) {
      expect(numberSections(text, en)).toBe(text);
    }
  });
  it('a sub-item\'s line ("2.3.") is in no run of sections, short as it may be ("2. Speakers" / "2.3. Kim Oleg, expert" / "3. Discussion")', async () => {
    // (The sub-item had taken the place of section 3: sections 3 and 4 stayed list items, so "4. Recommendations" gave no
    // suggestions and "Recommendations" became a speaker.)
    const r = parseMinutes('MINUTES OF THE OPEN DIALOGUE PLATFORM\n\n1. General information\nModerator: Abdyrov Tolonbek Shakirovich\n\n2. Speakers\n2.1. Mamatov Bakyt, head of the district administration – welcoming speech.\n2.2. Kim Oleg, expert of OSCE – “Early warning”.\n\n3. Discussion\nParticipants discussed water.\n\n4. Recommendations\n4.1. Create a joint water committee.\n4.2. Hold youth sports events.\n');
    expect(pairs(r.speakers)).toEqual([['Mamatov Bakyt', ['head of the district administration']], ['Kim Oleg', ['expert of OSCE']]]);
    expect(r.suggestions).toEqual([{ number: 1, text: 'Create a joint water committee' }, { number: 2, text: 'Hold youth sports events' }]);
    expect(r.discussion).toEqual(['Participants discussed water']);
    // Negative: a sub-item's line is never a section's heading, short and capitalised as it is ("2.1. Background" under "2. Speakers").
    const { numberSections } = await import('../src/pipeline/section-headings.js');
    const text = '1. General\nText.\n\n2. Speakers\n  1. Background\nText.\n\n3. Recommendations\nText.';
    expect(numberSections(text, en, new Set(), new Set([text.indexOf('  1. Background')]))).toBe('## General\nText.\n\n## Speakers\n  1. Background\nText.\n\n## Recommendations\nText.');
  });
  it('an item that is a label of the lexicon alone is no speaker ("Speakers:" / "- Kim Oleg" / "- Recommendations")', () => {
    // (It had been taken as a name: "Recommendations", "Discussion".)
    expect(pairs(parseMinutes('T\n\nSpeakers:\n- Mamatov Bakyt\n- Kim Oleg\n- Recommendations\n').speakers)).toEqual([['Mamatov Bakyt', []], ['Kim Oleg', []]]);
    expect(pairs(parseMinutes('T\n\nSpeakers:\n- Mamatov Bakyt\n- Kim Oleg\n- **Discussion:**\n').speakers)).toEqual([['Mamatov Bakyt', []], ['Kim Oleg', []]]);
    // Negative: a name that is no label stays one.
    expect(pairs(parseMinutes('T\n\nSpeakers:\n- Mamatov Bakyt\n- Kim Oleg\n- Ruslan\n').speakers).map((p) => p[0])).toEqual(['Mamatov Bakyt', 'Kim Oleg', 'Ruslan']);
  });
});

describe('italics and bold anywhere in the values', () => {
  const report = [
    '**OPEN DIALOGUE PLATFORM IN OSH REGION**',
    '',
    '**Topic:** *“Road safety in Osh city”*',
    '',
    '**Moderator:** ***Abdyrov Tolonbek Shakirovich***, *Chairman of the Coordination Council*',
    '',
    '**Number of participants:** **40** (**24** women, **16** men)',
    '',
    '**Speakers:**',
    '',
    '* ***Asanov Bolot***, *head of the traffic police of Osh city* – “Accidents in 2021”;',
    '* ***Isakova Aida***, *expert* – “Safe roads for children”.',
    '',
    '**Suggestions:**',
    '',
    '1. *To install cameras at crossings;*',
    '2. *To repaint the zebra crossings.*',
  ].join('\n');
  it('are no part of a topic, a role, a count or a suggestion', () => {
    const r = parseMinutes(report);
    expect(r.topic).toBe('Road safety in Osh city');
    expect(r.moderator?.roles).toEqual(['Chairman of the Coordination Council']);
    expect(r.participants).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(pairs(r.speakers)).toEqual([
      ['Asanov Bolot', ['head of the traffic police of Osh city']],
      ['Isakova Aida', ['expert']],
    ]);
    expect(r.presentations).toEqual(['Accidents in 2021', 'Safe roads for children']);
    expect(r.suggestions).toEqual([
      { number: 1, text: 'To install cameras at crossings' },
      { number: 2, text: 'To repaint the zebra crossings' },
    ]);
  });
  it('negative: an italic run that opens with no position is still a talk ("*Access to jobs* — Name")', () => {
    const r = parseMinutes('T\n\nPresentations:\n- *Access to jobs for returnees* — Meerim Toktorova, employment service');
    expect(r.presentations).toEqual(['Access to jobs for returnees']);
    expect(pairs(r.speakers)).toEqual([['Meerim Toktorova', ['employment service']]]);
  });
});

describe('several labels on one line', () => {
  it('after "|", ";" or a sentence end, each with a colon, each gives its field', () => {
    const a = parseMinutes('# Round table\n\n**Date:** 18.03.2021 | **Venue:** Osh city, hotel “Dostuk” | **Moderator:** Aida Bekova\n\nText.');
    expect([a.date?.text, a.venue?.text, a.moderator?.name.full]).toEqual(['18.03.2021', 'Osh city, hotel “Dostuk”', 'Aida Bekova']);
    const b = parseMinutes('# Round table\n\nDate: 18.03.2021; Venue: Osh city; Participants: 40 (24 women, 16 men)\n\nText.');
    expect([b.venue?.text, b.participants?.total, b.participants?.women]).toEqual(['Osh city', 40, 24]);
    const c = parseMinutes('# Round table\n\nWhen: 18.03.2021. Where: Osh city, hotel “Dostuk”. Moderator: Aida Bekova.\n\nText.');
    expect([c.date?.text, c.venue?.text, c.moderator?.name.full]).toEqual(['18.03.2021', 'Osh city, hotel “Dostuk”', 'Aida Bekova']);
  });
  it('negative: a label word without a colon, or a colon after no separator, stays in the content', () => {
    expect(parseMinutes('# Round table\n\nVenue: Osh city; the date was agreed later\n\nText.').venue?.text).toBe('Osh city; the date was agreed later');
    expect(parseMinutes('# Round table\n\nVenue: Osh city, hotel “Dostuk”, from 10:00\n\nText.').venue?.text).toBe('Osh city, hotel “Dostuk”, from 10:00');
  });
});

describe('reading the label that opens a line', () => {
  /** The label and content of each line of `text` labelled with one of `labels`. */
  const hits = (text: string, labels: readonly string[]) => {
    const t = normalize(text);
    return findLabels(createDoc(t, toTree(t), en), labels).map((h) => [h.label, h.content.trim()]);
  };
  it('takes the longest label that fits, in any case, with any white space between its words', () => {
    expect(hits('T\n\nDate and venue: 12.05.2021, Osh', en.labels.dateVenue)).toEqual([['Date and venue', '12.05.2021, Osh']]);
    expect(hits('T\n\nDate and venue: 12.05.2021, Osh', en.labels.date)).toEqual([]);
    expect(hits('T\n\nDATE  AND\tVENUE: 12.05.2021', en.labels.dateVenue)).toEqual([['DATE  AND\tVENUE', '12.05.2021']]);
  });
  it('after markdown and an article, before an aside in brackets, a colon or a spaced dash', () => {
    expect(hits('T\n\n## **The purpose of the meeting:** to talk', en.labels.purpose)).toEqual([['purpose of the meeting', 'to talk']]);
    expect(hits('T\n\nParticipants (35 people): farmers, teachers', en.labels.participants)).toEqual([['Participants', 'farmers, teachers']]);
    expect(hits('T\n\nModerator – Aibek Tashiev, expert', en.labels.moderator)).toEqual([['Moderator', 'Aibek Tashiev, expert']]);
    expect(hits('T\n\nDate: 18.03.2021 | Venue: Osh city', en.labels.venue)).toEqual([['Venue', 'Osh city']]);
  });
  it('negative: a label that runs on into more letters, or has no colon or dash after it, labels nothing', () => {
    expect(hits('T\n\nDateline: 12.05.2021', en.labels.date)).toEqual([]);
    expect(hits('T\n\nVenue is to be announced: soon', en.labels.venue)).toEqual([]);
    expect(hits('T\n\nModerator-in-chief: Aibek Tashiev', en.labels.moderator)).toEqual([]);
  });
});

describe('labels the event qualifies or two labels share', () => {
  it.each([
    ['Meeting moderator: Aibek Tashiev, expert', 'Aibek Tashiev'],
    ['Moderator/facilitator: Aibek Tashiev, expert', 'Aibek Tashiev'],
    ['Round table moderator: Aibek Tashiev, expert', 'Aibek Tashiev'],
  ])('%s', (line, name) => {
    expect(value(moderator, `T\n\n${line}`)?.name.full).toBe(name);
  });
  it('"Date/place:" labels the line with both: the date, and the place beside it', () => {
    const r = parseMinutes('# Round table\n\nDate/place: 12.05.2021, Osh, hotel “Dostuk”\n');
    expect(r.date?.iso).toBe('2021-05-12');
    expect(r.venue).toMatchObject({ text: 'Osh, hotel “Dostuk”', city: 'Osh', name: 'Dostuk' });
  });
  it('"Number of people:" gives the count; "Председательствовал:" the chair', () => {
    expect(value(participants, 'T\n\nNumber of people: 30 (12 women, 18 men)')).toMatchObject({ total: 30, women: 12, men: 18 });
    expect(parseMinutes('# Круглый стол\n\nПредседательствовал: Ташиев Айбек, эксперт\n').moderator?.name.full).toBe('Ташиев Айбек');
  });
  it('negative: an event word alone before a colon is no label, nor a slash between words that are not labels', () => {
    expect(value(moderator, 'T\n\nMeeting: Aibek Tashiev, expert')).toBeNull();
    expect(value(moderator, 'T\n\nEditor/translator: Aibek Tashiev')).toBeNull();
  });
});

describe('moderator named before the verb: "X, role, facilitated the meeting"', () => {
  it.each([
    ['Aida Bekova, coordinator of the Public Council, facilitated the meeting.', 'Aida Bekova', ['coordinator of the Public Council']],
    ['The round table opened at ten. Mr. Nurlan Osmonov chaired the event and thanked the guests.', 'Nurlan Osmonov', []],
    // A pronoun for the event (the lexicon's `moderatedPronouns`; it had given none).
    ['Aida Bekova, coordinator of the Public Council, opened the meeting and moderated it.', 'Aida Bekova', ['coordinator of the Public Council']],
  ])('%s', (text, name, roles) => {
    expect(value(moderator, `T\n\n${text}`)).toMatchObject({ name: { full: name }, roles });
  });
  it('in Russian: "Ташиева Айгуль, эксперт, провела встречу"', () => {
    expect(parseMinutes('# Круглый стол\n\nТашиева Айгуль, эксперт Общественного совета, провела встречу.\n').moderator).toMatchObject({ name: { full: 'Ташиева Айгуль' }, roles: ['эксперт Общественного совета'] });
    expect(parseMinutes('# Круглый стол\n\nАсанова Айгуль, председатель ОС, открыла встречу и модерировала её.\n').moderator).toMatchObject({ name: { full: 'Асанова Айгуль' }, roles: ['председатель ОС'] });
  });
  it('negative: the verb without a meeting after it, or no person before it in the sentence', () => {
    expect(value(moderator, 'T\n\nAida Bekova led the working group on water.')).toBeNull();
    expect(value(moderator, 'T\n\nAida Bekova spoke. The mayor facilitated the meeting.')).toBeNull();
    expect(value(moderator, 'T\n\nAida Bekova spoke. The mayor moderated it.')).toBeNull();
    expect(value(moderator, 'T\n\nAida Bekova led its work on water.')).toBeNull();
  });
});

describe('Russian wording', () => {
  it('the word after "г." is the city, not a name: "заместителю мэра г. Нарын Осмонову Нурлану"', () => {
    const r = parseMinutes('# Круглый стол\n\nСлово было предоставлено заместителю мэра г. Нарын Осмонову Нурлану.\n');
    expect(r.speakers.map((s) => [s.name.full, s.roles])).toEqual([['Осмонову Нурлану', ['заместителю мэра г. Нарын']]]);
    // Also with the line wrapped after "г.".
    const wrapped = parseMinutes('# Круглый стол\n\nС приветственным словом выступил заместитель мэра г.\nКызыл-Кия Ташматов Бахтияр.\n');
    expect(wrapped.speakers.map((s) => [s.name.full, s.roles])).toEqual([['Ташматов Бахтияр', ['заместитель мэра г. Кызыл-Кия']]]);
  });
  it('the floor given for a speech: "Слово для выступления было предоставлено …", "… предоставили Name, role"', () => {
    const pairsOf = (t: string) => parseMinutes(`# Круглый стол\n\n${t}\n`).speakers.map((s) => [s.name.full, s.roles]);
    expect(pairsOf('Слово для выступления было предоставлено заместителю акима района Осмонову Талантбеку.')).toEqual([['Осмонову Талантбеку', ['заместителю акима района']]]);
    expect(pairsOf('Далее было предоставлено слово эксперту Бековой Аиде.')).toEqual([['Бековой Аиде', ['эксперту']]]);
    expect(pairsOf('Слово для выступления предоставили Бековой Аиде, эксперту.')).toEqual([['Бековой Аиде', ['эксперту']]]);
    // Negative: the floor given to no one named.
    expect(pairsOf('Слово для выступления было предоставлено всем желающим.')).toEqual([]);
  });
  it('"Модератором встречи выступила …" and "Кол-во участников: 45"', () => {
    const r = parseMinutes('# Круглый стол\n\nМодератором встречи выступила Бекова Аида, координатор Общественного совета.\n\nКол-во участников: 45\n');
    expect(r.moderator).toMatchObject({ name: { full: 'Бекова Аида' }, roles: ['координатор Общественного совета'] });
    expect(r.participants?.total).toBe(45);
  });
  it('negative: a name after a title word stays whole ("мэр Ташиев Айбек")', () => {
    expect(parseMinutes('# Круглый стол\n\nВыступил мэр Ташиев Айбек.\n').speakers.map((s) => s.name.full)).toEqual(['Ташиев Айбек']);
  });
});

describe('a place line right under the title, in its paragraph', () => {
  it('"Karakol city, Issyk-Kul region" is no part of the title, and gives the region', () => {
    const r = parseMinutes('Round table “Women in local self-government”\nKarakol city, Issyk-Kul region\n\nModerator: Aida Bekova, expert\n');
    expect(r.title).toBe('Round table “Women in local self-government”');
    expect(r.region).toBe('Issyk-Kul');
  });
  it('"Иссык-Кульская область, г. Каракол" likewise', () => {
    const r = parseMinutes('Круглый стол «Женщины в местном самоуправлении»\nИссык-Кульская область, г. Каракол\n\nМодератор: Бекова Аида, эксперт\n');
    expect(r.title).toBe('Круглый стол «Женщины в местном самоуправлении»');
    expect(r.region).toBe('Иссык-Куль');
  });
  it('negative: a second title line that only names a region inside a phrase goes on the title', () => {
    expect(value(title, 'Open dialogue platform\nin Osh region on the topic “Migration”\n\nText.')).toBe('Open dialogue platform in Osh region on the topic “Migration”');
  });
  it('negative: nor one that the line before runs on to ("… meeting in" / "Jalal-Abad region")', () => {
    expect(value(title, 'REPORT\non the Open Dialogue Platform meeting in\nJalal-Abad region\n\nText.')).toBe('REPORT on the Open Dialogue Platform meeting in Jalal-Abad region');
  });
});

describe('participants: a head count alone in running text', () => {
  it('counts in a sentence that says people attended, wherever its paragraph stands, with the groups after it', () => {
    expect(parseMinutes('# T\n\nThe meeting was attended by 42 people, including farmers, teachers and journalists.\n\nThe participants discussed roads.\n').participants).toEqual({
      total: 42,
      women: null,
      men: null,
      groups: ['farmers', 'teachers and journalists'],
    });
    expect(parseMinutes('# Т\n\nВ работе площадки приняли участие 36 человек.\n\nУчастники обсудили дороги.\n').participants?.total).toBe(36);
  });
  it('gives the total a later count of women and men lacks', () => {
    expect(parseMinutes('# T\n\nThe meeting was attended by 42 people.\n\nOf them, 20 women and 22 men spoke.\n').participants).toMatchObject({ total: 42, women: 20, men: 22 });
  });
  it('"There were 40 participants", "40 participants were registered", "Зарегистрировано 40 участников"', () => {
    expect(parseMinutes('# T\n\nThere were 40 participants in total, 60% of them women.\n').participants).toEqual({ total: 40, women: null, men: null, groups: [] });
    expect(parseMinutes('# T\n\n40 participants were registered.\n').participants?.total).toBe(40);
    expect(parseMinutes('# Т\n\nЗарегистрировано 40 участников.\n').participants?.total).toBe(40);
    // Negative: what "there were" counts is no people.
    expect(parseMinutes('# T\n\nThere were 3 presentations and 12 questions.\n').participants).toBeNull();
  });
  it('counts after a count label that names people: "The number of participants was 50"', () => {
    expect(parseMinutes('# T\n\nThe number of participants was 50.\n').participants).toEqual({ total: 50, women: null, men: null, groups: [] });
    expect(parseMinutes('# T\n\nThe number of participants was 50, 44% of them women.\n').participants).toMatchObject({ total: 50, women: null });
    expect(parseMinutes('# Т\n\nКоличество участников составило 36 человек.\n').participants?.total).toBe(36);
  });
  it('counts after a count label when the word for people ends the sentence: "In total, 40 participants."', () => {
    for (const text of ['In total, 40 participants.', 'In total 40 participants.', 'Altogether, 40 people.', 'Totally, 40 participants.']) {
      expect(parseMinutes(`# T\n\n${text}\n\nThe participants discussed roads.\n`).participants).toEqual({ total: 40, women: null, men: null, groups: [] });
    }
    expect(parseMinutes('# Т\n\nВсего 40 участников.\n').participants?.total).toBe(40);
    expect(parseMinutes('# Т\n\nИтого 40 человек.\n').participants?.total).toBe(40);
    // Negatives: more after the word for people tells of something else; a count of no people; no label.
    expect(parseMinutes('# T\n\nOverall, 300 people left the district.\n').participants).toBeNull();
    expect(parseMinutes('# T\n\nIn total, 40 schools.\n').participants).toBeNull();
    expect(parseMinutes('# Т\n\nВсего 40 сел.\n').participants).toBeNull();
    // (Not where the count is only a capacity: "Capacity: 40 participants.", "Room booked for 40 participants.")
    expect(parseMinutes('# T\n\nCapacity: 40 participants.\n').participants).toBeNull();
    expect(parseMinutes('# T\n\nRoom booked for 40 participants.\n').participants).toBeNull();
  });
  it('counts a sentence of the count and its word for people alone: "27 participants."', () => {
    for (const text of ['27 participants.', '**27 participants**', '27 participants (44% women).', '- 27 people']) {
      expect(parseMinutes(`# T\n\nDate: 14 June 2021\n\n${text}\n\nThe participants discussed roads.\n`).participants).toEqual({ total: 27, women: null, men: null, groups: [] });
    }
    expect(parseMinutes('# Т\n\n27 участников.\n').participants?.total).toBe(27);
    // Negatives: a count of no people; more words in the sentence that say nothing of attending.
    expect(parseMinutes('# T\n\n27 teachers.\n').participants).toBeNull();
    expect(parseMinutes('# T\n\nThe village has 300 residents.\n').participants).toBeNull();
    expect(parseMinutes('# T\n\nThe hall seats 40 people.\n').participants).toBeNull();
  });
  it('negative: a count label that names no people counts no one ("In total 500 soms were spent")', () => {
    expect(parseMinutes('# T\n\nIn total 500 soms were spent on the repairs.\n').participants).toBeNull();
    expect(parseMinutes('# T\n\nA budget for 50 people was allocated.\n').participants).toBeNull();
  });
  it('negative: not a number of people the text tells of ("300 people left the district")', () => {
    expect(parseMinutes('# T\n\nOver the year, 300 people left the district.\n\nThe participants discussed roads.\n').participants).toBeNull();
    expect(parseMinutes('# T\n\nOver the year, 300 people left the district.\n\nOf them, 20 women and 22 men returned.\n').participants).toMatchObject({ total: null, women: 20, men: 22 });
  });
});

describe('participants: groups after the count', () => {
  it('groups in a sentence of their own after a count label\'s count: "Attendance: 35 people (F – 22, M – 13). Teachers, …"', () => {
    const expected = { total: 35, women: 22, men: 13, groups: ['School teachers', 'social workers', 'parents', 'inspectors of the juvenile police'] };
    expect(value(participants, 'T\n\nAttendance: 35 people (F – 22, M – 13). School teachers, social workers, parents, inspectors of the juvenile police.')).toEqual(expected);
    // "Participation:" is a participants label.
    expect(value(participants, 'T\n\nParticipation: 35 people (women – 22, men – 13). School teachers, social workers, parents, inspectors of the juvenile police.')).toEqual(expected);
    // Negative: a sentence after the count that is no list gives no groups.
    expect(value(participants, 'T\n\nAttendance: 35 people (F – 22, M – 13). The discussion was lively.')).toEqual({ total: 35, women: 22, men: 13, groups: [] });
  });
  it('"In attendance: 38 persons (21 men and 17 women) – farmers, …"', () => {
    expect(value(participants, 'T\n\nIn attendance: 38 persons (21 men and 17 women) - farmers, members of pasture committees, journalists.')).toEqual({
      total: 38,
      women: 17,
      men: 21,
      groups: ['farmers', 'members of pasture committees', 'journalists'],
    });
  });
  it('negative: the breakdown of the count is no group ("40 people – 31 women, 9 men"), nor what a dash inside the count sets off', () => {
    expect(value(participants, 'T\n\nParticipants: 40 people - 31 women, 9 men.')?.groups).toEqual([]);
    // The dash after "мужчин" sets off no groups; the bracket after the count holds them.
    expect(parseMinutes('# Протокол\n\nПрисутствовали: 32 человека, из них мужчин – 18, женщин – 14 (депутаты, молодежь).\n').participants).toMatchObject({ total: 32, men: 18, women: 14, groups: ['депутаты', 'молодежь'] });
  });
});

describe('venue: a city and a quoted name in one part', () => {
  it('"Talas city at the “Talas” hotel" gives both', () => {
    expect(parseMinutes('# T\n\nOn 14 October 2021, an open dialogue platform was held in Talas city at the "Talas" hotel.\n').venue).toEqual({
      text: 'Talas city at the "Talas" hotel',
      city: 'Talas',
      name: 'Talas',
      room: null,
    });
  });
  it('the room between the city and the quoted name is the room ("г. Нарын в конференц-зале гостиницы «Ала-Тоо»")', async () => {
    const { parseVenue } = await import('../src/extractors/venue.js');
    const { en } = await import('../src/lexicon/en.js');
    const { ru } = await import('../src/lexicon/ru.js');
    expect(parseVenue('г. Нарын в конференц-зале гостиницы «Ала-Тоо»', ru)).toMatchObject({ city: 'Нарын', name: 'Ала-Тоо', room: 'конференц-зале' });
    expect(parseVenue('Talas city in the conference hall of the "Talas" hotel', en)).toMatchObject({ city: 'Talas', name: 'Talas', room: 'conference hall' });
    // A room word inside the name is the name's.
    expect(parseVenue('Osh city, the "Conference Hall" cafe', en)).toMatchObject({ city: 'Osh', name: 'Conference Hall', room: null });
  });
  it('negative: a city word inside the quoted name is no city (the “Osh City” hotel)', async () => {
    const { parseVenue } = await import('../src/extractors/venue.js');
    const { en } = await import('../src/lexicon/en.js');
    expect(parseVenue('the "Osh City" hotel', en)).toEqual({ text: 'the "Osh City" hotel', city: null, name: 'Osh City', room: null });
  });
});

describe('a heading line that holds only the place and the date', () => {
  it('"### Osh city, 25–26 February 2021" under the title gives the place and the date, and is no part of the title', () => {
    const r = parseMinutes('# ROUND TABLE\n## "Preventing violent extremism"\n### Osh city, 25–26 February 2021\n\n**Facilitator:** Dilbar Yusupova, trainer.\n');
    expect(r.title).toBe('ROUND TABLE "Preventing violent extremism"');
    expect(r.date?.iso).toBe('2021-02-25');
    expect(r.venue).toEqual({ text: 'Osh city', city: 'Osh', name: null, room: null });
    expect(parseMinutes('# ROUND TABLE\n## 25 February 2021, Osh city\n').title).toBe('ROUND TABLE');
    expect(parseMinutes('Open dialogue platform\n18 March 2021\n\nModerator: Aida Bekova.\n').title).toBe('Open dialogue platform');
  });
  it('a title that is itself the place and the date gives the place too ("# Osh city, 25 February 2021")', () => {
    expect(parseMinutes('# Osh city, 25 February 2021\n\nModerator: Aida Bekova.\n').venue).toMatchObject({ text: 'Osh city', city: 'Osh' });
  });
  it('negative: a heading that goes on with the title stays in it, a date in it too ("## in Osh region on 18 March 2021")', () => {
    expect(parseMinutes('# Open dialogue platform\n## in Osh region on 18 March 2021\n').title).toBe('Open dialogue platform in Osh region on 18 March 2021');
  });
  it('negative: the title’s own words before its date are no place, nor is a subtitle that names none', () => {
    expect(parseMinutes('# Open dialogue platform in Osh region on 18 March 2021\n\nModerator: Aida Bekova, expert.\n').venue).toBeNull();
    expect(parseMinutes('# Open dialogue platform\n## Youth and the media, 18 March 2021\n\nModerator: Aida Bekova, expert.\n').venue).toBeNull();
  });
});

describe('venue after the date in a date label', () => {
  it('"Held on: 3rd of June, 2021, Talas city, the conference room of the regional library"', () => {
    const r = parseMinutes('# Round table\n\nHeld on: 3rd of June, 2021, Talas city, the conference room of the regional library\n');
    expect(r.date?.iso).toBe('2021-06-03');
    expect(r.venue).toEqual({ text: 'Talas city, the conference room of the regional library', city: 'Talas', name: 'regional library', room: 'conference room' });
  });
  it('negative: what follows the date names no place ("Date: 5 May 2021, Wednesday, 10:00")', () => {
    expect(parseMinutes('# Round table\n\nDate: 5 May 2021, Wednesday, 10:00\n').venue).toBeNull();
  });
});

describe('participants: groups after a count in running text', () => {
  it('after a colon past the last number of the count', () => {
    expect(parseMinutes('# Т\n\nВсего присутствовало 38 человек, в т.ч. женщин – 17, мужчин – 21: фермеры, журналисты.\n').participants).toEqual({ total: 38, women: 17, men: 21, groups: ['фермеры', 'журналисты'] });
  });
  it('after a word such as "including" or "в том числе", in a label or in running text (lexicon data)', () => {
    expect(value(participants, 'T\n\nParticipants: 35 people (20 women and 15 men), including heads of local self-government bodies, members of public councils, activists and journalists.')).toEqual({
      total: 35,
      women: 20,
      men: 15,
      groups: ['heads of local self-government bodies', 'members of public councils', 'activists and journalists'],
    });
    expect(value(participants, 'T\n\nThe meeting was attended by 41 people (23 women, 18 men), among them farmers, teachers and doctors.')?.groups).toEqual(['farmers', 'teachers and doctors']);
    expect(value(participants, 'T\n\nParticipants:\nA total of 36 participants (15 women, 21 men) attended: district police officers, local council deputies, youth leaders.')?.groups).toEqual([
      'district police officers',
      'local council deputies',
      'youth leaders',
    ]);
    // Negative: with no separator after the count, the groups are what is not the count.
    expect(value(participants, 'Participants: teachers, 24 women and 16 men')?.groups).toEqual(['teachers']);
    expect(value(participants, 'T\n\nIn total, 44 people participated: 26 men and 18 women. Among them were ayil okmotu staff, local council deputies, youth groups.')?.groups).toEqual([
      'ayil okmotu staff',
      'local council deputies',
      'youth groups',
    ]);
    expect(parseMinutes('# Т\n\nПрисутствовали: 30 человек (18 женщин, 12 мужчин), в т.ч. депутаты, активисты.\n').participants).toEqual({ total: 30, women: 18, men: 12, groups: ['депутаты', 'активисты'] });
  });
  it('ending with the count’s sentence, in a label or in running text', () => {
    const after = ' The meeting was lively, open and calm.';
    expect(value(participants, `T\n\n35 people (20 women, 15 men) attended, including farmers and teachers.${after}`)?.groups).toEqual(['farmers and teachers']);
    expect(value(participants, `T\n\nParticipants: 40 people (24 women, 16 men), including farmers and teachers.${after}`)?.groups).toEqual(['farmers and teachers']);
    expect(value(participants, `T\n\nTotally: 40 participants, among them 24 women and 16 men: farmers, teachers.${after}`)?.groups).toEqual(['farmers', 'teachers']);
  });
  it('after "including" in the total’s sentence, when the women and men are counted in a later one', () => {
    expect(value(participants, 'T\n\nIn total 40 participants took part, including representatives of ayil okmotu, teachers and youth. Among them 22 women and 18 men.')).toEqual({
      total: 40,
      women: 22,
      men: 18,
      groups: ['representatives of ayil okmotu', 'teachers and youth'],
    });
    // Negative: "including" before a count of its sentence opens no groups; the colon after that count does.
    expect(value(participants, 'T\n\n40 people took part in the meeting, including 22 women: deputies, teachers, journalists.')?.groups).toEqual(['deputies', 'teachers', 'journalists']);
  });
  it('after a dash in running text, when what follows reads as a list', () => {
    const text = 'T\n\nIt was attended by 45 people: 20 men and 25 women - deputies of local councils, heads of ayil okmotu, activists and journalists. The round table was facilitated by Mirlan Abdykadyrov.';
    expect(value(participants, text)).toEqual({ total: 45, women: 25, men: 20, groups: ['deputies of local councils', 'heads of ayil okmotu', 'activists and journalists'] });
    // Negative: a clause after the dash is no list.
    expect(value(participants, 'T\n\nIt was attended by 45 people (20 men and 25 women) – it was a good turnout. Then we spoke.')?.groups).toEqual([]);
  });
  it('in the sentence after the count, when it opens with "Among the participants were" or "Среди участников были"', () => {
    expect(value(participants, 'T\n\nIn total 40 people took part (22 women, 18 men). Among the participants were representatives of state bodies, NGOs and the media.')?.groups).toEqual([
      'representatives of state bodies',
      'NGOs and the media',
    ]);
    expect(parseMinutes('# Т\n\nВсего участников – 36 человек, из них женщин – 20, мужчин – 16. Среди участников были представители госорганов, НПО, СМИ.\n').participants?.groups).toEqual(['представители госорганов', 'НПО', 'СМИ']);
  });
  it('negative: "including" before the numbers opens the breakdown of the count, not groups', () => {
    expect(value(participants, 'T\n\nParticipants: 35 people, including 20 women and 15 men.')).toEqual({ total: 35, women: 20, men: 15, groups: [] });
    expect(value(participants, 'T\n\nIn total, 35 people took part, among them 20 women.')?.groups).toEqual([]);
  });
  it('in a paragraph of its own that opens with such words, after a labelled count', () => {
    expect(value(participants, 'T\n\nTotally: 40 participants, 24 women and 16 men.\n\nAmong the participants were representatives of local authorities, NGOs and media. The hall was full.')).toEqual({
      total: 40,
      women: 24,
      men: 16,
      groups: ['representatives of local authorities', 'NGOs and media'],
    });
    expect(value(participants, 'T\n\nTotally: 40 participants.\n\n**Among the participants were:** teachers, doctors, students.')?.groups).toEqual(['teachers', 'doctors', 'students']);
    expect(parseMinutes('# Т\n\nВсего: 30 человек.\n\nВ работе платформы приняли участие представители айыл окмоту, учителя, молодёжь.\n').participants?.groups).toEqual(['представители айыл окмоту', 'учителя', 'молодёжь']);
  });
  it('in the sentence after a count under a participants label or heading, when it reads as a list', () => {
    expect(value(participants, 'T\n\n## Participants\n\nTotal: 29 (women: 18, men: 11). Teachers, parents, police inspectors, local deputies.')).toEqual({
      total: 29,
      women: 18,
      men: 11,
      groups: ['Teachers', 'parents', 'police inspectors', 'local deputies'],
    });
    expect(value(participants, 'T\n\nParticipants:\n\n40 people (24 women, 16 men). Farmers, teachers, doctors.')?.groups).toEqual(['Farmers', 'teachers', 'doctors']);
    // In a list of three or more, a group may run to eight words.
    expect(
      value(participants, 'T\n\n**Participants:** 27 in total, of whom men – 11, women – 16. Parents, teachers, school directors, representatives of the district education department.'),
    ).toEqual({ total: 27, women: 16, men: 11, groups: ['Parents', 'teachers', 'school directors', 'representatives of the district education department'] });
  });
  it('negative: a count in words is no group, as one in digits is not ("… attended by forty people, of them twenty-four women")', () => {
    // (The two parts had been the groups.)
    expect(value(participants, 'T\n\nThe event was attended by forty people, of them twenty-four women.')).toEqual({ total: 40, women: 24, men: null, groups: [] });
    expect(parseMinutes('Т\n\nВ мероприятии приняли участие сорок человек, из них двадцать четыре женщины.\n').participants).toEqual({ total: 40, women: 24, men: null, groups: [] });
    // A group counted in words stays a group where its word counts no one as people ("twelve teachers").
    expect(value(participants, 'T\n\nParticipants: twelve teachers, eight parents, five students.')?.groups).toEqual(['twelve teachers', 'eight parents', 'five students']);
  });
  it('on the lines under the lines of the counts, in the label\'s paragraph or the one under it, when they read as a list', () => {
    // (No groups had been read: only a sentence after a count, or a list under it, had been.)
    const counts = 'Total: 38\nWomen: 21\nMen: 17\nRepresentatives of mahalla committees, school principals, imams, youth activists.';
    const groups = ['Representatives of mahalla committees', 'school principals', 'imams', 'youth activists'];
    expect(value(participants, `T\n\nParticipants:\n${counts}`)).toEqual({ total: 38, women: 21, men: 17, groups });
    expect(value(participants, `T\n\nParticipants\n${counts}`)).toEqual({ total: 38, women: 21, men: 17, groups });
    expect(value(participants, 'T\n\nParticipants:\nTotal: 38\nWomen: 21, men: 17\nTeachers; imams; youth activists')?.groups).toEqual(['Teachers', 'imams', 'youth activists']);
    // Negatives: a line that is no list, or that names people, gives no groups.
    expect(value(participants, 'T\n\nParticipants:\nTotal: 38\nWomen: 21\nMen: 17\nThe meeting was lively.')?.groups).toEqual([]);
    expect(value(participants, 'T\n\nParticipants\nTotal: 38\nWomen: 21\nMen: 17\nAibek Tashiev, Asel Kadyrova')?.groups).toEqual([]);
  });
  it('in a list right under a paragraph of the count, under a participants label or heading; bold numbers count', () => {
    expect(value(participants, 'T\n\n## Participants\n\nTotal: **44** (women: **26**, men: **18**)\n\n- deputies of local councils\n- staff of aiyl okmotu\n- civil activists\n')).toEqual({
      total: 44,
      women: 26,
      men: 18,
      groups: ['deputies of local councils', 'staff of aiyl okmotu', 'civil activists'],
    });
    expect(value(participants, 'T\n\nParticipants:\n\n40 people (24 women, 16 men)\n\n- farmers\n- teachers\n')?.groups).toEqual(['farmers', 'teachers']);
    // Bold numbers in a line of their own: "Participants: **44**, women: **26**, men: **18**".
    expect(value(participants, 'T\n\nParticipants: **44**, women: **26**, men: **18**')).toMatchObject({ total: 44, women: 26, men: 18 });
    // Negatives: a list of people under the count names no groups; a list after another paragraph is not the count's.
    expect(value(participants, 'T\n\n## Participants\n\nTotal: 44\n\n- Asanov Bolot, deputy\n- Kim Sergei, lawyer\n')?.groups).toEqual([]);
    expect(value(participants, 'T\n\n## Participants\n\nTotal: 44\n\nThe speakers were the following.\n\n- farmers\n- teachers\n')?.groups).toEqual([]);
  });
  it('negative: a sentence after the count that is no list gives no groups', () => {
    for (const text of [
      'T\n\n## Participants\n\nTotal: 40. The meeting was lively.',
      // One part runs to more words than a group has.
      'T\n\n## Participants\n\nTotal: 40. Most were young, active and motivated people from the villages.',
      // Nine words in one part of a longer list: a sentence.
      'T\n\n## Participants\n\nTotal: 40. Farmers, teachers, and many of them came from the villages of the district.',
      // More sentences after it: a paragraph, not a list.
      'T\n\nParticipants: 40 people. Farmers, teachers. The meeting was lively.',
      // People named are no groups.
      'T\n\n## Participants\n\nTotal: 29. Aibek Tashiev, Nurlan Osmonov.',
    ]) {
      expect(value(participants, text)?.groups).toEqual([]);
    }
  });
  it('negative: such a sentence that names people is an attendee list; a count there is no group; a label’s groups come first', () => {
    expect(value(participants, 'T\n\nTotally: 40 participants.\n\nAmong the participants were Aibek Tashiev, deputy, and Nurlan Osmonov, activist.')?.groups).toEqual([]);
    expect(value(participants, 'T\n\nTotally: 40 participants.\n\nThe meeting brought together more than 40 people.')?.groups).toEqual([]);
    expect(value(participants, 'T\n\nParticipants: farmers, teachers.\n\nAmong the participants were journalists.')?.groups).toEqual(['farmers', 'teachers']);
  });
  it('"Participants of the meeting were …", "The meeting was attended by …" open such a sentence too', () => {
    expect(value(participants, 'T\n\nParticipants of the meeting were representatives of state bodies, public councils and media.')?.groups).toEqual(['representatives of state bodies', 'public councils and media']);
    expect(value(participants, 'T\n\nThe meeting was attended by representatives of state bodies, public councils, media.')?.groups).toEqual(['representatives of state bodies', 'public councils', 'media']);
    // ("The participants were …", "Участниками были …" too.)
    expect(value(participants, 'T\n\nThe participants were representatives of state bodies, NGOs, journalists.')?.groups).toEqual(['representatives of state bodies', 'NGOs', 'journalists']);
    expect(parseMinutes('Т\n\nУчастниками были представители госорганов, НПО, журналисты.\n').participants?.groups).toEqual(['представители госорганов', 'НПО', 'журналисты']);
    // Negatives: what is no list of groups lists none, and a count is a count.
    expect(value(participants, 'T\n\nThe participants of the meeting were divided into three groups.')).toBeNull();
    expect(value(participants, 'T\n\nThe participants were divided into three groups.')).toBeNull();
    expect(value(participants, 'T\n\nThe participants were Asanov Bolot, Kim Sergei and Li Anna.')).toBeNull();
    expect(value(participants, 'T\n\nThe meeting was attended by 40 people (24 women, 16 men).')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
  });
  it.each([
    ['Representatives of state bodies, public councils, NGOs and the media took part in the meeting. In total 40 people (22 women, 18 men).', 'Representatives'],
    ['The meeting was attended by representatives of state bodies, public councils, NGOs and the media, 40 people in total (22 women).', 'representatives'],
  ])('groups before the verb that says they attended, or after "attended by" with the count after them: %s', (text, first) => {
    expect(value(participants, `T\n\n${text}`)).toMatchObject({ total: 40, women: 22, groups: [`${first} of state bodies`, 'public councils', 'NGOs and the media'] });
  });
  it('the count before such groups is the head count, no part of the first group ("38 representatives of …, … took part")', () => {
    const text = '38 representatives of ayil okmotus, water users associations, local NGOs and the media took part in the meeting (16 men, 22 women).';
    const groups = ['representatives of ayil okmotus', 'water users associations', 'local NGOs and the media'];
    expect(value(participants, `T\n\n${text}`)).toEqual({ total: 38, women: 22, men: 16, groups });
  });
  it.each([
    ['38 representatives of state bodies, NGOs and media took part.', 38, ['representatives of state bodies', 'NGOs and media']],
    ['The hall was full. About 40 teachers, parents and students took part in the meeting.', 40, ['teachers', 'parents and students']],
    ['Twelve teachers, parents and students took part.', 12, ['teachers', 'parents and students']],
    ['The event was attended by 35 farmers, teachers and doctors.', 35, ['farmers', 'teachers and doctors']],
    ['40 teachers and parents were present.', 40, []],
  ])('with no women and men counted, a number that opens a sentence of attending is the total, and no part of a group: %s', (text, total, groups) => {
    expect(value(participants, `T\n\n${text}`)).toEqual({ total, women: null, men: null, groups });
  });
  it.each(['attended.', 'took part in the meeting.'])('groups after the count end before the verb of attending that ends the sentence: "… and the media %s"', (end) => {
    expect(value(participants, `T\n\n45 participants (20 women and 25 men) representing NGOs, local authorities and the media ${end}`)).toEqual({ total: 45, women: 20, men: 25, groups: ['NGOs', 'local authorities and the media'] });
  });
  it('negative: a number before a clause, or after a phrase that opens the sentence, counts no one', () => {
    // ("were" makes a clause of what is before the word of attending; before, it had given the group "points were on the agenda".)
    expect(value(participants, 'T\n\n3 points were on the agenda, attendance was good.')).toBeNull();
    expect(value(participants, 'T\n\nAt 2 sessions, farmers and teachers took part.')).toBeNull();
    expect(value(participants, 'T\n\n2021 was a hard year. Teachers, parents and students took part.')).toEqual({ total: null, women: null, men: null, groups: ['Teachers', 'parents and students'] });
  });
  it('the number in words in brackets after its digits: "40 (forty) people", "24 (twenty-four) women"', () => {
    expect(value(participants, 'T\n\nThe meeting was attended by 40 (forty) people.')).toEqual({ total: 40, women: null, men: null, groups: [] });
    expect(value(participants, 'T\n\nTotally: 40 (forty) participants, among them 24 (twenty-four) women and 16 (sixteen) men.')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
  });
  it('groups after "from" past the count ("38 participants (16 men, 22 women) from A, B and C")', () => {
    for (const text of ['Participants: 38 participants (16 men, 22 women) from ayil okmotus, water users associations and local NGOs.', '**Participants.** 38 participants (16 men / 22 women) from ayil okmotus, water users associations and local NGOs.']) {
      expect(value(participants, `T\n\n${text}`), text).toEqual({ total: 38, women: 22, men: 16, groups: ['ayil okmotus', 'water users associations and local NGOs'] });
    }
    expect(parseMinutes('Т\n\nУчастники: 38 человек (16 мужчин, 22 женщины) из айыл окмоту, ассоциаций водопользователей и НПО.\n').participants?.groups).toEqual(['айыл окмоту', 'ассоциаций водопользователей и НПО']);
    // ("Из числа", "from among", as a whole.)
    expect(parseMinutes('Т\n\nВ мероприятии приняли участие 35 человек (20 женщин, 15 мужчин) из числа депутатов, активистов и молодежи.\n').participants?.groups).toEqual(['депутатов', 'активистов и молодежи']);
    // Negatives: "from" before a number counts places, no group; nor is it one away from the count ("They came from villages").
    // Nor before a capitalised word, which leads places ("from Osh city and Kara-Suu district"), but for an acronym ("from NGOs").
    expect(value(participants, 'T\n\nParticipants: 40 people from Osh city and Kara-Suu district.')).toEqual({ total: 40, women: null, men: null, groups: [] });
    expect(value(participants, 'T\n\nParticipants: 40 people (20 women, 20 men) from NGOs, schools and the media.')?.groups).toEqual(['NGOs', 'schools and the media']);
    expect(value(participants, 'T\n\nParticipants: 40 people from 5 villages (20 women, 20 men).')).toEqual({ total: 40, women: 20, men: 20, groups: [] });
  });
  it('groups after "from" past the verb right after the count\'s people ("28 people attended from A, B and C")', () => {
    // (There had been none.)
    for (const verb of ['attended', 'took part', 'participated']) {
      expect(value(participants, `T\n\n28 people ${verb} from ayil okmotus, customs and the media.`), verb).toEqual({ total: 28, women: null, men: null, groups: ['ayil okmotus', 'customs and the media'] });
    }
    // Negatives: not a sentence away, not before a time or a capitalised place.
    expect(value(participants, 'T\n\n28 people attended. They came from ayil okmotus, customs and the media.')?.groups).toEqual([]);
    expect(value(participants, 'T\n\n28 people attended from 10:00 to 13:00.')?.groups).toEqual([]);
    expect(value(participants, 'T\n\n28 people attended from Osh city and Kara-Suu district.')?.groups).toEqual([]);
  });
  it('a line of women and men after the list under the label counts, its own paragraph or run on into the last item', () => {
    // (Neither had counted, and run on into the last item it had cost that item its group.)
    const list = 'Participants (31 in total):\n- teachers – 12;\n- parents – 10;\n- police inspectors – 3.\n';
    const want = { total: 31, women: 20, men: 11, groups: ['teachers – 12', 'parents – 10', 'police inspectors – 3'] };
    expect(value(participants, `T\n\n${list}\nOf them women – 20, men – 11.`)).toEqual(want);
    expect(value(participants, `T\n\n${list}Of them women – 20, men – 11.`)).toEqual(want);
    // Negative: a line that says more than counts stays the item's, and a paragraph of more than counts counts nothing.
    expect(value(participants, `T\n\n${list}Most of them were women – 20 of 31.`)?.groups).toHaveLength(2);
    expect(value(participants, `T\n\n${list}\nThe discussion was lively: women – 20, men – 11 spoke.`)).toMatchObject({ total: 31, women: null, men: null });
  });
  it('"from" right after a spaced dash is no group\'s word ("… – seventeen men and eleven women – from ayil okmotus, …")', () => {
    // (It had opened the first group: "from ayil okmotus", "from NGOs".)
    expect(value(participants, 'T\n\nTwenty-eight people attended – seventeen men and eleven women – from ayil okmotus, customs and the media.')).toEqual({ total: 28, women: 11, men: 17, groups: ['ayil okmotus', 'customs and the media'] });
    expect(value(participants, 'T\n\nParticipants: 40 – from NGOs, media.')?.groups).toEqual(['NGOs', 'media']);
    // Negative: before a capitalised word it leads places, no groups, as without the dash.
    expect(value(participants, 'T\n\nParticipants: 40 people – from Osh city.')?.groups).toEqual([]);
  });
  it('negative: no groups around a verb of attending after a phrase that opens the sentence, with people named, or with no comma', () => {
    expect(value(participants, 'T\n\nDuring the meeting, teachers, parents and students participated actively.')).toBeNull();
    expect(value(participants, 'T\n\nAsanov Bolot, Bekova Aida and Kim Sergei took part in the meeting.')).toBeNull();
    expect(value(participants, 'T\n\nTeachers and parents took part.')).toBeNull();
    expect(value(participants, 'T\n\nThe head of the department, the deputy mayor and the chief doctor took part in the discussion.')).toBeNull();
  });
  it('such a sentence after another in its paragraph ("… took part. They represented …")', () => {
    expect(value(participants, 'T\n\nA total of 38 participants attended, of whom 21 were women and 17 men. They represented tour operators, local authorities and NGOs.')).toEqual({
      total: 38,
      women: 21,
      men: 17,
      groups: ['tour operators', 'local authorities and NGOs'],
    });
    // (After a count that ends with a number of two digits: "мужчин – 20." ends its sentence.)
    expect(parseMinutes('Т\n\nВсего участников – 45 человек, из них женщин – 25, мужчин – 20. В работе площадки приняли участие представители органов местного самоуправления, НПО, студенты.').participants).toEqual({
      total: 45,
      women: 25,
      men: 20,
      groups: ['представители органов местного самоуправления', 'НПО', 'студенты'],
    });
    // Negative: the phrase inside a sentence opens nothing.
    expect(value(participants, 'T\n\nTotally: 38 participants, and we noted that they represented tour operators, local authorities and NGOs.')?.groups).toEqual([]);
  });
  it('sentenceEnd: at a period after a number of one or two digits inside a line, not after an item’s number', async () => {
    const { sentenceEnd } = await import('../src/text.js');
    expect(sentenceEnd('men – 20. Then', 0, en)).toBe(8);
    expect(sentenceEnd('1. To repair the canal', 0, en)).toBe(22);
    expect(sentenceEnd('  2. To repair the canal', 0, en)).toBe(24);
  });
  it('"Participants: - a, - b, - c": the bullets on the line are no part of the groups', () => {
    expect(value(participants, 'T\n\nParticipants: - representatives of state bodies, - public councils, - media.')?.groups).toEqual(['representatives of state bodies', 'public councils', 'media']);
    // Negative: a dash in one part only stays ("- " before the first alone is the label's separator's).
    expect(value(participants, 'T\n\nParticipants: state bodies, public councils, e-government experts.')?.groups).toEqual(['state bodies', 'public councils', 'e-government experts']);
  });
  it('negative: no colon, no groups ("… 23 were women and 18 men, and they discussed roads.")', () => {
    expect(value(participants, 'T\n\nIn total, 41 persons took part, of whom 23 were women and 18 men - the discussion was lively.')?.groups).toEqual([]);
  });
});

describe('more wordings of the labels and announcements, as lexicon data', () => {
  const list = '\n1. Repair the road;\n2. Open a school.';
  const ru = '\n1. Отремонтировать дорогу;\n2. Открыть школу.';
  it.each([
    ['Participants suggested:', list, ['Repair the road', 'Open a school']],
    ['It was suggested:', list, ['Repair the road', 'Open a school']],
    ['Wishes of the participants:', list, ['Repair the road', 'Open a school']],
    ['The participants offered the following:', list, ['Repair the road', 'Open a school']],
    ['Ideas put forward:', list, ['Repair the road', 'Open a school']],
    ['Offers:', list, ['Repair the road', 'Open a school']],
    ['The participants of the platform recommend:', list, ['Repair the road', 'Open a school']],
    ['The participants propose:', list, ['Repair the road', 'Open a school']],
    ['Пожелания участников:', ru, ['Отремонтировать дорогу', 'Открыть школу']],
    ['Предлагается:', ru, ['Отремонтировать дорогу', 'Открыть школу']],
    ['Итоги встречи:', ru, ['Отремонтировать дорогу', 'Открыть школу']],
    ['Ideas voiced:', list, ['Repair the road', 'Open a school']],
    ['Requests of the residents:', list, ['Repair the road', 'Open a school']],
    ['Просьбы жителей:', ru, ['Отремонтировать дорогу', 'Открыть школу']],
    ['Agreed:', list, ['Repair the road', 'Open a school']],
    ['Agreements reached:', list, ['Repair the road', 'Open a school']],
    ['Follow-up actions:', list, ['Repair the road', 'Open a school']],
    ['Outcome of the meeting:', list, ['Repair the road', 'Open a school']],
    ['Results of the meeting:', list, ['Repair the road', 'Open a school']],
    // (These two had announced none: the list had been the discussion's issues.)
    ['Results of the discussion:', list, ['Repair the road', 'Open a school']],
    ['Outcomes of the discussion:', list, ['Repair the road', 'Open a school']],
  ])('"%s" announces the suggestions', (line, items, texts) => {
    const r = parseMinutes(`# Round table\n\n${line}${items}`);
    expect(r.suggestions).toEqual(texts.map((text, i) => ({ number: i + 1, text })));
  });
  it('negative: "Next steps:" announces no suggestions', () => {
    expect(parseMinutes(`# Round table\n\nNext steps:${list}`).suggestions).toEqual([]);
    // Nor results of something else than the meeting.
    expect(parseMinutes(`# Round table\n\nResults of the survey:${list}`).suggestions).toEqual([]);
    // Nor does a sentence that only names an outcome, with no list after it.
    expect(parseMinutes('# Round table\n\nThe outcome of the meeting was positive.\n\nThe participants thanked the organisers.\n').suggestions).toEqual([]);
    expect(parseMinutes('# Round table\n\nResults of the discussion: the participants were satisfied with the answers.\n').suggestions).toEqual([]);
  });
  it.each(['Date & venue', 'Time and venue', 'Date, time and place'])('"%s:" labels the date and the venue', (label) => {
    const r = parseMinutes(`# Round table\n\n${label}: 12.05.2021, Osh, hotel “Dostuk”\n`);
    expect(r.date?.iso).toBe('2021-05-12');
    expect(r.venue).toMatchObject({ text: 'Osh, hotel “Dostuk”', city: 'Osh', name: 'Dostuk' });
  });
  it.each(['Held at', 'Place held', 'Meeting venue'])('"%s:" labels the venue', (label) => {
    const r = parseMinutes(`# Round table\n\nDate held: 12.05.2021\n${label}: Osh city, hotel “Dostuk”\n`);
    expect(r.date?.iso).toBe('2021-05-12');
    expect(r.venue).toMatchObject({ text: 'Osh city, hotel “Dostuk”', city: 'Osh', name: 'Dostuk' });
  });
  it('"Dates:", "Дата проведения встречи:" and "Место проведения встречи:" label the date and the venue', () => {
    expect(parseMinutes('# Round table\n\nDates: 12-13 May 2021\n').date).toMatchObject({ text: '12-13 May 2021', day: 12, month: 5 });
    const ru = parseMinutes('# Встреча\n\nДата проведения встречи: 5 мая 2021 года\nМесто проведения встречи: г. Ош, гостиница «Достук»\n');
    expect(ru.date).toMatchObject({ text: '5 мая 2021 года', iso: '2021-05-05' });
    expect(ru.venue).toMatchObject({ city: 'Ош', name: 'Достук' });
    // Negative: "Held at" opens a venue label only with its colon.
    expect(parseMinutes('# Round table\n\nHeld at the request of the council.\n').venue).toBeNull();
  });
  it('"Date and time:" labels the date; the time is no part of it', () => {
    expect(parseMinutes('# Round table\n\nDate and time: 18 March 2021, 10:00\n').date).toMatchObject({ text: '18 March 2021', iso: '2021-03-18' });
    expect(parseMinutes('# Круглый стол\n\nДата и время проведения: 5 мая 2021 года, 10:00\n').date).toMatchObject({ text: '5 мая 2021 года', iso: '2021-05-05' });
    // "Time and date:" too, the time first: it is a label, no place beside the date.
    const r = parseMinutes('# Round table\n\nTime and date: 10:00, 18 March 2022\n');
    expect([r.date?.iso, r.venue]).toEqual(['2022-03-18', null]);
  });
  it.each([
    ['Date and venue: 12 May 2021, 10:00, Naryn city, hotel “Ala-Too”', 'Naryn city, hotel “Ala-Too”'],
    ['Date and venue: 12 May 2021, at 10:00 a.m., Naryn city, hotel “Ala-Too”', 'Naryn city, hotel “Ala-Too”'],
    ['Date and venue: 12 May 2021, 10:00-13:00, Naryn city', 'Naryn city'],
    ['Date and venue: 12 May 2021 (10:00–13:00), Naryn city, hotel “Ala-Too”', 'Naryn city, hotel “Ala-Too”'],
    ['Date and venue: 12 May 2021 (from 10:00 to 13:00), Naryn city', 'Naryn city'],
    // Negative: a bracket that holds more than the time is the place's.
    ['Date and venue: 12 May 2021, (10:00, the hall of the library) Naryn city', '(10:00, the hall of the library) Naryn city'],
    ['Date: 12 May 2021, 10:00, Naryn city, hotel “Ala-Too”', 'Naryn city, hotel “Ala-Too”'],
    ['Время и место проведения: 12 мая 2021 года, с 10.00 до 13.00 ч., г. Нарын, гостиница «Ала-Тоо»', 'г. Нарын, гостиница «Ала-Тоо»'],
    // Negative: a house number is no time.
    ['Date and venue: 12 May 2021, 10 Lenin street, Naryn city', '10 Lenin street, Naryn city'],
  ])('a clock time after the date is no part of the place: %s', (line, text) => {
    const r = parseMinutes(`# Round table\n\n${line}\n`);
    expect(r.date?.iso).toBe('2021-05-12');
    expect(r.venue?.text).toBe(text);
  });
  it('"Место и время проведения:", "Тема обсуждения –", "Приняли участие:" are labels', () => {
    const r = parseMinutes('# Круглый стол\n\nТема обсуждения – «Вода для фермеров»\n\nМесто и время проведения: г. Нарын, гостиница «Ала-Тоо», 12 мая 2021 года.\n\nПриняли участие: фермеры, журналисты.\n');
    expect(r.topic).toBe('Вода для фермеров');
    expect(r.venue).toMatchObject({ text: 'г. Нарын, гостиница «Ала-Тоо»', city: 'Нарын', name: 'Ала-Тоо' });
    expect(r.participants?.groups).toEqual(['фермеры', 'журналисты']);
  });
  it('"Председательствовал role Name" in running text gives the moderator', () => {
    expect(parseMinutes('# Круглый стол\n\n3 июня 2021 года состоялся круглый стол. Председательствовал глава районного кенеша Беков Алмаз Кадырович.\n').moderator).toMatchObject({
      name: { full: 'Беков Алмаз Кадырович' },
      roles: ['глава районного кенеша'],
    });
  });
  it('a participle clause after the roles is no role; "Встречу открыла Name" opens a speech', () => {
    expect(nameAndRoles('T\n\nThe meeting was opened by Aida Bekova, deputy mayor, thanking the participants for coming.')).toEqual([['Aida Bekova', ['deputy mayor']]]);
    const r = parseMinutes('# Круглый стол\n\nВстречу открыла Абдыраева Гульмира, заместитель мэра, поблагодарив участников. Далее выступил Турдубаев Эрлан, врач-эксперт.\n');
    expect(r.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Абдыраева Гульмира', ['заместитель мэра']],
      ['Турдубаев Эрлан', ['врач-эксперт']],
    ]);
    // Negative: a role that only contains such a word stays whole.
    expect(nameAndRoles('T\n\nA speech was made by Aida Bekova, head of the public speaking club.')).toEqual([['Aida Bekova', ['head of the public speaking club']]]);
  });
  it('what a person did after the roles is no role: "reminded", "announced", "заявила" and the like', () => {
    const r = parseMinutes('Dialogue on road safety\n\nOpening the meeting, moderator Jyldyz Isakova, chair of the city Public Council, reminded the participants of the rising number of accidents.\n');
    expect(r.moderator?.roles).toEqual(['chair of the city Public Council']);
    expect(nameAndRoles('T\n\nSpeeches were made by Aida Bekova, deputy mayor, who announced the new budget, and Bolot Asanov, expert, announced a survey.')).toEqual([
      ['Aida Bekova', ['deputy mayor']],
      ['Bolot Asanov', ['expert']],
    ]);
    const ru = parseMinutes('# Круглый стол\n\nВыступила Исакова Жылдыз, председатель Общественного совета, заявила о росте числа аварий.\n');
    expect(pairs(ru.speakers)).toEqual([['Исакова Жылдыз', ['председатель Общественного совета']]]);
    expect(nameAndRoles('T\n\nThen the speech of the deputy of the local kenesh Toktorov Ulan followed.')).toEqual([['Toktorov Ulan', ['deputy of the local kenesh']]]);
    // Negative: a role holding such a word after its first stays whole.
    expect(nameAndRoles('T\n\nA speech was made by Aida Bekova, head of the invited experts group.')).toEqual([['Aida Bekova', ['head of the invited experts group']]]);
    expect(nameAndRoles('T\n\nAsanov Bolot, expert, followed by Bekova Aida, lawyer, spoke.')).toEqual([['Asanov Bolot', ['expert']], ['Bekova Aida', ['lawyer']]]);
  });
  it('a role that runs on into a verb of saying with no comma ends before it ("head of the department spoke about …")', () => {
    expect(nameAndRoles('T\n\nAsanov Bolot, head of the department spoke about migration.')).toEqual([['Asanov Bolot', ['head of the department']]]);
    expect(nameAndRoles('T\n\nAsanov Bolot, head of the department (IOM) noted that migration grows.')).toEqual([['Asanov Bolot', ['head of the department', 'IOM']]]);
    expect(nameAndRoles('T\n\nSpeeches: Aida Bekova, deputy mayor stressed the need for roads; Kim Sergei, lawyer.')).toEqual([
      ['Aida Bekova', ['deputy mayor']],
      ['Kim Sergei', ['lawyer']],
    ]);
    // An action before a position reads as an adjective: "invited expert" is a role.
    expect(nameAndRoles('T\n\nSpeakers: Kim Sergei, invited expert of IOM; Asanov Bolot, lawyer.')).toEqual([
      ['Kim Sergei', ['invited expert of IOM']],
      ['Asanov Bolot', ['lawyer']],
    ]);
    // Negative: a word that is not a verb of saying stays in the role; the verb alone is no role.
    expect(nameAndRoles('T\n\nAsanov Bolot, head of the reporting department, spoke about migration.')).toEqual([['Asanov Bolot', ['head of the reporting department']]]);
    expect(nameAndRoles('T\n\nAsanov Bolot, head of the department, spoke about migration.')).toEqual([['Asanov Bolot', ['head of the department']]]);
    expect(nameAndRoles('T\n\nThen Asanov Bolot spoke about migration.')).toEqual([['Asanov Bolot', []]]);
  });
  it('a talk that came next: the role ends before "followed", but not where a relative word stands before the verb', () => {
    expect(nameAndRoles('T\n\nA presentation by Dr. Aida Bekova from the Osh State University followed.')).toEqual([['Aida Bekova', ['Osh State University']]]);
    // Negatives: the verb of a relative clause is the role's ("that followed the project", "that presented the budget").
    expect(nameAndRoles('T\n\nA presentation was made by Aida Bekova, head of the department that followed the project.')).toEqual([['Aida Bekova', ['head of the department that followed the project']]]);
    expect(nameAndRoles('T\n\nA speech was made by Kim Sergei, head of the unit that presented the budget.')).toEqual([['Kim Sergei', ['head of the unit that presented the budget']]]);
  });
  it('a clause about someone else before the name is no role ("The moderator thanked Mr. Asanov …")', () => {
    expect(nameAndRoles('T\n\nThe moderator thanked Mr. Asanov for his report.').flatMap(([, roles]) => roles)).not.toContain('moderator thanked');
    expect(nameAndRoles('T\n\nThe chairman welcomed Aida Bekova, deputy mayor, who presented the report.')).toEqual([['Aida Bekova', ['deputy mayor']]]);
    // Negative: a role that ends in a word that is no action stays ("head of the reporting unit").
    expect(nameAndRoles('T\n\nThe report was made by the head of the reporting unit Aida Bekova.')).toEqual([['Aida Bekova', ['head of the reporting unit']]]);
  });
  it.each(['head of the address registration department', 'head of the speech therapy centre', 'chair of the presentation committee'])(
    'a role after the name keeps a cue word inside it: %s',
    (role) => {
      expect(nameAndRoles(`T\n\nA welcoming speech was made by Aida Bekova, ${role}.`)).toEqual([['Aida Bekova', [role]]]);
    },
  );
  it('"Целью платформы было …" states the purpose; negative: "The goal was …" alone does not (it may be "not stated")', () => {
    expect(parseMinutes('# Round table\n\nThe goal was not reached.\n').purpose).toBeNull();
    expect(parseMinutes('# Круглый стол\n\nЦелью платформы было обсуждение тарифов на воду.\n').purpose).toBe('обсуждение тарифов на воду');
    // And of the dialogue platform by its own word ("площадка").
    expect(parseMinutes('# Т\n\nЦелью открытой диалоговой площадки является обсуждение водоснабжения.\n').purpose).toBe('обсуждение водоснабжения');
    expect(parseMinutes('# Т\n\nЦель площадки – обсуждение водоснабжения.\n').purpose).toBe('обсуждение водоснабжения');
  });
  it('a sentence opener before the name is no role ("Then, Name spoke"; "В заключение, Name …")', () => {
    expect(nameAndRoles('T\n\nThen, Aibek Osmonov spoke.')).toEqual([['Aibek Osmonov', []]]);
    expect(nameAndRoles('T\n\nIn conclusion, Aibek Osmonov spoke about water.')).toEqual([['Aibek Osmonov', []]]);
    expect(parseMinutes('# Круглый стол\n\nМодератор: Ташиев Айбек, эксперт.\n\nВ заключение, Бекова Аида сказала о планах.\n').speakers.map((s) => s.roles)).toEqual([[]]);
    // Negative: a role that only starts with such a word is a role.
    expect(nameAndRoles('T\n\nFirst deputy mayor, Aida Bekova, spoke.')).toEqual([['Aida Bekova', ['First deputy mayor']]]);
  });
  it('an ordinal that orders the speeches, set off by a comma, is no role ("First, the deputy mayor Name spoke"; "Во-первых, …")', () => {
    // (Each had given the ordinal as a role.)
    expect(nameAndRoles('T\n\nFirst, the deputy mayor of Osh Kadyrov Nurbek spoke.')).toEqual([['Kadyrov Nurbek', ['deputy mayor of Osh']]]);
    expect(nameAndRoles('T\n\nSecond, the expert Isakova Aida presented the report.')).toEqual([['Isakova Aida', ['expert']]]);
    expect(nameAndRoles('T\n\nFirst of all, deputy mayor Kadyrov Nurbek spoke.')).toEqual([['Kadyrov Nurbek', ['deputy mayor']]]);
    expect(nameAndRoles('T\n\nLast but not least, the expert Isakova Aida spoke.')).toEqual([['Isakova Aida', ['expert']]]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nВо-первых, заместитель мэра Асанов Бакыт отметил рост тарифов.\n').speakers)).toEqual([['Асанов Бакыт', ['заместитель мэра']]]);
    // Negatives: with no comma the ordinal is the position's own.
    expect(nameAndRoles('T\n\nFirst deputy mayor of Osh Kadyrov Nurbek spoke.')).toEqual([['Kadyrov Nurbek', ['First deputy mayor of Osh']]]);
    expect(nameAndRoles('T\n\nSecond secretary of the embassy Kadyrov Nurbek spoke.')).toEqual([['Kadyrov Nurbek', ['Second secretary of the embassy']]]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nПервый заместитель мэра Асанов Бакыт выступил.\n').speakers)).toEqual([['Асанов Бакыт', ['Первый заместитель мэра']]]);
  });
  it('a word that qualifies a position before it, capitalised, is no part of the name ("Vice Prime Minister Name")', () => {
    // (It had found no one: "Vice Prime" before the title was taken for the name.)
    expect(nameAndRoles('T\n\nVice Prime Minister Kadyrov Nurbek spoke.')).toEqual([['Kadyrov Nurbek', ['Vice Prime Minister']]]);
    expect(nameAndRoles('T\n\nFirst Deputy Prime Minister Kadyrov Nurbek spoke.')).toEqual([['Kadyrov Nurbek', ['First Deputy Prime Minister']]]);
    expect(nameAndRoles('T\n\nSenior Vice President Kadyrov Nurbek spoke.')).toEqual([['Kadyrov Nurbek', ['Senior Vice President']]]);
    // Negatives, as before: a title that is the first word, or the second after a word of its own.
    expect(nameAndRoles('T\n\nDeputy Minister Kadyrov Nurbek spoke.')).toEqual([['Kadyrov Nurbek', ['Deputy Minister']]]);
    expect(nameAndRoles('T\n\nPrime Minister Kadyrov Nurbek spoke.')).toEqual([['Kadyrov Nurbek', ['Prime Minister']]]);
  });
  it('roles in brackets before what the speaker did: the bracket only ("Name (farmer) spoke about water")', () => {
    expect(nameAndRoles('T\n\nAida Bekova (lawyer) and Aibek Osmonov (farmer) spoke about water.')).toEqual([
      ['Aida Bekova', ['lawyer']],
      ['Aibek Osmonov', ['farmer']],
    ]);
    // Negative: a bracket followed by more roles keeps them all.
    expect(nameAndRoles('T\n\nA speech was made by Aida Bekova (lawyer, activist), head of the NGO.')).toEqual([['Aida Bekova', ['lawyer', 'activist', 'head of the NGO']]]);
  });
  it('"According to Name, role" introduces a speaker; the words are no role', () => {
    expect(nameAndRoles('T\n\nAccording to Aida Bekova, lawyer of the NGO, the water tariffs are too high.')[0]).toEqual(['Aida Bekova', expect.arrayContaining(['lawyer of the NGO'])]);
    expect(nameAndRoles('T\n\nAccording to Aida Bekova, lawyer of the NGO, the water tariffs are too high.')[0]![1]).not.toContain('According to');
  });
  it('a role before the name keeps a cue word in its "of" phrase', () => {
    expect(nameAndRoles('T\n\nA welcoming speech was made by the head of the speech therapy centre Aida Bekova.')).toEqual([
      ['Aida Bekova', ['head of the speech therapy centre']],
    ]);
    // Negative: the last cue that introduces still ends what comes before it.
    expect(nameAndRoles('T\n\nThe meeting was opened with a welcome speech and then the floor was given to the deputy mayor Aida Bekova.')).toEqual([
      ['Aida Bekova', ['deputy mayor']],
    ]);
  });
  it('a role before the name keeps a capitalised cue word among the capitalised words of its "of" phrase ("… of the Naryn Tourist Information Center Name")', () => {
    expect(nameAndRoles('T\n\nThen the director of the Naryn Tourist Information Center Kadyrkulova Ainura made a presentation on “Tourist potential”.')).toEqual([
      ['Kadyrkulova Ainura', ['director of the Naryn Tourist Information Center']],
    ]);
    expect(nameAndRoles('T\n\nThe director of the Naryn Report Center Kadyrkulova Ainura spoke.')).toEqual([['Kadyrkulova Ainura', ['director of the Naryn Report Center']]]);
    // Negative: a capitalised cue that opens the sentence still introduces ("Information on … was provided by Name").
    expect(nameAndRoles('T\n\nInformation on the situation was provided by Kadyrkulova Ainura, director of the Center.')).toEqual([
      ['Kadyrkulova Ainura', ['director of the Center']],
    ]);
  });
  it('a role before the name keeps a cue word in lower case a few words into its "of" phrase, before an organisation\'s noun ("… of the Naryn tourist information centre Name")', () => {
    expect(nameAndRoles('T\n\nThe director of the Naryn tourist information centre Zarina Mukanbetova told about the work of the centre.')).toEqual([
      ['Zarina Mukanbetova', ['director of the Naryn tourist information centre']],
    ]);
    expect(nameAndRoles('T\n\nThe head of the regional information service Zarina Mukanbetova spoke.')).toEqual([['Zarina Mukanbetova', ['head of the regional information service']]]);
    // Negative: a cue with no organisation's noun after it still introduces ("… of the mayor's office information was provided by …").
    expect(nameAndRoles('T\n\nOn behalf of the mayor office information was provided by the head of the department Zarina Mukanbetova.')).toEqual([
      ['Zarina Mukanbetova', ['head of the department']],
    ]);
    // Negative: nor does an organisation's noun after a cue with no "of" phrase before it make the cue a name's.
    expect(nameAndRoles('T\n\nThe floor was given to agency head Zarina Mukanbetova.')).toEqual([['Zarina Mukanbetova', ['agency head']]]);
  });
  it('a possessive pronoun before a word in lower case is no part of a role ("Its deputy director, Name"; "его директор Name")', () => {
    expect(nameAndRoles('T\n\nThe director of the centre Zarina Mukanbetova told about the work. Its deputy director, Azamat Kadyrov, spoke about the new routes.')).toEqual([
      ['Zarina Mukanbetova', ['director of the centre']],
      ['Azamat Kadyrov', ['deputy director']],
    ]);
    expect(parseMinutes('# Т\n\nО работе центра рассказал его директор Асанов Бакыт Асанович.').speakers.map((x) => [x.name.full, x.roles])).toEqual([
      ['Асанов Бакыт Асанович', ['директор']],
    ]);
    // Negative: before a capital it stays, as part of a form of address ("Her Excellency").
    expect(nameAndRoles('T\n\nHer Excellency Ambassador Jane Smith addressed the participants.')).toEqual([['Jane Smith', ['Her Excellency Ambassador']]]);
  });
  it('a cue after "after which" and an article introduces the next person ("…, after which the floor was given to the chief of X – Name")', () => {
    expect(nameAndRoles('T\n\nWith the welcome word acted Mr. Abdiev Kanybek, after which the floor was given to the chief of the Department of water – Myrzaliev Ulanbek, who told about the program.')).toEqual([
      ['Abdiev Kanybek', []],
      ['Myrzaliev Ulanbek', ['chief of the Department of water']],
    ]);
    expect(parseMinutes('# Т\n\nС приветствием выступил Абдиев Каныбек, после чего слово было предоставлено начальнику управления – Мырзалиеву Уланбеку.').speakers.map((x) => [x.name.full, x.roles])).toEqual([
      ['Абдиев Каныбек', []],
      // (The name as written, declined after "предоставлено".)
      ['Мырзалиеву Уланбеку', ['начальнику управления']],
    ]);
    // Negative: a cue word inside a role after other words stays the role's.
    expect(nameAndRoles('T\n\nA speech was made by Aida Bekova, head of the address registration department.')).toEqual([['Aida Bekova', ['head of the address registration department']]]);
  });
  it('negative: a cue after only filler words still introduces, not a role', () => {
    const r = parseMinutes('# Round table\n\nA speech was made by Aida Bekova, lawyer, with a presentation on “Water tariffs”.\n');
    expect(r.speakers.map((s) => [s.name.full, s.roles])).toEqual([['Aida Bekova', ['lawyer']]]);
    expect(r.presentations).toEqual(['Water tariffs']);
  });
  it('a paragraph between items whose numbers go on is the item’s, and a task box is no text', () => {
    expect(parseMinutes('# T\n\nSuggestions:\n\n1. To repair the road.\n\nThe district will pay for it.\n\n2. To open a clinic.\n\nThe meeting closed at 13:00.\n').suggestions).toEqual([
      { number: 1, text: 'To repair the road. The district will pay for it' },
      { number: 2, text: 'To open a clinic' },
    ]);
    expect(parseMinutes('# T\n\nSuggestions:\n- [ ] To repair the road\n- [x] To open a clinic\n').suggestions.map((s) => s.text)).toEqual(['To repair the road', 'To open a clinic']);
    // Negative: a paragraph after which the numbers do not go on ends the list.
    expect(parseMinutes('# T\n\nSuggestions:\n\n1. To repair the road.\n\nThe meeting closed.\n\n1. Agenda of the next meeting.\n').suggestions).toEqual([{ number: 1, text: 'To repair the road' }]);
  });
  it('a line that heads a group of items by whom they address is skipped ("For the Ministry of Labour:" / "1. …")', () => {
    expect(parseMinutes('# T\n\nSuggestions:\n\nFor the Ministry of Labour:\n1. to open employment centres;\n2. to train youth.\n\n**For local authorities:**\n3. to allocate land.\n').suggestions).toEqual([
      { number: 1, text: 'to open employment centres' },
      { number: 2, text: 'to train youth' },
      { number: 3, text: 'to allocate land' },
    ]);
    // Negative: one over numbers that start again heads another list ("Next steps:" / "1. …"), and so does a label.
    expect(parseMinutes('# T\n\nSuggestions:\n\nFor the Ministry of Labour:\n1. to open employment centres;\n2. to train youth.\n\nNext steps:\n1. to meet again.\n').suggestions.map((s) => s.text)).toEqual(['to open employment centres', 'to train youth']);
    expect(parseMinutes('# T\n\nSuggestions:\n1. to open employment centres;\n\nParticipants:\n2. women\n').suggestions.map((s) => s.text)).toEqual(['to open employment centres']);
  });
  it('announcing lines of one shape, one over each group, give one list ("Recommendations to the Ministry:" / "Recommendations to parents:")', () => {
    const text = '# T\n\nRecommendations to the Ministry of Education:\n1. Introduce school psychologists.\n2. Inspect school buildings.\n\nRecommendations to parents:\n1. Talk to children about bullying.\n';
    expect(parseMinutes(text).suggestions).toEqual([
      { number: 1, text: 'Introduce school psychologists' },
      { number: 2, text: 'Inspect school buildings' },
      { number: 1, text: 'Talk to children about bullying' },
    ]);
    // Negative: an announcing line of another shape, or one a paragraph away, starts no group of this list.
    expect(parseMinutes('# T\n\nSuggestions:\n1. Introduce school psychologists.\n\nDecisions:\n1. Meet again in June.\n').suggestions.map((s) => s.text)).toEqual(['Introduce school psychologists']);
    expect(parseMinutes('# T\n\nRecommendations to the Ministry:\n1. Introduce school psychologists.\n\nThe meeting went on.\n\nRecommendations to parents:\n1. Talk to children.\n').suggestions.map((s) => s.text)).toEqual(['Introduce school psychologists']);
  });
  it('each group may number its items from 1 again under headings of one shape ("To the Ministry:" / "To local authorities:")', () => {
    const text = '# T\n\nSuggestions made:\n\nTo the Ministry of Agriculture:\n1. Revise the pasture fees;\n2. Fund the repair of bridges.\n\nTo local self-government bodies:\n1. Publish pasture use plans;\n2. Involve women in pasture committees.\n';
    expect(parseMinutes(text).suggestions).toEqual([
      { number: 1, text: 'Revise the pasture fees' },
      { number: 2, text: 'Fund the repair of bridges' },
      { number: 1, text: 'Publish pasture use plans' },
      { number: 2, text: 'Involve women in pasture committees' },
    ]);
    expect(parseMinutes('# T\n\nПредложения:\n\n**Рекомендации Министерству:**\n1. Пересмотреть тарифы.\n\n**Рекомендации ОМСУ:**\n1. Опубликовать планы.\n').suggestions.map((s) => s.text)).toEqual(['Пересмотреть тарифы', 'Опубликовать планы']);
    // Negative: a heading of another shape over a new "1." heads another list; so does any, when the first group had none.
    expect(parseMinutes('# T\n\nSuggestions:\n\nTo the Ministry:\n1. Revise the fees.\n\nNext steps:\n1. Meet again.\n').suggestions.map((s) => s.text)).toEqual(['Revise the fees']);
    expect(parseMinutes('# T\n\nSuggestions:\n1. Revise the fees.\n\nTo local authorities:\n1. Publish plans.\n').suggestions.map((s) => s.text)).toEqual(['Revise the fees']);
  });
  it('so too with no blank line under the announcement ("Suggestions:" / "To state bodies:" / "1. …"), and groups of bullets', () => {
    expect(parseMinutes('# T\n\nSuggestions:\nTo state bodies:\n1. Open a centre;\n2. Train staff.\nTo local authorities:\n1. Repair roads;\n2. Light streets.\n').suggestions).toEqual([
      { number: 1, text: 'Open a centre' },
      { number: 2, text: 'Train staff' },
      { number: 1, text: 'Repair roads' },
      { number: 2, text: 'Light streets' },
    ]);
    expect(parseMinutes('# T\n\nRecommendations\n\nFor the Ministry:\n- Open a centre;\n- Train staff.\n\nFor the mayor office:\n- Repair roads.\n').suggestions.map((s) => s.text)).toEqual(['Open a centre', 'Train staff', 'Repair roads']);
    // Negative: bullets under a heading of another shape are another list.
    expect(parseMinutes('# T\n\nRecommendations:\n\nFor the Ministry:\n- Open a centre.\n\nAlso noted:\n- the meeting ended at 5 pm.\n').suggestions.map((s) => s.text)).toEqual(['Open a centre']);
  });
  it('but one after an item closed with ";" is an aside between items, neither’s', () => {
    expect(parseMinutes('# T\n\nSuggestions made:\n\n1. To build roads;\n\nThe participants also noted\nthe importance of schools.\n\n2. To repair schools.\n').suggestions).toEqual([
      { number: 1, text: 'To build roads' },
      { number: 2, text: 'To repair schools' },
    ]);
    // Negative: the list still ends at a paragraph after which the numbers do not go on.
    expect(parseMinutes('# T\n\nSuggestions made:\n\n1. To build roads;\n\nThe meeting closed.\n\n1. Agenda of the next meeting.\n').suggestions).toEqual([{ number: 1, text: 'To build roads' }]);
  });
  it('a sentence on the line after the last item, with no blank line between, is no part of it', () => {
    expect(parseMinutes('# T\n\nSuggestions made:\n1. Build a road;\n2. Repair the school.\nThe meeting was closed by the moderator.\n').suggestions).toEqual([
      { number: 1, text: 'Build a road' },
      { number: 2, text: 'Repair the school' },
    ]);
    expect(parseMinutes('# Т\n\nПредложения:\n1. Построить дорогу;\n2. Отремонтировать школу.\nЗаседание закрыл модератор.\n').suggestions.map((x) => x.text)).toEqual(['Построить дорогу', 'Отремонтировать школу']);
    // Negative: a line that goes on the item's sentence, or follows an initial, stays; so does a note the numbers go on after.
    expect(parseMinutes('# T\n\nSuggestions:\n1. To ask the Ministry of Labour and\nSocial Development to open a centre.\n').suggestions.map((x) => x.text)).toEqual(['To ask the Ministry of Labour and Social Development to open a centre']);
    expect(parseMinutes('# T\n\nSuggestions:\n1. To thank Prof.\nAsanov for the report.\n').suggestions.map((x) => x.text)).toEqual(['To thank Prof. Asanov for the report']);
    expect(parseMinutes('# T\n\nSuggestions:\n1. To build a road.\nThe district will pay.\n2. To open a clinic.\n').suggestions.map((x) => x.text)).toEqual(['To build a road. The district will pay', 'To open a clinic']);
  });
  it('a numbered sub-list indented under a suggestion is part of it, its numbers left out', () => {
    expect(parseMinutes('# T\n\nThe meeting resolved:\n1. To approve the plan.\n   1.1. Publish it online.\n   1.2. Print 100 copies.\n2. To meet again in June.\n').suggestions).toEqual([
      { number: 1, text: 'To approve the plan. Publish it online. Print 100 copies' },
      { number: 2, text: 'To meet again in June' },
    ]);
    expect(parseMinutes('# T\n\nSuggestions:\n1. To approve the plan:\n   1. publish it online;\n   2. print 100 copies.\n2. To meet again:\n   a) in Osh;\n   b) in Naryn.\n3. To close.\n').suggestions).toEqual([
      { number: 1, text: 'To approve the plan: publish it online; print 100 copies' },
      { number: 2, text: 'To meet again: in Osh; in Naryn' },
      { number: 3, text: 'To close' },
    ]);
    // Negative: items that go on with the next number are items, however indented.
    expect(parseMinutes('# T\n\nSuggestions:\n1. Build schools.\n  2. Train teachers.\n  3. Open a clinic.\n').suggestions.map((s) => s.number)).toEqual([1, 2, 3]);
  });
  it('bullets indented under a numbered suggestion are part of it', () => {
    const r = parseMinutes('# Round table\n\nRecommendations:\n1. Education:\n   - build schools;\n   - train teachers.\n2. Health: open a clinic.\n');
    expect(r.suggestions).toEqual([
      { number: 1, text: 'Education: build schools; train teachers' },
      { number: 2, text: 'Health: open a clinic' },
    ]);
    // Negative: a bullet at the numbers' margin is an item of its own.
    expect(parseMinutes('# Round table\n\nRecommendations:\n1. Build schools.\n2. Train teachers.\n- Open a clinic.\n').suggestions.map((s) => s.text)).toEqual([
      'Build schools',
      'Train teachers',
      'Open a clinic',
    ]);
  });
  it('bullets at the numbers’ margin right under a numbered suggestion that ends with a colon are part of it', () => {
    const r = parseMinutes('# Round table\n\nSuggestions made:\n1. To the Ministry of Labour:\n- open courses;\n- create a fund.\n2. To local authorities:\n- allocate land.\n');
    expect(r.suggestions).toEqual([
      { number: 1, text: 'To the Ministry of Labour: open courses; create a fund' },
      { number: 2, text: 'To local authorities: allocate land' },
    ]);
    // Negative: after a blank line, or under an item with no colon, such a bullet is an item of its own (above).
    expect(parseMinutes('# Round table\n\nRecommendations:\n1. Build schools.\n2. Health:\n\n- Open a clinic.\n').suggestions.map((s) => s.text)).toEqual(['Build schools', 'Health', 'Open a clinic']);
  });
  it('so are bullets at the numbers\' margin under an item with no colon where the next number follows them ("1. To create a concept" / "- for the region;" / "2. …")', () => {
    for (const list of ['1. To create a concept\n- for the region;\n- for the country.\n2. To stop migration.\n', '1. To create a concept\n\n- for the region;\n\n- for the country.\n\n2. To stop migration.\n']) {
      expect(parseMinutes(`# T\n\nSuggestions made:\n${list}`).suggestions, list).toEqual([
        { number: 1, text: 'To create a concept for the region; for the country' },
        { number: 2, text: 'To stop migration' },
      ]);
    }
    // And then the bullets under each item after it: "2. To the mayor" / "- build roads;" / "- repair schools.".
    expect(parseMinutes('# T\n\nSuggestions made:\n1. To the Ministry\n- open courses;\n2. To the mayor\n- build roads;\n- repair schools.\n').suggestions).toEqual([
      { number: 1, text: 'To the Ministry open courses' },
      { number: 2, text: 'To the mayor build roads; repair schools' },
    ]);
    // Negatives: bullets that no number follows, or a paragraph between them and it, are items of their own.
    expect(parseMinutes('# T\n\nSuggestions made:\n1. To the Ministry\n2. To the mayor\n- build roads;\n- repair schools.\n').suggestions.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    expect(parseMinutes('# T\n\nSuggestions made:\n1. To create\n- a;\n- b.\n\nThe meeting closed.\n\n2. To stop.\n').suggestions.map((s) => s.text)).toEqual(['To create', 'a', 'b']);
  });
  it('the paragraph after the last number that stands alone on its line is its text ("3." / "" / "To open a centre.", as a PDF\'s export leaves it)', () => {
    expect(parseMinutes('# Round table\n\nSuggestions made:\n\n1.\n\nTo create a council;\n\n2.\n\nTo hold trainings.\n\n3.\n\nTo open a centre.\n').suggestions).toEqual([
      { number: 1, text: 'To create a council' },
      { number: 2, text: 'To hold trainings' },
      { number: 3, text: 'To open a centre' },
    ]);
    expect(parseMinutes('# Round table\n\nSuggestions made:\n\n1.\n\nTo create a council.\n').suggestions).toEqual([{ number: 1, text: 'To create a council' }]);
    // Negatives: after numbers that all stand alone (a form's blanks), a sentence is no item; after an item with text, as before.
    expect(parseMinutes('# Round table\n\nSuggestions made:\n\n1.\n\n2.\n\nThe meeting was closed.\n').suggestions).toEqual([]);
    expect(parseMinutes('# Round table\n\nSuggestions made:\n\n1. To create a council.\n\nThe meeting was closed.\n').suggestions).toEqual([{ number: 1, text: 'To create a council' }]);
  });
  it('a verb that opens a translated sentence before the person is no part of the name ("Spoke Asanov Bolot, expert", as "Выступил Асанов Болот")', () => {
    expect(nameAndRoles('T\n\nSpoke Asanov Bolot, expert of IOM, with a report on water supply.')).toEqual([['Asanov Bolot', ['expert of IOM']]]);
    const performed = parseMinutes('T\n\nPerformed Asanov Bolot, expert of IOM, with a presentation “Water supply”.');
    expect(performed.presentations).toEqual(['Water supply']);
    expect(performed.speakers.map((s) => [s.name.full, s.roles])).toEqual([['Asanov Bolot', ['expert of IOM']]]);
    // Negative: a capitalised word that is no such verb stays in the name.
    expect(nameAndRoles('T\n\nSpeaker Asanov Bolot, expert of IOM, spoke about water.')[0]?.[0]).not.toMatch(/^Spoke/);
  });
  it('a talk\'s subject after the speaker\'s roles is no role ("…, engineer, on the state of the pipes"); "on behalf of" opens one', () => {
    expect(nameAndRoles('T\n\nThe participants listened to the report of Ms. Cholpon Asanova, engineer of the district water service, on the state of the water pipes.')).toEqual([
      ['Cholpon Asanova', ['engineer of the district water service']],
    ]);
    expect(parseMinutes('# Круглый стол\n\nСлушали доклад Асановой Чолпон, инженера районной службы водоснабжения, о состоянии водопроводов.\n').speakers.map((s) => s.roles)).toEqual([
      ['инженера районной службы водоснабжения'],
    ]);
    // "with information on …", "с информацией о …" too.
    expect(nameAndRoles('T\n\nAsanova Aida, doctor of the family medicine centre, with information on morbidity, spoke next.')).toEqual([['Asanova Aida', ['doctor of the family medicine centre']]]);
    expect(parseMinutes('# Круглый стол\n\nВыступила Абдыкадырова Чолпон, врач центра семейной медицины, с информацией о заболеваемости.\n').speakers.map((s) => s.roles)).toEqual([
      ['врач центра семейной медицины'],
    ]);
    expect(nameAndRoles('T\n\nAsanov Bolot, expert of IOM, with a report on water supply, spoke next.')).toEqual([['Asanov Bolot', ['expert of IOM']]]);
    // Negative: a role with "information" in it stays ("начальник отдела информации").
    expect(parseMinutes('# Круглый стол\n\nАбдыкадырова Чолпон, начальник отдела информации, выступила с докладом.\n').speakers.map((s) => s.roles)).toEqual([['начальник отдела информации']]);
    // Negative: "on behalf of" is the lexicon's role opener.
    expect(nameAndRoles('T\n\nA speech was made by Aida Bekova, on behalf of the NGO “Adilet”.')).toEqual([['Aida Bekova', ['on behalf of the NGO “Adilet”']]]);
    // After a cue too: "Speaking on behalf of IOM" is no talk on a subject (it had given no role).
    expect(nameAndRoles('T\n\nSpeaking on behalf of IOM, Aida Bekova noted that migrants need information.')).toEqual([['Aida Bekova', ['on behalf of IOM']]]);
    expect(nameAndRoles('T\n\nA presentation on behalf of UNICEF was made by Aida Bekova, consultant.')).toEqual([['Aida Bekova', ['consultant']]]);
    // Negative: a subject after the cue is still no role.
    expect(nameAndRoles('T\n\nSpeaking on migration, Aida Bekova noted that migrants need information.')).toEqual([['Aida Bekova', []]]);
    // Russian "Выступая" is a cue as "Speaking" is (it had given no role); a place after it is still none.
    const ru = (text: string) => pairs(parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).speakers);
    expect(ru('Выступая от имени ПРООН, Асанова Айгуль отметила важность диалога.')).toEqual([['Асанова Айгуль', ['от имени ПРООН']]]);
    expect(ru('Выступая на площадке, эксперт Осмонов Бакыт отметил рост миграции.')).toEqual([['Осмонов Бакыт', ['эксперт']]]);
  });
  it('a place in running text ends before the date, and "in Osh" after it is the city', () => {
    expect(parseMinutes('# Round table\n\nThe meeting took place in the conference hall of the Dostuk hotel in Osh on 12 May 2021.\n').venue).toEqual({
      text: 'the conference hall of the Dostuk hotel in Osh',
      city: 'Osh',
      name: 'Dostuk',
      room: 'conference hall',
    });
    expect(parseVenue('the library in Kochkor village', en)).toMatchObject({ city: 'Kochkor', name: 'library' });
    // Negative: "in" inside a quoted name, or before a lower-case word, cuts nothing.
    expect(parseVenue('Osh city, hotel “Stay in Osh”', en)).toMatchObject({ city: 'Osh', name: 'Stay in Osh' });
    expect(parseVenue('Naryn city, the hall in the centre', en)).toMatchObject({ city: 'Naryn', room: 'hall in the centre' });
    // "in" before a room parts the room from the city, with no comma between.
    expect(parseVenue('Osh city in the conference hall of the mayor office', en)).toMatchObject({ city: 'Osh', name: 'mayor office', room: 'conference hall' });
    // And before a city word: "… in the city of Osh", "… в г. Ош".
    expect(parseVenue('the conference hall of the regional library in the city of Osh', en)).toMatchObject({ city: 'Osh', name: 'regional library', room: 'conference hall' });
    expect(parseVenue('the hall of the school in the village of Kochkor', en)).toMatchObject({ city: 'Kochkor', name: 'school', room: 'hall' });
    expect(parseMinutes('Протокол\n\nДата и место: 18 марта 2021 г., г. Ош, конференц-зал библиотеки в г. Ош.\n').venue).toMatchObject({ city: 'Ош', room: 'конференц-зал библиотеки' });
    // And before a building's word with more after it (the building had been no name, or the city's or the room's).
    expect(parseMinutes('Протокол\n\nМесто проведения: с. Покровка Таласского района в здании районной администрации.\n').venue).toMatchObject({ city: 'Покровка', name: 'здании районной администрации', room: null });
    expect(parseVenue('Pokrovka village of Talas district in the building of the district administration', en)).toMatchObject({ city: 'Pokrovka', name: 'building of the district administration', room: null });
    expect(parseVenue('Naryn, meeting room in the building of the regional administration', en)).toMatchObject({ city: 'Naryn', name: 'building of the regional administration', room: 'meeting room' });
    expect(parseVenue('the Dostuk hotel in the centre of Osh', en)).toMatchObject({ name: 'Dostuk' });
  });
  it('a place in running text ends before the event the sentence goes on to name, or its topic', () => {
    const text =
      '# Information\n\nOn March 3, 2022, in the city of Karakol (Issyk-Kul region), at the conference hall of the "Amir" hotel, a meeting of the open dialogue platform on the topic "Ecology of Issyk-Kul lake" was held.\n';
    expect(parseMinutes(text).venue).toEqual({ text: 'the city of Karakol (Issyk-Kul region), at the conference hall of the "Amir" hotel', city: 'Karakol', name: 'Amir', room: 'conference hall' });
    expect(parseMinutes('# T\n\nOn 3 March 2022 in Naryn a round table on the topic "Water" was held.\n').venue?.text).toBe('Naryn');
    expect(parseMinutes('# Т\n\n3 марта 2022 года в г. Нарын, в зале мэрии, заседание платформы на тему «Вода» состоялось.\n').venue?.text).toBe('г. Нарын, в зале мэрии');
    // Negative: a room named with an event word ("meeting hall") stays the place's.
    expect(parseMinutes('# T\n\nOn 3 March 2022 in Naryn, meeting hall of the district administration, a round table was held.\n').venue).toMatchObject({
      text: 'Naryn, meeting hall of the district administration',
      name: 'district administration',
      room: 'meeting hall',
    });
  });
  it('an unknown label before a date is no place; the line beside it may be', () => {
    expect(parseMinutes('# Round table\n\nDay of the meeting: 12 May 2021\n').venue).toBeNull();
    expect(parseMinutes('# Round table\n\nDay: 12.05.2021\n\nOsh city, hotel “Dostuk”\n').venue).toMatchObject({ city: 'Osh', name: 'Dostuk' });
    // Negative: a place before the date without a colon is still the place.
    expect(parseMinutes('# Round table\n\nNaryn, 14 June 2021\n').venue).toMatchObject({ text: 'Naryn', city: 'Naryn' });
  });
  it('a head count listed under "Participants:" is the count, not groups', () => {
    expect(value(participants, 'T\n\nParticipants:\n- Women: 24\n- Men: 16\n- Total: 40')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    // Negative: a group with a number in it is no count, and stays a group.
    expect(value(participants, 'T\n\nParticipants:\n- farmers\n- youth (18-30 years)')).toEqual({ total: null, women: null, men: null, groups: ['farmers', 'youth (18-30 years)'] });
  });
  it('a topic under its own label gives the region when nothing before it does; the title comes first', () => {
    expect(parseMinutes('# Minutes of the Round Table\n\n**Topic:** “Youth employment in Jalal-Abad region”\n**Venue:** Jalal-Abad city\n').region).toBe('Jalal-Abad');
    // Negative: a region in the title wins over one in the topic.
    expect(parseMinutes('# Round table in Osh region\n\nTopic: “Migrants from Batken region”\n').region).toBe('Osh');
  });
  it('minutes with no region elsewhere take it from the purpose', () => {
    const r = parseMinutes('On 14 October 2021, an open dialogue platform on the topic "Climate change and agriculture" was held in Naryn city, at the "Ala-Too" hotel. The event was moderated by Tolonbek Abdyrov, expert.\n\nThe purpose of the meeting was to discuss the impact of climate change on agriculture in Naryn region.\n');
    expect([r.title, r.region]).toEqual([null, 'Naryn']);
    // Negative: a region the title names comes first.
    expect(parseMinutes('Open dialogue platform in Osh region\n\nPurpose: to discuss migration from Batken region.\n').region).toBe('Osh');
  });
  it('a place line of its own right under the title gives the region', () => {
    expect(parseMinutes('Open dialogue platform\n\nNaryn region\n\nTopic: “Water for farmers”\n').region).toBe('Naryn');
    expect(parseMinutes('Round table\n\nKochkor district, Naryn region\n\nModerator: Aibek Tashiev, expert.\n').region).toBe('Naryn');
    expect(parseMinutes('Открытая диалоговая платформа\n\nНарынская область\n\nМодератор: Ташиев Айбек, эксперт.\n').region).toBe('Нарын');
    // Negative: a sentence under the title is no place line.
    expect(parseMinutes('Open dialogue platform\n\nThe meeting discussed the situation in Naryn region and beyond in great detail.\n').region).toBeNull();
  });
  it('a label may open with an article: "The aim of the platform:", "The participants:"', () => {
    const r = parseMinutes('# Round table\n\nThe aim of the platform: to discuss water tariffs.\n\nThe participants: farmers, journalists.\n');
    expect(r.purpose).toBe('to discuss water tariffs');
    expect(r.participants?.groups).toEqual(['farmers', 'journalists']);
    // Negative: a sentence that opens with an article and a label word, then a dash, is no label.
    expect(parseMinutes('# Round table\n\nThe region – one of the poorest in the country, was hit by drought.\n').region).toBeNull();
  });
  it('"The moderator of the meeting was Name, role" gives the moderator; negative: a moderator thanked names no one', () => {
    expect(value(moderator, 'T\n\nThe moderator of the meeting was Aida Bekova, coordinator of the Public Council.')).toMatchObject({
      name: { full: 'Aida Bekova' },
      roles: ['coordinator of the Public Council'],
    });
    expect(parseMinutes('# Круглый стол\n\nМодератором встречи была Абдыраева Гульмира, заместитель мэра.\n').moderator).toMatchObject({
      name: { full: 'Абдыраева Гульмира' },
      roles: ['заместитель мэра'],
    });
    expect(value(moderator, 'T\n\nThe moderator was thanked for the organisation of the meeting.')).toBeNull();
    // The verb first: "Moderating the event was Name", "Chairing the meeting was Name" (not a sentence about moderating).
    expect(value(moderator, 'T\n\nModerating the event was Kadyrova Aigul Bekovna, head of the public council.')).toMatchObject({ name: { full: 'Kadyrova Aigul Bekovna' }, roles: ['head of the public council'] });
    expect(value(moderator, 'T\n\nChairing the meeting was Mr. Asanov Bolot, deputy mayor.')).toMatchObject({ name: { full: 'Asanov Bolot' }, roles: ['deputy mayor'] });
    expect(value(moderator, 'T\n\nModerating the discussion was difficult because of the noise.')).toBeNull();
    // "under the chairmanship of Name", "under the moderation of Name", "под модерацией Name"; the venue ends before them.
    expect(value(moderator, 'T\n\nThe meeting was held under the chairmanship of Asanov Bolot Ergeshovich, deputy governor.')).toMatchObject({ name: { full: 'Asanov Bolot Ergeshovich' }, roles: ['deputy governor'] });
    const led = parseMinutes('T\n\nThe platform took place in the hall of the city council under the moderation of Ms. Aida Isakova, lawyer.');
    expect(led.moderator).toMatchObject({ name: { full: 'Aida Isakova' }, roles: ['lawyer'] });
    expect(led.venue?.text).toBe('the hall of the city council');
    expect(parseMinutes('Отчёт\n\nВстреча прошла под модерацией Асанова Болота, эксперта.').moderator).toMatchObject({ name: { full: 'Асанова Болота' }, roles: ['эксперта'] });
    // Negative: the chairmanship of a country is no one's moderation.
    expect(value(moderator, 'T\n\nThe project runs under the chairmanship of Kyrgyzstan in the CIS.')).toBeNull();
    // "of the platform", "of the dialogue", "of the round table" too.
    for (const of of ['platform', 'dialogue platform', 'round table']) {
      expect(value(moderator, `T\n\nThe moderator of the ${of} was Abdyrov Tolonbek, chairman of the Council.`), of).toMatchObject({ name: { full: 'Abdyrov Tolonbek' }, roles: ['chairman of the Council'] });
    }
  });
  it('a line that opens with "Moderated" and a name, as a translation of "Модерировал Name" writes it', () => {
    expect(value(moderator, 'T\n\nModerated Asanov Bolot Kadyrovich, member of the Public Council of the Ministry of Justice')).toMatchObject({
      name: { full: 'Asanov Bolot Kadyrovich', family: 'Asanov' },
      roles: ['member of the Public Council of the Ministry of Justice'],
    });
    expect(value(moderator, 'T\n\n- **Chaired** Ms. Aida Bekova, coordinator.')).toMatchObject({ name: { full: 'Aida Bekova' }, roles: ['coordinator'] });
    expect(value(moderator, 'T\n\nFacilitated Bolot Asanov (UNDP).')).toMatchObject({ name: { full: 'Bolot Asanov' }, roles: ['UNDP'] });
    // With the event it chaired between ("Вёл заседание Name"), or as a label (had been no moderator, or one whose role
    // was "Moderated the session").
    expect(value(moderator, 'T\n\nModerated the session Asanov Bolot, expert.')).toMatchObject({ name: { full: 'Asanov Bolot' }, roles: ['expert'] });
    expect(value(moderator, 'T\n\nChaired the meeting: Mr. Tolonbek Abdyrov, chairman of the Coordination Council.')).toMatchObject({
      name: { full: 'Tolonbek Abdyrov' },
      roles: ['chairman of the Coordination Council'],
    });
    expect(value(moderator, 'T\n\n**Moderated the round table** – Aida Bekova, coordinator.')).toMatchObject({ name: { full: 'Aida Bekova' }, roles: ['coordinator'] });
    // The label before it ends at that line: the venue is not read on into it.
    const r = parseMinutes('T\n\nPlace: Jalal-Abad town, the hotel "Mol Bulak"\nModerated Asanov Bolot Kadyrovich, member of the Public Council\n');
    expect(r.venue).toMatchObject({ text: 'Jalal-Abad town, the hotel "Mol Bulak"', city: 'Jalal-Abad', name: 'Mol Bulak' });
    expect(r.moderator).toMatchObject({ name: { full: 'Asanov Bolot Kadyrovich' }, roles: ['member of the Public Council'] });
    // Negatives: the verb with no name at once after it, or not opening its line, or after the subject.
    expect(value(moderator, 'T\n\nModerated discussions followed, Asanov Bolot spoke.')).toBeNull();
    expect(value(moderator, 'T\n\nModerated the session, then Asanov Bolot, expert, spoke.')).toBeNull();
    expect(value(moderator, 'T\n\nChaired the meetings of the council for ten years Asanov Bolot.')).toBeNull();
    expect(value(moderator, 'T\n\nThe meeting was moderated. Then Asanov Bolot spoke.')).toBeNull();
    expect(value(moderator, 'T\n\nAida Bekova, coordinator, moderated the discussion, and Asanov Bolot spoke.')).toMatchObject({ name: { full: 'Aida Bekova' }, roles: ['coordinator'] });
    // A venue wrapped on to a line that opens with the verb in lower case goes on.
    expect(parseMinutes('T\n\nVenue: the hall that is usually\nchaired Osh city council\n').venue?.text).toBe('the hall that is usually chaired Osh city council');
  });
  it('a label’s value ends at a line that opens with "Moderated by" and a name ("Where: …" / "Moderated by Bolotbekov, Adilet (…)")', () => {
    // (The venue had run on into the moderator's line: its room "2nd floor meeting room Moderated by Bolotbekov".)
    const r = parseMinutes('T\n\nWhen: Thursday 7th October 2021\nWhere: Talas, Hotel "Talas Plaza", 2nd floor meeting room\nModerated by Bolotbekov, Adilet (Public Council of the Ministry of Youth)\n');
    expect(r.venue).toEqual({ text: 'Talas, Hotel "Talas Plaza", 2nd floor meeting room', city: 'Talas', name: 'Talas Plaza', room: '2nd floor meeting room' });
    expect(r.moderator).toMatchObject({ name: { full: 'Bolotbekov, Adilet', given: 'Adilet', family: 'Bolotbekov' }, roles: ['Public Council of the Ministry of Youth'] });
    expect(parseMinutes('T\n\nVenue: Osh city, hotel "Ak-Sai"\n**Chaired by** Aida Bekova, coordinator.\n').venue?.text).toBe('Osh city, hotel "Ak-Sai"');
    // Negatives: such words in lower case wrap a sentence on, and with no capital after them they are no field's line.
    expect(parseMinutes('T\n\nVenue: the hall of the council usually\nchaired by Osh city mayor\n').venue?.text).toBe('the hall of the council usually chaired by Osh city mayor');
    expect(parseMinutes('T\n\nVenue: Osh city, the hall\nLed by the light of the windows\n').venue?.text).toBe('Osh city, the hall Led by the light of the windows');
  });
  it('after "the moderator," an honorific may stand before the name', () => {
    expect(value(moderator, 'T\n\nThe meeting was opened by the moderator, Mr. Almazbek Turgunbaev, member of the Public Council.')).toMatchObject({
      name: { full: 'Almazbek Turgunbaev' },
      roles: ['member of the Public Council'],
    });
    // Negative: a verb between is no honorific.
    expect(value(moderator, 'T\n\nThe moderator thanked Mr. Almazbek Turgunbaev.')).toBeNull();
  });
  it('"professor" is a title, a role, before the name as after it; "Prof." and "Dr." are honorifics', () => {
    expect(value(moderator, 'T\n\nModerator: chairperson of Coordinating Council, doctor of economic sciences, professor Abdyrov Tolonbek Shakirovich.')?.roles).toEqual([
      'chairperson of Coordinating Council',
      'doctor of economic sciences',
      'professor',
    ]);
    expect(value(moderator, 'T\n\nModerator: Prof. Aida Bekova, expert.')).toMatchObject({ name: { full: 'Aida Bekova' }, roles: ['expert'] });
    // "Assoc. Prof." is one ("Assoc" had been a role), and "Dr." before a word in lower case is a degree, a role ("of
    // Sciences" had been left).
    expect(nameAndRoles('T\n\nAssoc. Prof. Bolot Asanov, dean of the law faculty, spoke about legal aid.')).toEqual([['Bolot Asanov', ['dean of the law faculty']]]);
    expect(value(moderator, 'T\n\nModerator: Assoc. Prof. Bolot Asanov')).toMatchObject({ name: { full: 'Bolot Asanov', given: 'Bolot', family: 'Asanov' }, roles: [] });
    expect(nameAndRoles('T\n\nBolot Asanov, Dr. of Sciences, professor, spoke about legal aid.')).toEqual([['Bolot Asanov', ['Dr. of Sciences', 'professor']]]);
    expect(nameAndRoles('T\n\nBolot Asanov, Assoc. Prof. of the law faculty, spoke about legal aid.')).toEqual([['Bolot Asanov', ['Assoc. Prof. of the law faculty']]]);
    // Negative: before a capitalised word it is still an honorific, no role.
    expect(nameAndRoles('T\n\nThe head of the department Dr. Omurbekova Nazira presented the report.')).toEqual([['Omurbekova Nazira', ['head of the department']]]);
  });
  it('a role keeps an organisation named with commas ("…, Social Security and Migration")', () => {
    const roles = (text: string) => value(moderator, `T\n\nModerator: ${text}`)?.roles;
    expect(roles('Aibek Tashiev, Deputy Minister of Labour, Social Security and Migration')).toEqual(['Deputy Minister of Labour, Social Security and Migration']);
    expect(roles('Aibek Tashiev, expert of the Ministry of Education, Science, Culture and Sport, professor')).toEqual([
      'expert of the Ministry of Education, Science, Culture and Sport',
      'professor',
    ]);
    // With "of the" and an article in the organisation's name too.
    expect(roles('Aibek Tashiev, head of the department of the Ministry of Labour, Social Security and Migration of the Kyrgyz Republic')).toEqual([
      'head of the department of the Ministry of Labour, Social Security and Migration of the Kyrgyz Republic',
    ]);
    // Negative: a part that opens with a title of its own stays apart, conjunction or not.
    expect(roles('Aibek Tashiev, Chairman of the Board, Doctor of Economics and Law')).toEqual(['Chairman of the Board', 'Doctor of Economics and Law']);
    // Negative: capitalised roles with no conjunction stay apart, as the seeds write them.
    expect(roles('Tolonbek Shakirovich Abdyrov, Chairman of the Coordination Board, Doctor of Economics, Professor.')).toEqual([
      'Chairman of the Coordination Board',
      'Doctor of Economics',
      'Professor',
    ]);
    expect(roles('Aibek Tashiev, Head of Department, Teacher, Trainer')).toEqual(['Head of Department', 'Teacher', 'Trainer']);
  });
  it('a Russian role goes on past a comma where the next piece opens with a genitive adjective', () => {
    const roles = (text: string) => parseMinutes(`Протокол\n\nМодератор: ${text}`).moderator?.roles;
    expect(roles('Асанов Бакыт, заместитель министра труда, социального обеспечения и миграции, доктор наук')).toEqual([
      'заместитель министра труда, социального обеспечения и миграции',
      'доктор наук',
    ]);
    // Negative: a role that opens with an adjective in the nominative stays apart.
    expect(roles('Асанов Бакыт, эксперт, главный специалист')).toEqual(['эксперт', 'главный специалист']);
  });
  it('an English role in lower case goes on past a comma to the field with a conjunction ("minister of labour, social security and migration")', () => {
    const roles = (text: string) => parseMinutes(`T\n\nModerator: ${text}`).moderator?.roles;
    expect(roles('Bekova Nazira Asanovna, deputy minister of labour, social security and migration.')).toEqual(['deputy minister of labour, social security and migration']);
    expect(roles('Bekova Nazira Asanovna, head of the department of architecture, construction and housing, doctor of economics.')).toEqual([
      'head of the department of architecture, construction and housing',
      'doctor of economics',
    ]);
    // (A field of up to six words: "construction and housing and communal services".)
    expect(roles('Sultanova Aizhan Bakytovna, member of the Public Council of the State Agency of architecture, construction and housing and communal services.')).toEqual([
      'member of the Public Council of the State Agency of architecture, construction and housing and communal services',
    ]);
    // Negative: positions after the comma stay roles of their own, and so does a run with no conjunction, or a longer one.
    expect(roles('Bekova Nazira Asanovna, head of the department of education, volunteer for schools and kindergartens of the district.')).toEqual([
      'head of the department of education',
      'volunteer for schools and kindergartens of the district',
    ]);
    expect(roles('Bekova Nazira Asanovna, doctor of economics, professor and academician.')).toEqual(['doctor of economics', 'professor and academician']);
    expect(roles('Bekova Nazira Asanovna, head of the department of education, lawyer and mediator.')).toEqual(['head of the department of education', 'lawyer and mediator']);
    expect(roles('Bekova Nazira Asanovna, doctor of economics, associate professor, expert.')).toEqual(['doctor of economics', 'associate professor', 'expert']);
  });
  it('and where it opens with a genitive noun that names a body’s field ("строительства", "образования", "миграции")', () => {
    const roles = (text: string) => parseMinutes(`Протокол\n\nМодератор: ${text}`).moderator?.roles;
    expect(roles('Бекова Назира Асановна, директор Государственного агентства архитектуры, строительства и жилищно-коммунального хозяйства, доктор экономических наук, профессор')).toEqual([
      'директор Государственного агентства архитектуры, строительства и жилищно-коммунального хозяйства',
      'доктор экономических наук',
      'профессор',
    ]);
    expect(roles('Асанов Бакыт, министр науки, образования и молодежной политики')).toEqual(['министр науки, образования и молодежной политики']);
    // Negative: positions open with no such word ("глава", "начальник", "член").
    expect(roles('Асанов Бакыт, депутат, глава фракции, член комиссии')).toEqual(['депутат', 'глава фракции', 'член комиссии']);
  });
  it('a person who acted as moderator, or is labelled "Host:" or "Facilitation:"', () => {
    expect(value(moderator, 'T\n\nAibek Tashiev, expert of the Public Council, acted as moderator.')).toMatchObject({ name: { full: 'Aibek Tashiev' }, roles: ['expert of the Public Council'] });
    expect(value(moderator, 'T\n\nAibek Tashiev was the moderator of the meeting.')).toMatchObject({ name: { full: 'Aibek Tashiev' }, roles: [] });
    expect(parseMinutes('Т\n\nАсанова Айгуль, член Общественного совета, выступила в роли модератора.\n').moderator).toMatchObject({
      name: { full: 'Асанова Айгуль' },
      roles: ['член Общественного совета'],
    });
    for (const label of ['Host', 'Facilitation', 'Moderated', 'Presided', 'Chaired', 'Facilitated']) {
      expect(value(moderator, `T\n\n${label}: Aibek Tashiev, expert`), label).toMatchObject({ name: { full: 'Aibek Tashiev' }, roles: ['expert'] });
    }
    // Negative: the words without a colon open no label ("Moderated discussions were held …" names no one).
    expect(value(moderator, 'T\n\nModerated discussions were held in three groups.')).toBeNull();
    expect(value(moderator, 'T\n\nModerated and summed up by Abdyrov T.Sh., chairman of the Coordination Council.')).toMatchObject({
      name: { full: 'Abdyrov T.Sh.', family: 'Abdyrov' },
      roles: ['chairman of the Coordination Council'],
    });
  });
  it('negative: after "moderated by" or "the moderator was", only a person who follows at once', () => {
    expect(value(moderator, 'T\n\nThe moderator was thanked by Aibek Tashiev.')).toBeNull();
    // Roles may come first: the person follows at once all the same.
    expect(value(moderator, 'T\n\nThe meeting was moderated by the chairman of the council Aibek Tashiev.')).toMatchObject({ name: { full: 'Aibek Tashiev' }, roles: ['chairman of the council'] });
    // So may an honorific.
    expect(value(moderator, 'T\n\nThe event was facilitated by Ms. Aida Bekova, an independent expert.')).toMatchObject({ name: { full: 'Aida Bekova' }, roles: ['independent expert'] });
    expect(value(moderator, 'T\n\nThe meeting was chaired by the mayor and Ms. Aida Bekova spoke.')).toBeNull();
  });
});

describe('probes of 2026-12-01: organisations in talk items, agendas, "Reports:" lists, self-announcing noun items', () => {
  it('of two quotations in a talk item, one that ends in an organisation’s word is the workplace, not the title', () => {
    const r = parseMinutes('# Open dialogue platform\n\nPresentations:\n1. Sydykov Bakyt, branch manager of "Aiyl Bank" – "Loan products for rural entrepreneurs"\n2. Mamatova Elvira, expert – "Results of the survey"\n');
    expect(r.presentations).toEqual(['Loan products for rural entrepreneurs', 'Results of the survey']);
    expect(pairs(r.speakers)).toEqual([
      ['Sydykov Bakyt', ['branch manager of "Aiyl Bank"']],
      ['Mamatova Elvira', ['expert']],
    ]);
    // Negative: a title that is the item's only quotation stays, whatever its last word.
    expect(parseMinutes('# Open dialogue platform\n\nPresentations:\n1. Aibek Tashiev, expert – "Role of the Public Council"\n').presentations).toEqual(['Role of the Public Council']);
  });
  it('an agenda of one quotation is the meeting’s topic, and not a talk as well', () => {
    const r = parseMinutes('MINUTES No. 4\nOpen Dialogue Platform\n\nAgenda: "Primary health care in remote villages"\n\nDr. Saltanat Abdieva, head of the hospital, presented "Staffing of rural health posts".\n');
    expect(r.topic).toBe('Primary health care in remote villages');
    expect(r.presentations).toEqual(['Staffing of rural health posts']);
    expect(parseMinutes('# Т\n\nПовестка дня: «Доступ к правосудию»\n').topic).toBe('Доступ к правосудию');
    // Negative: a topic found elsewhere wins; an agenda of more than one quotation gives none.
    expect(parseMinutes('# Round table “Roads”\n\nAgenda: "Repair of roads"\n').topic).toBe('Roads');
    expect(parseMinutes('# Round table\n\nAgenda: "Roads" and "Schools"\n').topic).toBeNull();
    expect(parseMinutes('# Round table\n\nAgenda: opening, "Roads"\n').topic).toBeNull();
  });
  it('an agenda label alone on its line has its one quotation or point on the line under it, in its paragraph ("ПОВЕСТКА ДНЯ:" / "«О прозрачности местных бюджетов».")', () => {
    // (It had given none: only the label's own line was read.)
    const r = parseMinutes('ПРОТОКОЛ № 3\nзаседания открытой диалоговой площадки\n\nПОВЕСТКА ДНЯ:\n«О прозрачности местных бюджетов».\n\nСЛУШАЛИ:\nИсакову Жылдыз Маратовну.\n', { positions: true });
    expect(r.topic).toBe('О прозрачности местных бюджетов');
    expect(r.positions?.['/topic']).toEqual({ start: { line: 5, column: 2 }, end: { line: 5, column: 33 } });
    expect(parseMinutes('# Round table\n\nAGENDA:\n"Transparency of local budgets".\n').topic).toBe('Transparency of local budgets');
    expect(parseMinutes('# Round table\n\nAgenda:\nTransparency of local budgets.\n').topic).toBe('Transparency of local budgets');
    // Negative: several points on that line give none.
    expect(parseMinutes('# Round table\n\nAgenda:\nbudgets; roads; water.\n').topic).toBeNull();
  });
  it('an agenda\'s quotation that a wrap cut goes on to the line that closes it ("«О прозрачности местных" / "бюджетов».")', () => {
    // (The topic had been the first line, its opening quote kept: "«О прозрачности местных".)
    expect(parseMinutes('ПРОТОКОЛ № 3\nзаседания открытой диалоговой площадки\n\nПОВЕСТКА ДНЯ:\n«О прозрачности местных\nбюджетов».\n').topic).toBe('О прозрачности местных бюджетов');
    expect(parseMinutes('# Round table\n\nAGENDA: “On transparency of local\nbudgets”.\n').topic).toBe('On transparency of local budgets');
    // Negatives: a second quotation on the next line is a point of its own, no part of the first; a quotation left open
    // over more than a few lines is read on its first line, as before.
    expect(parseMinutes('# Round table\n\nAgenda: “On transparency of local budgets”\n“Second point”\n').topic).toBe('On transparency of local budgets');
    expect(parseMinutes('# Round table\n\nAgenda: “On transparency\nof local\nbudgets\nand roads\nin the city\n').topic).toBe('“On transparency');
  });
  it('a quotation on a line of its own after an organisation\'s kind in capitals names the workplace, no talk ("представитель НПО" / "«Прозрачность».")', () => {
    // (It had been a talk, and the role had lost it, where a wrap put it on a line of its own.)
    const r = parseMinutes('ПРОТОКОЛ № 3\nзаседания открытой диалоговой площадки\n\nСЛУШАЛИ:\nТоктоналиев Адилет –\nпредставитель НПО\n«Прозрачность».\n');
    expect([r.presentations, pairs(r.speakers)]).toEqual([[], [['Токтоналиев Адилет', ['представитель НПО «Прозрачность»']]]]);
    // Negative: after an organisation's word in lower case the quotation is the talk (also tested with entries of lines above).
    const en = parseMinutes('Open dialogue platform\n\nSpeakers:\n\nSULTANOV Bakyt\nDirector of the Naryn employment centre\n“Youth unemployment in Naryn region”\n');
    expect(en.presentations).toEqual(['Youth unemployment in Naryn region']);
  });
  it('an agenda of one point with no quotes is the topic too; one of several points, numbered or listed, is not', () => {
    expect(parseMinutes('MINUTES\nof the open dialogue platform in Batken region\n\nAgenda: Water supply and irrigation in Batken region.\n').topic).toBe('Water supply and irrigation in Batken region');
    expect(parseMinutes('# Round table\n\n**Agenda:** Safety in public places.\n').topic).toBe('Safety in public places');
    for (const agenda of ['Agenda: opening, discussion, closing', 'Agenda: 1) opening; 2) discussion', 'Agenda:\n1. Risks of migration\n2. Consequences of migration']) {
      expect(parseMinutes(`# Round table\n\n${agenda}\n`).topic).toBeNull();
    }
  });
  it('the one point of a list under an empty agenda label is the topic, less points that name no subject', () => {
    expect(parseMinutes('# Round table\n\nAgenda:\n1. Safety in public places.\n').topic).toBe('Safety in public places');
    expect(parseMinutes('# Round table\n\nAgenda of the meeting:\n\n- “Safety in public places”\n\nModerator: Asan Usenov, expert.\n').topic).toBe('Safety in public places');
    expect(parseMinutes('# Round table\n\nAgenda:\n1. Safety in public places.\n2. Miscellaneous.\n').topic).toBe('Safety in public places');
    expect(parseMinutes('# Т\n\nПовестка дня:\n1. Безопасность в общественных местах.\n2. Разное.\n').topic).toBe('Безопасность в общественных местах');
    // Negatives: two points with a subject each, a point that is more than one quotation, and "Miscellaneous" alone give none.
    expect(parseMinutes('# Round table\n\nAgenda:\n1. Safety in public places.\n2. Roads.\n').topic).toBeNull();
    expect(parseMinutes('# Round table\n\nAgenda:\n1. On the programme “Safe City” in Talas region.\n').topic).toBeNull();
    expect(parseMinutes('# Round table\n\nAgenda:\n1. Miscellaneous.\n').topic).toBeNull();
  });
  it('a "Reports:" label opens a list of talks: its items give the speakers and the titles', () => {
    const r = parseMinutes('# Open dialogue platform\n\nReports:\n— Lieutenant colonel Kanat Beishenov, head of the press unit: “Results of the reform”.\n— Gulzat Alieva, director of the NGO “Civic Watch”: “Survey on trust”.\n');
    expect(pairs(r.speakers)).toEqual([
      ['Kanat Beishenov', ['Lieutenant colonel', 'head of the press unit']],
      ['Gulzat Alieva', ['director of the NGO “Civic Watch”']],
    ]);
    expect(r.presentations).toEqual(['Results of the reform', 'Survey on trust']);
    // Negative: an agenda's points are not talks ("Agenda:" is a presentations label only for quoted titles).
    const agenda = parseMinutes('# Round table\n\nAgenda:\n1. Opening of the round table\n2. Discussion\n');
    expect(agenda.presentations).toEqual([]);
    expect(agenda.speakers).toEqual([]);
  });
  it('lines that open with a suggestion’s noun and its number are the list, with no announcing line', () => {
    const r = parseMinutes('# Open dialogue platform\n\nIn attendance were 29 participants.\n\nProposal 1: Open a service point in every village.\nProposal 2: Train librarians.\nProposal 3: Simplify the e-signature.\n');
    expect(r.suggestions).toEqual([
      { number: 1, text: 'Open a service point in every village' },
      { number: 2, text: 'Train librarians' },
      { number: 3, text: 'Simplify the e-signature' },
    ]);
    expect(parseMinutes('# Т\n\nПредложение 1. Открыть центр.\nПредложение 2. Обучить персонал.\n').suggestions.map((s) => s.number)).toEqual([1, 2]);
    // Negative: one such line is no list, nor is a noun that names no suggestion ("Item 1:", "Point 1.").
    expect(parseMinutes('# Round table\n\nProposal 1: Open a service point.\n\nThe meeting closed.\n').suggestions).toEqual([]);
    expect(parseMinutes('# Round table\n\nItem 1: Opening.\nItem 2: Discussion.\n').suggestions).toEqual([]);
  });
});

describe('venue: a place line and a date line under the title, in a paragraph of four lines or five', () => {
  it('takes the place line above the date', () => {
    const r = parseMinutes('MINUTES No. 4\nOpen Dialogue Platform\nIssyk-Kul region, Cholpon-Ata, hotel "Raduga", small conference room\nNovember 5, 2021\n\nText.\n');
    expect(r.venue).toEqual({ text: 'Issyk-Kul region, Cholpon-Ata, hotel "Raduga", small conference room', city: 'Cholpon-Ata', name: 'Raduga', room: 'small conference room' });
    // Negative: a paragraph of six lines or more is prose, not a heading block.
    expect(parseMinutes('MINUTES\n\nA\nB\nC\nD\nOsh city, hotel "Raduga"\nNovember 5, 2021\n').venue).toBeNull();
  });
});

describe('venue: a bare town between the title’s words and its date', () => {
  it.each([
    ['Open dialogue platform meeting, Bishkek, 10/02/2022', 'Bishkek'],
    ['Round table “Roads”, Karakol, 17 November 2021', 'Karakol'],
    ['Round table “Roads” (Osh, 18.03.2021)', 'Osh'],
    ['Round table “Roads”, Kara-Balta, 18.03.2021', 'Kara-Balta'],
    ['ROUND TABLE, KARAKOL, 17.11.2021', 'KARAKOL'],
    ['Круглый стол «Дороги», Каракол, 17 ноября 2021 г.', 'Каракол'],
    // After the date, or after the title's last "in".
    ['Protocol of the open dialogue platform, 18.03.2021, Osh', 'Osh'],
    ['Open Dialogue Platform on “Road safety” in Jalal-Abad, 15.09.2021', 'Jalal-Abad'],
    ['Open dialogue platform in Kara-Balta, 18 March 2021', 'Kara-Balta'],
  ])('"%s" was held in %s', (line, town) => {
    expect(parseMinutes(`${line}\n\nText.\n`).venue).toEqual({ text: town, city: town, name: null, room: null });
  });
  it.each([
    'Open dialogue platform, Aibek Tashiev, 18.03.2021',
    'Open dialogue platform, Online, 18.03.2021',
    'Round table “Roads”, UNDP, 18.03.2021',
    'Open dialogue platform on the topic “Roads”, Osh region, 18.03.2021',
    'Open dialogue platform in Osh region, 18.03.2021',
    'Open dialogue platform, 18.03.2021, Minutes',
    'Open dialogue platform, 18.03.2021, Aibek Tashiev',
  ])('negative: "%s" names no town (a person, online, an acronym, a region)', (line) => {
    expect(parseMinutes(`${line}\n\nText.\n`).venue).toBeNull();
  });
});

describe('title: a date line over it, and a place line with a date under it', () => {
  it('a date line over the heading in its paragraph is no part of the title; it is the date', () => {
    const r = parseMinutes('18 March 2022\nOpen dialogue platform\n"Support to returning migrants"\n\nPlace: Nookat district, small hall.\n');
    expect(r.title).toBe('Open dialogue platform "Support to returning migrants"');
    expect(r.date?.iso).toBe('2022-03-18');
    // Negative: a title that holds its date in its own words keeps it.
    expect(parseMinutes('Open dialogue platform of 18 March 2022\n\nText.\n').title).toBe('Open dialogue platform of 18 March 2022');
  });
  it('a place line that opens with a bare town and names a building, then the date, is no part of the title', () => {
    const r = parseMinutes('Open Dialogue Platform "Safety of children"\nBishkek, Sverdlov district, school No. 61, assembly hall — 28 April 2022\n\nText.\n');
    expect(r.title).toBe('Open Dialogue Platform "Safety of children"');
    expect(r.venue).toMatchObject({ text: 'Bishkek, Sverdlov district, school No. 61, assembly hall', city: 'Bishkek', room: 'assembly hall' });
    // Negative: a second line that names the event, or has a quotation, goes on with the title.
    expect(parseMinutes('MINUTES\nOpen dialogue platform in Osh region, 18 March 2022\n\nText.\n').title).toBe('MINUTES Open dialogue platform in Osh region, 18 March 2022');
  });
});

describe('purpose right after the event’s verb ("was organised to discuss …")', () => {
  it.each([
    ['The dialogue was organised to discuss the draft law with citizens.', 'to discuss the draft law with citizens'],
    ['The meeting was held to identify the problems of returning migrants.', 'to identify the problems of returning migrants'],
    // After its place and day.
    ['The open dialogue platform was held in Osh on 3 March 2021 to discuss migration.', 'to discuss migration'],
  ])('"%s"', (sentence, purpose) => {
    expect(parseMinutes(`# Open dialogue platform\n\n${sentence}\n`).purpose).toBe(purpose);
  });
  it('in Russian, after "для"', () => {
    expect(parseMinutes('# Открытая диалоговая площадка\n\nВстреча была проведена для обсуждения законопроекта.\n').purpose).toBe('для обсуждения законопроекта');
    expect(parseMinutes('# Открытая диалоговая площадка\n\nВстреча прошла в г. Ош 3 марта для обсуждения миграции.\n').purpose).toBe('для обсуждения миграции');
  });
  it.each(['The meeting was held from Monday to Friday.', 'The meeting was held in Osh from Monday to Friday.', 'The round table was held in the hall next to the mayor office.', 'The round table was held in Osh. To discuss migration is important.', 'The meeting was held to the satisfaction of all.', 'The meeting took place to Osh.'])('negative: "%s" states no purpose', (sentence) => {
    expect(parseMinutes(`# Open dialogue platform\n\n${sentence}\n`).purpose).toBeNull();
  });
});

describe('speakers: ranks before a name, and counts after it', () => {
  it('a rank is a role, not the name’s first word', () => {
    expect(nameAndRoles('T\n\nThe floor was given to Major Usubaliev Marat, head of the department.')).toEqual([['Usubaliev Marat', ['Major', 'head of the department']]]);
    expect(nameAndRoles('T\n\nCaptain Azamat Nurlanov, inspector of the traffic police, spoke about road safety.')).toEqual([['Azamat Nurlanov', ['Captain', 'inspector of the traffic police']]]);
  });
  it('what follows "According to Name," with a count first is what was said, not a role', () => {
    for (const said of ['300 families received aid', '45% of families received aid', '1 200 families received aid', '2.5 million som were spent']) {
      expect(nameAndRoles(`T\n\nAccording to the deputy akim Osmonova Aida, ${said}.`)).toEqual([['Osmonova Aida', ['deputy akim']]]);
    }
    // Negative: an ordinal is a role's ("2nd category").
    expect(nameAndRoles('T\n\nOsmonova Aida, teacher of school No. 5, 2nd category, spoke.')).toEqual([['Osmonova Aida', ['teacher of school No. 5', '2nd category']]]);
  });
});

describe('speakers: roles from the entries of a line parted by semicolons ("Invited: …; …")', () => {
  it('a speaker named by initials takes the roles the line gives them, not its label', () => {
    const text = 'Open dialogue platform\n\nInvited: Toktogulov N.A., head of the district police; Asanova G., lawyer of the NGO "Adilet".\n\nHeard: Toktogulov N.A. on crime prevention. Asanova G. on legal aid.\n';
    expect(pairs(parseMinutes(text).speakers)).toEqual([
      ['Toktogulov N.A.', ['head of the district police']],
      ['Asanova G.', ['lawyer of the NGO "Adilet"']],
    ]);
    // Negative: a sentence with no semicolons gives no roles to look up.
    const plain = 'Open dialogue platform\n\nToktogulov N.A., head of the district police, was invited.\n\nHeard: Asanova G. on legal aid.\n';
    expect(pairs(parseMinutes(plain).speakers)).toEqual([['Asanova G.', []]]);
  });
  it('and from a labelled line of one entry ("Invited: Usupov Kanat, deputy minister of finance.")', () => {
    // (It had given none: only lines parted by semicolons, and list items, were looked in.)
    for (const mention of ['Heard: Usupov Kanat, who presented the draft budget for 2023.', 'Usupov Kanat presented the draft budget for 2023.', 'Usupov K. presented the draft budget for 2023.']) {
      const r = parseMinutes(`Open dialogue platform\n\nInvited: Usupov Kanat, deputy minister of finance.\n\n${mention}\n`);
      expect(r.speakers.map((p) => p.roles), mention).toEqual([['deputy minister of finance']]);
    }
    // Negative: the moderator's label gives the moderator, no speaker; a mention with roles of its own keeps them.
    const r = parseMinutes('Open dialogue platform\n\nModerator: Kim Olga, member of the council.\n\nKim Olga opened the meeting. Asanov Bolot spoke about roads.\n');
    expect(pairs(r.speakers)).toEqual([['Asanov Bolot', []]]);
    expect(pairs(parseMinutes('Open dialogue platform\n\nInvited: Usupov Kanat, deputy minister of finance.\n\nUsupov Kanat, economist, presented the budget.\n').speakers)).toEqual([['Usupov Kanat', ['economist']]]);
  });
});

describe('ranks and positions with a capital before a name ("Deputy Toktobaev Nurlan")', () => {
  it('are roles, not the name’s first word, and let a family name stand alone', () => {
    expect(nameAndRoles('T\n\nDeputy Toktobaev Nurlan answered questions about the lighting.')).toEqual([['Toktobaev Nurlan', ['Deputy']]]);
    expect(nameAndRoles('T\n\nProfessor Asanov spoke about the law.')).toEqual([['Asanov', ['Professor']]]);
    expect(nameAndRoles('T\n\nDirector General Asanov Bolot spoke.')).toEqual([['Asanov Bolot', ['Director General']]]);
    // An occupation that opens a list item before the name.
    expect(nameAndRoles('T\n\nSpeakers:\n- Lawyer Osmonova Aida\n- Expert Aida Bekova')).toEqual([
      ['Osmonova Aida', ['Lawyer']],
      ['Aida Bekova', ['Expert']],
    ]);
    // Before a name of no known shape, taken by its place in the list, it is left out of the name, and is its role.
    expect(nameAndRoles('T\n\nSpeakers:\n- Journalist Kim Sergei\n- Li Anna, lawyer\n- Journalist Pak Oleg, Radio Azattyk')).toEqual([
      ['Kim Sergei', ['Journalist']],
      ['Li Anna', ['lawyer']],
      ['Pak Oleg', ['Journalist', 'Radio Azattyk']],
    ]);
    expect(pairs(parseMinutes('Протокол\n\nДепутат Токтобаев Нурлан ответил на вопросы жителей.\n').speakers)).toEqual([['Токтобаев Нурлан', ['Депутат']]]);
    // Negative: a position alone names no one, nor does a capitalised word after it with no sign of a name.
    expect(nameAndRoles('T\n\nDeputy Mayor spoke about the roads.')).toEqual([]);
    expect(nameAndRoles('T\n\nThe Director General spoke about the roads.')).toEqual([]);
  });
});

describe('a label left empty over a list item, and lists nested in a form\'s numbered fields', () => {
  it('"Moderator:" over one item gives the person in it, at the top level or nested', () => {
    const want = { name: { full: 'Sultanova Aizhan' }, roles: ['member of the Public Council'] };
    expect(value(moderator, 'T\n\nModerator:\n- Sultanova Aizhan, member of the Public Council')).toMatchObject(want);
    expect(value(moderator, 'T\n\n**Moderator:**\n\n* Sultanova Aizhan, member of the Public Council')).toMatchObject(want);
    expect(value(moderator, 'T\n\n1. Date: 12 August 2021\n2. Moderator:\n   - Sultanova Aizhan, member of the Public Council\n3. Topic: “X”')).toMatchObject(want);
    // Negative: an item that names no one gives no moderator.
    expect(value(moderator, 'T\n\nModerator:\n- to be confirmed')).toBeNull();
  });
  it('"Venue:", "Date and venue:" and "Topic:" over one item give it too, and no talk is taken from the topic\'s', () => {
    const record = parseMinutes('Open dialogue platform\n\nTopic:\n- “Local budgets”\n\nVenue:\n- Talas city, hotel “Talas”\n');
    expect(record.topic).toBe('Local budgets');
    expect(record.presentations).toEqual([]);
    expect(record.venue).toEqual({ text: 'Talas city, hotel “Talas”', city: 'Talas', name: 'Talas', room: null });
    expect(parseMinutes('T\n\nDate and venue:\n- 12 August 2021, Talas city, hotel “Talas”\n').venue?.text).toBe('Talas city, hotel “Talas”');
    expect(parseMinutes('T\n\n1. Date: 12 August 2021\n2. Venue:\n   - Talas city, hotel “Talas”\n3. Topic: “Budgets”\n').venue?.text).toBe('Talas city, hotel “Talas”');
    // Negative: a venue label with its own content keeps it, and a paragraph under an empty one is as before.
    expect(parseMinutes('T\n\nVenue: Osh city\n- Talas city, hotel “Talas”\n').venue?.text).toBe('Osh city');
  });
  it('the groups or counts nested under "3. Participants:" end at the next field, set back out', () => {
    expect(parseMinutes('T\n\n3. Participants:\n   - representatives of NGOs;\n   - journalists.\n4. Topic: “Budgets”').participants).toMatchObject({ groups: ['representatives of NGOs', 'journalists'] });
    expect(parseMinutes('T\n\n3. Participants:\n   - total: 34\n   - women: 19\n   - men: 15\n4. Topic: “Budgets”').participants).toEqual({ total: 34, women: 19, men: 15, groups: [] });
  });
});

describe('suggestions: bullets under an item of a numbered list that announces them', () => {
  it('"3. Proposals. The residents proposed:" over bullets', () => {
    const text = '# Public hearing\n\n1. Presentation. The head of finance presented the budget.\n\n3. Proposals. The residents proposed:\n- to increase spending on lighting;\n- to repair the road.\n';
    expect(parseMinutes(text).suggestions).toEqual([
      { number: 1, text: 'to increase spending on lighting' },
      { number: 2, text: 'to repair the road' },
    ]);
    // Negative: an item that announces nothing, or numbered items under it, stay items of their list.
    expect(parseMinutes('# Public hearing\n\nSuggestions:\n1. To repair the road:\n2. To open a school.\n').suggestions.map((s) => s.number)).toEqual([1, 2]);
  });
  it('a form\'s numbered fields: "7. Suggestions:" over a list numbered from 1 and indented deeper, and "6. Speakers:" over bullets', () => {
    const text = [
      'Open dialogue platform in Talas region',
      '',
      '1. Date: 12 August 2021',
      '2. Moderator: Sultanova Aizhan, member of the Public Council',
      '3. Speakers:',
      '   - Omurov Kanat, head of the district finance department;',
      '   - Abdieva Cholpon, expert of PF “Budget Initiative”.',
      '4. Suggestions:',
      '   1) to publish local budgets on websites;',
      '   2) to hold public hearings on the budget twice a year.',
      '5. Next meeting: Asanov Bolot will host it.',
    ].join('\n');
    const record = parseMinutes(text);
    expect(record.suggestions).toEqual([
      { number: 1, text: 'to publish local budgets on websites' },
      { number: 2, text: 'to hold public hearings on the budget twice a year' },
    ]);
    expect(pairs(record.speakers)).toEqual([
      ['Omurov Kanat', ['head of the district finance department']],
      ['Abdieva Cholpon', ['expert of PF “Budget Initiative”']],
    ]);
    expect(record.moderator?.name.full).toBe('Sultanova Aizhan');
    // Negative: under a list of suggestions, an item's sub-list is that item's.
    expect(parseMinutes('# T\n\nSuggestions:\n1. Suggestions to the akimiat:\n   1) repair the road;\n   2) open a clinic.\n2. To NGOs: monitor the budget.\n').suggestions).toEqual([
      { number: 1, text: 'Suggestions to the akimiat: repair the road; open a clinic' },
      { number: 2, text: 'To NGOs: monitor the budget' },
    ]);
  });
});

describe('participants: groups beside a count on a label’s line, after its brackets or before a dash', () => {
  it('a comma right after the count’s brackets opens the groups', () => {
    expect(value(participants, 'T\n\nPresent: 63 residents of Karakol (37 women, 26 men), deputies of the city kenesh, staff of the city hall.')).toEqual({
      total: 63,
      women: 37,
      men: 26,
      groups: ['deputies of the city kenesh', 'staff of the city hall'],
    });
    // Negative: a comma before the last number opens nothing ("…, 5 of them youth" is the count's).
    expect(value(participants, 'T\n\nParticipants: 40 people (24 women, 16 men), 5 of them youth.')?.groups).toEqual([]);
  });
  it('the groups may come first, then a dash and the count', () => {
    expect(value(participants, 'T\n\nParticipants: teachers, parents, students – 40 people (24 women, 16 men).')).toEqual({ total: 40, women: 24, men: 16, groups: ['teachers', 'parents', 'students'] });
    // A word or three may stand before the number.
    expect(parseMinutes('# Т\n\nУчастники: фермеры, учителя – всего 40 человек.\n').participants).toEqual({ total: 40, women: null, men: null, groups: ['фермеры', 'учителя'] });
    // A total alone there is the total too (it had been read only with women or men beside it).
    expect(value(participants, 'T\n\nParticipants: farmers, teachers, journalists – 40 people in total.')).toEqual({ total: 40, women: null, men: null, groups: ['farmers', 'teachers', 'journalists'] });
    // Negative: a number that names a thing counts no one.
    expect(value(participants, 'T\n\nParticipants: teachers of school No. 5, parents.')).toEqual({ total: null, women: null, men: null, groups: ['teachers of school No. 5', 'parents'] });
  });
  it('groups counted each in brackets, then a dash and the count: the last group stays ("…, media (5) – 25 people in total")', () => {
    expect(value(participants, 'T\n\nParticipants: state bodies (12), NGOs (8), media (5) – 25 people in total.')).toEqual({ total: 25, women: null, men: null, groups: ['state bodies (12)', 'NGOs (8)', 'media (5)'] });
    expect(parseMinutes('# Т\n\nУчастники: представители госорганов (12), НПО (8), СМИ (5) – всего 25 человек.\n').participants?.groups).toEqual(['представители госорганов (12)', 'НПО (8)', 'СМИ (5)']);
    // Negative: a bracket never closed reads as before (the last part, with the count, is none).
    expect(value(participants, 'T\n\nParticipants: state bodies (12, NGOs – 25 people in total.')?.groups).toEqual(['state bodies (12']);
  });
  it('a sentence that opens with "Participants included" gives its groups less the count’s bracket, and the count', () => {
    expect(value(participants, 'T\n\nParticipants included deputies, activists and teachers (35 people in total).')).toEqual({ total: 35, women: null, men: null, groups: ['deputies', 'activists and teachers'] });
    expect(value(participants, 'T\n\nParticipants included deputies of the local kenesh, activists, and teachers (35 people in total, 20 of them women).')).toEqual({
      total: 35,
      women: 20,
      men: null,
      groups: ['deputies of the local kenesh', 'activists', 'teachers'],
    });
    // Negative: a bracket of words is the group's, and a number in a sentence that says nothing of the participants counts no one.
    expect(value(participants, 'T\n\nParticipants included deputies, activists and teachers (from schools).')?.groups).toEqual(['deputies', 'activists and teachers (from schools)']);
    expect(value(participants, 'T\n\nThe hall had 35 seats.')).toBeNull();
  });
  it('so does one with the count in a bracket after its first words ("Participants (45 people: 26 women and 19 men) included …")', () => {
    expect(value(participants, 'T\n\nParticipants (45 people: 26 women and 19 men) included returning migrants, employers, staff of the employment centre.')).toEqual({
      total: 45,
      women: 26,
      men: 19,
      groups: ['returning migrants', 'employers', 'staff of the employment centre'],
    });
    expect(value(participants, 'T\n\nParticipants (45 people) included farmers, teachers and doctors.')).toEqual({ total: 45, women: null, men: null, groups: ['farmers', 'teachers and doctors'] });
    // Negatives: people named there are no groups; a bracket before other words says nothing of the participants.
    expect(value(participants, 'T\n\nParticipants (see the list in the annex) included Asanov Bolot, Bekova Aida.')).toBeNull();
    expect(value(participants, 'T\n\nThe hall (45 seats) included a stage, a screen and a kitchen.')).toBeNull();
  });
  it('a word of the count before the dash is no group: "Participants: women – 22, men – 16, total – 38"', () => {
    expect(value(participants, 'T\n\nParticipants: women – 22, men – 16, total – 38.')).toEqual({ total: 38, women: 22, men: 16, groups: [] });
    expect(value(participants, 'T\n\nParticipants: Total – 38 (women – 22, men – 16).')).toEqual({ total: 38, women: 22, men: 16, groups: [] });
    // Negative: women as one of the groups before the dash stay a group.
    expect(value(participants, 'T\n\nParticipants: youth, women, farmers – 40 people in total.')).toEqual({ total: 40, women: null, men: null, groups: ['youth', 'women', 'farmers'] });
  });
});

describe('speakers: an unquoted talk subject before "was made by", and roles before a rank', () => {
  it('the subject between the cue and "by" is no role; what follows "by" is', () => {
    for (const sep of [', ', ' ']) {
      expect(nameAndRoles(`T\n\nA presentation on access to justice was made by the chief specialist of the department${sep}Zhumabaeva Cholpon.`)).toEqual([
        ['Zhumabaeva Cholpon', ['chief specialist of the department']],
      ]);
    }
    // Negative: with no "by", the subject after a name stays out of the roles.
    expect(nameAndRoles('T\n\nZhumabaeva Cholpon, chief specialist, made a presentation on access to justice.')).toEqual([['Zhumabaeva Cholpon', ['chief specialist']]]);
  });
  it('with no "by" and no later cue, a position after an article ends the subject ("Informed … about the situation the head of X Name")', () => {
    // (The whole subject had been noise, and the name had no role.)
    expect(nameAndRoles('T\n\nInformed the participants about the situation the head of the migration department Tashiev Ruslan.')).toEqual([
      ['Tashiev Ruslan', ['head of the migration department']],
    ]);
    expect(nameAndRoles('T\n\nInformed the participants about the situation with migration the first deputy head of the department Tashiev Ruslan.')).toEqual([
      ['Tashiev Ruslan', ['first deputy head of the department']],
    ]);
    // In a language with no articles, the title's word alone, a nominative (not "начальника", a genitive).
    expect(pairs(parseMinutes('Протокол\n\nУчастников проинформировал о ситуации начальник отдела миграции Ташиев Руслан.\n').speakers)).toEqual([
      ['Ташиев Руслан', ['начальник отдела миграции']],
    ]);
    expect(pairs(parseMinutes('Протокол\n\nУчастников проинформировал о работе начальника отдела Ташиев Руслан.\n').speakers)).toEqual([['Ташиев Руслан', []]]);
    // Negatives: no position there, or no article before it.
    expect(nameAndRoles('T\n\nSpoke about the problems of the youth Tashiev Ruslan, student.')).toEqual([['Tashiev Ruslan', ['student']]]);
    expect(nameAndRoles('T\n\nInformed the participants about the situation with head lice Tashiev Ruslan.')).toEqual([['Tashiev Ruslan', []]]);
    // A possessive pronoun stands for the article, and is no part of the role ("its director": "director").
    expect(nameAndRoles('T\n\nTold about the work of the centre its director Zarina Mukanbetova.')).toEqual([['Zarina Mukanbetova', ['director']]]);
    // Negative: nor with no position after it.
    expect(nameAndRoles('T\n\nTold about his work in the centre Zarina Mukanbetova.')).toEqual([['Zarina Mukanbetova', []]]);
  });
  it('"sounded by", "voiced by" bring in the speaker, as translations of "озвучено" write them', () => {
    // (Had given no speaker, or the role "sounded by the chief specialist …".)
    expect(nameAndRoles('T\n\nThe statistics were sounded by the experts Asanov Bolot and Kim Oleg.')).toEqual([
      ['Asanov Bolot', ['experts']],
      ['Kim Oleg', ['experts']],
    ]);
    expect(nameAndRoles('T\n\nThe report "Youth employment" was sounded by the chief specialist of the employment center Toktosunova Meerim.')).toEqual([
      ['Toktosunova Meerim', ['chief specialist of the employment center']],
    ]);
    expect(nameAndRoles('T\n\nThe report "Youth employment" was voiced by Toktosunova Meerim, chief specialist.')).toEqual([['Toktosunova Meerim', ['chief specialist']]]);
    // Negative: voiced by no one named.
    expect(nameAndRoles('T\n\nThe problems were voiced by the residents of the village.')).toEqual([]);
  });
  it.each([
    ['Presentations were made on remittances (Kim Anna) and on returnees (Bekova Aida).', [['Kim Anna', []], ['Bekova Aida', []]]],
    ['Three presentations were made: on the migration situation (Asanov Bolot), on remittances (Kim Anna) and on returnees (Bekova Aida).', [['Asanov Bolot', []], ['Kim Anna', []], ['Bekova Aida', []]]],
    // Negative: "on behalf of" opens a role.
    ['On behalf of the mayor Bekova Aida greeted the participants.', [['Bekova Aida', ['On behalf of the mayor']]]],
  ])('the subject of a talk before its presenter, after a joining word, is no role ("… and on returnees (Name)"): %s', (text, expected) => {
    expect(nameAndRoles(`T\n\n${text}`)).toEqual(expected);
  });
  it.each([
    ['Information of the project was sent to Asanov Bolot, head of the department.', []],
    ['The report was sent to Asanov Bolot.', []],
    ['A letter was addressed to the Minister Asanov Bolot.', []],
    ['Kim Anna, expert, presented the report. It was sent to the head of the department Asanov Bolot. Then Bekova Aida, lawyer, spoke.', [['Kim Anna', ['expert']], ['Bekova Aida', ['lawyer']]]],
    ['Questions were put to Aida Bekova, expert of IOM.', []],
    // Negatives: past a joining word the next name speaks; one who answers in the same sentence speaks, the verb before them no role.
    ['The report was sent to the ministry, and Asanov Bolot, expert, spoke about it.', [['Asanov Bolot', ['expert']]]],
    ['Questions were addressed to Aida Bekova, expert of IOM, who answered them in detail.', [['Aida Bekova', ['expert of IOM']]]],
    ['Questions were put to Aida Bekova, expert of IOM, who answered them in detail.', [['Aida Bekova', ['expert of IOM']]]],
    ['The proposals were sent to Aida Bekova, expert of IOM, who noted that the ministry will answer.', [['Aida Bekova', ['expert of IOM']]]],
    // Nor one a later "by" brings in: the verb names what was sent, not to whom.
    ['The report sent to the ministry was presented by Kim Oleg, expert.', [['Kim Oleg', ['expert']]]],
    ['The proposals submitted to the council were presented by Kim Oleg, expert.', [['Kim Oleg', ['expert']]]],
  ])('the one something was sent or addressed to is no speaker: %s', (text, expected) => {
    expect(nameAndRoles(`T\n\n${text}`)).toEqual(expected);
  });
  it.each([
    ['Asanova Dinara, lawyer, opened the meeting. The participants noted the work of the former head of the service Kasymov Ulan and asked to continue it.', [['Asanova Dinara', ['lawyer']]]],
    ['The meeting was opened by Asanova Dinara, lawyer, who recalled the Decree of the President of the Kyrgyz Republic Japarov S.N. on the migration policy.', [['Asanova Dinara', ['lawyer']]]],
    // Wrapped lines are one sentence too.
    ['The meeting was opened by Asanova Dinara, lawyer, who recalled the Decree of the\nPresident of the Kyrgyz Republic Japarov S.N. on the migration policy.', [['Asanova Dinara', ['lawyer']]]],
    // After a topic's joining word too ("spoke about the experience of …").
    ['Kim Sergei, lawyer, told about the case of Asanov Bolot, a migrant from Osh.', [['Kim Sergei', ['lawyer']]]],
    ['Kim Sergei, lawyer, spoke about the experience of the farmer Asanov Bolot.', [['Kim Sergei', ['lawyer']]]],
    // With up to two words before the thing, after a bold name.
    ['The chairman of the drivers\' association **Toktogulov Nurlan** noted the poor condition of the bus stops built under the former mayor Myrzakmatov M.', [['Toktogulov Nurlan', ["chairman of the drivers' association"]]]],
    // (The first verb's match failing, a later one's holds: "drew attention to …" then "told the story of …".)
    ['**Asanova Gulnara** drew attention to the inaccessibility of buildings and told the story of a young woman, Bekova Aizada, who could not get to the hospital.', [['Asanova Gulnara', []]]],
    // (The roles after such a name that open with a joining word start the next person, and stay theirs.)
    ['A welcoming speech was made by the vice-mayor Ergeshov Bakyt, who noted the contribution of the late elder Tashmatov Abdy to peace in the region, and the head of the regional department of the Ministry of Internal Affairs, Colonel Sadykov Talant.', [['Ergeshov Bakyt', ['vice-mayor']], ['Sadykov Talant', ['head of the regional department of the Ministry of Internal Affairs', 'Colonel']]]],
    // Set off by a comma after the thing, where the sentence goes on with no cue.
    ['Asanova Gulnara, lawyer, told the story of a young woman, Bekova Aizada, who could not get to the hospital.', [['Asanova Gulnara', ['lawyer']]]],
    ['Asanova Gulnara, lawyer, noted the work of the former head of the service, Kasymov Ulan.', [['Asanova Gulnara', ['lawyer']]]],
    // Negatives: after such a comma a sentence that goes on with a cue brings in a speaker; a position after the verb
    // (translations put the speaker there), a talk, a word that brings in a person, a list's next item.
    ['Asanova Gulnara, lawyer, stressed the role of the councils, Kim Sergei, expert, added that roads are bad.', [['Asanova Gulnara', ['lawyer']], ['Kim Sergei', ['expert']]]],
    ['Asanova Dinara, lawyer, opened the meeting. Then noted the head of the department Kim Sergei that roads are bad.', [['Asanova Dinara', ['lawyer']], ['Kim Sergei', ['head of the department']]]],
    ['Asanova Dinara, lawyer, opened the meeting. The participants noted the report of Kim Sergei.', [['Asanova Dinara', ['lawyer']], ['Kim Sergei', []]]],
    ['Asanova Dinara, lawyer, opened the meeting. The participants noted the work done by Kim Sergei.', [['Asanova Dinara', ['lawyer']], ['Kim Sergei', []]]],
    // (Nor after a word that opens sentences, which is no subject: translations put the speaker after the verb. Her role,
    // "its director", is read since this stop's possessive pronouns: [] until 2026-12-06.)
    ['Kim Sergei, lawyer, opened the meeting. Then told about the work of the centre its director Asanova Dinara.', [['Kim Sergei', ['lawyer']], ['Asanova Dinara', ['director']]]],
    // (A verb of saying that ends with "to", "referred to": its "to" brings in no one; it had kept the Ombudsman.)
    ['The director Jorobekova Aizat spoke and referred to the conclusions of the Ombudsman Akmatov Atyr.', [['Jorobekova Aizat', ['director']]]],
    // Negative: one "by" brings in after the thing.
    ['Asanova Dinara, lawyer, opened the meeting. The participants noted the work of the centre led by Kim Sergei.', [['Asanova Dinara', ['lawyer']], ['Kim Sergei', []]]],
  ])('the one whose work or deed a speaker spoke of is no speaker ("noted the work of … Name"): %s', (text, expected) => {
    expect(nameAndRoles(`T\n\n${text}`)).toEqual(expected);
  });
  it.each([
    ['The welcoming speech was made by Mamatov Erlan, deputy governor, who thanked the rector of Naryn State University Osmonov Bakyt for hosting the students.', [['Mamatov Erlan', ['deputy governor']]]],
    ['The meeting was opened by Mamatov Erlan, deputy governor, who congratulated the winner of the youth award Tokonova Aizada.', [['Mamatov Erlan', ['deputy governor']]]],
    // (What follows is read to the sentence's end: the next sentence's cue is not the one thanked's.)
    ['The welcoming speech was made by **Asanov Bolot**, who thanked the director of the tourist center Kadyrkulova Ainura for the excursion. With the report spoke the head of NGO “Noomad” **Ismailova Gulzat**.', [['Asanov Bolot', []], ['Ismailova Gulzat', ['head of NGO “Noomad”']]]],
    ['The presentation was made by Sadykova Nurgul, head of the center. She quoted the words of the Minister of Labour Baetov Kudaibergen about the program.', [['Sadykova Nurgul', ['head of the center']]]],
    // Negatives: one thanked for a talk, one who answers, one after a joining word; what one is thanked for is no role.
    ['The moderator thanked Mr. Asanov for his report.', [['Asanov', []]]],
    ['The chairman thanked Aida Bekova, deputy mayor, who presented the report.', [['Aida Bekova', ['deputy mayor']]]],
    ['The moderator thanked the guests, and Kim Sergei, lawyer, spoke about land.', [['Kim Sergei', ['lawyer']]]],
    ['The welcoming speech was made by Kim Sergei, lawyer, who thanked the organisers, and Isakova Jyldyz, expert, proposed to build a road.', [['Kim Sergei', ['lawyer']], ['Isakova Jyldyz', ['expert']]]],
    // (But one past a joining word who says nothing is thanked too.)
    ['The welcoming speech was made by Kim Sergei, lawyer, who thanked the organisers and personally the coordinator Isakova Jyldyz.', [['Kim Sergei', ['lawyer']]]],
    // A name of one whose words were quoted, after a comma that ends the subject ("Name, role, presented the book of …").
    ['Asanova Dinara, lawyer, presented the book of the writer Aitmatov Chyngyz.', [['Asanova Dinara', ['lawyer']]]],
    // One remembered, present or behind the event (the lexicon's mentionFrames).
    ['The meeting was opened by Asanova Dinara, lawyer. The participants observed a minute of silence in memory of Sydykov Bakyt, the former head of the council.', [['Asanova Dinara', ['lawyer']]]],
    ['The meeting was opened by Asanova Dinara, lawyer, in the presence of the governor Kasymov Ulan.', [['Asanova Dinara', ['lawyer']]]],
    ['The meeting was opened by Asanova Dinara, lawyer, on the initiative of the deputy Kasymov Ulan.', [['Asanova Dinara', ['lawyer']]]],
    // Negative: a frame that ends before a sentence's end names no one after it.
    ['The meeting was held with the support of the IOM. Kasymov Ulan, expert, spoke.', [['Kasymov Ulan', ['expert']]]],
    // One on whose behalf another spoke; a cue between them is the next one's, as a verb before its subject.
    ['On behalf of the Minister Niyazbekov Ulan spoke his deputy Kim Oleg.', [['Kim Oleg', ['deputy']]]],
    ['On behalf of the Minister Niyazbekov Ulan, his deputy Kim Oleg greeted the participants.', [['Kim Oleg', ['deputy']]]],
    // A role that opens with a frame is none of the person beside it, but of the one right after it who says something.
    ['With the support of UNDP, expert Kim Oleg presented the study.', [['Kim Oleg', ['expert']]]],
    // The source of figures ("по данным" reports none in Russian either).
    ['Sadykov Bolot noted that there were 14 cases, according to the data of the district prosecutor Kasymaliev Erkin.', [['Sadykov Bolot', []]]],
    ['According to the data of the district prosecutor Kasymaliev Erkin, there were 14 cases.', []],
    // Negative: a reporting frame alone brings in a speaker.
    ['According to Kasymaliev Erkin, head of the department, there were 14 cases.', [['Kasymaliev Erkin', ['head of the department']]]],
    // (Not whom a speaker speaks for, a role of theirs: "on behalf of".)
    ['Kim Oleg, on behalf of UNDP, greeted the participants.', [['Kim Oleg', ['on behalf of UNDP']]]],
    ['In the presence of the governor Niyazbekov Ulan, who greeted the participants, the expert Kim Oleg spoke.', [['Niyazbekov Ulan', ['governor']], ['Kim Oleg', ['expert']]]],
  ])('the one a speaker thanked, congratulated or quoted, or one remembered, present or behind the event, is no speaker: %s', (text, expected) => {
    expect(nameAndRoles(`T\n\n${text}`)).toEqual(expected);
  });
  it('the one thanked is no speaker in Russian either ("… поблагодарил ректора НГУ Name")', () => {
    const r = parseMinutes('Открытая диалоговая площадка\n\nПриветственное слово произнес заместитель губернатора Маматов Эрлан, который поблагодарил ректора НГУ Осмонова Бакыта за помощь.\n');
    expect(pairs(r.speakers)).toEqual([['Маматов Эрлан', ['заместитель губернатора']]]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nВстречу открыла юрист Асанова Динара в присутствии губернатора Касымова Улана.\n').speakers)).toEqual([['Асанова Динара', ['юрист']]]);
  });
  it('one on whose behalf another spoke is no speaker in Russian either ("От имени министра Name выступил его заместитель Name2")', () => {
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nОт имени министра Ниязбекова Улана выступил его заместитель Ким Олег.\n').speakers)).toEqual([['Ким Олег', ['заместитель']]]);
  });
  it.each([
    ['The deputy of the local council Omurbekova Gulzat noted that the plan was approved by Sultanov Ruslan.', [['Omurbekova Gulzat', ['deputy of the local council']]]],
    ['Omurbekova Gulzat, deputy, noted that the construction of sidewalks is in the plan, prepared by the working group headed by Sultanov Ruslan.', [['Omurbekova Gulzat', ['deputy']]]],
    ['Omurbekova Gulzat stressed that the head of the department Sultanov Ruslan approved the plan.', [['Omurbekova Gulzat', []]]],
    ['Omurbekova Gulzat noted with concern that the plan of the mayor Sultanov Ruslan was not funded.', [['Omurbekova Gulzat', []]]],
    // (A passive verb of speech whose doer the clause names is what was done, not said at the meeting.)
    ['The member of the Public Council Nurbek Kadyrov noted that the program, supported by the Minister Baetov, should be extended.', [['Nurbek Kadyrov', ['member of the Public Council']]]],
    ['Omurbekova Gulzat said that the initiative was welcomed by the governor Kim Oleg.', [['Omurbekova Gulzat', []]]],
    // Negatives: one with a cue of their own, in the clause or after the name, or who answers; one in another clause or sentence.
    ['Omurbekova Gulzat noted that the study presented by Sultanov Ruslan was useful.', [['Omurbekova Gulzat', []], ['Sultanov Ruslan', []]]],
    ['The participants were welcomed by the governor Kim Oleg. Omurbekova Gulzat noted that the plan is ready.', [['Kim Oleg', ['governor']], ['Omurbekova Gulzat', []]]],
    ['Omurbekova Gulzat noted that Sultanov Ruslan, who spoke before her, was right.', [['Omurbekova Gulzat', []], ['Sultanov Ruslan', []]]],
    ['Omurbekova Gulzat said that the plan was approved by the council, and Kim Oleg spoke about tariffs.', [['Omurbekova Gulzat', []], ['Kim Oleg', []]]],
    ['Omurbekova Gulzat noted that the plan is ready. Sultanov Ruslan, expert, spoke about tariffs.', [['Omurbekova Gulzat', []], ['Sultanov Ruslan', ['expert']]]],
    // (A talk announced: the floor given in the present tense, a talk to come.)
    ['The moderator announced that the floor is given to Kim Oleg, expert of IOM.', [['Kim Oleg', ['expert of IOM']]]],
    ['The moderator said that Kim Oleg, expert of IOM, would present the study.', [['Kim Oleg', ['expert of IOM']]]],
  ])('one named in what a speaker said ("Name noted that … by Name2") is no speaker: %s', (text, expected) => {
    expect(nameAndRoles(`T\n\n${text}`)).toEqual(expected);
  });
  it('one named in what a speaker said is no speaker in Russian either ("Name отметила, что план утвердил Name2")', () => {
    const r = parseMinutes('Открытая диалоговая площадка\n\nДепутат местного кенеша Омурбекова Гульзат отметила, что план утвердил Султанов Руслан.\n');
    expect(pairs(r.speakers)).toEqual([['Омурбекова Гульзат', ['Депутат местного кенеша']]]);
    // (Negative: a talk announced.)
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nМодератор сообщила, что далее выступит эксперт МОМ Ким Олег.\n').speakers)).toEqual([['Ким Олег', ['эксперт МОМ']]]);
  });
  it.each([
    ['The moderator read out the greeting of the Minister of Internal Affairs Niyazbekov Ulan.', []],
    ['The meeting was opened by the moderator, who read out the greeting of the Minister Niyazbekov Ulan.', []],
    ['The greeting of the Minister Niyazbekov Ulan was read out. Then the expert Kim Oleg spoke.', [['Kim Oleg', ['expert']]]],
    ['The moderator conveyed greetings from the Minister Niyazbekov Ulan.', []],
    // Negatives: a greeting no one else read out is given in person; one who read out a letter, or a lecture, speaks.
    ['The greeting of the Minister Niyazbekov Ulan opened the meeting.', [['Niyazbekov Ulan', ['Minister']]]],
    ['Kim Oleg read out the letter of the mayor Niyazbekov Ulan, and Petrov Ivan spoke about tariffs.', [['Kim Oleg', []], ['Petrov Ivan', []]]],
    ['Professor Kim Oleg read a lecture on migration.', [['Kim Oleg', ['Professor']]]],
    // (One who read it out speaks, "by" before them: each had named no one, the deputy with the role "governor was
    // conveyed by his deputy".)
    ['The letter of the Ministry was read out by Kim Oleg, expert.', [['Kim Oleg', ['expert']]]],
    ['The greeting of the governor was conveyed by his deputy Kim Oleg.', [['Kim Oleg', ['deputy']]]],
    ['The greeting of the Minister Niyazbekov Ulan was read out by the moderator.', []],
  ])('one whose greeting or letter another read out is no speaker: %s', (text, expected) => {
    expect(nameAndRoles(`T\n\n${text}`)).toEqual(expected);
  });
  it('one whose greeting another read out is no speaker in Russian either ("зачитала приветствие министра Name")', () => {
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nМодератор зачитала приветствие министра внутренних дел Ниязбекова Улана.\n').speakers)).toEqual([]);
    const r = parseMinutes('Открытая диалоговая площадка\n\nБыло зачитано приветственное письмо от министра Ниязбекова Улана. Затем выступил эксперт Ким Олег.\n');
    expect(pairs(r.speakers)).toEqual([['Ким Олег', ['эксперт']]]);
  });
  it.each([
    ['The welcoming speech was made by Kim Sergei, lawyer. The event was covered by journalist Asanov Bolot.', [['Kim Sergei', ['lawyer']]]],
    ['The welcoming speech was made by Kim Sergei, lawyer. A film about the life of the poet Asanov Bolot was shown.', [['Kim Sergei', ['lawyer']]]],
    ['The welcoming speech was made by Kim Sergei, lawyer. The meeting was organized by the Public Council together with the office of the ombudsman Asanov Bolot.', [['Kim Sergei', ['lawyer']]]],
    // Negatives: a sentence with a cue, or one that opens with a name (after an opener or honorific too), is read.
    ['The welcoming speech was made by Kim Sergei, lawyer. Mr. Asanov Bolot, expert, took part.', [['Kim Sergei', ['lawyer']], ['Asanov Bolot', ['expert']]]],
    ['The welcoming speech was made by Kim Sergei, lawyer. Then Asanov Bolot, expert, took part.', [['Kim Sergei', ['lawyer']], ['Asanov Bolot', ['expert']]]],
    ['The event was covered by journalist Asanov Bolot. The welcoming speech was made by Kim Sergei, lawyer.', [['Kim Sergei', ['lawyer']]]],
  ])('a sentence of a cued paragraph that only mentions someone names no speaker: %s', (text, expected) => {
    expect(nameAndRoles(`T\n\n${text}`)).toEqual(expected);
  });
  it('the one something was sent to is no speaker in Russian either ("Отчет был направлен начальнику управления Name")', () => {
    const r = parseMinutes('Открытая диалоговая площадка\n\nС докладом выступил эксперт Ким Сергей. Отчет был направлен начальнику управления Асанову Болоту.\n');
    expect(pairs(r.speakers)).toEqual([['Ким Сергей', ['эксперт']]]);
    // Negative: one who answers in the same sentence speaks.
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nВопросы были адресованы Бековой Аиде, эксперту МОМ, которая подробно на них ответила.\n').speakers)).toEqual([['Бековой Аиде', ['эксперту МОМ']]]);
  });
  it('the subject of a talk before its presenter in Russian too ("… и о возвращенцах (Name)")', () => {
    const r = parseMinutes('Открытая диалоговая площадка\n\nБыли сделаны презентации о денежных переводах (Ким Анна) и о возвращенцах (Бекова Аида).\n');
    expect(pairs(r.speakers)).toEqual([['Ким Анна', []], ['Бекова Аида', []]]);
  });
  it.each([
    'With information about the religious situation in the region was performed the head of the regional department - Osmonaliev Rysbek.',
    'Further, with information about the situation performed the head of the regional department - Osmonaliev Rysbek.',
    'With a speech on the situation of migrants performed the head of the regional department - Osmonaliev Rysbek.',
    'With a report on the situation of migrants acted the head of the regional department Osmonaliev Rysbek.',
  ])('translated minutes: the subject up to the verb that stands for "выступил" ("performed", "acted") is no role; what follows it is: %s', (text) => {
    expect(nameAndRoles(`T\n\n${text}`)).toEqual([['Osmonaliev Rysbek', ['head of the regional department']]]);
  });
  it('"…, and by the head of X, Colonel Name": the roles from "by" on are that name’s, the rank too', () => {
    expect(nameAndRoles('T\n\nWelcoming speeches were delivered by the deputy governor Kasymaliev T. and by the head of the regional department, Colonel Omurov Azamat.')).toEqual([
      ['Kasymaliev T.', ['deputy governor']],
      ['Omurov Azamat', ['head of the regional department', 'Colonel']],
    ]);
  });
  it('a phrase of time that opens the sentence is no role ("On the first day, the head of X Name presented …")', () => {
    expect(nameAndRoles('T\n\nOn the first day, the head of the regional road department Dzhakypov Nurbek presented the "Plan of road repairs".')).toEqual([
      ['Dzhakypov Nurbek', ['head of the regional road department']],
    ]);
    expect(pairs(parseMinutes('Т\n\nВ первый день, начальник областного управления дорог Джакыпов Нурбек представил «План ремонта дорог».').speakers)).toEqual([
      ['Джакыпов Нурбек', ['начальник областного управления дорог']],
    ]);
  });
  it('a rank that ends the roles right before a name is a role of its own ("the head of the police department Colonel Name")', () => {
    expect(nameAndRoles('T\n\nAmong the speakers were the head of the Osh city police department Colonel Erlan Jusupov and Aida Bekova, lawyer.')).toEqual([
      ['Erlan Jusupov', ['head of the Osh city police department', 'Colonel']],
      ['Aida Bekova', ['lawyer']],
    ]);
    expect(nameAndRoles('T\n\nA speech was made by the head of the border service Lieutenant Colonel Asanov Bolot.')).toEqual([['Asanov Bolot', ['head of the border service', 'Lieutenant Colonel']]]);
    expect(parseMinutes('# Т\n\nВыступил начальник ОВД полковник милиции Асанов Болот.').speakers.map((x) => x.roles)).toEqual([['начальник ОВД', 'полковник милиции']]);
    // A rank of two words written "police Major" is the organisation's word and the rank.
    expect(nameAndRoles('T\n\nThe floor was given to the Inspector of the traffic police Major Usubaliev Bakyt.')).toEqual([['Usubaliev Bakyt', ['Inspector of the traffic police', 'Major']]]);
    expect(nameAndRoles('T\n\nThe floor was given to the head of the district department police major Usubaliev Bakyt.')).toEqual([['Usubaliev Bakyt', ['head of the district department', 'police major']]]);
    expect(nameAndRoles('T\n\nThe floor was given to the head of the department Lieutenant colonel Usubaliev Bakyt.')).toEqual([['Usubaliev Bakyt', ['head of the department', 'Lieutenant colonel']]]);
    // Negative: a rank alone, one of two words, a rank after "of", and "Prosecutor General" stay whole.
    expect(nameAndRoles('T\n\nA speech was made by Police Major Marat Usubaliev.')).toEqual([['Marat Usubaliev', ['Police Major']]]);
    expect(nameAndRoles('T\n\nA speech was made by the Prosecutor General Asanov Bolot.')).toEqual([['Asanov Bolot', ['Prosecutor General']]]);
    expect(nameAndRoles('T\n\nA speech was made by the aide of the Major Asanov Bolot.')).toEqual([['Asanov Bolot', ['aide of the Major']]]);
  });
  it('roles before a dash that leads to a rank and a name are that name’s ("…, the representative of X - **Colonel Name**")', () => {
    expect(nameAndRoles('T\n\nWith an introduction speech performed the akim of Leilek district - **Mamasaliev Abdimalik**, the representative of the Border Service - **Colonel Turdumatov Erkin**, and the head of the women\'s council – **Kurbanova Saodat**.')).toEqual([
      ['Mamasaliev Abdimalik', ['akim of Leilek district']],
      ['Turdumatov Erkin', ['representative of the Border Service', 'Colonel']],
      ['Kurbanova Saodat', ["head of the women's council"]],
    ]);
    // Negative: with no dash, the roles after the name before stay that name's ("Name, expert, Colonel Name2").
    expect(nameAndRoles('T\n\nSpeakers: Asanov Bolot, expert of X, Colonel Turdumatov Erkin.')).toEqual([
      ['Asanov Bolot', ['expert of X']],
      ['Turdumatov Erkin', ['Colonel']],
    ]);
  });
  it('a bracket right after a name is that name’s: "Name (“Title”) and by the head of X Name2"', () => {
    const text = 'T\n\nPresentations were made by the deputy head of the Border Service, Colonel Zhumaliev Nurbek ("Situation on the border") and by the head of the economy department Sadykova Asel ("Programme for border areas").';
    const record = parseMinutes(text);
    expect(pairs(record.speakers)).toEqual([
      ['Zhumaliev Nurbek', ['deputy head of the Border Service', 'Colonel']],
      ['Sadykova Asel', ['head of the economy department']],
    ]);
    expect(record.presentations).toEqual(['Situation on the border', 'Programme for border areas']);
    // An unquoted bracket there holds the name's roles.
    expect(nameAndRoles('T\n\nSpeeches were made by Zhumaliev Nurbek (Border Service) and by the head of the economy department Sadykova Asel.')).toEqual([
      ['Zhumaliev Nurbek', ['Border Service']],
      ['Sadykova Asel', ['head of the economy department']],
    ]);
  });
  it('a role that opens an entry after a semicolon, with a name later in it, is that name’s', () => {
    expect(nameAndRoles('T\n\nThe following spoke: the head of the district administration Aliev Bakyt; the head of the border detachment, Colonel Osmonov Ulan; Tursunov Maksat, chairman of the town kenesh; deputy of X.')).toEqual([
      ['Aliev Bakyt', ['head of the district administration']],
      ['Osmonov Ulan', ['head of the border detachment', 'Colonel']],
      ['Tursunov Maksat', ['chairman of the town kenesh', 'deputy of X']],
    ]);
    // Negative: the roles after a name up to the next semicolon stay that name's, and not the next person's.
    expect(nameAndRoles('T\n\nThe following spoke: Aliev Bakyt, head of the district administration; the head of the border detachment, Colonel Osmonov Ulan.')).toEqual([
      ['Aliev Bakyt', ['head of the district administration']],
      ['Osmonov Ulan', ['head of the border detachment', 'Colonel']],
    ]);
  });
});

describe('speakers: a table with a column headed as speakers, with no label above it', () => {
  const table = (heading: string) => `# Open dialogue platform\n\nParticipants: 44.\n\n| No. | ${heading} | Position | Topic |\n|---|---|---|---|\n| 1 | Mamytov Kanybek | head of the traffic police | Accidents in 2021 |\n| 2 | Sadykova Aigul | director of the NGO "Safe Roads" | Children on the roads |\n`;
  it('its rows are the speakers, and the topic cells their talks', () => {
    const r = parseMinutes(table('Speaker'));
    expect(pairs(r.speakers)).toEqual([
      ['Mamytov Kanybek', ['head of the traffic police']],
      ['Sadykova Aigul', ['director of the NGO "Safe Roads"']],
    ]);
    expect(r.presentations).toEqual(['Accidents in 2021', 'Children on the roads']);
  });
  it('negative: a table of attendees ("| Name | Position |") lists no speakers', () => {
    expect(parseMinutes(table('Name')).speakers).toEqual([]);
  });
});

describe('venue: a bare town on the date’s other side, and the "in" that joins the place to the date', () => {
  it('a bare town before the date gives the city when the place after it names none', () => {
    expect(value(venue, 'T\n\nDate and venue: Karakol, 3 December, 2021, conference hall of the regional administration')).toEqual({
      text: 'conference hall of the regional administration',
      city: 'Karakol',
      name: 'regional administration',
      room: 'conference hall',
    });
    // Negative: a person or an acronym there is no city.
    expect(value(venue, 'T\n\nDate and venue: Aibek Tashiev, 3 December, 2021, conference hall')?.city).toBeNull();
    expect(value(venue, 'T\n\nDate and venue: UNDP, 3 December, 2021, conference hall')?.city).toBeNull();
  });
  it('"… 2021 in Jalal-Abad city at the hotel": the place without its "in"', () => {
    expect(value(venue, 'T\n\nDate and venue: October 15th 2021 in Jalal-Abad city at the "Jannat" hotel')).toMatchObject({ text: 'Jalal-Abad city at the "Jannat" hotel', city: 'Jalal-Abad', name: 'Jannat' });
    // Negative: only the word "in": "Inkubator" is a name.
    expect(value(venue, 'T\n\nVenue: Inkubator business centre, Osh city')?.text).toBe('Inkubator business centre, Osh city');
  });
});

describe('ordinal words after a bullet ("- First, …")', () => {
  it('are the items’ numbers, and not part of their text', () => {
    expect(parseMinutes('T\n\nRecommendations:\n- First, to build a school;\n- Second, to repair roads.\n').suggestions).toEqual([
      { number: 1, text: 'to build a school' },
      { number: 2, text: 'to repair roads' },
    ]);
    // Negative: a lone "- First, …" bullet stays as written.
    expect(parseMinutes('T\n\nRecommendations:\n- First, to build a school;\n- to repair roads.\n').suggestions.map((s) => s.text)).toEqual(['First, to build a school', 'to repair roads']);
  });
});

describe('a "Speakers:" line of names with their roles in brackets, parted by commas', () => {
  it('each "Name (role)" is an entry, so a name of no known shape ("Kim Sergei") is one by its place', () => {
    expect(nameAndRoles('T\n\nSpeakers: Asanov Bolot (Ministry of Labour), Kim Sergei (IOM), Ivanova Olga (UNDP).')).toEqual([
      ['Asanov Bolot', ['Ministry of Labour']],
      ['Kim Sergei', ['IOM']],
      ['Ivanova Olga', ['UNDP']],
    ]);
    expect(nameAndRoles('T\n\nSpeakers: Kim Sergei (IOM), Li Anna (UNDP).')).toEqual([
      ['Kim Sergei', ['IOM']],
      ['Li Anna', ['UNDP']],
    ]);
    // Negative: roles after a name with no bracket stay that name's.
    expect(nameAndRoles('T\n\nSpeakers: Asanov Bolot, expert, Ministry of Labour.')).toEqual([['Asanov Bolot', ['expert', 'Ministry of Labour']]]);
  });
  it('an acronym alone after the bracket is the name\'s role, no name of its own ("Aida Bekova, expert (IOM), UNDP")', () => {
    expect(nameAndRoles('T\n\nSpeakers: Aida Bekova, expert (IOM), UNDP; Bolot Asanov, lawyer.')).toEqual([
      ['Aida Bekova', ['expert', 'IOM', 'UNDP']],
      ['Bolot Asanov', ['lawyer']],
    ]);
    expect(nameAndRoles('T\n\nSpeakers: Aida Bekova, PhD (Law), AUCA.')).toEqual([['Aida Bekova', ['PhD', 'Law', 'AUCA']]]);
    // Negative: a name in capitals of two words after the bracket is a name.
    expect(nameAndRoles('T\n\nSpeakers: Aida Bekova (IOM), KIM Sergei (UNDP).')).toEqual([
      ['Aida Bekova', ['IOM']],
      ['KIM Sergei', ['UNDP']],
    ]);
  });
});

describe('a sentence may end with an acronym ("… expert of IOM. Name …")', () => {
  it('the roles before the period are the first speaker’s, and the next line starts afresh', () => {
    expect(nameAndRoles('T\n\nPresentation 1: "Migration trends", Asanov Bolot, IOM.\nPresentation 2: "Legal aid", Osmonova Aida, lawyer.')).toEqual([
      ['Asanov Bolot', ['IOM']],
      ['Osmonova Aida', ['lawyer']],
    ]);
  });
});

describe('discussion: a label, a line that introduces the issues, then their list', () => {
  it('the items are the issues, not the introducing line', () => {
    expect(value(discussion, 'T\n\nDISCUSSION:\nParticipants raised the following issues:\n- poor quality of water;\n- lack of funds;\n- high tariffs.')).toEqual([
      'poor quality of water',
      'lack of funds',
      'high tariffs',
    ]);
    // Negative: a label's sentence with no list after it is the entry.
    expect(value(discussion, 'T\n\nDiscussion: Participants raised the quality of water.\n\nThe meeting closed.')).toEqual(['Participants raised the quality of water']);
  });
});

describe('discussion: a record of questions and answers', () => {
  it('each question is an issue raised, without its answer ("Q:" / "A:", "Question 1." / "Answer:", "Вопрос:" / "Ответ:")', () => {
    expect(value(discussion, 'T\n\nQuestions and answers:\nQ: When will the pipe be built?\nA: Next year.\nQ: Who pays?\nA: The budget.')).toEqual(['When will the pipe be built?', 'Who pays?']);
    expect(value(discussion, 'T\n\nQuestion 1. When will the pipe\nbe built?\nAnswer: next year.\n\nQuestion 2. Who pays?')).toEqual(['When will the pipe be built?', 'Who pays?']);
    // One question with its answer on its line, in bold labels.
    expect(value(discussion, 'T\n\n**Q:** When will the pipe be built? **A:** Next year.')).toEqual(['When will the pipe be built?']);
    expect(parseMinutes('Протокол\n\nВопросы и ответы:\nВопрос: Когда построят водопровод?\nОтвет: В следующем году.\nВопрос: Кто платит?\nОтвет: Бюджет.\n').discussion).toEqual(['Когда построят водопровод?', 'Кто платит?']);
  });
  it('negative: one question with no answer, an initial ("В. Иванов"), and issues under a discussion label come first', () => {
    expect(value(discussion, 'T\n\nQ: Who pays?')).toEqual([]);
    expect(parseMinutes('Протокол\n\nВ. Иванов сказал: да.\nВ. Петров сказал: нет.\n').discussion).toEqual([]);
    // Nor a time after the preposition that is also a label's letter ("В 10:00 …", "at 10:00").
    expect(parseMinutes('Протокол\n\nПрограмма:\nВ 10:00 регистрация участников.\nВ 10:30 открытие встречи.\n').discussion).toEqual([]);
    expect(value(discussion, 'T\n\nDiscussion:\n- tariffs;\n- water.\n\nQ: Who pays?\nA: The budget.')).toEqual(['tariffs', 'water']);
  });
});

describe('discussion: a label whose sentence introduces the issues on the same line', () => {
  it('"Discussion: participants raised the following issues: A; B; C": the issues, not the sentence', () => {
    const issues = ['lack of youth spaces', 'low trust in local authorities', 'few internships'];
    expect(value(discussion, 'T\n\nDiscussion: participants raised the following issues: lack of youth spaces; low trust in local authorities; few internships.')).toEqual(issues);
    // The same under a label of its own line (a bold heading).
    expect(value(discussion, 'T\n\n**Discussion**\n\nParticipants raised the following issues: lack of youth spaces; low trust in local authorities; few internships.')).toEqual(issues);
    // Negative: a colon inside an issue, or before one with no word of discussion, is the issue's.
    expect(value(discussion, 'T\n\nDiscussion: Water: no pipes; Roads: holes.')).toEqual(['Water: no pipes', 'Roads: holes']);
    expect(value(discussion, 'T\n\nDiscussion: lack of youth spaces; trust: low; few internships.')).toEqual(['lack of youth spaces', 'trust: low', 'few internships']);
  });
});

describe('moderator: roles between the moderator’s title and the name', () => {
  it('"opened by the moderator, member of the Public Council Name"', () => {
    expect(value(moderator, 'T\n\nThe platform was opened by the moderator, member of the Public Council Asanov Bolot.')).toMatchObject({
      name: { full: 'Asanov Bolot' },
      roles: ['member of the Public Council'],
    });
    // Negative: a verb after the title makes the person someone the moderator acts on.
    expect(value(moderator, 'T\n\nThe moderator thanked the head of the department Asanov Bolot.')).toBeNull();
    expect(value(moderator, 'T\n\nThe moderator gave the floor to the head of the department Asanov Bolot.')).toBeNull();
  });
});

describe('speakers named in brackets after their roles, then the verb', () => {
  it('"Representatives of X (Name) and Y (Name) made presentations": the verb is no role', () => {
    expect(nameAndRoles('T\n\nRepresentatives of the Ministry of Labour (Asanov Bolot) and IOM (Osmonova Aida) made presentations.')).toEqual([
      ['Asanov Bolot', ['Representatives of the Ministry of Labour']],
      ['Osmonova Aida', ['IOM']],
    ]);
    // Negative: words after the bracket that are no cue stay a role of the next name.
    expect(nameAndRoles('T\n\nSpeakers: Asanov Bolot (IOM), head of the unit.')).toEqual([['Asanov Bolot', ['IOM', 'head of the unit']]]);
  });
});

describe('topic: after "topic:" inside the title’s brackets', () => {
  it('ends with the brackets', () => {
    expect(value(topic, 'The 3rd Open Dialogue Platform in Batken region (topic: Women in local politics)\n\nText.')).toBe('Women in local politics');
    // Negative: brackets closed before the cue, or opened after it, do not end it.
    expect(value(topic, 'Open dialogue platform (Osh) on the topic Women in politics (part 2)\n\nText.')).toBe('Women in politics (part 2)');
  });
  it('and with its sentence ("Open Dialogue Platform. Topic: Youth and migration. Batken region.")', () => {
    expect(parseMinutes('Open Dialogue Platform. Topic: Youth and migration. Batken region.\n\nText.\n')).toMatchObject({ topic: 'Youth and migration', region: 'Batken' });
    // Negative: a period after initials or a short word ends none ("on the topic Roads of the Sh. Rashidov district").
    expect(value(topic, 'Open dialogue platform on the topic Roads of the Sh. Rashidov district\n\nText.')).toBe('Roads of the Sh. Rashidov district');
  });
});

describe('topic: a quotation alone under the title, a date or place line between', () => {
  it('"Open dialogue platform" / "Osh region, Kara-Kulja district, 9 September 2021" / "“Irrigation water distribution”"', () => {
    // (Had given no topic: the title ends before the date line, and the quotation is in no sentence.)
    const r = parseMinutes('Open dialogue platform\n\nOsh region, Kara-Kulja district, 9 September 2021\n\n"Irrigation water distribution: fairness and transparency"\n\nThe event was moderated by Abdyrov Tolonbek.\n');
    expect(r).toMatchObject({ title: 'Open dialogue platform', topic: 'Irrigation water distribution: fairness and transparency' });
    expect(value(topic, 'Open dialogue platform\n\nOsh region\n\n9 September 2021\n\n**«Irrigation water distribution»**\n\nText.')).toBe('Irrigation water distribution');
    expect(value(topic, 'Open dialogue platform\n\nBishkek, 9 September 2021\n\n"Irrigation water distribution"\n\nText.')).toBe('Irrigation water distribution');
    expect(value(topic, 'Открытая диалоговая площадка\n\nг. Ош, 9 сентября 2021 г.\n\n«Распределение поливной воды»\n\nТекст.')).toBe('Распределение поливной воды');
    // Wrapped: the date line and the quotation each over two lines.
    expect(value(topic, 'Open dialogue platform\n\nOsh region, Kara-Kulja district, 9\nSeptember 2021\n\n"Irrigation water distribution: fairness\nand transparency"\n\nText.')).toBe('Irrigation water distribution: fairness and transparency');
    // Negatives: a sentence, a label or three paragraphs between; a quotation with more after it.
    expect(value(topic, 'Open dialogue platform\n\nThe meeting took place on 9 September 2021.\n\n"Irrigation water distribution"\n\nText.')).toBeNull();
    expect(value(topic, 'Open dialogue platform\n\nDate: 9 September 2021\n\n"Irrigation water distribution"\n\nText.')).toBeNull();
    expect(value(topic, 'Open dialogue platform\n\nOsh region\n\nKara-Kulja district\n\n9 September 2021\n\n"Irrigation water distribution"\n\nText.')).toBeNull();
    expect(value(topic, 'Open dialogue platform\n\n9 September 2021\n\n"Irrigation" was discussed.\n\nText.')).toBeNull();
  });
});

describe('topic: "Topic:" labels in the items of a list of talks', () => {
  const talks = '\n\nPresentations:\n1. Topic: "Statistics of violence"\n   Speaker: Kanybek Sadyrov, head of the prevention unit\n2. Topic: "Work of crisis centres"\n   Speaker: Nazgul Toktosunova, director of the crisis centre\n';
  it('are the talks’ topics: the meeting’s comes from the title, and the talks keep their titles and speakers', () => {
    const r = parseMinutes(`Open dialogue platform\non the topic "Prevention of domestic violence"${talks}`);
    expect(r.topic).toBe('Prevention of domestic violence');
    expect(r.presentations).toEqual(['Statistics of violence', 'Work of crisis centres']);
    expect(r.speakers.map((p) => p.name.full)).toEqual(['Kanybek Sadyrov', 'Nazgul Toktosunova']);
  });
  it('a "Topic:" line outside them is still the meeting’s', () => {
    expect(parseMinutes(`Open dialogue platform\n\nTopic: "Roads"${talks}`).topic).toBe('Roads');
  });
});

describe('participants: groups counted each by itself ("12 teachers, 8 parents")', () => {
  it('are groups, and their first number is no total', () => {
    expect(value(participants, 'T\n\nParticipants: 12 teachers, 8 parents, 5 students.')).toEqual({ total: null, women: null, men: null, groups: ['12 teachers', '8 parents', '5 students'] });
    expect(value(participants, 'T\n\nParticipants: 12 teachers, 8 parents, 5 students (15 women, 10 men).')).toEqual({
      total: null,
      women: 15,
      men: 10,
      groups: ['12 teachers', '8 parents', '5 students'],
    });
    // Before the head count's brackets too.
    expect(value(participants, 'T\n\nParticipants: 29 farmers, 6 officials and 5 NGO staff (40 in total; 17 women, 23 men).')).toEqual({
      total: 40,
      women: 17,
      men: 23,
      groups: ['29 farmers', '6 officials and 5 NGO staff'],
    });
    expect(value(participants, 'T\n\nParticipants: representatives of 5 aiyl okmotus, 3 NGOs, media.')?.groups).toEqual(['representatives of 5 aiyl okmotus', '3 NGOs', 'media']);
    // Negative: a count of people stays the total, and its women and men no groups.
    expect(value(participants, 'T\n\nParticipants: 40 people – 31 women, 9 men.')).toEqual({ total: 40, women: 31, men: 9, groups: [] });
  });
});

describe('a presenter in brackets after the talk, with the role after a dash', () => {
  it('"“Title” (Name – role)": the role without the dash', () => {
    const r = parseMinutes('T\n\nPresentations:\n1. “Migration trends” (Asanov Bolot – expert of IOM)\n2. “Legal aid” (Osmonova Aida – lawyer)\n');
    expect(pairs(r.speakers)).toEqual([
      ['Asanov Bolot', ['expert of IOM']],
      ['Osmonova Aida', ['lawyer']],
    ]);
    expect(r.presentations).toEqual(['Migration trends', 'Legal aid']);
  });
});

describe('venue in running text: the place ends before its participants', () => {
  it.each([
    ['The event took place on 5 May 2022 at the Talas regional library (Talas city) with the participation of 30 people.', 'the Talas regional library (Talas city)'],
    ['The meeting, which was held on 5.05.2022 in Talas, brought together 30 participants.', 'Talas'],
  ])('"%s"', (sentence, text) => {
    expect(parseMinutes(`Open dialogue platform\n\n${sentence}\n`).venue?.text).toBe(text);
  });
  it('in Russian, before "с участием"', () => {
    expect(parseMinutes('Открытая диалоговая площадка\n\nВстреча прошла 5 мая 2022 года в г. Талас с участием 30 человек.\n').venue?.text).toBe('г. Талас');
  });
});

describe('venue: a label that names no city takes the one of the place line under the title', () => {
  it('"Chui region, Kemin district, Kemin town" over "Venue: district administration, assembly hall"', () => {
    expect(parseMinutes('OPEN DIALOGUE PLATFORM\n\nChui region, Kemin district, Kemin town\n\nDate: 11.11.2021\n\nVenue: district administration, assembly hall\n').venue).toEqual({
      text: 'district administration, assembly hall',
      city: 'Kemin',
      name: 'district administration',
      room: 'assembly hall',
    });
  });
  it('negative: a line under the title that names no town gives none', () => {
    expect(parseMinutes('OPEN DIALOGUE PLATFORM\n\nChui region\n\nDate: 11.11.2021\n\nVenue: district administration, assembly hall\n').venue?.city).toBeNull();
  });
});

describe('venue: the date and place in brackets after the title’s topic', () => {
  it('the brackets are not the place’s, on either side of the date', () => {
    for (const bracket of ['(18 March 2021, Osh city)', '(Osh city, 18 March 2021)']) {
      const r = parseMinutes(`Open dialogue platform in Osh region on the topic “Migration” ${bracket}\n\nModerator: Asanov Bakyt, expert.\n`);
      expect(r.date?.text).toBe('18 March 2021');
      expect(r.venue).toEqual({ text: 'Osh city', city: 'Osh', name: null, room: null });
    }
  });
  it('negative: a bracket that the place holds whole stays', () => {
    expect(parseMinutes('T\n\nDate and venue: 18 March 2021, Osh (hotel “Orto-Asia”)\n').venue?.text).toBe('Osh (hotel “Orto-Asia”)');
  });
});

describe('venue in running text after "met", "convened", "assembled"', () => {
  it.each([
    ['On 12 August 2021 the Open Dialogue Platform met at the Karakol city hall. About thirty people came.', 'the Karakol city hall', 'Karakol'],
    ['The public council convened in Naryn town on 3 May 2022.', 'Naryn town', 'Naryn'],
    ['Thirty residents assembled at the “Ak-Keme” hotel in Bishkek.', 'the “Ak-Keme” hotel in Bishkek', 'Bishkek'],
  ])('"%s"', (sentence, text, city) => {
    const r = parseMinutes(`Open dialogue platform\n\n${sentence}\n`);
    expect(r.venue?.text).toBe(text);
    expect(r.venue?.city).toBe(city);
  });
  it('a time before the place is passed over ("in the afternoon in the conference hall of the town library")', () => {
    expect(parseMinutes('Open dialogue platform\n\nThe meeting took place in the afternoon in the conference hall of the town library.\n').venue).toEqual({
      text: 'the conference hall of the town library',
      city: null,
      name: 'town library',
      room: 'conference hall',
    });
  });
  it('in Russian, after "собрались"', () => {
    expect(parseMinutes('Открытая диалоговая площадка\n\n5 мая 2022 года участники собрались в г. Талас.\n').venue?.text).toBe('г. Талас');
  });
  it.each([
    'The moderator met with the heads of departments before the meeting.',
    'The meeting met the expectations of the residents.',
    'They met at noon.',
    // After an article, no place word, capital or quotation: a time or a spot, no place.
    'The meeting was held at the end of the year.',
    'The meeting took place in the afternoon.',
    'The moderator met the guests at the entrance.',
  ])('negative: "%s" names no place', (sentence) => {
    expect(parseMinutes(`Open dialogue platform\n\n${sentence}\n`).venue).toBeNull();
  });
});

describe('venue: hospitals, colleges and the like are buildings', () => {
  it.each([
    ['Jalal-Abad city, regional hospital, conference hall', { city: 'Jalal-Abad', name: 'regional hospital', room: 'conference hall' }],
    ['Bazar-Korgon village, the hall of the district hospital', { city: 'Bazar-Korgon', name: 'district hospital', room: 'hall' }],
    ['Naryn town, agrarian college', { city: 'Naryn', name: 'agrarian college', room: null }],
    ['Naryn city, UCA campus', { city: 'Naryn', name: 'UCA campus', room: null }],
    ['г. Ош, областная больница', { city: 'Ош', name: 'областная больница', room: null }],
    // A room with a word or two before its room word ("small conference hall") is still named first.
    ['Talas city, small conference hall of the Talas regional state administration', { city: 'Talas', name: 'Talas regional state administration', room: 'small conference hall' }],
    ['Naryn town, the big meeting room of the district administration', { city: 'Naryn', name: 'district administration', room: 'big meeting room' }],
    // Negative: a capitalised word before the room word is a name, not the room's ("Ala-Too conference hall").
    ['Naryn town, Ala-Too conference hall', { city: 'Naryn', name: null, room: 'Ala-Too conference hall' }],
    // A building, then its room: the place and the room.
    ['the town of Naryn, at the Naryn State University assembly hall', { city: 'Naryn', name: 'Naryn State University', room: 'assembly hall' }],
    ['Talas city, the district administration conference room', { city: 'Talas', name: 'district administration', room: 'conference room' }],
    // Negative: not after words that name no building.
    ['Bishkek, the Ministry of Education assembly hall', { city: 'Bishkek', name: null, room: 'Ministry of Education assembly hall' }],
    // "Hall", a building's word too, is the room after a building's word ("administration"; the whole had been the
    // room, and the place none), but not after a town's ("Karakol town hall" is one building).
    ['the Regional administration hall', { city: null, name: 'Regional administration', room: 'hall' }],
    ['Isfana town, Leilek district administration hall', { city: 'Isfana', name: 'Leilek district administration', room: 'hall' }],
    ['Karakol town hall', { city: 'Karakol', name: 'Karakol town hall', room: null }],
    ['Naryn, Music hall', { city: 'Naryn', name: null, room: 'Music hall' }],
    // A room named after a hotel's word: the place is the hotel's name without the room ("Orto-Asia conference hall" had been the name).
    ['Osh, Orto-Asia hotel conference hall', { city: 'Osh', name: 'Orto-Asia', room: 'conference hall' }],
    ['Osh, the Sunrise restaurant banquet hall', { city: 'Osh', name: 'Sunrise', room: 'banquet hall' }],
    ['г. Ош, банкетный зал ресторана «Восход»', { city: 'Ош', name: 'Восход', room: 'банкетный зал' }],
    // Negative: a hotel alone keeps no room.
    ['Osh, Orto-Asia hotel', { city: 'Osh', name: 'Orto-Asia', room: null }],
  ])('"%s"', (text, want) => {
    expect(parseVenue(text, /[а-я]/.test(text) ? ru : en)).toEqual({ text, ...want });
  });
});

describe('venue: a building, then its city in brackets', () => {
  it('"the Talas regional library (Talas city)": the library is the named place, and the city the city', () => {
    expect(parseVenue('the Talas regional library (Talas city)', en)).toEqual({ text: 'the Talas regional library (Talas city)', city: 'Talas', name: 'Talas regional library', room: null });
    // Negative: a region in brackets after the city is neither.
    expect(parseVenue('Kyzyl-Kiya city (Batken region)', en)).toEqual({ text: 'Kyzyl-Kiya city (Batken region)', city: 'Kyzyl-Kiya', name: null, room: null });
  });
});

describe('speakers named with no ending, initial or honorific ("John Smith") where a person must follow', () => {
  it('right after a cue that ends with "by", and after "and" that follows a named person’s role', () => {
    expect(nameAndRoles('T\n\nWelcome speeches were made by John Smith, IOM Chief of Mission, and Anna Schmidt, GIZ project manager.')).toEqual([
      ['John Smith', ['IOM Chief of Mission']],
      ['Anna Schmidt', ['GIZ project manager']],
    ]);
    // Beside a name the endings mark: "John Smith" had been a second role of Ulan Shamshiev.
    expect(nameAndRoles('T\n\nA welcoming speech was made by Ulan Shamshiev, expert of the Council, and John Smith, head of IOM office.')).toEqual([
      ['Ulan Shamshiev', ['expert of the Council']],
      ['John Smith', ['head of IOM office']],
    ]);
    expect(parseMinutes('T\n\nThe presentation was made by Marco Rossi, expert.').speakers.map((p) => p.name)).toEqual([
      { full: 'Marco Rossi', given: 'Marco', patronymic: null, family: 'Rossi' },
    ]);
  });
  it('opening a sentence whose cue comes after it and its roles', () => {
    expect(nameAndRoles('T\n\nJane Doe, UN Women representative, made a presentation on gender.')).toEqual([['Jane Doe', ['UN Women representative']]]);
    expect(nameAndRoles('T\n\nThen Jane Doe, head of the IOM office, spoke about safe migration.')).toEqual([['Jane Doe', ['head of the IOM office']]]);
    expect(nameAndRoles('T\n\nThe moderator opened the meeting. Jane Doe spoke about safe migration.')).toEqual([['Jane Doe', []]]);
  });
  it('negative: a place, an organisation or a position in capitals is no name', () => {
    for (const sentence of ['Welcome Remarks were made by the mayor.', 'Jogorku Kenesh deputies spoke.', 'Open Dialogue Platform participants noted the problems.', 'The meeting was opened by Osh City Hall.', 'Speeches were made by Public Foundation Leader.', 'The presentation was made by Deputy Mayor, and the discussion followed.', 'A speech was made by UNDP Kyrgyzstan.']) {
      expect(nameAndRoles(`T\n\n${sentence}`)).toEqual([]);
    }
    // Nor words that only follow a role, with no "and" and no cue before them.
    expect(nameAndRoles('T\n\nA speech was made by Ulan Shamshiev, expert of the Council, Jogorku Kenesh.')).toEqual([['Ulan Shamshiev', ['expert of the Council', 'Jogorku Kenesh']]]);
  });
  it('isBareName: two or three plain capitalised words', async () => {
    const { isBareName } = await import('../src/names.js');
    expect(['John Smith', 'Anne-Marie Dupont', 'Marco De Luca'].map((t) => isBareName(t, en))).toEqual([true, true, true]);
    expect(['John', 'Osh City Hall', 'Deputy Mayor', 'IOM Office', 'Aibek Tashiev', 'John A. Smith', 'One Two Three Four'].map((t) => isBareName(t, en))).toEqual([false, false, false, false, false, false, false]);
  });
  it('after a position, an acronym or an organisation’s word before the cue, which are the roles', () => {
    expect(nameAndRoles('T\n\nThe representative of UNICEF Sarah Miller presented the results of the water quality study.')).toEqual([['Sarah Miller', ['representative of UNICEF']]]);
    expect(nameAndRoles('T\n\nThe expert Sarah Miller spoke about the study.')).toEqual([['Sarah Miller', ['expert']]]);
    expect(nameAndRoles('T\n\nThe expert Anna Maria Schmidt spoke about the study.')).toEqual([['Anna Maria Schmidt', ['expert']]]);
    expect(nameAndRoles('T\n\nThe head of the Department John Smith informed the participants about the programme.')).toEqual([['John Smith', ['head of the Department']]]);
    expect(nameAndRoles('T\n\nThen the expert Sarah Miller, UNDP, spoke about the study.')).toEqual([['Sarah Miller', ['expert', 'UNDP']]]);
    expect(nameAndRoles('T\n\nThe presentation was made by the expert Sarah Miller.')).toEqual([['Sarah Miller', ['expert']]]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nЭксперт Сара Миллер выступила с докладом. Представитель ЮНИСЕФ Джон Смит рассказал о результатах.').speakers)).toEqual([
      ['Сара Миллер', ['Эксперт']],
      ['Джон Смит', ['Представитель ЮНИСЕФ']],
    ]);
  });
  it('with the body the person comes from after the name, before the cue ("Sarah Miller from UNDP spoke …", "Sarah Miller (UNDP) spoke …")', () => {
    // (They had given no one.)
    expect(nameAndRoles('T\n\nSarah Miller from UNDP spoke about jobs.')).toEqual([['Sarah Miller', ['UNDP']]]);
    expect(nameAndRoles('T\n\nThen Sarah Miller (UNDP, expert) told about jobs.')).toEqual([['Sarah Miller', ['UNDP', 'expert']]]);
    expect(nameAndRoles('T\n\nSarah Miller from UNDP and John Smith from USAID spoke about jobs.')).toEqual([['Sarah Miller', ['UNDP']], ['John Smith', ['USAID']]]);
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\nСара Миллер из ПРООН рассказала о работе.\n').speakers)).toEqual([['Сара Миллер', ['ПРООН']]]);
    // Negatives: "of" joins an organisation's name as often ("Green Economy of UNDP"); a place's or organisation's word is no name's.
    expect(nameAndRoles('T\n\nGreen Economy of UNDP presented a study.')).toEqual([]);
    expect(nameAndRoles('T\n\nYouth Bank from Osh presented a study.')).toEqual([]);
    expect(nameAndRoles('T\n\nSarah Miller from UNDP was not present.')).toEqual([]);
  });
  it('several joined by "and" before the cue, with roles or none', () => {
    expect(nameAndRoles('T\n\nThe expert Sarah Miller and the lawyer John Smith spoke about the study.')).toEqual([
      ['Sarah Miller', ['expert']],
      ['John Smith', ['lawyer']],
    ]);
    // (Anna is a common given name, so "Anna Schmidt" had been found alone.)
    expect(nameAndRoles('T\n\nJohn Smith and Anna Schmidt spoke about the study.')).toEqual([['John Smith', []], ['Anna Schmidt', []]]);
  });
  it('in a list item or after a "Moderator:" label, the bare name after its roles', () => {
    expect(nameAndRoles('T\n\nSpeakers:\n- the expert Sarah Miller;\n- the lawyer John Smith.')).toEqual([['Sarah Miller', ['expert']], ['John Smith', ['lawyer']]]);
    expect(nameAndRoles('T\n\nSpeakers:\n- coordinator of UNDP Green Economy – Sarah Miller;\n- Aibek Asanov, lawyer.')).toEqual([
      ['Sarah Miller', ['coordinator of UNDP Green Economy']],
      ['Aibek Asanov', ['lawyer']],
    ]);
    const chair = (text: string) => {
      const m = parseMinutes(`T\n\n${text}`).moderator;
      return m && [m.name.full, m.roles];
    };
    expect(chair('Moderator: the expert Sarah Miller.')).toEqual(['Sarah Miller', ['expert']]);
    expect(chair('Moderator: coordinator of UNDP Green Economy, Sarah Miller.')).toEqual(['Sarah Miller', ['coordinator of UNDP Green Economy']]);
    expect(chair('The meeting was moderated by the expert Sarah Miller.')).toEqual(['Sarah Miller', ['expert']]);
    expect(parseMinutes('Открытая диалоговая площадка\n\nМодератор: эксперт Сара Миллер.').moderator).toMatchObject({ name: { full: 'Сара Миллер' }, roles: ['эксперт'] });
    expect(chair('Moderator: Sarah Miller, expert.')).toEqual(['Sarah Miller', ['expert']]);
  });
  it('negative: capitalised words after a word that is no position, or of an organisation after "of", or a role a name follows', async () => {
    for (const sentence of ['The delegation visited Green Valley and presented the report.', 'The Ministry of Labour Social Security presented the report.', 'The head of Rural Water Supply Sarah Miller spoke.', 'The participants and the experts spoke about the study.']) {
      expect(nameAndRoles(`T\n\n${sentence}`)).toEqual([]);
    }
    // (A bare name after the dash is not found as one there yet; but the organisation's words are no name either.)
    expect(nameAndRoles('T\n\nThe presentation was made by the coordinator of UNDP Green Economy - Sarah Miller.').map(([name]) => name)).not.toContain('Green Economy');
    // (The name after the dash is Ms. Toktogulova's, and the role hers: "Water Supply" is no name.)
    expect(nameAndRoles('T\n\nA presentation was made by engineer of the Department of Water Supply – Ms. Zhyldyz Toktogulova.')).toEqual([
      ['Zhyldyz Toktogulova', ['engineer of the Department of Water Supply']],
    ]);
    const { titledBareName } = await import('../src/names.js');
    expect(['the Department of Water Supply', 'the delegation visited Green Valley', 'Ministry of Labour Social Security', 'member of Open Society'].map((t) => titledBareName(t, en))).toEqual([-1, -1, -1, -1]);
  });
});

describe('an attendee list a line each, with no markers and no end marks', () => {
  const minutes = (list: string, prose: string) => `Open dialogue platform in Talas region\n\n${list}\n\n${prose}\n`;
  it('its lines are items: a speaker named there by the family name or without roles takes the name and roles it gives', () => {
    const r = parseMinutes(minutes('List of participants:\nAbdyrov T.Sh. – Chairman of the Coordination Council (moderator)\nJumabekov A.K. – deputy governor of Talas region\nOsmonova A.T. – head of the migration department', 'Jumabekov A.K. welcomed the participants. Osmonova A.T. presented the report “Migration in 2020”.'));
    expect(pairs(r.speakers)).toEqual([
      ['Jumabekov A.K.', ['deputy governor of Talas region']],
      ['Osmonova A.T.', ['head of the migration department']],
    ]);
    expect(r.moderator?.name.full).toBe('Abdyrov T.Sh.');
    // After an honorific too.
    const honorific = parseMinutes(minutes('Attended:\nMs. Aida Bekova – lawyer of the legal clinic\nMr. Bolot Asanov – head of the migration office', 'Ms. Bekova spoke about legal aid.'));
    expect(pairs(honorific.speakers)).toEqual([['Aida Bekova', ['lawyer of the legal clinic']]]);
  });
  it('its last line may count the rest, a paragraph of its own: the groups before its dash, and the count', () => {
    const list = 'Present:\nSultanova A.K. – chairperson of the Public Council (chair)\nOmorov B.T. – deputy head of the regional education department\nRyskulova Zh. – parent, member of the association “Ravenstvo”\nteachers, parents and representatives of NGOs – 37 persons in total (29 women, 8 men)';
    const r = parseMinutes(minutes(list, 'Omorov B.T. presented the legal framework. Ryskulova Zh. told about the problems of parents.'));
    // (The last line had made the list no list: no roles, and "member of the association “Ravenstvo” teachers" a group.)
    expect(pairs(r.speakers)).toEqual([
      ['Omorov B.T.', ['deputy head of the regional education department']],
      ['Ryskulova Zh.', ['parent', 'member of the association “Ravenstvo”']],
    ]);
    expect(r.participants).toEqual({ total: 37, women: 29, men: 8, groups: ['teachers', 'parents and representatives of NGOs'] });
    expect(r.moderator?.name.full).toBe('Sultanova A.K.');
    // So does such a paragraph by itself: "Farmers, teachers – 40 people attended".
    expect(parseMinutes('T\n\nTeachers, parents and representatives of NGOs – 37 persons in total (29 women, 8 men).\n').participants?.groups).toEqual(['Teachers', 'parents and representatives of NGOs']);
    // A last line in lower case with no count is the entry above wrapped on to it (since 2026-12-05; it had been read as
    // an entry that lost its name, and the list as none).
    const wrapped = parseMinutes(minutes('Present:\nSultanova A.K. – chairperson of the Public Council (chair)\nOmorov B.T. – deputy head of the regional\neducation department', 'Omorov B.T. presented the legal framework.'));
    expect(pairs(wrapped.speakers)).toEqual([['Omorov B.T.', ['deputy head of the regional education department']]]);
    // (The last line that counts the rest is no wrap of the entry above: the first case.) Negative: the words of the count
    // are no groups.
    expect(parseMinutes('T\n\nWomen – 20, men – 18, total – 38.\n').participants).toEqual({ total: 38, women: 20, men: 18, groups: [] });
  });
  it('negative: lines that open with no name, one line alone, or a head that names no one', () => {
    const groups = parseMinutes(minutes('Participants:\nrepresentatives of government agencies\nJournalists and bloggers', 'Ms. Bekova spoke about legal aid.'));
    expect(pairs(groups.speakers)).toEqual([['Bekova', []]]);
    const one = parseMinutes(minutes('Attended:\nMs. Aida Bekova – lawyer of the legal clinic', 'Ms. Bekova spoke about legal aid.'));
    expect(pairs(one.speakers)).toEqual([['Bekova', []]]);
    const other = parseMinutes(minutes('Organisers:\nMs. Aida Bekova – lawyer of the legal clinic\nMr. Bolot Asanov – head of the migration office', 'Ms. Bekova spoke about legal aid.'));
    expect(pairs(other.speakers)).toEqual([['Bekova', []]]);
  });
});

describe('groups numbered on the "Participants:" line', () => {
  it('"1) …; 2) …" or "a) …, b) …": the numbers and letters are no part of the groups, and "1)" is no head count', () => {
    const groups = (line: string) => parseMinutes(`T\n\n${line}\n`).participants;
    expect(groups('Participants: 1) representatives of state bodies; 2) NGOs; 3) journalists.')).toEqual({ total: null, women: null, men: null, groups: ['representatives of state bodies', 'NGOs', 'journalists'] });
    expect(groups('Participants: a) representatives of state bodies, b) NGOs, c) journalists.')?.groups).toEqual(['representatives of state bodies', 'NGOs', 'journalists']);
    // Negative: a head count first is still one; a number that opens one group only is the group's.
    expect(groups('Participants: 40 (24 women, 16 men).')).toEqual({ total: 40, women: 24, men: 16, groups: [] });
    expect(groups('Participants: teachers, 3 NGOs, journalists.')?.groups).toEqual(['teachers', '3 NGOs', 'journalists']);
  });
});

describe('a sentence ends after a capitalised word of three letters ("… by Sergei Kim.")', () => {
  it('the name before it is a speaker, and the next sentence names someone else', () => {
    expect(nameAndRoles('T\n\nThe report was made by Sergei Kim. Then Aida Bekova, lawyer, spoke.')).toEqual([
      ['Sergei Kim', []],
      ['Aida Bekova', ['lawyer']],
    ]);
    const r = parseMinutes('T\n\nThe meeting was moderated by Olga Pak. Aida Bekova, lawyer, spoke about rights.\n');
    expect([r.moderator?.name.full, r.speakers.map((p) => p.name.full)]).toEqual(['Olga Pak', ['Aida Bekova']]);
  });
  it('negative: an honorific or abbreviation of three letters ends no sentence, nor does a middle initial', () => {
    expect(nameAndRoles('T\n\nThe speech was made by Mrs. Bekova Aida, lawyer.')).toEqual([['Bekova Aida', ['lawyer']]]);
    expect(nameAndRoles('T\n\nThe speech was made by Tolonbek Sh. Abdyrov, professor.')).toEqual([['Tolonbek Sh. Abdyrov', ['professor']]]);
  });
  it('sentenceEnd: after "Kim." and "NGOs.", not after "Mrs.", "Dep." or "Sh."', async () => {
    const { sentenceEnd } = await import('../src/text.js');
    const end = (text: string) => sentenceEnd(text, 0, en);
    expect(end('Made by Sergei Kim. Then')).toBe(18);
    expect(end('Made by NGOs. Then')).toBe(12);
    for (const text of ['Made by Mrs. Bekova', 'Made by Dep. Mayor Asanov', 'Made by Tolonbek Sh. Abdyrov']) expect(end(text)).toBe(text.length);
  });
});

describe('a sentence ends after a bold name ("… **Mamatov Bakyt Asanovich**. Then …")', () => {
  it('the roles in the next sentence, before a dash, are the next person’s', () => {
    expect(
      nameAndRoles('T\n\nThe meeting was opened by the vice-governor **Mamatov Bakyt Asanovich**. Then the floor was given to the head of the department of the State Agency of Architecture, Construction and Housing and Communal Services – **Tursunov Nurlan**.'),
    ).toEqual([
      ['Mamatov Bakyt Asanovich', ['vice-governor']],
      ['Tursunov Nurlan', ['head of the department of the State Agency of Architecture, Construction and Housing and Communal Services']],
    ]);
  });
  it('sentenceEnd: after "**Kim**." and "“**Title**”.", not after "**Sh**." nor "**Mrs**."', async () => {
    const { sentenceEnd } = await import('../src/text.js');
    const end = (text: string) => sentenceEnd(text, 0, en);
    expect(end('Made by **Sergei Kim**. Then')).toBe(22);
    expect(end('The topic “**Risks of migration**”. Then')).toBe(34);
    for (const text of ['Made by Tolonbek **Sh**. Abdyrov', 'Made by **Mrs**. Bekova']) expect(end(text)).toBe(text.length);
  });
});

describe('a list of names alone between commas ("Speakers: Kim Sergei, Li Anna, Park Olga")', () => {
  it('each is a speaker when the first and every other is a bare name, three at least', () => {
    expect(nameAndRoles('T\n\nSpeakers: Kim Sergei, Li Anna, Park Olga.')).toEqual([
      ['Kim Sergei', []],
      ['Li Anna', []],
      ['Park Olga', []],
    ]);
    expect(nameAndRoles('T\n\nSpeakers: John Smith, Anna Schmidt, Marco Rossi.').map(([name]) => name)).toEqual(['John Smith', 'Anna Schmidt', 'Marco Rossi']);
  });
  it('two are speakers when each holds one of the lexicon’s common given names', () => {
    expect(nameAndRoles('T\n\nSpeakers: Kim Sergei, Li Anna.')).toEqual([
      ['Kim Sergei', []],
      ['Li Anna', []],
    ]);
    // (And with a role after them, the given names tell the names from it.)
    expect(nameAndRoles('T\n\nSpeakers: Kim Sergei, Li Anna, expert.')).toEqual([
      ['Kim Sergei', []],
      ['Li Anna', ['expert']],
    ]);
    const [kim] = parseMinutes('T\n\nSpeakers: Kim Sergei, Li Anna.').speakers;
    expect(kim!.name).toEqual({ full: 'Kim Sergei', given: 'Sergei', patronymic: null, family: 'Kim' });
  });
  it.each([
    // A first name with a family ending: what follows may be a body no lexicon names.
    ['Speakers: Asanov Bakyt, Jogorku Kenesh, Akyikatchy Aparatus.', [['Asanov Bakyt', ['Jogorku Kenesh', 'Akyikatchy Aparatus']]]],
    // One part after the name: as likely an organisation.
    ['Speakers: John Smith, Red Crescent.', [['John Smith', ['Red Crescent']]]],
    // A role among them.
    ['Speakers: Marco Rossi, John Smith, expert.', [['Marco Rossi', ['John Smith', 'expert']]]],
    ['Speakers: Kim Sergei, Deputy Mayor, Osh City Hall.', [['Kim Sergei', ['Deputy Mayor', 'Osh City Hall']]]],
    // Two, one of them with no common given name.
    ['Speakers: Kim Sergei, World Vision.', [['Kim Sergei', ['World Vision']]]],
  ])('negative: "%s" keeps its parts as roles', (line, want) => {
    expect(nameAndRoles(`T\n\n${line}`)).toEqual(want);
  });
});

describe('a paragraph of labelled lines in a text with blank lines is cut before each label', () => {
  it('so a "Presentations:" line under the moderator’s is read as its own', () => {
    const r = parseMinutes('Open dialogue platform\n\nModerator: Bekova Nazira, expert.\nPresentations: “Jobs for youth”, “Migration”.\nSuggestions: 1) to repair roads; 2) to build schools.\n');
    expect(r.moderator).toEqual({ name: { full: 'Bekova Nazira', given: 'Nazira', patronymic: null, family: 'Bekova' }, roles: ['expert'] });
    expect(r.presentations).toEqual(['Jobs for youth', 'Migration']);
    expect(r.suggestions).toEqual([
      { number: 1, text: 'to repair roads' },
      { number: 2, text: 'to build schools' },
    ]);
  });
  it('negative: a label’s content goes on over its lines (a speaker’s entry, "Speaker 1:" / "Position:" / "Topic:", stays one: see "an entry of its own per speaker")', () => {
    expect(parseMinutes('T\n\nModerator: Bekova Nazira,\nexpert of the Public Council.\nPlace: Osh.\n').moderator?.roles).toEqual(['expert of the Public Council']);
  });
});

describe('quotes doubled as CSV doubles them', () => {
  it('are single again: the venue’s name, the topic, a role', () => {
    const r = parseMinutes('Open dialogue platform on the topic ""Youth and jobs""\n\nModerator: Bekova Nazira, expert of the NGO ""Ak-Jol"".\n\nVenue: Osh, hotel ""Orto-Asia""\n');
    expect(r.topic).toBe('Youth and jobs');
    expect(r.moderator?.roles).toEqual(['expert of the NGO "Ak-Jol"']);
    expect(r.venue).toEqual({ text: 'Osh, hotel "Orto-Asia"', city: 'Osh', name: 'Orto-Asia', room: null });
    // Negative: an empty pair stays, and names nothing.
    expect(normalize('Venue: ""')).toBe('Venue: ""');
    expect(parseMinutes('T\n\nVenue: Osh, hotel ""\n').venue?.name ?? null).toBeNull();
  });
});

describe('a "Speakers:" line inside a paragraph of labelled lines', () => {
  it('is read as a list, wherever it stands in the paragraph', () => {
    const text = 'T\n\nTopic: “Water”\nModerator: Bekova Nazira Asanovna, member of the Public Council.\nPlace: Talas, hotel “Talas Plaza”.\nSpeakers: Kim Sergei, lawyer; Asanov Bolot, expert.\nNumber of participants: 27.';
    expect(nameAndRoles(text)).toEqual([
      ['Kim Sergei', ['lawyer']],
      ['Asanov Bolot', ['expert']],
    ]);
    const record = parseMinutes(text);
    expect(record.moderator?.name.full).toBe('Bekova Nazira Asanovna');
    expect(record.participants?.total).toBe(27);
    const ru = parseMinutes('ОТКРЫТАЯ ДИАЛОГОВАЯ ПЛОЩАДКА\n\nМодератор: Бекова Назира Асановна.\nВыступили: Ким Сергей, юрист; Пак Ольга, эксперт.');
    expect(ru.speakers).toEqual([
      { name: { full: 'Ким Сергей', given: 'Сергей', patronymic: null, family: 'Ким' }, roles: ['юрист'] },
      { name: { full: 'Пак Ольга', given: 'Ольга', patronymic: null, family: 'Пак' }, roles: ['эксперт'] },
    ]);
  });
  it('the sentences before it are read as before', () => {
    expect(nameAndRoles('T\n\nThe meeting was opened by the deputy mayor Asanov Bolot.\nSpeakers: Kim Sergei, lawyer.')).toEqual([
      ['Asanov Bolot', ['deputy mayor']],
      ['Kim Sergei', ['lawyer']],
    ]);
  });
  it('negative: a paragraph of other labels gives no speakers', () => {
    expect(nameAndRoles('T\n\nModerator: Bekova Nazira.\nPlace: Talas, hotel “Talas Plaza”.\nParticipants: Kim Sergei, Li Anna and 20 others.')).toEqual([]);
  });
});

describe('bold names in brackets, or before a bracket and "and"', () => {
  it('"**Name** (role) and **Name2** (role)": each bracket is its name’s', () => {
    expect(nameAndRoles('T\n\nThen spoke **Asanov Bakyt** (head of the regional department) and **Kadyrova Aida** (expert of IOM).')).toEqual([
      ['Asanov Bakyt', ['head of the regional department']],
      ['Kadyrova Aida', ['expert of IOM']],
    ]);
  });
  it('"role (**Name**) … spoke": the verb after the closing bracket is no role', () => {
    expect(nameAndRoles('T\n\nThe head of the regional department (**Asanov Bakyt**) and the expert of IOM (**Kadyrova Aida**) spoke.')).toEqual([
      ['Asanov Bakyt', ['head of the regional department']],
      ['Kadyrova Aida', ['expert of IOM']],
    ]);
    // Negative: a role after the bracket, set off by a comma, is still one.
    expect(nameAndRoles('T\n\nThe report was made by (**Kadyrova Aida**), expert of IOM.')).toEqual([['Kadyrova Aida', ['expert of IOM']]]);
  });
  it('"role-**Name**" with no space: the dash is no part of the role', () => {
    expect(nameAndRoles('T\n\nWith a speech performed the head of the regional department-**Asanov Bakyt**, the expert of IOM-**Kadyrova Aida**.')).toEqual([
      ['Asanov Bakyt', ['head of the regional department']],
      ['Kadyrova Aida', ['expert of IOM']],
    ]);
    // Negative: a hyphen inside a role stays ("vice-governor", "2021-2030").
    expect(nameAndRoles('T\n\nA speech was made by the vice-governor **Mamatov Bakyt**, member of the group on the Concept for 2021-2030.')).toEqual([
      ['Mamatov Bakyt', ['vice-governor', 'member of the group on the Concept for 2021-2030']],
    ]);
  });
});

describe('speakers under a "## Speakers" heading, a paragraph or a line each', () => {
  it('each paragraph or line that opens with a name is an entry, as under "Speakers:"', () => {
    const want = [
      ['Toktobolotov Samat Nikolaevich', ['deputy chairman of the State Migration Service']],
      ['Isakova Jyldyz', ['coordinator of the project']],
    ];
    const lines = '**Toktobolotov Samat Nikolaevich** – deputy chairman of the State Migration Service\n**Isakova Jyldyz** – coordinator of the project';
    expect(nameAndRoles(`# Open dialogue platform\n\n## Speakers\n\n${lines}\n`)).toEqual(want);
    expect(nameAndRoles(`# Open dialogue platform\n\n## Speakers\n${lines}\n`)).toEqual(want);
    expect(nameAndRoles('# Open dialogue platform\n\n## Speakers\n\nToktobolotov Samat Nikolaevich – deputy chairman of the State Migration Service\n\nIsakova Jyldyz – coordinator of the project\n')).toEqual(want);
  });
  it('negative: under a heading that introduces no speakers, or past a paragraph that opens with no name', () => {
    expect(nameAndRoles('# Open dialogue platform\n\n## Background\n\nToktobolotov Samat Nikolaevich – deputy chairman of the State Migration Service\n')).toEqual([]);
    expect(nameAndRoles('# Open dialogue platform\n\n## Speakers\n\nThe list follows below.\n\nToktobolotov Samat Nikolaevich – deputy chairman of the State Migration Service\n')).toEqual([]);
  });
  it('a deeper heading under it that opens with a name is an entry, each speech under its own ("### Name, role" / text)', () => {
    const text = '# T\n\n## Speeches\n\n### Asanov Bolot, deputy governor\n\nHe spoke about the budget.\n\n### Kadyrova Aida, lawyer\n\nShe spoke about rights.\n';
    expect(nameAndRoles(text)).toEqual([
      ['Asanov Bolot', ['deputy governor']],
      ['Kadyrova Aida', ['lawyer']],
    ]);
    // Negatives: a heading of its level or higher ends them; a deeper heading that opens with no name is none.
    expect(nameAndRoles('# T\n\n## Speeches\n\n### Asanov Bolot, deputy governor\n\nHe spoke.\n\n## Moderator\n\n### Isakov Ulan, expert\n')).toEqual([['Asanov Bolot', ['deputy governor']]]);
    expect(nameAndRoles('# T\n\n## Speeches\n\n### Water supply in villages\n\nThe problem is old.\n')).toEqual([]);
  });
});

describe('venue and region in running text: a town, then the building in a later sentence', () => {
  const text = 'REPORT ON THE OPEN DIALOGUE PLATFORM\n\nOn 14 September 2021, an open dialogue platform on the topic "Access to justice" was held in Talas. The event took place in the conference hall of the Talas regional state administration and gathered 36 participants.\n';
  it('the building’s sentence gives the place, up to "and gathered", and the town its city', () => {
    expect(parseMinutes(text).venue).toEqual({ text: 'the conference hall of the Talas regional state administration', city: 'Talas', name: 'Talas regional state administration', room: 'conference hall' });
  });
  it('with nothing else to give it, the region is the one whose building the venue names ("Talas regional …")', () => {
    expect(parseMinutes(text).region).toBe('Talas');
    // Negative: a building of the region with no name before "regional"; a region named elsewhere comes first.
    expect(parseMinutes('T\n\nThe meeting was held in the assembly hall of the regional administration.\n').region).toBeNull();
    expect(parseMinutes('Open dialogue platform in Osh region\n\nVenue: Talas city, Talas regional library\n').region).toBe('Osh');
    // In a name's capitals too (it had been none).
    expect(parseMinutes('Brief report\n\nThe platform was held on April 14, 2022 at the Issyk-Kul Regional Library (Karakol).\n').region).toBe('Issyk-Kul');
    expect(parseMinutes('T\n\nVenue: Karakol, THE ISSYK-KUL REGIONAL LIBRARY\n').region).toBe('ISSYK-KUL');
    expect(parseMinutes('T\n\nThe meeting was held in the Regional Library of Karakol.\n').region).toBeNull();
  });
  it('in Russian, the adjective before "областной" gives the name ("Иссык-Кульской областной администрации")', () => {
    const ru = (venue: string) => parseMinutes(`Открытая диалоговая площадка\n\n23 сентября 2021 года в г. Каракол ${venue} состоялась открытая диалоговая площадка.\n`).region;
    expect(ru('в конференц-зале Иссык-Кульской областной государственной администрации')).toBe('Иссык-Куль');
    expect(ru('в зале Таласской областной библиотеки')).toBe('Талас');
    // Negative: "областной" with no name before it names no region.
    expect(ru('в зале областной библиотеки')).toBeNull();
  });
  it('a town with its word ("Talas city") or a region alone ("… held in Talas region", a title) is a town too, and the building may come in a later paragraph', () => {
    const report = 'Information on the open dialogue platform held in Talas region\n\nOn 9 December 2021, the Public Council held an open dialogue platform in Talas city on the topic “Tax literacy”. The meeting took place in the conference hall of the Talas regional administration.\n';
    expect(parseMinutes(report).venue).toEqual({ text: 'the conference hall of the Talas regional administration', city: 'Talas', name: 'Talas regional administration', room: 'conference hall' });
    // (The region's sentence gives no city: the building's own sentence has none either.)
    expect(parseMinutes('Information on the open dialogue platform held in Talas region\n\nThe meeting took place in the conference hall of the district administration.\n').venue).toEqual({
      text: 'the conference hall of the district administration',
      city: null,
      name: 'district administration',
      room: 'conference hall',
    });
  });
  it('"in"/"at" before a quotation parts the town from the named place ("in Cholpon-Ata at the “Karven” resort")', () => {
    // (It had given no city: the quote was read as part of one piece with the town.)
    expect(parseMinutes('T\n\nThe platform was held in Cholpon-Ata at the “Karven” resort.\n').venue).toEqual({ text: 'Cholpon-Ata at the “Karven” resort', city: 'Cholpon-Ata', name: 'Karven', room: null });
    expect(parseMinutes('T\n\nThe platform was held in Karakol at the "Amir" hotel.\n').venue).toEqual({ text: 'Karakol at the "Amir" hotel', city: 'Karakol', name: 'Amir', room: null });
    // Negative: "in" inside the quotes parts nothing.
    expect(parseMinutes('T\n\nThe platform was held at the “Rest in Peace” guest house in Osh.\n').venue).toMatchObject({ city: 'Osh', name: 'Rest in Peace' });
  });
  it('a place in running text ends before who supported or organised the meeting ("… in Osh city with the support of …", "… при поддержке …")', () => {
    // (The support had been the place's.)
    expect(parseMinutes('T\n\nThe meeting was held in Osh city with the support of the police department.\n').venue).toEqual({ text: 'Osh city', city: 'Osh', name: null, room: null });
    expect(parseMinutes('T\n\nThe meeting was held at the Dostuk hotel in Osh with the support of UNDP.\n').venue).toEqual({ text: 'the Dostuk hotel in Osh', city: 'Osh', name: 'Dostuk', room: null });
    expect(parseMinutes('Протокол\n\nВстреча прошла в г. Ош при поддержке ПРООН.\n').venue).toEqual({ text: 'г. Ош', city: 'Ош', name: null, room: null });
    // Negative: the words inside a quoted name stay.
    expect(parseMinutes('T\n\nThe meeting was held in the “Supported by” cafe in Osh.\n').venue).toMatchObject({ city: 'Osh', name: 'Supported by' });
  });
  it('a place in running text ends before who held the meeting, named right after its town or quoted name ("… г. Нарын Общественный совет … провел")', () => {
    // (The body had been the place's, and the city "Нарын Общественный".)
    expect(parseMinutes('Информация\n\n22 февраля 2023 года в конференц-зале гостиницы «Ала-Тоо» г. Нарын Общественный совет Министерства образования провел Открытую диалоговую площадку.\n').venue).toEqual({
      text: 'конференц-зале гостиницы «Ала-Тоо» г. Нарын',
      city: 'Нарын',
      name: 'Ала-Тоо',
      room: 'конференц-зале',
    });
    expect(parseMinutes('Информация\n\n5 мая 2021 года в г. Ош ОО «Луч» провело круглый стол.\n').venue).toEqual({ text: 'г. Ош', city: 'Ош', name: null, room: null });
    expect(parseMinutes('T\n\nOn 22 February 2023 in Naryn city the Public Council of the Ministry of Education held an open dialogue platform.\n').venue).toEqual({ text: 'Naryn city', city: 'Naryn', name: null, room: null });
    // Negatives: a building of theirs after the body stays the place, and so does a body in the genitive after a room.
    expect(parseMinutes('T\n\nThe meeting was held in Osh city Public Council office on 5 May.\n').venue).toMatchObject({ text: 'Osh city Public Council office', city: 'Osh' });
    expect(parseMinutes('Информация\n\n22 февраля 2023 года в конференц-зале Общественного совета прошла встреча.\n').venue).toMatchObject({ text: 'конференц-зале Общественного совета' });
  });
  it('a region alone in running text gives way to a line of a town and the date ("… held in Jalal-Abad region" / "Jalal-Abad, 14 October 2022")', () => {
    const report = (line: string) => parseMinutes(`Report on the open dialogue platform held in Jalal-Abad region\n\n${line}\n\nThe participants discussed taxes.\n`).venue;
    // (It had given the region as the text and the line's town as its city.)
    expect(report('Jalal-Abad, 14 October 2022')).toEqual({ text: 'Jalal-Abad', city: 'Jalal-Abad', name: null, room: null });
    expect(report('14 October 2022, Jalal-Abad city')).toEqual({ text: 'Jalal-Abad city', city: 'Jalal-Abad', name: null, room: null });
    // Negatives: a line of the date alone leaves the region, and a running place that names a town stays.
    expect(report('14 October 2022')).toEqual({ text: 'Jalal-Abad region', city: null, name: null, room: null });
    expect(parseMinutes('T\n\nKarakol, 14 October 2022\n\nThe meeting was held in Naryn city.\n').venue).toEqual({ text: 'Naryn city', city: 'Naryn', name: null, room: null });
  });
  it.each([
    ['On March 18, 2021, in Osh, the open dialogue platform was held at the Orto-Asia hotel.', { text: 'the Orto-Asia hotel', city: 'Osh', name: 'Orto-Asia', room: null }],
    ['In Osh, the platform was held at the Orto-Asia hotel.', { text: 'the Orto-Asia hotel', city: 'Osh', name: 'Orto-Asia', room: null }],
    ['On 18 March, in Osh city, the platform took place in the conference hall of the Orto-Asia hotel.', { text: 'the conference hall of the Orto-Asia hotel', city: 'Osh', name: 'Orto-Asia', room: 'conference hall' }],
    // A month after "in" is no place.
    ['The platform was held in March 2021 in Osh.', { text: 'Osh', city: 'Osh', name: null, room: null }],
    ['In March 2021 the platform was held in Osh.', { text: 'Osh', city: 'Osh', name: null, room: null }],
    // Negative: what is no place after the cue leaves the town the venue.
    ['On 18 March, in Osh city, the platform was held at the end of the week.', { text: 'Osh city', city: 'Osh', name: null, room: null }],
  ])('a town before the cue of its sentence, the building after it: %s', (text, want) => {
    expect(parseMinutes(`T\n\n${text}\n`).venue).toEqual(want);
  });
  it.each([
    ['The platform was held in Osh city in March 2021.', { text: 'Osh city', city: 'Osh', name: null, room: null }],
    ['The platform was held in Osh city in March 2021 with 40 participants.', { text: 'Osh city', city: 'Osh', name: null, room: null }],
    ['The platform was held in Osh in 2021.', { text: 'Osh', city: 'Osh', name: null, room: null }],
    ['The platform was held at the hotel "Orto-Asia" in Osh during March 2021.', { text: 'the hotel "Orto-Asia" in Osh', city: 'Osh', name: 'Orto-Asia', room: null }],
    ['The platform was held in Osh; the next one will be in Batken.', { text: 'Osh', city: 'Osh', name: null, room: null }],
    ['Площадка прошла в г. Ош в марте 2021 года.', { text: 'г. Ош', city: 'Ош', name: null, room: null }],
    // Negative: a year with no "in" before it, inside a name, stays the place's.
    ['The platform was held at the hotel "Issyk-Kul 2021" in Cholpon-Ata.', { text: 'the hotel "Issyk-Kul 2021" in Cholpon-Ata', city: 'Cholpon-Ata', name: 'Issyk-Kul 2021', room: null }],
  ])('a place in a sentence ends before a month and a year, or a year, after "in", and at a semicolon: %s', (text, want) => {
    expect(parseMinutes(`T\n\n${text}\n`).venue).toEqual(want);
  });
  it('negative: a town alone, with no building after it, stays the venue', () => {
    expect(parseMinutes('T\n\nThe meeting was held in Talas. Then the participants took part in a discussion.\n').venue).toEqual({ text: 'Talas', city: 'Talas', name: null, room: null });
    expect(parseMinutes('T\n\nThe meeting was held in Talas city. Then the participants took part in a discussion.\n').venue).toEqual({ text: 'Talas city', city: 'Talas', name: null, room: null });
    expect(parseMinutes('Information on the open dialogue platform held in Talas region\n\nThe participants discussed taxes.\n').venue).toEqual({ text: 'Talas region', city: null, name: null, room: null });
  });
});

describe('presentations: a quotation beside a noun for a named thing is its name, no title', () => {
  it('"the “Tunduk” system", "the Law “On external migration”" (the lexicon’s `namedThings`)', () => {
    expect(parseMinutes('T\n\nB. A. Osmonov, IT specialist, spoke about the "Tunduk" system.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nAsanov Bolot, expert, presented the amendments to the Law “On external migration”.\n').presentations).toEqual([]);
    expect(parseMinutes('Т\n\nАсанов Болот рассказал о системе «Тундук».\n').presentations).toEqual([]);
    // Negative: a talk's own noun keeps its title ("the report “…”"), whatever words the title holds.
    expect(parseMinutes('T\n\nAsanov Bolot presented the report “Strategy of migration policy”.\n').presentations).toEqual(['Strategy of migration policy']);
    expect(parseMinutes('T\n\nThe presentation “Migration trends” was made by Asanov Bolot.\n').presentations).toEqual(['Migration trends']);
  });
  it('unless a word of presenting governs the thing: "presented the programme “Youth 2030”", "presented the draft law “On water”"', () => {
    expect(parseMinutes('T\n\nAsanov Erlan, head of department, presented the programme “Youth 2030”.\n').presentations).toEqual(['Youth 2030']);
    expect(parseMinutes('T\n\nAsanov Erlan presented the draft law “On water”.\n').presentations).toEqual(['On water']);
    // Negative: not an organisation, which is introduced, not presented; not a thing after "by", "from" or "of", nor one that a
    // person's position names, nor in a line another field claimed.
    expect(parseMinutes('T\n\nAsanov Erlan presented the NGO “Bilim”.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nThe report of the NGO “Bilim” was noted.\n').presentations).toEqual([]);
    // (Nor "a presentation of the project “X”": "of" as often names the project behind a talk as its subject; this
    // case gave ['Clean water'] for one commit, fc037b9, before the rule stopped at "of".)
    expect(parseMinutes('T\n\nA presentation of the project “Clean water” was made by Asanov Erlan.\n').presentations).toEqual([]);
    expect(parseMinutes('Report\n\nModerator: Aida Usenova, who presented the project “Voice of Citizens”.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nPresentations were made by NGO “Bilim” and Asanov Erlan.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nThe presentation was made by the coordinator of the project “Clean water” Asanov Erlan.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nAsanov Erlan from the project “Clean water” presented the results.\n').presentations).toEqual([]);
  });
});

describe('what a sentence goes on to after the moderator it names', () => {
  it('"The moderator …, Name, opened the meeting and gave the floor to the deputy mayor Name2": Name2 speaks', () => {
    const r = parseMinutes('Open dialogue platform\n\nThe moderator of the platform, Abdyrov Tolonbek Shakirovich, opened the meeting and gave the floor to the deputy mayor of Osh Asanov Bolot Kadyrovich.\n');
    expect(r.moderator?.name.full).toBe('Abdyrov Tolonbek Shakirovich');
    expect(pairs(r.speakers)).toEqual([['Asanov Bolot Kadyrovich', ['deputy mayor of Osh']]]);
  });
  it('negative: words after the moderator that name no one add no speaker, and the moderator is none', () => {
    const r = parseMinutes('Open dialogue platform\n\nThe meeting was moderated by Abdyrov Tolonbek Shakirovich, who spoke about the aims of the platform.\n');
    expect([r.moderator?.name.full, r.speakers]).toEqual(['Abdyrov Tolonbek Shakirovich', []]);
  });
});

describe('a venue label’s place ends with its sentence, before a count', () => {
  it('"Venue: Osh city, hotel “Orto-Asia”. 40 participants (24 women, 16 men)."', () => {
    const r = parseMinutes('Open dialogue platform\n\nDate: 18 March 2021. Venue: Osh city, hotel “Orto-Asia”. 40 participants (24 women, 16 men).\n');
    expect(r.venue).toEqual({ text: 'Osh city, hotel “Orto-Asia”', city: 'Osh', name: 'Orto-Asia', room: null });
    expect([r.participants?.total, r.participants?.women, r.participants?.men]).toEqual([40, 24, 16]);
    // Negative: "No. 2" before a word is no sentence's end.
    expect(parseMinutes('T\n\nVenue: Uzgen town, school No. 2 assembly hall\n').venue?.text).toBe('Uzgen town, school No. 2 assembly hall');
  });
});

describe('a place line inside the title, between the kind of event and its quoted topic', () => {
  it('gives the venue when nothing else does', () => {
    for (const head of ['Open dialogue platform\nBatken region, Kyzyl-Kiya city\n“Water supply and sanitation in small towns”', 'Open dialogue platform\n\nBatken region, Kyzyl-Kiya city\n\n“Water supply and sanitation in small towns”']) {
      const r = parseMinutes(`${head}\n\nDate: the 21st of April, 2022\n`);
      expect([r.title, r.venue]).toEqual([
        'Open dialogue platform Batken region, Kyzyl-Kiya city “Water supply and sanitation in small towns”',
        { text: 'Batken region, Kyzyl-Kiya city', city: 'Kyzyl-Kiya', name: null, room: null },
      ]);
    }
  });
  it('negative: a venue line wins; a title with no place line gives none', () => {
    expect(parseMinutes('Open dialogue platform\nBatken region, Kyzyl-Kiya city\n“Water supply”\n\nVenue: Batken city, hotel “Aigul-Too”\n').venue?.city).toBe('Batken');
    expect(parseMinutes('Open dialogue platform\n“Water supply”\n\nDate: 21 April 2022\n').venue).toBeNull();
  });
});

describe('a dateline of a town’s bare name and a date under the title', () => {
  it('is no part of the title, and gives the venue’s city ("Bishkek, 9 December 2021")', () => {
    for (const head of ['OPEN DIALOGUE PLATFORM\n“ROLE OF MEDIA”\nBishkek, 9 December 2021', 'OPEN DIALOGUE PLATFORM\n“ROLE OF MEDIA”\n9 December 2021, Bishkek', 'OPEN DIALOGUE PLATFORM\n“ROLE OF MEDIA”\n\nBishkek, 9 December 2021']) {
      const r = parseMinutes(`${head}\n\nModerator: Kasymova Gulnara, journalist.\n`);
      expect([r.title, r.date?.iso, r.venue]).toEqual(['OPEN DIALOGUE PLATFORM “ROLE OF MEDIA”', '2021-12-09', { text: 'Bishkek', city: 'Bishkek', name: null, room: null }]);
    }
  });
  it('in brackets too: "(Osh, 27 October 2021)" under the title', () => {
    const r = parseMinutes('OPEN DIALOGUE PLATFORM ON THE TOPIC:\n"GREEN ECONOMY AND EMPLOYMENT"\n(Osh, 27 October 2021)\n\nModerators: Abdyrov T.Sh. (Coordinating Council).\n');
    expect([r.title, r.date?.iso, r.venue]).toEqual(['OPEN DIALOGUE PLATFORM ON THE TOPIC: "GREEN ECONOMY AND EMPLOYMENT"', '2021-10-27', { text: 'Osh', city: 'Osh', name: null, room: null }]);
    // Negative: a bracket that holds more than a place and a date goes on the title.
    expect(value(title, 'Open dialogue platform\n(held online because of the pandemic, 27 October 2021)\n\nText.')).toBe('Open dialogue platform (held online because of the pandemic, 27 October 2021)');
  });
  it('negative: a person’s name or an event beside the date is no town, and the title keeps its own line', () => {
    const person = parseMinutes('Open dialogue platform on the topic “Role of media”\nAibek Tashiev, 9 December 2021\n\nText.\n');
    expect(person.venue).toBeNull();
    expect(value(title, 'Round table, 9 December 2021\n\nText.')).toBe('Round table, 9 December 2021');
    expect(parseMinutes('Round table, 9 December 2021\n\nText.\n').venue).toBeNull();
  });
});

describe('an entry of a speakers list with a quoted workplace and a quoted talk', () => {
  it('the quotation after the spaced dash is the talk; the one in the role stays the role’s', () => {
    const r = parseMinutes('Open dialogue platform\n\nSpeakers:\n1. Ms. Omurova Aida, editor of “Kloop” — “Investigative journalism”.\n2. Tashiev Nurlan, expert – “Procurement”.\n');
    expect(r.presentations).toEqual(['Investigative journalism', 'Procurement']);
    expect(pairs(r.speakers)).toEqual([
      ['Omurova Aida', ['editor of “Kloop”']],
      ['Tashiev Nurlan', ['expert']],
    ]);
  });
  it('one that opens the entry is the talk too ("“Title” – Name, editor of “Kloop”")', () => {
    const r = parseMinutes('Open dialogue platform\n\nSpeakers:\n1. “Investigative journalism” – Omurova Aida, editor of “Kloop”.\n');
    expect(r.presentations).toEqual(['Investigative journalism']);
    expect(pairs(r.speakers)).toEqual([['Omurova Aida', ['editor of “Kloop”']]]);
  });
});

describe('a name with an initial is another person when the initial is not the given name’s', () => {
  it('"G. Asanova" speaks though the moderator is "Asanova Aida"', () => {
    const r = parseMinutes('Open dialogue platform\n\nModerator: Asanova Aida, expert.\n\nQuestions were asked by residents of Emgekchil village (A. Sydykov, G. Asanova).\n');
    expect(r.speakers.map((p) => p.name.full)).toEqual(['A. Sydykov', 'G. Asanova']);
  });
  it('negative: an initial that is the given name’s, or none, is the same person ("A. Asanova", "Asanova A.B.", "Ms. Asanova")', () => {
    for (const name of ['A. Asanova', 'Asanova A.B.', 'Ms. Asanova']) {
      const r = parseMinutes(`Open dialogue platform\n\nModerator: Asanova Aida, expert.\n\nQuestions were asked by ${name} and Kim Sergei.\n`);
      expect(r.speakers.map((p) => p.name.full)).toEqual(['Kim Sergei']);
    }
  });
});

describe('a bracket of a region after a venue’s building', () => {
  it('is no part of the building’s name ("the Kyzyl-Kiya city mayor’s office (Batken region)")', () => {
    expect(parseVenue('the conference hall of the Kyzyl-Kiya city mayor’s office (Batken region)', en)).toEqual({
      text: 'the conference hall of the Kyzyl-Kiya city mayor’s office (Batken region)',
      city: 'Kyzyl-Kiya',
      name: 'Kyzyl-Kiya city mayor’s office',
      room: 'conference hall',
    });
    expect(parseVenue('Uzgen town, district library (Uzgen district)', en)).toMatchObject({ city: 'Uzgen', name: 'district library' });
    // Negative: a bracket that names no place stays the name's.
    expect(parseVenue('Osh city, hotel “Orto-Asia” (second floor)', en)).toMatchObject({ name: 'Orto-Asia' });
    expect(parseVenue('Osh city, youth centre (former cinema)', en).name).toBe('youth centre (former cinema)');
  });
});

describe('verbs of complaint and request end a role, and bring in a speaker', () => {
  it('"Name complained about …", "Name, a fisherman, complained …", "Пенсионерка Name попросила …"', () => {
    const en = (sentence: string) => nameAndRoles(`Open dialogue platform\n\nModerator: Bekova Aida, expert.\n\n${sentence}\n`);
    expect(en('Marat Sydykov complained about illegal fishing.')).toEqual([['Marat Sydykov', []]]);
    expect(en('Marat Sydykov, a fisherman, complained about illegal fishing.')).toEqual([['Marat Sydykov', ['fisherman']]]);
    expect(en('Fisherman Marat Sydykov criticized the inspectors.')).toEqual([['Marat Sydykov', ['Fisherman']]]);
    expect(en('Kim Sergei, head of the water users association requested new pumps.')).toEqual([['Kim Sergei', ['head of the water users association']]]);
    const ru = (sentence: string) => pairs(parseMinutes(`Открытая диалоговая площадка\n\nМодератор: Бекова Айда, эксперт.\n\n${sentence}\n`).speakers);
    expect(ru('Рыбак Сыдыков Марат пожаловался на браконьеров.')).toEqual([['Сыдыков Марат', ['Рыбак']]]);
    expect(ru('Пенсионерка Асанова Гульнара попросила отремонтировать дорогу.')).toEqual([['Асанова Гульнара', ['Пенсионерка']]]);
  });
  it('negative: a complaint told of no one named adds no speaker', () => {
    expect(nameAndRoles('Open dialogue platform\n\nResidents complained about illegal fishing.\n')).toEqual([]);
  });
});

describe('labels in bold inside one line', () => {
  it('each runs up to the next bold label ("**Topic:** «…» **Date:** 12.10.2021 **Venue:** …")', () => {
    const r = parseMinutes('**OPEN DIALOGUE PLATFORM**\n\n**Topic:** «Ecology of Issyk-Kul lake» **Date:** 12.10.2021 **Venue:** Cholpon-Ata, Ruh-Ordo center\n');
    expect([r.topic, r.date?.iso, r.venue]).toEqual(['Ecology of Issyk-Kul lake', '2021-10-12', { text: 'Cholpon-Ata, Ruh-Ordo center', city: 'Cholpon-Ata', name: 'Ruh-Ordo center', room: null }]);
  });
  it('negative: a bold run that is no label, or has no colon, goes on the value', () => {
    expect(parseMinutes('T\n\n**Topic:** “Water for **all** villages”\n').topic).toBe('Water for all villages');
    expect(parseMinutes('T\n\n**Venue:** Osh city, **Orto-Asia** hotel\n').venue?.text).toBe('Osh city, Orto-Asia hotel');
    expect(parseMinutes('T\n\n**Venue:** Osh city, hotel **Note:** closed\n').venue?.text).toBe('Osh city, hotel Note: closed');
  });
});

describe('head counts on lines of their own, and in a list under a count label', () => {
  it('"Total: 40" / "of them women: 24": the 40 counts no women', () => {
    for (const text of ['T\n\nParticipants:\nTotal: 40\nof them women: 24\n', 'T\n\nTotal: 40\nof them women: 24\n']) {
      expect(value(participants, text)).toMatchObject({ total: 40, women: 24, men: null });
    }
    // Negative: a count that runs on over the line's end still counts ("40" / "women took part").
    expect(value(participants, 'T\n\nIn total 40\nwomen took part.\n')).toMatchObject({ women: 40 });
  });
  it('"Number of participants:" over a list of the counts, in any order and either separator', () => {
    for (const list of ['- women – 24\n- men – 16\n- total – 40', '- women: 24\n- men: 16\n- total: 40', '- total – 40\n- women – 24\n- men – 16']) {
      expect(value(participants, `T\n\nNumber of participants:\n${list}\n`)).toMatchObject({ total: 40, women: 24, men: 16 });
    }
    // Negative: items that count groups are no head count.
    expect(value(participants, 'T\n\nNumber of participants:\n- teachers – 12\n- parents – 8\n')).toBeNull();
  });
});

describe('a hall that is a building, before the room', () => {
  it('"…, town hall, 2nd floor meeting room": the town hall is the place and the meeting room the room', () => {
    expect(parseVenue('Tokmok, Chui region, town hall, 2nd floor meeting room', en)).toEqual({ text: 'Tokmok, Chui region, town hall, 2nd floor meeting room', city: 'Tokmok', name: 'town hall', room: '2nd floor meeting room' });
    expect(parseVenue('Karakol, city hall, conference room', en)).toMatchObject({ name: 'city hall', room: 'conference room' });
  });
  it('capitalised, "City Hall" or "Town Library" names a building, not a city called "Hall"', () => {
    expect(parseVenue('Tokmok, City Hall, small meeting room', en)).toEqual({ text: 'Tokmok, City Hall, small meeting room', city: 'Tokmok', name: 'City Hall', room: 'small meeting room' });
    expect(parseVenue('Naryn, Town Library', en)).toMatchObject({ city: 'Naryn', name: 'Town Library' });
    // Negative: a city word before a town's name still names the city.
    expect(parseVenue('City Osh, hotel “Alay”', en)).toMatchObject({ city: 'Osh', name: 'Alay' });
    expect(parseVenue('City of Talas, the Hall of Culture', en)).toMatchObject({ city: 'Talas' });
  });
  it('negative: alone, or after a named place, such a hall stays the room', () => {
    expect(parseVenue('Tokmok, town hall', en)).toMatchObject({ name: null, room: 'town hall' });
    expect(parseVenue('Osh city, hotel “Alay”, small hall, room 5', en)).toMatchObject({ name: 'Alay', room: 'small hall' });
  });
});

describe('"and others" that ends a list of speakers', () => {
  it('is no one’s role ("…, Bekova A. and others spoke", "… Бекова А. и другие", "и др.")', () => {
    expect(nameAndRoles('Open dialogue platform\n\nDuring the discussion, the deputy of the city council Osmonov K., the chair of the block committee Bekova A. and others spoke.\n')).toEqual([
      ['Osmonov K.', ['deputy of the city council']],
      ['Bekova A.', ['chair of the block committee']],
    ]);
    for (const end of ['и другие', 'и др.']) {
      const r = parseMinutes(`Открытая диалоговая площадка\n\nВ ходе обсуждения выступили депутат городского кенеша Осмонов К., председатель квартального комитета Бекова А. ${end}\n`);
      expect(pairs(r.speakers)).toEqual([
        ['Осмонов К.', ['депутат городского кенеша']],
        ['Бекова А.', ['председатель квартального комитета']],
      ]);
    }
  });
  it('nor is "respectively" after the names of a list that pairs them with talks ("соответственно")', () => {
    expect(nameAndRoles('Open dialogue platform\n\nPresentations on “Status of Batken”, “Migration and Prospects” were made by Shamshiev Ulan and Asanov Almaz respectively.\n')).toEqual([
      ['Shamshiev Ulan', []],
      ['Asanov Almaz', []],
    ]);
    const r = parseMinutes('Открытая диалоговая площадка\n\nС презентациями «Вода» и «Дороги» выступили Шамшиев Улан и Сыдыков Алмаз соответственно.\n');
    expect(pairs(r.speakers)).toEqual([
      ['Шамшиев Улан', []],
      ['Сыдыков Алмаз', []],
    ]);
  });
  it('negative: a role that holds such a word among others stays ("head of other programmes")', () => {
    expect(nameAndRoles('Open dialogue platform\n\nKim Sergei, head of other programmes, spoke.\n')).toEqual([['Kim Sergei', ['head of other programmes']]]);
    expect(nameAndRoles('Open dialogue platform\n\nKim Sergei, head of the respectively named unit, spoke.\n')).toEqual([['Kim Sergei', ['head of the respectively named unit']]]);
  });
  it.each([
    ['Открытая диалоговая площадка\n\n**Выступающие:**\n1. Абдиев Н. – заместитель главы районной администрации (приветственное слово);\n2. Исмаилова Д. – психолог.', [['Абдиев Н.', ['заместитель главы районной администрации']], ['Исмаилова Д.', ['психолог']]]],
    ['Open dialogue platform\n\nSpeakers:\n- Aibek Tashiev, deputy mayor (welcoming speech);\n- Aida Bekova, lawyer (opening remarks).', [['Aibek Tashiev', ['deputy mayor']], ['Aida Bekova', ['lawyer']]]],
    // Negative: a role that names a speech among other words stays ("head of the greetings unit").
    ['Open dialogue platform\n\nSpeakers:\n- Aibek Tashiev, head of the greetings unit;\n- Aida Bekova (opening remarks coordinator).', [['Aibek Tashiev', ['head of the greetings unit']], ['Aida Bekova', ['opening remarks coordinator']]]],
  ])('nor is the kind of speech an entry names ("(welcoming speech)", "(приветственное слово)"; the lexicon\'s speechKinds): %s', (text, expected) => {
    expect(pairs(parseMinutes(`${text}\n`).speakers)).toEqual(expected);
  });
});

describe('a sentence that opens with the agenda point it goes on to', () => {
  it('"On the second item, the expert Name presented …": the point is no role', () => {
    expect(nameAndRoles('Open dialogue platform\n\nOn the first item, the head of the district administration Bakirov Nurlan Kadyrovich welcomed the participants.\n\nOn the second item, the water management expert Isakov Aibek presented "Water use conflicts".\n')).toEqual([
      ['Bakirov Nurlan Kadyrovich', ['head of the district administration']],
      ['Isakov Aibek', ['water management expert']],
    ]);
    const r = parseMinutes('Открытая диалоговая площадка\n\nПо первому вопросу глава районной администрации Бакиров Нурлан Кадырович приветствовал участников.\n\nПо второму вопросу повестки дня эксперт Исаков Айбек представил доклад «Конфликты водопользования».\n');
    expect(pairs(r.speakers)).toEqual([
      ['Бакиров Нурлан Кадырович', ['глава районной администрации']],
      ['Исаков Айбек', ['эксперт']],
    ]);
  });
  it('negative: a role that names an item of its own stays ("expert on the first item of the law")', () => {
    expect(nameAndRoles('Open dialogue platform\n\nKim Sergei, expert on the first item of the law, spoke.\n')).toEqual([['Kim Sergei', ['expert on the first item of the law']]]);
  });
  it.each([
    ['Speaking at the event, the deputy head of the regional administration Bolot Asanov said that migration grows.', [['Bolot Asanov', ['deputy head of the regional administration']]]],
    ['At the meeting the head of department Kim Sergei told about the project.', [['Kim Sergei', ['head of department']]]],
    ['Выступая на мероприятии, заместитель главы областной администрации Асанов Болот отметил, что миграция растет.', [['Асанов Болот', ['заместитель главы областной администрации']]]],
    ['На встрече начальник отдела Ким Сергей рассказал о проекте.', [['Ким Сергей', ['начальник отдела']]]],
    ['В ходе обсуждения эксперт Ким Сергей отметил рост миграции.', [['Ким Сергей', ['эксперт']]]],
    // Negative: a role that names its place of work stays ("head of the meeting hall service").
    ['Kim Sergei, manager at the conference centre, spoke.', [['Kim Sergei', ['manager at the conference centre']]]],
  ])('the event where it happened is no role ("at the event", "на встрече", "в ходе обсуждения"): %s', (text, expected) => {
    expect(pairs(parseMinutes(`Open dialogue platform\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    ['Opening the meeting, the deputy governor of Jalal-Abad region Marat Japarov stressed the importance of joint work.', [['Marat Japarov', ['deputy governor of Jalal-Abad region']]]],
    ['Addressing the participants, the ombudsman Nurlan Ergeshov said a few words.', [['Nurlan Ergeshov', ['ombudsman']]]],
    ['Closing the event, the head of the district administration Bolot Asanov thanked the NGOs and spoke about roads.', [['Bolot Asanov', ['head of the district administration']]]],
    // (A cue itself, then whom it was said to: "the guests" is no role either.)
    ['Welcoming the guests, mayor Bolot Asanov spoke about roads.', [['Bolot Asanov', ['mayor']]]],
    ['Открывая встречу, заместитель губернатора Джалал-Абадской области Марат Жапаров подчеркнул важность совместной работы.', [['Марат Жапаров', ['заместитель губернатора Джалал-Абадской области']]]],
    ['Подводя итоги, эксперт Айгуль Токтосунова рассказала о планах.', [['Айгуль Токтосунова', ['эксперт']]]],
    // Negative: a position that opens with such a word stays ("Acting head", "Leading specialist", "Исполняющий обязанности").
    ['Acting head of the district administration Bolot Asanov spoke about roads.', [['Bolot Asanov', ['Acting head of the district administration']]]],
    ['Leading specialist of the department Kim Sergei presented the report.', [['Kim Sergei', ['Leading specialist of the department']]]],
    ['Исполняющий обязанности главы района Асанов Болот рассказал о дорогах.', [['Асанов Болот', ['Исполняющий обязанности главы района']]]],
  ])('a participle clause that opens the sentence is no role ("Opening the meeting, …", "Открывая встречу, …"): %s', (text, expected) => {
    expect(pairs(parseMinutes(`Open dialogue platform\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    // Taking the floor is a cue, and the words before it no role ("Первым слово взял …", "The floor was then taken by …").
    ['Первым слово взял мэр г. Балыкчы Бекболотов Э.К., который рассказал о работе очистных сооружений.', [['Бекболотов Э.К.', ['мэр г. Балыкчы']]]],
    ['Первой слово взяла заместитель мэра Асанова Гульнара.', [['Асанова Гульнара', ['заместитель мэра']]]],
    ['The floor was then taken by Aida Bekova, expert of IOM.', [['Aida Bekova', ['expert of IOM']]]],
    ['Next to speak was Aida Bekova, expert of IOM.', [['Aida Bekova', ['expert of IOM']]]],
    // And giving it, said of those who gave it.
    ['Слово предоставили Асанову Бакыту, мэру г. Ош, и Бековой Аиде, эксперту МОМ.', [['Асанову Бакыту', ['мэру г. Ош']], ['Бековой Аиде', ['эксперту МОМ']]]],
    ['Модератор предоставил слово Асанову Бакыту, мэру г. Ош.', [['Асанову Бакыту', ['мэру г. Ош']]]],
    // Negative: a "first" that is part of the position stays ("первый заместитель мэра").
    ['Слово взял первый заместитель мэра Асанов Бакыт.', [['Асанов Бакыт', ['первый заместитель мэра']]]],
  ])('taking and giving the floor bring in the speaker ("Первым слово взял …", "Слово предоставили …", "The floor was then taken by …"): %s', (text, expected) => {
    expect(pairs(parseMinutes(`${/[а-я]/.test(text) ? 'Открытая диалоговая площадка' : 'Open dialogue platform'}\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    ['After the opening, the senior inspector of the district police department, Major Akylbek Tashtanov, spoke about crime prevention.', [['Akylbek Tashtanov', ['senior inspector of the district police department', 'Major']]]],
    ['Before the break, the head of the department Kim Sergei made a presentation.', [['Kim Sergei', ['head of the department']]]],
    ['После приветствия, начальник отдела Ким Сергей выступил с докладом.', [['Ким Сергей', ['начальник отдела']]]],
    // Words of the setting say where, as words of time say when.
    ['In the frame of the platform, Nurlan Asanov spoke about remittances.', [['Nurlan Asanov', []]]],
    ['As part of the dialogue, the head of the migration department Nurlan Asanov presented “Remittances”.', [['Nurlan Asanov', ['head of the migration department']]]],
    ['Within the platform, Kim Sergei made a presentation.', [['Kim Sergei', []]]],
    ['В рамках площадки, Асанов Бакыт рассказал о миграции.', [['Асанов Бакыт', []]]],
    // Negatives: such a word inside a role, or after the roles, takes nothing from them.
    ['Kim Sergei, head of the after-school centre, spoke.', [['Kim Sergei', ['head of the after-school centre']]]],
    ['Kim Sergei, head of the department, spoke after the break.', [['Kim Sergei', ['head of the department']]]],
    // ("in" or "at" alone is no such word: "in charge of" is a position.)
    ['Kim Sergei, in charge of communications at UNDP, spoke.', [['Kim Sergei', ['in charge of communications at UNDP']]]],
    ['Kim Sergei, head of the unit within the ministry, spoke.', [['Kim Sergei', ['head of the unit within the ministry']]]],
  ])('a piece that opens with a word of time or of the setting says when or where, no role ("After the opening, …", "Within the platform, …", "После приветствия, …"; the lexicon’s timeLeads): %s', (text, expected) => {
    expect(pairs(parseMinutes(`Open dialogue platform\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    // A bracket opened before the name closes on its roles, though another name follows in the sentence.
    ['The presentations “Labour migration” (by Asel Bekova, IOM) and “Remittances” (by Nurlan Asanov, NBKR) were made.', [['Asel Bekova', ['IOM']], ['Nurlan Asanov', ['NBKR']]]],
    ['The presentations “Labour migration” (Asel Bekova, IOM), “Remittances” (Nurlan Asanov, NBKR) and “Return” (Kim Oleg, expert) were made.', [['Asel Bekova', ['IOM']], ['Nurlan Asanov', ['NBKR']], ['Kim Oleg', ['expert']]]],
    ['The reports “Labour migration” (speaker – Asel Bekova, IOM) and “Remittances” (speaker – Nurlan Asanov, NBKR) were heard.', [['Asel Bekova', ['IOM']], ['Nurlan Asanov', ['NBKR']]]],
    // Such a bracket's roles are cut at its commas, as a whole bracket's are (they had been one role, "researcher, Batken State University").
    ['Presentations:\n1) "Cross-border water issues" (Nazarova Gulmira, researcher, Batken State University);\n2) "Roads" (Asanov Bolot, head of department, expert).', [['Nazarova Gulmira', ['researcher', 'Batken State University']], ['Asanov Bolot', ['head of department', 'expert']]]],
    // (An organisation's name cut at its commas stays one role there too.)
    ['The presentation “Sport” (Kim Oleg, Chair of the Ministry of Youth, Sports and Culture, professor) was made.', [['Kim Oleg', ['Chair of the Ministry of Youth, Sports and Culture', 'professor']]]],
    // Words before a name that are no role (a talk's title) part it from a piece before them.
    ['Within this dialogue, the presentation “Labour migration” (by Asel Bekova) was made.', [['Asel Bekova', []]]],
    ['Open discussion, the presentation “Labour migration” by Asel Bekova.', [['Asel Bekova', []]]],
    // Negatives: a role right before the name, or after a bracket of its own, stays the name's.
    ['The presentation “Labour migration” was made by the head of the department Asel Bekova (IOM) and by Nurlan Asanov.', [['Asel Bekova', ['head of the department', 'IOM']], ['Nurlan Asanov', []]]],
    ['The head of the department, Asel Bekova, presented “Labour migration”.', [['Asel Bekova', ['head of the department']]]],
  ])('presenters in brackets after talks, and words that are no role between a piece and a name: %s', (text, expected) => {
    expect(pairs(parseMinutes(`Open dialogue platform\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    // The period of the initials that end a name ends the sentence when a capitalised clause with a verb of saying follows.
    ['С приветственным словом выступил заместитель полпреда Бейшеналиев Т.К. С докладами выступили:\n- Осмонова Айгерим, специалист центра занятости.', [['Бейшеналиев Т.К.', ['заместитель полпреда']], ['Осмонова Айгерим', ['специалист центра занятости']]]],
    ['С приветственным словом выступил заместитель полпреда Бейшеналиев Т.К. Затем с докладами выступили:\n- Осмонова Айгерим, специалист центра занятости.', [['Бейшеналиев Т.К.', ['заместитель полпреда']], ['Осмонова Айгерим', ['специалист центра занятости']]]],
    ['Приветственное слово сделал заместитель полпреда Бейшеналиев Т.К. Эксперты выступили с докладами:\n- Осмонова Айгерим, специалист центра занятости.', [['Бейшеналиев Т.К.', ['заместитель полпреда']], ['Осмонова Айгерим', ['специалист центра занятости']]]],
    ['A welcoming speech was made by deputy governor Asanov T.K. Experts spoke as well:\n- Aida Bekova, expert of IOM.', [['Asanov T.K.', ['deputy governor']], ['Aida Bekova', ['expert of IOM']]]],
    // Negatives: a role after initials with no comma, with no verb or opening with a position, stays the name's.
    ['Speakers:\n1. Asanov T.K. Chairman of the council\n2. Bekova A.M. Expert of IOM', [['Asanov T.K.', ['Chairman of the council']], ['Bekova A.M.', ['Expert of IOM']]]],
    ['Выступили:\n1. Асанов Т.К. Председатель совета\n2. Бекова А.М. эксперт МОМ', [['Асанов Т.К.', ['Председатель совета']], ['Бекова А.М.', ['эксперт МОМ']]]],
    ['Speakers:\n1. Asanov T.K. Chairman of the council spoke about migration.', [['Asanov T.K.', ['Chairman of the council']]]],
  ])('initials that end a name end the sentence before a capitalised clause with a verb of saying ("… Т.К. С докладами выступили:"): %s', (text, expected) => {
    expect(pairs(parseMinutes(`Open dialogue platform\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    // Information and overviews given are speech ("provided information", "gave an overview", "drew attention").
    ['Information on the situation was provided by Aida Bekova, expert of IOM.', [['Aida Bekova', ['expert of IOM']]]],
    ['Information on the situation was given by Aida Bekova, expert of IOM.', [['Aida Bekova', ['expert of IOM']]]],
    ['Aida Bekova, expert of IOM, provided information on the situation.', [['Aida Bekova', ['expert of IOM']]]],
    ['Aida Bekova, expert of IOM, gave an overview of the situation.', [['Aida Bekova', ['expert of IOM']]]],
    ['An overview of the situation was given by Aida Bekova, expert of IOM.', [['Aida Bekova', ['expert of IOM']]]],
    ['Aida Bekova, expert of IOM, drew attention to the law.', [['Aida Bekova', ['expert of IOM']]]],
    // A programme's line of what was said, a dash and who said it, with the role after the name.
    ['Course of the meeting:\nInformation on the land law – Toktogulov Ermek, lawyer of the Ayalzat foundation.', [['Toktogulov Ermek', ['lawyer of the Ayalzat foundation']]]],
    // Negatives: what else was provided names no speaker.
    ["The hall was provided by the mayor's office, represented by Aibek Tashiev.", []],
    ['Transport for the participants was provided by Aibek Tashiev, head of the transport department.', []],
  ])('information and overviews given are speech ("Information on X was provided by Name", "Name gave an overview of …"): %s', (text, expected) => {
    expect(pairs(parseMinutes(`Open dialogue platform\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    ['Aida Bekova, expert of IOM, stated that the law matters.', [['Aida Bekova', ['expert of IOM']]]],
    ['Aida Bekova, expert of IOM, called for a new law.', [['Aida Bekova', ['expert of IOM']]]],
    ['Aida Bekova, expert of IOM, touched upon the new law.', [['Aida Bekova', ['expert of IOM']]]],
    ['Aida Bekova, expert of IOM, summed up the discussion.', [['Aida Bekova', ['expert of IOM']]]],
    ['Бекова Аида, эксперт МОМ, заявила о важности закона.', [['Бекова Аида', ['эксперт МОМ']]]],
    ['Бекова Аида, эксперт МОМ, осветила ситуацию.', [['Бекова Аида', ['эксперт МОМ']]]],
    ['Бекова Аида, эксперт МОМ, дала обзор ситуации.', [['Бекова Аида', ['эксперт МОМ']]]],
    ['Бекова Аида, эксперт МОМ, ознакомила участников с новым законом.', [['Бекова Аида', ['эксперт МОМ']]]],
    ['Участники заслушали Бекову Аиду, эксперта МОМ.', [['Бекову Аиду', ['эксперта МОМ']]]],
    ['Ход встречи:\nИнформация о земельном законодательстве – Токтогулов Эрмек, юрист ОФ «Аялзат».', [['Токтогулов Эрмек', ['юрист ОФ «Аялзат»']]]],
    // Negatives: a verb whose object a person may be brings in no speaker ("The moderator thanked Name", "… urged Name …").
    ['The moderator thanked Aida Bekova, expert of IOM.', []],
    ['The participants urged Aida Bekova, expert of IOM, to send the data.', []],
  ])('verbs of saying whose subject is the speaker bring one in ("stated", "called for", "заявила", "осветила", "Участники заслушали Name"): %s', (text, expected) => {
    expect(pairs(parseMinutes(`${/[а-я]/.test(text) ? 'Открытая диалоговая площадка' : 'Open dialogue platform'}\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    // (Each had given no one: no word of the paragraph cued speech.)
    ['Kadyrov Nurbek, deputy mayor of Osh, proposed to build a school.', [['Kadyrov Nurbek', ['deputy mayor of Osh']]]],
    ['Deputy mayor Kadyrov Nurbek proposed to build a school.', [['Kadyrov Nurbek', ['Deputy mayor']]]],
    ['Kadyrov Nurbek, deputy mayor of Osh, expressed his concern about migration.', [['Kadyrov Nurbek', ['deputy mayor of Osh']]]],
    ['Kadyrov Nurbek, deputy mayor of Osh, thanked the organisers.', [['Kadyrov Nurbek', ['deputy mayor of Osh']]]],
    ['Kadyrov Nurbek and Isakova Aida proposed to build a school.', [['Kadyrov Nurbek', []], ['Isakova Aida', []]]],
    ['Асанов Бакыт, заместитель мэра, предложил построить школу.', [['Асанов Бакыт', ['заместитель мэра']]]],
    ['Заместитель мэра Асанов Бакыт поблагодарил организаторов.', [['Асанов Бакыт', ['Заместитель мэра']]]],
    // The subject only, not whom else the sentence names.
    ['Kadyrov Nurbek proposed to invite the Minister of Labour Kim Oleg.', [['Kadyrov Nurbek', []]]],
    // Negatives: a person who is no subject, or a sentence with no verb of saying.
    ['It was proposed to invite the Minister of Labour Kim Oleg to the next meeting.', []],
    ['The participants thanked Kim Oleg for the organisation.', []],
    ['Kadyrov Nurbek was invited to the meeting.', []],
    ['Было предложено пригласить министра Асанова Бакыта.', []],
  ])('a verb of saying after the person a sentence opens with, by name or position, makes a speaker of them ("Name, role, proposed …"; the lexicon\'s cues.subjectSpeech): %s', (text, expected) => {
    const title = /[а-я]/.test(text) ? 'Открытая диалоговая площадка в Ошской области\n\nМодератор: Ким Олег.' : 'Open dialogue platform in Osh region\n\nModerator: Asanov Bakyt.';
    expect(pairs(parseMinutes(`${title}\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    ["Aibek Tashiev's presentation covered migration.", [['Aibek Tashiev', []]]],
    ['Aibek Tashiev’s speech was about migration.', [['Aibek Tashiev', []]]],
    ["The presentation of Aibek Tashiev's colleague Aida Bekova, expert of IOM, covered migration.", [['Aibek Tashiev', []], ['Aida Bekova', ['expert of IOM']]]],
    // Negative: an apostrophe inside a name stays ("Ma'rufjon Sa'dullaev", "o'g'li").
    ["Speakers: Ma'rufjon Sa'dullaev, expert; Dilnoza Karim o'g'li.", [["Ma'rufjon Sa'dullaev", ['expert']], ["Dilnoza Karim o'g'li", []]]],
  ])('a possessive ending is no part of a name, and what it leads to no role ("Aibek Tashiev\'s presentation"; the lexicon’s names.possessiveEndings): %s', (text, expected) => {
    expect(pairs(parseMinutes(`Open dialogue platform\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    // A rank or position before two plain words marks a name, as an honorific does; "H.E." is an honorific, before a rank too.
    ['The keynote address was delivered by Ambassador John Smith.', [['John Smith', ['Ambassador']]]],
    ['The keynote address was delivered by H.E. John Smith, Ambassador of the UK.', [['John Smith', ['Ambassador of the UK']]]],
    ['H.E. Ambassador John Smith spoke about trade.', [['John Smith', ['Ambassador']]]],
    // "and" before an honorific and the next name hands the roles before it back to the name before.
    ['Remarks were made by Mr. Kim Sergei of UNDP and Ms. Aida Bekova of IOM.', [['Kim Sergei', ['UNDP']], ['Aida Bekova', ['IOM']]]],
    ['Remarks were made by Kim Sergei, head of UNDP office and Dr. Aida Bekova of IOM.', [['Kim Sergei', ['head of UNDP office']], ['Aida Bekova', ['IOM']]]],
    // Negatives: a body's words after a position name no one ("Human Resources", "Foreign Affairs": plurals, the lexicon's
    // pluralSuffixes).
    ['The report of the Deputy Director Human Resources was presented by Kim Sergei.', [['Kim Sergei', []]]],
    ['The Minister Foreign Affairs sent greetings; Aida Bekova, IOM, spoke.', [['Aida Bekova', ['IOM']]]],
  ])('names after ranks and honorifics ("Ambassador John Smith", "H.E."), and "and Dr. Name": %s', (text, expected) => {
    expect(pairs(parseMinutes(`Open dialogue platform\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it.each([
    ['Speeches were made by Kim Sergei, head of the department followed by Aida Bekova, lawyer.', [['Kim Sergei', ['head of the department']], ['Aida Bekova', ['lawyer']]]],
    ['Speeches were made by Kim Sergei, head of the department then Aida Bekova, lawyer.', [['Kim Sergei', ['head of the department']], ['Aida Bekova', ['lawyer']]]],
    ['Ким Сергей, начальник отдела а затем Бекова Аида, юрист, выступили.', [['Ким Сергей', ['начальник отдела']], ['Бекова Аида', ['юрист']]]],
    // Negatives: such a word inside a role stays there, and a role after it before the next name is that one's.
    ['Kim Sergei, head of the department of further education, spoke.', [['Kim Sergei', ['head of the department of further education']]]],
    ['Kim Sergei, lawyer, and then the head of the department Aida Bekova spoke.', [['Kim Sergei', ['lawyer']], ['Aida Bekova', ['head of the department']]]],
  ])('words that hand the floor on with no comma before them ("followed by", "then", "а затем") end the roles of the name before: %s', (text, expected) => {
    expect(pairs(parseMinutes(`Open dialogue platform\n\n${text}\n`).speakers)).toEqual(expected);
  });
  it('what a talk did after the roles is no role ("…, deputy mayor, lasted ten minutes", "…, took an hour")', () => {
    expect(nameAndRoles('T\n\nThe speech of Kim Sergei, deputy mayor, lasted ten minutes.')).toEqual([['Kim Sergei', ['deputy mayor']]]);
    expect(nameAndRoles('T\n\nThe opening, followed by a speech of the deputy mayor Kim Sergei, took an hour.')).toEqual([['Kim Sergei', ['deputy mayor']]]);
    // Negative: "took the floor" and "took part" are cues still.
    expect(nameAndRoles('T\n\nKim Sergei, deputy mayor, took the floor.')).toEqual([['Kim Sergei', ['deputy mayor']]]);
  });
});

describe('a report typed as one paragraph, its labels inside the line', () => {
  const text = 'Open dialogue platform in Osh region on the topic "Risks of labour migration". Moderator: Abdyrov Tolonbek Shakirovich, chairman of the Coordination Council. Date and venue: 18 March 2021, Osh city, hotel "Orto-Asia". Totally: 40 participants, among them 24 women and 16 men. A welcoming speech was made by Toktobolotov Samat Nikolaevich, deputy chairman of the State Migration Service. Suggestions made: 1. To create a migration service in Osh; 2. To open pre-departure courses.\n';
  it('each label after a sentence’s end gives its field, up to its sentence’s end; the first sentence is the title', () => {
    const r = parseMinutes(text);
    expect([r.title, r.region, r.topic]).toEqual(['Open dialogue platform in Osh region on the topic "Risks of labour migration"', 'Osh', 'Risks of labour migration']);
    expect(r.moderator).toEqual({ name: { full: 'Abdyrov Tolonbek Shakirovich', given: 'Tolonbek', patronymic: 'Shakirovich', family: 'Abdyrov' }, roles: ['chairman of the Coordination Council'] });
    expect(r.venue).toEqual({ text: 'Osh city, hotel "Orto-Asia"', city: 'Osh', name: 'Orto-Asia', room: null });
    expect([r.participants?.total, r.participants?.women, r.participants?.men]).toEqual([40, 24, 16]);
    expect(pairs(r.speakers)).toEqual([['Toktobolotov Samat Nikolaevich', ['deputy chairman of the State Migration Service']]]);
    expect(r.suggestions.map((s) => s.text)).toEqual(['To create a migration service in Osh', 'To open pre-departure courses']);
  });
  it('negative: a word with a colon that is no label opens nothing, and prose with no label after its first sentence has no title', () => {
    const r = parseMinutes('On 18 March 2021 an open dialogue platform took place in Osh. The main point: migration. The moderator was Abdyrov Tolonbek Shakirovich.\n');
    expect([r.title, r.venue?.city]).toEqual([null, 'Osh']);
    expect(findLabels(createDoc('The main point: migration.', toTree('The main point: migration.'), en), en.labels.topic)).toEqual([]);
  });
});

describe('"Модератором площадки выступил …": the event between the moderator’s word and the verb', () => {
  it('gives the moderator, with the roles before the name', () => {
    const r = parseMinutes('Открытая диалоговая площадка\n\nМодератором площадки выступил эксперт по водным ресурсам Сыдыков Мирлан Асанович.\n\nПриветственное слово – аким района Жумабеков Т.А.\n');
    expect(r.moderator).toEqual({ name: { full: 'Сыдыков Мирлан Асанович', given: 'Мирлан', patronymic: 'Асанович', family: 'Сыдыков' }, roles: ['эксперт по водным ресурсам'] });
    expect(r.speakers.map((p) => p.name.full)).toEqual(['Жумабеков Т.А.']);
  });
  it('negative: the moderator thanked by someone is no moderator of theirs', () => {
    expect(parseMinutes('Открытая диалоговая площадка\n\nМодератора площадки поблагодарил аким района Жумабеков Т.А.\n').moderator).toBeNull();
  });
});

describe('a short line that stands as a heading in plain text introduces the list under it', () => {
  it('"Presentations" over "— “Title” (Name, role)" items', () => {
    const r = parseMinutes('Open dialogue platform\n\nModerator: Asylbek Toktorov, expert.\n\nPresentations\n— "Youth councils in ayil okmotu" (Mamatova Jyldyz, UNFPA)\n— "Youth budget" (Sadykov Erlan, local council deputy)\n');
    expect(r.presentations).toEqual(['Youth councils in ayil okmotu', 'Youth budget']);
    expect(pairs(r.speakers)).toEqual([
      ['Mamatova Jyldyz', ['UNFPA']],
      ['Sadykov Erlan', ['local council deputy']],
    ]);
  });
  it('negative: a sentence over a list introduces none, nor does a long line', () => {
    expect(parseMinutes('Open dialogue platform\n\nPresentations were made on many topics.\n- Mamatova Jyldyz, UNFPA\n').speakers).toEqual([]);
    expect(parseMinutes('Open dialogue platform\n\nThe presentations of the day and the people who made them\n\n- Mamatova Jyldyz, UNFPA\n').speakers).toEqual([]);
  });
});

describe('a body after an article is no person, where a name is assumed', () => {
  it('"the survey conducted by the Public Council" names no moderator: the attendee marked "(chair)" is', () => {
    const r = parseMinutes('Minutes\n\nPresent:\n1. Aliev Rustam Kamilovich (chair), chairman of the Public Council\n2. Ismailova Venera Tashtanovna, member of the Public Council\n\nIsmailova V.T. informed about the results of the survey conducted by the Public Council.\n');
    expect(r.moderator).toEqual({ name: { full: 'Aliev Rustam Kamilovich', given: 'Rustam', patronymic: 'Kamilovich', family: 'Aliev' }, roles: ['chairman of the Public Council'] });
    expect(pairs(r.speakers)).toEqual([['Ismailova V.T.', ['member of the Public Council']]]);
  });
  it('negative: no person at all after "by the", and a name after its title still is one', () => {
    expect(value(moderator, 'T\n\nThe survey was conducted by the Public Council.')).toBeNull();
    expect(value(moderator, 'T\n\nThe meeting was chaired by the Ombudsman Asanov Bolot.')).toMatchObject({ name: { full: 'Asanov Bolot' } });
    expect(value(moderator, 'T\n\nThe meeting was chaired by Asanov Bolot.')).toMatchObject({ name: { full: 'Asanov Bolot' } });
  });
});

describe('"Name1, role and by the role Name2": "and by" starts the next person, as after a comma', () => {
  it('the words before "and by" are the roles of the name before them', () => {
    const H = 'Open dialogue platform\n\nModerator: Asanov Bolot, expert.\n\n';
    expect(pairs(parseMinutes(`${H}Speeches were made by Omorova Gulzat Asanovna, director of the association and by the head of the department Beishenaliev Daniyar.\n`).speakers)).toEqual([
      ['Omorova Gulzat Asanovna', ['director of the association']],
      ['Beishenaliev Daniyar', ['head of the department']],
    ]);
    // (A name no lexicon marks as one, found only after the roles are read.)
    expect(pairs(parseMinutes(`${H}Presentations were made by Gulzat Omorova, director of the Community Based Tourism association ("Eco-tourism") and by Daniyar Beishenaliev, specialist of the department ("Tourist flows").\n`).speakers)).toEqual([
      ['Gulzat Omorova', ['director of the Community Based Tourism association']],
      ['Daniyar Beishenaliev', ['specialist of the department']],
    ]);
  });
  it('negative: the role of someone unnamed before "and by" is not the next name’s, with a comma or without', () => {
    const H = 'Open dialogue platform\n\nModerator: Asanov Bolot, expert.\n\n';
    for (const comma of ['', ',']) {
      expect(pairs(parseMinutes(`${H}Speeches were made by the head of the department${comma} and by the deputy mayor Kadyrov Ulan Bekovich.\n`).speakers), comma).toEqual([['Kadyrov Ulan Bekovich', ['deputy mayor']]]);
    }
    // Roles before a name that "and" only joins stay that name's.
    expect(pairs(parseMinutes(`${H}Speeches were made by the head of the department and member of the council Kadyrov Ulan Bekovich.\n`).speakers)).toEqual([['Kadyrov Ulan Bekovich', ['head of the department and member of the council']]]);
  });
});

describe('abbreviations of organisation kinds before a quotation: "НКО «Аймак»", "ALE “…”"', () => {
  it('the quotation is the workplace in the speaker’s role, no talk', () => {
    const r = parseMinutes('Открытая диалоговая площадка\n\nМодератор: Абдыров Т.Ш., председатель.\n\nВЫСТУПИЛИ: Турсунов Б., депутат местного кенеша; Эргешова Н., представитель НКО «Аймак».\n');
    expect({ speakers: pairs(r.speakers), presentations: r.presentations }).toEqual({
      speakers: [
        ['Турсунов Б.', ['депутат местного кенеша']],
        ['Эргешова Н.', ['представитель НКО «Аймак»']],
      ],
      presentations: [],
    });
    for (const kind of ['ОЮЛ', 'ИП']) expect(parseMinutes(`Открытая диалоговая площадка\n\nВЫСТУПИЛИ: Эргешова Н., директор ${kind} «Аймак».\n`).presentations, kind).toEqual([]);
    for (const kind of ['NCO', 'ALE']) expect(parseMinutes(`Open dialogue platform\n\nSpeakers: Ergeshova N., director of the ${kind} "Aimak".\n`).presentations, kind).toEqual([]);
  });
  it('negative: a talk quoted after a speaker’s role is still one', () => {
    expect(parseMinutes('Открытая диалоговая площадка\n\nВЫСТУПИЛИ: Эргешова Н., директор НКО «Аймак», с докладом «Доступ к воде».\n').presentations).toEqual(['Доступ к воде']);
    expect(parseMinutes('Open dialogue platform\n\nSpeakers: Ergeshova N., director of the NCO "Aimak", with the report "Access to water".\n').presentations).toEqual(['Access to water']);
  });
});

describe('placeholders: a value or item that is only a dash (a form left unfilled) is none', () => {
  it('labels with "—" or "-" give null fields, and items that are a dash are left out', () => {
    const r = parseMinutes('Open dialogue platform\n\nTopic: —\nPurpose: -\nModerator: —\nDate: 12 May 2022\nVenue: —\nParticipants: —\n\nDiscussion:\n- roads\n- —\n\nSuggestions:\n1. To build a road.\n2. —\n3. To repair the school.\n');
    expect([r.topic, r.purpose, r.moderator, r.venue, r.participants]).toEqual([null, null, null, null, null]);
    expect(r.discussion).toEqual(['roads']);
    expect(r.suggestions).toEqual([
      { number: 1, text: 'To build a road' },
      { number: 3, text: 'To repair the school' },
    ]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['missing-moderator', 'missing-venue', 'missing-participants']));
    // A table's cells too.
    const t = parseMinutes('# Minutes\n\n| | |\n|---|---|\n| Topic | — |\n| Venue | - |\n| Moderator | Asanov Bolot, expert |\n');
    expect([t.topic, t.venue, t.moderator?.name.full]).toEqual([null, null, 'Asanov Bolot']);
  });
  it('the words a form leaves in an unfilled value ("N/A", "not specified", "не указано") are none too', () => {
    const r = parseMinutes('Open dialogue platform on the topic “Roads”\n\nTopic: N/A\nPurpose: not specified.\nModerator: none\nVenue: n/a\n\n| | |\n|---|---|\n| Region | N/A |\n');
    expect([r.topic, r.purpose, r.moderator, r.venue, r.region]).toEqual(['Roads', null, null, null, null]);
    const ru = parseMinutes('Открытая диалоговая площадка\n\nЦель: не указано\nМесто проведения: нет данных\nМодератор: Асанов Болот, эксперт.\n');
    expect([ru.purpose, ru.venue, ru.moderator?.name.full]).toEqual([null, null, 'Асанов Болот']);
    // Negative: a value that only holds such a word is still one ("Purpose: none of the villages has water").
    expect(parseMinutes('Open dialogue platform\n\nPurpose: none of the villages has water.\n').purpose).toBe('none of the villages has water');
  });
  it('what is left of a separator ("**Participants:**:") reads the paragraph under it, a placeholder does not; the topic is found elsewhere', () => {
    expect(parseMinutes('Open dialogue platform\n\n**Participants:**:\nfarmers, teachers, doctors\n').participants?.groups).toEqual(['farmers', 'teachers', 'doctors']);
    expect(parseMinutes('Open dialogue platform on the topic “Roads”\n\nTopic: —\n').topic).toBe('Roads');
    // A placeholder is the label's value, though: the paragraph under it is not.
    expect(parseMinutes('Open dialogue platform\n\nParticipants: —\n\nfarmers, teachers, doctors\n').participants).toBeNull();
    expect(parseMinutes('Open dialogue platform\n\nParticipants: N/A\n\nfarmers, teachers, doctors\n').participants).toBeNull();
    // Negative: a value of digits alone, or of one letter, is one.
    expect(parseMinutes('Open dialogue platform\n\nParticipants: 40\n').participants?.total).toBe(40);
    expect(parseMinutes('Open dialogue platform\n\nSuggestions:\n1. A\n2. 5\n').suggestions).toEqual([
      { number: 1, text: 'A' },
      { number: 2, text: '5' },
    ]);
  });
});

describe('roles before a name with no separator, the organisation’s name in capitals ("… of the Ministry of Health Mamytov Erkin Asanovich")', () => {
  it('the name starts at the family name, and the roles keep the organisation’s last word', () => {
    const r = parseMinutes('Open dialogue platform\n\nModerator: Asanov Bolot, expert.\n\nThen the head of the department of the Ministry of Emergency Situations Mamytov Erkin Asanovich spoke about rescue operations. The chairman of the Association of Mountain Guides Kydyraliev Talant presented the report “Training of guides”.\n');
    // (The whole person: name parts and roles.)
    expect(r.speakers).toEqual([
      { name: { full: 'Mamytov Erkin Asanovich', given: 'Erkin', patronymic: 'Asanovich', family: 'Mamytov' }, roles: ['head of the department of the Ministry of Emergency Situations'] },
      { name: { full: 'Kydyraliev Talant', given: 'Talant', patronymic: null, family: 'Kydyraliev' }, roles: ['chairman of the Association of Mountain Guides'] },
    ]);
  });
});

describe('Russian speech verbs: "проинформировал"', () => {
  it('brings in the speaker, roles before the name', () => {
    const r = parseMinutes('Открытая диалоговая площадка\n\nМодератор: Касымов Болот, эксперт.\n\nЭксперт ПРООН Асанов Болот проинформировал участников о проекте.\n');
    expect(r.speakers).toEqual([{ name: { full: 'Асанов Болот', given: 'Болот', patronymic: null, family: 'Асанов' }, roles: ['Эксперт ПРООН'] }]);
    // Negative: a sentence with no such verb names no speaker.
    expect(parseMinutes('Открытая диалоговая площадка\n\nМодератор: Касымов Болот, эксперт.\n\nЭксперт ПРООН Асанов Болот живёт в Оше.\n').speakers).toEqual([]);
  });
});

describe('a speech "pronounced": "произнес", "речь"', () => {
  it('the verb after the cue is no role, and a speech ("речь") brings in the speaker', () => {
    const ru = (text: string) => pairs(parseMinutes(`Открытая диалоговая площадка\n\nМодератор: Касымов Болот, эксперт.\n\n${text}\n`).speakers);
    expect(ru('Приветственное слово произнес заместитель губернатора Нарынской области Токтогулов Нурлан Асанович.')).toEqual([['Токтогулов Нурлан Асанович', ['заместитель губернатора Нарынской области']]]);
    expect(ru('Приветственную речь произнесла Асанова Айгуль, депутат.')).toEqual([['Асанова Айгуль', ['депутат']]]);
    expect(nameAndRoles('Open dialogue platform\n\nA welcome speech was pronounced by the deputy governor Kubat Toktogulov.\n')).toEqual([['Kubat Toktogulov', ['deputy governor']]]);
    // Negative: a speech of no one named brings in no one.
    expect(ru('Его речь была краткой.')).toEqual([]);
  });
  it('"addressed" the participants ("обратился к участникам") brings in the speaker, and those addressed are no role', () => {
    const ru = (text: string) => pairs(parseMinutes(`Открытая диалоговая площадка\n\nМодератор: Касымов Болот, эксперт.\n\n${text}\n`).speakers);
    expect(ru('С приветственным словом к участникам обратился заместитель губернатора Мамбетов Алмаз Бекович.')).toEqual([['Мамбетов Алмаз Бекович', ['заместитель губернатора']]]);
    expect(ru('К собравшимся обратилась эксперт Ким Анна.')).toEqual([['Ким Анна', ['эксперт']]]);
  });
});

describe('protocols with a section per point of the agenda ("HEARD:" / "SPOKE:" / "DECIDED:", "СЛУШАЛИ:" / "РЕШИЛИ:")', () => {
  const en = [
    'PROTOCOL No. 3\nof the meeting of the Public Council\n',
    'Chairman of the meeting – A. T. Mamatova, Chairperson of the Public Council.\n',
    'AGENDA:\n1. On the preparation of schools.\n2. On the textbook supply.\n',
    '1. HEARD:\nInformation of the Deputy Minister of Education and Science N. K. Sultanov on the preparation of schools.\n',
    'SPOKE:\nB. Osmonaliev, member of the Public Council.\n',
    'DECIDED:\n1. Take the information into account.\n2. Recommend the Ministry to publish the list of schools under repair.\n',
    '2. HEARD:\nInformation of the head of the textbook department T. Abdraimov.\n',
    'DECIDED:\n1. Recommend the Ministry to deliver textbooks to remote schools on time.\n',
  ].join('\n');
  it('each "HEARD:" brings in its speaker, with the roles after "Information of the"', () => {
    expect(nameAndRoles(en)).toEqual([
      ['N. K. Sultanov', ['Deputy Minister of Education and Science']],
      ['B. Osmonaliev', ['member of the Public Council']],
      ['T. Abdraimov', ['head of the textbook department']],
    ]);
  });
  it('the decisions of every point, numbered as printed; a point\'s "2. HEARD:" is none of them', () => {
    expect(value(suggestions, en)).toEqual([
      { number: 1, text: 'Take the information into account' },
      { number: 2, text: 'Recommend the Ministry to publish the list of schools under repair' },
      { number: 1, text: 'Recommend the Ministry to deliver textbooks to remote schools on time' },
    ]);
  });
  it('in Russian too', () => {
    const r = parseMinutes(
      [
        'ПРОТОКОЛ № 3\nзаседания Общественного совета\n',
        'Председатель – Маматова А.Т., председатель Общественного совета.\n',
        '1. СЛУШАЛИ:\nИнформацию заместителя министра образования и науки Султанова Н.К. о подготовке школ.\n',
        'РЕШИЛИ:\n1. Информацию принять к сведению.\n2. Рекомендовать министерству опубликовать список школ.\n',
        '2. СЛУШАЛИ:\nИнформацию заведующего отделом учебников Абдраимова Т.\n',
        'РЕШИЛИ:\n1. Рекомендовать министерству обеспечить доставку учебников.\n',
      ].join('\n'),
    );
    expect(pairs(r.speakers)).toEqual([
      ['Султанова Н.К.', ['заместителя министра образования и науки']],
      ['Абдраимова Т.', ['заведующего отделом учебников']],
    ]);
    expect(r.suggestions.map((s) => [s.number, s.text])).toEqual([
      [1, 'Информацию принять к сведению'],
      [2, 'Рекомендовать министерству опубликовать список школ'],
      [1, 'Рекомендовать министерству обеспечить доставку учебников'],
    ]);
  });
  it('negatives: a later label of another word, or one with its value on its line, adds no list', () => {
    const decided = 'T\n\nDECIDED:\n1. Build a school.\n2. Repair the road.\n\n';
    expect(value(suggestions, `${decided}Recommendations:\n1. Plant trees.\n`).map((s) => s.text)).toEqual(['Build a school', 'Repair the road']);
    expect(value(suggestions, `${decided}Later it was said:\n\nDECIDED: to meet again.\n\n1. Plant trees.\n`).map((s) => s.text)).toEqual(['Build a school', 'Repair the road']);
    // Nor does the first list take another after a label that is not alone on its line.
    expect(value(suggestions, 'T\n\nDECIDED: as follows\n1. Build a school.\n\nDECIDED:\n1. Plant trees.\n').map((s) => s.text)).toEqual(['Build a school']);
    // An item that is a label with its value on the line stays an item ("2. Participants: invite more youth").
    expect(value(suggestions, 'T\n\nDECIDED:\n1. Build a school.\n2. Participants: invite more youth.\n').map((s) => s.text)).toEqual(['Build a school', 'Participants: invite more youth']);
  });
  it('a "СЛУШАЛИ:" entry a wrap cut over lines gives its "– о …" talk (only its first line had been read)', () => {
    const heard = 'Открытая диалоговая площадка\n\nСЛУШАЛИ:\nМамытову Айнуру Токтогуловну,\nзаведующую лабораторией областного центра, – о результатах\nмониторинга качества питьевой воды в 2021 году.\n';
    expect(parseMinutes(heard).presentations).toEqual(['результатах мониторинга качества питьевой воды в 2021 году']);
    // Negative: a line that opens with a name is the next entry, not the talk's wrap.
    const spoke = 'Открытая диалоговая площадка\n\nВЫСТУПИЛИ:\nИсаков Бакыт, глава айыл окмоту – о ремонте\nСыдыкова Нургуль – о случаях инфекций\n';
    expect(parseMinutes(spoke).presentations).toEqual(['ремонте', 'случаях инфекций']);
  });
});

describe('speakers: words joined to a name by "and" with no comma', () => {
  it('are no role of the name before ("Asanov Bolot and colleagues made presentations")', () => {
    // (They had been its role: "colleagues made presentations", "the director of school", "K. Kim made presentations".)
    expect(nameAndRoles('T\n\nAsanov Bolot and colleagues made presentations.')).toEqual([['Asanov Bolot', []]]);
    expect(nameAndRoles('T\n\nSpeakers were Asanov Bolot and the director of school.')).toEqual([['Asanov Bolot', []]]);
    expect(nameAndRoles('T\n\nA. Asanov and K. Kim made presentations.')).toEqual([['A. Asanov', []], ['K. Kim', []]]);
    const ruSpeakers = (text: string) => pairs(parseMinutes(`Протокол заседания\n\n${text}`).speakers);
    expect(ruSpeakers('Выступили Асанов Болот и коллеги из района.')).toEqual([['Асанов Болот', []]]);
    expect(ruSpeakers('Выступили А. Асанов и К. Ким.')).toEqual([['А. Асанов', []], ['К. Ким', []]]);
    // Negative: after a comma, a role that goes on with "and" stays the name's; so do roles before a name after "and".
    expect(nameAndRoles('T\n\nSpeakers: Asanov Bolot, expert, and deputy chairman of the council.')).toEqual([['Asanov Bolot', ['expert', 'deputy chairman of the council']]]);
    expect(nameAndRoles('T\n\nSpeakers were Asanov Bolot and the head of the NGO Bekova Aida.')).toEqual([['Asanov Bolot', []], ['Bekova Aida', ['head of the NGO']]]);
  });
});

describe('talks after "on" or "о" in lists of speeches and in brackets after a presenter', () => {
  const talksAndSpeakers = (text: string) => {
    const r = parseMinutes(text);
    return { talks: r.presentations, speakers: pairs(r.speakers) };
  };
  it('in a "Speakers:" or "Heard:" list, the side of the last dash that opens with "on" or "about"', () => {
    // (Under a talks' label it had been so; under a speakers' label the talk had been lost.)
    for (const label of ['Speakers:', 'Heard:']) {
      expect(talksAndSpeakers(`T\n\n${label}\n1. Asanov Bolot, head of the pasture department – on the state of pastures;\n2. Kadyrova Aida, expert of FAO – about pasture committees.`)).toEqual({
        talks: ['the state of pastures', 'pasture committees'],
        speakers: [
          ['Asanov Bolot', ['head of the pasture department']],
          ['Kadyrova Aida', ['expert of FAO']],
        ],
      });
    }
    expect(talksAndSpeakers('Открытая диалоговая площадка\n\nСЛУШАЛИ:\n1. Асанов Болот, начальник отдела пастбищ – о состоянии пастбищ.\n2. Кадырова Аида, эксперт ФАО – об итогах работы.')).toEqual({
      talks: ['состоянии пастбищ', 'итогах работы'],
      speakers: [
        ['Асанов Болот', ['начальник отдела пастбищ']],
        ['Кадырова Аида', ['эксперт ФАО']],
      ],
    });
  });
  it('with "On" or "О" written with a capital after the dash, the title as written, as in a list of talks', () => {
    // (They had given no talk, while "Presentations:" / "1. Name – On the state of pastures" gave "On the state of pastures".)
    expect(talksAndSpeakers('T\n\nSpeakers:\n1. Asanov Bolot – On the state of pastures;\n2. Kadyrova Aida – About pasture committees.')).toEqual({
      talks: ['On the state of pastures', 'About pasture committees'],
      speakers: [
        ['Asanov Bolot', []],
        ['Kadyrova Aida', []],
      ],
    });
    expect(talksAndSpeakers('Открытая диалоговая площадка\n\nСЛУШАЛИ:\n1. Асанов Болот – О состоянии пастбищ.\n2. Кадырова Аида – Об итогах работы.').talks).toEqual(['О состоянии пастбищ', 'Об итогах работы']);
    expect(talksAndSpeakers('T\n\nHeard: Asanov Bolot, head of the pasture department – On the state of pastures.')).toEqual({
      talks: ['On the state of pastures'],
      speakers: [['Asanov Bolot', ['head of the pasture department']]],
    });
    // Negatives: "On behalf of" opens a role; a word that only begins like "On" is none.
    expect(talksAndSpeakers('T\n\nSpeakers:\n1. Asanov Bolot – On behalf of UNDP;\n2. Kadyrova Aida – Online consultant.')).toEqual({
      talks: [],
      speakers: [
        ['Asanov Bolot', ['On behalf of UNDP']],
        ['Kadyrova Aida', ['Online consultant']],
      ],
    });
  });
  it('with "On" or "О" written with a capital after the name’s sentence ends, as a protocol writes it ("Асанов Б.Т. О бюджете")', () => {
    // (They had given no talk.)
    expect(talksAndSpeakers('T\n\nSpeakers:\n1. Asanov Bolot. On the state of pastures.\n2. Kadyrova Aida. About pasture committees.')).toEqual({
      talks: ['On the state of pastures', 'About pasture committees'],
      speakers: [
        ['Asanov Bolot', []],
        ['Kadyrova Aida', []],
      ],
    });
    expect(talksAndSpeakers('T\n\nHeard: Asanov B.T. On the budget of Osh city for 2022.').talks).toEqual(['On the budget of Osh city for 2022']);
    expect(talksAndSpeakers('Открытая диалоговая площадка\n\nСЛУШАЛИ:\n1. Асанов Б.Т. О бюджете города Ош на 2022 год.\n2. Кадырова Аида. Об итогах работы.').talks).toEqual([
      'О бюджете города Ош на 2022 год',
      'Об итогах работы',
    ]);
    // Negatives: no sentence end between; "On behalf of" opens no talk.
    expect(talksAndSpeakers('T\n\nSpeakers:\n1. Asanov Bolot On the state of pastures.\n2. Kadyrova Aida. On behalf of UNDP.').talks).toEqual([]);
  });
  it('up to the end of its sentence, past a dash or after the name', () => {
    // (The talk had run on into the next sentence: "the state of pastures. The participants supported him".)
    expect(talksAndSpeakers('T\n\nSpeakers:\n1. Asanov Bolot on the state of pastures. The participants supported him.\n2. Kadyrova Aida – on pasture committees. Questions followed.').talks).toEqual([
      'the state of pastures',
      'pasture committees',
    ]);
    expect(talksAndSpeakers('Открытая диалоговая площадка\n\nСЛУШАЛИ:\n1. Асанов Болот – о состоянии пастбищ. Участники поддержали.').talks).toEqual(['состоянии пастбищ']);
    // Negatives: an abbreviation's period ends no sentence, nor an entry of the line (a talk that names someone is none);
    // a bracket bounds its talk, periods and all.
    expect(talksAndSpeakers('T\n\nHeard: Asanov B.T. – on a budget of approx. 5 million som.').talks).toEqual(['a budget of approx. 5 million som']);
    expect(talksAndSpeakers('T\n\nHeard: Asanov B.T. – on the work of Prof. Bekov’s laboratory.').talks).toEqual([]);
    expect(talksAndSpeakers('T\n\nSpeakers: Asanov Bolot (on the state of pastures. Part 2), Kadyrova Aida (on water).').talks).toEqual(['the state of pastures. Part 2', 'water']);
  });
  it('in brackets right after the presenter (or the roles), past "on": no role of theirs', () => {
    // (The bracket had been a role: "on the state of pastures".)
    expect(talksAndSpeakers('T\n\nSpeakers: Asanov Bolot (on the state of pastures), Kadyrova Aida (on pasture committees).')).toEqual({
      talks: ['the state of pastures', 'pasture committees'],
      speakers: [
        ['Asanov Bolot', []],
        ['Kadyrova Aida', []],
      ],
    });
    expect(talksAndSpeakers('T\n\nSpeakers:\n- Asanov Bolot;\n- Kadyrova Aida, expert of FAO (on pasture committees).')).toEqual({ talks: ['pasture committees'], speakers: [['Asanov Bolot', []], ['Kadyrova Aida', ['expert of FAO']]] });
    expect(talksAndSpeakers('T\n\nAsanov Bolot (on the state of pastures) and Kadyrova Aida (on pasture committees) spoke at the meeting.').talks).toEqual(['the state of pastures', 'pasture committees']);
    expect(talksAndSpeakers('Открытая диалоговая площадка\n\nВыступили: Асанов Болот (о состоянии пастбищ), Кадырова Аида (об итогах работы комитетов).').talks).toEqual(['состоянии пастбищ', 'итогах работы комитетов']);
  });
  it('negative: "on behalf of" is a role, a bracket with no "on" is one, and a dash with a name after it gives no talk', () => {
    expect(talksAndSpeakers('T\n\nSpeakers:\n- Asanov Bolot – on behalf of UNDP;\n- Kadyrova Aida – on behalf of the mayor.')).toEqual({
      talks: [],
      speakers: [
        ['Asanov Bolot', ['on behalf of UNDP']],
        ['Kadyrova Aida', ['on behalf of the mayor']],
      ],
    });
    expect(talksAndSpeakers('T\n\nSpeakers: Asanov Bolot (on behalf of UNDP), Kadyrova Aida (FAO).')).toEqual({ talks: [], speakers: [['Asanov Bolot', ['on behalf of UNDP']], ['Kadyrova Aida', ['FAO']]] });
    expect(talksAndSpeakers('T\n\nSpeakers:\n- Asanov Bolot, head of department – on the proposal of Kadyrova Aida;\n- Kadyrova Aida, expert.').talks).toEqual([]);
    expect(talksAndSpeakers('T\n\nSpeakers:\n- Asanov Bolot;\n- Kadyrova Aida, expert of FAO (IOM).')).toEqual({ talks: [], speakers: [['Asanov Bolot', []], ['Kadyrova Aida', ['expert of FAO', 'IOM']]] });
  });
});

describe('venue: an abbreviation of its own beside the city is the place', () => {
  it('"Osh city, OshSU, room 214", "Bishkek, AUCA, room 101", "г. Ош, ОшГУ, ауд. 214"', () => {
    // (It had given no place.)
    expect(parseVenue('Osh city, OshSU, room 214', en)).toEqual({ text: 'Osh city, OshSU, room 214', city: 'Osh', name: 'OshSU', room: 'room 214' });
    expect(parseVenue('Bishkek, AUCA, room 101', en)).toEqual({ text: 'Bishkek, AUCA, room 101', city: 'Bishkek', name: 'AUCA', room: 'room 101' });
    expect(parseVenue('г. Ош, ОшГУ, ауд. 214', ru)).toEqual({ text: 'г. Ош, ОшГУ, ауд. 214', city: 'Ош', name: 'ОшГУ', room: 'ауд. 214' });
  });
  it('negative: two letters, an online service, or the city alone', () => {
    expect(parseVenue('Bishkek, KR', en).name).toBeNull();
    expect(parseVenue('Osh, Zoom', en).name).toBeNull();
    expect(parseVenue('Bishkek', en)).toEqual({ text: 'Bishkek', city: 'Bishkek', name: null, room: null });
  });
});

describe('suggestions under a label numbered as a list item ("4. Recommendations" / "1. …")', () => {
  const numbers = (text: string) => parseMinutes(text).suggestions.map((s) => `${s.number} ${s.text}`);
  it('a section of its own numbered as an item, its list starting again at 1 right under it or a blank line away', () => {
    // (Each had given none: a list's own item announced only bullets under it, and a line of five words was no announcement.)
    expect(numbers('T\n\n4. Recommendations\n1. Hold regular meetings;\n2. Create youth groups;\n3. Publish statistics.\n')).toEqual(['1 Hold regular meetings', '2 Create youth groups', '3 Publish statistics']);
    expect(numbers('T\n\nText.\n\n4. Recommendations:\n\n1. Hold regular meetings;\n2. Create youth groups.\n')).toEqual(['1 Hold regular meetings', '2 Create youth groups']);
    expect(numbers('T\n\nIV. Recommendations of the participants\n1. Hold regular meetings;\n2. Create youth groups.\n')).toEqual(['1 Hold regular meetings', '2 Create youth groups']);
    expect(numbers('Открытая диалоговая площадка\n\n4. Рекомендации\n1. Провести встречи;\n2. Создать группы.\n')).toEqual(['1 Провести встречи', '2 Создать группы']);
  });
  it('negative: an item with a suggestion’s word in a sentence, or a list that goes on numbering, announces nothing', () => {
    expect(numbers('T\n\n1. Recommendations of the working group were presented.\n2. Discussion.\n')).toEqual([]);
    expect(numbers('T\n\n1. Opening.\n2. Recommendations\n3. Closing.\n')).toEqual([]);
  });
  it('negative: an agenda’s last point over the minutes’ own numbered sections announces nothing; the recommendations label after them does', () => {
    // (The sections had been the suggestions: "1 The chair opened the meeting", …)
    const agenda = (points: string) =>
      numbers(`T\n\nAGENDA\n${points}\n\n1. The chair opened the meeting.\n2. Mr. Karypbekov presented the results.\n\nRECOMMENDATIONS:\n1. Conduct trainings.\n2. Create a network.\n`);
    expect(agenda('1. Opening of the meeting.\n2. Discussion.\n3. Adoption of recommendations.')).toEqual(['1 Conduct trainings', '2 Create a network']);
    // (A point wrapped on to a line of its own too.)
    expect(agenda('1. Opening of the meeting.\n2. Presentation "Hate speech" –\nIlim Karypbekov, media expert.\n3. Recommendations')).toEqual(['1 Conduct trainings', '2 Create a network']);
    expect(numbers('Открытая диалоговая площадка\n\nПовестка дня:\n1. Открытие.\n2. Решение\n\n1. Председатель открыл заседание.\n2. Выступил эксперт.\n')).toEqual([]);
  });
});

describe('a paragraph of talk entries, a line each, right under a heading that speaks of talks', () => {
  it('each line is an entry ("4. Speakers" / "Name, role – on X;" / "Name2, role – on Y.")', () => {
    // (Only the last line's talk had been read: the paragraph was one entry.)
    const r = parseMinutes('OPEN DIALOGUE PLATFORM\n\n1. Date and venue\n15 April 2022, Naryn city\n\n2. Moderator\nSydykova Gulnara Asanovna, member of the Public Council\n\n3. Speakers\nOmurbekova A., head of the free legal aid centre – on the work of the centre;\nKim Sergei, lawyer of the NGO "Adilet" – on domestic violence cases.\n');
    expect(r.presentations).toEqual(['the work of the centre', 'domestic violence cases']);
    expect(pairs(r.speakers)).toEqual([
      ['Omurbekova A.', ['head of the free legal aid centre']],
      ['Kim Sergei', ['lawyer of the NGO "Adilet"']],
    ]);
    expect(parseMinutes('# T\n\n## Speakers\nAsanov Bolot, head of the department – on the roads;\nKadyrova Aida, expert – “Schools of Naryn”.\n').presentations).toEqual(['the roads', 'Schools of Naryn']);
  });
  it('negative: lines of prose under "## Presentations", and entries under a heading of attendees, stay a paragraph', () => {
    expect(parseMinutes('# T\n\n## Presentations\nThe roads were bad.\nThe schools too.\n').presentations).toEqual([]);
    expect(parseMinutes('# T\n\n## Participants\nAsanov Bolot, head of the department – on leave;\nKim Sergei, lawyer – on duty.\n').presentations).toEqual([]);
  });
});

describe('moderator: a bare name right after a moderator’s title in running text', () => {
  const chair = (text: string) => {
    const m = parseMinutes(`T\n\n${text}\n`).moderator;
    return m && [m.name.full, m.roles];
  };
  it('"The moderator Sarah Miller opened the meeting", with the roles of its own piece', () => {
    // (Each had given none: the name has no ending the lexicon knows a name by.)
    expect(chair('The moderator Sarah Miller opened the meeting.')).toEqual(['Sarah Miller', []]);
    expect(chair('The meeting was opened by the moderator Sarah Miller, UNDP.')).toEqual(['Sarah Miller', ['UNDP']]);
    expect(chair('The moderator, Ms. Sarah Miller, opened the meeting.')).toEqual(['Sarah Miller', []]);
  });
  it('negative: a verb before the name, a body’s words before a position, a heading’s words', () => {
    expect(chair('The moderator thanked Sarah Miller for the presentation.')).toBeNull();
    expect(chair('The moderator Jogorku Kenesh deputy opened the meeting.')).toBeNull();
    expect(chair('The moderator Welcome Remarks were made.')).toBeNull();
  });
});

describe('talks: what a speech was on, right after the name in a list of speeches', () => {
  const talks = (text: string) => parseMinutes(`T\n\n${text}\n`).presentations;
  it('"Heard:" / "Name on X." on lines, in paragraphs, in items, on the label’s line; after the roles’ commas; in Russian', () => {
    // (Each had given no talk: only "Name – on X" after a dash and "Name (on X)" in brackets were read.)
    expect(talks('Heard:\nAsanova Gulnara on the staffing of rural posts.\nToktogulov Emil on the referral of patients.')).toEqual(['the staffing of rural posts', 'the referral of patients']);
    expect(talks('Heard:\n\nAsanova Gulnara on the staffing of rural posts.\n\nToktogulov Emil on the referral of patients.')).toEqual(['the staffing of rural posts', 'the referral of patients']);
    expect(talks('Speakers:\n- Ms. Asanova on the staffing of rural posts\n- Dr. Toktogulov on the referral of patients')).toEqual(['the staffing of rural posts', 'the referral of patients']);
    expect(talks('Heard: Asanova Gulnara on the staffing of rural posts; Kim Oleg about roads.')).toEqual(['the staffing of rural posts', 'roads']);
    expect(talks('Heard:\nAsanova Gulnara about the staffing of rural posts.')).toEqual(['the staffing of rural posts']);
    expect(talks('Presentations:\n- Asanova Gulnara on the staffing of rural posts')).toEqual(['the staffing of rural posts']);
    const r = parseMinutes('T\n\nSpeakers:\n1. Asanova Gulnara, deputy head of the department, on the staffing of rural posts;\n2. Toktogulov Emil, chief doctor, on the referral of patients.\n');
    expect(r.presentations).toEqual(['the staffing of rural posts', 'the referral of patients']);
    expect(pairs(r.speakers)).toEqual([
      ['Asanova Gulnara', ['deputy head of the department']],
      ['Toktogulov Emil', ['chief doctor']],
    ]);
    expect(parseMinutes('Открытая диалоговая площадка\n\nСЛУШАЛИ:\nАсанову Гульнару о кадровом обеспечении сельских ФАПов.\nТоктогулова Эмиля о направлении пациентов.\n').presentations).toEqual(['кадровом обеспечении сельских ФАПов', 'направлении пациентов']);
  });
  it('negative: "on behalf of", "on" inside a role, a talk that names someone, a list that is no list of speeches', () => {
    expect(talks('Speakers: Asanova Gulnara, on behalf of UNDP; Kim Oleg, expert.')).toEqual([]);
    expect(talks('Speakers:\n- Asanova Gulnara on behalf of UNDP\n- Kim Oleg')).toEqual([]);
    expect(talks('Speakers:\n- Asanova Gulnara, expert on gender issues\n- Kim Oleg, head of the department on migration issues')).toEqual([]);
    expect(talks('Heard: Asanova Gulnara on the report of Kim Oleg.')).toEqual([]);
    expect(talks('Participants:\n- Asanova Gulnara on behalf of the council\n- Kim Oleg on leave')).toEqual([]);
    expect(talks('Suggestions:\n1. Asanova Gulnara on the staffing of rural posts.')).toEqual([]);
    expect(talks('Asanova Gulnara on the staffing of rural posts.')).toEqual([]);
  });
});

describe('talks: entries of a speakers label’s line parted by commas, each a name and what it spoke on', () => {
  const read = (text: string) => {
    const r = parseMinutes(`T\n\n${text}\n`);
    return [pairs(r.speakers), r.presentations];
  };
  it('"Speakers: Kim Oleg on roads, Bekova Aida on water supply", with roles, honorifics, in Russian', () => {
    // (Each had given the speakers but no talk: the first entry's talk ran on to the next name, and a talk that names
    // someone is none. Entries parted by semicolons were read already.)
    expect(read('Speakers: Kim Oleg on roads, Bekova Aida on water supply.')).toEqual([
      [['Kim Oleg', []], ['Bekova Aida', []]],
      ['roads', 'water supply'],
    ]);
    expect(read('Speakers: Ms. Kim Olga on roads, Mr. Bekov Nurlan on water supply.')).toEqual([
      [['Kim Olga', []], ['Bekov Nurlan', []]],
      ['roads', 'water supply'],
    ]);
    expect(read('Speakers: Kim Oleg, head of the roads department, on roads, Bekova Aida, engineer, on water supply.')).toEqual([
      [['Kim Oleg', ['head of the roads department']], ['Bekova Aida', ['engineer']]],
      ['roads', 'water supply'],
    ]);
    expect(parseMinutes('Открытая диалоговая площадка\n\nВыступили: Ким Олег о дорогах, Бекова Аида о водоснабжении.\n').presentations).toEqual(['дорогах', 'водоснабжении']);
  });
  it('negative: names alone, a talk that names someone, a talk with commas of its own', () => {
    expect(read('Speakers: Kim Oleg, Bekova Aida, Isakov Marat.')[1]).toEqual([]);
    // (The first talk names Bekova Aida, so is none; the entry after the comma still gives its own.)
    expect(read('Speakers: Kim Oleg on cooperation with Bekova Aida, Isakov Marat on water.')[1]).toEqual(['water']);
    expect(read('Speakers: Kim Oleg on roads, bridges and canals.')).toEqual([[['Kim Oleg', []]], ['roads, bridges and canals']]);
  });
  it('a dash before "on", as in a list of speeches ("Heard: Name, role – on X; Name – on Y"), and entries parted by sentence ends', () => {
    // (The dash form had given talks only as list items; on the label's line, none. Entries parted by a period had run on into one.)
    expect(read('Speakers: Asanov Bolot – on the state of pastures; Kadyrova Aida – on pasture committees.')).toEqual([
      [['Asanov Bolot', []], ['Kadyrova Aida', []]],
      ['the state of pastures', 'pasture committees'],
    ]);
    expect(read('Heard: Asanov Bolot, head of the pasture department – on the state of pastures.')).toEqual([[['Asanov Bolot', ['head of the pasture department']]], ['the state of pastures']]);
    expect(read('Speakers: Kim Oleg, lawyer – on roads, bridges and canals, Ms. Bekova Aida – about water.')).toEqual([
      [['Kim Oleg', ['lawyer']], ['Bekova Aida', []]],
      ['roads, bridges and canals', 'water'],
    ]);
    expect(read('Heard: Toktogulov N.A. on crime prevention. Ms. Asanova G. on legal aid.')).toEqual([
      [['Toktogulov N.A.', []], ['Asanova G.', []]],
      ['crime prevention', 'legal aid'],
    ]);
    expect(parseMinutes('Открытая диалоговая площадка\n\nВыступили: Ким Олег – о дорогах; Бекова Аида – о водоснабжении.\n').presentations).toEqual(['дорогах', 'водоснабжении']);
    // Negatives: a dash between two names, and a talk that names someone, give none.
    expect(read('Speakers: Kim Oleg – Bekova Aida.')[1]).toEqual([]);
    expect(read('Heard: Kim Oleg – on cooperation with Bekova Aida.')[1]).toEqual([]);
  });
  it('a presentations label\'s line whose entries name their presenters: the side of a dash that names no one ("Presentation: X – Name, expert")', () => {
    // (They had given no talk, and the title as the presenter's role.)
    expect(read('Presentation: Migration trends in Osh – Kadyrov Nurbek, expert.')).toEqual([[['Kadyrov Nurbek', ['expert']]], ['Migration trends in Osh']]);
    expect(read('Presentations: Migration trends in Osh – Kadyrov Nurbek, expert; Remittances – Isakova Aida, economist.')).toEqual([
      [['Kadyrov Nurbek', ['expert']], ['Isakova Aida', ['economist']]],
      ['Migration trends in Osh', 'Remittances'],
    ]);
    expect(read('Presentation: Kadyrov Nurbek, expert – Migration trends in Osh.')).toEqual([[['Kadyrov Nurbek', ['expert']]], ['Migration trends in Osh']]);
    // Numbered as a label ("Presentation 1:").
    expect(read('Presentation 1: Migration trends in Osh – Kadyrov Nurbek, expert.\nPresentation 2: Remittances – Isakova Aida, economist.')[1]).toEqual(['Migration trends in Osh', 'Remittances']);
    // Negatives: a side that reads as a position, or a name alone, is no title.
    expect(read('Presenters: Kadyrov Nurbek – expert; Isakova Aida – economist.')).toEqual([[['Kadyrov Nurbek', ['expert']], ['Isakova Aida', ['economist']]], []]);
    expect(read('Presentation: Kadyrov Nurbek, expert of IOM.')).toEqual([[['Kadyrov Nurbek', ['expert of IOM']]], []]);
  });
});

describe('roles: an organisation’s name cut at its commas inside the brackets after a name', () => {
  const chair = (text: string) => {
    const m = parseMinutes(`T\n\n${text}\n`).moderator;
    return m && [m.name.full, m.roles];
  };
  it('is one role, as it is after a comma ("(Chair of the Public Council of the Ministry of Youth, Sports and Culture)")', () => {
    // (Each had given two roles, "… Ministry of Youth" and "Sports and Culture", while the same words after a comma gave one.)
    expect(chair('The dialogue was facilitated by Mrs. Gulmira Sadykova (Chair of the Public Council of the Ministry of Youth, Sports and Culture).')).toEqual(['Gulmira Sadykova', ['Chair of the Public Council of the Ministry of Youth, Sports and Culture']]);
    expect(chair('Moderator: Gulmira Sadykova (head of the Department of Education, Science and Culture, lawyer).')).toEqual(['Gulmira Sadykova', ['head of the Department of Education, Science and Culture', 'lawyer']]);
    expect(chair('Moderator: Gulmira Sadykova (deputy minister of labour, social security and migration).')).toEqual(['Gulmira Sadykova', ['deputy minister of labour, social security and migration']]);
    expect(pairs(parseMinutes('T\n\nSpeakers: Gulmira Sadykova (Chair of the Public Council of the Ministry of Youth, Sports and Culture), Kim Oleg (lawyer).\n').speakers)).toEqual([
      ['Gulmira Sadykova', ['Chair of the Public Council of the Ministry of Youth, Sports and Culture']],
      ['Kim Oleg', ['lawyer']],
    ]);
  });
  it('negative: titles of their own, and acronyms, stay roles apart', () => {
    expect(chair('Moderator: Gulmira Sadykova (expert, Doctor of Economics, Professor).')).toEqual(['Gulmira Sadykova', ['expert', 'Doctor of Economics', 'Professor']]);
    expect(chair('Moderator: Gulmira Sadykova (UNDP, UNICEF and IOM).')).toEqual(['Gulmira Sadykova', ['UNDP', 'UNICEF and IOM']]);
  });
});

describe('venue: a bare name in brackets after a capitalised word', () => {
  it('glosses that word where another part names the city ("Public reception office of the Akyikatchy (Ombudsman), 12 Lenin Street, Talas")', () => {
    // (The city had been "Ombudsman", and the place's name had lost its bracket.)
    expect(parseVenue('Public reception office of the Akyikatchy (Ombudsman), 12 Lenin Street, Talas', en)).toMatchObject({ city: 'Talas', name: 'Public reception office of the Akyikatchy (Ombudsman)' });
    expect(parseVenue('Talas, office of the Akyikatchy (Ombudsman)', en)).toMatchObject({ city: 'Talas', name: 'office of the Akyikatchy (Ombudsman)' });
  });
  it('is the city where no other part names one, and no part of the place’s name then', () => {
    expect(parseVenue('Hotel Dostuk (Osh)', en)).toMatchObject({ city: 'Osh', name: 'Dostuk' });
    expect(parseVenue('the Jalal-Abad regional library (Jalal-Abad)', en)).toMatchObject({ city: 'Jalal-Abad', name: 'Jalal-Abad regional library' });
    expect(parseVenue('Ala-Too Hotel (Naryn)', en)).toMatchObject({ city: 'Naryn', name: 'Ala-Too' });
  });
});

describe('agenda: a point before its presenter’s bracket, with quotations in it or in the bracket', () => {
  const ru = (text: string) => parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`);
  it('is the title where a joining word opens it, or where the quotations stand in the bracket only', () => {
    // (These had given the workplace's quotation "Бакай-Ата Суу" as the title, or no title: "проекта" is an organisation's word.)
    const r = ru('Повестка дня:\n1. О ходе реализации проекта «Таза суу» в районе (докладчик — Исаков Марат, директор ДЭП «Бакай-Ата Суу»).\n2. О тарифах на питьевую воду (докладчик — Абдыкадырова Нуржан, экономист).');
    expect(r.presentations).toEqual(['О ходе реализации проекта «Таза суу» в районе', 'О тарифах на питьевую воду']);
    expect(pairs(r.speakers)).toEqual([
      ['Исаков Марат', ['директор ДЭП «Бакай-Ата Суу»']],
      ['Абдыкадырова Нуржан', ['экономист']],
    ]);
    expect(ru('Повестка дня:\n1. О ходе реализации проекта в районе (докладчик — Исаков Марат, директор ДЭП «Бакай-Ата Суу»).\n2. Разное.').presentations).toEqual(['О ходе реализации проекта в районе']);
    expect(parseMinutes('T\n\nAgenda:\n1. On the results of the “Taza Suu” project (Asanov Bolot, director of “Ak-Jol”).\n2. On the Ministry of Health plan (Kim Oleg, expert).\n').presentations).toEqual(['On the results of the “Taza Suu” project', 'On the Ministry of Health plan']);
  });
  it('negative: a quotation that is the talk’s title stays the title; a body or a position before the bracket is a role', () => {
    const talks = (text: string) => parseMinutes(`T\n\nAgenda:\n${text}\n2. Discussion.\n`).presentations;
    expect(talks('1. Presentation of the study “Youth and migration” (Asanov Bolot, expert).')).toEqual(['Youth and migration']);
    expect(talks('1. Report “Youth and migration” (Asanov Bolot, expert).')).toEqual(['Youth and migration']);
    expect(talks('1. Ministry of Health (Kim Oleg).')).toEqual([]);
    expect(talks('1. Head of the department (Kim Oleg).')).toEqual([]);
  });
});

describe('participants: the head count in brackets before the label’s colon', () => {
  const counts = (text: string, heading = 'T') => {
    const p = parseMinutes(`${heading}\n\n${text}\n`).participants;
    return p && [p.total, p.women, p.men];
  };
  it('after a count’s word, or where women and men follow the colon ("Participants (total 44): women – 30, men – 14")', () => {
    // (Each had given no total.)
    expect(counts('Participants (total 44): women – 30, men – 14.')).toEqual([44, 30, 14]);
    expect(counts('Participants (44): 30 women and 14 men.')).toEqual([44, 30, 14]);
    expect(counts('Участники (всего 44): женщин – 30, мужчин – 14.', 'Открытая диалоговая площадка')).toEqual([44, 30, 14]);
    expect(counts('Участники (44 чел.): 30 женщин и 14 мужчин.', 'Открытая диалоговая площадка')).toEqual([44, 30, 14]);
    expect(counts('Количество участников (всего 44): женщин – 30, мужчин – 14.', 'Открытая диалоговая площадка')).toEqual([44, 30, 14]);
  });
  it('negative: a year, a number of something else, an annex’s number', () => {
    expect(counts('Participants (2021): 30 women and 14 men.')).toEqual([null, 30, 14]);
    expect(counts('Participants (2 groups): 30 women and 14 men.')).toEqual([null, 30, 14]);
    expect(counts('Participants (see Annex 1): 30 women and 14 men.')).toEqual([null, 30, 14]);
  });
});

describe('roles: "chair" is a position of its own', () => {
  it('so a role that opens with it is no part of an organisation’s name before it ("…, member of the Public Council, Chair of Women and Youth Committee")', () => {
    // (The two had been joined as one role: "Chair" was no word of `names.titles`.)
    const m = parseMinutes('T\n\nModerator: Asanova Gulnara, member of the Public Council, Chair of Women and Youth Committee.\n').moderator;
    expect(m && [m.name.full, m.roles]).toEqual(['Asanova Gulnara', ['member of the Public Council', 'Chair of Women and Youth Committee']]);
  });
  it('negative: capitalised parts with no title of their own still go on the name ("Ministry of Youth, Sports and Culture")', () => {
    const m = parseMinutes('T\n\nModerator: Asanova Gulnara, Chair of the Public Council of the Ministry of Youth, Sports and Culture.\n').moderator;
    expect(m && m.roles).toEqual(['Chair of the Public Council of the Ministry of Youth, Sports and Culture']);
  });
});

describe('suggestions: a lone sub-item numbered in two levels right under its item', () => {
  const items = (text: string) => parseMinutes(`T\n\nSuggestions made:\n${text}\n`).suggestions.map((s) => [s.number, s.text]);
  it('is part of the item whose number opens it, at any indent ("1. …;" / "1.1. …;" / "2. …")', () => {
    // (It had been an item of its own, numbered 1 again, its text "1. to stop migration".)
    expect(items('1. to create a concept;\n1.1. to stop migration;\n2. to raise issues.')).toEqual([[1, 'to create a concept; to stop migration'], [2, 'to raise issues']]);
    expect(items('1. to create a concept;\n2. to stop migration;\n2.1. to raise issues.\n3. to hold trainings.')).toEqual([[1, 'to create a concept'], [2, 'to stop migration; to raise issues'], [3, 'to hold trainings']]);
  });
  it('negative: a run of sub-items under an item, and a list of sub-numbers alone, read as they were', () => {
    expect(items('1. to create a concept;\n1.1. to stop migration;\n1.2. to hold.\n2. to raise issues.')).toEqual([[1, 'to create a concept; to stop migration; to hold'], [2, 'to raise issues']]);
    expect(items('1.1. to create a concept;\n1.2. to stop migration.')).toEqual([[1, 'to create a concept'], [2, 'to stop migration']]);
  });
});

describe('speakers: welcomed on behalf of a body by a person', () => {
  it('"The participants were welcomed on behalf of UNDP by Kim Oleg, programme officer" names its speaker', () => {
    // (Both had given none: "welcomed by" was a cue only with the two words side by side.)
    expect(pairs(parseMinutes('T\n\nThe participants were welcomed on behalf of UNDP by Kim Oleg, programme officer.\n').speakers)).toEqual([['Kim Oleg', ['programme officer']]]);
    expect(pairs(parseMinutes('T\n\nThe participants were greeted on behalf of the Ministry of Labour by Kim Oleg.\n').speakers)).toEqual([['Kim Oleg', []]]);
  });
  it('negative: a body welcomed on behalf of another names no one', () => {
    expect(parseMinutes('T\n\nThe participants were welcomed on behalf of UNDP and the Ministry of Labour.\n').speakers).toEqual([]);
  });
});

describe('speakers: disagreeing and giving examples are speech', () => {
  it('"Name, role, disagreed with him", "… gave examples from her practice", and in Russian', () => {
    // (Each had named no speaker.)
    for (const text of ['Kadyrova Aida, expert of IOM, disagreed with him.', 'Kadyrova Aida, expert of IOM, gave examples from her practice.']) {
      expect(pairs(parseMinutes(`T\n\n${text}\n`).speakers)).toEqual([['Kadyrova Aida', ['expert of IOM']]]);
    }
    for (const text of ['Кадырова Аида, эксперт МОМ, не согласилась с ним.', 'Кадырова Аида, эксперт МОМ, привела примеры из своей практики.']) {
      expect(pairs(parseMinutes(`Открытая диалоговая площадка\n\n${text}\n`).speakers)).toEqual([['Кадырова Аида', ['эксперт МОМ']]]);
    }
  });
  it('negative: the participants who disagreed name no one', () => {
    expect(parseMinutes('T\n\nSome participants disagreed with the proposal.\n').speakers).toEqual([]);
  });
});

describe('venue: the place after the kind of event on a title’s line', () => {
  const place = (text: string) => parseMinutes(text).venue;
  it('is the place less the event’s part, on the first line too ("Open Dialogue Platform, Balykchy town, Issyk-Kul region")', () => {
    // (On the title's second line the venue had kept "Open Dialogue Platform, "; on its first it had been none.)
    expect(place('MINUTES\nOpen Dialogue Platform, Balykchy town, Issyk-Kul region\n\nDate: 20 July 2021\n')).toMatchObject({ text: 'Balykchy town, Issyk-Kul region', city: 'Balykchy' });
    expect(place('Open Dialogue Platform, Balykchy town, Issyk-Kul region\n\nDate: 20 July 2021\n')).toMatchObject({ text: 'Balykchy town, Issyk-Kul region', city: 'Balykchy' });
    expect(place('Open Dialogue Platform – Tokmok city\n\nDate: 20 July 2021\n')).toMatchObject({ text: 'Tokmok city', city: 'Tokmok' });
  });
  it('negative: a first line with no place word after the event’s part, or no event’s part, gives none', () => {
    expect(place('Open dialogue platform, second meeting\n\nDate: 20 July 2021\n')).toBeNull();
    expect(place('Balykchy town, Issyk-Kul region\n\nDate: 20 July 2021\n')).toBeNull();
  });
});

describe('talks: a subject with a verb of its own before the presenter’s verb', () => {
  it('goes on past a verb whose agent is no person ("A report on progress made by the council was presented by Name")', () => {
    // (The title had been "progress": "made" was taken for the verb that brings the presenter in.)
    const r = parseMinutes('T\n\nA report on progress made by the council was presented by Asanov Bolot, expert.\n');
    expect(r.presentations).toEqual(['progress made by the council']);
    expect(pairs(r.speakers)).toEqual([['Asanov Bolot', ['expert']]]);
  });
  it('negative: the verb that brings the presenter in still ends the title; a report sent to someone is none', () => {
    expect(parseMinutes('T\n\nA presentation on access to justice was made by Asanov Bolot.\n').presentations).toEqual(['access to justice']);
    expect(parseMinutes('T\n\nThe report on progress made by the council was sent to Asanov Bolot.\n').presentations).toEqual([]);
  });
});

describe('speakers: bullets at the margin right under a numbered item that introduces them', () => {
  it('are its entries up to the next numbered item ("5. Выступления:" / "- Name, role, – «Title»;" / …)', () => {
    // (They had named no one: only items indented deeper under such an item were read.)
    const r = parseMinutes('Открытая диалоговая площадка\n\n4. Участники: 36 человек.\n5. Выступления:\n- Абдуллаев Рустам, начальник отдела, – «Новые правила»;\n- Жумабаева Асель, юрист, – о защите прав.\n');
    expect(pairs(r.speakers)).toEqual([
      ['Абдуллаев Рустам', ['начальник отдела']],
      ['Жумабаева Асель', ['юрист']],
    ]);
    expect(pairs(parseMinutes('T\n\n5. Speeches:\n- Asanov Bolot, head of department, – “New rules”;\n- Kim Oleg, lawyer, – on rights.\n').speakers)).toEqual([
      ['Asanov Bolot', ['head of department']],
      ['Kim Oleg', ['lawyer']],
    ]);
  });
  it('negative: bullets under the next numbered item, and under an item that introduces no speakers, are not', () => {
    expect(pairs(parseMinutes('T\n\n5. Speeches:\n- Asanov Bolot, head of department, – “New rules”;\n6. Participants:\n- Kim Oleg, lawyer\n- Sydykova Aida, teacher\n').speakers)).toEqual([['Asanov Bolot', ['head of department']]]);
    expect(parseMinutes('T\n\n5. Participants:\n- Asanov Bolot, head of department\n- Kim Oleg, lawyer\n').speakers).toEqual([]);
  });
});

describe('speakers: the bullets after a bullet that introduces them, in a document bulleted throughout', () => {
  it('are its entries ("- Speeches:" / "- Name, role" / …), up to a bullet that is a label', () => {
    // (They had named no one: only items indented deeper, or bullets under a numbered item, were read.)
    const r = parseMinutes('T\n\n- Moderator: Isakov Marat, expert.\n- Speeches:\n- Kim Oleg, expert of IOM\n- Bekova Aida, lawyer\n- Participants: 40 people\n- Date: 12 March 2021\n');
    expect(pairs(r.speakers)).toEqual([
      ['Kim Oleg', ['expert of IOM']],
      ['Bekova Aida', ['lawyer']],
    ]);
    expect(r.moderator?.name.full).toBe('Isakov Marat');
    expect(r.participants?.total).toBe(40);
    expect(r.date?.text).toBe('12 March 2021');
    expect(pairs(parseMinutes('Открытая диалоговая площадка\n\n• Выступили:\n• Абдуллаев Рустам, начальник отдела\n• Жумабаева Асель, юрист\n').speakers)).toEqual([
      ['Абдуллаев Рустам', ['начальник отдела']],
      ['Жумабаева Асель', ['юрист']],
    ]);
  });
  it('negative: bullets after a bullet that introduces no speakers, or after one that ends the entries, are not', () => {
    expect(parseMinutes('T\n\n- Participants:\n- Asanov Bolot, head of department\n- Kim Oleg, lawyer\n').speakers).toEqual([]);
    expect(pairs(parseMinutes('T\n\n- Speeches:\n- Kim Oleg, expert of IOM\n- Invited:\n- Sydykova Aida, teacher\n').speakers)).toEqual([['Kim Oleg', ['expert of IOM']]]);
  });
});

describe('lists of bullets at the margin under a numbered item of a form, up to its next numbered item', () => {
  it('talks: "5. Presentations:" / "- “Title” – Name" / … ends at "6. Discussion."', () => {
    // ("Discussion" had been a talk too.)
    const r = parseMinutes('T\n\n5. Presentations:\n- “Water tariffs” – Asanov Bolot, expert;\n- “Pastures” – Kim Oleg, lawyer.\n6. Discussion.\n');
    expect(r.presentations).toEqual(['Water tariffs', 'Pastures']);
  });
  it('talks: a list of speakers ends at a numbered field that names no one and gives the talks ("6. Presented: “A”, “B”")', () => {
    // (It had been read as one more entry, its first quotation its talk.)
    const r = parseMinutes('T\n\nSpeakers:\n1. Omurbekov Temirlan, head of the center;\n2. Sultanova Cholpon, chairperson of the council;\n\n6. Presented: "Labour market in 2021", "Youth and migration: survey results".\n');
    expect(r.presentations).toEqual(['Labour market in 2021', 'Youth and migration: survey results']);
    expect(r.speakers.map((p) => p.name.full)).toEqual(['Omurbekov Temirlan', 'Sultanova Cholpon']);
    // Negative: an entry that names its speaker keeps its one talk.
    expect(parseMinutes('T\n\nSpeakers:\n1. Omurbekov Temirlan, head of the center, presented “Labour market”;\n2. Sultanova Cholpon, chairperson of the youth council, presented “Youth”.\n').presentations).toEqual(['Labour market', 'Youth']);
  });
  it('suggestions: "6. Recommendations:" / "- …" ends at "7. Next meeting: June."', () => {
    // (The next field had been suggestion 7.)
    const r = parseMinutes('T\n\n6. Recommendations:\n- to open a centre;\n- to hold trainings.\n7. Next meeting: June.\n');
    expect(r.suggestions).toEqual([{ number: 1, text: 'to open a centre' }, { number: 2, text: 'to hold trainings' }]);
  });
  it('suggestions: "6. Suggestions made:" / "1) …" / "2) …" ends at "7. Prepared by: …", numbered as the next field', () => {
    // (The next field had been suggestion 7.)
    const expected = [{ number: 1, text: 'To repair canals' }, { number: 2, text: 'To train farmers' }];
    expect(parseMinutes('T\n\n5. Moderator: Asanov Bakyt.\n6. Suggestions made:\n1) To repair canals;\n2) To train farmers.\n7. Prepared by: Beishenova Nazira, coordinator.\n').suggestions).toEqual(expected);
    expect(parseMinutes('T\n\n6. Suggestions made:\n1. To repair canals;\n2. To train farmers.\n\n7. Prepared by: Beishenova Nazira.\n').suggestions).toEqual(expected);
    // Negative: a number that goes on the list is its next item, whatever the field's number; and with no numbered field, "7." is one more.
    expect(parseMinutes('T\n\n2. Suggestions made:\n1) To repair canals;\n2) To train farmers;\n3) To build roads.\n').suggestions).toHaveLength(3);
    expect(parseMinutes('T\n\nSuggestions made:\n1. To repair canals;\n2. To train farmers;\n7. To build roads.\n').suggestions.map((s) => s.number)).toEqual([1, 2, 7]);
  });
  it('suggestions: a numbered "Prepared by:" whose number does not go on the list ends it ("1. …" / "2. …" / "" / "6. Prepared by: Name")', () => {
    // (It had been suggestion 6.)
    const expected = [{ number: 1, text: 'To repair canals' }, { number: 2, text: 'To train farmers' }];
    expect(parseMinutes('T\n\nSuggestions made:\n1. To repair canals;\n2. To train farmers.\n\n6. Prepared by: Beishenova Nazira, coordinator of the project.\n').suggestions).toEqual(expected);
    expect(parseMinutes('T\n\nSuggestions made:\n1. To repair canals;\n2. To train farmers.\n\n6. Report prepared by: Beishenova Nazira.\n').suggestions).toEqual(expected);
    // Negative: an item out of order that no such label opens stays one.
    expect(parseMinutes('T\n\nSuggestions made:\n1. To repair canals;\n2. To train farmers.\n\n6. To prepare a report by June.\n').suggestions.map((s) => s.number)).toEqual([1, 2, 6]);
  });
  it('suggestions: a bullet after numbered items that "Prepared by:" opens ends them ("1. …" / "" / "- Report prepared by: Name")', () => {
    // (It had been suggestion 2.)
    expect(parseMinutes('T\n\nSuggestions:\n1. Create a centre.\n\n- Report prepared by: Mamytova Zarina, secretary.\n').suggestions).toEqual([{ number: 1, text: 'Create a centre' }]);
    expect(parseMinutes('T\n\nSuggestions:\n1. Create a centre;\n2. Train staff.\n- Secretary: Mamytova Zarina.\n').suggestions).toHaveLength(2);
    // Negatives: a bullet of suggestions' text after numbered items stays one; bullets alone, one a label's, stay the list's.
    expect(parseMinutes('T\n\nSuggestions:\n1. Create a centre.\n\n- Prepare a report by June.\n').suggestions).toHaveLength(2);
    expect(parseMinutes('T\n\nSuggestions:\n- Create a centre;\n- Organizer: the mayor office to invite experts.\n').suggestions).toHaveLength(2);
  });
  it('negative: a numbered list under the label reads on; bullets under a bulleted label stay its entries', () => {
    expect(parseMinutes('T\n\nRecommendations:\n1. to open a centre;\n2. to hold trainings.\n').suggestions).toHaveLength(2);
    expect(parseMinutes('T\n\n- Presentations:\n- “Water tariffs” – Asanov Bolot, expert;\n- “Pastures” – Kim Oleg, lawyer.\n').presentations).toEqual(['Water tariffs', 'Pastures']);
  });
});

describe('a label’s list of one item: bullets at the margin under a numbered field end at its next numbered field', () => {
  it('"1. Topic:" / "- “Water supply in villages”" / "2. Date: 12 May 2021" gives the topic', () => {
    // (The next field had been taken for a second item: a label over a list of several is the talks', no topic.)
    expect(parseMinutes('T\n\n1. Topic:\n- “Water supply in villages”\n2. Date: 12 May 2021\n').topic).toBe('Water supply in villages');
  });
  it('negative: a label over a list of several bullets is still no one topic', () => {
    expect(parseMinutes('T\n\n1. Topic:\n- “Water supply”\n- “Pastures”\n2. Date: 12 May 2021\n').topic).toBeNull();
  });
});

describe('labels in a heading or in bold before the colon, with the event they belong to', () => {
  it('"**Moderator of platform**: Name": bold that closes before the colon (moderator, purpose and groups had all been lost)', () => {
    const record = parseMinutes('T\n\n**Participants of the platform**: akims of districts, farmers, NGO.\n\n**The goal of the platform**: Promoting dialogue.\n\n**Moderator of platform**: Chairperson of the Council, professor Abdyrov Tolonbek Shakirovich.\n');
    expect(record.moderator).toEqual({ name: { full: 'Abdyrov Tolonbek Shakirovich', given: 'Tolonbek', patronymic: 'Shakirovich', family: 'Abdyrov' }, roles: ['Chairperson of the Council', 'professor'] });
    expect(record.purpose).toBe('Promoting dialogue');
    expect(record.participants?.groups).toEqual(['akims of districts', 'farmers', 'NGO']);
  });
  it('"## Moderator of the platform" / paragraph: a heading or a bold line may end with the event, and a heading’s label may follow an article in lower case', () => {
    const record = parseMinutes('# Open dialogue platform\n\n## Moderator of platform\n\nChairperson of the Council, professor Abdyrov Tolonbek Shakirovich.\n\n## The goal of the platform\n\nPromoting dialogue.\n\n## Participants of the platform\n\nakims of districts, farmers, NGO.\n');
    expect(record.moderator?.name.full).toBe('Abdyrov Tolonbek Shakirovich');
    expect(record.purpose).toBe('Promoting dialogue');
    expect(record.participants?.groups).toEqual(['akims of districts', 'farmers', 'NGO']);
    expect(parseMinutes('# Open dialogue platform\n\n## The goal\n\nPromoting dialogue.\n').purpose).toBe('Promoting dialogue');
    expect(parseMinutes('Open dialogue platform\n\n**Moderator of platform**\n\nAbdyrov Tolonbek Shakirovich.\n').moderator?.name.full).toBe('Abdyrov Tolonbek Shakirovich');
  });
  it('negative: a plain line that ends with the event, wrapped prose as it may be, is no label', () => {
    expect(parseMinutes('Open dialogue platform\n\nThe meeting was opened.\nModerator of the district\nAbdyrov Tolonbek Shakirovich spoke.\n').moderator).toBeNull();
  });
});

describe('presentations: a paragraph of quotations alone under the list’s opening line or heading', () => {
  const titles = ['Pollution of the lake by sewage', 'Fish resources of Issyk-Kul'];
  it('is a title each (none had been read, or the first alone)', () => {
    expect(parseMinutes('T\n\nReports were presented:\n\n"Pollution of the lake by sewage", "Fish resources of Issyk-Kul".\n').presentations).toEqual(titles);
    expect(parseMinutes('T\n\nReports were presented:\n\n“Pollution of the lake by sewage” and “Fish resources of Issyk-Kul”.\n').presentations).toEqual(titles);
    expect(parseMinutes('T\n\n## Presentations\n\n"Pollution of the lake by sewage", "Fish resources of Issyk-Kul".\n').presentations).toEqual(titles);
  });
  it('negative: not a paragraph with more than quotations and joining words in it, nor prose under a heading', () => {
    expect(parseMinutes('T\n\n## Presentations\n\nThe roads were bad; the schools too.\n').presentations).toEqual([]);
    expect(parseMinutes('T\n\nReports were presented:\n\n"Pollution of the lake by sewage" by Asanov and "Fish resources of Issyk-Kul".\n').presentations).toEqual([]);
  });
});

describe('hard-wrapped lists of talks', () => {
  it('a dash of another kind than the list’s bullets, before a word in lower case, goes on the item above ("- Name, director of …" / "– about X.")', () => {
    // (It had opened an item of its own, and the talk was lost.)
    const record = parseMinutes('T\n\nThe following persons spoke:\n- Kurmanbekova Aida, head of the tourism department – "Tourism statistics";\n- Jakypov Nurlan, director of the association of resorts "Issyk-Kul"\n– about the problems of resorts.\n');
    expect(record.presentations).toEqual(['Tourism statistics', 'the problems of resorts']);
    expect(record.speakers.map((s) => s.name.full)).toEqual(['Kurmanbekova Aida', 'Jakypov Nurlan']);
  });
  it('negative: not under an item that ends a clause, nor in a list whose bullets are that dash', () => {
    expect(parseMinutes('T\n\nThe following persons spoke:\n- Kurmanbekova Aida, head of the tourism department – "Tourism statistics";\n- Jakypov Nurlan, director of the association of resorts;\n– about the problems of resorts.\n').presentations).toEqual(['Tourism statistics']);
    expect(parseMinutes('T\n\nThe following persons spoke:\n– Kurmanbekova Aida, head of the tourism department;\n– Jakypov Nurlan, director\n– about the problems of resorts.\n').presentations).toEqual([]);
  });
  it('a list typed without marks under the wrapped prose of its paragraph, headed by a line that ends with a colon', () => {
    // (The paragraph had been one block, and only the talk of its last line read.)
    const text = 'T\n\nThe platform was opened by the moderator, who introduced the\nparticipants to the agenda. Then the following persons made speeches:\nBekturov Almaz, head of the tourism department of Naryn regional\nadministration – about the tourist potential of the region;\nKydyralieva Gulzada, owner of the guest house "Jailoo" – about\nproblems of small guest houses;\nToktorov Emil, guide – about the safety of tourists in the mountains.\n';
    const record = parseMinutes(text);
    expect(record.presentations).toEqual(['the tourist potential of the region', 'problems of small guest houses', 'the safety of tourists in the mountains']);
    expect(record.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Bekturov Almaz', ['head of the tourism department of Naryn regional administration']],
      ['Kydyralieva Gulzada', ['owner of the guest house "Jailoo"']],
      ['Toktorov Emil', ['guide']],
    ]);
  });
  it('a numbered entry\'s talk wrapped on to a line that opens with its dash ("1) Name, head of … district" / "- on accidents in 2021;")', () => {
    // (The dash had opened a list of its own, and the talk was lost.)
    const text = 'Open dialogue platform\n\nThe following spoke at the meeting:\n1) Nurlanbek Toktorov, head of the traffic police of Issyk-Ata district\n- on accidents in 2021;\n2) Aigerim Sadykova, school director - on safety of schoolchildren on the roads;\n3) Ruslan Kim, driver of public transport.\n';
    expect(parseMinutes(text).presentations).toEqual(['accidents in 2021', 'safety of schoolchildren on the roads']);
    // Negatives: two dashes under the item are its own list, as before; and a short item or one that ends a clause opens one.
    const list = parseMinutes('Open dialogue platform\n\nProposals:\n1) The participants proposed the following measures for the district\n- to repair the roads;\n- to build a school.\n');
    expect(list.suggestions.map((s) => s.text)).toEqual(['The participants proposed the following measures for the district', 'to repair the roads', 'to build a school']);
    const short = parseMinutes('Open dialogue platform\n\nProposals:\n1) Roads\n- to repair the roads.\n');
    expect(short.suggestions.map((s) => s.text)).toEqual(['Roads', 'to repair the roads']);
  });
  it('an entry’s talk wrapped on to a line that opens with its dash ("… guest house “Jailoo”" / "– about problems of small guest houses;")', () => {
    // (The line had been an entry of its own, which no entry reads as, and the list was lost.)
    const text = 'Open dialogue platform\n\nThen the following persons made speeches:\nBekturov Almaz, head of the tourism department – about the tourist potential;\nKydyralieva Gulzada, owner of the guest house "Jailoo" \n– about problems of small guest houses;\nToktorov Emil, guide – about safety.\n';
    expect(parseMinutes(text).presentations).toEqual(['the tourist potential', 'problems of small guest houses', 'safety']);
  });
  it('entries a line each may wrap after the speaker\'s colon, the talk\'s quotation opening the next line ("Name (role):" / "“Title”.")', () => {
    // (The lines had stayed no list: the next entry's talk had been a role.)
    const r = parseMinutes('T\n\nSpeeches:\nAsanov Marat (Osh city hall, department of ecology): \n"Air quality monitoring in Osh".\nAbdieva Nurzat (NGO Green Osh): "Citizens against smog".\n');
    expect(r.presentations).toEqual(['Air quality monitoring in Osh', 'Citizens against smog']);
    expect(pairs(r.speakers)).toEqual([
      ['Asanov Marat', ['Osh city hall', 'department of ecology']],
      ['Abdieva Nurzat', ['NGO Green Osh']],
    ]);
    // Negative: a line with no quotation under the colon is an entry of its own, as before.
    expect(parseMinutes('T\n\nSpeeches:\nAsanov Marat (Osh city hall):\nAbdieva Nurzat (NGO Green Osh): "Citizens against smog".\n').presentations).toEqual(['Citizens against smog']);
  });
  it('a label\'s value goes on over a place line under a line that ends with an article or a joining word ("… in the" / "Jalal-Abad region.")', () => {
    // (The purpose had ended at "in the": the place line had ended the value.)
    expect(parseMinutes('T\n\nPurpose: Improving the access of women to justice in the\nJalal-Abad region.\n').purpose).toBe('Improving the access of women to justice in the Jalal-Abad region');
    expect(parseMinutes('T\n\nTopic: Interethnic relations in the\nUzgen district\n').topic).toBe('Interethnic relations in the Uzgen district');
    // Negative: under a line that ends a value, the place line is no part of it.
    expect(parseMinutes('T\n\nTopic: Youth employment\nTalas region\n').topic).toBe('Youth employment');
  });
  it('a speaker\'s role of an organisation\'s name is whole past a capitalised cue word between its commas ("Ministry of Culture, Information, Sports and Youth Policy")', () => {
    // (The speaker's role had ended at "Culture": "Information" is a cue of speech, "with information on …".)
    const roles = (role: string) => nameAndRoles(`T\n\nThen the floor was given to Omurzakov Bakyt, ${role}, who presented the results.`);
    expect(roles('director of the Department of Tourism under the Ministry of Culture, Information, Sports and Youth Policy of the Kyrgyz Republic')).toEqual([
      ['Omurzakov Bakyt', ['director of the Department of Tourism under the Ministry of Culture, Information, Sports and Youth Policy of the Kyrgyz Republic']],
    ]);
    expect(roles('head of the Ministry of Culture, Information and Tourism')).toEqual([['Omurzakov Bakyt', ['head of the Ministry of Culture, Information and Tourism']]]);
    // Negative: a piece not of capitalised words only is no part of the name, the cue still a cue.
    expect(nameAndRoles('T\n\nAibek Osmonov, head of the Naryn Department, Presentation of the results followed.')).toEqual([['Aibek Osmonov', ['head of the Naryn Department']]]);
  });
  it('a role of an organisation’s name cut at its commas and wrapped is one line ("…, Information," / "Sports and Youth Policy")', () => {
    // (It had kept the line break.)
    expect(parseMinutes('Open dialogue platform\n\nModerator: Dzhumabaeva Aizhan, member of the Public \nCouncil of the Ministry of Culture, Information, \nSports and Youth Policy.\n').moderator?.roles).toEqual([
      'member of the Public Council of the Ministry of Culture, Information, Sports and Youth Policy',
    ]);
  });
  it('negative: not under a colon whose last sentence speaks of no talks (the words of talks in the sentence before it), nor under a line of the prose that ends a clause', async () => {
    const { readDocument } = await import('../src/parse-minutes.js');
    const kinds = (text: string) => readDocument(`Open dialogue platform in Naryn region\n\n${text}\n`).doc!.blocks.map((b) => b.kind);
    expect(kinds('The welcome speech was made by the moderator. The\nparticipants then visited:\nBekturov Almaz farm in Ak-Muz;\nKydyralieva Gulzada guest house in Naryn.')).toEqual(['paragraph', 'paragraph']);
    expect(kinds('The moderator opened the meeting and the welcome speech.\nThen came the\nfollowing persons:\nBekturov Almaz, head of the farm;\nKydyralieva Gulzada, owner of the guest house.')).toEqual(['paragraph', 'paragraph']);
    // (The list itself: its lines are items.)
    expect(kinds('The moderator opened the meeting. The welcome speech was\nmade by the following persons:\nBekturov Almaz, head of the farm;\nKydyralieva Gulzada, owner of the guest house.')).toEqual(['paragraph', 'paragraph', 'listItem', 'listItem']);
  });
});

describe('hard wraps: a dash that opens a line in the middle of a sentence, under a short line or a name in bold', () => {
  it('goes on the sentence under a line in lower case, however short ("the chairman of the Osh regional court" / "- **Name**, the")', () => {
    expect(normalize('With an introduction speech performed\nthe chairman of the Osh regional court\n- **Mamatov Ulanbek Toktorovich**, the\nhead of the centre - **Sultanova Nazira**.\n')).toContain('court\n– **Mamatov');
    const record = parseMinutes('Open dialogue platform\n\nWith an introduction speech performed\nthe chairman of the Osh regional court\n- **Mamatov Ulanbek Toktorovich**, the\nhead of the Free Legal Aid Center in\nOsh city - **Sultanova Nazira**.\n');
    // (There had been no speakers: the dash opened a list.)
    expect(record.speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Mamatov Ulanbek Toktorovich', ['chairman of the Osh regional court']],
      ['Sultanova Nazira', ['head of the Free Legal Aid Center in Osh city']],
    ]);
  });
  it('goes on the sentence under a long line that opens with a name in bold ("**Musaev Aibek**, the chief sanitary doctor of Bishkek" / "- **Name**")', () => {
    expect(normalize('**Musaev Aibek**, the chief sanitary doctor of Bishkek\n- **Abdykadyrova Saltanat**, ecologist of\nthe foundation.\n')).toContain('Bishkek\n– **Abdykadyrova');
  });
  it('negative: a list under a short line stays one where the next line opens with a dash too, or under a line that ends a clause or is an item', () => {
    expect(normalize('the following was decided\n- to repair the road;\n- to build a school.\n')).toBe('the following was decided\n- to repair the road;\n- to build a school.\n');
    expect(normalize('the following was decided:\n- to repair the road.\n')).toBe('the following was decided:\n- to repair the road.\n');
    expect(normalize('* participants of the meeting\n- to repair the road.\n')).toBe('* participants of the meeting\n- to repair the road.\n');
  });
});

describe('paragraphs cut at line ends: not after a short word that ends no sentence', () => {
  it('"… and by Ms." / "Cholpon Abdyrakhmanova, …" and "… в г." / "Каракол" go on (the name and the town had been cut off)', () => {
    // (In wrapped lines, some paragraphs typed with no blank line between them.)
    const speakers = parseMinutes('Open dialogue platform\nDate: 5 November 2021\nVenue: Tokmok city, hall of the\ndistrict administration\nParticipants: 64 people in total,\nincluding 41 women and 23 men.\n\nThe moderator opened the meeting.\nWelcome words were said by Mr. Nurlan\nBeishenaliev, head of the Chui regional\neducation department, and by Ms.\nCholpon Abdyrakhmanova, deputy head of\nthe Tokmok city administration.\n').speakers;
    expect(speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Nurlan Beishenaliev', ['head of the Chui regional education department']],
      ['Cholpon Abdyrakhmanova', ['deputy head of the Tokmok city administration']],
    ]);
    // (In wrapped lines typed with no blank lines between paragraphs.)
    const record = parseMinutes('Отчет о проведении круглого стола в г.\nКаракол по вопросам\nтрудовой миграции\nДата: 12.05.2021\nМесто: в конференц-зале мэрии г.\nКаракол Иссык-Кульской\nобласти\nМодератор: Асанова Гульмира.\n');
    expect(record.title).toBe('Отчет о проведении круглого стола в г. Каракол по вопросам трудовой миграции');
    expect(record.venue).toMatchObject({ text: 'конференц-зале мэрии г. Каракол Иссык-Кульской области', city: 'Каракол' });
  });
  it('in text whose lines mostly end a clause too, where a capitalised line opens a paragraph ("… and by Ms." / "Cholpon …")', () => {
    const text = 'REPORT.\nDate: 12.05.2021.\nVenue: Tokmok city.\nModerator: Isakova Jyldyz.\nWelcome words were said by Mr. Nurlan Beishenaliev, head of the Chui regional education department, and by Ms.\nCholpon Abdyrakhmanova, deputy head of the Tokmok city administration.\n';
    expect(parseMinutes(text).speakers.map((s) => s.name.full)).toEqual(['Nurlan Beishenaliev', 'Cholpon Abdyrakhmanova']);
  });
  it('negative: an abbreviation in capitals ends its sentence ("… проекта ЕС." / "Количество …")', () => {
    const record = parseMinutes('Отчет\nМодератор – Исакова Жылдыз, заместитель координатора проекта ЕС.\nКоличество\nучастников – 31 человек.\n');
    expect(record.moderator?.roles).toEqual(['заместитель координатора проекта ЕС']);
  });
});

describe('a list item wrapped on to a capitalised line, in text typed with no blank lines', () => {
  // (Lines that mostly end a clause: text read as typed a paragraph per line, whose capitalised lines open paragraphs.)
  const head = 'REPORT.\nTopic: "Access to justice".\nDate: 12.05.2021.\nVenue: Talas city.\nModerator: Isakova Jyldyz.\n';
  it('goes on where the line ends as the items do, with a semicolon, or the item’s line with a word that leads on', () => {
    // (The item had been cut there, and the list ended: the speakers after it were lost.)
    const speakers = (list: string) => parseMinutes(`${head}Speakers:\n${list}`).speakers.map((s) => [s.name.full, s.roles]);
    expect(speakers('1. Jumabekov Almaz – chairman of the\nTalas Regional Court;\n2. Sydykova Nurgul – director of the legal aid centre;\n3. Osmonov Erlan – lawyer.\n')).toEqual([
      ['Jumabekov Almaz', ['chairman of the Talas Regional Court']],
      ['Sydykova Nurgul', ['director of the legal aid centre']],
      ['Osmonov Erlan', ['lawyer']],
    ]);
    expect(parseMinutes('ОТЧЕТ\nТема: «Доступ к правосудию»\nДата: 12.05.2021 г.\nМесто: г. Талас.\nВыступили:\n1. Жумабеков Алмаз Токтосунович – председатель\nТаласского областного суда;\n2. Осмонов Эрлан – адвокат.\n').speakers.map((s) => [s.name.full, s.roles])).toEqual([
      ['Жумабеков Алмаз Токтосунович', ['председатель Таласского областного суда']],
      ['Осмонов Эрлан', ['адвокат']],
    ]);
  });
  it('negative: not a line of prose under an item that ends with neither ("1. Build a school" / "The meeting was closed.")', () => {
    expect(parseMinutes(`${head}Suggestions:\n1. Repair the road\n2. Build a school\nThe meeting was closed by the moderator.\n`).suggestions).toEqual([
      { number: 1, text: 'Repair the road' },
      { number: 2, text: 'Build a school' },
    ]);
  });
});

describe('speakers: the speech a sentence opens with is no role ("At the opening, the akim of Tyup district Name noted …")', () => {
  it('"At the opening," and "Speaking at the opening," are passed over (the role "at the opening" had been given)', () => {
    for (const lead of ['At the opening,', 'Speaking at the opening,', 'In his opening remarks,']) {
      expect(parseMinutes(`Open dialogue platform\n\n${lead} the akim of Tyup district Osmonaliev Bakyt noted the importance of the sector.\n`).speakers.map((s) => [s.name.full, s.roles])).toEqual([['Osmonaliev Bakyt', ['akim of Tyup district']]]);
    }
  });
});

describe('suggestions under "Initiatives:" (lexicon: labels and cues)', () => {
  it('"Initiatives:", "Инициативы участников:" announce the list (it had been none)', () => {
    const expected = [{ number: 1, text: 'To open a centre' }, { number: 2, text: 'To hold trainings' }];
    expect(parseMinutes('Open dialogue platform\n\nInitiatives:\n1. To open a centre;\n2. To hold trainings.\n').suggestions).toEqual(expected);
    expect(parseMinutes('Открытая диалоговая площадка\n\nИнициативы участников:\n1. Открыть центр;\n2. Провести тренинги.\n').suggestions.map((s) => s.text)).toEqual(['Открыть центр', 'Провести тренинги']);
  });
  it('negative: a numbered list under a line with no such word is none', () => {
    expect(parseMinutes('Open dialogue platform\n\nProjects:\n1. To open a centre;\n2. To hold trainings.\n').suggestions).toEqual([]);
  });
});

describe('speakers: the paragraph a blank line below a speakers label alone on its line', () => {
  it('is read as the label’s line would be, roles before names too ("Speakers:" / "" / "imam of … Name; head of … Name2.")', () => {
    // (Entries that open with a role had given no one.)
    const expected = [
      ['Abdurakhmanov Abdulla', ['imam of the central mosque of Kyzyl-Kiya']],
      ['Toktorova Gulbara', ['head of the city department of education']],
    ];
    const list = 'imam of the central mosque of Kyzyl-Kiya Abdurakhmanov Abdulla; head of the city department of education Toktorova Gulbara.';
    for (const label of ['Speakers:', '## Speakers', '**Speakers:**']) {
      expect(parseMinutes(`Open dialogue platform\n\n${label}\n\n${list}\n`).speakers.map((s) => [s.name.full, s.roles])).toEqual(expected);
    }
  });
  it('negative: not the paragraph after that one', () => {
    expect(parseMinutes('Open dialogue platform\n\nSpeakers:\n\nAbdurakhmanov Abdulla, imam; Toktorova Gulbara, head of the city department.\n\nThe list of participants was kept by Bekov Almaz.\n').speakers.map((s) => s.name.full)).toEqual(['Abdurakhmanov Abdulla', 'Toktorova Gulbara']);
  });
});

describe('presentations: a list of talks ends at an item that opens with another field’s label and its colon', () => {
  it('"a) “Title” – Name" / "- Discussion: farmers complained …" (the field had been a third title)', () => {
    expect(parseMinutes('Open dialogue platform\n\n- Presentations:\na) "Cooperatives in Naryn" – Mr. Bakyt Sultanov, expert;\nb) "Access to credit" – Ms. Gulzat Turdueva, Kompanion Bank.\n\n- Discussion: farmers complained about the lack of markets.\n').presentations).toEqual(['Cooperatives in Naryn', 'Access to credit']);
  });
  it('negative: an agenda’s point named as a field, with no colon, stays a point ("- Discussion")', () => {
    expect(parseMinutes('T\n\nAgenda:\n- “Waste collection” – Talant Mamytov, head of the enterprise\n- Discussion\n- “Budget 2022” – Aida Kim, economist\n').presentations).toEqual(['Waste collection', 'Budget 2022']);
  });
});

describe('presentations: in a list of talks, an unquoted point that names no talk is none', () => {
  it('"1. Welcome remarks – Name" and "4. Discussion" under "Agenda and presentations:" (both had been titles)', () => {
    const record = parseMinutes('Open dialogue platform\n\nAgenda and presentations:\n1. Welcome remarks – Mrs. Bermet Toktobaeva, deputy mayor of Karakol\n2. "Youth policy of the city" – Mr. Eldiyar Asanov, head of youth department\n3. Discussion\n');
    expect(record.presentations).toEqual(['Youth policy of the city']);
    // (The welcome's speaker is still one.)
    expect(record.speakers.map((s) => s.name.full)).toEqual(['Bermet Toktobaeva', 'Eldiyar Asanov']);
    // (So in a list of "Title by Name": "Greetings" had been a title.)
    expect(parseMinutes('Open dialogue platform\n\nPresentations:\n1. Greetings by Asanov Bolot, deputy mayor;\n2. Budget review by Kim Oleg, economist.\n').presentations).toEqual(['Budget review']);
  });
  it('negative: a quoted one stays a title, and so does a title that only holds such words', () => {
    expect(parseMinutes('Open dialogue platform\n\nPresentations:\n1. “Discussion” – Asanov Bolot, expert\n2. Discussion of the budget – Kim Oleg, economist\n').presentations).toEqual(['Discussion', 'Discussion of the budget']);
  });
});

describe('a label alone over its value a blank line below: the value’s lines end as they would under the label', () => {
  it('"Theme:" / "" / "Corruption risks …" / "Osh region, Uzgen district" gives the topic alone (the place line had gone on it)', () => {
    for (const label of ['Theme:', '## Theme']) {
      expect(parseMinutes(`OPEN DIALOGUE PLATFORM\n\n${label}\n\nCorruption risks in public procurement\nOsh region, Uzgen district\n\nModerator: Asanov Bolot.\n`).topic).toBe('Corruption risks in public procurement');
    }
  });
  it('up to a label inside it ("Participants:" / "" / "30 farmers, 5 veterinarians. Total: 35 (…)")', () => {
    // (The last group had been lost to the count's sentence.)
    expect(parseMinutes('T\n\nParticipants:\n\n30 farmers, 5 veterinarians. Total: 35 (women – 8, men – 27).\n').participants).toEqual({ total: 35, women: 8, men: 27, groups: ['30 farmers', '5 veterinarians'] });
  });
  it('negative: a line that leads on keeps the place line ("… procurement in" / "Osh region, …")', () => {
    expect(parseMinutes('OPEN DIALOGUE PLATFORM\n\nTheme:\n\nCorruption risks in public procurement in\nOsh region, Uzgen district\n\nModerator: Asanov Bolot.\n').topic).toBe('Corruption risks in public procurement in Osh region, Uzgen district');
  });
});

describe('venue in running text named by a copula with no preposition: "The venue was …"', () => {
  it('the place after it, with its building, room and town', () => {
    // (Had given no venue; with a place line under the title, that line instead.)
    expect(parseMinutes('Open dialogue platform\n\nThe venue was the conference hall of the Kemin district administration, Kemin town.\n').venue).toEqual({
      text: 'the conference hall of the Kemin district administration, Kemin town',
      city: 'Kemin',
      name: 'Kemin district administration',
      room: 'conference hall',
    });
    expect(parseMinutes('Open dialogue platform\nChui region, Kemin district, 25-26 February 2021\n\nThe venue was the conference hall of the Kemin district administration, Kemin town.\n').venue?.name).toBe('Kemin district administration');
    expect(parseMinutes('Open dialogue platform\n\nThe meeting took place on 5 May 2021. The place of the meeting was the assembly hall of school No. 3 in Tokmok city.\n').venue).toEqual({
      text: 'the assembly hall of school No. 3 in Tokmok city',
      city: 'Tokmok',
      name: 'school No. 3',
      room: 'assembly hall',
    });
  });
  it('in Russian: "Местом проведения встречи стал …"', () => {
    expect(parseMinutes('Открытая диалоговая площадка\n\nМестом проведения встречи стал конференц-зал гостиницы «Ак-Кеме» в г. Нарын.\n').venue).toEqual({
      text: 'конференц-зал гостиницы «Ак-Кеме» в г. Нарын',
      city: 'Нарын',
      name: 'Ак-Кеме',
      room: 'конференц-зал',
    });
  });
  it('negative: a copula before no place names none, and the place told later is read', () => {
    expect(parseMinutes('Open dialogue platform\n\nThe venue was changed at the last minute. The meeting was held at the Talas regional library.\n').venue?.text).toBe('the Talas regional library');
    expect(parseMinutes('Open dialogue platform\n\nThe venue was changed at the last minute.\n').venue).toBeNull();
  });
});

describe('venue in running text: the premises a translation names ("on the basis of", "на базе")', () => {
  it.each([
    ['On 12 May 2021, the open dialogue platform was held on the basis of the Talas State University.'],
    ['On 12 May 2021, the open dialogue platform was held on the premises of the Talas State University.'],
    ['On 12 May 2021, the open dialogue platform was held in the premises of the Talas State University.'],
  ])('"%s"', (sentence) => {
    // (Had been no venue, or the name "premises of the Talas State University".)
    expect(parseMinutes(`Open dialogue platform\n\n${sentence}\n`).venue).toEqual({ text: 'the Talas State University', city: null, name: 'Talas State University', room: null });
  });
  it('in Russian: "на базе …" (the genitive kept whole in the text, as a declined name is)', () => {
    expect(parseMinutes('Открытая диалоговая площадка\n\n12 мая 2021 года на базе Таласского государственного университета прошла открытая диалоговая площадка.\n').venue?.text).toBe('Таласского государственного университета');
  });
});

describe('venue in running text: the subject of "hosted" or "was the venue for" when it names a building or a room', () => {
  it('the building, after a date that opens the sentence', () => {
    // (Had been no venue, or the town after "in" alone.)
    expect(parseMinutes('Open dialogue platform\n\nOn 12 May 2021, the Talas Regional Library hosted an open dialogue platform on the topic "Youth and media".\n').venue).toEqual({ text: 'the Talas Regional Library', city: null, name: 'Talas Regional Library', room: null });
    expect(parseMinutes('Open dialogue platform\n\nOn 12 May 2021, the conference hall of the Jannat hotel in Jalal-Abad hosted the open dialogue platform "Youth and media".\n').venue).toEqual({
      text: 'the conference hall of the Jannat hotel in Jalal-Abad',
      city: 'Jalal-Abad',
      name: 'Jannat',
      room: 'conference hall',
    });
  });
  it('its parts between commas that read as places, quoted names too', () => {
    expect(parseMinutes('Open dialogue platform\n\nThe "Ak-Keme" hotel, Naryn city, was the venue for the open dialogue platform.\n').venue).toEqual({ text: 'The "Ak-Keme" hotel, Naryn city', city: 'Naryn', name: 'Ak-Keme', room: null });
    expect(parseMinutes('Открытая диалоговая площадка\n\nКонференц-зал гостиницы «Нарын» стал местом проведения открытой диалоговой площадки 12 мая 2021 года.\n').venue).toEqual({ text: 'Конференц-зал гостиницы «Нарын»', city: null, name: 'Нарын', room: 'Конференц-зал' });
  });
  it('negative: an organiser that hosted is no place; the place after it is read', () => {
    expect(parseMinutes('Open dialogue platform\n\nThe Public Council of the Ministry of Health hosted an open dialogue platform at the Nur hotel in Osh on 12 May 2021.\n').venue).toEqual({ text: 'the Nur hotel in Osh', city: 'Osh', name: 'Nur', room: null });
    expect(parseMinutes('Open dialogue platform\n\nThe Public Council of the Ministry of Health hosted an open dialogue platform in Osh on 12 May 2021.\n').venue?.text).toBe('Osh');
    expect(parseMinutes('Open dialogue platform\n\nThe deputy mayor hosted a reception for the participants.\n').venue).toBeNull();
  });
});

describe('speakers: a sentence written role first with commas ("the role, Name, the role2, Name2")', () => {
  it('each name takes the roles before it, from the first role to the last name', () => {
    // (The first role had been no one's, and each name had taken the next person's.)
    const r = parseMinutes('T\n\nWith an introduction speech performed the deputy mayor of Osh, Asanov Bolot, the head of the police department, Kim Oleg, and as well as the expert of IOM, Isakova Jyldyz.\n');
    expect(pairs(r.speakers)).toEqual([
      ['Asanov Bolot', ['deputy mayor of Osh']],
      ['Kim Oleg', ['head of the police department']],
      ['Isakova Jyldyz', ['expert of IOM']],
    ]);
    // (Words that are no role may close the sentence.)
    expect(pairs(parseMinutes('T\n\nThe deputy mayor of Osh, Asanov Bolot, and the expert of IOM, Kim Oleg, made speeches.\n').speakers)).toEqual([
      ['Asanov Bolot', ['deputy mayor of Osh']],
      ['Kim Oleg', ['expert of IOM']],
    ]);
  });
  it('negative: a role after the last name, or "and" right before a name, keeps "Name, role"', () => {
    expect(pairs(parseMinutes('T\n\nWith speeches performed the deputy mayor of Osh, Asanov Bolot, head of the police department, Kim Oleg, expert of IOM.\n').speakers)).toEqual([
      ['Asanov Bolot', ['head of the police department']],
      ['Kim Oleg', ['expert of IOM']],
    ]);
    expect(pairs(parseMinutes('T\n\nWith speeches performed the deputy mayor of Osh, Asanov Bolot, head of the police department, and Kim Oleg.\n').speakers)).toEqual([
      ['Asanov Bolot', ['head of the police department']],
      ['Kim Oleg', []],
    ]);
  });
});

describe('moderator: roles after a period on the label’s line ("Moderator: Name. Chairperson of X, professor.")', () => {
  it('are the name’s, in English and Russian', () => {
    // (They had been lost.)
    expect(parseMinutes('T\n\nModerator: Abdyrov Tolonbek Shakirovich. A chairperson of Coordinating Council of Public Councils of State bodies, doctor of economic sciences, professor.\n').moderator?.roles).toEqual([
      'chairperson of Coordinating Council of Public Councils of State bodies',
      'doctor of economic sciences',
      'professor',
    ]);
    expect(parseMinutes('T\n\nМодератор: Асанов Болот Токтогулович. Председатель Общественного совета, доктор наук.\n').moderator?.roles).toEqual(['Председатель Общественного совета', 'доктор наук']);
  });
  it('negative: a clause with a verb, a sentence that opens with no position, or roles on the next line are not', () => {
    for (const text of ['Moderator: Asanov Bolot. Head of the council opened the meeting.\n', 'Moderator: Asanov Bolot. The meeting was long.\n', 'Moderator: Asanov Bolot.\nChairman of the Public Council.\n']) {
      expect(parseMinutes(`T\n\n${text}`).moderator).toEqual({ name: { full: 'Asanov Bolot', given: 'Bolot', patronymic: null, family: 'Asanov' }, roles: [] });
    }
  });
});

describe('text with no blank lines, wrapped at a width, whose lines mostly end a clause (short reports, items and labelled lines)', () => {
  // The fixture jalal-abad.txt, its blank lines left out and its lines wrapped at 80 characters: half of them end a
  // clause, which had made it read as typed one paragraph per line, cut before every capitalised line.
  const wrapped = [
    'OPEN DIALOGUE PLATFORM',
    'in Jalal-Abad region on the topic «Youth employment and labour migration»',
    'The meeting took place on 02.11.2021 in Jalal-Abad city, youth centre “Umut”. It',
    'was moderated by Nurbek Toktogulov, coordinator of the Youth Council of',
    'Jalal-Abad region.',
    'In total 45 people took part in the meeting: 19 men and 26 women.',
    'Presentations were made by Elmira Abdykadyrova, specialist of the employment',
    'centre, who presented “Vacancies for young people in the region”, and Ruslan',
    'Mamatov, head of the youth NGO “Bilim”, who presented “Returning migrants: how',
    'to use their skills”.',
    'The participants put forward the following proposals:',
    'a) to open a job fair for young people twice a year;',
    'b) to create a register of returning migrants;',
    'c) to support youth start-ups with small grants.',
    '',
  ].join('\n');
  it('a line is cut before a capitalised one only where it was not broken for that word to fit: the same record as the fixture', () => {
    const record = parseMinutes(wrapped);
    const fixture = parseMinutes(readFileSync(new URL('../fixtures/minutes/jalal-abad.txt', import.meta.url)));
    // (The title had run on into the prose; "Youth" / "Council …" and "“Umut”" had been cut off.)
    expect(record.title).toBe('OPEN DIALOGUE PLATFORM in Jalal-Abad region on the topic «Youth employment and labour migration»');
    expect(record.moderator?.roles).toEqual(['coordinator of the Youth Council of Jalal-Abad region']);
    expect(record.venue).toEqual({ text: 'Jalal-Abad city, youth centre “Umut”', city: 'Jalal-Abad', name: 'Umut', room: null });
    const { source: _a, diagnostics: _b, ...rest } = record;
    const { source: _c, diagnostics: _d, ...expected } = fixture;
    expect(rest).toEqual(expected);
  });
  it('a line that fills the width and ends with a colon goes on to a line in lower case', () => {
    const text = [
      'Open Dialogue Platform in Issyk-Kul region',
      'The meeting was moderated by Bakytbek Sultanov, expert of the Public Council',
      'under the Ministry of Internal Affairs.',
      'In total, 41 persons took part in the meeting, of whom 23 were women and 18 men:',
      'representatives of local authorities, religious leaders, teachers and youth',
      'activists.',
      'The following recommendations were made:',
      '(1) establish youth centres in each district;',
      '(2) train imams in work with youth.',
      '',
    ].join('\n');
    // (The groups had been lost.)
    expect(parseMinutes(text).participants).toEqual({ total: 41, women: 23, men: 18, groups: ['representatives of local authorities', 'religious leaders', 'teachers and youth activists'] });
  });
  it('lines over labelled ones are no sample of the wrapping (they end there however the text was typed)', () => {
    // (The fixture ru-talas-info.txt so, at 80 characters: its date and place lines had made it read as unwrapped, and
    // the moderator's role had been cut at "при" / "Государственной …".)
    const text = [
      'ИНФОРМАЦИЯ',
      'о проведении Платформы открытого диалога в Таласской области на тему «Роль',
      'органов местного самоуправления в реинтеграции мигрантов»',
      'Дата проведения: 02/12/2021',
      'Место проведения: г. Талас, конференц-зал гостиницы «Манас»',
      'Мероприятие модерировала А.К. Жумабекова, член Общественного совета при',
      'Государственной службе по миграции.',
      'Цель: обсудить механизмы поддержки вернувшихся мигрантов.',
      'В работе платформы приняли участие 34 человека (20 женщин и 14 мужчин): депутаты',
      'местных кенешей, представители айыл окмоту, НПО.',
      'Выступили:',
      '– Б.Т. Сатыбалдиев, глава айыл окмоту, с докладом «Опыт реинтеграции»;',
      '– Асанова Гулмира, специалист управления социального развития.',
      'Рекомендации:',
      '1. Создать базу данных вернувшихся мигрантов.',
      '2. Организовать курсы профессиональной переподготовки.',
      '',
    ].join('\n');
    const record = parseMinutes(text);
    expect(record.moderator?.roles).toEqual(['член Общественного совета при Государственной службе по миграции']);
    expect(record.venue?.text).toBe('г. Талас, конференц-зал гостиницы «Манас»');
    expect(record.participants?.groups).toEqual(['депутаты местных кенешей', 'представители айыл окмоту', 'НПО']);
  });
  it('lines wrapped unevenly (a PDF set in a proportional font): a line as full as the least full broken mid-sentence counts as broken to fit', () => {
    // (The fixture nookat-hearing.txt so: "… introduced" / "the agenda." fills 85 of the 87 characters of its longest
    // line with the next word; "… by Ms. Zhyldyz" / "Toktogulova, …" 89, had been cut there, and the speaker lost her
    // family name and role.)
    const text = [
      'MINUTES',
      'of the public hearing "Access to clean drinking water in Nookat district"',
      'Nookat town, district administration building, assembly hall',
      '12th of October, 2022',
      'Present: 35 people (men – 20, women – 15): deputies of the local council, heads of ayil',
      'okmotu, representatives of civil society and residents.',
      'Chair of the hearing: Mamytov Ulan, deputy head of the district administration.',
      'Agenda:',
      '1. Presentation of the drinking water programme.',
      '2. Questions and answers.',
      'The hearing was opened by U. Mamytov, who greeted the participants and introduced',
      'the agenda.',
      'A presentation "Drinking water programme 2022-2025" was made by Ms. Zhyldyz',
      'Toktogulova, engineer of the Department of Water Supply.',
      'Then the floor was given to Kadyrov Bakyt, head of Kyzyl-Oi ayil okmotu, who spoke',
      'about the condition of the pipes in the villages.',
      'Following the discussion, the participants recommended:',
      'a) to repair the main pipeline in Kyzyl-Oi village before winter;',
      'b) to publish the water supply schedule on the district website.',
      '',
    ].join('\n');
    expect(pairs(parseMinutes(text).speakers)).toEqual([
      ['Zhyldyz Toktogulova', ['engineer of the Department of Water Supply']],
      ['Kadyrov Bakyt', ['head of Kyzyl-Oi ayil okmotu']],
    ]);
  });
  it('lines longer than an editor wraps (a PDF’s, past 100 characters), blank lines between paragraphs or not', () => {
    // (The seed osh.txt so, its speakers' paragraph: read as typed one paragraph per line, it had been cut before
    // "Akyikatchy …" and "major …", and three of its four speakers lost.)
    const speakers = [
      'With an introduction speech performed the deputy of chairman of State service concerning the migration under',
      'the government of Kyrgyz Republic - **Toktobolotov Samat Nikolaevich**, authorized representative of',
      'Akyikatchy Aparatus of Kyrgyz Republic in the city of Osh- **Kasymov Shambetali Kazybekovich**, the',
      'major specialist on social issues of mayor’s office in Osh city- **Ajybaev Alisher Batyrovich**, and as well',
      'as the deputy of coordinator of the project EC “ Open Communities - Open Media” – **Isakova Jyldyz**.',
    ].join('\n');
    const before = 'It was conducted the meeting on exchange of opinions about challenges, risks and consequences of\nmigration in the city of Osh with major specialists of the following region, as well as with experts who were\ninvited from the capital.';
    for (const blank of ['\n\n', '\n']) {
      expect(parseMinutes(`Open dialogue platform${blank}${before}${blank}${speakers}${blank}`).speakers.map((s) => s.name.full)).toEqual([
        'Toktobolotov Samat Nikolaevich',
        'Kasymov Shambetali Kazybekovich',
        'Ajybaev Alisher Batyrovich',
        'Isakova Jyldyz',
      ]);
    }
  });
  it('a line that ends with an article, a joining word or a preposition ends no paragraph, however the text was typed', () => {
    // (The fixture karakol.txt laid out as a wide PDF with no blank lines: too few lines to tell it wrapped, it is read as
    // typed one paragraph per line, and the role had been cut at "head of the" / "Women's Council.".)
    const text = [
      'Report on the round table in Karakol city',
      'On 10 December 2021 a round table "Women in local self-government" was held in Karakol city, in the',
      'conference hall of the city hall. The round table was chaired by Gulmira Asanova, deputy mayor of Karakol.',
      'The event was attended by 25 people, 18 of them women and 7 men.',
      'Speeches were made by Kanykei Toktorova, deputy of the city kenesh, and Bermet Alieva, head of the',
      "Women's Council.",
      'It was decided:',
      '1. To create a school of women leaders in Karakol.',
      '',
    ].join('\n');
    expect(pairs(parseMinutes(text).speakers)).toEqual([
      ['Kanykei Toktorova', ['deputy of the city kenesh']],
      ['Bermet Alieva', ["head of the Women's Council"]],
    ]);
  });
  it('a name that runs from a line’s end on to the next ends no paragraph, however the text was typed', () => {
    // (The fixture talas.txt laid out as a PDF with no blank lines: too few lines to tell it wrapped, it had been cut at
    // "… presented by Temirova" / "Aigul, expert …", and the speaker lost.)
    const text = [
      'Open dialogue platform in Talas region on the topic "Transparency of local budgets"',
      'Moderator: Sydykov A.T., member of the Public Council of the Ministry of Finance.',
      'Welcoming speeches were delivered by Zhumabekova Gulnara Asanovna, head of the',
      'budget department of the Talas regional administration, and Omurov Kanat Sultanovich,',
      'chairman of the Talas city kenesh.',
      'The report "Open budget: what citizens should know" was presented by Temirova',
      'Aigul, expert of the Budget Initiative NGO.',
      'Recommendations:',
      '1. Publish local budgets on the websites of ayil okmotu;',
      '2. Hold budget hearings before the adoption of the budget.',
      '',
    ].join('\n');
    expect(pairs(parseMinutes(text).speakers).at(-1)).toEqual(['Temirova Aigul', ['expert of the Budget Initiative NGO']]);
    // Negative: a town that ends a line and one that opens the next are no name.
    expect(parseMinutes('Open dialogue platform in Talas\nKarakol, 18 March 2021, hotel “Amir”.\nThe meeting was opened by the mayor.\n').title).toBe('Open dialogue platform in Talas');
  });
  it('negative: typed one paragraph per line (no line fills a width), a capitalised line still opens a paragraph', () => {
    const text = 'OPEN DIALOGUE PLATFORM\nKarakol city, hotel “Amir”\nDate: 12 May 2021.\nModerator: Asanov Bolot, expert.\nThe meeting was opened by the mayor.\nSuggestions:\n1. Build a school;\n2. Repair the road.\n';
    const record = parseMinutes(text);
    expect(record.title).toBe('OPEN DIALOGUE PLATFORM');
    expect(record.venue?.text).toBe('Karakol city, hotel “Amir”');
  });
});

describe('wrapped text: a line that leaves a quotation open ends no paragraph at its period', () => {
  it('"Presentations on “A”, “Batken." / "Migration and Prospects”, “C” were completed." gives the whole title', () => {
    // (The seed batken.txt, its blank lines left out, wrapped at 72 characters: the lines around its talks.)
    const text = [
      'At the open dialogue platform, actual issues in the Batken region were',
      'discussed, such as labor migration and the main directions of economic',
      'development of the region, as well as the specifics of the work of the',
      'media in the border zones.',
      'Presentations on “On the status of the Batken region”, “Batken.',
      'Migration and Prospects”, “Results of Monitoring Survey of Batken',
      'Oblast” were completed.',
      'Suggestions made:',
      '1. to raise personnel issues.',
      '',
    ].join('\n');
    // (The second title had been "Batken." alone, the third lost.)
    expect(parseMinutes(text).presentations).toEqual(['On the status of the Batken region', 'Batken. Migration and Prospects', 'Results of Monitoring Survey of Batken Oblast']);
  });
  it('negative: a quotation closed on the line ends it as before', () => {
    const text = 'At the open dialogue platform, actual issues in the Batken region were\ndiscussed, such as labor migration and the main directions of economic\ndevelopment of the region, as well as the specifics of the work of the\nmedia in the border zones.\nPresentations on “On the status of the Batken region” were completed.\nMigration was discussed as well.\n';
    expect(parseMinutes(text).presentations).toEqual(['On the status of the Batken region']);
  });
});

describe('suggestions: a list typed inside a line that goes on under it, numbered on', () => {
  it('"Suggestions made: 1) …; 2) …;" / "3) …" gives all three (the third had been lost)', () => {
    expect(value(suggestions, 'T\n\nSuggestions made: 1) to update the maps; 2) to introduce fines;\n3) to hold the next meeting in autumn.\n4) to invite the press.\n\nThe end.')).toEqual([
      { number: 1, text: 'to update the maps' },
      { number: 2, text: 'to introduce fines' },
      { number: 3, text: 'to hold the next meeting in autumn' },
      { number: 4, text: 'to invite the press' },
    ]);
  });
  it('negative: a list after a blank line, or one numbered from 1 again, is another', () => {
    for (const after of ['\n\n3) Other business.', '\n1) Opening.\n2) Closing.']) {
      expect(value(suggestions, `T\n\nSuggestions made: 1) to update the maps; 2) to introduce fines.${after}`)).toEqual([
        { number: 1, text: 'to update the maps' },
        { number: 2, text: 'to introduce fines' },
      ]);
    }
  });
});

describe('a labelled line whose value was wrapped on to a line or two and ends a sentence there', () => {
  it('"Total: 27 …, 15 are" / "men." / "Welcoming speeches …": the next capitalised line opens a paragraph', () => {
    // (The fixture talas.txt with every other blank line left out and wrapped at 55 columns: the speeches had run on into
    // the count's paragraph, and two speakers were lost.)
    const text = [
      'Open dialogue platform in Talas region on the topic',
      '"Transparency of local budgets"',
      '',
      'Moderator: Sydykov A.T., member of the Public Council',
      'of the Ministry of Finance.',
      '',
      'Total: 27 participants, of whom 12 are women and 15 are',
      'men.',
      'Welcoming speeches were delivered by Zhumabekova',
      'Gulnara Asanovna, head of the budget department of the',
      'Talas regional administration, and Omurov Kanat',
      'Sultanovich, chairman of the Talas city kenesh.',
      '',
    ].join('\n');
    const record = parseMinutes(text);
    expect(record.participants).toEqual({ total: 27, women: 12, men: 15, groups: [] });
    expect(pairs(record.speakers)).toEqual([
      ['Zhumabekova Gulnara Asanovna', ['head of the budget department of the Talas regional administration']],
      ['Omurov Kanat Sultanovich', ['chairman of the Talas city kenesh']],
    ]);
  });
  it('a line that opens with a name and says what the person did opens a paragraph too', () => {
    // (The fixture issyk-kul.md with every other blank line left out: the speeches had stayed in the count's paragraph.)
    const text = 'Public hearing in Issyk-Kul region\n\nPresent:\n- Ms. Cholpon Dzhaparova, head of the tourism department (chair)\n- Mr. Almaz Bekturov, director of the Association of Guest Houses\n\nAttendance: 28 participants (17 women, 11 men).\nMs. Dzhaparova opened the hearing. Almaz Bekturov presented the results\nof the season, and Ainura Sadykova spoke about the new rules for guest\nhouses.\n\nText.\n';
    const record = parseMinutes(text);
    expect(record.moderator?.name.full).toBe('Cholpon Dzhaparova');
    expect(pairs(record.speakers)).toEqual([
      ['Almaz Bekturov', ['director of the Association of Guest Houses']],
      ['Ainura Sadykova', []],
    ]);
  });
  it('negative: a line that opens with a name stays in the labelled line\'s paragraph', () => {
    const text = 'Open dialogue platform\n\nSpeakers: Asanov Bolot, expert of the Public\nCouncil.\nKim Oleg, lawyer.\n\nText.\n';
    expect(pairs(parseMinutes(text).speakers)).toEqual([
      ['Asanov Bolot', ['expert of the Public Council']],
      ['Kim Oleg', ['lawyer']],
    ]);
  });
});

