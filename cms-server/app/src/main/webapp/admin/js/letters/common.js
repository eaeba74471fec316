// What the letters inbox and the letter screen share: a letter's status, kind and step in words,
// its deadline as a text badge (overdue and "due soon" are said in words, the colour only repeats
// them), dates as the API gives them, and the API's refusals in words. Keys are written out so the
// bundle test sees each one.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { zonedTime } from '../review/common.js';
import { localName } from '../labels.js';

export const STATUSES = ['received', 'accepted', 'in-review', 'replied', 'closed', 'rejected'];
export const KINDS = ['consultation', 'complaint', 'suggestion'];

/** Working days before the due date from which a letter is flagged "due soon". */
export const WARN_WORKING_DAYS = 2;

const STATUS_KEYS = {
  received: 'letters.status.received',
  accepted: 'letters.status.accepted',
  'in-review': 'letters.status.in-review',
  replied: 'letters.status.replied',
  closed: 'letters.status.closed',
  rejected: 'letters.status.rejected',
};

const STATUS_TONE = {
  received: 'info',
  accepted: 'neutral',
  'in-review': 'warn',
  replied: 'ok',
  closed: 'ok',
  rejected: 'danger',
};

const KIND_KEYS = {
  consultation: 'letters.kind.consultation',
  complaint: 'letters.kind.complaint',
  suggestion: 'letters.kind.suggestion',
};

const STEP_KEYS = {
  received: 'letters.step.received',
  accept: 'letters.step.accept',
  accepted: 'letters.step.accept',
  drafted: 'letters.step.draft',
  purged: 'letters.step.purged',
  reject: 'letters.step.reject',
  rejected: 'letters.step.reject',
  assign: 'letters.step.assign',
  assigned: 'letters.step.assign',
  draft: 'letters.step.draft',
  submit: 'letters.step.submit',
  submitted: 'letters.step.submit',
  'send-back': 'letters.step.send-back',
  approve: 'letters.step.approve',
  approved: 'letters.step.approve',
  replied: 'letters.step.approve',
  publish: 'letters.step.publish',
  published: 'letters.step.publish',
  rate: 'letters.step.rate',
  rated: 'letters.step.rate',
  close: 'letters.step.close',
  closed: 'letters.step.close',
};

const RATING_KEYS = {
  satisfied: 'letters.rating.satisfied',
  'basically-satisfied': 'letters.rating.basically-satisfied',
  unsatisfied: 'letters.rating.unsatisfied',
};

export function statusLabel(status) {
  return STATUS_KEYS[status] ? t(STATUS_KEYS[status]) : status ?? '';
}

export function statusBadge(status, id = null) {
  if (!status) return null;
  return h('span', { class: `badge status-${STATUS_TONE[status] ?? 'neutral'}`, id }, statusLabel(status));
}

export function kindLabel(kind) {
  return KIND_KEYS[kind] ? t(KIND_KEYS[kind]) : kind ?? '';
}

export function stepLabel(step) {
  return STEP_KEYS[step] ? t(STEP_KEYS[step]) : step ?? '';
}

export function ratingLabel(rating) {
  return RATING_KEYS[rating] ? t(RATING_KEYS[rating]) : rating ?? '';
}

/** True while the letter still waits for its reply (its deadline still runs). */
export function isOpen(letter) {
  return ['received', 'accepted', 'in-review'].includes(letter.status);
}

/** Today's date (YYYY-MM-DD) on the cluster's clocks. */
export function today(zone) {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

/**
 * The letter's deadline state: `overdue` (past its due date, still unanswered), `due-soon` (at most
 * {@link WARN_WORKING_DAYS} working days left: `dueSoon`, marked from the API's `dueWithin` list, or
 * `workingDaysLeft`), `open`, or `done` (answered or rejected). The server's `overdue` wins; without
 * it the due date against today decides.
 */
export function deadline(letter, zone) {
  if (!isOpen(letter)) return 'done';
  const left = workingDaysLeft(letter);
  const overdue = typeof letter.overdue === 'boolean' ? letter.overdue : left !== null ? left < 0 : Boolean(letter.due) && today(zone) > dateOf(letter.due);
  if (overdue) return 'overdue';
  if (letter.dueSoon || (left !== null && left <= WARN_WORKING_DAYS)) return 'due-soon';
  return 'open';
}

/**
 * Marks the letters due within {@link WARN_WORKING_DAYS} working days (`dueSoon`), from the API's
 * own working-day calendar (`GET /letters?dueWithin=`); a failure of that look-up leaves them as
 * they are (the deadline still shows, only without the warning).
 */
export async function markDueSoon(site, letters) {
  if (!letters.some(isOpen)) return letters;
  try {
    const soon = rowsOf(await api.get('letters', { site, dueWithin: WARN_WORKING_DAYS, size: 200 })).items;
    const ids = new Set(soon.map((letter) => letter.id));
    for (const letter of letters) if (ids.has(letter.id)) letter.dueSoon = true;
  } catch {
    // A courtesy: the due date and the overdue badge do not depend on it.
  }
  return letters;
}

/** The working days left before the due date as the API counts them, or null when it says none. */
export function workingDaysLeft(letter) {
  const left = letter.workingDaysLeft ?? letter.daysLeft;
  return typeof left === 'number' ? left : null;
}

/** The deadline in words, as a badge: 已超期 N 个工作日 / 剩 N 个工作日（即将到期）/ 剩 N 个工作日. */
export function deadlineBadge(letter, zone) {
  const state = deadline(letter, zone);
  const left = workingDaysLeft(letter);
  if (state === 'done') return h('span', { class: 'muted deadline' }, t('letters.deadline.done'));
  if (state === 'overdue') {
    const text = left !== null && left < 0 ? t('letters.deadline.overdueBy', { n: -left }) : t('letters.deadline.overdue');
    return h('span', { class: 'badge status-danger deadline deadline-overdue' }, text);
  }
  if (state === 'due-soon') {
    const text = left !== null ? t('letters.deadline.soon', { n: left }) : t('letters.deadline.soonWithin', { n: WARN_WORKING_DAYS });
    return h('span', { class: 'badge status-warn deadline deadline-soon' }, text);
  }
  const text = left !== null ? t('letters.deadline.left', { n: left }) : t('letters.deadline.more', { n: WARN_WORKING_DAYS });
  return h('span', { class: 'deadline' }, text);
}

/** The date part of an ISO date or date-time. */
export function dateOf(value) {
  return value ? String(value).slice(0, 10) : '';
}

/** A date ("2026-12-02") as it is; a date-time in the cluster's zone. */
export function when(value, zone) {
  if (!value) return '';
  const text = String(value);
  return text.length <= 10 ? text : zonedTime(text, zone);
}

/** The channel of a letter in words: its name when the API gives one, else its code. */
export function channelLabel(letter) {
  return localName(letter.channelNames ?? letter.channelName, letter.channel ?? '');
}

/** A letter API list answer (a plain array; a page {items} is read too) as {items}. */
export function rowsOf(answer) {
  return { items: Array.isArray(answer) ? answer : answer?.items ?? [] };
}

/** Who took a step in words: a user name, or the citizen (`public`) or the system (`system`). */
export function actorLabel(actor) {
  if (actor === 'public') return t('letters.actor.public');
  if (actor === 'system') return t('letters.actor.system');
  return actor ?? '';
}

/** An API refusal in words (field errors listed, the rest as the API said it). */
export function refusal(error) {
  if (error.status === 403) return t('letters.error.forbidden');
  if (error.status === 404) return t('error.notFound');
  if (error.status === 409) return t('letters.error.conflict');
  if (error.status === 0) return t('review.error.network');
  if (error.errors?.length) return error.errors.map((e) => `${e.field}: ${e.reason}`).join('；');
  return error.message;
}
