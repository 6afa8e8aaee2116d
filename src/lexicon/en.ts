/** English: the language of the translated reports this project started from. */
import * as chrono from 'chrono-node/en';
import { narrowChrono } from './chrono.js';
import type { Lexicon } from './types.js';

export const en: Lexicon = {
  code: 'en',
  name: 'English',
  script: /[A-Za-z]/,
  chrono: narrowChrono(chrono.casual, ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthDayParser']),
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  dateWords: { ordinal: ['st', 'nd', 'rd', 'th'], of: ['of'], yearSuffix: ['year', 'y.', 'y', 'г.', 'г'], rangeJoin: ['and', 'to', 'to the', 'till', 'until', 'through', 'thru'], rangeFrom: ['from', 'from the', 'the', 'on the'] },
  listLetters: 'abcdefghijklmnopqrstuvwxyz',
  itemNouns: ['suggestion', 'proposal', 'recommendation', 'decision', 'resolution', 'point', 'item'],
  ordinals: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((word) => [word, `${word}ly`]),
  labels: {
    topic: ['topic', 'theme', 'subject'],
    purpose: ['purpose', 'goal', 'aim', 'objective', 'objectives', 'purpose of the meeting', 'purpose of the event'],
    participants: ['participants', 'attendees', 'participated', 'present', 'in attendance', 'audience', 'target group', 'target groups'],
    moderator: ['moderator', 'moderators', 'co-moderators', 'facilitators', 'co-facilitators', 'moderator of the meeting', 'moderator of the event', 'moderator of the platform', 'facilitator of the meeting', 'moderated by', 'chair', 'chairperson', 'chairman', 'chairwoman', 'chaired by', 'facilitator', 'facilitated by', 'presiding', 'presided by'],
    dateVenue: ['date and place', 'date and venue', 'date and location', 'date, place', 'date, venue', 'place and date', 'venue and date', 'location and date', 'time and place', 'date and time and place', 'date/venue', 'date / venue', 'when and where', 'date & venue', 'date & place', 'date & location', 'time and venue', 'time and location', 'date, time and place', 'date, time and venue', 'date, time and location', 'place and time', 'venue and time'],
    date: ['date', 'date of the meeting', 'date of the event', 'date and time', 'held on', 'when'],
    venue: ['venue', 'place', 'location', 'where', 'address', 'place of the meeting'],
    region: ['region', 'oblast', 'province'],
    count: ['totally', 'total', 'in total', 'number of participants', 'number of attendees', 'attendance', 'participants count', 'total participants', 'total number of participants', 'quantity of participants', 'number of people', 'number of persons'],
    speakers: ['speakers', 'speaker', 'spoke', 'presenters', 'welcoming speech', 'welcome speech', 'opening remarks', 'opening speech'],
    presentations: ['presentations', 'presented topics', 'reports', 'topics presented', 'agenda'],
    discussion: ['discussion', 'issues discussed', 'issues raised', 'discussed', 'main issues', 'main issues discussed', 'key issues', 'key issues discussed', 'questions discussed', 'questions raised', 'issues for discussion'],
    suggestions: ['suggestions made', 'suggestions', 'recommendations', 'proposals', 'decisions', 'resolution', 'resolutions', 'decided', 'it was decided', 'resolved', 'it was resolved', 'outcomes', 'action points'],
  },
  cues: {
    moderatorBy: ['moderated by', 'chaired by', 'facilitated by', 'presided over by', 'presided by', 'led by', 'conducted by', 'moderator was', 'moderator of the meeting was', 'moderator of the event was', 'facilitator was', 'facilitator of the meeting was', 'chairperson was', 'chair of the meeting was'],
    moderatorDid: ['moderated', 'facilitated', 'chaired', 'presided over', 'led', 'conducted'],
    chairMark: ['chair', 'chairperson', 'chairman', 'chairwoman', 'moderator', 'facilitator', 'presiding'],
    // Not "chair"/"chairman": "the chairman Asanov" is as often the chairman of something else.
    moderatorTitle: ['moderator', 'facilitator', 'moderator of the meeting', 'moderator of the event', 'moderator of the platform', 'moderator of the dialogue', 'facilitator of the meeting'],
    speech: ['speech', 'speeches', 'spoke', 'speaker', 'speakers', 'presenter', 'presenters', 'remarks', 'addressed', 'address', 'greeting', 'greetings', 'welcoming', 'welcome', 'took the floor', 'listened', 'heard', 'told', 'said', 'noted', 'stressed', 'emphasized', 'emphasised', 'welcomed by', 'greeted by', 'floor was given to', 'was given the floor', 'gave the floor to', 'given the floor', 'presented', 'presentation', 'presentations', 'report', 'reported', 'made a', 'delivered', 'opened', 'introduced', 'informed', 'briefed', 'according to', 'talked', 'shared', 'explained', 'described', 'outlined', 'highlighted', 'underlined', 'pointed out'],
    speechFiller: ['included', 'include', 'including', 'was', 'were', 'made', 'by', 'performed', 'delivered', 'given', 'given by', 'gave', 'held', 'followed', 'with', 'from', 'words', 'word', 'of', 'were made by', 'also', 'then', 'next', 'first', 'spoke', ':'],
    presentation: ['presented', 'presentation', 'presentations', 'presenter', 'presenters', 'report on', 'reports on', 'topics', 'topic', 'sounded', 'reported on'],
    suggestion: ['suggestion', 'suggestions', 'suggested', 'recommendation', 'recommendations', 'recommended', 'proposal', 'proposals', 'proposed', 'wishes', 'decision', 'decisions', 'decided', 'resolution', 'resolutions', 'resolved', 'agreed', 'outcomes', 'action points'],
    discussion: ['discussion', 'discussed', 'issues', 'raised', 'debated', 'touched on', 'questions'],
    topic: ['on the topic of', 'on the topic', 'on the theme of', 'on the theme', 'on the subject of', 'on the subject', 'topic', 'theme'],
    topicJoin: ['on', 'about', 'regarding', 'concerning', 'on the issue of', 'on the issues of', 'dedicated to', 'devoted to'],
    // "The (main) aim of the meeting was/is to …": every aim noun with every event noun. Matched
    // anywhere in a sentence, so "the" and "main" before them need no entries of their own
    // (each entry costs V8 time to compile: a list of 130 took 11 ms).
    purpose: ['purpose', 'aim', 'goal', 'objective']
      .flatMap((aim) => ['meeting', 'event', 'platform', 'dialogue', 'round table', 'hearing'].flatMap((event) => ['was', 'is'].map((verb) => `${aim} of the ${event} ${verb}`)))
      .concat(['the meeting was aimed at', 'the meeting aimed', 'the event was aimed at', 'the event aimed', 'the platform was aimed at', 'the platform aimed']),
    venue: ['was held', 'were held', 'was conducted', 'took place', 'was organized', 'was organised', 'venue was', 'gathered'],
  },
  words: {
    region: ['region', 'oblast', 'province'],
    regionAdjective: [],
    city: ['the city of', 'city of', 'town of', 'the village of', 'village of', 'city', 'town', 'village', 'c.'],
    hotel: ['hotel', 'guest house', 'guesthouse', 'resort', 'sanatorium', 'restaurant', 'cafe', 'café'],
    place: ['hotel', 'centre', 'center', 'house', 'building', 'office', 'library', 'university', 'school', 'administration', 'museum', 'theatre', 'theater', 'hall', 'palace', 'club', 'guest house', 'guesthouse', 'resort', 'restaurant', 'cafe', 'café', 'akimiat', 'mayoralty', 'mayor’s office', "mayor's office"],
    room: ['conference hall', 'conference room', 'meeting room', 'meeting hall', 'assembly hall', 'big hall', 'small hall', 'main hall', 'session hall', 'hall', 'room', 'auditorium'],
    women: ['women', 'woman', 'female', 'females', 'females participants', 'girls'],
    men: ['men', 'man', 'male', 'males', 'boys'],
    people: ['participants', 'participant', 'people', 'persons', 'person', 'attendees', 'participated', 'took part', 'attended', 'residents', 'citizens', 'villagers'],
    countFiller: ['are', 'were', 'is', 'was', 'of them', 'of whom', 'them'],
    countJoin: ['of', 'is', 'was'],
    numbers: {
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
      twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    womenLetters: ['W', 'F'],
    menLetters: ['M'],
    groupsIntro: ['including', 'among them', 'among them were', 'among them there were', 'among whom', 'among whom were', 'among those present were', 'they included', 'these included', 'namely', 'in particular', 'such as', 'representing', 'among the participants were', 'the participants included', 'participants included'],
    groupsSentence: ['among the participants were', 'among the participants there were', 'the participants included', 'participants included', 'among those present were', 'the meeting brought together', 'the event brought together'],
    articles: ['a', 'an', 'the'],
    conjunctions: ['and as well as', 'as well as', 'and also', 'and', 'also'],
    relative: ['who', 'whose', 'which', 'that', 'where'],
    actions: [
      'welcomed', 'greeted', 'thanked', 'opened', 'presented', 'introduced', 'spoke', 'talked', 'said', 'told', 'noted', 'stressed',
      'emphasized', 'emphasised', 'underlined', 'highlighted', 'mentioned', 'explained', 'described', 'outlined', 'informed', 'reported',
      'shared', 'raised', 'proposed', 'suggested', 'asked', 'answered', 'summed up', 'concluded', 'gave', 'made', 'delivered',
      // A participle clause after the roles ("…, deputy mayor, thanking the participants") is no role either.
      'thanking', 'noting', 'stressing', 'emphasizing', 'emphasising', 'underlining', 'highlighting', 'mentioning', 'explaining',
      'describing', 'outlining', 'informing', 'welcoming', 'greeting', 'saying', 'speaking', 'talking', 'sharing', 'raising',
      'proposing', 'suggesting', 'asking', 'answering', 'summing up', 'concluding', 'reporting', 'presenting',
    ],
    clauseVerbs: ['is', 'are', 'was', 'were', 'has been', 'have been', 'will', 'would', 'should', 'must', 'cannot'],
    roleOpeners: ['on behalf of'],
    sentenceOpeners: ['then', 'next', 'after that', 'after this', 'after them', 'after him', 'after her', 'afterwards', 'later', 'finally', 'lastly', 'in conclusion', 'in addition', 'also', 'further', 'furthermore', 'moreover', 'besides', 'subsequently', 'thereafter', 'in turn', 'in his turn', 'in her turn', 'in their turn', 'for his part', 'for her part', 'for their part', 'for its part', 'on his part', 'on her part', 'in particular', 'in his speech', 'in her speech', 'at the end', 'at the end of the meeting', 'at the end of the event'],
    honorifics: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'madam'],
    eventTypes: ['open dialogue platform', 'dialogue platform', 'public dialogue', 'round table', 'roundtable', 'public hearing', 'public hearings', 'public discussion', 'public consultation', 'focus group', 'town hall meeting', 'town hall', 'forum', 'seminar', 'workshop', 'conference', 'meeting'],
    moderated: ['meeting', 'event', 'discussion', 'session', 'platform', 'dialogue', 'round table', 'hearing', 'hearings', 'forum', 'seminar', 'workshop', 'conference'],
    titlePreamble: ['minutes of the', 'minutes of', 'report on the', 'report on', 'report of the', 'report of', 'protocol of the', 'protocol of', 'record of the', 'record of', 'summary of the', 'summary of'],
    documentWords: ['minutes', 'report', 'protocol', 'record', 'summary', 'summary report', 'meeting minutes', 'brief report', 'information'],
    titleStops: ['in', 'on', 'of', 'at', 'for', 'about'],
    datePrefix: ['on', 'held on', 'dated'],
    labelOf: ['of the', 'of', 'for the'],
    venuePrefix: ['in', 'at'],
    organization: ['ngo', 'project', 'foundation', 'fund', 'association', 'organization', 'organisation', 'company', 'movement', 'union', 'newspaper', 'agency', 'centre', 'center', 'hotel', 'programme', 'program', 'initiative', 'network', 'club', 'party', 'enterprise', 'llc', 'institute', 'resort', 'cafe', 'café', 'restaurant', 'post', 'school', 'radio', 'tv', 'channel', 'portal'],
  },
  names: {
    patronymicSuffixes: ['ovich', 'evich', 'ovna', 'evna', 'ichna', 'inichna', 'yevich', 'yevna', 'ich', 'uly', 'ovitch', 'evitch'],
    familySuffixes: ['ov', 'ova', 'ev', 'eva', 'iev', 'ieva', 'yev', 'yeva', 'aev', 'aeva', 'enko', 'sky', 'skiy', 'skii', 'skaya', 'bekov', 'bekova'],
    weakFamilySuffixes: ['in', 'ina', 'yn', 'yna', 'ko'],
    patronymicParticles: ['uulu', 'kyzy', 'uly', 'kyzi', 'qizi', "o'g'li"],
    notNames: ['then', 'next', 'also', 'first', 'firstly', 'secondly', 'thirdly', 'finally', 'lastly', 'after', 'afterwards', 'later', 'further', 'furthermore', 'moreover', 'besides', 'today', 'the', 'and', 'with', 'by', 'from', 'in', 'on', 'at', 'during'],
  },
};
