// The letters inbox of a site (#/letters?site=&status=&overdue=&page=): every letter with its
// status, kind, channel, received and due dates and the working days left; overdue letters and
// those due within two working days are said in words at the top and on their row. The filters are
// in the address, so a list can be linked and back/forward work.

import { api } from '../api.js';
import { h, replace, announce } from '../dom.js';
import { t } from '../i18n.js';
import { siteName } from '../app.js';
import { field } from '../forms.js';
import { hashOf, siteOf, empty } from '../work/common.js';
import { clusterZone } from '../review/common.js';
import { STATUSES, statusLabel, statusBadge, kindLabel, channelLabel, deadline, deadlineBadge, when, rowsOf, markDueSoon, refusal } from '../letters/common.js';

const PAGE_SIZE = 50;

export default async function render(ctx) {
  const site = siteOf(ctx);
  ctx.setTitle(t('letters.title'));
  if (!site) return h('section', {}, h('h1', {}, t('letters.title')), empty(t('work.noSite')));
  const zone = clusterZone(ctx);
  let query = readQuery(ctx.query, site);
  const load = async () => {
    const page = rowsOf(await api.get('letters', apiQuery(query)));
    await markDueSoon(site, page.items);
    return { ...page, number: Number(query.page || 1) };
  };
  const first = await load();

  const summary = h('div', { class: 'letters-summary', id: 'letters-summary' });
  const tableArea = h('div', { class: 'letters-table', id: 'letters-table' });
  const pager = h('nav', { class: 'pager', 'aria-label': t('letters.paging') });

  async function go(changes) {
    query = { ...query, ...changes };
    if (!('page' in changes)) delete query.page;
    for (const key of Object.keys(query)) if (!query[key]) delete query[key];
    history.pushState(null, '', hashOf('/letters', query));
    tableArea.setAttribute('aria-busy', 'true');
    try {
      const page = await load();
      show(page);
      announce(t('letters.caption', { n: page.items.length, page: page.number }));
    } catch (error) {
      replace(tableArea, h('p', { class: 'error-summary', role: 'alert' }, refusal(error)));
    } finally {
      tableArea.removeAttribute('aria-busy');
    }
  }

  function show(page) {
    replace(summary, warnings(page.items, zone));
    replace(tableArea, table(page, zone));
    replace(pager, paging(page, go));
  }

  const status = h(
    'select',
    { name: 'status', id: 'letters-status', onchange: (event) => go({ status: event.target.value }) },
    h('option', { value: '' }, t('letters.anyStatus')),
    STATUSES.map((code) => h('option', { value: code, selected: code === query.status }, statusLabel(code)))
  );
  const overdue = h('input', {
    type: 'checkbox',
    name: 'overdue',
    id: 'letters-overdue',
    checked: query.overdue === 'true',
    onchange: (event) => go({ overdue: event.target.checked ? 'true' : '' }),
  });
  const filters = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('letters.filters'), onsubmit: (event) => event.preventDefault() },
    field(t('letters.filter.status'), status),
    h('div', { class: 'field checkbox-field' }, h('label', { for: 'letters-overdue' }, overdue, ' ', t('letters.filter.overdue')))
  );

  show(first);
  return h(
    'div',
    { class: 'letters-page' },
    h('h1', { id: 'letters-heading' }, t('letters.heading', { site: siteName(site) })),
    filters,
    summary,
    h('section', { class: 'panel', 'aria-labelledby': 'letters-caption' }, tableArea, pager)
  );
}

function readQuery(raw, site) {
  const query = { site };
  if (STATUSES.includes(raw.status)) query.status = raw.status;
  if (raw.overdue === 'true') query.overdue = 'true';
  const page = Number.parseInt(raw.page, 10);
  if (page > 1) query.page = String(page);
  return query;
}

function apiQuery(query) {
  // The address counts pages from 1 for people; the API from 0.
  return { site: query.site, status: query.status, overdue: query.overdue, page: Number(query.page || 1) - 1, size: PAGE_SIZE };
}

/** Overdue letters and letters due soon on this page, in words, before the table. */
function warnings(letters, zone) {
  const overdue = letters.filter((letter) => deadline(letter, zone) === 'overdue').length;
  const soon = letters.filter((letter) => deadline(letter, zone) === 'due-soon').length;
  if (!overdue && !soon) return null;
  return h(
    'div',
    { class: 'radar-warnings letters-warnings', role: 'status' },
    h('h2', {}, t('letters.warnings')),
    h(
      'ul',
      {},
      overdue ? h('li', { class: 'veto', id: 'letters-overdue-count' }, h('strong', {}, t('letters.deadline.overdue')), ' ', t('letters.warn.overdue', { n: overdue })) : null,
      soon ? h('li', { class: 'warning', id: 'letters-soon-count' }, h('strong', {}, t('letters.warning')), ' ', t('letters.warn.soon', { n: soon })) : null
    )
  );
}

function table(page, zone) {
  if (!page.items.length) return h('p', { class: 'empty', role: 'status', id: 'letters-caption' }, t('letters.none'));
  const columns = ['letters.col.subject', 'letters.col.status', 'letters.col.kind', 'letters.col.channel', 'letters.col.received', 'letters.col.due', 'letters.col.left'];
  return h(
    'div',
    { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'letters-caption' },
    h(
      'table',
      { class: 'item-table letter-table' },
      h('caption', { id: 'letters-caption' }, t('letters.caption', { n: page.items.length, page: page.number })),
      h('thead', {}, h('tr', {}, columns.map((key) => h('th', { scope: 'col' }, t(key))))),
      h(
        'tbody',
        {},
        page.items.map((letter) =>
          h(
            'tr',
            { 'data-id': String(letter.id), 'data-deadline': deadline(letter, zone) },
            h(
              'th',
              { scope: 'row' },
              h('a', { href: `#/letters/${encodeURIComponent(letter.id)}`, class: 'letter-subject' }, letter.subject || t('letters.noSubject')),
              letter.number ? h('span', { class: 'code' }, ` ${letter.number}`) : null
            ),
            h('td', {}, statusBadge(letter.status)),
            h('td', {}, kindLabel(letter.kind)),
            h('td', {}, channelLabel(letter)),
            h('td', {}, when(letter.received, zone)),
            h('td', {}, when(letter.due, zone)),
            h('td', {}, deadlineBadge(letter, zone))
          )
        )
      )
    )
  );
}

/** Previous and next: the API answers pages without a total, so a full page may have a next one. */
function paging(page, go) {
  const more = page.items.length === PAGE_SIZE;
  if (page.number <= 1 && !more) return null;
  return [
    h('button', { type: 'button', disabled: page.number <= 1, onclick: () => go({ page: String(page.number - 1) }) }, t('common.previous')),
    h('span', { class: 'page-info' }, t('letters.pageNumber', { page: page.number })),
    h('button', { type: 'button', disabled: !more, onclick: () => go({ page: String(page.number + 1) }) }, t('common.next')),
  ];
}
