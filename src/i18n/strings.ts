import type { DataErrorReason } from '../data/catalogue.js';
import type { EntryRouteType } from '../data/schema.js';

/** Interface languages: Welsh for `cy…`, English for anything else. */
export type InterfaceLang = 'en' | 'cy';

/** Every string a widget shows that is not catalogue content. Both tables implement it all. */
export interface Strings {
  loading: string;
  errorTitle: string;
  /** The plain message a person sees for each error reason. */
  errors: Record<DataErrorReason, string>;
  retry: string;
  payBand: (band: string) => string;
  payBands: (lowest: string, highest: string) => string;
  /** The role card's one line on entry, from the route types. */
  waysIn: (types: string[]) => string;
  routeTypes: Record<EntryRouteType, string>;
  entryRequirements: string;
  /** Hidden after the heading so that several lists on one page are told apart. */
  forRole: (title: string) => string;
  qualities: string;
  /** Put before a route's title in its link; the title keeps the content's `lang`. */
  routeLink: string;
  noRequirements: string;
  updated: (date: string) => string;
  /** Month names, January first: browsers' Intl data often has no Welsh dates. */
  months: readonly string[];
  skillsTicked: (ticked: number, total: number) => string;
  /** Put before the role title in the checklist's legend. */
  skillsLegend: string;
  skillsHint: string;
  noSkills: string;

  feedbackHeading: string;
  feedbackIntro: string;
  feedbackLabel: string;
  feedbackWarning: string;
  privacyLink: string;
  feedbackSend: string;
  feedbackSending: string;
  /** Read out with the field: the limit before anyone types. */
  countLimit: (max: number) => string;
  countRemaining: (left: number) => string;
  countOver: (over: number) => string;
  errorSummaryTitle: string;
  errorPrefix: string;
  feedbackEmpty: string;
  feedbackTooLong: (max: number) => string;
  sentTitle: string;
  sentBody: string;
  sendFailedTitle: string;
  sendFailed: Record<'network' | 'timeout' | 'http' | 'host', string>;
  sendRetry: string;
  careerQuestion: string;
  contactLink: string;

  finderSkillsLegend: string;
  finderWaysInLegend: string;
  /** The ways-in checkboxes' labels, one per route type, as a name ("Apprenticeship"). */
  routeTypeNames: Record<EntryRouteType, string>;
  /** The count heading with nothing ticked, counting every result. */
  finderAll: (count: number) => string;
  /** The count heading with something ticked: "12 roles match", "No roles match". */
  finderMatches: (count: number) => string;
  finderTickHint: string;
  /** "You have 3 of its 5 skills: …", given the labels of the matched skills. */
  finderYouHave: (matched: string[], total: number) => string;
  /** The skills a result asks for that are not ticked. */
  finderAlsoAsks: (missing: string[]) => string;
  /** A result's skills with nothing ticked. */
  finderAsksFor: (skills: string[]) => string;
  finderShowAll: (count: number) => string;
  finderNoRoles: string;
}

/** A count with the thousands separator people expect ("1,200"). */
export const formatCount = (count: number): string => count.toLocaleString('en-GB');

/** "15 January 2026" from a `YYYY-MM-DD` date, in the table's language. */
export function formatDate(isoDate: string, t: Strings): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${day} ${t.months[(month ?? 1) - 1]} ${year}`;
}
