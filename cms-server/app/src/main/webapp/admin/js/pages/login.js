// Sign-in. A failed login says only that the name or password is wrong, as the server does.

import { api } from '../api.js';
import { h, announce } from '../dom.js';
import { t } from '../i18n.js';
import { field, input, showErrors, busy } from '../forms.js';
import { signedIn } from '../app.js';

export default function render(ctx) {
  ctx.setTitle(t('login.title'));
  const username = input('username', '', { autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false' });
  const password = input('password', '', { type: 'password', autocomplete: 'current-password' });
  const submit = h('button', { type: 'submit', class: 'primary' }, t('login.submit'));
  const form = h(
    'form',
    {
      class: 'login-form',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        busy(submit, async () => {
          try {
            const session = await api.post('auth/session', { username: username.value, password: password.value });
            await signedIn(session);
            announce(t('login.welcome', { user: session.user.username }));
            const next = ctx.query.next && ctx.query.next.startsWith('#/') ? ctx.query.next : '#/work';
            ctx.navigate(next.startsWith('#/login') ? '#/work' : next);
          } catch (error) {
            password.value = '';
            if (error.status === 429 || error.status === 503) {
              showErrors(form, { errors: [], message: t('login.wait') });
            } else if (error.status === 401 || error.status === 400) {
              showErrors(form, { errors: [], message: t('login.failed') });
            } else {
              showErrors(form, error);
            }
          }
        });
      },
    },
    field(t('login.username'), username, { required: true }),
    field(t('login.password'), password, { required: true }),
    submit
  );
  return h(
    'section',
    { class: 'login' },
    h('h1', {}, t('login.title')),
    ctx.query.message ? h('p', { class: 'notice', role: 'status' }, ctx.query.message) : null,
    form
  );
}
