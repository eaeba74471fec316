// The words every screen uses for the same things: an item's status and type, a file size, a
// name given per language. One place, so a status reads the same in the list, the editor and the
// review. Keys are written out (not built from the code) so the bundle test sees each one.

import { h } from './dom.js';
import { t, currentLanguage } from './i18n.js';

const STATUS_KEYS = {
  draft: 'status.draft',
  in_review: 'status.in_review',
  scheduled: 'status.scheduled',
  published: 'status.published',
  withdrawn: 'status.withdrawn',
};

const TYPE_KEYS = {
  news: 'type.news',
  policy: 'type.policy',
  interpretation: 'type.interpretation',
  guide: 'type.guide',
  form: 'type.form',
  page: 'type.page',
};

const STATUS_TONE = {
  draft: 'neutral',
  in_review: 'warn',
  scheduled: 'info',
  published: 'ok',
  withdrawn: 'danger',
};

/** An item status in words; an unknown code as it is. */
export function statusLabel(status) {
  return STATUS_KEYS[status] ? t(STATUS_KEYS[status]) : status ?? '';
}

/** A content type in words; an unknown code as it is. */
export function typeLabel(type) {
  return TYPE_KEYS[type] ? t(TYPE_KEYS[type]) : type ?? '';
}

/** An item's status as a badge whose text says it (the colour only repeats it). */
export function statusBadge(status) {
  if (!status) return null;
  return h('span', { class: `badge status-${STATUS_TONE[status] ?? 'neutral'}` }, statusLabel(status));
}

/** A size in bytes as people read it (KB, MB with one decimal). */
export function formatBytes(bytes) {
  if (bytes === null || bytes === undefined) return '';
  if (bytes < 1024) return t('size.bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('size.kib', { n: (bytes / 1024).toFixed(1) });
  return t('size.mib', { n: (bytes / (1024 * 1024)).toFixed(1) });
}

/** A column's or site's name in the console's language from a names map (or a plain string). */
export function localName(names, fallback = '') {
  if (!names) return fallback;
  if (typeof names === 'string') return names;
  return names[currentLanguage()] ?? names['zh-CN'] ?? Object.values(names)[0] ?? fallback;
}
