// What the review, history and translation screens share: the cluster's time zone arithmetic, the
// workflow trail, revision notes in words, the column's name and the API's refusals in words.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t, formatDateTime } from '../i18n.js';
import { findingList, countText } from '../proofread/findings.js';

/** The cluster's IANA time zone (GET /cluster), UTC when it is unknown. */
export function clusterZone(ctx) {
  return ctx.state.cluster?.timeZone || 'UTC';
}

/** A time in the cluster's zone, with the zone named: "2026年12月2日 14:30（Asia/Shanghai）". */
export function zonedTime(iso, zone) {
  return iso ? t('review.timeInZone', { time: formatDateTime(iso, zone), zone }) : '';
}

function wallClock(ms, timeZone) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(ms));
  const get = (type) => Number(parts.find((p) => p.type === type).value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/** The zone's offset from UTC at an instant, in milliseconds (+8 h for Asia/Shanghai). */
export function offsetAt(ms, timeZone) {
  const w = wallClock(ms, timeZone);
  return Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second) - Math.floor(ms / 1000) * 1000;
}

const pad = (n, width = 2) => String(n).padStart(width, '0');

/**
 * The instant a date ("2026-12-02") and a time ("14:30" or "14:30:15") on the clocks of `timeZone`
 * name, as an ISO date-time with that zone's offset ("2026-12-02T14:30:00+08:00"); null when the
 * input is malformed or the time does not exist there (skipped by a daylight-saving change).
 */
export function zonedInstant(date, time, timeZone) {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date || '');
  const tm = /^(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(time || '');
  if (!d || !tm) return null;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const [hour, minute, second] = [Number(tm[1]), Number(tm[2]), Number(tm[3] || 0)];
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  const check = wallClock(instant, timeZone);
  if (check.year !== year || check.month !== month || check.day !== day || check.hour !== hour || check.minute !== minute) {
    return null;
  }
  const offset = Math.round(offsetAt(instant, timeZone) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Date ("YYYY-MM-DD") and time ("HH:MM") on the zone's clocks at an instant (for defaults). */
export function wallDateTime(ms, timeZone) {
  const w = wallClock(ms, timeZone);
  return { date: `${w.year}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** The name of a column of a site, from its column tree; the id when not found. */
export async function columnName(site, id, language) {
  try {
    const tree = await api.get(`sites/${encodeURIComponent(site)}/columns`);
    const stack = [...(Array.isArray(tree) ? tree : [])];
    while (stack.length) {
      const column = stack.pop();
      if (column.id === id) return column.names?.[language] ?? column.names?.['zh-CN'] ?? column.code;
      stack.push(...(column.children || []));
    }
  } catch {
    // The name is a courtesy: the id still identifies the column.
  }
  return `#${id}`;
}

/** A workflow action code in words. */
export function actionLabel(action) {
  const labels = {
    submit: t('review.action.submit'),
    'send-back': t('review.action.send-back'),
    publish: t('review.action.publish'),
    schedule: t('review.action.schedule'),
    'publish-due': t('review.action.publish-due'),
    withdraw: t('review.action.withdraw'),
    edit: t('review.action.edit'),
  };
  return labels[action] || action;
}

/** Why a revision was made, in words: created, imported, restored from N, edited. */
export function revisionNote(note) {
  if (!note) return t('history.kind.edit');
  if (note === 'created') return t('history.kind.created');
  if (note === 'imported') return t('history.kind.imported');
  const restored = /^restored revision (\d+)$/.exec(note);
  if (restored) return t('history.kind.restored', { n: restored[1] });
  return note;
}

/**
 * The workflow trail as an ordered list, oldest first, each step with who, when and comment, and
 * for a step taken over proofreading findings, the reason given and the findings.
 */
export function renderTrail(events, zone) {
  if (!events.length) return h('p', {}, t('history.noTrail'));
  return h(
    'ol',
    { class: 'trail' },
    events.map((event) =>
      h(
        'li',
        { class: `trail-step trail-${event.action}` },
        h('span', { class: 'trail-action' }, actionLabel(event.action)),
        ' ',
        h('span', { class: 'trail-who' }, t('review.byAt', { user: event.actor, time: zonedTime(event.at, zone) })),
        event.scheduledAt ? h('span', { class: 'trail-due' }, ' · ', t('review.dueAt', { time: zonedTime(event.scheduledAt, zone) })) : null,
        event.comment ? h('blockquote', { class: 'trail-comment' }, event.comment) : null,
        event.overrideReason
          ? h('div', { class: 'trail-override' }, h('p', { class: 'trail-override-label' }, t('proofread.trail.reason')), h('blockquote', { class: 'trail-override-reason' }, event.overrideReason))
          : null,
        event.findings?.length
          ? h('div', { class: 'trail-findings' }, h('p', { class: 'trail-findings-label' }, t('proofread.trail.findings', { counts: countText(event.findings) })), findingList(event.findings))
          : null
      )
    )
  );
}

/** An API refusal of a workflow step in words. */
export function refusal(error) {
  if (error.status === 409) return t('review.error.stale');
  if (error.status === 403) return t('review.error.forbidden');
  if (error.status === 404) return t('error.notFound');
  if (error.status === 0) return t('review.error.network');
  if (error.status === 400 && error.errors?.length) {
    return error.errors.map((e) => `${e.field}: ${e.reason}`).join('；');
  }
  return error.message;
}

/** A definition list from [term, description] pairs (null descriptions left out). */
export function facts(pairs) {
  return h(
    'dl',
    { class: 'facts' },
    pairs.filter(([, value]) => value !== null && value !== undefined && value !== '').map(([term, value]) => [h('dt', {}, term), h('dd', {}, value)])
  );
}

/** The URL of a root-relative server path (a preview link, a live page) from the console at /admin/. */
export function serverUrl(path) {
  if (/^https?:\/\//.test(path)) return path;
  return new URL('..' + (path.startsWith('/') ? path : '/' + path), document.baseURI).toString();
}
