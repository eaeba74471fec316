// The one way the console builds DOM: elements from tag, attributes and children, where every
// string child becomes a text node. Data never passes through innerHTML, so text an editor typed
// can never become markup or script in the console.

/**
 * Builds an element. `attrs` keys: `class`, `for`, `aria-*`, `data-*` and other attributes are set
 * with setAttribute; keys starting with `on` (onclick, oninput ...) add listeners; `value`,
 * `checked`, `disabled`, `selected`, `hidden` are set as properties. `null`/`false` attributes are
 * skipped. Children: nodes, strings (text), numbers, arrays (flattened), null/false (skipped).
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2), value);
    } else if (PROPERTIES.has(key)) {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

const PROPERTIES = new Set(['value', 'checked', 'disabled', 'selected', 'hidden', 'indeterminate']);

/** Appends children to a node with the same rules as {@link h}. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replaces all children of a node. */
export function replace(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

let idCounter = 0;

/** A document-unique id for linking labels, descriptions and errors. */
export function uid(prefix = 'f') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** Says something to screen readers through the page's polite live region. */
export function announce(message) {
  const status = document.getElementById('status');
  if (!status) return;
  status.textContent = '';
  // A fresh text node in the next frame makes screen readers read repeated messages too.
  requestAnimationFrame(() => {
    status.textContent = message;
  });
}
