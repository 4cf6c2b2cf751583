import { formatCount, type Strings } from './strings.js';

/**
 * English's two forms for the whole numbers counted here: the singular for one only (no
 * Intl.PluralRules to create on every call).
 */
const byCount = (count: number, one: string, other: string): string => (count === 1 ? one : other);

/** The `s` of a plural noun: "1 skill", "2 skills". */
const pluralSuffix = (count: number): string => byCount(count, '', 's');

/**
 * "a, b or c" (no serial comma, as NHS.UK writes). Not Intl.ListFormat: creating one costs
 * about 95 ms in Chromium the first time (it loads locale data), on every page.
 */
const orList = (items: string[]): string =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} or ${items.at(-1)}` : (items[0] ?? '');

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
  waysIn: (types) => `Ways in: ${orList(types)}.`,
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
  routeLink: 'Find out more:',
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
  skillsTicked: (ticked, total) => `${ticked} of ${total} skill${pluralSuffix(total)} ticked`,
  skillsLegend: 'Skills for',
  skillsHint: 'Tick the skills you already have.',
  noSkills: 'No skills are listed for this role yet.',

  feedbackHeading: 'Help us improve',
  feedbackIntro:
    'Use this form to tell us what could be better on this page, or about anything wrong, out of date or inaccurate in it.',
  feedbackLabel: 'What can we improve?',
  feedbackWarning:
    'Do not include personal or medical information, such as your name, contact details or health conditions.',
  privacyLink: 'How we use your information',
  feedbackSend: 'Send feedback',
  feedbackSending: 'Sending your feedback',
  countLimit: (max) => `You can enter up to ${formatCount(max)} characters`,
  countRemaining: (left) =>
    `You have ${formatCount(left)} character${pluralSuffix(left)} remaining`,
  countOver: (over) => `You have ${formatCount(over)} character${pluralSuffix(over)} too many`,
  errorSummaryTitle: 'There is a problem',
  errorPrefix: 'Error:',
  feedbackEmpty: 'Enter what we can improve',
  feedbackTooLong: (max) => `What we can improve must be ${formatCount(max)} characters or fewer`,
  sentTitle: 'Thank you for your feedback',
  sentBody: 'Your feedback has been sent. We use it to improve this page.',
  sendFailedTitle: 'Sorry, we could not send your feedback',
  sendFailed: {
    network: 'Check your connection. Your message is still here, so you can try again.',
    timeout:
      'The server took too long to answer. Your message is still here, so you can try again.',
    http: 'Something went wrong on our side. Your message is still here, so you can try again.',
    host: 'Your message is still here, so you can try again.',
  },
  sendRetry: 'Try sending again',
  careerQuestion: 'If you have a question about a career in the NHS,',
  contactLink: 'contact us',

  finderSkillsLegend: 'Which of these skills do you have?',
  finderWaysInLegend: 'Which ways in would suit you?',
  routeTypeNames: {
    'no-formal-qualifications': 'No formal qualifications',
    gcse: 'GCSEs',
    apprenticeship: 'Apprenticeship',
    degree: 'Degree',
    'graduate-scheme': 'Graduate scheme',
    'clinical-qualification': 'Clinical qualification',
    experience: 'Experience',
    other: 'Other routes',
  },
  finderAll: (count) => `All ${formatCount(count)} role${pluralSuffix(count)}`,
  finderMatches: (count) =>
    count === 0
      ? 'No roles match'
      : byCount(count, `${formatCount(count)} role matches`, `${formatCount(count)} roles match`),
  finderTickHint: 'Tick the skills you have to see which roles use them.',
  // Skills in plain comma lists: labels such as "Reading and writing (literacy)" hold an "and".
  finderYouHave: (matched, total) =>
    `You have ${matched.length} of its ${total} skill${pluralSuffix(total)}: ${matched.join(', ')}.`,
  finderAlsoAsks: (missing) => `It also asks for: ${missing.join(', ')}.`,
  finderAsksFor: (skills) => `Skills it asks for: ${skills.join(', ')}.`,
  finderShowAll: (count) => `Show all ${formatCount(count)} roles`,
  finderNoRoles: 'No roles are listed in this catalogue yet.',
};
