// The campaign's stages in order, the form that adds or changes one, and the scoring settings.
import { t } from '/common/i18n.js';
import { get, post, put } from '/common/api.js';
import { values, showProblem, clearProblem, showSuccess, hideSuccess, submitting } from './forms.js';
import { h } from './dom.js';

const form = document.getElementById('stage-form');
const settingsForm = document.getElementById('settings-form');
let stages = [];
let editing = null;

export function sourceText(stage) {
  return t(`sel.source.${stage.source}`) + (stage.sourceRef ? ` · ${stage.sourceRef}` : '');
}

export function ratioText(ratio) {
  return ratio ? `1:${ratio}` : '—';
}

function render() {
  const body = document.querySelector('#stage-table tbody');
  body.replaceChildren(...(stages.length ? stages.map((s) => h('tr', {},
    h('td', { className: 'number', 'data-label': t('sel.stage.seq') }, s.seq),
    h('td', { 'data-label': t('sel.stage.name') }, h('strong', {}, s.name), ` (${s.code})`),
    h('td', { 'data-label': t('sel.stage.source') }, sourceText(s)),
    h('td', { className: 'number', 'data-label': t('sel.stage.weight') }, `${Number(s.weight) * 100}%`),
    h('td', { className: 'number', 'data-label': t('sel.stage.maxPoints') }, s.maxPoints),
    h('td', { className: 'number', 'data-label': t('sel.stage.passMark') }, s.passMark ?? '—'),
    h('td', { className: 'number', 'data-label': t('sel.stage.ratio') }, ratioText(s.shortlistRatio)),
    h('td', { className: 'number', 'data-label': t('sel.stage.results') }, s.resultCount),
    h('td', { className: 'row-actions' }, h('button', { type: 'button', className: 'button quiet',
      on: { click: () => edit(s) } }, t('sel.edit'))))) : [h('tr', {}, h('td', { colSpan: 9, className: 'empty' },
    t('sel.stages.none')))]));
  const sum = stages.reduce((total, s) => total + Math.round(Number(s.weight) * 10000), 0) / 10000;
  const line = document.getElementById('weight-sum');
  line.textContent = t(sum === 1 ? 'sel.stages.weightsOk' : 'sel.stages.weightsOff', { sum });
  line.className = sum === 1 ? 'muted' : 'notice warn';
  document.getElementById('stage-form-title').textContent = editing ? t('sel.stage.editing', { name: editing.name })
    : t('sel.stage.add');
  document.getElementById('stage-cancel').hidden = !editing;
}

function edit(stage) {
  editing = stage;
  clearProblem(form);
  hideSuccess(form);
  for (const name of ['seq', 'code', 'name', 'source', 'sourceRef', 'weight', 'maxPoints', 'passMark', 'shortlistRatio']) {
    form.elements.namedItem(name).value = stage[name] ?? '';
  }
  render();
  document.getElementById('stage-form-title').focus();
}

function body() {
  const v = values(form);
  const number = (text) => (text === '' ? undefined : Number(text));
  return { seq: number(v.seq), code: v.code, name: v.name, source: v.source, sourceRef: v.sourceRef,
    weight: number(v.weight), maxPoints: number(v.maxPoints), passMark: v.passMark === '' ? null : Number(v.passMark),
    shortlistRatio: v.shortlistRatio === '' ? null : Number(v.shortlistRatio) };
}

export async function showStages(ctx) {
  stages = (await get(`${ctx.path}/stages`)).stages;
  const settings = await get(`${ctx.path}/settings`);
  settingsForm.elements.namedItem('blindScoring').checked = settings.blindScoring;
  settingsForm.elements.namedItem('differentialRatio').value = settings.differentialRatio;
  if (!editing) form.elements.namedItem('seq').value = stages.length + 1;
  render();
}

export function setUpStages(ctx) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    hideSuccess(form);
    try {
      const saved = await submitting(form, () => ctx.save.track(editing
        ? put(`${ctx.path}/stages/${editing.id}`, body()) : post(`${ctx.path}/stages`, body())));
      editing = null;
      form.reset();
      await showStages(ctx);
      showSuccess(form, 'sel.stage.saved', { name: saved.name });
    } catch (error) {
      showProblem(form, error);
    }
  });
  document.getElementById('stage-cancel').addEventListener('click', () => {
    editing = null;
    form.reset();
    clearProblem(form);
    showStages(ctx);
  });
  settingsForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(settingsForm);
    const ratio = settingsForm.elements.namedItem('differentialRatio').value;
    try {
      await submitting(settingsForm, () => ctx.save.track(put(`${ctx.path}/settings`, {
        blindScoring: settingsForm.elements.namedItem('blindScoring').checked,
        ...(ratio === '' ? {} : { differentialRatio: Number(ratio) }) })));
      showSuccess(settingsForm, 'sel.settings.saved');
    } catch (error) {
      showProblem(settingsForm, error);
    }
  });
}
