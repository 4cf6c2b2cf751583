import * as v from 'valibot';
import {
  DEFAULT_MAX_LENGTH,
  characterCount,
} from '../../controllers/character-count-controller.js';
import { ROLE_ID_PATTERN } from '../../data/schema.js';

/**
 * The feedback form's payload (SPEC, `<hc-feedback-form>`), described once. The form builds it
 * and imports only the type; the feedback receiver (server/receiver/) checks request bodies
 * with this schema. No browser bundle loads this module: the form has no need to check what it
 * built itself, and the schema would cost the CDN bundle about 0.7 kB brotli.
 */

/**
 * The receiver's ceiling on `message`, in Unicode code points as the form counts: SPEC's default
 * `max-length`. A form with a larger `max-length` needs a receiver with a larger ceiling.
 */
export const MAX_MESSAGE_LENGTH = DEFAULT_MAX_LENGTH;

/** The longest `page` the receiver keeps, in code points. */
export const MAX_PAGE_LENGTH = 2048;

/** A UUID v4, in either case (the receiver stores it lower-cased). */
export const UUID_V4_PATTERN =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-4[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$/;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DATE_TIME =
  /^(\d{4})-(\d\d)-(\d\d)[Tt\s](\d\d):(\d\d):(\d\d)(?:\.\d+)?(?:[Zz]|([+-])(\d\d)(?::?(\d\d))?)$/;

/**
 * An RFC 3339 date-time with a zone, on a day the calendar has ("2026-02-30" is refused): what
 * JSON Schema's `date-time` format means, leap second included, and what PostgreSQL's
 * `timestamptz` takes.
 */
export function isDateTime(text: string): boolean {
  const match = DATE_TIME.exec(text);
  if (!match) return false;
  const part = (index: number) => Number(match[index] ?? 0);
  const [year, month, day, hour, minute, second] = [
    part(1),
    part(2),
    part(3),
    part(4),
    part(5),
    part(6),
  ];
  const [zoneSign, zoneHour, zoneMinute] = [match[7] === '-' ? -1 : 1, part(8), part(9)];
  const leapYear = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leapYear ? 29 : DAYS_IN_MONTH[month - 1];
  if (!days || day < 1 || day > days || zoneHour > 23 || zoneMinute > 59) return false;
  if (hour <= 23 && minute <= 59 && second <= 59) return true;
  // A leap second is 23:59:60 in UTC.
  const utcMinute = minute - zoneMinute * zoneSign;
  const utcHour = hour - zoneHour * zoneSign - (utcMinute < 0 ? 1 : 0);
  return (
    (utcHour === 23 || utcHour === -1) && (utcMinute === 59 || utcMinute === -1) && second === 60
  );
}

/**
 * What the receiver answers, in words the form can show (it shows a 4xx `{ message }` as text):
 * one sentence per field, whichever of its rules failed.
 */
const FEEDBACK_FIELD_MESSAGES = {
  id: 'The feedback id must be a UUID (version 4).',
  page: `The page must be a path of at most ${MAX_PAGE_LENGTH} characters.`,
  roleId: 'The role id must be lower-case letters and digits joined by single hyphens.',
  message: `Write a message of at most ${MAX_MESSAGE_LENGTH} characters.`,
  locale: 'The locale must be a language tag such as en or cy.',
  submittedAt: 'The time must be an ISO 8601 date and time.',
} as const;

/** The message for a body that is not an object at all. */
const NOT_FEEDBACK_MESSAGE =
  'That is not feedback: send { id, page, message, locale, submittedAt }.';

const said = FEEDBACK_FIELD_MESSAGES;

/** A missing field is reported by its object, with the field's key as the issue's path. */
const objectMessage = (issue: v.ObjectIssue) => {
  const key = issue.path?.[0]?.key;
  return typeof key === 'string' && key in said
    ? said[key as keyof typeof said]
    : NOT_FEEDBACK_MESSAGE;
};

/** valibot's `object` takes an array for an object; JSON feedback is never one. */
const isRecord = (input: unknown) =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/**
 * SPEC's payload: `{ id, page, roleId?, message, locale, submittedAt }`. Fields SPEC does not
 * name are dropped from the output, not refused: a newer form must not lose feedback.
 */
export const FeedbackPayloadSchema = v.pipe(
  v.custom<Record<string, unknown>>(isRecord, NOT_FEEDBACK_MESSAGE),
  v.object(
    {
      id: v.pipe(v.string(said.id), v.regex(UUID_V4_PATTERN, said.id)),
      page: v.pipe(
        v.string(said.page),
        v.minLength(1, said.page),
        v.check((page) => characterCount(page) <= MAX_PAGE_LENGTH, said.page),
      ),
      roleId: v.optional(
        v.pipe(
          v.string(said.roleId),
          v.maxLength(200, said.roleId),
          v.regex(ROLE_ID_PATTERN, said.roleId),
        ),
      ),
      message: v.pipe(
        v.string(said.message),
        v.regex(/\S/, said.message),
        v.check((message) => characterCount(message) <= MAX_MESSAGE_LENGTH, said.message),
      ),
      locale: v.pipe(
        v.string(said.locale),
        v.maxLength(35, said.locale),
        v.regex(/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/, said.locale),
      ),
      submittedAt: v.pipe(
        v.string(said.submittedAt),
        v.maxLength(64, said.submittedAt),
        v.check(isDateTime, said.submittedAt),
      ),
    },
    objectMessage,
  ),
);

/**
 * The payload, as `hc-feedback-submit`'s `detail` and the POSTed body: `id` a UUID v4 (also the
 * `Idempotency-Key`, kept for retries), `page`, `roleId` (left out when there is none),
 * `message`, `locale` (`en` or `cy`) and `submittedAt` (ISO 8601).
 */
export type FeedbackPayload = v.InferOutput<typeof FeedbackPayloadSchema>;
