// Choosing other items (the policies an interpretation explains, the forms a guide offers): the
// chosen ones as removable chips, and a search over GET /items with an "add" button per result.

import { api } from '../api.js';
import { h, replace, uid, announce } from '../dom.js';
import { t } from '../i18n.js';
import { statusLabel, typeLabel } from '../labels.js';

/**
 * `name` is the API field path of the id list (errors land on the search box, which carries it);
 * `refs` the known titles of the chosen ids ({id, title}); `onChange(ids)` after each change.
 */
export function itemPicker({ name, label, site, type, ids, refs = [], onChange }) {
  const titles = new Map(refs.map((ref) => [ref.id, ref.title]));
  let chosen = [...(ids ?? [])];
  const id = uid('picker');
  const chips = h('ul', { class: 'chips', 'aria-label': t('editor.picker.chosen', { label }) });
  const results = h('ul', { class: 'picker-results', id: `${id}-results` });
  const count = h('p', { class: 'hint', role: 'status' });
  const query = h('input', {
    type: 'search',
    id: `${id}-q`,
    name,
    maxlength: 100,
    'aria-describedby': `${id}-q-hint ${id}-q-error`,
    autocomplete: 'off',
    onkeydown: (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        search();
      }
    },
  });

  function titleOf(itemId) {
    const title = titles.get(itemId);
    return title ? `${title} (#${itemId})` : t('editor.picker.unavailable', { id: itemId });
  }

  function drawChips() {
    replace(
      chips,
      chosen.length
        ? chosen.map((itemId) =>
            h(
              'li',
              { class: 'chip' },
              h('span', {}, titleOf(itemId)),
              h(
                'button',
                {
                  type: 'button',
                  class: 'chip-remove',
                  'aria-label': t('editor.picker.remove', { title: titleOf(itemId) }),
                  onclick: () => {
                    chosen = chosen.filter((x) => x !== itemId);
                    onChange([...chosen]);
                    drawChips();
                    drawResults(lastResults);
                    announce(t('editor.picker.removed', { title: titleOf(itemId) }));
                    query.focus();
                  },
                },
                '×'
              )
            )
          )
        : h('li', { class: 'chip-none' }, t('editor.picker.none'))
    );
  }

  let lastResults = [];
  function drawResults(items) {
    lastResults = items;
    replace(
      results,
      items.map((item) =>
        h(
          'li',
          {},
          h('span', { class: 'picker-title' }, item.title, ' ', h('span', { class: 'muted' }, `#${item.id} · ${statusLabel(item.status)}`)),
          chosen.includes(item.id)
            ? h('span', { class: 'badge ok' }, t('editor.picker.added'))
            : h(
                'button',
                {
                  type: 'button',
                  'aria-label': t('editor.picker.add', { title: item.title }),
                  onclick: () => {
                    titles.set(item.id, item.title);
                    chosen = [...chosen, item.id];
                    onChange([...chosen]);
                    drawChips();
                    drawResults(lastResults);
                    announce(t('editor.picker.addedOne', { title: item.title }));
                    query.focus();
                  },
                },
                t('editor.picker.addShort')
              )
        )
      )
    );
  }

  let sequence = 0;
  async function search() {
    const mine = ++sequence;
    count.textContent = t('common.loading');
    try {
      const page = await api.get('items', { site, type, q: query.value.trim(), size: 20, sort: 'updatedAt,desc' });
      if (mine !== sequence) return;
      const items = page?.items ?? [];
      drawResults(items);
      count.textContent = items.length ? t('editor.picker.found', { n: page.total ?? items.length }) : t('editor.picker.nothing');
    } catch (error) {
      if (mine !== sequence) return;
      drawResults([]);
      count.textContent = error.message;
    }
  }

  drawChips();
  return h(
    'div',
    { class: 'field picker', 'data-field': name },
    h('span', { class: 'picker-label', id: `${id}-label` }, label),
    chips,
    h(
      'div',
      { class: 'picker-search' },
      h('label', { for: `${id}-q` }, t('editor.picker.search', { type: typeLabel(type) })),
      h('div', { class: 'inline' }, query, h('button', { type: 'button', onclick: search }, t('common.search')))
    ),
    h('p', { class: 'hint', id: `${id}-q-hint` }, t('editor.picker.hint')),
    h('p', { class: 'field-error', id: `${id}-q-error`, hidden: true }),
    count,
    results
  );
}
