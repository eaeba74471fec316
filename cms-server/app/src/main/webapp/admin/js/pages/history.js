// An item's history (#/items/{id}/history): its revisions (number, when, who, why), the workflow
// trail with comments, a comparison of any two revisions, and restoring an old revision as the new
// working copy (editors), after which the editor opens with it.

import { api } from '../api.js';
import { h, replace, announce } from '../dom.js';
import { t } from '../i18n.js';
import { field, select, busy } from '../forms.js';
import { hasRole } from '../app.js';
import { renderChanges } from '../review/diff.js';
import { clusterZone, zonedTime, revisionNote, renderTrail, refusal } from '../review/common.js';
import { statusLabel } from '../labels.js';

export default async function render(ctx) {
  const id = ctx.params.id;
  const zone = clusterZone(ctx);
  const [item, revisions, trail] = await Promise.all([
    api.get(`items/${encodeURIComponent(id)}`),
    api.get(`items/${encodeURIComponent(id)}/revisions`),
    api.get(`items/${encodeURIComponent(id)}/workflow/history`).catch(() => []),
  ]);
  ctx.setTitle(t('history.title', { title: item.title }));
  const editor = hasRole(item.site, 'EDITOR');
  const newestFirst = [...revisions].sort((a, b) => b.number - a.number);
  const outcome = h('div', { id: 'history-outcome', role: 'status', 'aria-live': 'polite' });

  async function restore(revision, button) {
    if (!confirm(t('history.restoreConfirm', { n: revision.number, current: item.revision }))) return;
    await busy(button, async () => {
      try {
        await api.post(`items/${id}/revisions/${revision.number}/restore`, { version: item.version });
        announce(t('history.restored', { n: revision.number }));
        ctx.navigate(`#/items/${id}`);
      } catch (error) {
        replace(
          outcome,
          h(
            'p',
            { class: 'error-summary', role: 'alert' },
            refusal(error),
            error.status === 409
              ? [' ', h('button', { type: 'button', class: 'link-button', onclick: () => ctx.navigate(location.hash) }, t('review.reload'))]
              : null
          )
        );
      }
    });
  }

  const rows = newestFirst.map((revision) => {
    const isCurrent = revision.number === item.revision;
    const isLive = revision.number === item.liveRevision;
    let action = null;
    if (editor && !isCurrent) {
      const button = h(
        'button',
        { type: 'button', class: 'history-restore', 'data-revision': revision.number, 'aria-label': t('history.restoreLabel', { n: revision.number }) },
        t('history.restore')
      );
      button.addEventListener('click', () => restore(revision, button));
      action = button;
    }
    return h(
      'tr',
      { 'data-revision': revision.number },
      h('th', { scope: 'row' }, String(revision.number)),
      h('td', {}, zonedTime(revision.createdAt, zone)),
      h('td', {}, revision.author),
      h(
        'td',
        {},
        revisionNote(revision.note),
        isCurrent ? [' ', h('span', { class: 'badge' }, t('history.current'))] : null,
        isLive ? [' ', h('span', { class: 'badge ok' }, t('history.live'))] : null
      ),
      editor ? h('td', {}, action) : null
    );
  });

  // ---- comparing two revisions ---------------------------------------------------------------
  const options = newestFirst.map((r) => [r.number, t('history.revisionOption', { n: r.number, who: r.author })]);
  const defaultTo = newestFirst[0]?.number;
  const defaultFrom = newestFirst[1]?.number ?? defaultTo;
  const from = select('from', options, defaultFrom, { id: 'history-from' });
  const to = select('to', options, defaultTo, { id: 'history-to' });
  const diffSlot = h('div', { id: 'history-diff', 'aria-live': 'polite' });
  const compareButton = h('button', { type: 'submit', id: 'history-compare' }, t('history.compare'));

  async function compare() {
    if (from.value === to.value) {
      replace(diffSlot, h('p', {}, t('history.sameRevision')));
      return;
    }
    try {
      const changes = await api.get(`items/${id}/revisions/diff`, { from: from.value, to: to.value });
      replace(
        diffSlot,
        renderChanges(Array.isArray(changes) ? changes : changes.changes, {
          caption: t('history.diffCaption', { from: from.value, to: to.value }),
          emptyText: t('history.noDifference'),
        })
      );
    } catch (error) {
      replace(diffSlot, h('p', { class: 'field-error', role: 'alert' }, refusal(error)));
    }
  }

  const compareForm = h(
    'form',
    {
      class: 'history-compare',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        busy(compareButton, compare);
      },
    },
    h('div', { class: 'review-when' }, field(t('history.from'), from), field(t('history.to'), to)),
    compareButton
  );
  if (newestFirst.length > 1) await compare();

  return h(
    'div',
    { class: 'history-page' },
    h('h1', {}, t('history.heading'), ' ', h('span', { class: 'review-title' }, item.title)),
    h(
      'p',
      { class: 'actions' },
      h('a', { href: `#/items/${id}` }, t('review.toEditor')),
      h('a', { href: `#/items/${id}/review` }, t('history.toReview')),
      h('span', {}, t('history.statusNow', { status: statusLabel(item.status) }))
    ),
    outcome,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'history-revisions-heading' },
      h('h2', { id: 'history-revisions-heading' }, t('history.revisions')),
      h(
        'div',
        // Focusable so that a reader without the restore buttons can scroll it by keyboard too.
        { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'history-revisions-heading' },
        h(
          'table',
          { id: 'history-revisions' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, t('history.number')),
              h('th', { scope: 'col' }, t('history.when')),
              h('th', { scope: 'col' }, t('history.who')),
              h('th', { scope: 'col' }, t('history.kind')),
              editor ? h('th', { scope: 'col' }, t('common.actions')) : null
            )
          ),
          h('tbody', {}, rows)
        )
      )
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'history-compare-heading' },
      h('h2', { id: 'history-compare-heading' }, t('history.compareHeading')),
      newestFirst.length > 1 ? [compareForm, diffSlot] : h('p', {}, t('history.onlyOne'))
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'history-trail-heading' },
      h('h2', { id: 'history-trail-heading' }, t('review.trail')),
      renderTrail(trail, zone)
    )
  );
}
