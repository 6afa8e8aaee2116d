/** Name finding and splitting, in both orders, with initials, particles and honorifics. */
import { describe, expect, it } from 'vitest';
import { en } from '../src/lexicon/en.js';
import { ru } from '../src/lexicon/ru.js';
import { findNames, splitName } from '../src/names.js';
import { parseMinutes } from '../src/index.js';

describe('splitName', () => {
  it.each([
    ['Abdyrov Tolonbek Shakirovich', 'Tolonbek', 'Shakirovich', 'Abdyrov'],
    ['Tolonbek Shakirovich Abdyrov', 'Tolonbek', 'Shakirovich', 'Abdyrov'],
    // Given, family, patronymic: the word before the patronymic is the family name by its ending.
    ['Tolonbek Abdyrov Shakirovich', 'Tolonbek', 'Shakirovich', 'Abdyrov'],
    // Negative: where both words end like family names, the word before the patronymic is the given name.
    ['Ivanov Petrov Sergeevich', 'Petrov', 'Sergeevich', 'Ivanov'],
    ['Isakova Jyldyz', 'Jyldyz', null, 'Isakova'],
    ['Aibek Tashiev', 'Aibek', null, 'Tashiev'],
    ['Zhumabekova Gulnara Asanovna', 'Gulnara', 'Asanovna', 'Zhumabekova'],
    ['Tashiev A.B.', null, null, 'Tashiev'],
    ['B. Tokoev', null, null, 'Tokoev'],
    ['Almaz Bakyt uulu', 'Almaz', 'Bakyt uulu', null],
    ['Bakyt uulu Almaz', 'Almaz', 'Bakyt uulu', null],
    ['Aizada Bolot kyzy', 'Aizada', 'Bolot kyzy', null],
    // The father's name joined to its particle by a hyphen.
    ['Aiperi Toktosun-kyzy', 'Aiperi', 'Toktosun-kyzy', null],
    ['Almazbek-uulu Nurlan', 'Nurlan', 'Almazbek-uulu', null],
    // A family name too, before or after them: its ending marks it, in any order.
    ['Aizada Kadyrbek kyzy Tashieva', 'Aizada', 'Kadyrbek kyzy', 'Tashieva'],
    ['Kadyrbek kyzy Tashieva Aizada', 'Aizada', 'Kadyrbek kyzy', 'Tashieva'],
    ['Tashieva Aizada Kadyrbek kyzy', 'Aizada', 'Kadyrbek kyzy', 'Tashieva'],
    ['Mamyt uulu Bakyt Asanov', 'Bakyt', 'Mamyt uulu', 'Asanov'],
    // A family name alone before the patronymic: no given name (it had been the given name).
    ['Zhumaliev Kanat uulu', null, 'Kanat uulu', 'Zhumaliev'],
    ['Abdyrov Shakirovich', null, 'Shakirovich', 'Abdyrov'],
    // Negative: a word with no family ending there is the given name.
    ['Nurlan Kanat uulu', 'Nurlan', 'Kanat uulu', null],
    ['Tolonbek Shakirovich', 'Tolonbek', 'Shakirovich', null],
    // A family name with no family ending before the given name and patronymic.
    ['Kim Sergei Vladimirovich', 'Sergei', 'Vladimirovich', 'Kim'],
    ['Elena Voronina', 'Elena', null, 'Voronina'],
    ['John Smith', 'John', null, 'Smith'],
  ])('%s', (full, given, patronymic, family) => {
    expect(splitName(full, en)).toEqual({ full, given, patronymic, family });
  });
  it('orders two words that no ending marks by the lexicon’s common given names', () => {
    expect(splitName('Kim Sergei', en)).toEqual({ full: 'Kim Sergei', given: 'Sergei', patronymic: null, family: 'Kim' });
    expect(splitName('Pak Olga', en)).toEqual({ full: 'Pak Olga', given: 'Olga', patronymic: null, family: 'Pak' });
    // A weak family ending in a given name ("Marina") no longer makes it the family name.
    expect(splitName('Tsoi Marina', en)).toEqual({ full: 'Tsoi Marina', given: 'Marina', patronymic: null, family: 'Tsoi' });
    expect(splitName('Marina Tsoi', en)).toEqual({ full: 'Marina Tsoi', given: 'Marina', patronymic: null, family: 'Tsoi' });
    expect(splitName('Пак Ольга', ru)).toEqual({ full: 'Пак Ольга', given: 'Ольга', patronymic: null, family: 'Пак' });
    // Kyrgyz family names with no ending ("Ormon", "Sadyk"), either side of a common given name.
    expect(splitName('Ormon Erkin', en)).toEqual({ full: 'Ormon Erkin', given: 'Erkin', patronymic: null, family: 'Ormon' });
    expect(splitName('Sadyk Aygul', en)).toEqual({ full: 'Sadyk Aygul', given: 'Aygul', patronymic: null, family: 'Sadyk' });
    expect(splitName('Садык Каныкей', ru)).toEqual({ full: 'Садык Каныкей', given: 'Каныкей', patronymic: null, family: 'Садык' });
    // Negative: a family ending still decides ("Nurlan" is a given name, "Bakyt" one too), and two given
    // names or none keep the Western order (Western given names are no data: "Thomas" is a family name too).
    expect(splitName('Bakirov Nurlan', en)).toEqual({ full: 'Bakirov Nurlan', given: 'Nurlan', patronymic: null, family: 'Bakirov' });
    expect(splitName('Henry Thomas', en)).toEqual({ full: 'Henry Thomas', given: 'Henry', patronymic: null, family: 'Thomas' });
    expect(splitName('Nurlan Bakyt', en)).toEqual({ full: 'Nurlan Bakyt', given: 'Nurlan', patronymic: null, family: 'Bakyt' });
    expect(splitName('Marco Rossi', en)).toEqual({ full: 'Marco Rossi', given: 'Marco', patronymic: null, family: 'Rossi' });
  });
  it('a Russian patronymic in any case: "СЛУШАЛИ: Исмаилову Динару Бакытбековну", "слово Асанову Бакыту Кубановичу"', () => {
    expect(splitName('Исмаилову Динару Бакытбековну', ru)).toEqual({ full: 'Исмаилову Динару Бакытбековну', given: 'Динару', patronymic: 'Бакытбековну', family: 'Исмаилову' });
    expect(splitName('Асановой Айгуль Бакытовне', ru)).toMatchObject({ given: 'Айгуль', patronymic: 'Бакытовне', family: 'Асановой' });
    expect(splitName('Асановым Бакытом Кубановичем', ru)).toMatchObject({ patronymic: 'Кубановичем' });
    expect(splitName('Асанову Бакыту Кубановичу', ru)).toMatchObject({ patronymic: 'Кубановичу' });
    const heard = parseMinutes('ПРОТОКОЛ\n\nСЛУШАЛИ:\n1. Исмаилову Динару Бакытбековну, главного врача ЦСМ, с докладом «Кадры».\n');
    expect(heard.speakers.map((s) => [s.name.full, s.roles])).toEqual([['Исмаилову Динару Бакытбековну', ['главного врача ЦСМ']]]);
    // Negative: an adjective with such an ending opens no name ("Основной доклад", "На уровне района").
    expect(findNames('Основной доклад сделал Асанов Бакыт, эксперт.', ru).map((n) => n.full)).toEqual(['Асанов Бакыт']);
    expect(findNames('На Уровне района выступила Асанова Айгуль.', ru).map((n) => n.full)).toEqual(['Асанова Айгуль']);
  });
  it('a name in another lexicon\'s script is split by that lexicon\'s endings ("Абдыров Толонбек Шакирович" in an English report)', () => {
    // (The English endings had been asked alone: "Абдыров" the given name, "Шакирович" the family name.)
    expect(splitName('Абдыров Толонбек Шакирович', en)).toEqual({ full: 'Абдыров Толонбек Шакирович', given: 'Толонбек', patronymic: 'Шакирович', family: 'Абдыров' });
    expect(splitName('Толонбек Шакирович Абдыров', en)).toMatchObject({ given: 'Толонбек', patronymic: 'Шакирович', family: 'Абдыров' });
    expect(splitName('Kim Elena Vladimirovna', ru)).toEqual({ full: 'Kim Elena Vladimirovna', given: 'Elena', patronymic: 'Vladimirovna', family: 'Kim' });
    const r = parseMinutes('T\n\nModerator: Абдыров Толонбек Шакирович, chairman of the Public Council.\n');
    expect(r.moderator?.name).toEqual({ full: 'Абдыров Толонбек Шакирович', given: 'Толонбек', patronymic: 'Шакирович', family: 'Абдыров' });
    // Negative: two words of no lexicon's endings keep the order written, given name first.
    expect(splitName('Толонбек Асель', en)).toMatchObject({ given: 'Толонбек', patronymic: null, family: 'Асель' });
  });
  it('drops honorifics from full', () => {
    expect(splitName('Dr. Asel Nurmatova', en).full).toBe('Asel Nurmatova');
  });
});

describe('findNames', () => {
  const names = (text: string) => findNames(text, en).map((n) => n.full);
  it('finds names by patronymic, family ending, initials or honorific', () => {
    expect(names('made by Ulan Nasirdinovich Shamshiev, expert, and Mr. John Smith and Abdyrov T.Sh. and Ms. Isakova')).toEqual([
      'Ulan Nasirdinovich Shamshiev',
      'John Smith',
      'Abdyrov T.Sh.',
      'Isakova',
    ]);
  });
  it('reads initials typed against the family name, and keeps the name as typed ("Т.Ш.Абдыров", "T.Sh.Abdyrov")', () => {
    expect(names('Moderator: T.Sh.Abdyrov, chairman; A.K.Sydykova, lawyer')).toEqual(['T.Sh.Abdyrov', 'A.K.Sydykova']);
    expect(findNames('Модератор: Т.Ш.Абдыров, председатель', ru).map((n) => n.full)).toEqual(['Т.Ш.Абдыров']);
    expect(splitName('Т.Ш.Абдыров', ru)).toEqual({ full: 'Т.Ш.Абдыров', given: null, patronymic: null, family: 'Абдыров' });
    // Negative: a sentence's period before a capital opens no name by itself, nor do letters of an abbreviation.
    expect(names('the meeting ended.Then the NGO spoke')).toEqual([]);
    expect(names('staff of the U.S.Embassy')).toEqual([]);
  });
  it('reads initials whose last period is missing where the letter is typed against the one before ("Abdyrov T.Sh, chairperson")', () => {
    expect(names('Moderator: Abdyrov T.Sh, chairperson; T.Sh Abdyrov, expert; Asanov B.K')).toEqual(['Abdyrov T.Sh', 'T.Sh Abdyrov', 'Asanov B.K']);
    expect(findNames('Модератор: Абдыров Т.Ш, председатель', ru).map((n) => n.full)).toEqual(['Абдыров Т.Ш']);
    expect(splitName('Abdyrov T.Sh', en)).toEqual({ full: 'Abdyrov T.Sh', given: null, patronymic: null, family: 'Abdyrov' });
    const r = parseMinutes('T\n\nModerator: Abdyrov T.Sh, chairperson of the Coordinating Council.\n');
    expect(r.moderator).toEqual({ name: { full: 'Abdyrov T.Sh', given: null, patronymic: null, family: 'Abdyrov' }, roles: ['chairperson of the Coordinating Council'] });
    // Negative: a word after an initial is no initial ("A.Smith"), nor a capital and small letter alone ("Li").
    expect(names('Moderator: A.Smith, chairperson')).toEqual(['A.Smith']);
    expect(splitName('A.Smith', en)).toMatchObject({ family: 'Smith' });
    expect(names('Speakers: Olga Li, expert')).toEqual(['Olga Li']);
  });
  it('reads the letters of one sound with no period after initials and a space, where the name ends ("Abdyrov T. Sh, chairperson", "Абдыров Т. Ш, председатель")', () => {
    // (The role had been "Sh".)
    expect(names('Moderator: Abdyrov T. Sh, chairperson; Asanov B. Zh')).toEqual(['Abdyrov T. Sh', 'Asanov B. Zh']);
    const r = parseMinutes('T\n\nModerator: Abdyrov T. Sh, chairperson of the Coordinating Council.\n');
    expect(r.moderator).toEqual({ name: { full: 'Abdyrov T. Sh', given: null, patronymic: null, family: 'Abdyrov' }, roles: ['chairperson of the Coordinating Council'] });
    // A capital alone (one sound in Cyrillic) where a comma or bracket ends the name (it had given the role "Ш").
    expect(findNames('Модератор: Абдыров Т. Ш, председатель; Асанов Б. Ж (эксперт)', ru).map((n) => n.full)).toEqual(['Абдыров Т. Ш', 'Асанов Б. Ж']);
    expect(parseMinutes('Т\n\nМодератор – Абдыров Т. Ш (председатель совета).\n').moderator).toEqual({ name: { full: 'Абдыров Т. Ш', given: null, patronymic: null, family: 'Абдыров' }, roles: ['председатель совета'] });
    // Negatives: a lone capital with a word after it may be a word ("I"); a word of more letters is no initial.
    expect(names('Moderator: Kim O. I think, expert')).toEqual(['Kim O.']);
    expect(names('Moderator: Abdyrov T. Shakirovich, chairperson')).toEqual(['Abdyrov T. Shakirovich']);
  });
  it('a position or article typed against the name after a hyphen is the role’s ("Abdyrov Tolonbek Shakirovich-chairperson of …")', () => {
    expect(names('Moderator: Abdyrov Tolonbek Shakirovich-chairperson of the Council; Kim Elena-the head of NGO')).toEqual(['Abdyrov Tolonbek Shakirovich', 'Kim Elena']);
    expect(findNames('Модератор: Абдыров Толонбек Шакирович-председатель совета', ru).map((n) => n.full)).toEqual(['Абдыров Толонбек Шакирович']);
    const r = parseMinutes('T\n\nModerator: Abdyrov Tolonbek Shakirovich-chairperson of Coordinating Council, professor.\n\nWelcome speech: Kim Elena-head of NGO “Suu”, Asanov Bolot-expert.\n');
    expect(r.moderator).toEqual({ name: { full: 'Abdyrov Tolonbek Shakirovich', given: 'Tolonbek', patronymic: 'Shakirovich', family: 'Abdyrov' }, roles: ['chairperson of Coordinating Council', 'professor'] });
    expect(r.speakers.map((p) => [p.name.full, p.roles])).toEqual([['Kim Elena', ['head of NGO “Suu”']], ['Asanov Bolot', ['expert']]]);
    // Negative: a patronymic particle after a hyphen is the name's ("Toktosun-kyzy"), and so is a hyphenated part in
    // lower case that is no position ("Abdul-aziz").
    expect(names('Moderator: Asanova Aida Toktosun-kyzy, lawyer; Karimov Abdul-aziz Rustamovich, imam')).toEqual(['Asanova Aida Toktosun-kyzy', 'Karimov Abdul-aziz Rustamovich']);
  });
  it('a role typed against the name after a period or slash drops the mark ("Name.Chairperson of …", "Name/chairperson of …")', () => {
    const role = (line: string) => parseMinutes(`T\n\nModerator: ${line}\n`).moderator?.roles;
    expect(role('Abdyrov Tolonbek Shakirovich.Chairperson of the Council.')).toEqual(['Chairperson of the Council']);
    expect(role('Abdyrov Tolonbek Shakirovich/chairperson of the Council')).toEqual(['chairperson of the Council']);
    // Negative: with a space after the mark, as before; initials keep their period.
    expect(role('Abdyrov Tolonbek Shakirovich / chairperson of the Council')).toEqual(['chairperson of the Council']);
    expect(parseMinutes('T\n\nModerator: Abdyrov T.Sh., chairperson.\n').moderator).toMatchObject({ name: { full: 'Abdyrov T.Sh.' }, roles: ['chairperson'] });
  });
  it('a given name with a weak ending before its patronymic is the given name: the word before the family name is no part of it', () => {
    // ("Erkin" ends as "Marina" does; "Mountain" too.)
    expect(names('the head of the Ministry of Health Mamytov Erkin Asanovich spoke')).toEqual(['Mamytov Erkin Asanovich']);
    expect(names('the head of the Ministry of Emergency Situations Mamytov Erkin Asanovich spoke')).toEqual(['Mamytov Erkin Asanovich']);
    expect(names('The chairman of the Association of Mountain Guides Kydyraliev Talant presented')).toEqual(['Kydyraliev Talant']);
    expect(findNames('начальник управления Министерства здравоохранения Мамытов Эркин Асанович', ru).map((n) => n.full)).toEqual(['Мамытов Эркин Асанович']);
    // Negative: a given name first keeps its order, and a word of its own before a family name and given name that
    // opens the run is still the given name's ("Aibek Tashiev"-like: "Erkin Mamytov").
    expect(names('Erkin Asanovich Mamytov spoke')).toEqual(['Erkin Asanovich Mamytov']);
    expect(names('the expert Erkin Mamytov spoke')).toEqual(['Erkin Mamytov']);
  });
  it('of two family names side by side after an organisation\'s capitalised words, the first is the organisation\'s ("… Ассоциации Горных Гидов Кыдыралиев Талант")', () => {
    expect(findNames('Выступил председатель Ассоциации Горных Гидов Кыдыралиев Талант.', ru).map((n) => n.full)).toEqual(['Кыдыралиев Талант']);
    expect(findNames('Выступил председатель Ассоциации Горных Гидов Кыдыралиев Талант Асанович.', ru).map((n) => n.full)).toEqual(['Кыдыралиев Талант Асанович']);
    // Negative: with no capitalised word before them, both stay (a name of two family names is left as written).
    expect(names('Then Asanov Bekov Talant spoke.')).toEqual(['Asanov Bekov Talant']);
  });
  it('a capitalised word after a joining word between capitalised words goes on the organisation’s name, not the person’s', () => {
    const org = 'the head of the State Agency for Environmental Protection and Forestry';
    expect(names(`${org} Mamytova Irina spoke`)).toEqual(['Mamytova Irina']);
    expect(names(`${org} Asanov Erkin spoke`)).toEqual(['Asanov Erkin']);
    expect(names(`${org} Kim Marina spoke`)).toEqual(['Kim Marina']);
    expect(names(`${org} Bakyt uulu Nurlan spoke`)).toEqual(['Bakyt uulu Nurlan']);
    // (A given name, the father's name and its particle, then a family name: all four.)
    expect(names(`${org} Aizada Kadyrbek kyzy Tashieva spoke`)).toEqual(['Aizada Kadyrbek kyzy Tashieva']);
    expect(names('Moderator: Aizada Kadyrbek kyzy Tashieva, expert.')).toEqual(['Aizada Kadyrbek kyzy Tashieva']);
    expect(names('the head of the NGO Mountain Women Kim Marina spoke')).toEqual(['Kim Marina']);
    // Negative: after "and" between names, the word before a family name is the given name.
    expect(names('Speeches by Tashiev Aibek and Bakyt Asanov, expert')).toEqual(['Tashiev Aibek', 'Bakyt Asanov']);
    expect(names('Speeches by Aibek Tashiev and Asanov Bakyt Nurlanovich')).toEqual(['Aibek Tashiev', 'Asanov Bakyt Nurlanovich']);
  });
  it('a common family name with no ending (the lexicon’s bareFamilyNames) before a given name and patronymic is the family name after an organisation too', () => {
    expect(names('the head of the Ministry of Health Kim Marina Sergeevna spoke')).toEqual(['Kim Marina Sergeevna']);
    expect(names('the representative of Akyikatchy Tsoi Viktor Ivanovich said')).toEqual(['Tsoi Viktor Ivanovich']);
    expect(findNames('начальник управления Министерства здравоохранения Цой Виктор Иванович', ru).map((n) => n.full)).toEqual(['Цой Виктор Иванович']);
    // In capitals before a common given name too, as one with a weak ending is ("VORONINA Elena").
    expect(names('The floor was given to KIM Sergei, lawyer, and NI Anna, teacher.')).toEqual(['KIM Sergei', 'NI Anna']);
    expect(names('expert of the Public Council KIM Sergei spoke')).toEqual(['KIM Sergei']);
    // Negative: another word there is the organisation's, and such a name is no evidence by itself; an acronym before a
    // given name names no one.
    expect(names('the head of the Ministry of Health Marina Sergeevna spoke')).toEqual(['Marina Sergeevna']);
    expect(names('UNDP Elena spoke')).toEqual([]);
    expect(names('Then Kim spoke.')).toEqual([]);
  });
  it('a family name alone with a word on either side takes the common given name after it over a word before that is none', () => {
    // (Russian says "of" by the case: "представитель Акыйкатчы" is "the representative of Akyikatchy".)
    const ru3 = (text: string) => findNames(text, ru).map((n) => n.full);
    expect(ru3('представитель Акыйкатчы Асанов Эркин сказал')).toEqual(['Асанов Эркин']);
    expect(ru3('представитель Акыйкатчы Турдубаева Алина сказала')).toEqual(['Турдубаева Алина']);
    expect(ru3('представитель Акыйкатчы Бакыт уулу Нурлан сказал')).toEqual(['Бакыт уулу Нурлан']);
    // (Common given names the lexicons lacked: Sabina, Damira, Taalai, …)
    expect(ru3('представитель Акыйкатчы Султанова Сабина сказала')).toEqual(['Султанова Сабина']);
    expect(names('Speakers: Sultanova Sabina, Mamytov Taalai.')).toEqual(['Sultanova Sabina', 'Mamytov Taalai']);
    // Negative: where the word before is a common given name too, it stays the given name.
    expect(names('Then Bolot Asanov Erkin spoke')).toEqual(['Bolot Asanov']);
    expect(ru3('Затем Эркин Асанов выступил')).toEqual(['Эркин Асанов']);
  });
  it('takes a family name with no family ending before a given name and patronymic ("Kim Sergei Vladimirovich")', () => {
    expect(names('Speakers: Kim Sergei Vladimirovich, lawyer; Li Anna Petrovna, expert.')).toEqual(['Kim Sergei Vladimirovich', 'Li Anna Petrovna']);
    // Negative: not a word that opens the sentence, nor one after "of" or after more capitalised words.
    expect(names('Then Sergei Vladimirovich spoke.')).toEqual(['Sergei Vladimirovich']);
    expect(names('the representative of Akyikatchy Sergei Vladimirovich')).toEqual(['Sergei Vladimirovich']);
    expect(names('the Public Council Sergei Vladimirovich')).toEqual(['Sergei Vladimirovich']);
  });
  it('takes a family name of two capitals before a given name and patronymic ("LI Nadezhda Petrovna", "НИ Ольга Ивановна")', () => {
    expect(names('Speakers: LI Nadezhda Petrovna, lawyer; KIM Sergei Vladimirovich, expert.')).toEqual(['LI Nadezhda Petrovna', 'KIM Sergei Vladimirovich']);
    expect(splitName('LI Nadezhda Petrovna', en)).toEqual({ full: 'LI Nadezhda Petrovna', given: 'Nadezhda', patronymic: 'Petrovna', family: 'LI' });
    expect(findNames('Выступила НИ Ольга Ивановна, юрист.', ru).map((n) => n.full)).toEqual(['НИ Ольга Ивановна']);
    // After a common given name alone too (before it, capitals need a family ending: "UNDP Elena" is no one).
    expect(names('Speaker: Sergei NI, expert.')).toEqual(['Sergei NI']);
    // Negatives: two capitals after "of" are an organisation's, and an acronym beside a word that is no given name names no one.
    expect(names('the expert of UN Women Aida Bekova spoke')).toEqual(['Aida Bekova']);
    expect(names('The TV programme was shown.')).toEqual([]);
  });
  it('takes a family name with no family ending after a given name and patronymic ("Olga Vladimirovna Kim")', () => {
    expect(names('Speakers: Olga Vladimirovna Kim, lawyer; Sergei Ivanovich Tsoi, expert.')).toEqual(['Olga Vladimirovna Kim', 'Sergei Ivanovich Tsoi']);
    expect(splitName('Olga Vladimirovna Kim', en)).toEqual({ full: 'Olga Vladimirovna Kim', given: 'Olga', patronymic: 'Vladimirovna', family: 'Kim' });
    expect(findNames('Выступила Ольга Владимировна Пак, юрист.', ru).map((n) => n.full)).toEqual(['Ольга Владимировна Пак']);
    // A family name with a weak ending after the patronymic, or before the given name ("Voronina Elena Petrovna").
    expect(names('Speakers: Elena Petrovna Voronina, lawyer; Voronina Elena Petrovna, expert; Anna Sergeevna Karenina.')).toEqual([
      'Elena Petrovna Voronina',
      'Voronina Elena Petrovna',
      'Anna Sergeevna Karenina',
    ]);
    expect(splitName('Voronina Elena Petrovna', en)).toEqual({ full: 'Voronina Elena Petrovna', given: 'Elena', patronymic: 'Petrovna', family: 'Voronina' });
    // A patronymic's given name is the word right before it, after an organisation's capitalised words too.
    expect(names('the member of the Public Council of the Ministry of Finance Elena Petrovna Voronina')).toEqual(['Elena Petrovna Voronina']);
    // Negative: not an acronym, nor a word of a place, nor a word before more capitalised words.
    expect(names('Olga Vladimirovna UNDP, expert.')).toEqual(['Olga Vladimirovna']);
    expect(names('Olga Vladimirovna Osh State University, expert.')).toEqual(['Olga Vladimirovna']);
  });
  it('takes two plain words as a name when one is a common given name of the lexicon', () => {
    expect(names('Presentations: “Water tariffs” (Kim Sergei, expert); the report of Sergei Kim.')).toEqual(['Kim Sergei', 'Sergei Kim']);
    expect(findNames('доклад Ким Сергея и Пак Ольга', ru).map((n) => n.full)).toEqual(['Пак Ольга']);
    // Negative: not beside a word of an organisation or place, nor two words that hold no given name, nor three.
    expect(names('with the support of the Aigul Foundation and Talas City, Marco Rossi, Kim Sergei Nurlan.')).toEqual([]);
  });
  it('takes the two words after an organisation\'s capitalised words as the name ("the Legal Clinic Kim Dinara")', () => {
    expect(names('The speech was made by the lawyer of the Legal Clinic Kim Dinara.')).toEqual(['Kim Dinara']);
    expect(names('The head of the Ministry of Labour Dinara Kim spoke.')).toEqual(['Dinara Kim']);
    expect(names('The head of the Ministry of Labour and Social Development Dinara Kim spoke.')).toEqual(['Dinara Kim']);
    expect(names('The expert of IOM Kim Sergei spoke.')).toEqual(['Kim Sergei']);
    // A weak family ending before a given name and patronymic is the family name there too.
    expect(names('The lawyer of the Legal Clinic Voronina Elena Petrovna spoke.')).toEqual(['Voronina Elena Petrovna']);
    // And before a given name alone: "Voronina Elena" (a weak ending alone makes a name only last, "Elena Voronina").
    expect(names('The lawyer of the Legal Clinic Voronina Elena spoke.')).toEqual(['Voronina Elena']);
    expect(splitName('Voronina Elena', en)).toEqual({ full: 'Voronina Elena', given: 'Elena', patronymic: null, family: 'Voronina' });
    // Negative: with no common given name beside it, no name ("Karina" is not one of the lexicon's).
    expect(names('The lawyer of the Legal Clinic Voronina Karina spoke.')).toEqual([]);
    // Negatives: one plain word before the pair may be a family name itself; no common given name, no name.
    expect(names('Kim Sergei Nurlan spoke.')).toEqual([]);
    expect(names('The lawyer of the Legal Clinic Marco Rossi spoke.')).toEqual([]);
  });
  it('takes a family name of two letters, even at a sentence’s end, where only one sound’s two letters make an initial', () => {
    expect(names('made by the head of the department Olga Li. Then the floor was given to Ivan Ng.')).toEqual(['Olga Li', 'Ivan Ng']);
    expect(names('A report was made by Marina Ko, head of the NGO.')).toEqual(['Marina Ko']);
    expect(splitName('Ivan Ng', en)).toEqual({ full: 'Ivan Ng', given: 'Ivan', patronymic: null, family: 'Ng' });
    expect(splitName('Marina Ko', en)).toEqual({ full: 'Marina Ko', given: 'Marina', patronymic: null, family: 'Ko' });
    // Negative: "Sh.", "Yu.", "Ch." stay initials, alone or after another.
    expect(names('Tashiev Sh. spoke; Asanov Yu.K. and Kim Ch.S. too')).toEqual(['Tashiev Sh.', 'Asanov Yu.K.', 'Kim Ch.S.']);
    // Negative: a two-letter word with no given name beside it is no name.
    expect(names('The Ko Foundation and Li Group')).toEqual([]);
  });
  it('takes each family name alone in a list of its own ("Asanov, Bekov and Isakova")', () => {
    expect(names('Speakers: Asanov, Bekov and Isakova.')).toEqual(['Asanov', 'Bekov', 'Isakova']);
    expect(names('The floor was given to Asanov, Bekov, Isakova.')).toEqual(['Asanov', 'Bekov', 'Isakova']);
    expect(names('Then Asanov and Bekova spoke.')).toEqual(['Asanov', 'Bekova']);
    expect(findNames('Выступили Асанов, Беков и Исакова.', ru).map((n) => n.full)).toEqual(['Асанов', 'Беков', 'Исакова']);
    // Negative: a pair with no conjunction, a family name alone, and a conjunction before any but the last.
    expect(names('Speakers: Asanov, Bekov.')).toEqual([]);
    expect(names('Asanov spoke.')).toEqual([]);
  });
  it('does not take a sentence-initial word into a name', () => {
    expect(names('With Aibek Tashiev.')).toEqual(['Aibek Tashiev']);
    expect(names('Then Kasymova Aizhan spoke.')).toEqual(['Kasymova Aizhan']);
  });
  it('takes a given name with a weak family ending beside a family name, in either order', async () => {
    const { ru } = await import('../src/lexicon/ru.js');
    expect(findNames('начальник – Абдуллаева Зарина; также Марина Осмонова.', ru).map((n) => n.full)).toEqual(['Абдуллаева Зарина', 'Марина Осмонова']);
    expect(splitName('Абдуллаева Зарина', ru)).toEqual({ full: 'Абдуллаева Зарина', given: 'Зарина', patronymic: null, family: 'Абдуллаева' });
  });
  it('after "of", the word before a family name is the organisation’s, and the word after it the given name', () => {
    expect(names('the authorized representative of Akyikatchy Kasymov Shambetali; the deputy')).toEqual(['Kasymov Shambetali']);
    // Negative: with no word after the family name, the word before it is the given name all the same.
    expect(names('the head of the Ministry of Education Aibek Tashiev spoke')).toEqual(['Aibek Tashiev']);
    expect(names('made by Aibek Tashiev Nurlan')).toEqual(['Aibek Tashiev']);
  });
  it('after an organisation’s capitalised words, the word after a family name is the given name', () => {
    expect(names('moderated by the chairman of the Coordinating Council Abdyrov Tolonbek.')).toEqual(['Abdyrov Tolonbek']);
    expect(names('the Deputy Mayor Tashiev Aibek spoke')).toEqual(['Tashiev Aibek']);
    // Negative: with no word after it, the word before is the given name all the same.
    expect(names('the Deputy Mayor Aibek Tashiev spoke')).toEqual(['Aibek Tashiev']);
  });
  it('after an acronym in capitals, the word after a family name is the given name ("эксперт МОТ Токтогулов Нурлан")', async () => {
    const { ru } = await import('../src/lexicon/ru.js');
    expect(findNames('С докладом выступил эксперт МОТ Токтогулов Нурлан.', ru).map((n) => n.full)).toEqual(['Токтогулов Нурлан']);
    expect(names('presented by the expert of IOM Asanov Bolot.')).toEqual(['Asanov Bolot']);
    // A family name with no family ending before a given name and patronymic is taken after an acronym too.
    expect(findNames('представитель ПРООН Ким Сергей Владимирович.', ru).map((n) => n.full)).toEqual(['Ким Сергей Владимирович']);
    // Negative: with no word after it, a word in capitals before a family name is the given name; a family name in capitals leads its name.
    expect(names('Then spoke AIBEK Tashiev, farmer.')).toEqual(['AIBEK Tashiev']);
    expect(names('Then spoke ASANOVA Aida, lawyer.')).toEqual(['ASANOVA Aida']);
  });
  it('an acronym before a lone family name is no given name ("the NGO Asanov spoke", "IOM Asanova (consultant)")', () => {
    expect(names('Then the NGO Asanov spoke about water.')).toEqual([]);
    expect(names('Speakers: IOM Asanova (consultant), UNICEF Bekov.')).toEqual([]);
    // Negative: a common given name in capitals stays one, and so does a whole name in capitals or its family name alone.
    expect(names('Then spoke AIDA Bekova, lawyer.')).toEqual(['AIDA Bekova']);
    expect(names('Then BOLOT ASANOV and ASANOV Kanat spoke.')).toEqual(['BOLOT ASANOV', 'ASANOV Kanat']);
    expect(names('Then UNDP Asanov Bolot spoke.')).toEqual(['Asanov Bolot']);
  });
  it('takes the given name before a middle initial where an honorific or bold marks the name’s start', () => {
    expect(names('Mr. Aibek B. Tashiev, head of the employment centre, presented')).toEqual(['Aibek B. Tashiev']);
    const text = 'Then **Aizada M. Bekova**, lawyer, and **Akim** M. Jumabaev spoke.';
    const bold = [...text.matchAll(/\*\*[^*]+\*\*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    expect(findNames(text, en, { strong: bold }).map((n) => n.full)).toEqual(['Aizada M. Bekova', 'M. Jumabaev']);
    expect(splitName('Aibek B. Tashiev', en)).toEqual({ full: 'Aibek B. Tashiev', given: 'Aibek', patronymic: null, family: 'Tashiev' });
    // Negative: without them the word before the initial may be a role, and stays out.
    expect(names('Chairman K. Usonov opened the meeting. Then Deputy Mayor A. Tashiev spoke.')).toEqual(['K. Usonov', 'A. Tashiev']);
  });
  it('takes a given name that opens the run before a middle initial of one or two letters', () => {
    expect(names('Moderator: Aibek S. Tashiev, chairman.')).toEqual(['Aibek S. Tashiev']);
    expect(names('Tolonbek Sh. Abdyrov, chairman of the Council')).toEqual(['Tolonbek Sh. Abdyrov']);
    expect(names('The report was made by Deputy Nurgul K. Asanova.')).toEqual(['Nurgul K. Asanova']);
    expect(findNames('Толонбек Ш. Абдыров, председатель', ru).map((n) => n.full)).toEqual(['Толонбек Ш. Абдыров']);
    expect(splitName('Tolonbek Sh. Abdyrov', en)).toEqual({ full: 'Tolonbek Sh. Abdyrov', given: 'Tolonbek', patronymic: null, family: 'Abdyrov' });
    // After an acronym, two words, one a common given name, are a name ("the expert of IOM Kim Sergei").
    expect(names('the floor was given to the expert of IOM Kim Sergei and to the expert of UNDP Sergei Kim')).toEqual(['Kim Sergei', 'Sergei Kim']);
    // Negative: nor after an acronym do two words with no given name among them make one.
    expect(names('the expert of IOM Bishkek Office spoke')).toEqual([]);
    // Initials beside a family name with a weak ending, or before a word a comma follows, name a person.
    expect(names('Moderator: Voronina E., journalist; Voronina E.A., lawyer')).toEqual(['Voronina E.', 'Voronina E.A.']);
    expect(names('Speakers: E. Voronina, journalist; S. Kim, lawyer.')).toEqual(['E. Voronina', 'S. Kim']);
    // Or before a bracket that gives the workplace: "B. Kim (NGO “Alga”)".
    expect(names('The speakers were: A. Asanov (Ministry of Labour), B. Kim (NGO "Alga"), and C. Li (journalist).')).toEqual(['A. Asanov', 'B. Kim', 'C. Li']);
    // Negatives: a lettered item before a bracket, "B. Roads (repair)", and a bracket with no space before it.
    expect(names('B. Roads (repair of the bridge)')).toEqual([]);
    expect(names('Annex B. Kim(2021) data')).toEqual([]);
    // In bold too, the comma after the bold's close: "**D. Kim**, lawyer".
    expect(names('**D. Kim**, lawyer of the Legal Clinic, spoke.')).toEqual(['D. Kim']);
    // A family name in capitals with a weak ending beside a common given name, in either order.
    expect(names('VORONINA Elena, deputy mayor; Elena VORONINA, deputy mayor')).toEqual(['VORONINA Elena', 'Elena VORONINA']);
    expect(splitName('VORONINA Elena', en)).toEqual({ full: 'VORONINA Elena', given: 'Elena', patronymic: null, family: 'VORONINA' });
    // Negative: an acronym beside a given name names no one.
    expect(names('The expert of UNDP Elena spoke.')).toEqual([]);
    // After a common given name, a family name in capitals needs no ending ("Dinara KIM"); before it, it does.
    expect(names('Then the floor was given to Dinara KIM, specialist of the water department.')).toEqual(['Dinara KIM']);
    expect(splitName('Dinara KIM', en)).toEqual({ full: 'Dinara KIM', given: 'Dinara', patronymic: null, family: 'KIM' });
    expect(names('The lawyer of IOM Dinara spoke.')).toEqual([]);
    // Negative: one capital after a given name is an initial, not a family name.
    expect(names('Dinara K spoke.')).toEqual([]);
    // Negatives: a lettered item or heading names no one.
    expect(names('A. Open a centre;\nB. Train staff.\nC. Background')).toEqual([]);
    // Three letters for one sound too ("Dzh.", for "Дж."), which ends no sentence as "Kim." may.
    expect(names('Speakers: Asel Dzh. Toktosunova, expert; Toktosunova A.Dzh., lawyer.')).toEqual(['Asel Dzh. Toktosunova', 'Toktosunova A.Dzh.']);
    // Negatives: a word after "of", after more capitalised words, or an abbreviation names an organisation.
    expect(names('the head of the Ministry of Labour K. Usonov spoke')).toEqual(['K. Usonov']);
    expect(names('the manager of Aiyl Bank A. Osmonov spoke')).toEqual(['A. Osmonov']);
    expect(names('the expert of UNDP A. Osmonov spoke')).toEqual(['A. Osmonov']);
    // Nor after a joining word that goes on the organisation's name.
    expect(names('the Deputy Minister of Education and Science N. K. Sultanov spoke')).toEqual(['N. K. Sultanov']);
    expect(names('the Minister of Labour and Migration A. Osmonov spoke')).toEqual(['A. Osmonov']);
  });
  it('takes no organisations, places or a lone family name', () => {
    expect(names('the Kyrgyz Republic, Jogorku Kenesh, Naryn Network, Latin America, Ivanov said')).toEqual([]);
  });
  it('takes a name written family name first, then a comma ("Abdyrov, Tolonbek Shakirovich")', () => {
    expect(names('Moderator: Abdyrov, Tolonbek Shakirovich, chairman.')).toEqual(['Abdyrov, Tolonbek Shakirovich']);
    expect(names('Speakers: Toktosunova, Elmira (lawyer); Asanov, B.; Isakov, Aibek and Bekova, Aida.')).toEqual(['Toktosunova, Elmira', 'Asanov, B.', 'Isakov, Aibek', 'Bekova, Aida']);
    expect(findNames('Выступили: Абдыров, Толонбек Шакирович, председатель.', ru).map((n) => n.full)).toEqual(['Абдыров, Толонбек Шакирович']);
    expect(splitName('Abdyrov, Tolonbek Shakirovich', en)).toEqual({ full: 'Abdyrov, Tolonbek Shakirovich', given: 'Tolonbek', patronymic: 'Shakirovich', family: 'Abdyrov' });
    expect(splitName('Toktosunova, Elmira', en)).toEqual({ full: 'Toktosunova, Elmira', given: 'Elmira', patronymic: null, family: 'Toktosunova' });
    // Negatives: two family names (each a name of its own, in a list: not "Asanov, Bekov"); a title after the comma; a
    // word that goes on in lower case; a name of its own after it.
    expect(names('Asanov, Bekov and Isakova spoke.')).toEqual(['Asanov', 'Bekov', 'Isakova']);
    expect(names('Ms. Isakova, Head of the department, spoke.')).toEqual(['Isakova']);
    expect(names('Then Asanov, Aibek said, asked a question.')).toEqual([]);
    expect(names('Asanov, Aibek Tashiev and Ms. Bekova.')).toEqual(['Aibek Tashiev', 'Bekova']);
  });
});

describe('stripMarkup', () => {
  it('drops emphasis markers and collapses white space runs, leaving single spaces alone', async () => {
    const { stripMarkup } = await import('../src/text.js');
    expect(stripMarkup('**Moderator:**  Aibek\tTashiev,\nhead of __X__')).toBe('Moderator: Aibek Tashiev, head of X');
    expect(stripMarkup('plain text with single spaces')).toBe('plain text with single spaces');
    expect(stripMarkup('a \n b')).toBe('a b');
    expect(stripMarkup('snake_case stays')).toBe('snake_case stays');
    // A single "*" or "_" that opens or closes italics goes too; a bullet, a product or an inner one stays.
    expect(stripMarkup('*Chairman of the Council*, ***Name***, _expert_')).toBe('Chairman of the Council, Name, expert');
    expect(stripMarkup('* item, 2 * 3, a*b')).toBe('* item, 2 * 3, a*b');
  });
});

describe('findNames: an honorific after an organisation’s capitalised words', () => {
  it('opens the name after it, not the organisation’s run before it ("… of the Public Council Mr. Kim")', () => {
    const names = (text: string) => findNames(text, en).map((n) => n.full);
    expect(names('expert of the Public Council Mr. Kim.')).toEqual(['Kim']);
    expect(names('the head of the Public Council Ms. Alina Turdubaeva spoke')).toEqual(['Alina Turdubaeva']);
    // Negative: with no name after it, an honorific names no one.
    expect(names('the Public Council Mr. and the rest')).toEqual([]);
  });
});

describe('findNames: an honorific before initials and a short family name', () => {
  it('takes the initials and the word after an honorific, at a sentence\'s end too ("… and Dr. K. Kim.")', () => {
    // (With no comma or bracket after it, "K. Kim" had been no name: the last speaker had been lost, or taken as a role.)
    const names = (text: string) => findNames(text, en).map((n) => n.full);
    expect(names('Speakers were Mr. A. Asanov, Ms. B. Bekova and Dr. K. Kim.')).toEqual(['A. Asanov', 'B. Bekova', 'K. Kim']);
    expect(names('and Ms. S. Li said that')).toEqual(['S. Li']);
    // Negative: with no honorific nor comma after it, initials and a short word are no name (a lettered item, "B. Train staff"),
    // unless the word is a common family name with no ending (below).
    expect(names('Speakers were A. Asanov and K. Kimberly.')).toEqual(['A. Asanov']);
    expect(names('B. Train staff.')).toEqual([]);
    expect(names('the results of Section B. Results were')).toEqual([]);
  });

  it('takes initials before a common family name with no ending, with nothing after ("Speakers were A. Asanov and K. Kim.")', () => {
    // (It had been no name: "Asanov Bolot and K. Kim." had made "K. Kim" Asanov's role.)
    const names = (text: string) => findNames(text, en).map((n) => n.full);
    expect(names('Speakers were A. Asanov and K. Kim.')).toEqual(['A. Asanov', 'K. Kim']);
    expect(names('Then S. Li spoke about the project.')).toEqual(['S. Li']);
    expect(findNames('Выступили А. Асанов и К. Ким.', ru).map((n) => n.full)).toEqual(['А. Асанов', 'К. Ким']);
    // Negative: a place's word is none, nor initials alone.
    expect(names('A. Open a centre.')).toEqual([]);
  });
});

describe('findNames: a place named after a person', () => {
  it('the person a place is named after is no name ("the school named after K. Tynystanov", "им. К. Ш. Токтомаматова")', () => {
    const names = (text: string) => findNames(text, en).map((n) => n.full);
    expect(names('Kenzhebaeva Cholpon, teacher of the school named after K. Tynystanov, spoke')).toEqual(['Kenzhebaeva Cholpon']);
    expect(names('director of the Lyceum n.a. A. Osmonov – Asanov Bolot')).toEqual(['Asanov Bolot']);
    expect(findNames('Кенжебаева Чолпон, ректор ОшГУ им. К. Ш. Токтомаматова', ru).map((n) => n.full)).toEqual(['Кенжебаева Чолпон']);
    expect(findNames('учитель школы имени Касыма Тыныстанова Алиев Руслан', ru).map((n) => n.full)).toEqual(['Алиев Руслан']);
    // Negative: a name after other words is found as before.
    expect(names('the school was named by the council; Kenzhebaeva Cholpon spoke')).toEqual(['Kenzhebaeva Cholpon']);
  });
});
