// Panels: the list, the form that creates one (examiners, chief, rubric, aggregation settings), and one
// panel's page: its candidates and drawn numbers, recusals, and its progress with reopening.
import { t } from '/common/i18n.js';
import { get, post, put, ApiError } from '/common/api.js';
import { showProblem, clearProblem, submitting } from './forms.js';
import { h, table, askReason, showError } from './dom.js';

const RUBRIC = [['政治素质', 20, '理想信念坚定，对党忠诚；能结合岗位谈对党的路线方针政策的理解。'],
  ['岗位认知', 20, '熟悉拟任岗位的职责、所在领域的政策和本地实际。'],
  ['工作思路', 25, '目标清楚，措施具体可行，重点突出，有创新。'],
  ['语言表达', 15, '表达准确、简洁、有条理，富有感染力。'],
  ['应变能力', 20, '答问切题，面对追问沉着冷静，论据充分。']];
const form = document.getElementById('panel-form');
let data = {};

function field(id, label, input) {
  return h('div', { className: 'field' }, h('label', { for: id }, label), input);
}

function dimensionRow(name = '', maximum = '', guidance = '') {
  const row = h('div', { className: 'rubric-row' },
    h('input', { type: 'text', name: 'dimName', value: name, maxLength: 50, 'aria-label': t('sel.panel.dimName') }),
    h('input', { type: 'number', name: 'dimMax', value: maximum, min: 1, step: 0.5, 'aria-label': t('sel.panel.dimMax') }),
    h('input', { type: 'number', name: 'dimWeight', value: 1, min: 0.1, step: 0.1, 'aria-label': t('sel.panel.dimWeight') }),
    h('input', { type: 'text', name: 'dimGuidance', value: guidance, maxLength: 1000, 'aria-label': t('sel.panel.dimGuidance') }),
    h('button', { type: 'button', className: 'button quiet', on: { click: () => row.remove() } }, t('sel.remove')));
  return row;
}

function buildForm() {
  const panelStages = data.stages.filter((s) => s.source === 'panel');
  const rubric = h('div', { id: 'rubric-rows', className: 'rubric' },
    h('div', { className: 'rubric-row rubric-head' }, [t('sel.panel.dimName'), t('sel.panel.dimMax'), t('sel.panel.dimWeight'),
      t('sel.panel.dimGuidance'), ''].map((x) => h('span', {}, x))), RUBRIC.map((d) => dimensionRow(...d)));
  const examiners = h('fieldset', { className: 'examiner-choice' }, h('legend', {}, t('sel.panel.examiners')),
    data.examiners.length ? data.examiners.map((e) => h('div', { className: 'examiner-option' },
      h('label', { className: 'check' }, h('input', { type: 'checkbox', name: 'examinerIds', value: e.id }),
        `${e.displayName} (${e.username})`),
      h('label', { className: 'check chief-choice' }, h('input', { type: 'radio', name: 'chiefId', value: e.id }),
        t('sel.panel.chief')))) : h('p', { className: 'notice warn' }, t('sel.panel.noExaminers')));
  form.replaceChildren(
    h('div', { className: 'form-grid' },
      field('panel-name', t('sel.panel.name'), h('input', { id: 'panel-name', name: 'name', type: 'text', maxLength: 100,
        placeholder: '第一考官组' })),
      field('panel-stageId', t('sel.panel.stage'), h('select', { id: 'panel-stageId', name: 'stageId' },
        panelStages.map((s) => h('option', { value: s.id }, s.name))))),
    examiners,
    h('h3', {}, t('sel.panel.rubric')), rubric,
    h('button', { type: 'button', className: 'button secondary', on: { click: () => rubric.append(dimensionRow()) } },
      t('sel.panel.addDimension')),
    h('div', { className: 'form-grid settings-grid' },
      field('panel-dropHighest', t('sel.panel.dropHighest'), h('input', { id: 'panel-dropHighest', name: 'dropHighest',
        type: 'number', value: 1, min: 0, max: 5 })),
      field('panel-dropLowest', t('sel.panel.dropLowest'), h('input', { id: 'panel-dropLowest', name: 'dropLowest',
        type: 'number', value: 1, min: 0, max: 5 })),
      field('panel-minimumForDropping', t('sel.panel.minimum'), h('input', { id: 'panel-minimumForDropping',
        name: 'minimumForDropping', type: 'number', value: 5, min: 1, max: 50 })),
      field('panel-outlierLimit', t('sel.panel.outlierLimit'), h('input', { id: 'panel-outlierLimit', name: 'outlierLimit',
        type: 'number', value: 8, min: 0, step: 0.5 }))),
    h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'button' }, t('sel.panel.create'))));
}

function panelBody() {
  const f = form.elements;
  const checked = [...form.querySelectorAll('[name=examinerIds]:checked')].map((i) => Number(i.value));
  const chief = form.querySelector('[name=chiefId]:checked');
  const dims = [...form.querySelectorAll('.rubric-row:not(.rubric-head)')].map((row) => ({
    name: row.querySelector('[name=dimName]').value.trim(), maximum: Number(row.querySelector('[name=dimMax]').value),
    weight: Number(row.querySelector('[name=dimWeight]').value), guidance: row.querySelector('[name=dimGuidance]').value.trim() }));
  return { name: f.namedItem('name').value.trim(), stageId: Number(f.namedItem('stageId').value), examinerIds: checked,
    chiefId: chief ? Number(chief.value) : checked[0], dimensions: dims,
    dropHighest: Number(f.namedItem('dropHighest').value), dropLowest: Number(f.namedItem('dropLowest').value),
    minimumForDropping: Number(f.namedItem('minimumForDropping').value), outlierLimit: Number(f.namedItem('outlierLimit').value) };
}

function renderCards(ctx) {
  const cards = document.getElementById('panel-cards');
  cards.replaceChildren(...(data.panels.length ? data.panels.map((p) => h('a', { className: 'panel panel-card',
    href: `#panels/${p.id}` }, h('strong', {}, `${p.name} · ${p.stageName}`),
  h('span', {}, t('sel.panels.counts', { examiners: p.examinerCount, candidates: p.candidateCount,
    confirmed: p.confirmedCount })))) : [h('p', { className: 'muted' }, t('sel.panels.none'))]));
  cards.dataset.campaign = ctx.campaignId;
}

export async function showPanels(ctx, panelId) {
  const [panels, stages, examiners, candidates] = await Promise.all([get(`${ctx.path}/panels`),
    get(`${ctx.path}/stages`), get(`${ctx.path}/examiners`), get(`${ctx.path}/candidates`)]);
  data = { panels: panels.panels, stages: stages.stages, examiners: examiners.examiners, candidates: candidates.candidates };
  renderCards(ctx);
  buildForm();
  const detail = document.getElementById('panel-detail');
  detail.hidden = !panelId;
  if (panelId) await showDetail(ctx, Number(panelId));
}

async function showDetail(ctx, panelId) {
  const path = `${ctx.path}/panels/${panelId}`;
  const [panel, progress] = await Promise.all([get(path), get(`${path}/progress`)]);
  const detail = document.getElementById('panel-detail');
  const problem = h('div', { className: 'notice error', role: 'alert', hidden: true });
  const onPanel = new Map(panel.candidates.map((c) => [c.candidateId, c]));
  const assign = table([t('sel.panel.onPanel'), t('sel.panel.drawNumber'), t('sel.name'), t('sel.position'), t('sel.unit')],
    data.candidates.map((c) => [h('input', { type: 'checkbox', name: 'onPanel', value: c.id, checked: onPanel.has(c.id),
      'aria-label': `${t('sel.panel.onPanel')} ${c.name}` }),
    h('input', { type: 'number', name: 'draw', min: 1, max: 9999, value: onPanel.get(c.id)?.drawNumber ?? '',
      className: 'draw-input', 'data-candidate': c.id, 'aria-label': `${t('sel.panel.drawNumber')} ${c.name}` }),
    c.name, `${c.positionCode} ${c.positionName}`, c.unit]), { numeric: [1] });
  detail.replaceChildren(h('section', { className: 'panel', 'aria-labelledby': 'panel-detail-title' },
    h('h2', { id: 'panel-detail-title', tabIndex: -1 }, `${panel.name} · ${panel.stageName}`),
    h('p', { className: 'muted' }, t('sel.panel.summary', { examiners: panel.examiners.map((e) =>
      `${t('ex.seatLabel', { seat: e.seat })} ${e.displayName}${e.chief ? t('ex.chief.mark') : ''}`).join('、'),
    rubric: panel.dimensions.map((d) => `${d.name} ${d.maximum}`).join('、'), max: panel.maximumTotal,
    drop: panel.dropHighest, minimum: panel.minimumForDropping, limit: panel.outlierLimit })),
    problem,
    h('h3', {}, t('sel.panel.candidates')), assign,
    h('div', { className: 'actions' },
      h('button', { type: 'button', className: 'button', id: 'save-panel-candidates', on: { click: () =>
        saveCandidates(ctx, path, detail, problem) } }, t('sel.panel.saveCandidates')),
      h('button', { type: 'button', className: 'button secondary', on: { click: () => draw(ctx, path, problem) } },
        t('sel.panel.draw'))),
    recusalForm(ctx, path, panel, problem),
    h('h3', {}, t('sel.panel.progress')), progressTable(ctx, path, progress, problem)));
  detail.hidden = false;
}

async function saveCandidates(ctx, path, detail, problem) {
  const rows = [...detail.querySelectorAll('[name=onPanel]:checked')].map((box) => {
    const draw = detail.querySelector(`.draw-input[data-candidate="${box.value}"]`).value;
    return { candidateId: Number(box.value), drawNumber: draw === '' ? null : Number(draw) };
  });
  await act(ctx, problem, () => put(`${path}/candidates`, { candidates: rows }));
}

async function draw(ctx, path, problem) {
  await act(ctx, problem, () => post(`${path}/draw`));
}

async function act(ctx, problem, work) {
  try {
    await ctx.save.track(work());
    await showPanels(ctx, panelOfHash(location.hash));
  } catch (error) {
    showError(problem, error);
  }
}

function panelOfHash(hash) {
  return hash.split('/')[1];
}

function recusalForm(ctx, panelPath, panel, problem) {
  const examiner = h('select', { id: 'recusal-examiner', name: 'examinerId' },
    panel.examiners.map((e) => h('option', { value: e.userId }, `${t('ex.seatLabel', { seat: e.seat })} ${e.displayName}`)));
  const candidate = h('select', { id: 'recusal-candidate', name: 'candidateId' },
    panel.candidates.map((c) => h('option', { value: c.candidateId }, `${c.drawNumber ? `${c.drawNumber}号 ` : ''}${c.name}`)));
  const reason = h('input', { id: 'recusal-reason', name: 'reason', type: 'text', maxLength: 500,
    placeholder: t('sel.panel.recusalPlaceholder') });
  const recorded = panel.recusals.map((r) => {
    const e = panel.examiners.find((x) => x.userId === r.examinerId);
    const c = panel.candidates.find((x) => x.candidateId === r.candidateId);
    return `${e ? e.displayName : r.examinerId} ↔ ${c ? c.name : r.candidateId}：${r.reason}（${r.declaredByExaminer
      ? t('sel.panel.declared') : t('sel.panel.recorded', { by: r.declaredBy })}）`;
  });
  return h('form', { className: 'subform', on: { submit: async (event) => {
    event.preventDefault();
    await act(ctx, problem, () => post(`${panelPath}/recusals`, { examinerId: Number(examiner.value),
      candidateId: Number(candidate.value), reason: reason.value.trim() }));
  } } }, h('h3', {}, t('sel.panel.recusals')),
  recorded.length ? h('ul', {}, recorded.map((r) => h('li', {}, r))) : h('p', { className: 'muted' }, t('sel.panel.noRecusals')),
  h('div', { className: 'form-grid' }, field('recusal-examiner', t('sel.panel.examiner'), examiner),
    field('recusal-candidate', t('sel.name'), candidate), field('recusal-reason', t('sel.reason'), reason)),
  h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'button secondary' }, t('sel.panel.recuse'))));
}

function progressTable(ctx, panelPath, progress, problem) {
  const headers = [t('sel.name'), ...progress.panel.examiners.map((e) => `${t('ex.seatLabel', { seat: e.seat })} ${e.displayName}`),
    t('ex.chief.panelScore'), t('sel.status'), ''];
  const rows = progress.candidates.map((c) => [`${c.drawNumber ? `${c.drawNumber}号 ` : ''}${c.name}`,
    ...c.examiners.map((e) => (e.state === 'submitted' ? h(e.treatment?.startsWith('dropped') ? 's' : 'span',
      { className: e.outlier ? 'flag' : '' }, e.total) : t(`ex.chief.${e.state}`))),
    c.panelScore ?? '—', c.status === 'confirmed' ? t('ex.chief.confirmed') : t('ex.chief.progress', { done: c.submitted, of: c.expected }),
    c.status === 'confirmed' ? h('button', { type: 'button', className: 'button quiet', on: { click: async () => {
      const reason = await askReason(t('sel.panel.reopenTitle', { name: c.name }));
      if (reason) await act(ctx, problem, () => post(`${panelPath}/candidates/${c.candidateId}/reopen`, { reason }));
    } } }, t('sel.panel.reopen')) : '']);
  return table(headers, rows, { numeric: progress.panel.examiners.map((e, i) => i + 1) });
}

export function setUpPanels(ctx) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      const created = await submitting(form, () => ctx.save.track(post(`${ctx.path}/panels`, panelBody())));
      document.getElementById('panel-create').open = false;
      ctx.go(`#panels/${created.id}`);
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      showProblem(form, error);
    }
  });
}
