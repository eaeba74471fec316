// The site's column tree and its item lists: filters (column, type, status, language, text), sort
// and paging, all in the address so a list can be linked and back/forward work; bulk submit,
// publish and withdraw on a selection, with a result per item (done, refused, conflict, not found).

import { api } from '../api.js';
import { h, replace, announce, uid } from '../dom.js';
import { t, formatDateTime } from '../i18n.js';
import { hasRole, siteName } from '../app.js';
import { field, setFieldError } from '../forms.js';
import { hashOf, siteOf, flattenColumns, empty } from '../work/common.js';
import { findingList } from '../proofread/findings.js';
import { statusBadge, typeLabel, localName } from '../labels.js';

const TYPES = ['news', 'policy', 'interpretation', 'guide', 'form', 'page'];
const STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'withdrawn'];
const SORTS = ['updatedAt,desc', 'updatedAt,asc', 'createdAt,desc', 'createdAt,asc', 'published,desc', 'published,asc', 'title,asc', 'title,desc'];
const SIZES = ['20', '50', '100'];
const FILTERS = ['column', 'type', 'status', 'language', 'q', 'sort', 'page', 'size'];
const DEBOUNCE_MS = 350;

export default async function render(ctx) {
  const site = siteOf(ctx);
  ctx.setTitle(t('items.title'));
  if (!site) return h('section', {}, h('h1', {}, t('items.title')), empty(t('work.noSite')));

  const query = readQuery(ctx.query, site);
  // The list first: a site the caller may not read is refused here, before anything shows.
  const [page, tree] = await Promise.all([
    api.get('items', apiQuery(query)),
    api.get(`sites/${encodeURIComponent(site)}/columns`).catch(() => []),
  ]);
  const columns = Array.isArray(tree) ? tree : tree?.items ?? [];
  const languages = (ctx.state.cluster?.languages || []).map((l) => (typeof l === 'string' ? l : l.tag ?? l.code));
  const timeZone = ctx.state.cluster?.timeZone;
  const editor = hasRole(site, 'EDITOR');
  const reviewer = hasRole(site, 'REVIEWER');

  const view = new ItemList({ ctx, site, query, columns, languages, timeZone, editor, reviewer });
  return view.build(page);
}

function readQuery(raw, site) {
  const query = { site };
  for (const key of FILTERS) if (raw[key]) query[key] = raw[key];
  if (!SORTS.includes(query.sort)) delete query.sort;
  if (!SIZES.includes(query.size)) delete query.size;
  const page = Number.parseInt(query.page, 10);
  if (!(page > 1)) delete query.page;
  else query.page = String(page);
  return query;
}

function apiQuery(query) {
  return {
    site: query.site,
    column: query.column,
    type: query.type,
    status: query.status,
    language: query.language,
    q: query.q,
    sort: query.sort || 'updatedAt,desc',
    page: query.page || 1,
    size: query.size || 20,
  };
}

class ItemList {
  constructor(options) {
    Object.assign(this, options);
    this.selection = new Map(); // id → {version, title}
    this.rows = [];
    this.debounce = null;
    this.lastWasText = false;
  }

  build(page) {
    this.tableArea = h('div', { class: 'items-table' });
    this.pager = h('nav', { class: 'pager', 'aria-label': t('items.paging') });
    this.results = h('div', { class: 'bulk-results' });
    this.treeNav = this.columnTree();
    const layout = h(
      'div',
      { class: 'items-layout' },
      h('aside', { class: 'items-columns' }, this.treeNav),
      h(
        'section',
        { class: 'items-main', 'aria-labelledby': 'items-heading' },
        this.filterForm(),
        this.bulkBar(),
        this.results,
        this.tableArea,
        this.pager
      )
    );
    this.show(page);
    return h(
      'div',
      { class: 'items-page' },
      h('h1', { id: 'items-heading' }, t('items.heading', { site: siteName(this.site) })),
      layout
    );
  }

  // ---- navigation and loading ----

  /** Changes filters: the address follows (a new history entry), the list reloads in place. */
  go(changes, { text = false } = {}) {
    const next = { ...this.query, ...changes };
    if (!('page' in changes)) delete next.page;
    for (const key of Object.keys(next)) if (next[key] === '' || next[key] === null || next[key] === undefined) delete next[key];
    if (next.page === '1' || next.page === 1) delete next.page;
    this.query = next;
    const hash = hashOf('/items', next);
    // Typing one text makes one history entry, not one per pause.
    if (text && this.lastWasText) history.replaceState(null, '', hash);
    else history.pushState(null, '', hash);
    this.lastWasText = text;
    this.selection.clear();
    this.markCurrentColumn();
    return this.reload();
  }

  async reload(keep = null) {
    this.tableArea.setAttribute('aria-busy', 'true');
    try {
      const page = await api.get('items', apiQuery(this.query));
      if (keep) this.selection = keep;
      this.show(page);
      return page;
    } catch (error) {
      replace(this.tableArea, h('p', { class: 'error-summary', role: 'alert' }, error.message || String(error)));
      return null;
    } finally {
      this.tableArea.removeAttribute('aria-busy');
    }
  }

  show(page) {
    this.rows = page.items || [];
    this.total = page.total ?? this.rows.length;
    this.pageNumber = page.page ?? 1;
    this.pageSize = page.size ?? 20;
    // Selected items of this page take the version the list now shows.
    for (const row of this.rows) {
      if (this.selection.has(row.id)) this.selection.set(row.id, { version: row.version, title: row.title });
    }
    for (const id of [...this.selection.keys()]) if (!this.rows.some((r) => r.id === id)) this.selection.delete(id);
    replace(this.tableArea, this.table());
    replace(this.pager, this.paging());
    this.updateBulkBar();
  }

  // ---- the column tree ----

  columnTree() {
    const all = h('a', { href: hashOf('/items', { ...this.query, column: null, page: null }), 'data-column': '' }, t('items.allColumns'));
    all.addEventListener('click', (event) => this.follow(event, ''));
    const nav = h(
      'nav',
      { class: 'column-tree', 'aria-label': t('items.columns') },
      h('details', { open: true }, h('summary', {}, t('items.columns')), h('ul', { class: 'tree' }, h('li', {}, all), this.columns.map((c) => this.treeNode(c))))
    );
    this.treeRoot = nav;
    this.markCurrentColumn(nav);
    return nav;
  }

  treeNode(column) {
    const link = h('a', { href: hashOf('/items', { ...this.query, column: column.id, page: null }), 'data-column': String(column.id) }, localName(column.names, column.code));
    link.addEventListener('click', (event) => this.follow(event, String(column.id)));
    return h('li', {}, link, column.children?.length ? h('ul', {}, column.children.map((c) => this.treeNode(c))) : null);
  }

  follow(event, column) {
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.button === 1) return;
    event.preventDefault();
    this.go({ column });
  }

  markCurrentColumn(root = this.treeRoot) {
    if (!root) return;
    for (const link of root.querySelectorAll('a[data-column]')) {
      const current = link.dataset.column === (this.query.column || '');
      if (current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
      link.href = hashOf('/items', { ...this.query, column: link.dataset.column || null, page: null });
    }
    if (this.columnSelect) this.columnSelect.value = this.query.column || '';
  }

  // ---- filters ----

  filterForm() {
    const q = h('input', { type: 'search', name: 'q', value: this.query.q || '', maxlength: '100', autocomplete: 'off' });
    q.addEventListener('input', () => {
      clearTimeout(this.debounce);
      this.debounce = setTimeout(() => this.go({ q: q.value.trim() }, { text: true }), DEBOUNCE_MS);
    });
    const choose = (name, options, value) => {
      const control = h(
        'select',
        { name },
        options.map(([optionValue, label]) => h('option', { value: optionValue, selected: String(optionValue) === String(value ?? '') }, label))
      );
      control.addEventListener('change', () => this.go({ [name]: control.value }));
      return control;
    };
    this.columnSelect = choose(
      'column',
      [['', t('items.allColumns')], ...flattenColumns(this.columns).map(({ column, depth }) => [String(column.id), `${'— '.repeat(depth)}${localName(column.names, column.code)}`])],
      this.query.column
    );
    const form = h(
      'form',
      {
        class: 'filters',
        role: 'search',
        'aria-label': t('items.filters'),
        onsubmit: (event) => {
          event.preventDefault();
          clearTimeout(this.debounce);
          this.go({ q: q.value.trim() });
        },
      },
      field(t('items.q'), q, { hint: t('items.qHint') }),
      field(t('items.column'), this.columnSelect),
      field(t('items.type'), choose('type', [['', t('items.anyType')], ...TYPES.map((x) => [x, typeLabel(x)])], this.query.type)),
      field(t('items.status'), choose('status', [['', t('items.anyStatus')], ...STATUSES.map((x) => [x, t(`status.${x}`)])], this.query.status)),
      field(t('items.language'), choose('language', [['', t('items.anyLanguage')], ...this.languages.map((x) => [x, x])], this.query.language)),
      field(t('items.sort'), choose('sort', SORTS.map((x) => [x, t(`items.sort.${x.replace(',', '.')}`)]), this.query.sort || 'updatedAt,desc')),
      field(t('items.size'), choose('size', SIZES.map((x) => [x, x]), this.query.size || '20')),
      h('div', { class: 'filter-actions' }, h('button', { type: 'submit' }, t('common.search')))
    );
    return form;
  }

  // ---- the table ----

  table() {
    if (!this.rows.length) return h('p', { class: 'empty', role: 'status' }, t('items.none'));
    const selectAll = h('input', { type: 'checkbox', id: 'select-all', 'aria-label': t('items.selectAll') });
    selectAll.addEventListener('change', () => {
      for (const row of this.rows) {
        if (selectAll.checked) this.selection.set(row.id, { version: row.version, title: row.title });
        else this.selection.delete(row.id);
      }
      for (const box of this.tableArea.querySelectorAll('input[data-item]')) box.checked = selectAll.checked;
      this.updateBulkBar();
    });
    this.selectAll = selectAll;
    return h(
      'div',
      { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'items-caption' },
      h(
        'table',
        { class: 'item-table' },
        h('caption', { id: 'items-caption' }, t('items.caption', { n: this.total })),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col', class: 'select' }, selectAll),
            ['items.colTitle', 'items.colType', 'items.colLanguage', 'items.colStatus', 'items.colUpdated', 'items.colLive'].map((key) => h('th', { scope: 'col' }, t(key)))
          )
        ),
        h('tbody', {}, this.rows.map((item) => this.row(item)))
      )
    );
  }

  row(item) {
    const box = h('input', {
      type: 'checkbox',
      'data-item': String(item.id),
      checked: this.selection.has(item.id),
      'aria-label': t('items.select', { title: item.title || t('work.untitled') }),
    });
    box.addEventListener('change', () => {
      if (box.checked) this.selection.set(item.id, { version: item.version, title: item.title });
      else this.selection.delete(item.id);
      this.updateBulkBar();
    });
    return h(
      'tr',
      { 'data-id': String(item.id) },
      h('td', { class: 'select' }, box),
      h('td', {}, h('a', { href: `#/items/${item.id}`, class: 'item-title' }, item.title || t('work.untitled'))),
      h('td', {}, typeLabel(item.type)),
      h('td', {}, item.language ?? ''),
      h('td', {}, statusBadge(item.status)),
      h('td', {}, formatDateTime(item.updatedAt, this.timeZone), item.updatedBy ? h('span', { class: 'by' }, ` ${item.updatedBy}`) : null),
      h(
        'td',
        {},
        item.live
          ? item.liveUrl
            ? h('a', { href: item.liveUrl, class: 'badge status-ok', target: '_blank', rel: 'noopener' }, t('items.live'))
            : h('span', { class: 'badge status-ok' }, t('items.live'))
          : h('span', { class: 'muted' }, t('items.notLive'))
      )
    );
  }

  paging() {
    const pages = Math.max(1, Math.ceil(this.total / this.pageSize));
    const previous = h('button', { type: 'button', disabled: this.pageNumber <= 1 }, t('common.previous'));
    const next = h('button', { type: 'button', disabled: this.pageNumber >= pages }, t('common.next'));
    previous.addEventListener('click', () => this.go({ page: String(this.pageNumber - 1) }));
    next.addEventListener('click', () => this.go({ page: String(this.pageNumber + 1) }));
    return [
      previous,
      h('span', { class: 'page-info' }, t('common.page', { page: this.pageNumber, pages }), ' · ', t('common.total', { n: this.total })),
      next,
    ];
  }

  // ---- bulk actions ----

  bulkBar() {
    const actions = [];
    if (this.editor) actions.push('submit');
    if (this.reviewer) actions.push('publish', 'withdraw');
    this.bulkButtons = actions.map((action) => {
      const button = h('button', { type: 'button', class: action === 'publish' ? 'primary' : null, 'data-action': action }, t(`bulk.${action}`));
      button.addEventListener('click', () => this.runBulk(action, button));
      return button;
    });
    this.selectedCount = h('span', { class: 'selected-count' });
    if (!actions.length) {
      this.bulkForm = null;
      return null;
    }
    const comment = h('input', { type: 'text', name: 'comment', maxlength: '500' });
    this.comment = comment;
    this.bulkForm = h(
      'form',
      { class: 'bulk-bar', 'aria-label': t('bulk.label'), onsubmit: (event) => event.preventDefault() },
      h('h2', { class: 'inline-heading' }, t('bulk.label')),
      this.selectedCount,
      this.reviewer ? field(t('bulk.comment'), comment, { hint: t('bulk.commentHint') }) : null,
      h('div', { class: 'actions' }, this.bulkButtons)
    );
    return this.bulkForm;
  }

  updateBulkBar() {
    const n = this.selection.size;
    if (this.selectedCount) this.selectedCount.textContent = t('bulk.selected', { n });
    for (const button of this.bulkButtons || []) button.disabled = n === 0;
    if (this.selectAll) {
      const onPage = this.rows.filter((r) => this.selection.has(r.id)).length;
      this.selectAll.checked = onPage > 0 && onPage === this.rows.length;
      this.selectAll.indeterminate = onPage > 0 && onPage < this.rows.length;
    }
  }

  async runBulk(action, button) {
    if (!this.selection.size) return;
    const comment = this.comment?.value.trim() || '';
    if (this.bulkForm) setFieldError(this.bulkForm, 'comment', null);
    if (action === 'withdraw' && !comment) {
      setFieldError(this.bulkForm, 'comment', t('bulk.commentRequired'));
      this.comment.focus();
      return;
    }
    const selected = new Map(this.selection);
    const body = { action, items: [...selected].map(([id, { version }]) => ({ id, version })) };
    if (comment && action !== 'submit') body.comment = comment;
    for (const b of this.bulkButtons) b.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      const answer = await api.post('items/bulk', body);
      const results = answer.results || [];
      const failed = new Map();
      for (const result of results) {
        if (result.outcome !== 'done' && result.outcome !== 'not-found') {
          const known = selected.get(result.id) || {};
          failed.set(result.id, { version: result.item?.version ?? known.version, title: result.item?.title ?? known.title });
        }
      }
      this.showResults(action, results, selected, answer);
      if (this.comment && !failed.size) this.comment.value = '';
      await this.reload(failed);
    } catch (error) {
      replace(
        this.results,
        h(
          'div',
          { class: 'error-summary', role: 'alert' },
          h('p', {}, t('bulk.failed', { message: error.message || String(error) })),
          error.errors?.length ? h('ul', {}, error.errors.map((e) => h('li', {}, `${e.field}: ${e.reason}`))) : null
        )
      );
      this.updateBulkBar();
    } finally {
      button.removeAttribute('aria-busy');
    }
  }

  showResults(action, results, selected, answer) {
    const done = answer.done ?? results.filter((r) => r.outcome === 'done').length;
    const failed = answer.failed ?? results.length - done;
    const summary = t('bulk.summary', { action: t(`bulk.${action}`), done, failed });
    const headingId = uid('bulk');
    const close = h('button', { type: 'button', class: 'link-button' }, t('common.close'));
    close.addEventListener('click', () => replace(this.results));
    replace(
      this.results,
      h(
        'section',
        { class: `panel bulk-result ${failed ? 'has-failures' : ''}`, 'aria-labelledby': headingId, tabindex: '-1' },
        h('h2', { id: headingId }, t('bulk.results')),
        h('p', { class: 'bulk-summary' }, summary),
        h(
          'ul',
          {},
          results.map((result) => {
            const title = result.item?.title ?? selected.get(result.id)?.title ?? `#${result.id}`;
            return h(
              'li',
              { class: `outcome-${result.outcome}`, 'data-id': String(result.id), 'data-outcome': result.outcome },
              h('span', { class: `badge ${OUTCOME_TONE[result.outcome] ?? 'status-neutral'}` }, t(`bulk.outcome.${result.outcome}`)),
              ' ',
              result.outcome === 'not-found' ? title : h('a', { href: `#/items/${result.id}` }, title),
              h('span', { class: 'outcome-text' }, ' — ', outcomeText(result)),
              result.findings?.length
                ? [h('p', { class: 'outcome-findings' }, t('proofread.bulk.refused')), findingList(result.findings)]
                : result.outcome !== 'conflict' && result.errors?.length
                  ? h('ul', {}, result.errors.map((e) => h('li', {}, `${e.field}: ${e.reason}`)))
                  : null
            );
          })
        ),
        close
      )
    );
    announce(summary);
  }
}

const OUTCOME_TONE = { done: 'status-ok', refused: 'status-danger', conflict: 'status-warn', 'not-found': 'status-neutral' };

function outcomeText(result) {
  switch (result.outcome) {
    case 'done':
      return result.item?.status ? t('bulk.doneNow', { status: t(`status.${result.item.status}`) }) : t('bulk.outcome.done');
    case 'conflict':
      return t('bulk.conflictText');
    case 'not-found':
      return t('bulk.notFoundText');
    default:
      return result.message || t('bulk.refusedText');
  }
}
