// Review of one item (#/items/{id}/review): what a reviewer needs to decide — the item's facts, what
// changed against the live version, a preview in the site's theme — and the decision: publish now,
// schedule (date and time on the cluster's clocks), send back with a comment, withdraw. Editors see
// the same facts, diff and trail, without the decision buttons.

import { api } from '../api.js';
import { h, replace, announce, uid } from '../dom.js';
import { t, currentLanguage } from '../i18n.js';
import { field, input, textarea, showErrors, clearErrors, busy } from '../forms.js';
import { hasRole, siteName } from '../app.js';
import { renderChanges } from '../review/diff.js';
import { statusLabel, typeLabel } from '../labels.js';
import {
  clusterZone,
  zonedTime,
  zonedInstant,
  wallDateTime,
  columnName,
  renderTrail,
  refusal,
  facts,
  serverUrl,
} from '../review/common.js';
import { askOverride, findingsOf } from '../proofread/override.js';
import { findingList, countText } from '../proofread/findings.js';
import { textsOf } from '../proofread/panel.js';
import { requestOf } from '../editor/model.js';

export default async function render(ctx) {
  const id = ctx.params.id;
  const zone = clusterZone(ctx);
  const item = await api.get(`items/${encodeURIComponent(id)}`);
  ctx.setTitle(t('review.title', { title: item.title }));
  const reviewer = hasRole(item.site, 'REVIEWER');
  const editor = hasRole(item.site, 'EDITOR');

  const page = h('div', { class: 'review-page' });
  const summarySlot = h('section', { class: 'panel', 'aria-labelledby': 'review-summary-heading' });
  const diffSlot = h('section', { class: 'panel', 'aria-labelledby': 'review-diff-heading' });
  const trailSlot = h('section', { class: 'panel', 'aria-labelledby': 'review-trail-heading' });
  const findingsSlot = h('div', { class: 'review-findings-place' });
  const outcome = h('div', { class: 'review-outcome', id: 'review-outcome', role: 'status', 'aria-live': 'polite' });

  let current = item;
  let trail = [];
  const column = await columnName(item.site, item.column, currentLanguage());

  async function loadTrail() {
    try {
      trail = await api.get(`items/${id}/workflow/history`);
    } catch {
      trail = [];
    }
    replace(trailSlot, h('h2', { id: 'review-trail-heading' }, t('review.trail')), renderTrail(trail, zone));
  }

  function renderSummary() {
    replace(findingsSlot, findingsPanel());
    const submitted = [...trail].reverse().find((event) => event.action === 'submit');
    replace(
      summarySlot,
      h('h2', { id: 'review-summary-heading' }, t('review.summary')),
      facts([
        [t('review.fact.title'), current.title],
        [t('review.fact.type'), typeLabel(current.type)],
        [t('review.fact.language'), current.language],
        [t('review.fact.site'), siteName(current.site)],
        [t('review.fact.column'), column],
        [t('review.fact.status'), h('span', { class: 'badge', id: 'review-status' }, statusLabel(current.status))],
        [t('review.fact.scheduledAt'), current.status === 'scheduled' && current.scheduledAt ? h('span', { id: 'review-scheduled-at' }, zonedTime(current.scheduledAt, zone)) : null],
        [t('review.fact.submitted'), submitted ? t('review.byAt', { user: submitted.actor, time: zonedTime(submitted.at, zone) }) : null],
        [t('review.fact.updated'), t('review.byAt', { user: current.updatedBy, time: zonedTime(current.updatedAt, zone) })],
        [t('review.fact.revision'), t('review.revisionVersion', { revision: current.revision, version: current.version })],
        [t('review.fact.live'), current.live ? liveLink(current) : t('review.notLive')],
        [t('review.fact.translations'), translationLinks()],
      ])
    );
  }

  /** Links to the side-by-side screens of this source item's other languages. */
  function translationLinks() {
    if (current.language !== ctx.state.cluster?.defaultLanguage) return null;
    const others = (ctx.state.cluster?.languages || []).filter((tag) => tag !== current.language);
    if (!others.length) return null;
    return others.map((tag, i) => {
      const existing = (current.translations || []).find((tr) => tr.language === tag);
      const state = existing ? (existing.outdated ? t('review.translationOutdated') : statusLabel(existing.status)) : t('review.translationMissing');
      return [i ? ' · ' : null, h('a', { href: `#/items/${id}/translate/${encodeURIComponent(tag)}` }, t('review.translationLink', { language: tag, state }))];
    });
  }

  async function loadDiff() {
    let body;
    try {
      const diff = await liveDiff();
      const caption = diff.liveRevision
        ? t('review.diffCaption', { live: diff.liveRevision, revision: diff.revision })
        : t('review.diffCaptionNew', { revision: diff.revision });
      body = renderChanges(diff.changes, { caption, emptyText: t('review.noChanges') });
    } catch (error) {
      body = h('p', { class: 'warning', role: 'alert' }, t('review.diffFailed', { reason: refusal(error) }));
    }
    replace(diffSlot, h('h2', { id: 'review-diff-heading' }, t('review.diff')), body);
  }

  /** The working copy against the live version (every field added when never published). */
  function liveDiff() {
    return api.get(`items/${id}/live-diff`);
  }

  // ---- preview -------------------------------------------------------------------------------
  const previewSlot = h('div', { class: 'review-preview' });
  const previewButton = h(
    'button',
    {
      type: 'button',
      id: 'review-preview',
      onclick: () =>
        busy(previewButton, async () => {
          try {
            const link = await api.post(`items/${id}/preview`);
            replace(
              previewSlot,
              h(
                'p',
                {},
                h('a', { href: serverUrl(link.url), target: '_blank', rel: 'noopener noreferrer', id: 'review-preview-link' }, t('review.previewOpen')),
                ' ',
                h('span', { class: 'hint' }, t('review.previewExpires', { time: zonedTime(link.expiresAt, zone) }))
              ),
              // No allow-scripts: the page shows in the site's theme, and nothing in it can run.
              h('iframe', { class: 'preview', src: serverUrl(link.url), sandbox: 'allow-same-origin', title: t('review.previewFrame', { title: current.title }), id: 'review-preview-frame' })
            );
            announce(t('review.previewReady'));
          } catch (error) {
            replace(previewSlot, h('p', { class: 'field-error', role: 'alert' }, refusal(error)));
          }
        }),
    },
    t('review.preview')
  );

  // ---- decisions -----------------------------------------------------------------------------
  function reloadButton() {
    return h('button', { type: 'button', class: 'link-button', id: 'review-reload', onclick: () => ctx.navigate(location.hash) }, t('review.reload'));
  }

  function showRefusal(form, error) {
    if (error.status === 400 && error.errors?.length) {
      showErrors(form, error);
      replace(outcome, h('p', { class: 'field-error' }, refusal(error)));
      return;
    }
    clearErrors(form);
    replace(outcome, h('p', { class: 'error-summary', role: 'alert' }, refusal(error), error.status === 409 ? [' ', reloadButton()] : null));
  }

  /**
   * A step refused for proofreading findings: the dialog says what was found and may send the
   * step again with a reason; anything else is refused as before.
   */
  async function refusedOrOverridden(form, error, action, resend, done) {
    const findings = findingsOf(error);
    if (!findings) {
      showRefusal(form, error);
      return;
    }
    clearErrors(form);
    const said = h('p', { class: 'warning', id: 'review-refused-findings', tabindex: '-1' }, action === 'publish' ? t('proofread.refused.publish') : t('proofread.refused.submit'), ' ', countText(findings));
    replace(outcome, said);
    const updated = await askOverride({ action, findings, send: resend });
    if (updated) await done(updated);
    else said.focus(); // back from the dialog to what was refused, not to the top of the page
  }

  /**
   * What the proofreader finds in the item: the findings of the last step's answer, else those of
   * POST /proofread over the item's texts when the screen opened. Nothing when nothing was found.
   */
  let proofread = [];
  async function loadFindings() {
    try {
      const answer = await api.post('proofread', { site: item.site, language: item.language, fields: textsOf({ request: requestOf(item), file: item.file }) });
      proofread = answer?.findings ?? [];
    } catch {
      proofread = []; // a help for the decision: the step itself proofreads again
    }
  }

  function findingsPanel() {
    const found = current.findings ?? proofread;
    if (!found.length) return null;
    return h(
      'section',
      { class: 'panel review-findings', id: 'review-findings', 'aria-labelledby': 'review-findings-heading' },
      h('h2', { id: 'review-findings-heading' }, t('proofread.heading')),
      h('p', {}, countText(found)),
      findingList(found)
    );
  }

  async function afterStep(updated, message) {
    current = updated;
    await loadTrail();
    renderSummary();
    renderDecisions();
    await loadDiff();
    replace(outcome, h('p', { class: 'notice' }, message));
    announce(message);
  }

  function publishForm() {
    const button = h('button', { type: 'submit', class: 'primary', id: 'review-publish' }, t('review.publishNow'));
    const form = h(
      'form',
      {
        class: 'review-form',
        'aria-labelledby': 'review-publish-heading',
        novalidate: true,
        onsubmit: (event) => {
          event.preventDefault();
          busy(button, async () => {
            const published = async (updated) => {
              await afterStep(updated, t('review.published'));
              confirmLive(updated);
            };
            try {
              await published(await api.post(`items/${id}/workflow/publish`, { version: current.version }));
            } catch (error) {
              await refusedOrOverridden(form, error, 'publish', (overrideReason) => api.post(`items/${id}/workflow/publish`, { version: current.version, overrideReason }), published);
            }
          });
        },
      },
      h('h3', { id: 'review-publish-heading' }, t('review.publishHeading')),
      button
    );
    return form;
  }

  function scheduleForm() {
    const later = wallDateTime(Date.now() + 60 * 60 * 1000, zone);
    const date = input('at', later.date, { type: 'date', id: 'review-at-date' });
    const time = input('time', later.time, { type: 'time', id: 'review-at-time' });
    const button = h('button', { type: 'submit', id: 'review-schedule' }, t('review.schedule'));
    const form = h(
      'form',
      {
        class: 'review-form',
        'aria-labelledby': 'review-schedule-heading',
        novalidate: true,
        onsubmit: (event) => {
          event.preventDefault();
          clearErrors(form);
          const at = zonedInstant(date.value, time.value, zone);
          if (!at) {
            showErrors(form, { errors: [{ field: 'at', reason: t('review.badTime', { zone }) }], message: '' });
            return;
          }
          busy(button, async () => {
            const scheduled = (updated) => afterStep(updated, t('review.scheduled', { time: zonedTime(updated.scheduledAt || at, zone) }));
            try {
              await scheduled(await api.post(`items/${id}/workflow/publish`, { version: current.version, at }));
            } catch (error) {
              await refusedOrOverridden(form, error, 'publish', (overrideReason) => api.post(`items/${id}/workflow/publish`, { version: current.version, at, overrideReason }), scheduled);
            }
          });
        },
      },
      h('h3', { id: 'review-schedule-heading' }, t('review.scheduleHeading')),
      h('p', { class: 'hint', id: 'review-zone' }, t('review.zoneHint', { zone })),
      h('div', { class: 'review-when' }, field(t('review.date'), date, { required: true }), field(t('review.time'), time, { required: true })),
      button
    );
    return form;
  }

  function commentForm({ action, heading, label, submitLabel, buttonId, done, danger }) {
    const comment = textarea('comment', '', { id: `review-${action}-comment`, maxlength: 2000 });
    const button = h('button', { type: 'submit', class: danger ? 'danger' : null, id: buttonId }, submitLabel);
    const headingId = uid('review-heading');
    const form = h(
      'form',
      {
        class: 'review-form',
        'aria-labelledby': headingId,
        novalidate: true,
        onsubmit: (event) => {
          event.preventDefault();
          clearErrors(form);
          if (!comment.value.trim()) {
            showErrors(form, { errors: [{ field: 'comment', reason: t('review.commentRequired') }], message: '' });
            return;
          }
          busy(button, async () => {
            try {
              const updated = await api.post(`items/${id}/workflow/${action}`, { version: current.version, comment: comment.value });
              await afterStep(updated, done);
            } catch (error) {
              showRefusal(form, error);
            }
          });
        },
      },
      h('h3', { id: headingId }, heading),
      field(label, comment, { required: true }),
      button
    );
    return form;
  }

  const decisions = h('section', { class: 'panel review-decisions', 'aria-labelledby': 'review-decide-heading' });

  function submitForm() {
    const button = h('button', { type: 'submit', class: 'primary', id: 'review-submit' }, t('review.submit'));
    const form = h(
      'form',
      {
        class: 'review-form',
        'aria-labelledby': 'review-submit-heading',
        novalidate: true,
        onsubmit: (event) => {
          event.preventDefault();
          busy(button, async () => {
            const submitted = (updated) => afterStep(updated, t('review.submitted'));
            try {
              await submitted(await api.post(`items/${id}/workflow/submit`, { version: current.version }));
            } catch (error) {
              await refusedOrOverridden(form, error, 'submit', (overrideReason) => api.post(`items/${id}/workflow/submit`, { version: current.version, overrideReason }), submitted);
            }
          });
        },
      },
      h('h3', { id: 'review-submit-heading' }, t('review.submitHeading')),
      h('p', { class: 'hint' }, t('review.submitHint')),
      button
    );
    return form;
  }

  function renderDecisions() {
    const forms = [];
    if (editor && (current.status === 'draft' || current.status === 'withdrawn')) forms.push(submitForm());
    if (!reviewer) {
      decisions.hidden = !forms.length;
      replace(decisions, h('h2', { id: 'review-decide-heading' }, t('review.editorActions')), forms);
      return;
    }
    if (current.status === 'in_review') forms.push(publishForm(), scheduleForm());
    if (current.status === 'in_review' || current.status === 'scheduled') {
      forms.push(
        commentForm({
          action: 'send-back',
          heading: t('review.sendBackHeading'),
          label: t('review.sendBackComment'),
          submitLabel: t('review.sendBack'),
          buttonId: 'review-send-back',
          done: t('review.sentBack'),
        })
      );
    }
    if (current.live) {
      forms.push(
        commentForm({
          action: 'withdraw',
          heading: t('review.withdrawHeading'),
          label: t('review.withdrawComment'),
          submitLabel: t('review.withdraw'),
          buttonId: 'review-withdraw',
          done: t('review.withdrawn'),
          danger: true,
        })
      );
    }
    replace(
      decisions,
      h('h2', { id: 'review-decide-heading' }, t('review.decide')),
      forms.length ? h('div', { class: 'review-forms' }, forms) : h('p', {}, t('review.nothingToDecide', { status: statusLabel(current.status) }))
    );
  }

  // ---- after publishing: the live page, and a check that it is there --------------------------
  function liveLink(view) {
    if (!view.liveUrl) return t('review.liveNoUrl');
    return h('a', { href: serverUrl(view.liveUrl), target: '_blank', rel: 'noopener', id: 'review-live-link' }, view.liveUrl);
  }

  async function confirmLive(view) {
    if (!view.liveUrl) return;
    const url = serverUrl(view.liveUrl);
    const check = h('p', { class: 'review-live-check', id: 'review-live-check' }, t('review.liveChecking'));
    outcome.append(h('p', {}, t('review.liveAt'), ' ', liveLink(view)), check);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      try {
        const response = await fetch(url, { cache: 'no-store', credentials: 'same-origin' });
        if (response.ok) {
          replace(check, h('span', { class: 'badge ok' }, t('review.liveConfirmed')));
          announce(t('review.liveConfirmed'));
          return;
        }
      } catch {
        // Not there yet: look again.
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    replace(check, h('span', { class: 'badge warn' }, t('review.liveNotYet')));
    announce(t('review.liveNotYet'));
  }

  await Promise.all([loadTrail(), loadFindings()]);
  renderSummary();
  await loadDiff();
  if (reviewer || editor) renderDecisions();

  replace(
    page,
    h('h1', {}, t('review.heading'), ' ', h('span', { class: 'review-title' }, item.title)),
    h(
      'p',
      { class: 'actions review-links' },
      h('a', { href: `#/items/${id}` }, t('review.toEditor')),
      h('a', { href: `#/items/${id}/history` }, t('review.toHistory')),
      previewButton
    ),
    previewSlot,
    outcome,
    reviewer ? null : h('p', { class: 'notice', id: 'review-not-reviewer' }, t('review.editorOnly')),
    h('div', { class: 'review-layout' }, h('div', { class: 'review-main' }, summarySlot, findingsSlot, diffSlot), h('div', { class: 'review-side' }, reviewer || editor ? decisions : null, trailSlot))
  );
  return page;
}
