import { formatCount, type Strings } from './strings.js';

/**
 * Welsh. Drafted with care but awaiting review by a Welsh translator (see the README).
 * Sentences are shaped so that catalogue content never follows a word that would mutate it
 * (after "am", "neu" or "a" Welsh changes the next word's first letter, which code cannot do
 * for text it does not know), hence colons and comma-separated lists.
 */
export const cy: Strings = {
  loading: "Wrthi'n llwytho gwybodaeth am y rôl",
  errorTitle: "Mae'n ddrwg gennym, mae problem",
  errors: {
    network:
      "Nid oedd modd llwytho'r wybodaeth hon. Gwiriwch eich cysylltiad a rhowch gynnig arall arni.",
    http: "Nid yw'r wybodaeth hon ar gael ar hyn o bryd. Rhowch gynnig arall arni yn nes ymlaen.",
    timeout:
      "Mae'r wybodaeth hon yn cymryd gormod o amser i lwytho. Rhowch gynnig arall arni yn nes ymlaen.",
    parse: "Mae problem gyda'r wybodaeth hon, felly ni allwn ei dangos.",
    invalid: "Mae problem gyda'r wybodaeth hon, felly ni allwn ei dangos.",
    'not-found': 'Nid oedd modd dod o hyd i wybodaeth am y rôl hon.',
  },
  retry: 'Rhowch gynnig arall arni',
  payBand: (band) => `Band ${band}`,
  payBands: (lowest, highest) => `Bandiau ${lowest} i ${highest}`,
  waysIn: (types) => `Ffyrdd i mewn: ${types.join(', ')}.`,
  routeTypes: {
    'no-formal-qualifications': 'dim cymwysterau ffurfiol',
    gcse: 'TGAU',
    apprenticeship: 'prentisiaeth',
    degree: 'gradd',
    'graduate-scheme': 'cynllun i raddedigion',
    'clinical-qualification': 'cymhwyster clinigol',
    experience: 'profiad',
    other: 'llwybrau eraill',
  },
  entryRequirements: 'Gofynion mynediad',
  forRole: (title) => `: ${title}`,
  qualities: 'Bydd angen i chi hefyd',
  routeLink: 'Rhagor o wybodaeth:',
  noRequirements: "Nid oes gofynion mynediad wedi'u rhestru ar gyfer y rôl hon eto.",
  updated: (date) => `Diweddarwyd y wybodaeth: ${date}`,
  months: [
    'Ionawr',
    'Chwefror',
    'Mawrth',
    'Ebrill',
    'Mai',
    'Mehefin',
    'Gorffennaf',
    'Awst',
    'Medi',
    'Hydref',
    'Tachwedd',
    'Rhagfyr',
  ],
  // "Wedi ticio" needs no agreement with the number, and Welsh puts the singular noun after
  // a numeral ("5 sgil"), so one form serves all six plural categories.
  skillsTicked: (ticked, total) => `Wedi ticio ${ticked} o ${total} sgil`,
  skillsLegend: 'Sgiliau:',
  skillsHint: 'Ticiwch y sgiliau sydd gennych eisoes.',
  noSkills: "Nid oes sgiliau wedi'u rhestru ar gyfer y rôl hon eto.",

  feedbackHeading: 'Helpwch ni i wella',
  feedbackIntro:
    "Defnyddiwch y ffurflen hon i ddweud wrthym beth allai fod yn well ar y dudalen hon, neu am unrhyw beth sy'n anghywir, wedi dyddio neu'n anfanwl ynddi.",
  feedbackLabel: 'Beth allwn ni ei wella?',
  feedbackWarning:
    'Peidiwch â chynnwys gwybodaeth bersonol neu feddygol, fel eich enw, eich manylion cyswllt neu gyflyrau iechyd.',
  privacyLink: "Sut rydym yn defnyddio'ch gwybodaeth",
  feedbackSend: 'Anfon adborth',
  feedbackSending: "Wrthi'n anfon eich adborth",
  countLimit: (max) => `Gallwch roi hyd at ${formatCount(max)} nod`,
  // A numeral takes the singular noun in Welsh ("5 nod"), so one form serves every number.
  countRemaining: (left) => `Mae gennych ${formatCount(left)} nod ar ôl`,
  countOver: (over) => `Mae gennych ${formatCount(over)} nod yn ormod`,
  errorSummaryTitle: 'Mae problem',
  errorPrefix: 'Gwall:',
  feedbackEmpty: 'Rhowch beth allwn ni ei wella',
  feedbackTooLong: (max) => `Rhaid i'ch adborth fod yn ${formatCount(max)} nod neu lai`,
  sentTitle: 'Diolch am eich adborth',
  sentBody: "Mae eich adborth wedi'i anfon. Rydym yn ei ddefnyddio i wella'r dudalen hon.",
  sendFailedTitle: "Mae'n ddrwg gennym, nid oedd modd anfon eich adborth",
  sendFailed: {
    network:
      'Gwiriwch eich cysylltiad. Mae eich neges yma o hyd, felly gallwch roi cynnig arall arni.',
    timeout:
      'Cymerodd y gweinydd ormod o amser i ateb. Mae eich neges yma o hyd, felly gallwch roi cynnig arall arni.',
    http: "Aeth rhywbeth o'i le ar ein hochr ni. Mae eich neges yma o hyd, felly gallwch roi cynnig arall arni.",
    host: 'Mae eich neges yma o hyd, felly gallwch roi cynnig arall arni.',
  },
  sendRetry: 'Rhowch gynnig arall ar anfon',
  careerQuestion: 'Os oes gennych gwestiwn am yrfa yn y GIG,',
  contactLink: 'cysylltwch â ni',

  finderSkillsLegend: "Pa rai o'r sgiliau hyn sydd gennych chi?",
  finderWaysInLegend: "Pa ffyrdd i mewn fyddai'n addas i chi?",
  routeTypeNames: {
    'no-formal-qualifications': 'Dim cymwysterau ffurfiol',
    gcse: 'TGAU',
    apprenticeship: 'Prentisiaeth',
    degree: 'Gradd',
    'graduate-scheme': 'Cynllun i raddedigion',
    'clinical-qualification': 'Cymhwyster clinigol',
    experience: 'Profiad',
    other: 'Llwybrau eraill',
  },
  // A numeral takes the singular noun in Welsh: "12 rôl".
  finderAll: (count) => `Pob un o'r ${formatCount(count)} rôl`,
  finderMatches: (count) =>
    count === 0 ? "Does dim rolau'n cyfateb" : `${formatCount(count)} rôl yn cyfateb`,
  finderTickHint: "Ticiwch y sgiliau sydd gennych i weld pa rolau sy'n eu defnyddio.",
  finderYouHave: (matched, total) =>
    `Mae gennych ${matched.length} o'i ${total} sgil: ${matched.join(', ')}.`,
  finderAlsoAsks: (missing) => `Mae hefyd yn gofyn am y sgiliau hyn: ${missing.join(', ')}.`,
  finderAsksFor: (skills) => `Y sgiliau mae'n gofyn amdanynt: ${skills.join(', ')}.`,
  finderShowAll: (count) => `Dangos pob un o'r ${formatCount(count)} rôl`,
  finderNoRoles: 'Nid oes rolau yn y catalog hwn eto.',
};
