// A translation beside its source (#/items/{id}/translate/{language}): the source-language item and
// its version in {language} side by side (stacked on narrow screens). An outdated translation shows
// what changed in the source since it was last saved; a missing one can be started from the source.

import { api } from '../api.js';
import { h, replace } from '../dom.js';
import { t } from '../i18n.js';
import { hasRole } from '../app.js';
import { renderChanges } from '../review/diff.js';
import { clusterZone, zonedTime, refusal, facts } from '../review/common.js';
import { statusLabel } from '../labels.js';

function languageName(tag) {
  const names = { 'zh-CN': t('language.zh-CN'), en: t('language.en') };
  return names[tag] || tag;
}

/** Title, summary and body as plain text (the body's Markdown is shown as written). */
function texts(item, headingId, heading, lang) {
  return [
    h('h2', { id: headingId }, heading),
    h(
      'div',
      { class: 'translate-texts', lang },
      h('h3', {}, t('translate.fieldTitle')),
      h('p', { class: 'translate-title' }, item.title),
      h('h3', {}, t('translate.fieldSummary')),
      h('p', { class: 'translate-summary' }, item.summary || t('common.none')),
      h('h3', {}, t('translate.fieldBody')),
      h('div', { class: 'translate-body' }, item.body || t('common.none'))
    ),
  ];
}

/** What changed in the source since the translation was last saved (empty when up to date). */
function sourceChanges(translation) {
  return api.get(`items/${translation.id}/source-changes`);
}

export default async function render(ctx) {
  const id = ctx.params.id;
  const language = ctx.params.language;
  const zone = clusterZone(ctx);
  const source = await api.get(`items/${encodeURIComponent(id)}`);
  ctx.setTitle(t('translate.title', { title: source.title, language: languageName(language) }));
  const editor = hasRole(source.site, 'EDITOR');
  const known = (source.translations || []).find((tr) => tr.language === language);
  const outcome = h('div', { id: 'translate-outcome', role: 'status', 'aria-live': 'polite' });

  const sourceColumn = h(
    'section',
    { class: 'panel translate-source', 'aria-labelledby': 'translate-source-heading' },
    texts(source, 'translate-source-heading', t('translate.source', { language: languageName(source.language) }), source.language),
    facts([[t('review.fact.status'), statusLabel(source.status)]])
  );

  const target = h('section', { class: 'panel translate-target', 'aria-labelledby': 'translate-target-heading' });

  if (language === source.language) {
    replace(target, h('h2', { id: 'translate-target-heading' }, languageName(language)), h('p', {}, t('translate.sameLanguage')));
  } else if (known) {
    const translation = await api.get(`items/${known.id}`);
    let changes = null;
    if (translation.outdated || known.outdated) {
      try {
        const answer = await sourceChanges(translation);
        changes = renderChanges(answer.changes, {
          caption: t('translate.changesCaption', { from: answer.sinceRevision ?? 1, to: answer.sourceRevision }),
          emptyText: t('translate.noChanges'),
        });
      } catch (error) {
        changes = h('p', { class: 'warning' }, t('translate.changesFailed', { reason: refusal(error) }));
      }
    }
    replace(
      target,
      texts(translation, 'translate-target-heading', t('translate.target', { language: languageName(language) }), language),
      facts([
        [t('review.fact.status'), statusLabel(translation.status)],
        [t('review.fact.updated'), t('review.byAt', { user: translation.updatedBy, time: zonedTime(translation.updatedAt, zone) })],
      ]),
      h(
        'p',
        { class: 'actions' },
        h('a', { href: `#/items/${translation.id}`, class: 'button primary', id: 'translate-edit' }, t('translate.edit')),
        h('a', { href: `#/items/${translation.id}/history`, class: 'button' }, t('review.toHistory'))
      ),
      changes
        ? h(
            'div',
            { class: 'warning translate-outdated', id: 'translate-outdated' },
            h('h3', {}, t('translate.outdated')),
            h('p', {}, t('translate.outdatedText')),
            changes
          )
        : h('p', { class: 'badge ok' }, t('translate.upToDate'))
    );
  } else {
    // The editor starts the new language version from the source (prefilled, saved by the editor).
    const start = h(
      'a',
      {
        class: 'button primary',
        id: 'translate-start',
        href: `#/items/new?translationOf=${encodeURIComponent(source.id)}&language=${encodeURIComponent(language)}`,
      },
      t('translate.start')
    );
    replace(
      target,
      h('h2', { id: 'translate-target-heading' }, t('translate.target', { language: languageName(language) })),
      h('p', {}, t('translate.missing', { language: languageName(language) })),
      editor ? [h('p', { class: 'hint' }, t('translate.startHint')), start] : h('p', {}, t('translate.editorsOnly'))
    );
  }

  const others = (ctx.state.cluster?.languages || []).filter((tag) => tag !== source.language && tag !== language);
  return h(
    'div',
    { class: 'translate-page' },
    h('h1', {}, t('translate.heading', { language: languageName(language) }), ' ', h('span', { class: 'review-title' }, source.title)),
    h(
      'p',
      { class: 'actions' },
      h('a', { href: `#/items/${id}` }, t('translate.toSource')),
      others.map((tag) => h('a', { href: `#/items/${id}/translate/${encodeURIComponent(tag)}` }, t('translate.other', { language: languageName(tag) })))
    ),
    outcome,
    h('div', { class: 'split translate-split' }, sourceColumn, target)
  );
}
