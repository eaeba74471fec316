// The Markdown body with its live preview: POST /markdown/preview renders it with the static
// builder's own renderer and sanitiser, and the HTML is shown only in a sandboxed iframe (no
// scripts, no same origin) through srcdoc — never put into the console's own DOM.

import { api } from '../api.js';
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { field, textarea } from '../forms.js';

const DELAY_MS = 400;

/** The body field and its preview side by side (wide screens) or one below the other. */
export function bodyEditor(ed) {
  const area = textarea('body', ed.request.body, { rows: 18, class: 'editor-body', spellcheck: 'false' });
  const frame = h('iframe', {
    class: 'preview',
    sandbox: '',
    title: t('editor.preview.frame'),
    referrerpolicy: 'no-referrer',
  });
  const state = h('p', { class: 'hint preview-state', role: 'status' });
  let timer = null;
  let sequence = 0;

  async function refresh() {
    const mine = ++sequence;
    const body = ed.request.body ?? '';
    if (!body.trim()) {
      frame.srcdoc = documentOf('');
      state.textContent = t('editor.preview.empty');
      return;
    }
    state.textContent = t('editor.preview.rendering');
    try {
      const answer = await api.post('markdown/preview', { site: ed.site, language: ed.language, body });
      if (mine !== sequence) return;
      frame.srcdoc = documentOf(answer?.html ?? '');
      state.textContent = '';
    } catch (error) {
      if (mine !== sequence) return;
      state.textContent =
        error.status === 404 || error.status === 405
          ? t('editor.preview.unavailable')
          : t('editor.preview.failed', { message: error.reasonFor?.('body') ?? error.message });
    }
  }

  area.addEventListener('input', () => {
    ed.set('body', area.value);
    clearTimeout(timer);
    timer = setTimeout(refresh, DELAY_MS);
  });
  ed.labels.body = t('editor.field.body');
  ed.refreshPreview = refresh;
  refresh();
  return h(
    'div',
    { class: 'editor-body-split' },
    field(t('editor.field.body'), area, { hint: t('editor.hint.body') }),
    h('div', { class: 'field' }, h('span', { class: 'preview-label', id: 'preview-label' }, t('editor.preview.title')), frame, state)
  );
}

/**
 * A whole HTML document around the sanitised fragment. The console's CSP applies to srcdoc
 * documents too, so styles come from a stylesheet of the console, not inline. Links open outside.
 */
function documentOf(fragment) {
  const css = new URL('editor-preview.css', document.baseURI).href;
  return (
    '<!DOCTYPE html><html><head><meta charset="utf-8">' +
    `<link rel="stylesheet" href="${css}"><base target="_blank"></head>` +
    `<body class="article">${fragment}</body></html>`
  );
}
