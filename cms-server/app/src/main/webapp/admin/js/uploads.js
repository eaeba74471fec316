// What the console checks before it sends a file, so an editor hears at once what the server
// would refuse. The accepted types and the size limit are the server's (`upload` of
// GET /content-rules, see rules.js: the model's file formats and zhanqun.upload.max-bytes as
// configured). The server stays the judge: its 413 or 415 shows all the same.

import { t } from './i18n.js';
import { formatBytes } from './labels.js';

/** The file input's `accept` for the server's extensions. */
export function acceptedTypes(upload) {
  return upload.extensions.map((e) => `.${e}`).join(',');
}

/** The hint's values: {types, max}. */
export function uploadLimits(upload) {
  return { types: upload.extensions.join(', '), max: formatBytes(upload.maxBytes) };
}

/** Why a chosen file cannot be uploaded, in words, or null when it may go. */
export function uploadProblem(file, upload) {
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
  if (!upload.extensions.includes(extension)) {
    return t('upload.badType', { name: file.name, types: upload.extensions.join(', ') });
  }
  if (file.size === 0) return t('upload.empty', { name: file.name });
  if (file.size > upload.maxBytes) {
    return t('upload.tooLarge', { name: file.name, size: formatBytes(file.size), max: formatBytes(upload.maxBytes) });
  }
  return null;
}
