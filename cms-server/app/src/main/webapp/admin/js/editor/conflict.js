// A stale save (409 with `current`): what the other person changed, field by field — their value
// against the editor's own, for the fields where `current` differs from what the editor loaded —
// with "take theirs" per field and "keep mine", which saves again over their version.

import { h } from '../dom.js';
import { t, formatDateTime } from '../i18n.js';
import { requestOf, theirChanges, getPath } from './model.js';
import { statusLabel } from '../labels.js';

/**
 * The panel for a conflict. `ed` is the editor (its `loaded` request, its `request`, `labels`);
 * `current` the item's view now; `onTake(path, value)` takes their value of one field;
 * `onKeepMine()` saves the editor's text over their version; `onReload()` drops the editor's.
 */
export function conflictPanel(ed, current, { onTake, onKeepMine, onReload }) {
  const theirs = requestOf(current);
  const changes = theirChanges(ed.loaded, theirs, ed.request);
  const rows = changes.map((change) => {
    const taken = JSON.stringify(getPath(ed.request, change.path) ?? null) === JSON.stringify(change.theirs ?? null);
    return h(
      'tr',
      {},
      h('th', { scope: 'row' }, ed.labels[change.path] ?? change.path),
      h('td', {}, valueBox(change.theirs)),
      h('td', {}, valueBox(change.mine)),
      h(
        'td',
        {},
        taken
          ? h('span', { class: 'badge ok' }, t('editor.conflict.same'))
          : h(
              'button',
              {
                type: 'button',
                'aria-label': t('editor.conflict.takeField', { field: ed.labels[change.path] ?? change.path }),
                onclick: () => onTake(change.path, structuredClone(change.theirs ?? null)),
              },
              t('editor.conflict.take')
            )
      )
    );
  });
  return h(
    'section',
    { class: 'conflict panel', role: 'alert', tabindex: '-1', 'aria-labelledby': 'conflict-title' },
    h('h2', { id: 'conflict-title' }, t('editor.conflict.title')),
    h(
      'p',
      {},
      t('editor.conflict.text', {
        who: current.updatedBy ?? '?',
        at: formatDateTime(current.updatedAt, ed.timeZone),
        version: current.version,
      })
    ),
    changes.length
      ? h(
          'div',
          { class: 'table-scroll' },
          h(
            'table',
            { class: 'conflict-table' },
            h('caption', { class: 'visually-hidden' }, t('editor.conflict.caption')),
            h(
              'thead',
              {},
              h(
                'tr',
                {},
                h('th', { scope: 'col' }, t('editor.conflict.field')),
                h('th', { scope: 'col' }, t('editor.conflict.theirs', { who: current.updatedBy ?? '?' })),
                h('th', { scope: 'col' }, t('editor.conflict.mine')),
                h('th', { scope: 'col' }, t('common.actions'))
              )
            ),
            h('tbody', {}, rows)
          )
        )
      : h('p', {}, t('editor.conflict.noContentChange', { status: statusLabel(current.status) })),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: onKeepMine }, t('editor.conflict.keepMine', { version: current.version })),
      h('button', { type: 'button', onclick: onReload }, t('editor.conflict.reload'))
    )
  );
}

function valueBox(value) {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && !value.length)) {
    return h('span', { class: 'muted' }, t('common.none'));
  }
  const text = Array.isArray(value)
    ? value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join(value.every((v) => typeof v !== 'object') ? ', ' : '\n')
    : typeof value === 'object'
      ? JSON.stringify(value)
      : String(value);
  return h('div', { class: 'conflict-value' }, text);
}
