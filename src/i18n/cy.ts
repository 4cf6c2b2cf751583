import type { Strings } from './strings.js';

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
  qualities: 'Bydd angen hefyd',
  routeLink: (title) => `Rhagor o wybodaeth: ${title}`,
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
};
