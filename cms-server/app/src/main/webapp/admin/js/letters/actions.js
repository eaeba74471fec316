// The handling steps of one letter as small forms: accept, reject with a reason, assign or
// transfer to a site with a reason, draft the reply and submit it, send back with a comment,
// approve, publish with consent (question and reply without personal data), close. Which forms
// show follows the letter's status and the user's role on its site; the server decides in the end,
// and every refusal shows beside its field (forms.js) or, without a field, above the form.

import { api } from '../api.js';
import { h, uid } from '../dom.js';
import { t } from '../i18n.js';
import { field, input, textarea, select, showErrors, clearErrors, busy } from '../forms.js';
import { hasRole, siteName } from '../app.js';
import { refusal } from './common.js';

/** The action codes the user may take on the letter now, in the order the forms show. */
export function allowedActions(letter) {
  const editor = hasRole(letter.site, 'EDITOR');
  const reviewer = hasRole(letter.site, 'REVIEWER');
  const router = hasRole('portal', 'EDITOR'); // the portal's handlers route letters to any site
  const allowed = new Set();
  const status = letter.status;
  // As the server's Letter allows them: editors (and reviewers) handle, reviewers decide.
  const handler = editor || reviewer;
  if (handler && status === 'received') allowed.add('accept');
  if (handler && (status === 'received' || status === 'accepted')) allowed.add('reject');
  if ((handler || router) && (status === 'received' || status === 'accepted')) allowed.add('assign');
  if (handler && status === 'accepted') allowed.add('draft');
  if (reviewer && status === 'in-review') ['approve', 'send-back'].forEach((a) => allowed.add(a));
  const mayPublish = letter.publishConsent && !letter.published && (status === 'replied' || status === 'closed');
  if (reviewer && mayPublish) allowed.add('publish');
  if (handler && status === 'replied') allowed.add('close');
  // The server may say itself what is allowed; then its list wins.
  const order = ['accept', 'draft', 'approve', 'send-back', 'assign', 'reject', 'publish', 'close'];
  const chosen = Array.isArray(letter.actions) ? new Set(letter.actions.map((a) => (a === 'submit' ? 'draft' : a))) : allowed;
  return order.filter((action) => chosen.has(action));
}

/**
 * The forms for the allowed actions. `done(message)` runs after the server took a step (the screen
 * reloads the letter); `sites` are the cluster's sites for the assign form.
 */
export function actionForms(letter, { sites, done, onDirty }) {
  const post = (action, body) => api.post(`letters/${encodeURIComponent(letter.id)}/${action}`, body);
  const make = {
    accept: () => stepForm({ action: 'accept', heading: t('letters.accept.heading'), hint: t('letters.accept.hint'), submit: t('letters.accept'), primary: true, send: () => post('accept'), done: () => done(t('letters.accepted')) }),
    reject: () =>
      textForm({ action: 'reject', name: 'reason', heading: t('letters.reject.heading'), label: t('letters.reject.reason'), hint: t('letters.reject.hint'), submit: t('letters.reject'), danger: true, send: (reason) => post('reject', { reason }), done: () => done(t('letters.rejected')) }),
    assign: () => assignForm(letter, sites, post, done),
    draft: () => draftForm(letter, post, done, onDirty),
    approve: () => stepForm({ action: 'approve', heading: t('letters.approve.heading'), hint: t('letters.approve.hint'), submit: t('letters.approve'), primary: true, send: () => post('approve'), done: () => done(t('letters.approved')) }),
    'send-back': () =>
      textForm({ action: 'send-back', name: 'comment', heading: t('letters.sendBack.heading'), label: t('letters.sendBack.comment'), submit: t('letters.sendBack'), send: (comment) => post('send-back', { comment }), done: () => done(t('letters.sentBack')) }),
    publish: () => publishForm(letter, post, done),
    close: () => stepForm({ action: 'close', heading: t('letters.close.heading'), hint: t('letters.close.hint'), submit: t('letters.close'), send: () => post('close'), done: () => done(t('letters.closed')) }),
  };
  return allowedActions(letter).map((action) => make[action]());
}

/** A form around `children` whose submit runs `work(form)`; the refusal lands on the form. */
function actionForm({ action, heading, children, buttons, work }) {
  const headingId = uid('letter-heading');
  const form = h('form', { class: 'review-form letter-action', 'data-action': action, 'aria-labelledby': headingId, novalidate: true }, h('h3', { id: headingId }, heading), children, h('div', { class: 'actions' }, buttons));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const button = event.submitter || buttons[0];
    clearErrors(form);
    busy(button, async () => {
      try {
        await work(form, button);
      } catch (error) {
        if (error?.status === 401) return;
        showErrors(form, error.errors?.length ? error : { errors: [], message: refusal(error) });
      }
    });
  });
  return form;
}

function button(id, label, { primary, danger, value } = {}) {
  return h('button', { type: 'submit', id, class: primary ? 'primary' : danger ? 'danger' : null, value: value ?? null }, label);
}

function stepForm({ action, heading, hint, submit, primary, send, done }) {
  return actionForm({
    action,
    heading,
    children: hint ? h('p', { class: 'hint' }, hint) : null,
    buttons: [button(`letter-${action}`, submit, { primary })],
    work: async () => {
      await send();
      await done();
    },
  });
}

/** A form with one required text (a reason or a comment): refused beside the field when empty. */
function textForm({ action, name, heading, label, hint, submit, danger, send, done }) {
  const text = textarea(name, '', { id: `letter-${action}-${name}`, maxlength: 2000 });
  return actionForm({
    action,
    heading,
    children: field(label, text, { hint, required: true }),
    buttons: [button(`letter-${action}`, submit, { danger })],
    work: async (form) => {
      if (!text.value.trim()) {
        showErrors(form, { errors: [{ field: name, reason: t('letters.required') }], message: '' });
        return;
      }
      await send(text.value.trim());
      await done();
    },
  });
}

function assignForm(letter, sites, post, done) {
  const others = sites.filter((site) => site.id !== letter.site);
  const target = select('site', [['', t('letters.assign.choose')], ...others.map((site) => [site.id, siteName(site.id)])], '', { id: 'letter-assign-site' });
  const reason = textarea('reason', '', { id: 'letter-assign-reason', maxlength: 2000 });
  return actionForm({
    action: 'assign',
    heading: t('letters.assign.heading'),
    children: [field(t('letters.assign.site'), target, { required: true }), field(t('letters.assign.reason'), reason, { hint: t('letters.assign.hint') })],
    buttons: [button('letter-assign', t('letters.assign'))],
    work: async (form) => {
      const errors = [];
      if (!target.value) errors.push({ field: 'site', reason: t('letters.assign.chooseSite') });
      if (errors.length) {
        showErrors(form, { errors, message: '' });
        return;
      }
      await post('assign', { site: target.value, reason: reason.value.trim() || null });
      await done(t('letters.assigned', { site: siteName(target.value) }));
    },
  });
}

/** The reply: save it as a draft, and submit it for review (saving unsaved text first). */
function draftForm(letter, post, done, onDirty) {
  let saved = letter.draftReply ?? '';
  const reply = textarea('reply', saved, { id: 'letter-reply', rows: 10, maxlength: 20000 });
  reply.addEventListener('input', () => onDirty(reply.value !== saved));
  const save = button('letter-draft-save', t('letters.draft.save'), { value: 'save' });
  const submit = button('letter-submit', t('letters.submit'), { primary: true, value: 'submit' });
  return actionForm({
    action: 'draft',
    heading: t('letters.draft.heading'),
    children: field(t('letters.draft.reply'), reply, { hint: t('letters.draft.hint'), required: true }),
    buttons: [save, submit],
    work: async (form, pressed) => {
      if (!reply.value.trim()) {
        showErrors(form, { errors: [{ field: 'reply', reason: t('letters.required') }], message: '' });
        return;
      }
      if (reply.value !== saved || pressed === save) {
        await post('draft', { reply: reply.value });
        saved = reply.value;
        onDirty(false);
      }
      if (pressed === submit) {
        await post('submit');
        await done(t('letters.submitted'));
      } else {
        await done(t('letters.draftSaved'));
      }
    },
  });
}

/** Publishing with consent: the question and the reply as the public will read them. */
function publishForm(letter, post, done) {
  const subject = input('subject', letter.publishedSubject ?? letter.subject ?? '', { id: 'letter-publish-subject', maxlength: 200 });
  const question = textarea('question', letter.publishedQuestion ?? letter.text ?? '', { id: 'letter-publish-question', rows: 8, maxlength: 20000 });
  const reply = textarea('reply', letter.publishedReply ?? letter.reply ?? '', { id: 'letter-publish-reply', rows: 8, maxlength: 20000 });
  return actionForm({
    action: 'publish',
    heading: t('letters.publish.heading'),
    children: [
      h('p', { class: 'warning', id: 'letter-publish-hint' }, t('letters.publish.hint')),
      field(t('letters.publish.subject'), subject),
      field(t('letters.publish.question'), question, { required: true }),
      field(t('letters.publish.reply'), reply, { required: true }),
    ],
    buttons: [button('letter-publish', t('letters.publish'), { primary: true })],
    work: async () => {
      await post('publish', { subject: subject.value, question: question.value, reply: reply.value });
      await done(t('letters.published'));
    },
  });
}
