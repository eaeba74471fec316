// Form fields with their label, hint and error place, and the one way API errors reach them: every
// `errors[].field` of an answer shows next to the input whose `name` is that field path; what has no
// input of its own shows in the form's error summary, so no reason is ever lost.

import { h, uid } from './dom.js';
import { t } from './i18n.js';

/**
 * A labelled field. `control` is an input, select or textarea (made by {@link input} or by hand);
 * its `name` is the API field path. Returns the wrapper; the control keeps its own identity.
 */
export function field(label, control, { hint, required } = {}) {
  const id = control.id || uid();
  control.id = id;
  const hintId = hint ? `${id}-hint` : null;
  const errorId = `${id}-error`;
  control.setAttribute('aria-describedby', [hintId, errorId].filter(Boolean).join(' '));
  if (required) control.required = true;
  return h(
    'div',
    { class: 'field', 'data-field': control.name || null },
    h('label', { for: id }, label, required ? h('span', { class: 'required', 'aria-hidden': 'true' }, ' *') : null),
    hint ? h('p', { class: 'hint', id: hintId }, hint) : null,
    control,
    h('p', { class: 'field-error', id: errorId, hidden: true })
  );
}

/** An input (type text by default) with a name and value. */
export function input(name, value, attrs = {}) {
  return h('input', { type: 'text', name, value: value ?? '', ...attrs });
}

export function textarea(name, value, attrs = {}) {
  return h('textarea', { name, value: value ?? '', ...attrs });
}

/** A select from [value, label] pairs. */
export function select(name, options, value, attrs = {}) {
  return h(
    'select',
    { name, ...attrs },
    options.map(([optionValue, label]) =>
      h('option', { value: optionValue, selected: String(optionValue) === String(value ?? '') }, label)
    )
  );
}

/** Shows (or, with null, clears) one field's error text and marks the input invalid. */
export function setFieldError(form, name, reason) {
  const control = form.querySelector(`[name="${CSS.escape(name)}"]`);
  if (!control) return false;
  const error = document.getElementById(`${control.id}-error`);
  if (reason) {
    control.setAttribute('aria-invalid', 'true');
    if (error) {
      error.textContent = reason;
      error.hidden = false;
    }
  } else {
    control.removeAttribute('aria-invalid');
    if (error) {
      error.textContent = '';
      error.hidden = true;
    }
  }
  return true;
}

/** Clears every field error and the summary of a form. */
export function clearErrors(form) {
  for (const control of form.querySelectorAll('[aria-invalid]')) setFieldError(form, control.name, null);
  const summary = form.querySelector('.error-summary');
  if (summary) summary.remove();
}

/**
 * Puts an ApiError on a form: each field reason beside its input, the rest (and the message) in an
 * error summary at the top that takes focus, so keyboard and screen-reader users hear it at once.
 */
export function showErrors(form, error) {
  clearErrors(form);
  const unplaced = [];
  for (const { field: name, reason } of error.errors || []) {
    if (!setFieldError(form, name, reason)) unplaced.push(`${name}: ${reason}`);
  }
  const summary = h(
    'div',
    { class: 'error-summary', role: 'alert', tabindex: '-1' },
    h('p', {}, error.errors?.length ? t('form.errors', { n: error.errors.length }) : error.message),
    unplaced.length ? h('ul', {}, unplaced.map((line) => h('li', {}, line))) : null
  );
  form.prepend(summary);
  summary.focus();
  const first = form.querySelector('[aria-invalid="true"]');
  if (first && !unplaced.length) first.focus();
}

/** Disables a button while a promise runs, with a busy state for assistive technology. */
export async function busy(button, work) {
  button.disabled = true;
  button.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    button.disabled = false;
    button.removeAttribute('aria-busy');
  }
}
