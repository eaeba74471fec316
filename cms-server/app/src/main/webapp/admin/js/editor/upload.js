// A form item's file: drag and drop or the file input, checks of type and size before sending,
// upload with progress (api.js upload), then the item points at the uploaded file. The server's
// answer (413, 415, 400) shows at the same place.

import { upload, apiUrl } from '../api.js';
import { h, replace, uid, announce } from '../dom.js';
import { t } from '../i18n.js';
import { setFieldError } from '../forms.js';
import { uploadProblem, acceptedTypes, uploadLimits } from '../uploads.js';
import { formatBytes } from '../labels.js';

export function formFile(ed) {
  const id = uid('file');
  const current = h('div', { class: 'file-current' });
  const progress = h('progress', { max: 1, value: 0, hidden: true, 'aria-label': t('form.progress') });
  const status = h('p', { class: 'hint', role: 'status' });
  const fileInput = h('input', {
    type: 'file',
    id,
    name: 'form.fileId',
    accept: acceptedTypes(ed.rules.upload),
    'aria-describedby': `${id}-hint ${id}-error`,
    onchange: () => {
      if (fileInput.files.length) send(fileInput.files[0]);
    },
  });
  const zone = h(
    'div',
    {
      class: 'drop-zone',
      ondragover: (event) => {
        event.preventDefault();
        zone.classList.add('dragging');
      },
      ondragleave: () => zone.classList.remove('dragging'),
      ondrop: (event) => {
        event.preventDefault();
        zone.classList.remove('dragging');
        const file = event.dataTransfer?.files?.[0];
        if (file) send(file);
      },
    },
    h('p', {}, t('form.drop')),
    h('label', { for: id }, t('form.choose')),
    fileInput,
    h('p', { class: 'hint', id: `${id}-hint` }, t('form.hint', uploadLimits(ed.rules.upload))),
    h('p', { class: 'field-error', id: `${id}-error`, hidden: true }),
    progress,
    status
  );

  function showFile(file) {
    replace(
      current,
      file
        ? h(
            'p',
            {},
            t('form.current'),
            ' ',
            h('a', { href: apiUrl(`files/${file.id}/content`).href, download: file.fileName }, file.fileName),
            ` (${formatBytes(file.size)}, ${file.contentType})`
          )
        : h('p', { class: 'muted' }, t('form.noFile'))
    );
  }

  async function send(file) {
    const form = zone.closest('form');
    const problem = uploadProblem(file, ed.rules.upload);
    if (problem) {
      if (form) setFieldError(form, 'form.fileId', problem);
      announce(problem);
      return;
    }
    if (form) setFieldError(form, 'form.fileId', null);
    progress.hidden = false;
    progress.value = 0;
    status.textContent = t('form.uploading', { name: file.name });
    try {
      const stored = await upload('POST', `sites/${ed.site}/files`, file, { name: file.name }, (fraction) => {
        progress.value = fraction;
      });
      progress.value = 1;
      ed.set('form.fileId', stored.id);
      ed.file = stored;
      showFile(stored);
      status.textContent = t('form.uploaded', { name: stored.fileName });
    } catch (error) {
      const reason =
        error.reasonFor('name') ?? error.reasonFor('body') ?? error.errors[0]?.reason ?? error.message;
      const message =
        error.status === 413
          ? t('form.tooLarge', { name: file.name, reason })
          : error.status === 415
            ? t('form.refusedType', { name: file.name, reason })
            : t('form.failed', { name: file.name, reason });
      if (form) setFieldError(form, 'form.fileId', message);
      status.textContent = message;
    } finally {
      progress.hidden = true;
      fileInput.value = '';
    }
  }

  showFile(ed.file);
  ed.labels['form.fileId'] = t('form.file');
  return h('fieldset', { class: 'panel' }, h('legend', {}, t('form.file')), current, zone);
}
