// The editor's proofreading panel: the item's texts go to POST /proofread when the editor opens an
// item, after each save, on the "校对" button and after a pause in typing (one request per pause,
// none when the texts did not change), and the findings come back as a list. A finding moves the
// focus to its field with the matched text selected; a replaceable one puts its suggestion in
// place of exactly that text in one click. Each field with findings says so beside it too.

import { api } from '../api.js';
import { h, replace, announce } from '../dom.js';
import { t } from '../i18n.js';
import { busy } from '../forms.js';
import { cleaned, parentPath } from '../editor/model.js';
import { findingParts, ordered, replaceable, spanOf, countOf, countText, fieldLabel } from './findings.js';

/** Long enough not to ask the server at every keystroke, short enough to feel alive. */
const PAUSE_MS = 2500;

/** The most texts POST /proofread takes in one request. */
const MAX_FIELDS = 200;

/** Request members that are codes, dates or references, not text a reader reads. */
const NOT_TEXT = new Set(['column', 'slug', 'translationKey', 'policy.indexNo', 'policy.docNo', 'policy.writtenOn', 'policy.validUntil', 'policy.validity', 'interpretation', 'guide.forms', 'guide.onlineUrl', 'guide.timeLimit', 'form']);

/** The texts of the item as the API names its fields: [{field, text}] (blank ones left out). */
export function textsOf(ed) {
  const fields = [];
  const collect = (value, path) => {
    if (NOT_TEXT.has(path)) return;
    if (typeof value === 'string') {
      if (value.trim()) fields.push({ field: path, text: value });
    } else if (Array.isArray(value)) {
      value.forEach((entry, i) => collect(entry, `${path}[${i}]`));
    } else if (value && typeof value === 'object') {
      for (const [key, member] of Object.entries(value)) collect(member, path ? `${path}.${key}` : key);
    }
  };
  collect(cleaned(ed.request), '');
  if (ed.file?.fileName) fields.push({ field: 'form.file', text: ed.file.fileName });
  return fields.slice(0, MAX_FIELDS);
}

/**
 * The panel of an editor `ed` (see pages/editor.js). `element` goes on the page; `attach(form)`
 * after each redraw of the form; `changed()` on each edit; `run()` proofreads now; `show(findings)`
 * puts the server's findings of a refused submit on the panel.
 */
export function proofreadPanel(ed) {
  let findings = [];
  let sentKey = null;
  let sequence = 0;
  let timer = null;
  let form = null;

  const status = h('p', { class: 'proofread-status', id: 'proofread-status', role: 'status' });
  const list = h('ol', { class: 'proofread-findings', id: 'proofread-findings', 'aria-labelledby': 'proofread-heading' });
  const runButton = h('button', { type: 'button', id: 'proofread-run', onclick: () => busy(runButton, () => run({ force: true })) }, t('proofread.run'));
  const element = h(
    'section',
    { class: 'proofread panel', id: 'proofread', 'aria-labelledby': 'proofread-heading' },
    h('div', { class: 'proofread-head' }, h('h2', { id: 'proofread-heading', tabindex: '-1' }, t('proofread.heading')), runButton),
    status,
    list
  );

  async function run({ force = false } = {}) {
    clearTimeout(timer);
    const request = { site: ed.site, language: ed.language, fields: textsOf(ed) };
    const key = JSON.stringify(request);
    if (!force && key === sentKey) return;
    sentKey = key;
    const mine = ++sequence;
    if (!request.fields.length) {
      show([]);
      return;
    }
    status.textContent = t('proofread.running');
    try {
      const answer = await api.post('proofread', request);
      if (mine !== sequence) return;
      show(answer?.findings ?? []);
    } catch (error) {
      if (mine !== sequence) return;
      sentKey = null;
      status.textContent =
        error.status === 404 || error.status === 405 ? t('proofread.unavailable') : t('proofread.failed', { message: error.message });
    }
  }

  function changed() {
    clearTimeout(timer);
    timer = setTimeout(() => run(), PAUSE_MS);
  }

  function show(found) {
    findings = ordered(found);
    draw();
    const { block, warn } = countOf(findings);
    status.textContent = block + warn ? countText(findings) : t('proofread.clean');
  }

  function draw() {
    replace(
      list,
      findings.map((finding) => {
        const where = fieldLabel(finding.field, ed.labels);
        return h(
          'li',
          { class: `finding finding-${finding.severity}`, 'data-category': finding.category, 'data-field': finding.field },
          h('button', { type: 'button', class: 'finding-locate', onclick: () => locate(finding) }, findingParts(finding, ed.labels)),
          replaceable(finding) && ed.mayEdit
            ? h(
                'button',
                {
                  type: 'button',
                  class: 'finding-replace',
                  'aria-label': t('proofread.replaceLabel', { field: where, text: finding.text, suggestion: finding.suggestion }),
                  onclick: () => replaceWithSuggestion(finding),
                },
                t('proofread.replace')
              )
            : null
        );
      })
    );
    list.hidden = !findings.length;
    mark();
  }

  /** The input a finding's field is typed in: its own, or the list's (`tags[1]` → `tags`). */
  function controlOf(finding) {
    if (!form || !finding.field) return null;
    let name = finding.field;
    while (name && !form.querySelector(`[name="${CSS.escape(name)}"]`)) name = parentPath(name);
    if (!name) return null;
    const control = form.querySelector(`[name="${CSS.escape(name)}"]`);
    const typed = control.matches('textarea, input[type=text], input[type=tel], input[type=url], input:not([type])');
    return { control, exact: name === finding.field, typed };
  }

  function locate(finding) {
    const found = controlOf(finding);
    if (!found) {
      announce(t('proofread.noField', { field: fieldLabel(finding.field, ed.labels) }));
      return;
    }
    const { control, exact, typed } = found;
    control.scrollIntoView({ block: 'center' });
    control.focus({ preventScroll: true });
    const span = typed ? spanOf(control.value, finding, exact) : null;
    if (!span) {
      if (typed) announce(t('proofread.gone', { text: finding.text }));
      return;
    }
    control.setSelectionRange(span.start, span.end);
    // A textarea scrolls to its selection only when the focus comes back to it.
    control.blur();
    control.focus({ preventScroll: true });
  }

  function replaceWithSuggestion(finding) {
    const found = controlOf(finding);
    const span = found?.typed ? spanOf(found.control.value, finding, found.exact) : null;
    if (!span) {
      announce(t('proofread.gone', { text: finding.text }));
      status.textContent = t('proofread.gone', { text: finding.text });
      return;
    }
    const { control } = found;
    control.focus({ preventScroll: true });
    control.setRangeText(finding.suggestion, span.start, span.end, 'select');
    // The field's own listener puts the new value into the item and asks for a new check.
    control.dispatchEvent(new Event('input', { bubbles: true }));
    findings = findings.filter((other) => other !== finding);
    draw();
    const said = t('proofread.replaced', { text: finding.text, suggestion: finding.suggestion });
    status.textContent = said;
    announce(said);
  }

  /** Beside each field with findings, a short note the field's description points at. */
  function mark() {
    if (!form) return;
    for (const note of form.querySelectorAll('.field-findings')) {
      const control = document.getElementById(note.dataset.for);
      if (control) {
        const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((ref) => ref && ref !== note.id);
        control.setAttribute('aria-describedby', described.join(' '));
        control.closest('.field')?.removeAttribute('data-findings');
      }
      note.remove();
    }
    const byControl = new Map();
    for (const finding of findings) {
      const found = controlOf(finding);
      if (!found) continue;
      const entries = byControl.get(found.control) ?? [];
      entries.push(finding);
      byControl.set(found.control, entries);
    }
    for (const [control, own] of byControl) {
      const id = `${control.id}-findings`;
      const note = h(
        'p',
        { class: 'field-findings', id, 'data-for': control.id },
        t('proofread.fieldNote', { n: own.length }),
        ' ',
        own.map((finding, i) => [i ? '、' : null, h('mark', {}, finding.text ?? '')])
      );
      const wrapper = control.closest('.field') ?? control.parentElement;
      wrapper.setAttribute('data-findings', own.some((f) => f.severity === 'block') ? 'block' : 'warn');
      wrapper.append(note);
      control.setAttribute('aria-describedby', [...(control.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean), id].join(' '));
    }
  }

  return {
    element,
    attach(newForm) {
      form = newForm;
      draw();
    },
    changed,
    run,
    show,
    focus() {
      element.querySelector('#proofread-heading').focus();
    },
  };
}
