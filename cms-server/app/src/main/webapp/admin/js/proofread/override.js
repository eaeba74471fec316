// A submit or publish the server refused for proofreading findings (422 with `findings`): a
// dialog says what was found, in words, and offers to go back and correct it or to go on anyway
// with a reason (10 to 2,000 characters), which the workflow trail keeps with the findings. The
// server judges the reason: its refusal shows beside the reason field, and the dialog stays open.

import { h, replace, uid } from '../dom.js';
import { t } from '../i18n.js';
import { field, textarea, setFieldError, busy } from '../forms.js';
import { refusal } from '../review/common.js';
import { contentRules } from '../rules.js';
import { findingList, countText } from './findings.js';

/** The reason's limits when the server's rules cannot be read (GET /content-rules names them). */
const REASON_LIMITS = { minOverrideReason: 10, maxOverrideReason: 2000 };

/** The findings of a refusal for proofreading, or null when the error is another refusal. */
export function findingsOf(error) {
  return error?.status === 422 && Array.isArray(error.body?.findings) ? error.body.findings : null;
}

/**
 * Opens the dialog. `action` is 'submit' or 'publish' (the words of the dialog); `send(reason)`
 * makes the request again with the reason and resolves with its answer. Resolves with that answer,
 * or null when the user goes back to correct the item.
 */
export async function askOverride({ action, findings, labels = {}, send }) {
  const opener = document.activeElement;
  const limits = (await contentRules().catch(() => null))?.proofreading ?? REASON_LIMITS;
  const MIN_REASON = limits.minOverrideReason ?? REASON_LIMITS.minOverrideReason;
  const MAX_REASON = limits.maxOverrideReason ?? REASON_LIMITS.maxOverrideReason;
  const headingId = uid('override-heading');
  const introId = uid('override-intro');
  const words = wordsOf(action);
  const reason = textarea('overrideReason', '', { id: 'override-reason', rows: 4, maxlength: MAX_REASON });
  const count = h('span', { class: 'override-count', 'aria-hidden': 'true' });
  const problem = h('p', { class: 'field-error override-problem', role: 'alert', hidden: true });
  const listPlace = h('div', { class: 'override-findings' });
  const summary = h('p', { class: 'override-counts' });
  const drawFindings = (list) => {
    summary.textContent = countText(list);
    replace(listPlace, findingList(list, { labels }));
  };
  drawFindings(findings);
  const countReason = () => {
    count.textContent = t('proofread.override.count', { n: reason.value.trim().length, min: MIN_REASON });
  };
  reason.addEventListener('input', countReason);
  countReason();

  return new Promise((resolve) => {
    let answer = null;
    const goButton = h('button', { type: 'submit', class: 'primary danger-primary', id: 'override-send' }, words.send);
    const backButton = h('button', { type: 'button', id: 'override-back', onclick: () => dialog.close() }, t('proofread.override.back'));
    const form = h(
      'form',
      {
        class: 'override-form',
        novalidate: true,
        onsubmit: (event) => {
          event.preventDefault();
          problem.hidden = true;
          const text = reason.value.trim();
          if (text.length < MIN_REASON) {
            setFieldError(form, 'overrideReason', t('proofread.override.tooShort', { min: MIN_REASON }));
            reason.focus();
            return;
          }
          setFieldError(form, 'overrideReason', null);
          busy(goButton, async () => {
            try {
              answer = await send(text);
              dialog.close();
            } catch (error) {
              const why = error.reasonFor?.('overrideReason');
              const again = findingsOf(error);
              if (why) {
                setFieldError(form, 'overrideReason', why);
                reason.focus();
                return;
              }
              if (again) drawFindings(again);
              problem.textContent = again ? t('proofread.override.changed') : refusal(error);
              problem.hidden = false;
            }
          });
        },
      },
      field(t('proofread.override.reason'), reason, { required: true, hint: t('proofread.override.reasonHint', { min: MIN_REASON, max: MAX_REASON }) }),
      count,
      problem,
      h('div', { class: 'actions' }, goButton, backButton)
    );
    const dialog = h(
      'dialog',
      { class: 'override-dialog', id: 'override-dialog', 'aria-labelledby': headingId, 'aria-describedby': introId },
      h('h2', { id: headingId }, words.heading),
      h('p', { id: introId }, words.intro),
      summary,
      listPlace,
      form
    );
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener && opener.isConnected) opener.focus();
      resolve(answer);
    });
    document.body.append(dialog);
    dialog.showModal();
    reason.focus();
  });
}

function wordsOf(action) {
  return action === 'publish'
    ? { heading: t('proofread.override.publishHeading'), intro: t('proofread.override.publishIntro'), send: t('proofread.override.publish') }
    : { heading: t('proofread.override.submitHeading'), intro: t('proofread.override.submitIntro'), send: t('proofread.override.submit') };
}
