// Differences for reviewers: a line-level diff (longest common subsequence) for long texts such as
// the body, and the field-by-field changes the API answers ({field, before, after}) as a table.
// Every change carries a text label (新增/删除), not colour only, and all text goes through h(), so
// whatever an editor typed is shown as text.

import { h } from '../dom.js';
import { t } from '../i18n.js';

/** Above this many cells the LCS table is not built; the changed middle shows as removed + added. */
const MAX_CELLS = 4_000_000;

/**
 * The line diff of two texts: [{op: 'same'|'del'|'ins', text}] in reading order, deletions before
 * insertions where lines were replaced.
 */
export function lineDiff(before, after) {
  const a = splitLines(before);
  const b = splitLines(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const result = a.slice(0, start).map((text) => ({ op: 'same', text }));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  if (midA.length * midB.length > MAX_CELLS) {
    for (const text of midA) result.push({ op: 'del', text });
    for (const text of midB) result.push({ op: 'ins', text });
  } else {
    result.push(...lcsDiff(midA, midB));
  }
  for (const text of a.slice(endA)) result.push({ op: 'same', text });
  return result;
}

function splitLines(text) {
  if (text === null || text === undefined || text === '') return [];
  return String(text).replace(/\r\n?/g, '\n').split('\n');
}

function lcsDiff(a, b) {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: LCS length of a[i..] and b[j..], in one flat typed array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      lengths[i * width + j] =
        a[i] === b[j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }
  const out = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ op: 'same', text: a[i] });
      i += 1;
      j += 1;
    } else if (lengths[(i + 1) * width + j] >= lengths[i * width + j + 1]) {
      out.push({ op: 'del', text: a[i] });
      i += 1;
    } else {
      out.push({ op: 'ins', text: b[j] });
      j += 1;
    }
  }
  while (i < n) out.push({ op: 'del', text: a[i++] });
  while (j < m) out.push({ op: 'ins', text: b[j++] });
  return out;
}

/** Unchanged lines kept around each change; longer unchanged runs fold into one "… n lines" row. */
const CONTEXT = 2;

/** The line diff of two texts as a block of rows, unchanged runs folded. */
export function renderLineDiff(before, after) {
  const lines = lineDiff(before, after);
  const rows = [];
  let run = [];
  const flush = (last) => {
    if (!run.length) return;
    const first = rows.length === 0;
    const keepHead = first ? 0 : CONTEXT;
    const keepTail = last ? 0 : CONTEXT;
    if (run.length > keepHead + keepTail + 1) {
      rows.push(...run.slice(0, keepHead).map(sameRow));
      rows.push(h('div', { class: 'diff-line diff-fold' }, t('review.diff.unchangedLines', { n: run.length - keepHead - keepTail })));
      rows.push(...run.slice(run.length - keepTail).map(sameRow));
    } else {
      rows.push(...run.map(sameRow));
    }
    run = [];
  };
  for (const line of lines) {
    if (line.op === 'same') {
      run.push(line.text);
      continue;
    }
    flush(false);
    rows.push(changedRow(line));
  }
  flush(true);
  return h('div', { class: 'diff-lines' }, rows);
}

function sameRow(text) {
  return h('div', { class: 'diff-line diff-same' }, h('span', { class: 'diff-mark', 'aria-hidden': 'true' }, ' '), text || '\u00a0');
}

function changedRow({ op, text }) {
  const inserted = op === 'ins';
  return h(
    inserted ? 'ins' : 'del',
    { class: `diff-line ${inserted ? 'diff-ins' : 'diff-del'}` },
    h('span', { class: 'diff-mark', 'aria-hidden': 'true' }, inserted ? '+' : '−'),
    h('span', { class: 'visually-hidden' }, inserted ? t('review.diff.addedLine') : t('review.diff.removedLine')),
    text || '\u00a0'
  );
}

/** Fields whose text is long enough to be compared line by line. */
function isLongText(value) {
  return typeof value === 'string' && (value.includes('\n') || value.length > 160);
}

/** A field path of the API (`title`, `policy.docNo`, `guide.materials[0].name`) in words. */
export function fieldLabel(path) {
  const top = path.split(/[.[]/)[0];
  const labels = {
    title: t('review.diff.field.title'),
    summary: t('review.diff.field.summary'),
    body: t('review.diff.field.body'),
    source: t('review.diff.field.source'),
    tags: t('review.diff.field.tags'),
    slug: t('review.diff.field.slug'),
    translationKey: t('review.diff.field.translationKey'),
    column: t('review.diff.field.column'),
    policy: t('review.diff.field.policy'),
    interpretation: t('review.diff.field.interpretation'),
    guide: t('review.diff.field.guide'),
    form: t('review.diff.field.form'),
  };
  const label = labels[top];
  if (!label) return path;
  return path === top ? label : `${label} · ${path.slice(top.length).replace(/^\./, '')}`;
}

function valueText(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  return String(value);
}

function valueCell(value, kind) {
  const text = valueText(value);
  if (text === null) return h('span', { class: 'diff-absent' }, t('review.diff.absent'));
  const label = kind === 'ins' ? t('review.diff.after') : t('review.diff.before');
  return h(kind, { class: `diff-value diff-${kind}` }, h('span', { class: 'visually-hidden' }, `${label}: `), text);
}

/**
 * The changes of an answer as a table: field, before, after; long texts as one line diff spanning
 * both columns. `caption` names the comparison for screen readers and the eye.
 */
export function renderChanges(changes, { caption, emptyText } = {}) {
  if (!changes || !changes.length) {
    return h('p', { class: 'diff-empty' }, emptyText || t('review.diff.none'));
  }
  const rows = changes.map((change) => {
    const long = isLongText(change.before) || isLongText(change.after);
    const field = h('th', { scope: 'row' }, fieldLabel(change.field));
    if (long) {
      return h('tr', { 'data-field': change.field }, field, h('td', { colspan: '2' }, renderLineDiff(change.before, change.after)));
    }
    return h(
      'tr',
      { 'data-field': change.field },
      field,
      h('td', {}, valueCell(change.before, 'del')),
      h('td', {}, valueCell(change.after, 'ins'))
    );
  });
  return h(
    'div',
    { class: 'table-scroll diff' },
    h(
      'table',
      { class: 'diff-table' },
      caption ? h('caption', {}, caption) : null,
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('review.diff.field')), h('th', { scope: 'col' }, t('review.diff.before')), h('th', { scope: 'col' }, t('review.diff.after')))),
      h('tbody', {}, rows)
    )
  );
}
