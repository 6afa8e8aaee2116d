/**
 * Whole reports in layouts and wordings the fixtures do not have (markdown with bold labels and
 * section headings, bulleted speakers with their talks, a Russian twin of it, a report with no
 * labels at all), each field of the expected record written by hand from the text.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/index.js';
import { pick } from './helpers.js';

const MARKDOWN_EN = `# Minutes of the Round Table

**Topic:** “Youth employment in Jalal-Abad region”
**Date:** 5 October 2021
**Venue:** Jalal-Abad city, “Mirage” hotel, conference hall
**Moderator:** Kubanychbek Toktomushev, coordinator of the Youth Council

## Participants

Total: 28 participants (17 women, 11 men): students, young entrepreneurs, representatives of the mayor's office.

## Speakers

* **Aizada Mamytova**, deputy mayor of Jalal-Abad – welcoming remarks;
* **Nurbek Sadykov**, expert of the employment centre – presentation “Labour market for young people”;
* **Gulnara Asanbaeva**, head of the NGO “Jashtar” – presentation “Youth entrepreneurship”.

## Recommendations

1. Open a youth employment office at the mayor's office.
2. Organise job fairs twice a year.
`;

const MARKDOWN_RU = `# Протокол круглого стола

**Тема:** «Занятость молодежи в Джалал-Абадской области»
**Дата:** 5 октября 2021 г.
**Место:** г. Джалал-Абад, гостиница «Мираж», конференц-зал
**Модератор:** Токтомушев Кубанычбек, координатор Молодежного совета

## Участники

Всего: 28 участников (17 женщин, 11 мужчин): студенты, молодые предприниматели, представители мэрии.

## Выступили

* **Мамытова Айзада**, вице-мэр г. Джалал-Абад – приветственное слово;
* **Садыков Нурбек**, эксперт центра занятости – презентация «Рынок труда для молодежи»;
* **Асанбаева Гульнара**, руководитель ОО «Жаштар» – презентация «Молодежное предпринимательство».

## Рекомендации

1. Открыть молодежный офис занятости при мэрии.
2. Проводить ярмарки вакансий два раза в год.
`;

const NO_LABELS_RU = `Круглый стол по вопросам питьевой воды в Кочкорском районе Нарынской области

3 июня 2021 года в с. Кочкор, в актовом зале районной администрации состоялся круглый стол. Председательствовал глава районного кенеша Беков Алмаз Кадырович.

Приняли участие 32 человека, в том числе 14 женщин и 18 мужчин.

Участники заслушали доклад инженера районной службы водоснабжения Асановой Чолпон о состоянии водопроводов.

Решили:
1. Отремонтировать водопровод в с. Кочкор до начала зимы.
2. Обратиться в областную администрацию за финансированием.
`;

const person = (full: string, given: string | null, patronymic: string | null, family: string | null, roles: string[]) => ({
  name: { full, given, patronymic, family },
  roles,
});

describe('whole reports, read by hand', () => {
  it('English markdown: bold labels, section headings, bulleted speakers with their talks', () => {
    const want = {
      title: 'Minutes of the Round Table',
      type: 'Round Table',
      region: 'Jalal-Abad',
      topic: 'Youth employment in Jalal-Abad region',
      purpose: null,
      moderator: person('Kubanychbek Toktomushev', 'Kubanychbek', null, 'Toktomushev', ['coordinator of the Youth Council']),
      date: { text: '5 October 2021', year: 2021, month: 10, day: 5, iso: '2021-10-05' },
      venue: { text: 'Jalal-Abad city, “Mirage” hotel, conference hall', city: 'Jalal-Abad', name: 'Mirage', room: 'conference hall' },
      participants: { total: 28, women: 17, men: 11, groups: ['students', 'young entrepreneurs', "representatives of the mayor's office"] },
      speakers: [
        person('Aizada Mamytova', 'Aizada', null, 'Mamytova', ['deputy mayor of Jalal-Abad']),
        person('Nurbek Sadykov', 'Nurbek', null, 'Sadykov', ['expert of the employment centre']),
        person('Gulnara Asanbaeva', 'Gulnara', null, 'Asanbaeva', ['head of the NGO “Jashtar”']),
      ],
      presentations: ['Labour market for young people', 'Youth entrepreneurship'],
      suggestions: [
        { number: 1, text: "Open a youth employment office at the mayor's office" },
        { number: 2, text: 'Organise job fairs twice a year' },
      ],
    };
    const record = parseMinutes(MARKDOWN_EN);
    expect(pick(want, record)).toEqual(want);
    expect(record.diagnostics).toEqual([]);
  });

  it('the same report in Russian', () => {
    const want = {
      title: 'Протокол круглого стола',
      type: 'круглого стола',
      region: 'Джалал-Абад',
      topic: 'Занятость молодежи в Джалал-Абадской области',
      moderator: person('Токтомушев Кубанычбек', 'Кубанычбек', null, 'Токтомушев', ['координатор Молодежного совета']),
      date: { text: '5 октября 2021 г.', year: 2021, month: 10, day: 5, iso: '2021-10-05' },
      venue: { text: 'г. Джалал-Абад, гостиница «Мираж», конференц-зал', city: 'Джалал-Абад', name: 'Мираж', room: 'конференц-зал' },
      participants: { total: 28, women: 17, men: 11, groups: ['студенты', 'молодые предприниматели', 'представители мэрии'] },
      speakers: [
        person('Мамытова Айзада', 'Айзада', null, 'Мамытова', ['вице-мэр г. Джалал-Абад']),
        person('Садыков Нурбек', 'Нурбек', null, 'Садыков', ['эксперт центра занятости']),
        person('Асанбаева Гульнара', 'Гульнара', null, 'Асанбаева', ['руководитель ОО «Жаштар»']),
      ],
      presentations: ['Рынок труда для молодежи', 'Молодежное предпринимательство'],
      suggestions: [
        { number: 1, text: 'Открыть молодежный офис занятости при мэрии' },
        { number: 2, text: 'Проводить ярмарки вакансий два раза в год' },
      ],
    };
    const record = parseMinutes(MARKDOWN_RU);
    expect(pick(want, record)).toEqual(want);
    expect(record.source.language).toBe('ru');
  });

  it('a Russian report with no labels at all: the chair, date, place and counts in running text', () => {
    const want = {
      title: 'Круглый стол по вопросам питьевой воды в Кочкорском районе Нарынской области',
      type: 'Круглый стол',
      region: 'Нарын',
      topic: null,
      moderator: person('Беков Алмаз Кадырович', 'Алмаз', 'Кадырович', 'Беков', ['глава районного кенеша']),
      date: { text: '3 июня 2021 года', year: 2021, month: 6, day: 3, iso: '2021-06-03' },
      venue: { text: 'с. Кочкор, в актовом зале районной администрации', city: 'Кочкор', name: null, room: 'актовом зале районной администрации' },
      participants: { total: 32, women: 14, men: 18, groups: [] },
      // As written, in the case the sentence puts the name in; the talk's subject is no role.
      speakers: [person('Асановой Чолпон', 'Чолпон', null, 'Асановой', ['инженера районной службы водоснабжения'])],
      suggestions: [
        { number: 1, text: 'Отремонтировать водопровод в с. Кочкор до начала зимы' },
        { number: 2, text: 'Обратиться в областную администрацию за финансированием' },
      ],
    };
    const record = parseMinutes(NO_LABELS_RU);
    expect(pick(want, record)).toEqual(want);
    // Negative: nothing here announces a presentation by title.
    expect(record.presentations).toEqual([]);
  });
});
