/**
 * Reports put together from the ways minutes word each part (a title in one, two or three lines; the moderator
 * labelled, told in a sentence or with the role first; the date in four forms; the head count in ten; the speakers
 * in a sentence with roles after or before the names, a list, a table, bold paragraphs or "Title by Name"; names in
 * either order, with initials or in capitals; talks quoted in brackets, after a dash or a colon; the suggestions
 * numbered on lines or on one line), the header's paragraphs shuffled. Each report's expected values are the parts
 * it was built from, so they are known without reading the output; a fixed seed makes the same reports every run.
 * A failure names the report's number: `REPORT=n npx vitest run test/generated.test.ts` prints its text.
 */
import { describe, expect, it } from 'vitest';
import { parseMinutes } from '../src/index.js';

/** A small linear congruential generator: the same seed gives the same reports on every machine. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

interface Person {
  given: string;
  patronymic: string | null;
  /** None for a Kyrgyz name of a given name and a patronymic ("Aizada Bolot kyzy"). */
  family: string | null;
  /** A family name with no ending ("Kim"): never written in capitals, where it reads as an acronym ("Dinara KIM", like "IOM"). */
  bare?: true;
}

interface Expected {
  region: string;
  topic: string;
  moderator: { full: string; roles: string[] };
  date: { year: number; month: number; day: number };
  venue: { city: string; name: string };
  participants: { total: number; women: number; men: number; groups: string[] };
  speakers: { full: string; roles: string[] }[];
  presentations: string[];
  suggestions: string[];
}

/** What the parser gave, in the shape of Expected. */
function actual(text: string): Expected {
  const r = parseMinutes(text);
  return {
    region: r.region!,
    topic: r.topic!,
    moderator: r.moderator && { full: r.moderator.name.full, roles: r.moderator.roles },
    date: r.date && { year: r.date.year!, month: r.date.month!, day: r.date.day! },
    venue: r.venue && { city: r.venue.city!, name: r.venue.name! },
    participants: r.participants && { total: r.participants.total!, women: r.participants.women!, men: r.participants.men!, groups: r.participants.groups },
    speakers: r.speakers.map((s) => ({ full: s.name.full, roles: s.roles })),
    presentations: r.presentations,
    suggestions: r.suggestions.map((s) => s.text),
  } as Expected;
}

/** The words of a language that a report is put together from. */
interface Bank<Region> {
  people: Person[];
  regions: readonly Region[];
  cities: string[];
  topics: string[];
  hotels: string[];
  roles: string[];
  groups: string[][];
  suggestions: string[][];
}

/** The parts every report draws first, in one order (so a seed gives the same reports): people, place, topic, date, counts. */
function draw<Region>(rnd: () => number, bank: Bank<Region>) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const people = [...bank.people].sort(() => rnd() - 0.5);
  const region = pick(bank.regions);
  const [city, topic, hotel] = [pick(bank.cities), pick(bank.topics), pick(bank.hotels)];
  const moderatorRole = pick(bank.roles);
  const day = 1 + Math.floor(rnd() * 27);
  const month = 1 + Math.floor(rnd() * 12);
  const year = 2020 + Math.floor(rnd() * 3);
  const women = 10 + Math.floor(rnd() * 20);
  const men = 5 + Math.floor(rnd() * 20);
  const groups = pick(bank.groups);
  const suggestions = pick(bank.suggestions);
  return { pick, people, region, city, topic, hotel, moderatorRole, day, month, year, women, men, total: women + men, groups, suggestions };
}

const fullName = (p: Person, givenFirst: boolean) => (givenFirst || !p.family ? [p.given, p.patronymic, p.family] : [p.family, p.given, p.patronymic]).filter(Boolean).join(' ');

const EN = {
  months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  people: [
    { given: 'Tolonbek', patronymic: 'Shakirovich', family: 'Abdyrov' },
    { given: 'Aida', patronymic: null, family: 'Bekova' },
    { given: 'Samat', patronymic: 'Nikolaevich', family: 'Toktobolotov' },
    { given: 'Jyldyz', patronymic: null, family: 'Isakova' },
    { given: 'Nurlan', patronymic: 'Asanovich', family: 'Sydykov' },
    { given: 'Gulnara', patronymic: 'Kadyrovna', family: 'Mamatova' },
    { given: 'Erlan', patronymic: null, family: 'Usenov' },
    { given: 'Cholpon', patronymic: null, family: 'Alieva' },
    { given: 'Aizada', patronymic: 'Bolot kyzy', family: null },
    { given: 'Mirlan', patronymic: 'Abdy uulu', family: null },
    { given: 'Elena', patronymic: 'Petrovna', family: 'Voronina' },
    { given: 'Dinara', patronymic: null, family: 'Kim', bare: true },
  ] as Person[],
  roles: [
    'head of the district education department',
    'expert of the public foundation "Bilim"',
    'deputy mayor of the city',
    'director of the employment centre',
    'specialist of the Ministry of Labour',
    'chairman of the youth committee',
    'lawyer of the Legal Clinic',
    'member of the Public Council of the Ministry of Finance',
  ],
  degrees: ['professor', 'candidate of economic sciences', 'PhD'],
  regions: ['Osh', 'Batken', 'Naryn', 'Talas', 'Chui', 'Issyk-Kul', 'Jalal-Abad'],
  cities: ['Osh', 'Batken', 'Naryn', 'Tokmok', 'Karakol', 'Kyzyl-Kiya'],
  topics: ['Youth employment', 'Risks and consequences of migration', 'Access to clean water', 'Transparency of local budgets'],
  hotels: ['Orto-Asia', 'Aigul-Too', 'Ala-Too', 'Khan Tengri'],
  talks: ['Migration trends in the region', 'Results of the survey', 'The budget for 2021', 'Water supply: problems and solutions'],
  groups: [
    ['representatives of state bodies', 'NGOs', 'journalists'],
    ['teachers', 'parents', 'students'],
    ['deputies of local keneshes', 'heads of ayil okmotu', 'residents', 'media'],
  ],
  suggestions: [
    ['to repair the roads', 'to build a bridge', 'to hold hearings every year'],
    ['to open a youth centre', 'to organize training courses'],
  ],
};

/** One English report and the values it was built from. */
function englishReport(rnd: () => number): [string, Expected] {
  const { pick, people, region, city, topic, hotel, moderatorRole, day, month, year, women, men, total, groups, suggestions } = draw(rnd, EN);
  const moderator = people[0]!;
  const speakers = people.slice(1, 2 + Math.floor(rnd() * 3)).map((p) => {
    // (With initials or in capitals only where there is a family name.)
    const form = p.family ? rnd() : 1;
    const family = p.family ?? '';
    const name =
      form < 0.15
        ? `${family} ${p.given[0]}.${p.patronymic ? `${p.patronymic[0]}.` : ''}`
        : form < 0.25
          ? `${p.given[0]}. ${family}`
          : form < 0.32 && !p.bare
            ? `${p.given} ${family.toUpperCase()}`
            : fullName(p, rnd() < 0.5);
    const roles = [pick(EN.roles.filter((r) => r !== moderatorRole))];
    if (rnd() < 0.3) roles.push(pick(EN.degrees));
    // (An honorific before the name, as written before it wherever the name stands with its roles.)
    const honorific = rnd() < 0.25 ? pick(['Mr. ', 'Ms. ', 'Dr. ']) : '';
    return { name, honorific, roles, talk: rnd() < 0.4 ? pick(EN.talks) : undefined };
  });
  const expected: Expected = {
    region,
    topic,
    moderator: { full: fullName(moderator, rnd() < 0.5), roles: rnd() < 0.3 ? [moderatorRole, pick(['Doctor of Economics', 'Professor'])] : [moderatorRole] },
    date: { year, month, day },
    venue: { city, name: hotel },
    participants: { total, women, men, groups },
    speakers: speakers.map((s) => ({ full: s.name, roles: s.roles })),
    presentations: [],
    suggestions,
  };
  const moderatorRoles = expected.moderator.roles.join(', ');
  const [open, close] = pick([['"', '"'], ['“', '”'], ['«', '»']] as const);
  const blocks = [
    pick([
      `Open dialogue platform in ${region} region on the topic ${open}${topic}${close}`,
      `Open dialogue platform\n\nin ${region} region on the topic ${open}${topic}${close}`,
      `OPEN DIALOGUE PLATFORM\n${region} region\n${open}${topic}${close}`,
      `Report on the open dialogue platform in ${region} region on the topic ${open}${topic}${close}`,
    ]),
  ];
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = pick([`${day} ${EN.months[month - 1]} ${year}`, `${EN.months[month - 1]} ${pad(day)}, ${year}`, `${pad(day)}.${pad(month)}.${year}`, `${day}th of ${EN.months[month - 1]} ${year}`]);
  const venue = pick([`${city} city, conference hall, the "${hotel}" hotel`, `${city}, small hall of the hotel “${hotel}”`, `${city} city, the "${hotel}" hotel, conference hall`, `${city}, hotel "${hotel}"`, `city ${city}, the hotel “${hotel}”`, `the hotel "${hotel}", ${city} city`]);
  const honorific = pick(['', '', 'Mr. ', 'Dr. ']);
  const chair = `${honorific}${expected.moderator.full}`;
  // The groups on a line of their own, after the head count, or in a sentence after it.
  const groupsAt = pick(['line', 'line', 'line', 'count', 'sentence']);
  const header = [
    groupsAt === 'line' ? pick([`Participants: ${groups.join(', ')}.`, `Participants: ${groups.join('; ')}.`]) : '',
    pick([
      `Moderator: ${chair}, ${moderatorRoles}.`,
      `Moderator: ${chair} – ${moderatorRoles}.`,
      `Moderator: ${moderatorRoles} ${chair}.`,
      `Moderator – ${chair} (${moderatorRoles}).`,
      `Facilitator: ${chair}, ${moderatorRoles}.`,
      `The meeting was moderated by ${chair}, ${moderatorRoles}.`,
      `The platform was chaired by the ${moderatorRoles} ${chair}.`,
      `Moderator:\n${chair}, ${moderatorRoles}`,
    ]),
    pick([`Date and venue: ${date}, ${venue}.`, `Date: ${date}\nVenue: ${venue}`, `Date and place: ${date}, ${venue}.`, `The meeting took place on ${date} in ${venue}.`, `Venue: ${venue}\nDate: ${date}`]),
    pick([
      `Number of participants: ${total}, out of which ${women} are women and ${men} are men.`,
      `Totally: ${total} participants, among them ${women} women and ${men} men.`,
      `Number of participants: ${total} (women – ${women}, men – ${men}).`,
      `In total ${total} people took part, including ${women} women and ${men} men.`,
      `Number of participants: ${total}, of them men – ${men}, women – ${women}.`,
      `The meeting was attended by ${total} people (${women} women and ${men} men).`,
      `Participants: ${total} (${men} men, ${women} women).`,
      `${total} people participated in the meeting: ${women} women and ${men} men.`,
      `Number of participants – ${total} people, of which women – ${women}, men – ${men}.`,
    ]),
  ];
  if (groupsAt === 'count') {
    header[3] = pick([
      `Participants: ${total} people (${women} women, ${men} men): ${groups.join(', ')}.`,
      `Number of participants: ${total} (women – ${women}, men – ${men}), including ${groups.join(', ')}.`,
      `In total ${total} people took part (${women} women and ${men} men): ${groups.join(', ')}.`,
    ]);
  } else if (groupsAt === 'sentence') header[3] += ` ${pick(['Among the participants were', 'The participants included'])} ${groups.join(', ')}.`;
  if (rnd() < 0.5) header.sort(() => rnd() - 0.5);
  blocks.push(...header.filter((h) => h !== ''));
  if (rnd() < 0.4) {
    const short = moderator.family ? pick([expected.moderator.full, `${moderator.given} ${moderator.family}`, `Mr. ${moderator.family}`]) : expected.moderator.full;
    blocks.push(pick([`The meeting was opened by the moderator ${short}, who introduced the speakers.`, `${short} opened the meeting and welcomed the participants.`]));
  }
  const [qo, qc] = pick([['"', '"'], ['“', '”']] as const);
  const quoted = (t: string) => `${qo}${t}${qc}`;
  const roles = (s: (typeof speakers)[number]) => s.roles.join(', ');
  const named = (s: (typeof speakers)[number]) => `${s.honorific}${s.name}`;
  const talked = speakers.filter((s) => s.talk);
  const style = pick(['after', 'before', 'list', 'sentences', 'table', 'bold', 'by']);
  if (style === 'after') {
    const lead = pick(['Welcoming remarks were delivered by', 'The floor was given to', 'Presentations were made by']);
    blocks.push(`${lead} ${speakers.map((s) => `${named(s)}, ${roles(s)}${s.talk ? ` (${quoted(s.talk)})` : ''}`).join(pick([', ', '; ', ', and ']))}.`);
  } else if (style === 'before') {
    const and = (i: number) => (i > 0 && i === speakers.length - 1 ? pick(['and as well as ', 'and ', '']) : '');
    blocks.push(`${pick(['With an introduction speech performed', 'Speeches were made by'])} ${speakers.map((s, i) => `${and(i)}the ${roles(s)} ${pick(['-', '–'])} ${pick([`**${s.name}**`, s.name])}`).join(', ')}.`);
    if (talked.length > 0) blocks.push(`Presentations on ${[...new Set(talked.map((s) => quoted(s.talk!)))].join(', ')} were completed.`);
  } else if (style === 'list') {
    const marker = pick(['- ', '1. ', '* ']);
    const items = speakers.map((s, i) => `${marker === '1. ' ? `${i + 1}. ` : marker}${named(s)}${pick([', ', ' – '])}${roles(s)}${s.talk ? pick([`: ${quoted(s.talk)}`, ` – ${quoted(s.talk)}`, ` (${quoted(s.talk)})`]) : ''}`);
    blocks.push(`${pick(['Speakers:', 'The following persons spoke:', 'Presenters:'])}\n${items.join('\n')}`);
  } else if (style === 'table') {
    blocks.push(`Speakers:\n\n| No. | Name | Position | Topic of the presentation |\n|---|---|---|---|\n${speakers.map((s, i) => `| ${i + 1} | ${s.name} | ${roles(s)} | ${s.talk ?? ''} |`).join('\n')}`);
  } else if (style === 'bold') {
    blocks.push(...speakers.map((s) => `${s.honorific}**${s.name}**, ${roles(s)}, ${s.talk ? `presented the report ${quoted(s.talk)}` : 'noted that the problem is serious'}.`));
  } else if (style === 'by') {
    for (const s of speakers) s.talk ??= 'Results of the project'; // (A speech's kind, "Greetings by Name", is no title: a talk's is needed.)
    blocks.push(`Presentations:\n${speakers.map((s, i) => `${i + 1}. ${s.talk} by ${named(s)}, ${roles(s)};`).join('\n')}`);
  } else {
    blocks.push(speakers.map((s) => `${named(s)}, ${roles(s)}, ${s.talk ? `${pick(['made a presentation', 'spoke on'])} ${quoted(s.talk)}` : 'told about the results of the project'}.`).join(' '));
  }
  expected.presentations = [...new Set(speakers.flatMap((s) => (s.talk ? [s.talk] : [])))];
  if (rnd() < 0.3) blocks.push('During the discussion, the participants raised questions about the quality of services.');
  if (rnd() < 0.2) blocks.push(`${pick(['Suggestions made:', 'Recommendations:'])} ${suggestions.map((t, i) => `${i + 1}) ${t}`).join('; ')}.`);
  else blocks.push(`${pick(['Suggestions made:', 'Recommendations:', 'Proposals of the participants:'])}\n${suggestions.map((t, i) => pick([`${i + 1}. ${t};`, `${i + 1}) ${t};`])).join('\n')}`);
  return [blocks.join('\n\n'), expected];
}

const RU = {
  months: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
  people: [
    { given: 'Толонбек', patronymic: 'Шакирович', family: 'Абдыров' },
    { given: 'Айда', patronymic: null, family: 'Бекова' },
    { given: 'Самат', patronymic: 'Николаевич', family: 'Токтоболотов' },
    { given: 'Жылдыз', patronymic: null, family: 'Исакова' },
    { given: 'Нурлан', patronymic: 'Асанович', family: 'Сыдыков' },
    { given: 'Гульнара', patronymic: 'Кадыровна', family: 'Маматова' },
    { given: 'Эрлан', patronymic: null, family: 'Усенов' },
    { given: 'Айзада', patronymic: 'Болот кызы', family: null },
    { given: 'Елена', patronymic: 'Петровна', family: 'Воронина' },
    { given: 'Динара', patronymic: null, family: 'Ким' },
  ] as Person[],
  roles: ['начальник районного управления образования', 'эксперт общественного фонда «Билим»', 'заместитель мэра города', 'директор центра занятости', 'специалист Министерства труда', 'председатель молодежного комитета'],
  regions: [
    ['Ошской', 'Ош'],
    ['Баткенской', 'Баткен'],
    ['Нарынской', 'Нарын'],
    ['Таласской', 'Талас'],
    ['Иссык-Кульской', 'Иссык-Куль'],
  ] as const,
  cities: ['Ош', 'Баткен', 'Нарын', 'Токмок', 'Каракол', 'Кызыл-Кия'],
  topics: ['Занятость молодежи', 'Риски и последствия миграции', 'Доступ к чистой воде'],
  hotels: ['Орто-Азия', 'Айгуль-Тоо', 'Ала-Тоо'],
  talks: ['Рынок труда области', 'Итоги опроса', 'Водоснабжение: проблемы и решения'],
  groups: [
    ['представители государственных органов', 'НПО', 'журналисты'],
    ['учителя', 'родители', 'студенты'],
  ],
  suggestions: [
    ['отремонтировать дороги', 'построить мост', 'проводить слушания ежегодно'],
    ['открыть молодежный центр', 'организовать курсы обучения'],
  ],
};

/** One Russian report and the values it was built from. */
function russianReport(rnd: () => number): [string, Expected] {
  const { pick, people, region: [regionAdjective, region], city, topic, hotel, moderatorRole, day, month, year, women, men, total, groups, suggestions } = draw(rnd, RU);
  const speakers = people.slice(1, 2 + Math.floor(rnd() * 3)).map((p) => ({
    name: p.family && rnd() < 0.2 ? `${p.family} ${p.given[0]}.${p.patronymic ? `${p.patronymic[0]}.` : ''}` : fullName(p, rnd() < 0.5),
    roles: [pick(RU.roles.filter((r) => r !== moderatorRole))],
    talk: pick(RU.talks),
  }));
  const expected: Expected = {
    region,
    topic,
    moderator: { full: fullName(people[0]!, rnd() < 0.5), roles: [moderatorRole] },
    date: { year, month, day },
    venue: { city, name: hotel },
    participants: { total, women, men, groups },
    speakers: speakers.map((s) => ({ full: s.name, roles: s.roles })),
    presentations: [],
    suggestions,
  };
  const blocks = [pick([`Открытая диалоговая площадка в ${regionAdjective} области на тему «${topic}»`, `ОТЧЕТ\nо проведении открытой диалоговой площадки в ${regionAdjective} области\nна тему «${topic}»`])];
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = pick([`${day} ${RU.months[month - 1]} ${year} года`, `${pad(day)}.${pad(month)}.${year} г.`, `«${pad(day)}» ${RU.months[month - 1]} ${year} г.`]);
  const venue = pick([`г. ${city}, гостиница «${hotel}»`, `г. ${city}, конференц-зал гостиницы «${hotel}»`, `гостиница «${hotel}», г. ${city}`]);
  const chair = expected.moderator.full;
  const header = [
    `Участники: ${groups.join(', ')}.`,
    pick([`Модератор: ${chair}, ${moderatorRole}.`, `Модератор: ${chair} – ${moderatorRole}.`, `Модератор – ${moderatorRole} ${chair}.`, `Ведущий: ${chair}, ${moderatorRole}.`]),
    pick([`Дата и место проведения: ${date}, ${venue}.`, `Дата: ${date}\nМесто проведения: ${venue}`]),
    pick([
      `Количество участников: ${total}, из них ${women} женщин и ${men} мужчин.`,
      `Всего участников: ${total} человек (женщин – ${women}, мужчин – ${men}).`,
      `Количество участников: ${total} человек, в том числе женщин – ${women}, мужчин – ${men}.`,
    ]),
  ];
  if (rnd() < 0.5) header.sort(() => rnd() - 0.5);
  blocks.push(...header);
  const style = pick(['after', 'before', 'list', 'report', 'table']);
  if (style === 'after') blocks.push(`${pick(['С приветственным словом выступили', 'Выступили'])} ${speakers.map((s) => `${s.name}, ${s.roles[0]}`).join('; ')}.`);
  else if (style === 'before') blocks.push(`${pick(['С приветственным словом выступили', 'Выступили'])} ${speakers.map((s) => `${s.roles[0]} – ${s.name}`).join(', ')}.`);
  else if (style === 'list') blocks.push(`${pick(['Выступили:', 'Докладчики:'])}\n${speakers.map((s, i) => `${i + 1}. ${s.name}${pick([', ', ' – '])}${s.roles[0]}`).join('\n')}`);
  else if (style === 'report') blocks.push(speakers.map((s) => pick([`С докладом «${s.talk}» выступил ${s.roles[0]} ${s.name}.`, `С презентацией «${s.talk}» выступил ${s.name}, ${s.roles[0]}.`, `${s.name}, ${s.roles[0]}, представил презентацию «${s.talk}».`])).join(' '));
  else blocks.push(`Выступающие:\n\n| № | ФИО | Должность | Тема выступления |\n|---|---|---|---|\n${speakers.map((s, i) => `| ${i + 1} | ${s.name} | ${s.roles[0]} | ${s.talk} |`).join('\n')}`);
  if (style === 'report' || style === 'table') expected.presentations = [...new Set(speakers.map((s) => s.talk))];
  blocks.push(`${pick(['Предложения:', 'Рекомендации участников:', 'Предложения участников:'])}\n${suggestions.map((t, i) => pick([`${i + 1}. ${t};`, `${i + 1}) ${t};`])).join('\n')}`);
  return [blocks.join('\n\n'), expected];
}

const REPORTS = 300;
for (const [language, build, seed] of [
  ['English', englishReport, 1],
  ['Russian', russianReport, 2],
] as const) {
  describe(`${language} reports put together from the ways minutes word each part`, () => {
    const rnd = random(seed);
    const reports = Array.from({ length: REPORTS }, () => build(rnd));
    if (process.env.REPORT) console.log(reports[Number(process.env.REPORT)]?.[0]);
    it.each(reports.map(([text, expected], n) => [n, text, expected] as const))('report %i', (_n, text, expected) => {
      expect(actual(text)).toEqual(expected);
    });
  });
}
