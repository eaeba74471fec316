// Small pieces the work, list and file screens share: hash links with a query, server texts per
// language, the site a screen works on, the column tree flattened, an empty-list line.

import { h } from '../dom.js';
import { t, currentLanguage } from '../i18n.js';

/** A hash route with query parameters; empty values are left out so links stay short. */
export function hashOf(path, query = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, value);
  }
  const text = params.toString();
  return `#${path}${text ? `?${text}` : ''}`;
}

/** A server text that may be a string or {zh, en} / {zh-CN, en}. */
export function localText(text) {
  if (!text) return '';
  if (typeof text === 'string') return text;
  const lang = currentLanguage();
  return text[lang] ?? (lang === 'en' ? text.en : text.zh) ?? text.zh ?? text['zh-CN'] ?? Object.values(text)[0] ?? '';
}

/** The site a screen works on: the address's, else the one chosen in the top bar. */
export function siteOf(ctx) {
  return ctx.query.site || ctx.state.site || null;
}

/** Flattens a column tree to [{column, depth}] in display order. */
export function flattenColumns(tree, depth = 0, out = []) {
  for (const column of tree || []) {
    out.push({ column, depth });
    flattenColumns(column.children, depth + 1, out);
  }
  return out;
}

/** A paragraph that says there is nothing to show. */
export function empty(text = t('common.none')) {
  return h('p', { class: 'empty' }, text);
}
