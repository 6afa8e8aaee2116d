/**
 * A lexicon is all the words one language uses to label and cue the fields of
 * a report. Extractors build their patterns from it, so a new language is a
 * new data file, not new code.
 */
import type { Chrono } from 'chrono-node/en';

export interface Lexicon {
  /** BCP 47 code recorded in `source.language`, e.g. "en". */
  code: string;
  /** Name of the language, for help texts. */
  name: string;
  /** One letter of the script this language is written in (used to detect it). */
  script: RegExp;
  /** The chrono-node parser for worded dates in this language. */
  chrono: Chrono;
  /**
   * Month names (index 0 = January, each entry a list of forms), for dates chrono misses.
   * Chrono is only asked about text with a word that starts as all of a month's forms
   * start ("jan", "сен"), so the forms here must include the shortest chrono knows.
   */
  months: string[][];
  /**
   * Words around dates that chrono may miss: ordinal endings ("18th"), "of" ("18 of March"),
   * a year mark ("2021 г."), the words joining the days of a range ("25 and 26 March",
   * "the 25th to the 26th"; dashes and slashes need no entry), and those that may open one
   * ("from the 25th"; a colon, comma or bracket, or a date prefix, may too).
   */
  /** Weekdays (with their short forms) may stand before a date and are part of its text ("Thursday, March 18, 2021"). */
  /** `monthIn`: the words before a month and a year with no day ("in March 2021", "в марте 2021 года"), left out of the date's text. */
  /**
   * `currentYear`: words after a date without a year that name the year the report was written in ("25 March of the current
   * year", "25 марта текущего года"): part of the date's text; the year stays unknown, as the report's own year is not given.
   */
  dateWords: { ordinal: string[]; of: string[]; yearSuffix: string[]; rangeJoin: string[]; rangeFrom: string[]; weekdays: string[]; monthIn: string[]; currentYear: string[] };
  /** Letters that number a list ("a)", "b)"), in order. */
  listLetters: string;
  /** Nouns that may stand before an item's number ("Suggestion 1:", "Proposal No. 2."), lower case. */
  itemNouns: string[];
  /** Ordinal words that may number a list ("First, …", "Secondly, …"), in order, each with its forms, lower case. */
  ordinals: string[][];

  /** Labels: words before a colon that name a field ("Moderator:"), lower case. */
  labels: {
    /** Labels of the event's name ("Event:", "Title:"): their value is the title. */
    title: string[];
    topic: string[];
    purpose: string[];
    participants: string[];
    moderator: string[];
    /** Labels that give a date and a place together ("Date and venue:"). */
    dateVenue: string[];
    date: string[];
    venue: string[];
    region: string[];
    /** Labels of the head count ("Totally:", "Number of participants:"). */
    count: string[];
    speakers: string[];
    presentations: string[];
    /** Labels of the agenda ("Agenda:"): a single quotation there is the meeting's topic when nothing else gives one. */
    agenda: string[];
    discussion: string[];
    /** Labels of the suggestions list ("Suggestions made:", "Decisions:"). */
    suggestions: string[];
    /**
     * Labels of no field of the record ("Secretary:", "Prepared by:"): they end the value of the
     * label before them. (A label may stand alone on its line: no word that may be a title, "Notes".)
     */
    other: string[];
  };

  /** Cue words and phrases found in running text, lower case. */
  cues: {
    /** "moderated by", "chaired by": the person that follows is the moderator. */
    moderatorBy: string[];
    /** "moderated", "провела": with one of `words.moderated` after it, the person before it in the sentence is the moderator ("Aida Bekova, coordinator, facilitated the meeting"). */
    moderatorDid: string[];
    /** Pronouns that stand for the event after one of `moderatorDid` ("Name opened the meeting and moderated it"). */
    moderatedPronouns: string[];
    /** "Moderated", opening a line with a name right after it ("Moderated Asanov Bolot, member of …"): that person is the moderator. (A language that puts its verb first anywhere, as Russian does, has it in `moderatorBy`.) */
    moderatorOpens: string[];
    /** "acted as moderator", "выступила в роли модератора": complete on their own, the person before them in the sentence is the moderator. */
    moderatorActed: string[];
    /** Marks the chair inside an attendee list ("Name (chair)"). */
    chairMark: string[];
    /** A title that, right before a name in running text, makes that person the moderator ("opened by the moderator Name"). */
    moderatorTitle: string[];
    /** A line with one of these introduces speakers ("speech", "spoke"). */
    speech: string[];
    /**
     * Verbs of saying that tell of a speaker only as the subject of a sentence that opens with that person ("Name, role,
     * proposed to build a school", "Name thanked the organisers"): not speech cues, since others named after them are
     * none ("It was proposed to invite Name", "The participants thanked Name").
     */
    subjectSpeech: string[];
    /** Words between a speech cue and the first speaker ("was made by"). */
    speechFiller: string[];
    /** A line with one of these lists presentations ("presented", "presentations"). */
    presentation: string[];
    /** A line with one of these introduces the suggestions list. */
    suggestion: string[];
    /** A line with one of these reports the discussion. */
    discussion: string[];
    /** A paragraph with one of these closes the meeting ("The meeting was closed by the moderator"): no more of the discussion. */
    closing: string[];
    /** Phrases that introduce the topic in a title ("on the topic"). */
    topic: string[];
    /** Words between a kind of event and its quoted topic in running text ("a meeting on “X”"). */
    topicJoin: string[];
    /** Labels of a talk's title in a speaker's entry, besides `topic` ("Name, inspector, topic of the speech: “X”"): no role. */
    talkTopic: string[];
    /** Words that bring in a talk's title with no quotes or colon, in a sentence that names its presenter ("… made a presentation on the topic of youth employment"). */
    talkTopicLead: string[];
    /**
     * Verbs of giving a talk that may follow its title, before the presenter ("A presentation on X was made by Name",
     * "С докладом о X выступил Name"): where that title ends.
     */
    talkVerbs: string[];
    /** Verbs that may come between the kind of event and `topicJoin` in running text ("The meeting was devoted to “X”"). */
    topicVerbs: string[];
    /** Phrases that bring in what a talk was about after the speaker's roles, besides `topicJoin` ("…, expert, with a report on water supply"). */
    subjectLead: string[];
    /**
     * Words after the kind of event in a title that make the rest its topic, unquoted ("Round
     * table dedicated to access to justice"); not "on" or "about", which as often lead a place or date.
     */
    topicLead: string[];
    /** Phrases that open a sentence stating the purpose ("The aim of the meeting was"): the rest of it is the purpose. */
    purpose: string[];
    /**
     * An aim and its verb with no event ("The main goal is …", "The purpose was …"): they state the purpose
     * only before a verb after one of `purposeTo` ("to discuss …"; "The goal was not reached" states none).
     */
    purposeBare: string[];
    /**
     * Phrases that give the purpose after a kind of event and a verb of `venue` ("The round table
     * was held in order to discuss …": "to discuss …"; "… с целью обсуждения …").
     */
    purposeAfter: string[];
    /** Words that open the purpose right after the event's verb, and are part of it ("The dialogue was organised to discuss …"). */
    purposeTo: string[];
    /** Phrases after which running text names the place ("was held", "took place"). */
    venue: string[];
    /**
     * Venue cues whose subject may be the place, when it names a building or a room ("The Talas Regional Library
     * hosted …", "… was the venue for …"); each is one of `venue` too.
     */
    venueSubject: string[];
    /** Phrases that end a place told in running text ("… library with the participation of 30 people", "…, brought together"). */
    venueEnd: string[];
  };

  words: {
    /** Words that follow a region's name ("Osh region"). */
    region: string[];
    /** Words that stand before a region's name ("the region of Osh"). */
    regionBefore: string[];
    /** The adjective of a region's word, after its name in a building's name ("the Talas regional administration"): the meeting's region where nothing else names one. */
    regional: string[];
    /** Adjective endings turned back into the name ("Ошской области" → "Ош"). */
    regionAdjective: string[];
    /** Words that mark a city, town or village ("city Osh", "Osh city", "the city of Osh", "с. Ноокат"). */
    city: string[];
    /**
     * A village's or town's own bodies, lower case, after which its name may follow as after a bare "village" ("the head of
     * the ayil okmotu Isfana Mamazhanov Ulugbek", "глава айыл окмоту Исфана Мамажанов Улугбек": "Isfana" is no given name).
     */
    localBody: string[];
    /**
     * Short forms that stand before a place's name only in a venue, as a translation leaves them ("g. Osh", "v. Kara-Suu"
     * for "г.", "с."): read nowhere else, where they would be a person's initial ("G. Asanova").
     */
    cityShort: string[];
    /**
     * Words that stand before the person a place is named after, lower case ("the school named after K. Tynystanov",
     * "ОшГУ им. К. Ш. Токтомаматова"): that name is the place's, no one who attends.
     */
    namedAfter: string[];
    /** Words that follow a district's name ("Kara-Suu district", "Ноокатский район"): a place, though not a city. */
    district: string[];
    /** Words that name a kind of building; dropped from a venue's name ("hotel"). */
    hotel: string[];
    /** Words of a street address ("Lenin str., 221", "ул. Ленина, 221"): a bracket that holds one is no part of the place's name. */
    street: string[];
    /** Nouns that make a venue segment a named place ("centre", "library"). */
    place: string[];
    /** Nouns of a room inside the venue ("conference hall"). */
    room: string[];
    /** Words of a meeting held online ("online", "Zoom"): a venue part made of them names no city. */
    online: string[];
    women: string[];
    men: string[];
    /** Nouns counted in a head count ("participants", "people"). */
    people: string[];
    /** Words that say people attended: a head count alone in running text counts only in their sentence ("42 people took part"; not "300 people left the district"). */
    attendance: string[];
    /**
     * Words after which a number is the head count whatever it counts ("attended by 40 representatives of …",
     * "brought together 35 farmers"), in a sentence that says people attended.
     */
    attendanceLead: string[];
    /** Words that make a number approximate, left out before it ("about 40", "more than 40"). */
    approximate: string[];
    /** Words allowed between a number and "women"/"men" ("22 are women"). */
    countFiller: string[];
    /** Words allowed between a count label and its number ("a total of 35"). */
    countJoin: string[];
    /** Verbs between "women"/"men" and their number ("women made up 24", "men accounted for 16"). */
    countVerbs: string[];
    /** Words between a part and the head count it is part of ("21 of the 38 participants were women"). */
    countPartOf: string[];
    /**
     * Numbers written as words, with their values, for head counts ("forty people, twenty-two
     * women"). A ten and a unit joined by a hyphen or a space add up ("twenty-two", "двадцать два").
     */
    numbers: Record<string, number>;
    /**
     * The characters that group a head count's digits by thousands ("1,200 people"), or none where the language's
     * comma is its decimal mark.
     */
    thousandsSeparators: string[];
    /** Letters that stand for women and for men in a head count ("W – 24, M – 16"); only as written here, in this case. */
    womenLetters: string[];
    menLetters: string[];
    /** Words that open the list of groups after a head count ("35 people, including journalists, …"). */
    groupsIntro: string[];
    /** Words that say who most of those counted were, opening the groups as `groupsIntro` does ("47 people, mostly farmers, …"), unless women or men alone follow ("mostly women"). */
    groupsMostly: string[];
    /** Words that open the list of groups right after the count's people or brackets ("38 participants (…) from ayil okmotus, …"). */
    groupsFrom: string[];
    /** Words that open a sentence of its own naming the groups ("Among the participants were representatives of …"). */
    groupsSentence: string[];
    /** Articles dropped from the front of a role. */
    articles: string[];
    /**
     * Possessive pronouns dropped from the front of a role before a word in lower case ("Its deputy director, Name" gives
     * "deputy director"; not "Her Excellency").
     */
    possessivePronouns: string[];
    /** Words that join list items ("and", "as well as"). */
    conjunctions: string[];
    /** Words that end a list without naming an item ("etc.", "и др."), lower case, as written. */
    etcetera: string[];
    /** Words that point to a list of participants kept elsewhere, no group ("see the list in Annex 1", "(list attached)"). */
    listReference: string[];
    /** The word of a page's label a PDF export leaves on a line of its own ("Page 1 of 2", "Страница 2"), and the words between its numbers. */
    pageWords: string[];
    pageOf: string[];
    /** The kinds of speech a speaker's entry may name in a role's place ("(welcoming speech)", "(приветственное слово)"), lower case: no role. */
    speechKinds: string[];
    /** An agenda's point that names no subject ("Miscellaneous", "Разное"), lower case, without its period. */
    otherBusiness: string[];
    /** A report's section headings that are no label of a field ("Background", "Общая информация"), lower case: no part of the title. */
    sectionHeadings: string[];
    /** What a form's unfilled value says ("N/A", "not specified", "не указано"), lower case, without a trailing period: no value. */
    placeholders: string[];
    /** The labels of a question and of its answer in a record of questions and answers ("Q:", "Question:" / "A:", "Answer:"), lower case, without the colon. */
    questionLabels: string[];
    answerLabels: string[];
    /**
     * Endings of a word that cannot open a role but goes on an organisation's name cut at a comma
     * (Russian genitive adjectives and nouns: "министра труда, социального обеспечения и миграции", "агентства
     * архитектуры, строительства и …").
     */
    continuationEndings: string[];
    /** Prepositions that bring in a person ("by", "to"), dropped with a joining word from the front of a role ("and by the head of …", "and to Name"). */
    personWords: string[];
    /** Verbs that bring in the one something was sent to ("The report was sent to Name", "addressed to the Minister Name"): no speaker. */
    recipientLead: string[];
    /** Verbs whose object is a person thanked or congratulated, with the subject before them ("The mayor thanked the rector … Name"): no speaker. */
    thanksVerbs: string[];
    /** Phrases after which the one named is no speaker: remembered, present, or behind the event ("in memory of Name", "in the presence of the governor Name"). */
    mentionFrames: string[];
    /** Mention frames that tell whom a speaker speaks for, a role of theirs as written ("Name – on behalf of UNDP"). */
    roleFrames: string[];
    /**
     * Words that open what was said after a verb of saying ("Name noted that …", "отметила, что …"): a person named in it
     * is no speaker ("… that the plan was approved by Name2").
     */
    contentLeads: string[];
    /** Words that bring in the doer of a passive verb ("supported by Name"): in what was said, such a verb is no cue of speech. */
    agentWords: string[];
    /** What a person sends rather than says ("greeting", "letter", "приветствие"): one whose greeting was read out is no speaker. */
    messages: string[];
    /** Words that may bring in a message's sender after it ("of", "from", "от"; Russian may name the sender in the genitive with none). */
    messageFrom: string[];
    /** Verbs by which another passes a message on ("read out", "conveyed", "зачитал"): see `messages`. */
    readOut: string[];
    /** Words that bring in a person's organisation right after the name ("Name from UNDP", "Name из ПРООН"), dropped from the front of a role. */
    affiliationWords: string[];
    /** Words that open a relative clause: "…, who noted …" is no role. */
    relative: string[];
    /** Verbs that open a clause saying what a person did: "Name, head of X, welcomed the participants" — no role. */
    actions: string[];
    /**
     * Of the actions, the verbs of saying that no role's name holds: a role that runs on into one ends before it
     * ("Name, head of the department spoke about migration": the role is "head of the department").
     */
    sayingVerbs: string[];
    /** Verbs that make a piece after a name a clause of its own, no role ("According to Name, head of X, funds are lacking"). */
    clauseVerbs: string[];
    /** Verbs of what happened that end a piece after a name, a clause of its own, no role ("…, Name, the number of crimes decreased"). */
    endingVerbs: string[];
    /** Phrases that open a role though they start as a talk's subject does ("on behalf of the NGO …" is no "on …" subject). */
    roleOpeners: string[];
    /** Words that bring in a role as a clause after a name ("…, who is the head of X"): left out, the rest is the role. */
    roleIntro: string[];
    /**
     * Words that open a sentence reporting what someone said ("According to Name, head of X, migration
     * grows"): the sentence's last piece after the name is what was said, no role.
     */
    reportingFrames: string[];
    /** Words that open a sentence before a comma, a whole piece ("Then, Name spoke", "In conclusion, Name …"): no role. */
    sentenceOpeners: string[];
    /**
     * Ordinals that open a sentence only as a whole piece, before a comma ("First, the deputy mayor Name spoke"): no role
     * there, but a position's own word where no comma follows ("First deputy mayor Name"), so not among `sentenceOpeners`.
     */
    ordinalOpeners: string[];
    /** Words of time or of the setting that open a piece ("After the opening, …", "Within the platform, …", "После открытия, …", "В рамках площадки, …"): what follows says when or where, no role. */
    timeLeads: string[];
    /**
     * Words that hand the floor on between two names with no comma ("Name1, head of X followed by Name2"): what stands
     * before them is the first one's, as before "and" (the lexicon's `sentenceOpeners` do so too, "… head of X then Name2").
     */
    handover: string[];
    /** Honorifics dropped from names ("Mr."). */
    honorifics: string[];
    /** Labels of a person's position in an entry of their own ("Position: head of …" under "Speaker 1: Name"): left out of the role. */
    positionLabels: string[];
    /** Labels of one person in an entry of their own, numbered or not ("Speaker 1:", "Presenter:" over "Topic: …"). */
    entryLabels: string[];
    /** Words written short whose period ends no sentence though a capital follows ("Acad. Name", "проф. Name", "пос. Кадамжай"); honorifics count too. */
    abbreviations: string[];
    /** Kinds of event, as they open a title ("Open dialogue platform"). */
    eventTypes: string[];
    /**
     * Kinds of event that narrow another's word ("Dialogue meeting", "focus group discussion", "общественных слушаний"):
     * the type extractor's alone, read with `eventTypes` (the longest wins). The many other patterns of event words keep
     * to `eventTypes`, whose last word they find in these (a longer list costs each of them compile time on every run).
     */
    qualifiedEventTypes: string[];
    /**
     * What a moderator moderates, as the verb's object ("meeting", "встречу"); the words for the event that the patterns of
     * sentences about it look for beside `eventTypes` (in Russian the subject's case too: "Площадка проведена с целью …").
     */
    moderated: string[];
    /** Words that open a title before the event type ("Minutes of the"). */
    titlePreamble: string[];
    /** Words that name the document, and on a line of their own open the title ("MINUTES" / "Open dialogue platform …"). */
    documentWords: string[];
    /** Words that open a line naming an annex the document is ("Annex 3" / "to the report of the project"): a preamble over the title. */
    annexWords: string[];
    /** Prepositions that end the event type in a title ("… in Osh region"). */
    titleStops: string[];
    /** Prepositions before a date that are not part of it ("on"). */
    datePrefix: string[];
    /**
     * Words that let a label name its event before the colon: "Chair of the hearing:",
     * "Participants of the round table:" (up to three words after one of these); they also
     * tie a room to its building ("the conference hall of the Ala-Too hotel"). Empty where a
     * language says it without one (Russian: list "модератор встречи" as a label).
     */
    labelOf: string[];
    /** Prepositions that open a place in running text ("in", "at", "on the premises of"). */
    venuePrefix: string[];
    /** The venue prefixes as they open a sentence before its place, matched as written ("In Osh, the platform was held at …"). */
    venuePrefixOpening: string[];
    /**
     * The venue prefixes as they open a sentence, matched as written, before a word of a town, place or room only ("В
     * городе Каракол в конференц-зале … состоялась …"; not "В Оше встреча прошла …", a town's name declined).
     */
    venuePrefixOpeningBeforeWord: string[];
    /**
     * What names the place with no preposition before it, in lower case ("The venue was the conference hall of …"):
     * venue cues and place prefixes both.
     */
    venueIs: string[];
    /** Nouns naming an organisation: a quotation right after one is its name, not a title ("NGO “Bilim”"). */
    organization: string[];
    /**
     * Nouns naming a thing that has a name, not a talk: a quotation beside one is its name ("the “Tunduk” system", "the Law
     * “On Migration”"), unless a word of presenting governs it ("presented the programme “Youth 2030”").
     */
    namedThings: string[];
    /**
     * Headings of a table's column of talk titles, lower case: a heading that is one, or opens
     * with one and a space ("Topic of the speech"). Not "title" alone, which may be a job's.
     */
    /** Headings of a table's column of speakers ("| No. | Speaker | Position | Topic |"): its rows are read as a list of speakers. */
    speakerColumns: string[];
    talkColumns: string[];
  };

  /** Name morphology, for splitting a full name into its parts. */
  names: {
    patronymicSuffixes: string[];
    familySuffixes: string[];
    /** Weaker family-name endings, trusted only when no stronger token is found. */
    weakFamilySuffixes: string[];
    /** Plural endings of nouns ("Affairs", "Resources"): a body's words, no name's, after a rank or position. */
    pluralSuffixes: string[];
    /**
     * Common family names that have no family ending, lower case: Korean names common in the region ("Kim", "Pak",
     * "Tsoi"). Before a given name and patronymic one is the family name, even after an organisation's capitalised
     * words, as a weak ending is ("… of the Ministry of Health Kim Marina Sergeevna"). Not a word of the language as
     * well ("Ten").
     */
    bareFamilyNames: string[];
    /** Particles that follow a father's name to make a patronymic ("uulu"). */
    patronymicParticles: string[];
    /** Capitalised words that open sentences but are never names ("Then Kasymova Aizhan …"), lower case. */
    notNames: string[];
    /**
     * Ranks and positions written before a name with a capital ("Major Usubaliev Marat", "Deputy
     * Toktobaev Nurlan"), lower case: never part of the name, read as a role, and like an honorific
     * they let a lone family name stand ("Professor Asanov").
     */
    titles: string[];
    /**
     * Military and police ranks, lower case: one that ends a role right before the name is a role of its own ("the head
     * of the police department Colonel Name": "head of the police department" and "Colonel").
     */
    ranks: string[];
    /**
     * Words that may stand before a position's word, lower case ("senior" lawyer, "deputy" mayor, "главный" специалист):
     * a list item's side that opens with them and such a word reads as the presenter's position, not a talk's title.
     */
    positionModifiers: string[];
    /**
     * How a position's word makes its plural, as [plural ending, singular ending] pairs, lower case ("experts" is "expert"
     * and "s", "deputies" "deputy" with "ies" for "y"): a plural role after names joined by "and" is each one's
     * ("Name1 and Name2, experts of IOM").
     */
    positionPlurals: [string, string][];
    /**
     * Endings a declined name adds to its nominative, lower case ("Эрлана Осмонова" is "Эрлан Осмонов"
     * in the genitive: "По словам Эрлана Осмонова"); none for a language whose names do not decline.
     */
    caseEndings: string[];
    /**
     * Common given names, lower case: they decide the order of two words that no ending marks ("Kim
     * Sergei", "Pak Marina" are family first; "Marina Pak", "John Smith" given first). Data, not evidence
     * that a run of words is a name.
     */
    givenNames: string[];
    /**
     * Letters that write one sound and so make one initial ("Sh.", "Zh.", "Yu.", "Dzh."), lower case; any
     * other capitalised word of two letters is a word, a family name with no ending ("Olga Li.", "Ivan Ng").
     */
    initialDigraphs: string[];
    /**
     * Endings that make a name possessive ("Tashiev's", "Tashiev’s"): no part of it ("Aibek Tashiev's presentation" names
     * "Aibek Tashiev"). Empty for a language that declines names instead.
     */
    possessiveEndings: string[];
  };
}
