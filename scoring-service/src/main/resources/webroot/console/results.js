// One stage's results: every candidate with points, score on 100 and where it came from; entry by hand
// and file import for stages run elsewhere (not for panel stages, whose results come from confirmed sheets).
import { t } from '/common/i18n.js';
import { get, put, upload } from '/common/api.js';
import { h, download, showError } from './dom.js';
import { sourceText } from './stages.js';

let stages = [];
let stageId = null;

function sourceOf(r) {
  if (r.points === null) return t('sel.results.none');
  const by = r.recordedBy ? ` · ${r.recordedBy}` : '';
  return `${t(`sel.results.source.${r.source}`)}${by}${r.note ? ` · ${r.note}` : ''}`;
}

function entryCell(ctx, stage, r, problem) {
  if (stage.source === 'panel') return '';
  const input = h('input', { type: 'number', min: 0, max: Number(stage.maxPoints), step: 0.01, value: r.points ?? '',
    className: 'points-input', 'aria-label': t('sel.results.pointsFor', { name: r.name }), 'data-candidate': r.candidateId });
  const save = h('button', { type: 'button', className: 'button quiet', on: { click: async () => {
    try {
      await ctx.save.track(put(`${ctx.path}/stages/${stage.id}/results/${r.candidateId}`, { points: Number(input.value),
        note: t('sel.results.manualNote') }));
      showError(problem, null);
      await showResults(ctx, String(stage.id));
    } catch (error) {
      showError(problem, error);
    }
  } } }, t('sel.save'));
  return h('span', { className: 'entry' }, input, save);
}

export async function showResults(ctx, arg) {
  stages = (await get(`${ctx.path}/stages`)).stages;
  const select = document.getElementById('results-stage');
  stageId = Number(arg) || stageId || stages[0]?.id;
  select.replaceChildren(...stages.map((s) => h('option', { value: s.id, selected: s.id === stageId }, `${s.seq}. ${s.name}`)));
  const stage = stages.find((s) => s.id === stageId);
  if (!stage) return;
  const answer = await get(`${ctx.path}/stages/${stage.id}/results`);
  document.getElementById('results-lead').textContent = t('sel.results.lead', { source: sourceText(stage),
    max: stage.maxPoints, count: answer.results.filter((r) => r.points !== null).length, total: answer.results.length });
  document.getElementById('results-import').hidden = stage.source === 'panel';
  document.getElementById('results-print').href = `print.html?campaign=${ctx.campaignId}&sheet=stage-${stage.id}`;
  const problem = document.getElementById('results-import-result');
  document.querySelector('#results-table tbody').replaceChildren(...answer.results.map((r) => h('tr', {},
    h('td', { 'data-label': t('sel.position') }, r.positionCode),
    h('td', { 'data-label': t('sel.name') }, h('a', { href: `candidate.html?campaign=${ctx.campaignId}&candidate=${r.candidateId}` }, r.name)),
    h('td', { 'data-label': t('sel.unit') }, r.unit),
    h('td', { className: 'number', 'data-label': t('sel.results.points') }, r.points ?? '—'),
    h('td', { className: 'number', 'data-label': t('sel.results.normalized') }, r.normalized ?? '—'),
    h('td', { 'data-label': t('sel.results.source') }, sourceOf(r)),
    h('td', { 'data-label': t('sel.results.enter') }, entryCell(ctx, stage, r, problem)))));
}

export function setUpResults(ctx) {
  document.getElementById('results-stage').addEventListener('change', (event) => ctx.go(`#results/${event.target.value}`));
  document.getElementById('results-xlsx').addEventListener('click', async () => {
    const box = document.getElementById('results-import-result');
    try {
      await download(`${ctx.path}/stages/${stageId}/results.xlsx`, 'results.xlsx');
    } catch (error) {
      showError(box, error);
    }
  });
  document.getElementById('results-import-button').addEventListener('click', async () => {
    const file = document.getElementById('results-file').files[0];
    const box = document.getElementById('results-import-result');
    if (!file) return;
    const type = file.name.toLowerCase().endsWith('.csv') ? 'text/csv'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    try {
      const answer = await ctx.save.track(upload(`${ctx.path}/stages/${stageId}/results/import?fileName=${
        encodeURIComponent(file.name)}`, file, { contentType: type }));
      box.className = 'notice success';
      box.textContent = t('sel.results.imported', { count: answer.imported });
      box.hidden = false;
      await showResults(ctx, String(stageId));
    } catch (error) {
      showError(box, error);
    }
  });
}
