// Placeholder until this screen is built (issue #14).

import { h } from '../dom.js';
import { t } from '../i18n.js';

export default function render(ctx) {
  ctx.setTitle(t('nav.work'));
  return h('h1', {}, 'files');
}
