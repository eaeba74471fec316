// One letter (#/letters/{id}): what the citizen wrote, the deadline, the citizen's personal data
// (only when the API gives it: to handlers of the responsible site), the reply, the trail of steps
// (who, when, note), and the steps the letter's state allows (letters/actions.js). After a step the
// letter is read again and the focus moves to what happened.

import { api } from '../api.js';
import { h, replace, announce } from '../dom.js';
import { t } from '../i18n.js';
import { siteName } from '../app.js';
import { clusterZone, facts } from '../review/common.js';
import { actionForms } from '../letters/actions.js';
import { statusBadge, kindLabel, channelLabel, deadlineBadge, when, stepLabel, ratingLabel, actorLabel, markDueSoon } from '../letters/common.js';

export default async function render(ctx) {
  const id = ctx.params.id;
  const zone = clusterZone(ctx);
  const read = async () => {
    const answer = await api.get(`letters/${encodeURIComponent(id)}`);
    await markDueSoon(answer.site, [answer]);
    return answer;
  };
  let letter = await read();
  let dirty = false;
  ctx.guard(() => dirty);

  const page = h('div', { class: 'letter-page' });
  const outcome = h('div', { class: 'review-outcome', id: 'letter-outcome', role: 'status', 'aria-live': 'polite' });

  async function done(message) {
    dirty = false;
    const site = letter.site;
    try {
      letter = await read();
    } catch (error) {
      // Assigned to a site the user does not handle: the letter has left their hands.
      if (error?.status !== 403) throw error;
      return gone(site, message);
    }
    draw();
    const said = h('p', { class: 'notice', tabindex: '-1', id: 'letter-done' }, message);
    replace(outcome, said);
    said.focus();
    announce(message);
  }

  function gone(site, message) {
    const said = h('p', { class: 'notice', tabindex: '-1', id: 'letter-done' }, message, ' ', t('letter.gone'));
    replace(page, h('h1', {}, t('letter.heading'), ' ', h('span', { class: 'review-title' }, letter.subject)), said, h('p', {}, h('a', { href: `#/letters?site=${encodeURIComponent(site)}` }, t('letter.back'))));
    said.focus();
    announce(message);
  }

  function draw() {
    ctx.setTitle(t('letter.title', { subject: letter.subject || letter.number || id }));
    const forms = actionForms(letter, { sites: ctx.state.sites, done, onDirty: (value) => (dirty = value) });
    replace(
      page,
      h('p', {}, h('a', { href: `#/letters?site=${encodeURIComponent(letter.site)}` }, t('letter.back'))),
      h('h1', {}, t('letter.heading'), ' ', h('span', { class: 'review-title', id: 'letter-subject' }, letter.subject)),
      outcome,
      h(
        'div',
        { class: 'review-layout letter-layout' },
        h(
          'div',
          { class: 'letter-main' },
          section('letter-facts', t('letter.facts'), factsOf(letter, zone)),
          section('letter-text', t('letter.text'), h('p', { class: 'letter-body', id: 'letter-body' }, letter.text)),
          personalData(letter),
          replySection(letter, zone),
          section('letter-trail', t('letter.trail'), trail(letter.steps || [], zone))
        ),
        h(
          'div',
          { class: 'letter-side' },
          section('letter-actions', t('letter.actions'), forms.length ? forms : h('p', { id: 'letter-no-actions' }, t('letter.noActions')))
        )
      )
    );
  }

  draw();
  return page;
}

function section(id, heading, ...children) {
  return h('section', { class: 'panel', id, 'aria-labelledby': `${id}-heading` }, h('h2', { id: `${id}-heading` }, heading), children);
}

function factsOf(letter, zone) {
  return facts([
    [t('letter.number'), letter.number],
    [t('letter.status'), statusBadge(letter.status, 'letter-status')],
    [t('letter.kind'), kindLabel(letter.kind)],
    [t('letter.channel'), channelLabel(letter)],
    [t('letter.site'), siteName(letter.site)],
    [t('letter.received'), when(letter.received, zone)],
    [t('letter.due'), letter.due ? [when(letter.due, zone), ' ', h('span', { id: 'letter-deadline' }, deadlineBadge(letter, zone))] : null],
    [t('letter.consent'), letter.publishConsent === undefined ? null : letter.publishConsent ? t('common.yes') : t('common.no')],
    [t('letter.publishedOn'), letter.published ? when(letter.published, zone) : null],
    [t('letter.rejectedReason'), letter.rejectedReason],
    [t('letter.rating'), letter.rating ? [ratingLabel(letter.rating), letter.ratingComment ? ` — ${letter.ratingComment}` : null] : null],
  ]);
}

/** The citizen's name and contact: only present when the API shows them to this user. */
function personalData(letter) {
  if (letter.purged) return section('letter-person', t('letter.person'), h('p', { id: 'letter-purged' }, t('letter.person.purged')));
  const data = letter.contact ?? {};
  const pairs = [
    [t('letter.person.name'), data.name],
    [t('letter.person.phone'), data.phone],
    [t('letter.person.email'), data.email],
    [t('letter.person.address'), data.address],
  ].filter(([, value]) => value);
  if (!pairs.length) return null;
  return section('letter-person', t('letter.person'), h('p', { class: 'hint' }, t('letter.person.hint')), facts(pairs));
}

/** The reply the citizen reads, or, while in review, the draft the reviewer decides on. */
function replySection(letter, zone) {
  const text = letter.reply ?? (letter.status === 'in-review' ? letter.draftReply : null);
  if (!text) return null;
  return section(
    'letter-reply-view',
    letter.reply ? t('letter.reply') : t('letter.draftReply'),
    facts([
      [t('letter.replyingSite'), letter.replyingSite ? siteName(letter.replyingSite) : null],
      [t('letter.replied'), letter.replied ? when(letter.replied, zone) : null],
    ]),
    h('p', { class: 'letter-body', id: 'letter-reply-text' }, text)
  );
}

/** The steps, oldest first: what, who, when, and the reason or comment given. */
function trail(steps, zone) {
  if (!steps.length) return h('p', {}, t('history.noTrail'));
  return h(
    'ol',
    { class: 'trail' },
    steps.map((step) => {
      const who = actorLabel(step.actor ?? step.by);
      const note = step.note ?? step.comment ?? step.reason;
      return h(
        'li',
        { class: `trail-step letter-step letter-step-${step.step}` },
        h('span', { class: 'trail-action' }, stepLabel(step.step)),
        ' ',
        h('span', { class: 'trail-who' }, who ? t('review.byAt', { user: who, time: when(step.at, zone) }) : when(step.at, zone)),
        note ? h('blockquote', { class: 'trail-comment' }, note) : null
      );
    })
  );
}
