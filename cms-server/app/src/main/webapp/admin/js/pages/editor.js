// The item editor: one form per content type over POST/PUT /items. Routes: #/items/new?site=&type=
// &column=&translationOf=&language= and #/items/{id}. Every API error shows next to its field (an
// input's name is the API field path), a stale save shows what the other person changed, and
// leaving with unsaved changes asks first (ctx.guard).

import { api, apiUrl } from '../api.js';
import { h, replace, announce } from '../dom.js';
import { t, formatDateTime, currentLanguage } from '../i18n.js';
import { field, select, setFieldError, clearErrors, busy } from '../forms.js';
import { hasRole } from '../app.js';
import { requestOf, emptyRequest, setPath, cleaned, parentPath } from '../editor/model.js';
import { textField, selectField } from '../editor/fields.js';
import { bodyEditor } from '../editor/markdown.js';
import { policyPart, interpretationPart, guidePart } from '../editor/parts.js';
import { formFile } from '../editor/upload.js';
import { conflictPanel } from '../editor/conflict.js';
import { statusLabel, typeLabel } from '../labels.js';
import { contentRules } from '../rules.js';
import { proofreadPanel } from '../proofread/panel.js';
import { askOverride, findingsOf } from '../proofread/override.js';

const TYPES = ['news', 'policy', 'interpretation', 'guide', 'form', 'page'];

export default async function render(ctx) {
  const { state } = ctx;
  const id = ctx.params.id ? Number(ctx.params.id) : null;
  let view = null;
  let source = null;
  if (id) view = await api.get(`items/${id}`);
  else if (ctx.query.translationOf) source = await api.get(`items/${encodeURIComponent(ctx.query.translationOf)}`);

  const site = view?.site ?? source?.site ?? ctx.query.site ?? state.site;
  const siteInfo = state.sites.find((s) => s.id === site);
  const clusterLanguages = state.cluster?.languages ?? ['zh-CN'];
  const siteLanguages = (siteInfo?.languages?.length ? siteInfo.languages : clusterLanguages).filter((l) => clusterLanguages.includes(l));
  const type = view?.type ?? source?.type ?? (TYPES.includes(ctx.query.type) ? ctx.query.type : null);
  const [columnTree, formItems, rules] = await Promise.all([
    api.get(`sites/${encodeURIComponent(site)}/columns`),
    type === 'guide' ? api.get('items', { site, type: 'form', size: 100, sort: 'title' }).then((p) => p.items ?? []).catch(() => []) : [],
    contentRules(),
  ]);
  const columns = flattenColumns(Array.isArray(columnTree) ? columnTree : columnTree?.items ?? []);

  if (!type) return typeChooser(ctx, site);

  let initial;
  if (view) initial = requestOf(view);
  else if (source) {
    initial = requestOf(source);
  } else {
    const fitting = columns.filter((c) => c.types.includes(type));
    const column = Number(ctx.query.column) || fitting[0]?.id || null;
    initial = emptyRequest(type, fitting.some((c) => c.id === column) ? column : fitting[0]?.id ?? null);
  }
  const defaultLanguage = siteLanguages.includes(state.cluster?.defaultLanguage) ? state.cluster.defaultLanguage : siteLanguages[0];
  const sourceTranslations = new Set([source?.language, ...(source?.translations ?? []).map((tr) => tr.language)].filter(Boolean));
  const language =
    view?.language ??
    (siteLanguages.includes(ctx.query.language) ? ctx.query.language : source ? siteLanguages.find((l) => !sourceTranslations.has(l)) ?? defaultLanguage : defaultLanguage);

  const ed = {
    id,
    site,
    type,
    language,
    view,
    source,
    version: view?.version ?? null,
    loaded: structuredClone(initial),
    request: structuredClone(initial),
    file: view?.file ?? source?.file ?? null,
    formItems,
    rules,
    labels: {},
    onChange: [],
    timeZone: state.cluster?.timeZone,
    set(path, value) {
      setPath(ed.request, path, value);
      ed.changed();
    },
    changed() {
      for (const listener of ed.onChange) listener();
    },
    dirty() {
      return JSON.stringify(cleaned(ed.request)) !== JSON.stringify(cleaned(ed.loaded)) || (!ed.id && ed.languageChanged);
    },
  };
  ctx.guard(() => ed.dirty());
  ctx.setTitle(view ? view.title : t('editor.newTitle', { type: typeLabel(type) }));

  const page = h('div', { class: 'editor-page with-side' });
  const mayEdit = hasRole(site, 'EDITOR');
  ed.mayEdit = mayEdit;
  const proofreader = proofreadPanel(ed);

  function draw(focusSelector) {
    ed.onChange = [proofreader.changed];
    ed.labels = {};
    const form = buildForm();
    replace(page, header(), form, h('div', { class: 'editor-side-column' }, proofreader.element, view ? sidePanel() : null));
    ed.form = form;
    proofreader.attach(form);
    if (focusSelector) page.querySelector(focusSelector)?.focus();
  }

  function header() {
    const dirtyBadge = h('span', { class: 'badge warn', hidden: !ed.dirty() }, t('editor.unsaved'));
    ed.onChange.push(() => {
      dirtyBadge.hidden = !ed.dirty();
    });
    return h(
      'div',
      { class: 'editor-header' },
      h(
        'h1',
        {},
        view ? t('editor.editTitle', { type: typeLabel(type) }) : source ? t('editor.translationTitle', { type: typeLabel(type) }) : t('editor.newTitle', { type: typeLabel(type) })
      ),
      h(
        'p',
        { class: 'editor-meta' },
        h('span', {}, siteName(state, site)),
        view ? h('span', { class: 'badge' }, statusLabel(view.status)) : null,
        view ? h('span', {}, t('editor.version', { version: view.version })) : null,
        view ? h('span', {}, t('editor.updated', { at: formatDateTime(view.updatedAt, ed.timeZone), by: view.updatedBy ?? '' })) : null,
        dirtyBadge
      ),
      source
        ? h('p', { class: 'notice' }, t('editor.translationOf', { title: source.title, language: languageName(source.language) }), ' ', h('a', { href: `#/items/${source.id}` }, t('editor.openSource')))
        : null,
      mayEdit ? null : h('p', { class: 'warning' }, t('editor.readOnly'))
    );
  }

  function buildForm() {
    const saveButton = h('button', { type: 'submit', class: 'primary' }, view ? t('common.save') : t('editor.create'));
    const errorsPlace = h('div', { class: 'error-place' });
    const conflictPlace = h('div', { class: 'conflict-place' });
    const form = h(
      'form',
      {
        class: 'editor-form',
        novalidate: true,
        'aria-labelledby': 'editor-form-title',
        onsubmit: (event) => {
          event.preventDefault();
          busy(saveButton, () => save(form));
        },
      },
      h('h2', { id: 'editor-form-title', class: 'visually-hidden' }, t('editor.formTitle')),
      conflictPlace,
      errorsPlace,
      commonFields(),
      typePart(),
      h('div', { class: 'actions sticky-actions' }, saveButton, view ? null : h('a', { class: 'button', href: `#/items?site=${encodeURIComponent(site)}` }, t('common.cancel')))
    );
    return form;
  }

  function commonFields() {
    const fitting = columns.filter((c) => c.types.includes(type));
    const columnOptions = [
      ['', t('editor.column.choose')],
      ...fitting.map((c) => [String(c.id), `${'— '.repeat(c.depth)}${columnName(c)}`]),
    ];
    const columnControl = select('column', columnOptions, ed.request.column ?? '');
    columnControl.addEventListener('change', () => ed.set('column', columnControl.value ? Number(columnControl.value) : null));
    ed.labels.column = t('editor.field.column');
    const languageControl = view
      ? null
      : select(
          'language',
          siteLanguages.map((l) => [l, languageName(l)]),
          ed.language
        );
    languageControl?.addEventListener('change', () => {
      ed.language = languageControl.value;
      ed.languageChanged = true;
      ed.changed();
      ed.refreshPreview?.();
    });
    ed.labels.language = t('editor.field.language');
    return h(
      'fieldset',
      { class: 'panel' },
      h('legend', {}, t('editor.common')),
      h(
        'div',
        { class: 'grid-2' },
        field(t('editor.field.column'), columnControl, { required: true, hint: fitting.length ? null : t('editor.column.noneFits', { type: typeLabel(type) }) }),
        languageControl ? field(t('editor.field.language'), languageControl, { required: true }) : null
      ),
      textField(ed, 'title', t('editor.field.title'), { required: true, attrs: { maxlength: rules.itemLimits.title, class: 'wide' } }),
      textField(ed, 'slug', t('editor.field.slug'), { hint: t('editor.hint.slug'), attrs: { autocomplete: 'off', spellcheck: 'false', autocapitalize: 'none' } }),
      textField(ed, 'summary', t('editor.field.summary'), { multiline: true, attrs: { maxlength: rules.itemLimits.summary, rows: 3 } }),
      h(
        'div',
        { class: 'grid-2' },
        textField(ed, 'tags', t('editor.field.tags'), { list: true, hint: t('editor.hint.list') }),
        textField(ed, 'source', t('editor.field.source'), { attrs: { maxlength: rules.itemLimits.source } })
      ),
      bodyEditor(ed)
    );
  }

  function typePart() {
    switch (type) {
      case 'policy':
        return policyPart(ed);
      case 'interpretation':
        return interpretationPart(ed);
      case 'guide':
        return guidePart(ed);
      case 'form':
        return formFile(ed);
      default:
        return null;
    }
  }

  async function save(form, { overVersion } = {}) {
    clearErrors(form);
    replace(form.querySelector('.error-place'));
    const body = cleaned(ed.request);
    try {
      let saved;
      if (ed.id) {
        if (!body.slug) {
          delete body.slug;
          delete body.translationKey;
        }
        saved = await api.put(`items/${ed.id}`, { ...body, version: overVersion ?? ed.version });
      } else {
        saved = await api.post('items', { ...body, site, type, language: ed.language });
      }
      ed.loaded = requestOf(saved);
      ed.request = structuredClone(ed.loaded);
      ed.languageChanged = false;
      announce(t('common.saved'));
      if (!ed.id) {
        ctx.navigate(`#/items/${saved.id}?saved=1`);
        return;
      }
      view = saved;
      ed.view = saved;
      ed.version = saved.version;
      ed.file = saved.file ?? ed.file;
      draw();
      showSaved();
      proofreader.run({ force: true });
    } catch (error) {
      const stale =
        error.status === 409 &&
        error.current?.id === ed.id &&
        (error.errors.some((e) => e.field === 'version') || error.current.version !== ed.version);
      if (stale) {
        showConflict(error.current);
      } else {
        placeErrors(form, error);
      }
    }
  }

  function showSaved() {
    const form = ed.form;
    const warnings = view?.warnings ?? [];
    const note = h(
      'div',
      { class: 'notice', role: 'status', tabindex: '-1' },
      h('p', {}, t('editor.savedVersion', { version: view.version })),
      warnings.length ? h('ul', { class: 'warnings' }, warnings.map((w) => h('li', {}, `${ed.labels[w.field] ?? w.field}: ${w.reason}`))) : null
    );
    replace(form.querySelector('.error-place'), note);
    note.focus();
  }

  function showConflict(current) {
    const form = ed.form;
    const place = form.querySelector('.conflict-place');
    const panel = conflictPanel(ed, current, {
      onTake: (path, value) => {
        setPath(ed.request, path, value);
        draw();
        showConflict(current);
        announce(t('editor.conflict.taken', { field: ed.labels[path] ?? path }));
      },
      onKeepMine: () => {
        // their version becomes the one this save replaces
        ed.version = current.version;
        ed.loaded = requestOf(current);
        view = { ...current };
        ed.view = view;
        const mine = ed.request;
        draw();
        ed.request = mine;
        save(ed.form, { overVersion: current.version });
      },
      onReload: () => {
        ed.loaded = requestOf(current);
        ed.request = structuredClone(ed.loaded);
        ed.version = current.version;
        view = current;
        ed.view = current;
        ed.file = current.file ?? null;
        draw();
        announce(t('editor.conflict.reloaded', { version: current.version }));
      },
    });
    replace(place, panel);
    panel.focus();
  }

  function sidePanel() {
    return h('aside', { class: 'editor-side panel', 'aria-labelledby': 'editor-side-title' }, h('h2', { id: 'editor-side-title', tabindex: '-1' }, t('editor.side')), ...sideContent());
  }

  function sideContent() {
    const parts = [];
    parts.push(
      h(
        'dl',
        { class: 'facts' },
        h('dt', {}, t('editor.fact.status')),
        h('dd', {}, statusLabel(view.status), view.live ? ` · ${t('editor.fact.live', { revision: view.liveRevision ?? '' })}` : ''),
        h('dt', {}, t('editor.fact.version')),
        h('dd', {}, String(view.version)),
        h('dt', {}, t('editor.fact.updated')),
        h('dd', {}, `${formatDateTime(view.updatedAt, ed.timeZone)} · ${view.updatedBy ?? ''}`),
        view.firstPublishedAt ? h('dt', {}, t('editor.fact.published')) : null,
        view.firstPublishedAt ? h('dd', {}, formatDateTime(view.firstPublishedAt, ed.timeZone)) : null,
        view.scheduledAt ? h('dt', {}, t('editor.fact.scheduled')) : null,
        view.scheduledAt ? h('dd', {}, formatDateTime(view.scheduledAt, ed.timeZone)) : null
      )
    );
    if (view.warnings?.length) {
      parts.push(
        h('div', { class: 'warning' }, h('p', {}, t('editor.warnings')), h('ul', {}, view.warnings.map((w) => h('li', {}, `${ed.labels[w.field] ?? w.field}: ${w.reason}`))))
      );
    }
    const sentBack = h('div', { class: 'sent-back-place' });
    parts.push(sentBack);
    loadSendBack(sentBack);

    const message = h('p', { class: 'hint', role: 'status' });
    const actions = h('div', { class: 'actions' });
    if (view.status === 'draft' && mayEdit) {
      const submit = h(
        'button',
        {
          type: 'button',
          class: 'primary',
          id: 'submit-for-review',
          onclick: () =>
            busy(submit, async () => {
              if (ed.dirty()) {
                message.textContent = t('editor.submit.saveFirst');
                return;
              }
              const submitted = (after) => {
                view = after;
                ed.view = after;
                ed.version = after.version;
                ed.loaded = requestOf(after);
                ed.request = structuredClone(ed.loaded);
                draw('#editor-side-title');
                // The submit's answer carries what proofreading found then: warnings, or what a reason let pass.
                if (Array.isArray(after.findings)) proofreader.show(after.findings);
                announce(t('editor.submit.done'));
                page.querySelector('.editor-side .hint[role=status]').textContent = t('editor.submit.done');
              };
              try {
                submitted(await api.post(`items/${view.id}/workflow/submit`, { version: view.version }));
              } catch (error) {
                const findings = findingsOf(error);
                if (findings) {
                  proofreader.show(findings);
                  message.textContent = t('proofread.refused.submit');
                  const after = await askOverride({
                    action: 'submit',
                    findings,
                    labels: ed.labels,
                    send: (overrideReason) => api.post(`items/${view.id}/workflow/submit`, { version: view.version, overrideReason }),
                  });
                  if (after) submitted(after);
                  else proofreader.focus();
                } else if (error.status === 409 && error.current) {
                  message.textContent = t('editor.submit.conflict', { version: error.current.version });
                } else {
                  message.textContent = error.errors?.length ? error.errors.map((e) => `${ed.labels[e.field] ?? e.field}: ${e.reason}`).join('; ') : error.message;
                }
              }
            }),
        },
        t('editor.submit')
      );
      actions.append(submit);
    }
    const preview = h(
      'button',
      {
        type: 'button',
        onclick: () => {
          const opened = window.open('', '_blank');
          busy(preview, async () => {
            try {
              const link = await api.post(`items/${view.id}/preview`);
              const url = link.url.startsWith('/api/v1/') ? apiUrl(link.url.slice('/api/v1/'.length)).href : new URL(link.url, location.origin).href;
              if (opened) {
                opened.opener = null;
                opened.location.href = url;
              }
              replace(message, h('a', { href: url, target: '_blank', rel: 'noopener' }, t('editor.preview.link')));
            } catch (error) {
              opened?.close();
              message.textContent = error.message;
            }
          });
        },
      },
      t('editor.preview.open')
    );
    actions.append(preview);
    parts.push(actions, message);

    const links = [
      h('li', {}, h('a', { href: `#/items/${view.id}/review` }, t('editor.link.review'))),
      h('li', {}, h('a', { href: `#/items/${view.id}/history` }, t('editor.link.history'))),
    ];
    if (view.live && view.liveUrl) {
      links.push(h('li', {}, h('a', { href: new URL(view.liveUrl, location.origin).href, target: '_blank', rel: 'noopener' }, t('editor.link.live'))));
    }
    parts.push(h('nav', { 'aria-label': t('editor.links') }, h('ul', { class: 'link-list' }, links)));

    const others = siteLanguages.filter((l) => l !== view.language);
    if (others.length) {
      parts.push(
        h('h3', {}, t('editor.translations')),
        h(
          'ul',
          { class: 'link-list' },
          others.map((l) => {
            const existing = (view.translations ?? []).find((tr) => tr.language === l);
            return h(
              'li',
              {},
              existing
                ? h('a', { href: `#/items/${existing.id}` }, t('editor.translation.open', { language: languageName(l) }))
                : h('a', { href: `#/items/new?translationOf=${view.id}&language=${encodeURIComponent(l)}` }, t('editor.translation.new', { language: languageName(l) })),
              ' ',
              existing?.outdated ? h('span', { class: 'badge warn' }, t('editor.translation.outdated')) : null,
              ' ',
              h('a', { href: `#/items/${view.id}/translate/${encodeURIComponent(l)}` }, t('editor.translation.sideBySide', { language: languageName(l) }))
            );
          })
        )
      );
    }
    return parts;
  }

  async function loadSendBack(place) {
    if (view.status !== 'draft') return;
    try {
      const history = await api.get(`items/${view.id}/workflow/history`);
      const events = Array.isArray(history) ? history : history?.items ?? [];
      const last = [...events].reverse().find((e) => e.action === 'send-back' || e.action === 'submit');
      if (last?.action === 'send-back') {
        replace(
          place,
          h(
            'div',
            { class: 'warning sent-back' },
            h('p', {}, t('editor.sentBack', { by: last.actor, at: formatDateTime(last.at, ed.timeZone) })),
            h('blockquote', {}, last.comment ?? '')
          )
        );
      }
    } catch {
      // the trail is a help, not a condition for editing
    }
  }

  draw();
  proofreader.run();
  if (ctx.query.saved) {
    replace(page.querySelector('.error-place'), h('p', { class: 'notice', role: 'status' }, t('editor.created', { id: view.id })));
  }
  return page;
}

/**
 * Each API error beside its field: the input named exactly by the error's path, else the nearest
 * enclosing path that has one (`tags[1]` → `tags`); all of them in a summary at the top whose
 * entries move the focus to their field.
 */
function placeErrors(form, error) {
  clearErrors(form);
  const byControl = new Map();
  const lines = [];
  for (const { field: path, reason } of error.errors ?? []) {
    let name = path;
    while (name && !form.querySelector(`[name="${CSS.escape(name)}"]`)) name = parentPath(name);
    const control = name ? form.querySelector(`[name="${CSS.escape(name)}"]`) : null;
    if (control) {
      const reasons = byControl.get(name) ?? [];
      reasons.push(name === path ? reason : `${path}: ${reason}`);
      byControl.set(name, reasons);
    }
    const label = control ? labelOf(form, control) : path;
    lines.push({ control, text: `${label}: ${reason}` });
  }
  for (const [name, reasons] of byControl) setFieldError(form, name, reasons.join('; '));
  const summary = h(
    'div',
    { class: 'error-summary', role: 'alert', tabindex: '-1' },
    h('p', {}, error.errors?.length ? t('form.errors', { n: error.errors.length }) : error.status === 403 ? t('error.forbidden') : error.message),
    lines.length
      ? h(
          'ul',
          {},
          lines.map(({ control, text }) =>
            h('li', {}, control ? h('button', { type: 'button', class: 'link-button', onclick: () => control.focus() }, text) : text)
          )
        )
      : null
  );
  replace(form.querySelector('.error-place'), summary);
  summary.focus();
}

function labelOf(form, control) {
  const label = form.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  if (label) return label.textContent.replace(/\s*\*$/, '');
  return control.closest('[data-field]')?.querySelector('.picker-label')?.textContent ?? control.name;
}

function typeChooser(ctx, site) {
  ctx.setTitle(t('editor.chooseType'));
  return h(
    'section',
    { class: 'panel' },
    h('h1', {}, t('editor.chooseType')),
    h(
      'ul',
      { class: 'link-list' },
      TYPES.map((type) => h('li', {}, h('a', { href: `#/items/new?site=${encodeURIComponent(site)}&type=${type}` }, typeLabel(type))))
    )
  );
}

function flattenColumns(tree, depth = 0, into = []) {
  for (const column of tree) {
    into.push({ ...column, depth, types: column.types ?? [] });
    flattenColumns(column.children ?? [], depth + 1, into);
  }
  return into;
}

function columnName(column) {
  return column.names?.[currentLanguage()] ?? column.names?.['zh-CN'] ?? column.code;
}

function siteName(state, id) {
  const site = state.sites.find((s) => s.id === id);
  return site?.names?.[currentLanguage()] ?? site?.names?.['zh-CN'] ?? id;
}

function languageName(tag) {
  try {
    return new Intl.DisplayNames([currentLanguage()], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
