// What the console checks before it sends a file, so an editor hears at once what the server
// would refuse: the types of attachment.FileFormat and the default size limit
// (zhanqun.upload.max-bytes). The server stays the judge: a limit configured otherwise shows
// through its 413 answer.

import { t } from './i18n.js';
import { formatBytes } from './labels.js';

export const UPLOAD_EXTENSIONS = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'odt', 'ods', 'wps', 'ofd', 'zip'];
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

/** Why a chosen file cannot be uploaded, in words, or null when it may go. */
export function uploadProblem(file) {
  const dot = file.name.lastIndexOf('.');
  const extension = dot < 0 ? '' : file.name.slice(dot + 1).toLowerCase();
  if (!UPLOAD_EXTENSIONS.includes(extension)) {
    return t('upload.badType', { name: file.name, types: UPLOAD_EXTENSIONS.join(', ') });
  }
  if (file.size === 0) return t('upload.empty', { name: file.name });
  if (file.size > MAX_UPLOAD_BYTES) {
    return t('upload.tooLarge', { name: file.name, size: formatBytes(file.size), max: formatBytes(MAX_UPLOAD_BYTES) });
  }
  return null;
}
