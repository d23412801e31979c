// One candidate's detail, line by line: every stage score and its source, each panel sheet (dropped
// totals struck through; examiners named, or 评委1..n in the copy for the candidate), each stage's
// outcome, and the composite written out. Printable.
import './messages.js';
import './selection-messages.js';
import './card-messages.js';
import '/examiner/messages.js';
import { init, t, onLanguageChange } from '/common/i18n.js';
import { get, ApiError } from '/common/api.js';
import { h, table } from './dom.js';
import { outcomeText, reasonText } from './ranking.js';
import { explain } from '/examiner/chief.js';

init();
const params = new URLSearchParams(location.search);
const campaignId = params.get('campaign');
const candidateId = params.get('candidate');
const anonymized = params.get('anonymized') === '1';

function panelSheet(stage) {
  const line = stage.panel;
  const dims = line.dimensions.map((d) => d.name);
  const rows = line.examiners.map((e) => ({ attrs: { className: e.treatment?.startsWith('dropped') ? 'dropped' : '' },
    cells: [`${t('ex.seatLabel', { seat: e.seat })}${e.displayName ? ` ${e.displayName}` : ''}`,
      ...dims.map((d) => (e.scores ? e.scores[d] : '—')),
      e.state === 'submitted' ? h(e.treatment?.startsWith('dropped') ? 's' : 'span', {}, e.total) : t(`ex.chief.${e.state}`),
      e.treatment ? t(`card.treatment.${e.treatment}`) : '', e.deviation ?? '', e.outlier ? t('card.outlier') : ''] }));
  return h('div', {}, h('p', { className: 'muted' }, t('card.panelLine', { panel: line.panelName })),
    table([t('sel.panel.examiner'), ...dims, t('ex.total'), t('card.treatment'), t('card.deviation'), ''], rows,
      { numeric: dims.map((d, i) => i + 1).concat([dims.length + 1, dims.length + 3]) }),
    line.explanation ? h('p', {}, h('strong', {}, t('ex.chief.panelScore'), ' ', line.panelScore), '：', explain(line)) : null,
    line.rescores.length ? h('ul', {}, line.rescores.map((r) => h('li', {}, t('ex.chief.rescore', {
      who: `${r.label}${r.displayName ? ` ${r.displayName}` : ''}`, from: r.previousTotal, to: r.total, reason: r.reason })))) : null);
}

function stageSection(stage) {
  const r = stage.result;
  return h('section', { className: 'card-section' }, h('h3', {}, `${stage.seq}. ${stage.name}`),
    h('p', {}, r ? t('card.result', { points: r.points, max: r.maxPoints, normalized: r.normalized,
      source: t(`sel.results.source.${r.source}`), weight: `${Number(stage.weight) * 100}%` }) : t('card.noResult')),
    stage.panel ? panelSheet(stage) : null);
}

function render(card) {
  const c = card.candidate;
  document.title = `${c.name} · ${t('card.pageTitle')}`;
  const rounds = card.rounds.filter((r) => r.entry || r.missing).map((r) => [r.stageName,
    r.entry ? r.entry.rank : '—', r.entry ? r.entry.composite : '—', r.entry ? outcomeText(r.entry) : t('card.waiting'),
    r.entry ? reasonText(r.entry) : '']);
  const last = card.final;
  document.getElementById('card').replaceChildren(...[
    h('h1', {}, t('card.title', { name: c.name })),
    h('p', {}, t('card.who', { gender: t(`gender.${c.gender}`), year: c.birthYear, unit: c.unit, post: c.currentPost,
      position: `${c.positionCode} ${c.positionName}`, seats: c.seats })),
    anonymized ? h('p', { className: 'notice' }, t('card.anonymizedNote')) : null,
    h('h2', {}, t('card.stages')), card.stages.map(stageSection),
    h('h2', {}, t('card.rounds')), table([t('sel.stage.name'), t('sel.rank'), t('sel.ranking.soFar'), t('sel.ranking.outcome'),
      t('sel.ranking.why')], rounds, { numeric: [1, 2] }),
    h('h2', {}, t('card.final')),
    last ? h('p', { className: 'formula-line' }, t('card.composite', { formula: last.formula, rank: last.rank,
      outcome: outcomeText(last) })) : h('p', {}, t('card.notFinal'))].flat().filter(Boolean));
}

async function load() {
  document.getElementById('card-back').href = `selection.html?campaign=${campaignId}#ranking`;
  const other = new URLSearchParams(params);
  if (anonymized) other.delete('anonymized');
  else other.set('anonymized', '1');
  const toggle = document.getElementById('card-anonymized');
  toggle.href = `candidate.html?${other}`;
  toggle.textContent = t(anonymized ? 'card.named' : 'card.anonymized');
  try {
    render(await get(`/api/campaigns/${campaignId}/candidates/${candidateId}/scorecard${anonymized ? '?anonymized=true' : ''}`));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const box = document.getElementById('card-problem');
    box.textContent = error.detail;
    box.hidden = false;
  }
}

document.getElementById('card-print').addEventListener('click', () => window.print());
onLanguageChange(load);
load();
