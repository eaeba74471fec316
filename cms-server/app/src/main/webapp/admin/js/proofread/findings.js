// What the proofreader found (POST /proofread, a 422 of submit or publish, a workflow step), in
// words: a finding's severity and category, the field it is in, the text as written and the
// suggestion. Also where a finding is in a field's value (its line and offset → an index), which
// the editor uses to select the matched text and to put the suggestion in its place.

import { h } from '../dom.js';
import { t } from '../i18n.js';

const CATEGORY_KEYS = {
  'serious-error': 'proofread.category.serious-error',
  'official-name': 'proofread.category.official-name',
  'outdated-name': 'proofread.category.outdated-name',
  'classified-marking': 'proofread.category.classified-marking',
  'personal-data': 'proofread.category.personal-data',
  typo: 'proofread.category.typo',
};

const SEVERITY_KEYS = {
  block: 'proofread.severity.block',
  warn: 'proofread.severity.warn',
};

/**
 * Categories whose suggestion is the text to write instead. For the others (a classified marking,
 * personal data) the suggestion is advice ("remove or mask the number"): the console selects the
 * text and leaves the change to the editor.
 */
const REPLACEABLE = new Set(['serious-error', 'official-name', 'outdated-name', 'typo']);

/** Field paths the console has no words for in the editor's own labels. */
const FIELD_KEYS = {
  title: 'editor.field.title',
  summary: 'editor.field.summary',
  body: 'proofread.field.body',
  tags: 'editor.field.tags',
  source: 'editor.field.source',
  'form.file': 'proofread.field.file',
  'guide.materials': 'guide.materials',
  'guide.materials.name': 'guide.material.name',
};

export function categoryLabel(code) {
  return CATEGORY_KEYS[code] ? t(CATEGORY_KEYS[code]) : code ?? '';
}

export function severityLabel(code) {
  return SEVERITY_KEYS[code] ? t(SEVERITY_KEYS[code]) : code ?? '';
}

/** True when the finding's suggestion is replacement text the editor may take in one click. */
export function replaceable(finding) {
  return REPLACEABLE.has(finding.category) && Boolean(finding.suggestion) && finding.suggestion !== finding.text;
}

/**
 * A field path in words: the editor's label when it has one (`labels`), else the console's name
 * of the field, with the entry's number for a list entry ("标签 2", "申请材料 1 · name").
 */
export function fieldLabel(path, labels = {}) {
  if (!path) return '';
  if (labels[path]) return labels[path];
  const entry = /^(.*)\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (entry) {
    const [, list, index, member] = entry;
    const base = fieldLabel(list, labels);
    const inner = member ? labels[`${list}[${index}].${member}`] : null;
    return inner ?? `${base} ${Number(index) + 1}${member ? ` · ${fieldLabel(`${list}.${member}`, labels)}` : ''}`;
  }
  if (FIELD_KEYS[path]) return t(FIELD_KEYS[path]);
  // policy.issuer, guide.basis ...: the editor's own message for the field, when there is one.
  const own = t(path);
  return own === path ? path : own;
}

/** Counts of a list of findings by severity: {block, warn}. */
export function countOf(findings) {
  return {
    block: findings.filter((f) => f.severity === 'block').length,
    warn: findings.filter((f) => f.severity !== 'block').length,
  };
}

/** Block findings first, then by field and place, as a reader goes through the item. */
export function ordered(findings) {
  const rank = (f) => (f.severity === 'block' ? 0 : 1);
  return [...findings].sort((a, b) => rank(a) - rank(b) || String(a.field).localeCompare(String(b.field)) || a.line - b.line || a.offset - b.offset);
}

/** The index in `value` of a 1-based line and 0-based offset in it (UTF-16, as the API counts). */
export function indexAt(value, line, offset) {
  let index = 0;
  for (let n = 1; n < line; n++) {
    const next = value.indexOf('\n', index);
    if (next < 0) return -1;
    index = next + 1;
  }
  return index + offset;
}

/**
 * Where a finding's text is in a field's current value: {start, end}. First at its line and
 * offset; when the value changed since (or the field is one entry of a list shown in one input),
 * the occurrence of the text nearest to that place; null when the text is no longer there.
 */
export function spanOf(value, finding, exactField = true) {
  const text = finding.text ?? '';
  if (!text) return null;
  const at = exactField ? indexAt(value, finding.line ?? 1, finding.offset ?? 0) : -1;
  if (at >= 0 && value.startsWith(text, at)) return { start: at, end: at + text.length };
  let best = -1;
  for (let i = value.indexOf(text); i >= 0; i = value.indexOf(text, i + 1)) {
    if (best < 0 || Math.abs(i - at) < Math.abs(best - at)) best = i;
  }
  return best < 0 ? null : { start: best, end: best + text.length };
}

/**
 * One finding in words, as a list entry's content: severity and category, the field (and line),
 * the text as written and the suggestion. Every string goes into a text node.
 */
export function findingParts(finding, labels = {}) {
  const where = finding.line > 1 ? t('proofread.fieldLine', { field: fieldLabel(finding.field, labels), line: finding.line }) : fieldLabel(finding.field, labels);
  const replacement = replaceable(finding);
  return [
    h('span', { class: `badge finding-severity ${finding.severity === 'block' ? 'danger' : 'warn'}` }, severityLabel(finding.severity)),
    ' ',
    h('span', { class: 'finding-category' }, categoryLabel(finding.category)),
    ' · ',
    h('span', { class: 'finding-field' }, where),
    h(
      'span',
      { class: 'finding-words' },
      h('span', { class: 'visually-hidden' }, t('proofread.written')),
      h('mark', { class: 'finding-text' }, finding.text ?? ''),
      replacement
        ? [' ', h('span', { class: 'finding-arrow', 'aria-hidden': 'true' }, '→'), ' ', h('span', { class: 'visually-hidden' }, t('proofread.suggested')), h('span', { class: 'finding-suggestion' }, finding.suggestion)]
        : null
    ),
    !replacement && finding.suggestion ? h('span', { class: 'finding-advice' }, t('proofread.advice', { advice: finding.suggestion })) : null,
  ];
}

/** A read-only list of findings (a refusal, a workflow step, the review screen). */
export function findingList(findings, { labels = {}, className = 'finding-list' } = {}) {
  return h(
    'ul',
    { class: className },
    ordered(findings).map((finding) => h('li', { class: `finding finding-${finding.severity}`, 'data-category': finding.category }, findingParts(finding, labels)))
  );
}

/** "须改正 2 处，提醒 1 处" for a list of findings. */
export function countText(findings) {
  const { block, warn } = countOf(findings);
  return t('proofread.counts', { block, warn });
}
