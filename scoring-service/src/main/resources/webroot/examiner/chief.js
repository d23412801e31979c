// The chief examiner's page: per candidate who has submitted, each total (dropped ones struck through,
// outliers flagged, recusals shown), re-scores with their reasons, the panel score with its
// explanation, and the countersignature (双签字) once every examiner not recused has scored.
import { t } from '/common/i18n.js';
import { get, post, ApiError } from '/common/api.js';
import { formatScore } from './controls.js';

let timer = null;

function candidateLabel(c) {
  const number = c.drawNumber ? t('ex.number', { n: c.drawNumber }) : '';
  return c.name ? `${number} ${c.name}`.trim() : number;
}

function examinerCell(e) {
  const td = document.createElement('td');
  td.className = `number examiner-cell state-${e.state}${e.outlier ? ' outlier' : ''}`;
  td.dataset.label = `${e.label} ${e.displayName || ''}`.trim();
  if (e.state === 'recused') {
    td.textContent = t('ex.chief.recused');
    td.title = e.recusalReason || '';
  } else if (e.state === 'pending') {
    td.textContent = t('ex.chief.pending');
  } else {
    const value = document.createElement(e.treatment && e.treatment.startsWith('dropped') ? 's' : 'span');
    value.textContent = formatScore(e.total);
    td.append(value);
    if (e.treatment && e.treatment.startsWith('dropped')) {
      td.append(Object.assign(document.createElement('small'), { textContent: t(`ex.chief.${e.treatment}`) }));
    }
    if (e.outlier) {
      td.append(Object.assign(document.createElement('small'), { className: 'flag',
        textContent: t('ex.chief.outlier', { deviation: e.deviation }) }));
    }
  }
  return td;
}

/** The panel score in a sentence a person can check: who scored, what was dropped, the division. */
export function explain(c) {
  const e = c.explanation;
  if (c.panelScore === null || c.panelScore === undefined) return t('ex.explain.none', e);
  return t(e.dropped ? 'ex.explain.trimmed' : 'ex.explain.plain', { ...e, score: c.panelScore });
}

function line(panelPath, c, examiners, refresh) {
  const section = document.createElement('section');
  section.className = `panel chief-line status-${c.status}`;
  section.dataset.candidate = c.candidateId;
  const head = document.createElement('div');
  head.className = 'panel-head';
  head.append(Object.assign(document.createElement('h2'), { textContent: candidateLabel(c) }),
    Object.assign(document.createElement('span'), { className: `badge ${c.status === 'confirmed' ? 'finished' : 'draft'}`,
      textContent: c.status === 'confirmed' ? t('ex.chief.confirmed') : t('ex.chief.progress',
        { done: c.submitted, of: c.expected }) }));
  const table = document.createElement('table');
  table.className = 'data-table stack-on-phone';
  const header = document.createElement('tr');
  examiners.forEach((e) => header.append(Object.assign(document.createElement('th'), { scope: 'col', className: 'number',
    textContent: `${e.label}${e.displayName ? ` ${e.displayName}` : ''}${e.chief ? t('ex.chief.mark') : ''}` })));
  header.append(Object.assign(document.createElement('th'), { scope: 'col', className: 'number',
    textContent: t('ex.chief.panelScore') }));
  const row = document.createElement('tr');
  c.examiners.forEach((e) => row.append(examinerCell(e)));
  const score = document.createElement('td');
  score.className = 'number panel-score';
  score.dataset.label = t('ex.chief.panelScore');
  score.textContent = c.panelScore ?? '—';
  row.append(score);
  table.append(Object.assign(document.createElement('thead')), document.createElement('tbody'));
  table.tHead.append(header);
  table.tBodies[0].append(row);
  const scroll = Object.assign(document.createElement('div'), { className: 'table-scroll' });
  scroll.append(table);
  section.append(head, scroll);
  if (c.explanation) {
    section.append(Object.assign(document.createElement('p'), { className: 'muted explain', textContent: explain(c) }));
  }
  if (c.rescores.length) {
    const list = document.createElement('ul');
    list.className = 'rescores';
    c.rescores.forEach((r) => list.append(Object.assign(document.createElement('li'), {
      textContent: t('ex.chief.rescore', { who: `${r.label} ${r.displayName || ''}`.trim(), from: formatScore(r.previousTotal),
        to: formatScore(r.total), reason: r.reason }) })));
    section.append(Object.assign(document.createElement('h3'), { textContent: t('ex.chief.rescores') }), list);
  }
  if (c.status !== 'confirmed') {
    const confirm = Object.assign(document.createElement('button'), { type: 'button', className: 'button big',
      textContent: t('ex.chief.confirm'), disabled: !c.complete });
    confirm.dataset.confirm = c.candidateId;
    confirm.addEventListener('click', () => countersign(panelPath, c, refresh));
    section.append(Object.assign(document.createElement('div'), { className: 'actions' }));
    section.lastChild.append(confirm);
  }
  return section;
}

async function countersign(panelPath, c, refresh) {
  const dialog = document.getElementById('confirm-dialog');
  document.getElementById('confirm-title').textContent = t('ex.chief.confirmTitle', { who: candidateLabel(c) });
  document.getElementById('confirm-body').replaceChildren(Object.assign(document.createElement('p'), {
    textContent: t('ex.chief.confirmBody', { score: c.panelScore, explain: explain(c) }) }));
  document.getElementById('confirm-ok').textContent = t('ex.chief.confirm');
  dialog.showModal();
  const ok = await new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'),
    { once: true }));
  if (!ok) return;
  try {
    await post(`${panelPath}/candidates/${c.candidateId}/confirm`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const problem = document.getElementById('chief-problem');
    problem.textContent = error.detail;
    problem.hidden = false;
  }
  await refresh();
}

export async function showChief(campaignId, panelId, save) {
  const panelPath = `/api/campaigns/${campaignId}/panels/${panelId}`;
  document.getElementById('chief-back').href = `#/panels/${campaignId}/${panelId}`;
  const problem = document.getElementById('chief-problem');
  async function refresh() {
    if (!location.hash.endsWith('/chief')) {
      clearInterval(timer);
      return;
    }
    let progress;
    try {
      progress = await save.track(get(`${panelPath}/progress`));
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      problem.textContent = error.detail;
      problem.hidden = false;
      return;
    }
    const s = progress.summary;
    document.getElementById('chief-title').textContent = t('ex.chief.title', { panel: progress.panel.name });
    document.title = `${progress.panel.name} · ${t('ex.chief.short')}`;
    document.getElementById('chief-summary').textContent = t('ex.chief.summary', { sheets: s.sheetsSubmitted,
      expected: s.sheetsExpected, confirmed: s.confirmed, candidates: s.candidates,
      limit: progress.panel.outlierLimit });
    const examiners = progress.panel.examiners.map((e) => ({ ...e, label: t('ex.seatLabel', { seat: e.seat }) }));
    document.getElementById('chief-lines').replaceChildren(...progress.candidates.map((c) => line(panelPath, c,
      examiners, refresh)));
  }
  clearInterval(timer);
  problem.hidden = true;
  await refresh();
  timer = setInterval(refresh, 10000);
}
