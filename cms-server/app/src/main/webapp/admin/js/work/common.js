// Small pieces the work, list and file screens share: hash links with a query, status badges
// (text, never colour alone), byte sizes, item links and a site guard.

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

const STATUS_TONE = {
  draft: 'neutral',
  in_review: 'warn',
  scheduled: 'info',
  published: 'ok',
  withdrawn: 'danger',
};

/** An item's status as a badge whose text says it (the colour only repeats it). */
export function statusBadge(status) {
  if (!status) return null;
  return h('span', { class: `badge status-${STATUS_TONE[status] ?? 'neutral'}` }, t(`status.${status}`));
}

/** A content type's name. */
export function typeName(type) {
  return type ? t(`type.${type}`) : '';
}

/** A size in bytes as people read it (KB, MB with one decimal). */
export function formatBytes(bytes) {
  if (bytes === null || bytes === undefined) return '';
  if (bytes < 1024) return t('files.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('files.kib', { n: (bytes / 1024).toFixed(1) });
  return t('files.mib', { n: (bytes / (1024 * 1024)).toFixed(1) });
}

/** A column's or site's name in the console's language from a names map (or a plain string). */
export function localName(names, fallback = '') {
  if (!names) return fallback;
  if (typeof names === 'string') return names;
  return names[currentLanguage()] ?? names['zh-CN'] ?? Object.values(names)[0] ?? fallback;
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
