// What each content type adds to the common fields: a policy's disclosure metadata, an
// interpretation's linked policies, a service guide's elements with its completeness meter and
// materials table. (A form item's file is upload.js.)

import { h, replace, uid, announce } from '../dom.js';
import { t } from '../i18n.js';
import { field } from '../forms.js';
import { textField, numberField, selectField, checkboxField, toNumber } from './fields.js';
import { itemPicker } from './picker.js';
import { missingGuideElements } from './checks.js';
import { requiredGuideFields } from '../rules.js';
import { cleaned } from './model.js';

export function policyPart(ed) {
  const p = 'policy.';
  return h(
    'fieldset',
    { class: 'panel' },
    h('legend', {}, t('policy.legend')),
    h(
      'div',
      { class: 'grid-2' },
      textField(ed, `${p}indexNo`, t('policy.indexNo'), { required: true, hint: t('policy.hint.indexNo'), attrs: { autocomplete: 'off', spellcheck: 'false' } }),
      textField(ed, `${p}issuer`, t('policy.issuer'), { required: true }),
      textField(ed, `${p}docNo`, t('policy.docNo'), { hint: t('policy.hint.docNo'), attrs: { autocomplete: 'off' } }),
      textField(ed, `${p}writtenOn`, t('policy.writtenOn'), { required: true, hint: t('policy.hint.date'), attrs: { placeholder: 'YYYY-MM-DD', inputmode: 'numeric', autocomplete: 'off' } }),
      selectField(ed, `${p}validity`, t('policy.validity'), [
        ['', t('policy.validity.none')],
        ['valid', t('policy.validity.valid')],
        ['amended', t('policy.validity.amended')],
        ['repealed', t('policy.validity.repealed')],
        ['expired', t('policy.validity.expired')],
      ]),
      textField(ed, `${p}validUntil`, t('policy.validUntil'), { hint: t('policy.hint.date'), attrs: { placeholder: 'YYYY-MM-DD', inputmode: 'numeric', autocomplete: 'off' } }),
      textField(ed, `${p}subject`, t('policy.subject')),
      textField(ed, `${p}keywords`, t('policy.keywords'), { list: true, hint: t('editor.hint.list') })
    ),
    h('p', { class: 'hint' }, t('policy.hint.published'))
  );
}

export function interpretationPart(ed) {
  const refs = [...(ed.view?.interprets ?? [])];
  return h(
    'fieldset',
    { class: 'panel' },
    h('legend', {}, t('editor.interpretation.legend')),
    selectField(ed, 'interpretation.form', t('editor.interpretation.form'), [
      ['text', t('editor.interpretation.form.text')],
      ['graphic', t('editor.interpretation.form.graphic')],
      ['video', t('editor.interpretation.form.video')],
      ['qa', t('editor.interpretation.form.qa')],
    ]),
    (ed.labels['interpretation.interprets'] = t('editor.interpretation.interprets')) &&
      itemPicker({
        name: 'interpretation.interprets',
        label: t('editor.interpretation.interprets'),
        site: ed.site,
        type: 'policy',
        ids: ed.request.interpretation.interprets,
        refs,
        onChange: (ids) => ed.set('interpretation.interprets', ids),
      })
  );
}

export function guidePart(ed) {
  const g = 'guide.';
  const meter = h('div', { class: 'guide-meter' });
  const required = requiredGuideFields(ed.rules);
  // The console's words for an element; the standard's name for one it has no words for yet.
  const elementName = (name) => {
    const label = t(`guide.${name}`);
    return label === `guide.${name}` ? ed.rules.guideElements.find((e) => e.field === name).standardName : label;
  };
  const drawMeter = () => {
    const missing = missingGuideElements(cleaned(ed.request).guide, required);
    const done = required.length - missing.length;
    replace(
      meter,
      h('label', { for: 'guide-meter' }, t('guide.meter', { n: done, total: required.length })),
      h('meter', { id: 'guide-meter', min: 0, max: required.length, value: done, low: required.length - 0.5, optimum: required.length }),
      missing.length
        ? h('p', { class: 'guide-missing' }, t('guide.missing'), ' ', missing.map(elementName).join('、'))
        : h('p', { class: 'badge ok' }, t('guide.complete'))
    );
  };
  ed.onChange.push(drawMeter);
  drawMeter();
  ed.labels['guide.timeLimit.statutoryDays'] = t('guide.statutoryDays');
  return h(
    'fieldset',
    { class: 'panel' },
    h('legend', {}, t('guide.legend')),
    meter,
    h(
      'div',
      { class: 'grid-2' },
      textField(ed, `${g}itemCode`, t('guide.itemCode')),
      textField(ed, `${g}itemType`, t('guide.itemType'))
    ),
    textField(ed, `${g}basis`, t('guide.basis'), { multiline: true }),
    textField(ed, `${g}conditions`, t('guide.conditions'), { multiline: true }),
    materialsTable(ed),
    textField(ed, `${g}process`, t('guide.process'), {
      multiline: true,
      hint: t('guide.hint.process'),
      parse: (text) => text.split('\n'),
      attrs: { rows: 5 },
    }),
    h(
      'fieldset',
      { class: 'subgroup' },
      h('legend', {}, t('guide.timeLimit')),
      h(
        'div',
        { class: 'grid-2' },
        numberField(ed, `${g}timeLimit.statutoryDays`, t('guide.statutoryDays')),
        numberField(ed, `${g}timeLimit.promisedDays`, t('guide.promisedDays'))
      )
    ),
    h(
      'div',
      { class: 'grid-2' },
      textField(ed, `${g}fees`, t('guide.fees'), { hint: t('guide.hint.fees') }),
      textField(ed, `${g}location`, t('guide.location')),
      textField(ed, `${g}hours`, t('guide.hours')),
      textField(ed, `${g}department`, t('guide.department')),
      textField(ed, `${g}phone`, t('guide.phone'), { attrs: { type: 'tel', autocomplete: 'off' } }),
      textField(ed, `${g}supervisionPhone`, t('guide.supervisionPhone'), { attrs: { type: 'tel', autocomplete: 'off' } }),
      textField(ed, `${g}onlineUrl`, t('guide.onlineUrl'), { attrs: { type: 'url', placeholder: 'https://' } })
    ),
    (ed.labels['guide.forms'] = t('guide.forms')) &&
      itemPicker({
        name: 'guide.forms',
        label: t('guide.forms'),
        site: ed.site,
        type: 'form',
        ids: ed.request.guide.forms ?? [],
        refs: ed.view?.forms ?? [],
        onChange: (ids) => ed.set('guide.forms', ids),
      })
  );
}

/** 申请材料: one row per material, each with a picker of the site's form items. */
function materialsTable(ed) {
  const body = h('tbody', {});
  const wrapper = h('div', { class: 'field materials', 'data-field': 'guide.materials' });
  ed.labels['guide.materials'] = t('guide.materials');
  const formOptions = () => [
    ['', t('guide.material.noForm')],
    ...(ed.formItems ?? []).map((item) => [String(item.id), `${item.title} (#${item.id})`]),
  ];

  function rows() {
    if (!Array.isArray(ed.request.guide.materials)) ed.request.guide.materials = [];
    return ed.request.guide.materials;
  }

  function cell(control, label) {
    const id = uid('mat');
    control.id = id;
    control.setAttribute('aria-describedby', `${id}-error`);
    return h('td', {}, h('label', { for: id, class: 'cell-label' }, label), control, h('p', { class: 'field-error', id: `${id}-error`, hidden: true }));
  }

  function draw(focusRow) {
    const list = rows();
    replace(
      body,
      list.map((material, i) => {
        const path = `guide.materials[${i}]`;
        const n = i + 1;
        const name = h('input', { type: 'text', name: `${path}.name`, value: material.name ?? '' });
        name.addEventListener('input', () => ed.set(`${path}.name`, name.value));
        const form = h(
          'select',
          { name: `${path}.form` },
          formOptions().map(([value, label]) => h('option', { value, selected: String(material.form ?? '') === value }, label))
        );
        if (material.form != null && !(ed.formItems ?? []).some((f) => f.id === material.form)) {
          form.append(h('option', { value: String(material.form), selected: true }, t('editor.picker.unavailable', { id: material.form })));
        }
        form.addEventListener('change', () => ed.set(`${path}.form`, form.value ? Number(form.value) : null));
        const copies = h('input', { type: 'number', min: 0, step: 1, name: `${path}.copies`, value: material.copies ?? '', class: 'narrow' });
        copies.addEventListener('input', () => ed.set(`${path}.copies`, toNumber(copies.value)));
        ed.labels[`${path}.name`] = t('guide.material.nameN', { n });
        ed.labels[`${path}.form`] = t('guide.material.formN', { n });
        return h(
          'tr',
          {},
          cell(name, t('guide.material.nameN', { n })),
          cell(form, t('guide.material.formN', { n })),
          cell(copies, t('guide.material.copiesN', { n })),
          h('td', {}, h('label', { class: 'check' }, checkboxField(ed, `${path}.original`, t('guide.material.originalN', { n })), t('guide.material.original'))),
          h('td', {}, h('label', { class: 'check' }, checkboxField(ed, `${path}.required`, t('guide.material.requiredN', { n })), t('guide.material.required'))),
          h(
            'td',
            {},
            h(
              'button',
              {
                type: 'button',
                class: 'danger',
                'aria-label': t('guide.material.removeN', { n, name: material.name || '' }),
                onclick: () => {
                  list.splice(i, 1);
                  ed.set('guide.materials', list);
                  draw();
                  announce(t('guide.material.removed', { n }));
                  addButton.focus();
                },
              },
              t('guide.material.remove')
            )
          )
        );
      })
    );
    if (!list.length) body.append(h('tr', {}, h('td', { colspan: 6, class: 'muted' }, t('guide.material.none'))));
    if (focusRow !== undefined) body.querySelector(`[name="guide.materials[${focusRow}].name"]`)?.focus();
  }

  const addButton = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        const list = rows();
        list.push({ name: '', form: null, copies: 1, original: true, required: true });
        ed.set('guide.materials', list);
        draw(list.length - 1);
      },
    },
    t('guide.material.add')
  );
  ed.redrawMaterials = () => draw();
  draw();
  const hidden = h('input', { type: 'hidden', name: 'guide.materials', id: uid('materials') });
  return append(
    wrapper,
    h('span', { class: 'picker-label', id: 'materials-label' }, t('guide.materials')),
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { class: 'materials-table', 'aria-labelledby': 'materials-label' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, t('guide.material.name')),
            h('th', { scope: 'col' }, t('guide.material.form')),
            h('th', { scope: 'col' }, t('guide.material.copies')),
            h('th', { scope: 'col' }, t('guide.material.original')),
            h('th', { scope: 'col' }, t('guide.material.required')),
            h('th', { scope: 'col' }, t('common.actions'))
          )
        ),
        body
      )
    ),
    hidden,
    h('p', { class: 'field-error', id: `${hidden.id}-error`, hidden: true }),
    addButton
  );
}

function append(parent, ...children) {
  for (const child of children) parent.append(child);
  return parent;
}

export { field };
