import { plural, type Strings } from './strings.js';

const orList = new Intl.ListFormat('en-GB', { type: 'disjunction' });

export const en: Strings = {
  loading: 'Loading role information',
  errorTitle: 'Sorry, there is a problem',
  errors: {
    network: 'We could not load this information. Check your connection and try again.',
    http: 'This information is not available at the moment. Try again later.',
    timeout: 'This information is taking too long to load. Try again later.',
    parse: 'There is a problem with this information, so we cannot show it.',
    invalid: 'There is a problem with this information, so we cannot show it.',
    'not-found': 'We could not find information about this role.',
  },
  retry: 'Try again',
  payBand: (band) => `Band ${band}`,
  payBands: (lowest, highest) => `Bands ${lowest} to ${highest}`,
  waysIn: (types) => `Ways in: ${orList.format(types)}.`,
  routeTypes: {
    'no-formal-qualifications': 'no formal qualifications',
    gcse: 'GCSEs',
    apprenticeship: 'an apprenticeship',
    degree: 'a degree',
    'graduate-scheme': 'a graduate scheme',
    'clinical-qualification': 'a clinical qualification',
    experience: 'experience',
    other: 'other routes',
  },
  entryRequirements: 'Entry requirements',
  forRole: (title) => `: ${title}`,
  qualities: 'You will also need',
  routeLink: (title) => `Find out more: ${title}`,
  noRequirements: 'No entry requirements are listed for this role yet.',
  updated: (date) => `Information updated ${date}`,
  months: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
  skillsTicked: (ticked, total) =>
    plural('en', total, {
      one: `${ticked} of ${total} skill ticked`,
      other: `${ticked} of ${total} skills ticked`,
    }),
};
