// The site's files (forms and attachments): the list, upload by drag and drop or file input with a
// progress bar, replacing a file's content under the same id, and where each file is used. A file
// of a type or size the server refuses is stopped before it is sent; whatever the server answers
// (400, 413, 415) shows in words all the same.

import { api, upload, apiUrl } from '../api.js';
import { h, replace, announce, uid } from '../dom.js';
import { t, formatDateTime } from '../i18n.js';
import { siteName } from '../app.js';
import { siteOf, empty } from '../work/common.js';
import { formatBytes, statusLabel, typeLabel } from '../labels.js';
import { uploadProblem, acceptedTypes, uploadLimits } from '../uploads.js';
import { contentRules } from '../rules.js';


/** An upload refusal of the server in words. */
export function uploadError(error) {
  if (error.status === 413) return t('files.tooLargeServer', { message: error.message });
  if (error.status === 415) return t('files.badTypeServer', { message: error.message });
  const reasons = (error.errors || []).map((e) => e.reason).filter(Boolean);
  return reasons.length ? reasons.join('；') : error.message || String(error);
}

export default async function render(ctx) {
  const site = siteOf(ctx);
  ctx.setTitle(t('files.title'));
  if (!site) return h('section', {}, h('h1', {}, t('files.title')), empty(t('work.noSite')));
  const [files, rules] = await Promise.all([api.get(`sites/${encodeURIComponent(site)}/files`), contentRules()]);
  const page = new FilesPage(site, ctx.state.cluster?.timeZone, rules.upload);
  return page.build(files);
}

class FilesPage {
  constructor(site, timeZone, uploadRules) {
    this.site = site;
    this.timeZone = timeZone;
    this.uploadRules = uploadRules;
  }

  build(files) {
    this.listArea = h('div', { class: 'files-list' });
    this.showList(files);
    return h(
      'div',
      { class: 'files-page' },
      h('h1', {}, t('files.heading', { site: siteName(this.site) })),
      this.uploadPanel(),
      h('section', { class: 'panel', 'aria-labelledby': 'files-list-title' }, h('h2', { id: 'files-list-title' }, t('files.list')), this.listArea)
    );
  }

  async refresh() {
    try {
      this.showList(await api.get(`sites/${encodeURIComponent(this.site)}/files`));
    } catch (error) {
      replace(this.listArea, h('p', { class: 'error-summary', role: 'alert' }, error.message || String(error)));
    }
  }

  // ---- upload ----

  uploadPanel() {
    const inputId = 'file-upload';
    const hintId = `${inputId}-hint`;
    const errorId = `${inputId}-error`;
    this.fileInput = h('input', {
      type: 'file',
      id: inputId,
      name: 'file',
      accept: acceptedTypes(this.uploadRules),
      'aria-describedby': `${hintId} ${errorId}`,
    });
    this.uploadError = h('p', { class: 'field-error', id: errorId, role: 'alert', hidden: true });
    this.progress = h('progress', { max: '100', value: '0', 'aria-label': t('files.progress'), hidden: true });
    this.progressText = h('span', { class: 'progress-text', hidden: true });
    this.fileInput.addEventListener('change', () => {
      if (this.fileInput.files.length) this.send(this.fileInput.files[0]);
    });
    const zone = h(
      'div',
      { class: 'drop-zone' },
      h('p', { class: 'drop-text' }, t('files.dropHere')),
      h('label', { for: inputId, class: 'drop-label' }, t('files.choose')),
      this.fileInput
    );
    const over = (event) => {
      event.preventDefault();
      zone.classList.add('drag-over');
    };
    zone.addEventListener('dragenter', over);
    zone.addEventListener('dragover', over);
    zone.addEventListener('dragleave', () => zone.classList.remove('drag-over'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('drag-over');
      const file = event.dataTransfer?.files?.[0];
      if (file) this.send(file);
    });
    return h(
      'section',
      { class: 'panel upload', 'aria-labelledby': 'upload-title' },
      h('h2', { id: 'upload-title' }, t('files.upload')),
      h('p', { class: 'hint', id: hintId }, t('files.limits', uploadLimits(this.uploadRules))),
      zone,
      h('div', { class: 'progress-line' }, this.progress, this.progressText),
      this.uploadError
    );
  }

  showUploadError(message) {
    this.uploadError.textContent = message;
    this.uploadError.hidden = !message;
    if (message) this.fileInput.setAttribute('aria-invalid', 'true');
    else this.fileInput.removeAttribute('aria-invalid');
  }

  setProgress(fraction) {
    const percent = Math.round(fraction * 100);
    this.progress.hidden = false;
    this.progressText.hidden = false;
    this.progress.value = percent;
    this.progressText.textContent = t('files.percent', { n: percent });
  }

  async send(file) {
    this.showUploadError(null);
    const refusal = uploadProblem(file, this.uploadRules);
    if (refusal) {
      this.showUploadError(refusal);
      this.fileInput.value = '';
      return;
    }
    this.setProgress(0);
    this.fileInput.disabled = true;
    try {
      const stored = await upload('POST', `sites/${encodeURIComponent(this.site)}/files`, file, { name: file.name }, (f) => this.setProgress(f));
      this.setProgress(1);
      announce(t('files.uploaded', { name: stored?.fileName ?? file.name }));
      await this.refresh();
    } catch (error) {
      this.progress.hidden = true;
      this.progressText.hidden = true;
      this.showUploadError(uploadError(error));
    } finally {
      this.fileInput.disabled = false;
      this.fileInput.value = '';
    }
  }

  // ---- the list ----

  showList(files) {
    const list = Array.isArray(files) ? files : files?.items ?? [];
    if (!list.length) {
      replace(this.listArea, empty(t('files.none')));
      return;
    }
    const sorted = [...list].sort((a, b) => String(b.uploadedAt).localeCompare(String(a.uploadedAt)));
    replace(
      this.listArea,
      h(
        'div',
        { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-labelledby': 'files-caption' },
        h(
          'table',
          { class: 'file-table' },
          h('caption', { id: 'files-caption' }, t('files.caption', { n: list.length })),
          h(
            'thead',
            {},
            h('tr', {}, ['files.name', 'files.type', 'files.size', 'files.uploadedAt', 'common.actions'].map((key) => h('th', { scope: 'col' }, t(key))))
          ),
          h('tbody', {}, sorted.map((file) => this.row(file)))
        )
      )
    );
  }

  row(file) {
    const usageArea = h('div', { class: 'usage', hidden: true, id: uid('usage') });
    const replaceError = h('p', { class: 'field-error', role: 'alert', hidden: true, id: uid('replace-error') });
    const replaceInput = h('input', {
      type: 'file',
      class: 'visually-hidden',
      tabindex: '-1',
      accept: acceptedTypes(this.uploadRules),
      'aria-label': t('files.replaceOf', { name: file.fileName }),
    });
    const replaceButton = h('button', { type: 'button', 'aria-describedby': replaceError.id }, t('files.replace'));
    replaceButton.addEventListener('click', () => replaceInput.click());
    replaceInput.addEventListener('change', () => {
      const chosen = replaceInput.files[0];
      replaceInput.value = '';
      if (chosen) this.replaceContent(file, chosen, replaceButton, replaceError);
    });
    const usageButton = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': usageArea.id }, t('files.usage'));
    usageButton.addEventListener('click', () => this.toggleUsage(file, usageButton, usageArea));
    const extension = file.fileName?.includes('.') ? file.fileName.split('.').pop().toUpperCase() : file.contentType;
    return h(
      'tr',
      { 'data-id': String(file.id) },
      h(
        'th',
        { scope: 'row' },
        h('a', { href: apiUrl(`files/${file.id}/content`).href, download: file.fileName }, file.fileName),
        usageArea,
        replaceError
      ),
      h('td', {}, h('abbr', { title: file.contentType }, extension)),
      h('td', {}, formatBytes(file.size)),
      h('td', {}, formatDateTime(file.uploadedAt, this.timeZone), file.uploadedBy ? h('span', { class: 'by' }, ` ${file.uploadedBy}`) : null),
      h('td', {}, h('div', { class: 'row-actions' }, usageButton, replaceButton, replaceInput))
    );
  }

  async replaceContent(file, chosen, button, errorArea) {
    errorArea.hidden = true;
    errorArea.textContent = '';
    const refusal = uploadProblem(chosen, this.uploadRules);
    if (refusal) {
      errorArea.textContent = refusal;
      errorArea.hidden = false;
      return;
    }
    if (!confirm(t('files.replaceConfirm', { name: file.fileName, with: chosen.name }))) return;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    try {
      await upload('PUT', `files/${file.id}/content`, chosen, { name: chosen.name }, (f) => {
        button.textContent = t('files.percent', { n: Math.round(f * 100) });
      });
      announce(t('files.replaced', { name: file.fileName, with: chosen.name }));
      await this.refresh();
    } catch (error) {
      errorArea.textContent = uploadError(error);
      errorArea.hidden = false;
      button.textContent = t('files.replace');
    } finally {
      button.disabled = false;
      button.removeAttribute('aria-busy');
    }
  }

  async toggleUsage(file, button, area) {
    if (button.getAttribute('aria-expanded') === 'true') {
      button.setAttribute('aria-expanded', 'false');
      area.hidden = true;
      return;
    }
    button.setAttribute('aria-expanded', 'true');
    area.hidden = false;
    replace(area, h('p', { class: 'loading' }, t('common.loading')));
    try {
      const usage = await api.get(`files/${file.id}/usage`);
      const used = usage.usedBy || [];
      replace(
        area,
        h('h3', {}, t('files.usedBy', { name: file.fileName })),
        used.length
          ? h(
              'ul',
              {},
              used.map((item) =>
                h(
                  'li',
                  {},
                  h('a', { href: `#/items/${item.id}` }, item.title || t('work.untitled')),
                  ' ',
                  h('span', { class: 'entry-meta' }, [item.site !== this.site ? siteName(item.site) : null, item.type ? typeLabel(item.type) : null, item.status ? statusLabel(item.status) : null, t(`files.how.${item.how}`)].filter(Boolean).join(' · '))
                )
              )
            )
          : empty(t('files.unused'))
      );
    } catch (error) {
      replace(area, h('p', { class: 'field-error', role: 'alert' }, error.message || String(error)));
    }
  }
}
