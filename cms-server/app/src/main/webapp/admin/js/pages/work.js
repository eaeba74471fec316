// "My work": the start page of an editor or reviewer for one site — drafts, items sent back with
// the reviewer's comment, items awaiting my review, scheduled items, outdated translations — and
// the site's freshness radar: the early warnings before the national vetoes first, then every
// column with its last update, limit and days left, the most urgent first.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t, formatDateTime } from '../i18n.js';
import { hasRole, siteName } from '../app.js';
import { hashOf, localText, siteOf, empty } from '../work/common.js';
import { statusBadge, typeLabel, localName } from '../labels.js';

export default async function render(ctx) {
  const site = siteOf(ctx);
  ctx.setTitle(t('work.title'));
  if (!site) return h('section', {}, h('h1', {}, t('work.title')), empty(t('work.noSite')));

  const [work, radar, columns] = await Promise.allSettled([
    api.get('work', { site }),
    api.get(`sites/${encodeURIComponent(site)}/freshness`),
    api.get(`sites/${encodeURIComponent(site)}/columns`),
  ]);
  // Neither the lists nor the radar: the site is not the caller's (or gone) — the shell says so.
  if (work.status === 'rejected' && radar.status === 'rejected') throw work.reason;

  const timeZone = ctx.state.cluster?.timeZone;
  const user = ctx.state.session?.user;
  const editor = hasRole(site, 'EDITOR');
  const reviewer = hasRole(site, 'REVIEWER') || Boolean(user?.administrator);

  return h(
    'div',
    { class: 'work-page' },
    h('h1', {}, t('work.heading', { site: siteName(site) })),
    h(
      'div',
      { class: 'work-shortcuts' },
      editor && columns.status === 'fulfilled' ? newItemMenu(site, columns.value) : null,
      h(
        'p',
        { class: 'work-links' },
        reviewer
          ? h('a', { class: 'button', href: hashOf('/items', { site, status: 'in_review' }) }, t('work.reviewQueue'))
          : null,
        h('a', { class: 'button', href: hashOf('/items', { site }) }, t('work.allItems'))
      )
    ),
    radar.status === 'fulfilled'
      ? radarSummary(radar.value)
      : h('section', { class: 'panel' }, h('h2', {}, t('radar.title')), h('p', { class: 'notice' }, failure(radar.reason))),
    work.status === 'fulfilled'
      ? workLists(site, work.value, timeZone, reviewer)
      : h('section', { class: 'panel' }, h('h2', {}, t('work.lists')), h('p', { class: 'notice' }, failure(work.reason))),
    radar.status === 'fulfilled' ? radarTable(radar.value) : null
  );
}

function failure(error) {
  if (error?.status === 403) return t('work.notYours');
  return error?.message || String(error);
}

/** Links to start a new item of each type the site's columns take. */
function newItemMenu(site, tree) {
  const types = new Set();
  const walk = (list) => {
    for (const column of list || []) {
      for (const type of column.types || []) types.add(type);
      walk(column.children);
    }
  };
  walk(Array.isArray(tree) ? tree : tree?.items);
  const order = ['news', 'policy', 'interpretation', 'guide', 'form', 'page'];
  const offered = order.filter((type) => types.has(type));
  if (!offered.length) return null;
  return h(
    'nav',
    { class: 'new-item', 'aria-labelledby': 'new-item-label' },
    h('h2', { id: 'new-item-label', class: 'inline-heading' }, t('work.newItem')),
    h(
      'ul',
      {},
      offered.map((type) => h('li', {}, h('a', { class: 'button primary', href: hashOf('/items/new', { site, type }) }, typeLabel(type))))
    )
  );
}

// ---- the work lists ----

function workLists(site, work, timeZone, reviewer) {
  const sections = [
    list('drafts', work.drafts, work.draftsTotal, (item) => itemEntry(item, timeZone), hashOf('/items', { site, status: 'draft' })),
    list('sentBack', work.sentBack, work.sentBackTotal, (entry) => sentBackEntry(entry, timeZone)),
    reviewer
      ? list(
          'awaitingReview',
          work.awaitingReview,
          work.awaitingReviewTotal,
          (item) => itemEntry(item, timeZone, `#/items/${item.id}/review`),
          hashOf('/items', { site, status: 'in_review' })
        )
      : null,
    list(
      'scheduled',
      work.scheduled,
      work.scheduledTotal,
      (item) => itemEntry(item, timeZone, undefined, item.scheduledAt ? t('work.scheduledAt', { at: formatDateTime(item.scheduledAt, timeZone) }) : null),
      hashOf('/items', { site, status: 'scheduled' })
    ),
    list('outdated', work.outdatedTranslations, work.outdatedTranslationsTotal, (item) => itemEntry(item, timeZone)),
  ];
  return h('div', { class: 'work-lists' }, sections);
}

const SHOWN = 10;

function list(key, entries, total, renderEntry, moreHref) {
  // Lists that have a filtered item list behind them show the newest few and link to the rest.
  const shown = moreHref ? (entries || []).slice(0, SHOWN) : entries || [];
  const count = total ?? shown.length;
  const headingId = `work-${key}`;
  return h(
    'section',
    { class: 'panel work-list', 'aria-labelledby': headingId, 'data-list': key },
    h('h2', { id: headingId }, t(`work.${key}`), ' ', h('span', { class: 'count' }, t('work.count', { n: count }))),
    shown.length ? h('ul', { class: 'entries' }, shown.map((entry) => h('li', {}, renderEntry(entry)))) : empty(t(`work.${key}.none`)),
    moreHref && count > shown.length ? h('p', {}, h('a', { href: moreHref }, t('work.more', { n: count }))) : null
  );
}

function titleOf(item) {
  return item.title || t('work.untitled');
}

function itemEntry(item, timeZone, href = `#/items/${item.id}`, extra = null) {
  return [
    h('a', { class: 'entry-title', href }, titleOf(item)),
    h(
      'span',
      { class: 'entry-meta' },
      statusBadge(item.status),
      ' ',
      typeLabel(item.type),
      item.language ? ` · ${item.language}` : '',
      item.updatedAt ? ` · ${t('work.updated', { at: formatDateTime(item.updatedAt, timeZone), by: item.updatedBy ?? '' })}` : ''
    ),
    extra ? h('span', { class: 'entry-extra' }, extra) : null,
  ];
}

function sentBackEntry(entry, timeZone) {
  const item = entry.item || {};
  return [
    ...itemEntry(item, timeZone),
    h(
      'figure',
      { class: 'sent-back' },
      h('blockquote', {}, entry.comment || t('work.noComment')),
      h('figcaption', {}, t('work.sentBackBy', { by: entry.by ?? '', at: formatDateTime(entry.at, timeZone) }))
    ),
  ];
}

// ---- the freshness radar ----

const URGENCY = { stale: 0, empty: 1, 'due-soon': 2, ok: 3, 'no-limit': 4 };
const STATE_TONE = { stale: 'danger', empty: 'danger', 'due-soon': 'warn', ok: 'ok', 'no-limit': 'neutral' };

/** Stale and empty first, then the fewest days left; columns without a limit last. */
export function byUrgency(a, b) {
  const rank = (URGENCY[a.state] ?? 5) - (URGENCY[b.state] ?? 5);
  if (rank) return rank;
  const left = (a.daysLeft ?? Infinity) - (b.daysLeft ?? Infinity);
  if (left) return left;
  return 0;
}

/** The radar's head: the day it is computed for and the warnings, before everything else. */
function radarSummary(radar) {
  const warnings = radar.warnings || [];
  return h(
    'section',
    { class: 'panel radar', 'aria-labelledby': 'radar-title' },
    h('h2', { id: 'radar-title' }, t('radar.title')),
    h('p', { class: 'hint' }, t('radar.asOf', { at: radar.asOf ? String(radar.asOf).slice(0, 10) : '' })),
    warnings.length
      ? h(
          'div',
          { class: 'radar-warnings' },
          h('h3', {}, t('radar.warnings')),
          h('ul', {}, warnings.map((warning) => h('li', { class: isVetoed(warning) ? 'veto' : 'warning' }, warningText(warning))))
        )
      : h('p', { class: 'radar-clear' }, t('radar.noWarnings'))
  );
}

/** Every column of the radar, the most urgent first. */
function radarTable(radar) {
  const columns = [...(radar.columns || [])].sort(byUrgency);
  return h(
    'section',
    { class: 'panel radar', 'aria-labelledby': 'radar-caption' },
    h(
      'div',
      { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-labelledby': 'radar-caption' },
      h(
        'table',
        { class: 'radar-table' },
        h('caption', { id: 'radar-caption' }, t('radar.caption')),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            ['radar.column', 'radar.category', 'radar.lastUpdate', 'radar.limit', 'radar.daysLeft', 'radar.state'].map((key) =>
              h('th', { scope: 'col' }, t(key))
            )
          )
        ),
        h('tbody', {}, columns.map(radarRow))
      )
    )
  );
}

function radarRow(column) {
  const name = localName(column.names ?? column.name, column.code);
  return h(
    'tr',
    { 'data-state': column.state },
    h('th', { scope: 'row' }, name, column.path || column.code ? h('span', { class: 'code' }, ` (${column.path || column.code})`) : null),
    h('td', {}, column.category ? t(`radar.category.${column.category}`) : ''),
    h('td', {}, column.lastUpdate ? String(column.lastUpdate).slice(0, 10) : t('radar.never')),
    h('td', {}, column.limitDays === null || column.limitDays === undefined ? t('radar.noLimit') : t('radar.days', { n: column.limitDays })),
    h('td', {}, daysLeftText(column.daysLeft)),
    h('td', {}, h('span', { class: `badge status-${STATE_TONE[column.state] ?? 'neutral'}` }, t(`radar.state.${column.state}`)))
  );
}

function daysLeftText(daysLeft) {
  if (daysLeft === null || daysLeft === undefined) return '—';
  if (daysLeft < 0) return t('radar.overdue', { n: -daysLeft });
  return t('radar.days', { n: daysLeft });
}

function isVetoed(warning) {
  if (typeof warning.vetoed === 'boolean') return warning.vetoed;
  return warning.value === null || warning.value === undefined || warning.value >= warning.vetoAt;
}

/** A warning in words: what was measured against the warning and the veto level. */
export function warningText(warning) {
  const values = { value: warning.value, warnAt: warning.warnAt, vetoAt: warning.vetoAt };
  let text;
  switch (warning.rule) {
    case 'home-not-updated':
      text = warning.value === null || warning.value === undefined ? t('radar.warn.homeEmpty', values) : t('radar.warn.home', values);
      break;
    case 'empty-columns':
      text = t('radar.warn.empty', values);
      break;
    case 'columns-not-updated':
      text = t('radar.warn.notUpdated', values);
      break;
    case 'should-update-columns-stale':
      text = t('radar.warn.shouldUpdate', values);
      break;
    default:
      text = localText(warning.message) || warning.rule;
  }
  const detail = localText(warning.messages) || localText(warning.message);
  return [
    h('strong', {}, isVetoed(warning) ? t('radar.vetoed') : t('radar.warning')),
    ' ',
    text,
    detail && detail !== text ? h('span', { class: 'warning-detail' }, detail) : null,
  ];
}
