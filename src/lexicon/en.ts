/** English: the language of the translated reports this project started from. */
import * as chrono from 'chrono-node/en';
import { narrowChrono } from './chrono.js';
import type { Lexicon } from './types.js';

// The kinds of event a moderator runs and a topic belongs to ("moderated the dialogue", "the theme of the hearing was").
// "The venue was the conference hall of …": a cue of the place and what opens it, as "in" and "at" do.
const VENUE_IS = ['venue was', 'venue is', 'venue of the meeting was', 'venue of the event was', 'venue for the meeting was', 'venue for the event was',
  'place of the meeting was', 'place of the event was', 'meeting place was', 'location was', 'location of the meeting was'];
// "The Talas Regional Library hosted an open dialogue platform": the subject is the place when it names a building.
const VENUE_SUBJECT = ['hosted', 'was the venue for', 'was the venue of', 'became the venue for', 'became the venue of', 'served as the venue for', 'served as the venue of'];
const EVENTS = ['meeting', 'event', 'discussion', 'session', 'platform', 'dialogue', 'round table', 'hearing', 'hearings', 'forum', 'seminar', 'workshop', 'conference'];
// "Chaired the meeting", as a label or opening a line before the name.
const CHAIRED_EVENT = ['moderated', 'chaired', 'facilitated', 'presided over'].flatMap((verb) => EVENTS.map((event) => `${verb} the ${event}`));

export const en: Lexicon = {
  code: 'en',
  name: 'English',
  script: /[A-Za-z]/,
  chrono: narrowChrono(chrono.casual, ['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthDayParser']),
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  dateWords: { ordinal: ['st', 'nd', 'rd', 'th'], of: ['of', 'day of'], yearSuffix: ['year', 'y.', 'y', 'г.', 'г'], rangeJoin: ['and', 'to', 'to the', 'till', 'until', 'through', 'thru'], rangeFrom: ['from', 'from the', 'the', 'on the'],
    weekdays: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun'],
    monthIn: ['in', 'during'],
    currentYear: ['of the current year', 'of this year', 'this year', 'of the present year', 'current year'],
  },
  listLetters: 'abcdefghijklmnopqrstuvwxyz',
  itemNouns: ['suggestion', 'proposal', 'recommendation', 'decision', 'resolution', 'point', 'item'],
  ordinals: ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'].map((word) => [word, `${word}ly`]),
  labels: {
    title: ['title', 'event', 'event name', 'name of the event', 'title of the event', 'event title', 'activity', 'activity name', 'name of the activity', 'activity title', 'title of the activity'],
    topic: ['topic', 'theme', 'subject'],
    purpose: ['purpose', 'purposes', 'goal', 'goals', 'aim', 'aims', 'objective', 'objectives', 'purpose of the meeting', 'purpose of the event', 'purpose and objectives', 'goals and objectives', 'aims and objectives', 'goal and objectives', 'objective of the meeting', 'objectives of the meeting', 'aim of the meeting', 'goal of the meeting', 'main purpose', 'main goal', 'main aim', 'main objective',
      // (As a translation gives "Цель:" and "Задачи:".)
      'target', 'task', 'tasks', 'purpose and tasks', 'goals and tasks', 'goal and tasks', 'aims and tasks', 'objectives and tasks'],
    participants: ['participants', 'participation', 'attendees', 'participated', 'present', 'attended', 'were present', 'those present', 'persons present', 'people present', 'in attendance', 'audience', 'target group', 'target groups', 'structure of participants', 'composition of participants', 'structure of the participants', 'composition of the participants', 'composition',
      'target audience', 'target audiences', 'categories of participants', 'category of participants', 'invited', 'invitees',
      'groups represented', 'represented', 'participant groups', 'groups of participants', 'participant categories'],
    moderator: ['moderator', 'moderators', 'co-moderators', 'facilitators', 'co-facilitators', 'moderator of the meeting', 'moderator of the event', 'moderator of the platform', 'facilitator of the meeting', 'moderated by', 'chair', 'chairperson', 'chairman', 'chairwoman', 'chaired by', 'facilitator', 'facilitated by', 'presiding', 'presided by', 'host', 'hosted by', 'facilitation', 'moderation', 'moderated', 'chaired', 'facilitated', 'presided', 'presided over by', 'led by', 'co-chairs', 'co-chairpersons',
      // A calque of Russian "Вёл заседание:": "Chaired the meeting: Name, role".
      ...CHAIRED_EVENT, 'led the meeting', 'led the event', 'conducted the meeting', 'conducted the event'],
    dateVenue: ['date and place', 'date and venue', 'date and location', 'date, place', 'date, venue', 'place and date', 'venue and date', 'location and date', 'time and place', 'date and time and place', 'date/venue', 'date / venue', 'when and where', 'date & venue', 'date & place', 'date & location', 'time and venue', 'time and location', 'date, time and place', 'date, time and venue', 'date, time and location', 'place and time', 'venue and time', 'held'],
    date: ['date', 'date of the meeting', 'date of the event', 'date and time', 'time and date', 'held on', 'when', 'date held', 'date of holding', 'meeting date', 'dates'],
    venue: ['venue', 'place', 'location', 'where', 'address', 'place of the meeting', 'held at', 'held in', 'place held', 'place of holding', 'meeting place', 'meeting venue'],
    region: ['region', 'oblast', 'province'],
    count: ['totally', 'total', 'gender', 'gender composition', 'gender balance', 'gender breakdown', 'by gender', 'in total', 'number of participants', 'number of attendees', 'attendance', 'participants count', 'total participants', 'total number of participants', 'quantity of participants', 'number of people', 'number of persons', 'total number', 'total count', 'headcount', 'head count', 'overall', 'altogether', 'all in all', 'participants number', 'number of the participants', 'participants total', 'participants count'],
    speakers: ['speakers', 'speaker', 'spoke', 'heard', 'listened', 'listened to', 'presenters', 'presenter', 'reporter', 'welcoming speech', 'welcome speech', 'opening remarks', 'opening speech', 'speeches', 'contributions', 'interventions', 'statements'],
    presentations: ['presentations', 'presentation', 'presented topics', 'reports', 'topics presented', 'agenda', 'topics of presentations', 'topics of the presentations', 'presentation topics', 'topics of reports', 'topics of the reports', 'report topics',
      // One talk's topic, no meeting's: "Topic of the presentation: …" / "Speaker: …".
      'topic of the presentation', 'topic of presentation', 'topic of the speech', 'title of the presentation'],
    agenda: ['agenda', 'agenda of the meeting', 'meeting agenda', 'the agenda', 'programme', 'program', 'event programme', 'event program', 'schedule'],
    discussion: ['discussion', 'issues discussed', 'issues raised', 'discussed', 'main issues', 'main issues discussed', 'key issues', 'key issues discussed', 'questions discussed', 'questions raised', 'issues for discussion',
      'key points of the discussion', 'main points of the discussion', 'points of the discussion', 'points discussed', 'key points discussed', 'discussion points', 'topics discussed', 'main topics discussed', 'summary of the discussion', 'course of the discussion',
      // Problems and concerns named as what was raised.
      'problems raised', 'problems discussed', 'problems identified', 'identified problems', 'main problems', 'key problems', 'concerns raised', 'main concerns', 'key concerns', 'issues identified', 'main issues raised', 'key issues raised'],
    suggestions: ['suggestions made', 'suggestions', 'recommendations', 'proposals', 'decisions', 'resolution', 'resolutions', 'decided', 'it was decided', 'resolved', 'it was resolved', 'outcomes', 'action points', 'action items', 'offers', 'offers of participants', 'offers of the participants', 'way forward', 'the way forward', 'agreed actions', 'agreed', 'it was agreed', 'agreements', 'agreements reached', 'follow-up actions', 'outcome', 'outcome of the meeting', 'outcomes of the meeting',
      // (A translation of "Итоги встречи"; not "Results:" alone, which as often heads a survey's.)
      'results of the meeting', 'results of the event', 'results of the platform', 'meeting results',
      'results of the discussion', 'results of discussion', 'outcome of the discussion', 'outcomes of the discussion', 'results of the dialogue',
      // What the participants put forward ("Initiatives:" / "1. …").
      'initiatives', 'initiatives of participants', 'initiatives of the participants', 'proposed initiatives'],
    other: ['invited', 'invited guests', 'guests', 'secretary', 'minutes taken by', 'minutes recorded by', 'recorded by', 'prepared by', 'compiled by', 'drawn up by', 'report prepared by', 'report compiled by', 'minutes prepared by', 'minutes compiled by', 'protocol prepared by', 'protocol compiled by', 'protocol drawn up by', 'approved by', 'organizer', 'organiser', 'organizers', 'organisers', 'organized by', 'organised by', 'duration', 'time', 'district', 'rayon', 'city', 'town', 'village', 'partners', 'supported by', 'with the support of', 'donor', 'project',
      // A suggestion's own fields, under its item ("1. Open a centre" / "   Responsible: …").
      'responsible', 'responsible person', 'responsible persons', 'responsible party', 'deadline', 'deadlines', 'due date', 'timeline', 'timeframe', 'time frame', 'executor', 'executors'],
  },
  cues: {
    moderatorBy: ['moderated by', 'moderated and summed up by', 'moderated and summarized by', 'moderated and summarised by', 'chaired by', 'facilitated by', 'presided over by', 'presided by', 'led by', 'conducted by', 'moderator was', 'moderator of the meeting was', 'moderator of the event was', 'moderator of the platform was', 'moderator of the dialogue was', 'moderator of the dialogue platform was', 'moderator of the open dialogue platform was', 'moderator of the round table was', 'moderator of the session was', 'moderator of the discussion was', 'facilitator was', 'facilitator of the meeting was', 'chairperson was', 'chair of the meeting was',
      // "The meeting was held under the chairmanship of Name, …".
      'under the chairmanship of', 'under the chairpersonship of', 'under the moderation of', 'with the moderation of',
      'role of moderator was performed by', 'role of the moderator was performed by', 'role of moderator was played by', 'role of the moderator was played by', 'moderation was carried out by', 'moderation was provided by',
      // "Moderating the event was Name", "Chairing the meeting was Name".
      ...['moderating', 'chairing', 'facilitating'].flatMap((verb) => ['meeting', 'event', 'platform', 'dialogue', 'discussion', 'session'].map((event) => `${verb} the ${event} was`))],
    // A calque of Russian "Модерировал Асанов Болот": the verb opens the line (with its event or not: "Chaired the meeting Name"), the name follows at once.
    moderatorOpens: ['moderated', 'chaired', 'facilitated', ...CHAIRED_EVENT],
    moderatorDid: ['moderated', 'facilitated', 'chaired', 'presided over', 'led', 'conducted'],
    moderatedPronouns: ['it'],
    moderatorActed: ['acted as moderator', 'acted as the moderator', 'acted as facilitator', 'acted as the facilitator', 'served as moderator', 'served as the moderator', 'served as facilitator', 'was the moderator', 'was the facilitator', 'was moderator'],
    // A chair word alone, or of the event ("Musaev Taalaibek – chairman of the meeting, member of …").
    chairMark: ['presiding', ...['chair', 'chairperson', 'chairman', 'chairwoman', 'moderator', 'facilitator'].flatMap((word) => [word, ...['meeting', 'event', 'platform', 'dialogue', 'round table'].map((event) => `${word} of the ${event}`)])],
    // Not "chair"/"chairman": "the chairman Asanov" is as often the chairman of something else.
    moderatorTitle: ['moderator', 'facilitator', 'moderators', 'facilitators', 'moderator of the meeting', 'moderator of the event', 'moderator of the platform', 'moderator of the dialogue', 'facilitator of the meeting'],
    speech: ['information of', 'information of the', 'with information', 'with the information',
      // "Information on the situation was provided by Name", "Name provided information on …", "… gave an overview of …".
      'information', 'provided information', 'gave information', 'overview', 'an overview', 'drew attention', 'drew the attention', 'brought to the attention', 'underscored',
      // Verbs of saying whose subject is the speaker ("Name, expert of X, stated that …"); not those whose object a person may be
      // ("reminded", "urged", "warned", "thanked Name").
      'mentioned', 'announced', 'stated', 'called for', 'touched upon', 'touched on', 'clarified', 'summed up', 'confirmed', 'insisted',
      // Questions or issues raised by someone ("Questions were raised by Name (teacher) and Name (farmer)"; not "raised"
      // alone, the discussion's word, "Participants raised the following issues: …", nor what else is raised, "Funds were
      // raised by …").
      ...['question', 'issue', 'problem', 'concern', 'point'].flatMap((what) => [`${what} was raised by`, `${what}s were raised by`]),
      // And by the one who raised them, with what was raised ("Name, farmer, raised the issue of land"), or proposed.
      ...['question', 'issue', 'problem', 'concern', 'point'].flatMap((what) => [`raised the ${what}`, `raised ${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what}`, `raised ${what}s`]),
      // (The plural after the article for the two most written only: each phrase costs a cold run some million instructions.)
      'raised the issues', 'raised the problems',
      'expressed concern', 'expressed concerns', 'voiced concern', 'voiced concerns', 'proposal was made by', 'proposals were made by', 'suggestion was made by', 'suggestions were made by',
      // The verbs of translated minutes for "выступил" ("With a speech on X performed the head of Y - Name"), and for "озвучено
      // кем" ("The statistics were sounded by the experts Name and Name").
      'performed', 'acted', 'came out', 'spoke out', 'sounded by', 'voiced by',
      'contributions', 'interventions', 'statements', 'talk', 'talks', 'lecture', 'lectures', 'took part in the discussion', 'in the discussion', 'took part in discussion', 'participated in the discussion', 'joined the discussion', 'in the discussion took part', 'speech', 'speeches', 'spoke', 'speaking', 'speaker', 'speakers', 'presenter', 'presenters', 'reporter', 'remarks', 'addressed', 'address', 'greeting', 'greetings', 'welcoming', 'welcome', 'took the floor', 'listened', 'heard', 'told', 'said', 'noted', 'stressed', 'emphasized', 'emphasised', 'welcomed by', 'greeted by', 'welcomed on behalf of', 'greeted on behalf of', 'welcomed the participants', 'greeted the participants', 'followed by', 'floor was given to', 'floor was then given to', 'floor was also given to', 'floor is given to', 'floor is then given to', 'word is given to',
      // (A talk announced: "The moderator said that Name would present the study".)
      'will present', 'would present', 'will speak', 'would speak',
      // (And who read out another's greeting or letter: "The letter of the Ministry was read out by Name".)
      'read out by', 'conveyed by', 'floor was taken by', 'floor was then taken by', 'word was taken by', 'word was then taken by', 'took the word', 'word was then given to', 'word was also given to', 'to speak was', 'to speak were', 'comments', 'comments were made by', 'was given the floor', 'gave the floor to', 'given the floor', 'word was given to', 'was given the word', 'gave the word to', 'given the word', 'presented', 'presentation', 'presentations', 'report', 'reports', 'reported', 'made a', 'delivered', 'opened', 'introduced', 'informed', 'briefed', 'according to', 'talked', 'shared', 'explained', 'described', 'outlined', 'highlighted', 'underlined', 'pointed out', 'asked', 'replied', 'answered', 'supported', 'disagreed', 'gave examples', 'gave an example', 'cited examples', 'cited an example', 'added', 'commented', 'remarked', 'recalled', 'voiced', 'complained', 'criticized', 'criticised', 'argued', 'objected', 'requested',
      // (Not "expressed" alone: "The participants expressed gratitude to Name" names someone spoken to.)
      'expressed their opinion', 'expressed their opinions', 'expressed their views', 'expressed his opinion', 'expressed her opinion', 'expressed the opinion',
      // Translated minutes' verbs for "ознакомил": "Name, role, acquainted the participants with …"; with whom they acquainted, so
      // not "The participants familiarized themselves with the exhibition of Name", nor "The meeting focused on the proposals of Name".
      // (The participants alone: each phrase of this list costs a cold run some million instructions to compile.)
      'acquainted the participants', 'familiarized the participants', 'familiarised the participants',
      // And those whose object may be a person, where it is the participants ("The ecologist Name reminded the participants about …").
      'reminded the participants', 'urged the participants', 'warned the participants'],
    subjectSpeech: ['proposed', 'suggested', 'recommended', 'expressed', 'thanked', 'requested', 'complained', 'objected', 'argued', 'agreed', 'added',
      'replied', 'responded', 'assured', 'promised', 'urged', 'warned', 'reminded', 'congratulated', 'wished', 'criticized', 'criticised', 'acknowledged',
      'admitted', 'disagreed', 'recalled', 'voiced', 'pointed out', 'appealed', 'demanded', 'supported'],
    speechFiller: ['included', 'include', 'including', 'was', 'were', 'have', 'has', 'had', 'been', 'made', 'by', 'performed', 'acted', 'came out', 'spoke out', 'appeared', 'to the participants', 'to participants', 'to the audience', 'to those present', 'the participants', 'the guests', 'the audience', 'those present', 'the attendees', 'everyone', 'delivered', 'pronounced', 'given', 'given by', 'gave', 'provided', 'provided by', 'held', 'followed', 'with', 'from', 'words', 'word', 'of', 'were made by', 'also', 'then', 'next', 'first', 'spoke', ':',
      // What the cue acts on before the person, in translations that put the subject last ("Opened the meeting the deputy minister X").
      'the meeting', 'the event', 'the session', 'the platform', 'the dialogue platform',
      // "During the discussion, the participants Name and Name spoke": a word for them all is no role.
      'participants',
      // A translation's verb for a talk given ("озвучен": "The report “X” was sounded by the chief specialist … Name").
      'sounded', 'voiced'],
    presentation: ['presented', 'presentation', 'presentations', 'presenter', 'presenters', 'report', 'reports', 'report on', 'reports on', 'the reports', 'following reports', 'were heard', 'topics', 'topic', 'themes', 'sounded', 'reported on',
      // A talk that has a title: "spoke on “A”", "gave a talk entitled “A”", "delivered a lecture “A”".
      'spoke on', 'speech on', 'talk on', 'talk', 'talks', 'lecture', 'lectures', 'entitled', 'titled',
      // A study whose findings were shared: "shared the findings of her study “A”", "introduced the research “A”".
      'findings', 'study', 'research'],
    suggestion: ['suggestion', 'suggestions', 'suggested', 'recommendation', 'recommendations', 'recommended', 'recommend', 'recommends', 'suggest', 'suggests', 'propose', 'proposes', 'proposal', 'proposals', 'proposed', 'offered', 'offers', 'put forward', 'wishes', 'ideas', 'initiatives', 'requests', 'decision', 'decisions', 'decided', 'resolution', 'resolutions', 'resolved', 'agreed', 'outcomes', 'action points', 'action items', 'way forward', 'agreed actions', 'agreements', 'follow-up actions', 'outcome', 'results of the meeting', 'results of the event', 'results of the platform', 'meeting results',
      'results of the discussion', 'results of discussion', 'outcome of the discussion', 'outcomes of the discussion', 'results of the dialogue',
      // What the participants asked of others ("The participants asked to:", "… called for the following:").
      'asked to', 'called for', 'call for', 'calls for'],
    discussion: ['discussion', 'discussed', 'issues', 'raised', 'debated', 'touched on', 'questions'],
    closing: ['was closed', 'were closed', 'closed the meeting', 'closed the event', 'closed the platform', 'closed the session', 'meeting ended', 'event ended', 'meeting was over', 'in conclusion', 'concluding the meeting', 'summing up', 'summed up the', 'thanked the participants', 'thanked all', 'thanked everyone'],
    topic: ['on the topic of', 'on the topic', 'on the theme of', 'on the theme', 'on the subject of', 'on the subject', 'topic', 'theme', 'topic was', 'theme was', 'subject was',
      'topic of discussion was', 'subject of discussion was',
      // "The theme of the dialogue was “…”".
      ...['topic', 'theme', 'subject'].flatMap((noun) => EVENTS.map((event) => `${noun} of the ${event} was`))],
    topicJoin: ['on', 'about', 'regarding', 'concerning', 'on the issue of', 'on the issues of', 'dedicated to', 'devoted to'],
    topicVerbs: ['was', 'is', 'were', 'are', 'has been', 'had been', 'will be'],
    talkTopic: ['topic', 'theme', 'title'].flatMap((word) => ['speech', 'report', 'presentation', 'talk'].flatMap((talk) => [`${word} of the ${talk}`, `${word} of ${talk}`])),
    talkVerbs: ['made', 'delivered', 'given', 'presented', 'spoke', 'performed'],
    // (And a talk's word right before "on"/"about": "Name made a presentation on child protection".)
    talkTopicLead: ['on the topic of', 'on the theme of', 'on the subject of', 'on the topic', 'on the theme', 'presentation on', 'presentation about', 'report on', 'report about',
      // A title named so, unquoted: "… presented the report entitled Migration Trends in Osh".
      'entitled', 'titled', 'under the title', 'with the title'],
    subjectLead: ['with information on', 'with information about', 'with information regarding',
      ...['report', 'presentation', 'speech', 'message'].flatMap((talk) => [`with a ${talk} on`, `with a ${talk} about`]),
      // What someone is thanked for ("The moderator thanked Mr. Asanov for his report").
      'for his', 'for her', 'for their'],
    topicLead: ['dedicated to', 'devoted to'],
    // "The (main) aim of the meeting was/is to …": every aim noun with every event noun. Matched
    // anywhere in a sentence, so "the" and "main" before them need no entries of their own
    // (each entry costs V8 time to compile: a list of 130 took 11 ms).
    purpose: ['purpose', 'aim', 'goal', 'objective']
      // (Or a colon: "… introduced the purpose of the meeting: to hear …".)
      .flatMap((aim) => ['meeting', 'event', 'platform', 'dialogue platform', 'open dialogue platform', 'dialogue', 'round table', 'hearing'].flatMap((event) => [' was', ' is', ':'].map((verb) => `${aim} of the ${event}${verb}`)))
      .concat(['the meeting was aimed at', 'the meeting aimed at', 'the meeting aimed', 'the event was aimed at', 'the event aimed at', 'the event aimed', 'the platform was aimed at', 'the platform aimed at', 'the platform aimed']),
    purposeBare: ['purpose', 'aim', 'goal', 'objective'].flatMap((aim) => [`main ${aim} is`, `main ${aim} was`, `${aim} is`, `${aim} was`]),
    purposeAfter: ['in order', 'with the aim of', 'with the aim', 'with the purpose of', 'with the purpose', 'with the goal of', 'with the goal', 'with the objective of', 'with the objective', 'so as'],
    purposeTo: ['to'],
    venue: ['was held', 'were held', 'was conducted', 'took place', 'was organized', 'was organised', ...VENUE_IS, 'gathered', 'met', 'convened', 'assembled',
      // Said of the organiser: "the Public Council held an open dialogue platform in Tokmok".
      'held', ...VENUE_SUBJECT],
    venueSubject: VENUE_SUBJECT,
    venueEnd: ['with the participation of', 'with the participation', 'with participation of', 'brought together', 'bringing together', 'and brought together', 'attended by', 'and was attended by', 'gathered', 'and gathered',
      // The sentence going on to say what else was done: "… in the assembly hall of school No. 3 and was moderated by …".
      'and was', 'and were', 'moderated by', 'chaired by', 'facilitated by', 'under the chairmanship of', 'under the moderation of',
      // Or who helped hold it: "… in Osh city with the support of the police department".
      'with the support of', 'with support of', 'with the assistance of', 'with the financial support of', 'supported by', 'organized by', 'organised by'],
  },
  words: {
    region: ['region', 'oblast', 'province', 'area'],
    regionBefore: ['region of', 'oblast of', 'province of'],
    regional: ['regional'],
    regionAdjective: [],
    localBody: ['ayil okmotu', 'aiyl okmotu', 'ail okmotu', 'ayil okmoty', 'aiyl okmoty', 'ayil kenesh', 'aiyl kenesh', 'village council', 'village administration'],
    city: ['the city of', 'city of', 'town of', 'the village of', 'village of', 'city', 'town', 'village', 'c.', 't.', 'v.'],
    // Russian "г." (city) and "с." (village) transliterated, and "v." for village.
    cityShort: ['g.', 's.', 'v.'],
    namedAfter: ['named after', 'named for', 'n.a.'],
    district: ['district', 'rayon', 'raion'],
    hotel: ['hotel', 'guest house', 'guesthouse', 'resort', 'sanatorium', 'restaurant', 'cafe', 'café'],
    street: ['street', 'str', 'st', 'avenue', 'ave', 'prospect', 'prospekt', 'boulevard', 'blvd', 'lane', 'microdistrict', 'mkr'],
    place: ['hotel', 'centre', 'center', 'house', 'building', 'office', 'library', 'university', 'school', 'administration', 'museum', 'theatre', 'theater', 'hall', 'palace', 'club', 'guest house', 'guesthouse', 'resort', 'restaurant', 'cafe', 'café', 'akimiat', 'mayoralty', 'mayor’s office', "mayor's office", 'department', 'hospital', 'clinic', 'polyclinic', 'college', 'lyceum', 'gymnasium', 'kindergarten', 'stadium', 'campus', 'ayil okmotu', 'aiyl okmotu', 'ail okmotu', 'ayil okmoty', 'aiyl okmoty',
      // Offices of public bodies and places of a town a meeting is held in ("Public Reception of the Akyikatchy", "Navoi Park").
      // (Not "ministry" or "agency": bodies that hold a meeting more often than rooms it is held in, "… the Public Council of
      // the Ministry of Education held …", though one named after the city is the place all the same, the venue's namesBody;
      // nor "cinema", which is what a building was, "youth centre (former cinema)".)
      'reception', 'institute', 'academy', 'court', 'gallery', 'park', 'square', 'coworking',
      // A council's premises ("the conference hall of the district kenesh").
      'kenesh'],
    room: ['conference hall', 'conference-hall', 'conference-room', 'meeting-hall', 'assembly-hall', 'conference room', 'meeting room', 'meeting hall', 'assembly hall', 'big hall', 'small hall', 'main hall', 'session hall', 'sports hall', 'reading hall', 'reading room', 'banquet hall', 'hall', 'room', 'ballroom', 'gym', 'classroom', 'auditorium'],
    online: ['online', 'zoom', 'skype', 'google meet', 'microsoft teams', 'teams', 'webex', 'whatsapp', 'telegram', 'youtube', 'facebook'],
    women: ['women', 'woman', 'female', 'females', 'females participants', 'girls', 'ladies'],
    men: ['men', 'man', 'male', 'males', 'boys', 'gentlemen'],
    people: ['participants', 'participant', 'people', 'persons', 'person', 'pax', 'attendees', 'participated', 'took part', 'attended', 'residents', 'citizens', 'villagers'],
    attendance: ['attended', 'took part', 'participated', 'were present', 'in attendance', 'gathered', 'brought together', 'attendance', 'there were', 'were registered'],
    attendanceLead: ['attended by', 'brought together', 'gathered', 'with the participation of', 'joined by'],
    approximate: ['about', 'around', 'approximately', 'nearly', 'almost', 'over', 'more than', 'some'],
    countFiller: ['are', 'were', 'is', 'was', 'of them', 'of whom', 'among them', 'them',
      // Words that say which women or men ("21 young women", "17 adult men").
      'young', 'adult', 'elderly', 'local', 'rural'],
    countJoin: ['of', 'is', 'was'],
    countVerbs: ['make up', 'made up', 'makes up', 'account for', 'accounted for', 'accounts for', 'numbered', 'number', 'totalled', 'totaled', 'amounted to', 'were'],
    countPartOf: ['of the', 'out of the', 'out of', 'of'],
    numbers: {
      one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
      eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
      twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    },
    thousandsSeparators: [','],
    womenLetters: ['W', 'F', '♀'],
    menLetters: ['M', '♂'],
    groupsIntro: ['including', 'incl.', 'incl', 'among them', 'among them were', 'among them there were', 'among whom', 'among whom were', 'among those present were', 'they included', 'these included', 'namely', 'in particular', 'such as', 'representing', 'among the participants were', 'the participants included', 'participants included'],
    groupsMostly: ['mostly', 'mainly', 'primarily', 'predominantly'],
    groupsFrom: ['from'],
    groupsSentence: ['the participants were', 'participants were', 'among the participants were', 'among the participants there were', 'the participants included', 'participants included', 'among those present were', 'the meeting brought together', 'the event brought together',
      'participants of the meeting were', 'the participants of the meeting were', 'participants of the event were', 'the participants of the event were',
      'participants of the platform were', 'the participants of the platform were', 'participants of the dialogue were', 'the participants of the dialogue were', 'the meeting was attended by', 'the event was attended by',
      // After a sentence that counts them ("In total 45 persons took part. They represented …").
      'they represented', 'the participants represented', 'participants represented', 'those present represented', 'the attendees included', 'attendees included', 'those present included'],
    articles: ['a', 'an', 'the'],
    possessivePronouns: ['its', 'his', 'her', 'their'],
    conjunctions: ['and as well as', 'as well as', 'and also', 'and', 'also'],
    pageWords: ['page', 'pg.', 'p.'],
    pageOf: ['of', 'from'],
    // (And the word that pairs a list with one before it: "… were made by Name and Name respectively".)
    etcetera: ['etc', 'etc.', 'and others', 'and so on', 'others', 'respectively'],
    listReference: ['see the list', 'see list', 'see the attached list', 'see annex', 'see the annex', 'see attachment', 'see the attachment', 'see appendix', 'according to the list', 'according to the attached list', 'as per the list', 'as per the attached list', 'per the attached list', 'list attached', 'list is attached', 'the list is attached', 'list of participants attached', 'the list of participants is attached', 'list of participants is attached'],
    speechKinds: ['welcoming speech', 'welcome speech', 'welcoming remarks', 'welcome remarks', 'welcoming address', 'welcome address', 'welcoming word', 'welcome word', 'opening remarks', 'opening speech', 'opening address', 'opening word', 'closing remarks', 'closing speech', 'closing word', 'concluding remarks', 'greeting', 'greetings', 'keynote', 'keynote speech', 'keynote address'],
    questionLabels: ['q', 'question', 'question from the audience', 'question from a participant'],
    answerLabels: ['a', 'answer', 'reply', 'response'],
    placeholders: ['n/a', 'n.a', 'none', 'not specified', 'not available', 'not applicable', 'tbd', 'to be confirmed'],
    sectionHeadings: ['background', 'introduction', 'summary', 'executive summary', 'overview', 'general information', 'course of the meeting', 'course of the event', 'proceedings', 'progress of the meeting', 'main part', 'conclusion', 'conclusions', 'results', 'outcomes', 'annex', 'annexes', 'appendix', 'context', 'opening', 'closing'],
    otherBusiness: ['miscellaneous', 'other', 'other business', 'any other business', 'aob', 'other issues', 'other matters', 'other questions', 'various', 'various issues'],
    personWords: ['by', 'to'],
    thanksVerbs: ['thanked', 'congratulated', 'expressed gratitude to', 'expressed his gratitude to', 'expressed her gratitude to', 'expressed their gratitude to', 'expressed thanks to'],
    // (And the source of figures, as Russian's "по данным" reports none: "according to the data of the district prosecutor Name".)
    mentionFrames: ['on behalf of', 'according to the data of', 'according to data of', 'according to the information of', 'according to the statistics of', 'according to statistics of', 'according to the figures of', 'according to the estimates of', 'in memory of', 'in the presence of', 'on the initiative of', 'at the initiative of', 'with the support of', 'with the assistance of', 'thanks to the efforts of', 'thanks to'],
    contentLeads: ['that'],
    agentWords: ['by'],
    messages: ['greeting', 'greetings', 'greeting letter', 'welcome letter', 'welcoming letter', 'letter', 'message', 'video message', 'address', 'welcome address', 'welcoming address', 'appeal', 'congratulations', 'telegram'],
    messageFrom: ['of', 'from', 'by'],
    readOut: ['read out', 'read aloud', 'read', 'conveyed', 'passed on', 'handed over', 'transmitted'],
    roleFrames: ['on behalf of'],
    recipientLead: ['sent to', 'addressed to', 'put to', 'forwarded to', 'submitted to', 'handed over to', 'handed to', 'passed on to', 'passed to', 'sent out to'],
    affiliationWords: ['from', 'of'],
    // English names go on in capitals instead ("Ministry of Labour, Social Security and Migration").
    continuationEndings: [],
    relative: ['who', 'whose', 'which', 'that', 'where'],
    actions: [
      'welcomed', 'greeted', 'thanked', 'opened', 'presented', 'introduced', 'spoke', 'talked', 'said', 'told', 'noted', 'stressed',
      'emphasized', 'emphasised', 'underlined', 'highlighted', 'mentioned', 'explained', 'described', 'outlined', 'informed', 'reported',
      'shared', 'raised', 'proposed', 'suggested', 'asked', 'answered', 'summed up', 'concluded', 'gave', 'made', 'delivered',
      'took part', 'participated', 'joined', 'attended', 'acted', 'performed', 'came out', 'spoke out',
      // What a talk did ("The speech of the head of X, Name, concerned returnees").
      'concerned', 'focused on', 'focussed on', 'dealt with', 'covered', 'touched upon', 'touched on', 'drew attention', 'drew the attention', 'brought to the attention', 'underscored', 'called for', 'called on',
      'acquainted', 'familiarized', 'familiarised', 'dwelt on', 'dwelled on', 'elaborated on',
      // And quoting, which a person did as saying is ("Name, lawyer, quoted the law").
      'quoted', 'cited', 'referred to',
      // And reading out, or reading a lecture ("Professor Name read a lecture on migration").
      'read', 'read out', 'conveyed',
      'urged', 'recommended', 'expressed', 'voiced', 'discussed', 'pointed out', 'insisted', 'agreed', 'added', 'recalled', 'replied',
      'reminded', 'announced', 'stated', 'assured', 'promised', 'warned', 'congratulated', 'wished', 'invited', 'encouraged', 'clarified',
      'complained', 'criticized', 'criticised', 'argued', 'objected', 'disagreed', 'claimed', 'requested', 'demanded', 'appealed', 'confirmed', 'acknowledged', 'admitted',
      // ("Then the speech of the deputy of X Name followed.")
      'followed',
      // What the meeting did, after its chair in a bracket of commas ("The platform, chaired by Name, role, gathered 60 participants");
      // or what a talk did ("The speech of Name, deputy mayor, lasted ten minutes", "…, took an hour").
      'gathered', 'brought together', 'hosted', 'united', 'took place', 'took', 'lasted',
      // A participle clause after the roles ("…, deputy mayor, thanking the participants") is no role either.
      'thanking', 'noting', 'stressing', 'emphasizing', 'emphasising', 'underlining', 'highlighting', 'mentioning', 'explaining',
      'describing', 'outlining', 'informing', 'welcoming', 'greeting', 'saying', 'speaking', 'talking', 'sharing', 'raising',
      'proposing', 'suggesting', 'asking', 'answering', 'summing up', 'concluding', 'reporting', 'presenting', 'reminding', 'announcing',
      // Or one that opens the sentence ("Opening the meeting, the deputy governor … Name stressed …").
      'opening', 'closing', 'starting', 'beginning', 'addressing', 'summarizing', 'summarising', 'wrapping up', 'commenting', 'responding',
      'replying', 'continuing', 'turning to', 'referring to', 'touching upon', 'touching on', 'focusing on', 'expressing', 'calling', 'urging',
      'recalling', 'stating', 'clarifying', 'pointing out', 'drawing attention', 'introducing', 'chairing', 'moderating',
    ],
    sayingVerbs: [
      'spoke', 'talked', 'said', 'told', 'noted', 'stressed', 'emphasized', 'emphasised', 'underlined', 'highlighted', 'mentioned', 'explained',
      'outlined', 'thanked', 'welcomed', 'greeted', 'replied', 'urged', 'called for', 'pointed out', 'drew attention', 'drew the attention', 'brought to the attention', 'underscored', 'touched upon',
      'recalled', 'reminded', 'announced', 'stated', 'assured', 'warned', 'congratulated', 'insisted', 'voiced', 'summed up', 'clarified',
      'complained', 'criticized', 'criticised', 'argued', 'objected', 'disagreed', 'requested', 'demanded', 'appealed', 'confirmed', 'acknowledged', 'admitted',
      // (Not "focused on", a participle inside a role as often: "coordinator of the project focused on women's rights".)
      'acquainted', 'familiarized', 'familiarised', 'dwelt on', 'dwelled on', 'elaborated on',
      // And of what a speaker quoted ("She quoted the words of the Minister of Labour Name": no speaker of theirs, see dropPossessors).
      'quoted', 'cited', 'referred to',
      // Verbs of presenting too: after an affiliation with no comma ("Name from UNDP presented the report …"), the role ends there.
      'presented', 'reported', 'informed', 'described', 'shared', 'delivered', 'made a presentation', 'gave a presentation',
      // And the verb of a talk that came next ("A presentation by Dr. Name from the Osh State University followed").
      'followed',
    ],
    clauseVerbs: ['is', 'are', 'was', 'were', 'has been', 'have been', 'will', 'would', 'should', 'must', 'cannot'],
    // Verbs of what happened, which end no position ("…, Colonel Isakov B.T., the number of crimes decreased"; not
    // "head of the department of continued education").
    endingVerbs: ['decreased', 'increased', 'grew', 'fell', 'rose', 'met', 'began', 'started', 'ended', 'continued', 'remained', 'took place', 'was held', 'were held'],
    roleOpeners: ['on behalf of'],
    roleIntro: ['who is also', 'who is', 'who was', 'who works as', 'who serves as', 'working as', 'serving as'],
    reportingFrames: ['according to', 'in the opinion of', 'in the words of', 'as noted by', 'as stated by', 'as stressed by', 'as emphasized by', 'as emphasised by', 'as explained by', 'as pointed out by', 'as reported by', 'as said by'],
    sentenceOpeners: ['then', 'next',
      // The order of the speeches ("Firstly, the deputy mayor Name spoke"; "First," in `ordinalOpeners`).
      'firstly', 'first of all', 'at first', 'secondly', 'thirdly', 'to begin with', 'to start with', 'initially', 'in the first place', 'last but not least',
      'after that', 'after this', 'after which', 'following which', 'whereupon', 'after whom', 'after them', 'after him', 'after her', 'afterwards', 'later', 'finally', 'lastly', 'in conclusion', 'in addition', 'also', 'further', 'furthermore', 'moreover', 'besides', 'subsequently', 'thereafter', 'in turn', 'in his turn', 'in her turn', 'in their turn', 'for his part', 'for her part', 'for their part', 'for its part', 'on his part', 'on her part', 'in particular', 'in his speech', 'in her speech',
      // Which of the speeches ("At the opening, the akim of Tyup district Name noted …").
      'at the opening', 'at the opening of the meeting', 'at the opening of the event', 'at the closing', 'in closing', 'in his opening remarks', 'in her opening remarks', 'in his welcoming speech', 'in her welcoming speech', 'in his welcome speech', 'in her welcome speech', 'at the end', 'at the end of the meeting', 'at the end of the event', 'at the beginning', 'at the beginning of the meeting', 'at the start', 'at the start of the meeting', 'on the first day', 'on the second day', 'on the third day', 'on the next day', 'the next day', 'on the same day', 'in the morning', 'in the afternoon', 'in the evening', 'during the meeting', 'during the discussion',
      // Answering what was asked before ("In response, the head of X Name explained …").
      'in response', 'in reply', 'in response to this', 'in reply to this', 'in response to the questions', 'answering the questions',
      // Where it happened ("Speaking at the event, the deputy head … Name said …").
      ...EVENTS.flatMap((event) => [`at the ${event}`, `during the ${event}`]),
      // The agenda's point a sentence goes on to ("On the second item, the expert Name presented …").
      'on this item', 'on this issue', 'on this question', 'on the agenda item',
      ...['first', 'second', 'third', 'fourth', 'fifth', 'sixth'].flatMap((nth) => ['item', 'agenda item', 'question', 'issue', 'point'].map((noun) => `on the ${nth} ${noun}`))],
    ordinalOpeners: ['first', 'second', 'third', 'fourth', 'last'],
    // (No position opens with them: "After the opening, the senior inspector … Name spoke …".)
    timeLeads: ['after', 'before', 'following', 'during', 'upon',
      // And of the setting: "Within the platform, …", "As part of the dialogue, …" (not "in" or "at" alone: "in charge of …").
      'within', 'as part of', 'in the frame of', 'in the frames of', 'in the framework of', 'in the course of', 'in the context of', 'at the meeting', 'at the event', 'at the platform', 'at the session'],
    handover: ['followed by', 'succeeded by'],
    // (And military ranks as written before a name: "Capt. Omurbekova Nazira".)
    honorifics: ['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'assoc. prof', 'sir', 'madam', 'h.e', 'capt', 'col', 'maj', 'lt', 'sgt'],
    abbreviations: ['acad', 'assoc', 'approx', 'gen', 'gov', 'rep', 'sen', 'rev', 'hon', 'dep', 'ave', 'str', 'reg', 'vol', 'art', 'fig'],
    positionLabels: ['position', 'job title', 'post', 'role', 'organization', 'organisation', 'workplace', 'place of work'],
    entryLabels: ['speaker', 'presenter', 'reporter', 'rapporteur'],
    eventTypes: ['open dialogue platform', 'open-dialogue platform', 'open dialog platform', 'platform of open dialogue', 'platform for open dialogue', 'platform of the open dialogue', 'platform for dialogue', 'public dialogue platform', 'dialogue platform', 'dialog platform', 'public dialogue', 'round table', 'roundtable', 'public hearing', 'public hearings', 'public discussion', 'public consultation', 'open dialogue forum', 'open dialog forum', 'odp', 'dialogue forum', 'public forum', 'focus group', 'town hall meeting', 'town hall', 'forum', 'seminar', 'workshop', 'conference', 'meeting'],
    // A meeting that its kind names ("Dialogue meeting in Talas region", "Public meeting on the budget"): not "meeting" alone.
    qualifiedEventTypes: ['focus group discussion', 'focus-group discussion', 'public dialogue meeting', 'open dialogue meeting', 'dialogue meeting', 'dialog meeting', 'public meeting', 'community meeting', 'working meeting',
      'consultative meeting', 'consultation meeting', 'round table discussion', 'roundtable discussion', 'panel discussion'],
    moderated: EVENTS,
    titlePreamble: ['minutes of the', 'minutes of', 'report on the', 'report on', 'report of the', 'report of', 'protocol of the', 'protocol of', 'record of the', 'record of', 'summary of the', 'summary of'],
    documentWords: ['minutes', 'report', 'protocol', 'record', 'summary', 'summary report', 'meeting minutes', 'brief report', 'information'],
    annexWords: ['annex', 'appendix', 'attachment', 'enclosure'],
    titleStops: ['in', 'on', 'of', 'at', 'for', 'about'],
    datePrefix: ['on', 'held on', 'dated'],
    labelOf: ['of the', 'of', 'for the'],
    // (And the premises a translation names: "was held on the basis of the Talas State University", "на базе …".)
    venuePrefix: ['in', 'at', 'on the basis of', 'on the premises of', 'at the premises of', 'in the premises of', 'on the base of'],
    venuePrefixOpening: ['In', 'At'],
    venuePrefixOpeningBeforeWord: [],
    venueIs: VENUE_IS,
    organization: ['ngo', 'nco', 'pf', 'pa', 'ale', 'cso', 'branch', 'jsc', 'ojsc', 'cjsc', 'public association', 'public foundation', 'public fund', 'public organization', 'public organisation', 'non-governmental organization', 'non-governmental organisation', 'charitable foundation', 'project', 'foundation', 'fund', 'association', 'organization', 'organisation', 'company', 'movement', 'union', 'newspaper', 'agency', 'centre', 'center', 'hotel', 'programme', 'program', 'initiative', 'network', 'club', 'party', 'enterprise', 'llc', 'institute', 'resort', 'cafe', 'café', 'restaurant', 'post', 'school', 'radio', 'tv', 'channel', 'portal', 'clinic', 'council', 'committee', 'ministry', 'department', 'office', 'service', 'university', 'college', 'academy', 'lyceum', 'gymnasium', 'museum', 'library', 'hospital', 'bank', 'society', 'alliance', 'coalition', 'cooperative', 'hoa', 'partnership', 'bureau', 'media',
      'farm', 'firm', 'magazine', 'journal', 'website', 'studio', 'commission', 'inspectorate', 'mission', 'embassy', 'chamber', 'kindergarten', 'polyclinic', 'station'],
    namedThings: ['system', 'law', 'code', 'decree', 'resolution of the government', 'strategy', 'concept', 'campaign', 'application', 'app', 'website', 'hotline', 'database', 'platform', 'programme', 'program', 'project', 'initiative'],
    speakerColumns: ['speaker', 'speakers', 'presenter', 'presenters', 'reporter', 'speaker name', 'name of the speaker', 'name of speaker'],
    talkColumns: ['topic', 'theme', 'subject', 'presentation', 'report', 'speech', 'talk', 'title of the presentation', 'title of presentation', 'title of the report', 'title of report', 'title of the speech', 'title of speech'],
  },
  names: {
    patronymicSuffixes: ['ovich', 'evich', 'ovna', 'evna', 'ichna', 'inichna', 'yevich', 'yevna', 'ich', 'uly', 'ovitch', 'evitch'],
    familySuffixes: ['ov', 'ova', 'ev', 'eva', 'iev', 'ieva', 'yev', 'yeva', 'aev', 'aeva', 'enko', 'sky', 'skiy', 'skii', 'skaya', 'bekov', 'bekova'],
    weakFamilySuffixes: ['in', 'ina', 'yn', 'yna', 'ko'],
    pluralSuffixes: ['s'],
    bareFamilyNames: ['kim', 'li', 'pak', 'park', 'tsoi', 'tsoy', 'choi', 'khan', 'kan', 'shin', 'lim', 'ni', 'tyan', 'yugai', 'yugay', 'ogai', 'ogay', 'khegai', 'khegay'],
    patronymicParticles: ['uulu', 'kyzy', 'uly', 'kyzi', 'qizi', "o'g'li"],
    notNames: ['then', 'next', 'also', 'first', 'firstly', 'secondly', 'thirdly', 'finally', 'lastly', 'after', 'afterwards', 'later', 'further', 'furthermore', 'moreover', 'besides', 'today', 'the', 'and', 'with', 'by', 'from', 'in', 'on', 'at', 'during',
      // Verbs that open a translated sentence before the person ("Spoke Asanov Bolot, expert", as "Выступил Асанов Болот").
      'spoke', 'performed', 'presented', 'reported', 'listened', 'heard', 'attended', 'participated', 'noted', 'said', 'welcomed', 'greeted', 'opened', 'moderated', 'chaired'],
    titles: ['colonel', 'lieutenant', 'major', 'captain', 'general', 'sergeant', 'commander', 'deputy', 'akim', 'mayor', 'governor', 'director', 'chairman', 'chairwoman', 'chairperson', 'chair', 'co-chair', 'minister', 'professor', 'academician', 'ambassador', 'inspector', 'prosecutor', 'ombudsman', 'judge', 'imam',
      // Occupations that open a list item before the name ("- Lawyer Osmonova Aida").
      'lawyer', 'expert', 'journalist', 'activist', 'coordinator', 'specialist', 'consultant', 'teacher', 'representative', 'member', 'head', 'chief', 'manager', 'adviser', 'advisor', 'economist', 'psychologist', 'engineer', 'doctor', 'nurse', 'farmer', 'student', 'volunteer', 'trainer', 'researcher', 'officer',
      'fisherman', 'entrepreneur', 'businessman', 'businesswoman', 'pensioner', 'blogger', 'analyst', 'accountant', 'agronomist', 'veterinarian', 'midwife', 'librarian', 'mediator', 'aksakal',
      'owner', 'founder', 'co-founder', 'president', 'secretary', 'leader', 'resident', 'employee', 'worker', 'official', 'rector', 'dean', 'lecturer', 'instructor', 'attorney', 'advocate', 'notary', 'councillor', 'councilor', 'assistant', 'investigator'],
    positionModifiers: ['senior', 'leading', 'chief', 'main', 'principal', 'acting', 'first', 'deputy', 'assistant', 'vice', 'executive', 'regional', 'district', 'local'],
    // (Not "general" alone: "Prosecutor General", "Director General" are positions.)
    positionPlurals: [['ies', 'y'], ['men', 'man'], ['es', ''], ['s', '']],
    ranks: ['colonel', 'lieutenant colonel', 'major', 'major general', 'lieutenant general', 'captain', 'lieutenant', 'senior lieutenant', 'sergeant', 'police colonel', 'police major', 'police captain', 'police lieutenant colonel'],
    caseEndings: [],
    // (Transliterated Cyrillic: Ш, Ч, Ж, Х, Ц, Я, Ю, Е, Ё, and "Dj." for Дж.)
    initialDigraphs: ['dzh', 'sh', 'ch', 'zh', 'kh', 'ts', 'ya', 'yu', 'ye', 'yo', 'dj'],
    possessiveEndings: ["'s", '’s'],
    // Transliterated as reports spell them: Kyrgyz, Uzbek and Kazakh, Russian. (Not words that name places or
    // bodies too: "Manas", "Kenesh", "Jibek", "Sultan", "Roman"; nor Western given names, which are family
    // names too, "Henry Thomas", and come given name first.)
    givenNames: [
      // Kyrgyz and Central Asian, men
      'adilet', 'aibek', 'akylbek', 'almaz', 'almazbek', 'arstan', 'askar', 'asylbek', 'azamat', 'azat', 'aziz', 'bakyt', 'bakytbek', 'baktybek', 'bakhtiyar', 'bakhtiyor', 'beishen', 'bektur', 'bolot', 'chyngyz', 'daniyar', 'dastan', 'dilshod', 'doolot', 'eldiyar', 'emil', 'erlan', 'ermek', 'ernis', 'esen', 'farrukh', 'ilyas', 'jasur', 'jenish', 'zhenish', 'jyrgalbek', 'zhyrgalbek', 'kadyr', 'kairat', 'kanat', 'kanybek', 'kubat', 'mirbek', 'ruslan', 'talgat', 'kubanychbek', 'kuban', 'maksat', 'marat', 'medet', 'melis', 'mirlan', 'mukhtar', 'nurbek', 'nurdin', 'nurlan', 'nurzhan', 'omurbek', 'rustam', 'rysbek', 'samat', 'sanjar', 'sherzod', 'talant', 'temirbek', 'tilek', 'timur', 'tolonbek', 'ulan', 'ulugbek', 'ulukbek', 'urmat', 'zhoomart', 'jomart',
      'adil', 'taalai', 'kalys', 'erkin', 'erkinbek', 'zhanybek', 'janybek', 'alisher', 'aslan', 'nurlanbek', 'tynchtyk', 'tynchtykbek', 'bolotbek', 'ulanbek', 'kubanych', 'aidar', 'atai', 'kylychbek', 'kuttubek', 'marlen', 'nursultan',
      // Kyrgyz and Central Asian, women
      'aida', 'aidai', 'aigerim', 'aigul', 'aijan', 'aiperi', 'aizada', 'aizhan', 'aikanysh', 'ainagul', 'ainura', 'aisuluu', 'aliya', 'altynai', 'anara', 'asel', 'asema', 'baktygul', 'begaiym', 'bermet', 'burul', 'cholpon', 'chynara', 'dilnoza', 'dinara', 'elmira', 'elnura', 'feruza', 'gulbara', 'gulmira', 'gulnara', 'gulnaz', 'gulnora', 'gulzat', 'jamilya', 'jyldyz', 'zhyldyz', 'kamola', 'kanykei', 'kunduz', 'mahabat', 'mairam', 'malika', 'meerim', 'nargiza', 'nazgul', 'nazira', 'nodira', 'nurgul', 'nuriza', 'nurzat', 'perizat', 'sabira', 'salima', 'saltanat', 'tolgonai', 'venera', 'zamira', 'zarina', 'zhanyl', 'zulfiya', 'zuura',
      'sabina', 'damira', 'rahima', 'roza', 'mukaddas', 'aygul', 'kanykey', 'begimai', 'begimay', 'aziza', 'dzhyldyz', 'gulzhan', 'gulzada', 'nurzada', 'makhabat', 'mahabat', 'venera', 'nargiza', 'aiturgan', 'saltanat', 'nazgul', 'mira',
      // Russian, men
      'aleksandr', 'alexander', 'aleksei', 'alexei', 'alexey', 'anatoly', 'andrei', 'andrey', 'anton', 'artem', 'artyom', 'boris', 'denis', 'dmitri', 'dmitry', 'egor', 'yegor', 'evgeny', 'yevgeny', 'fedor', 'fyodor', 'gennady', 'georgy', 'grigory', 'igor', 'ilya', 'ivan', 'kirill', 'konstantin', 'leonid', 'maxim', 'mikhail', 'nikolai', 'nikolay', 'oleg', 'pavel', 'petr', 'pyotr', 'sergei', 'sergey', 'stanislav', 'vadim', 'valery', 'vasily', 'viktor', 'vitaly', 'vladimir', 'vladislav', 'vyacheslav', 'yuri', 'yury',
      // Russian, women
      'alina', 'alla', 'anastasia', 'anna', 'daria', 'darya', 'ekaterina', 'yekaterina', 'elena', 'yelena', 'evgenia', 'galina', 'inna', 'irina', 'kristina', 'ksenia', 'larisa', 'larissa', 'lidia', 'lyubov', 'lyudmila', 'ludmila', 'margarita', 'maria', 'mariya', 'marina', 'nadezhda', 'natalia', 'natalya', 'nina', 'oksana', 'olga', 'polina', 'raisa', 'svetlana', 'tamara', 'tatiana', 'tatyana', 'valentina', 'valeria', 'vera', 'veronika', 'yulia', 'zhanna', 'zoya',
    ],
  },
};
