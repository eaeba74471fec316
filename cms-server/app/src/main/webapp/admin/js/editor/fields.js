// Inputs bound to a path of the request being edited: typing changes the request (ed.set), and the
// format checks of checks.js (the server's verdict, for content rules) show next to the field after
// a short pause.

import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { field, input, textarea, select, setFieldError } from '../forms.js';
import { CHECKS } from './checks.js';
import { getPath } from './model.js';

const CHECK_DELAY_MS = 500;

/** Splits a comma list (also Chinese commas and 、) into its entries, keeping what is typed. */
export function splitList(text) {
  return text
    .split(/[,，、;；]/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function display(value) {
  if (Array.isArray(value)) return value.join(', ');
  return value ?? '';
}

/**
 * Runs a field's format check now (some ask the server) and shows or clears its hint and note. An
 * answer for a value the user has typed over since is dropped.
 */
export async function runCheck(control) {
  const rule = CHECKS[control.name];
  if (!rule || !control.closest('form')) return;
  const value = control.value;
  const verdict = await rule(value);
  const form = control.closest('form');
  if (!form || control.value !== value) return;
  setFieldError(form, control.name, verdict?.problem ?? null);
  showNote(control, verdict?.note ?? null);
}

/** A polite note under a field (how a value will be stored), or none. */
function showNote(control, note) {
  const id = `${control.id}-note`;
  let place = document.getElementById(id);
  const described = (control.getAttribute('aria-describedby') ?? '').split(' ').filter((ref) => ref && ref !== id);
  if (!note) {
    if (place) place.remove();
    control.setAttribute('aria-describedby', described.join(' '));
    return;
  }
  if (!place) {
    place = h('p', { class: 'hint field-note', id, role: 'status' });
    control.closest('.field')?.append(place);
  }
  control.setAttribute('aria-describedby', [...described, id].join(' '));
  place.textContent = note;
}

/**
 * A text input or textarea for `path`. Options: `multiline`, `hint`, `required`, `attrs`,
 * `parse(text)` (what goes into the request), `list` (a comma list shown as chips too).
 */
export function textField(ed, path, label, options = {}) {
  const { multiline, hint, required, attrs = {}, list } = options;
  const parse = options.parse ?? (list ? splitList : (text) => text);
  const value = getPath(ed.request, path);
  const control = multiline ? textarea(path, display(value), { rows: 4, ...attrs }) : input(path, display(value), attrs);
  const chips = list ? h('ul', { class: 'chips', 'aria-hidden': 'true' }) : null;
  const drawChips = () => {
    if (chips) replace(chips, parse(control.value).map((entry) => h('li', { class: 'chip' }, entry)));
  };
  let timer = null;
  control.addEventListener('input', () => {
    ed.set(path, parse(control.value));
    drawChips();
    if (CHECKS[path]) {
      clearTimeout(timer);
      timer = setTimeout(() => runCheck(control), CHECK_DELAY_MS);
    }
  });
  control.addEventListener('change', () => runCheck(control));
  ed.labels[path] = label;
  const wrapper = field(label, control, { hint, required });
  if (chips) {
    drawChips();
    wrapper.append(chips);
  }
  return wrapper;
}

/** A whole number input (days, copies): the request gets a number, or null when empty. */
export function numberField(ed, path, label, { hint } = {}) {
  const value = getPath(ed.request, path);
  const control = input(path, value ?? '', { type: 'number', min: 0, step: 1, inputmode: 'numeric' });
  control.addEventListener('input', () => ed.set(path, toNumber(control.value)));
  ed.labels[path] = label;
  return field(label, control, { hint });
}

export function toNumber(text) {
  if (text === '' || text === null || text === undefined) return null;
  const number = Number(text);
  return Number.isInteger(number) ? number : text;
}

/** A select of [value, label] pairs for `path`. */
export function selectField(ed, path, label, options, { hint, required, onchange } = {}) {
  const control = select(path, options, getPath(ed.request, path));
  control.addEventListener('change', () => {
    ed.set(path, control.value);
    if (onchange) onchange(control.value);
  });
  ed.labels[path] = label;
  return field(label, control, { hint, required });
}

/** A yes/no checkbox for `path` (null stays null until ticked or unticked). */
export function checkboxField(ed, path, label) {
  const control = h('input', { type: 'checkbox', name: path, checked: Boolean(getPath(ed.request, path)) });
  control.addEventListener('change', () => ed.set(path, control.checked));
  ed.labels[path] = label;
  return control;
}

export { t };
