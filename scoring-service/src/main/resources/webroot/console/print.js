// Printable result sheets: the final one (composite, computation, outcome per position) or one stage's.
import './messages.js';
import './selection-messages.js';
import './card-messages.js';
import { init, t, onLanguageChange } from '/common/i18n.js';
import { get, ApiError } from '/common/api.js';
import { h, table } from './dom.js';
import { outcomeText, reasonText } from './ranking.js';

init();
const params = new URLSearchParams(location.search);
const campaignId = params.get('campaign');
const sheet = params.get('sheet') || 'final';

function footer() {
  return [h('p', { className: 'muted' }, t('print.generated', { time: new Date().toLocaleString(document.documentElement.lang) })),
    h('p', { className: 'signature-line' }, t('print.signature'))];
}

function finalSheet(campaign, ranking) {
  const stages = ranking.stages;
  return [h('h1', {}, t('print.final', { campaign: campaign.name })),
    ranking.positions.map((p) => h('section', { className: 'card-section' },
      h('h2', {}, `${p.code} ${p.name}（${t('sel.ranking.positionLead', { seats: p.seats, count: p.candidateCount })}）`),
      p.final ? table([t('sel.rank'), t('sel.name'), t('sel.unit'), ...stages.map((s) => `${s.name}（${Number(s.weight) * 100}%）`),
        t('sel.ranking.composite'), t('sel.ranking.outcome'), t('sel.ranking.why')],
      p.final.candidates.map((c) => [c.rank, c.name, c.unit, ...stages.map((s) => c.normalized[s.code] ?? '—'), c.composite,
        outcomeText(c), reasonText(c)]), { numeric: [0, ...stages.map((s, i) => i + 3), stages.length + 3] })
        : h('p', {}, t(`sel.status.${p.status}`)))), footer()];
}

async function stageSheet(campaign, stageId) {
  const answer = await get(`/api/campaigns/${campaignId}/stages/${stageId}/results`);
  const s = answer.stage;
  return [h('h1', {}, t('print.stage', { campaign: campaign.name, stage: s.name })),
    table([t('sel.position'), t('sel.name'), t('sel.unit'), t('sel.results.points'), t('sel.results.normalized'), t('sel.results.source')],
      answer.results.map((r) => [`${r.positionCode} ${r.positionName}`, r.name, r.unit, r.points ?? '—', r.normalized ?? '—',
        r.points === null ? t('sel.results.none') : t(`sel.results.source.${r.source}`)]), { numeric: [3, 4] }), footer()];
}

async function load() {
  try {
    const campaign = await get(`/api/campaigns/${campaignId}`);
    const content = sheet.startsWith('stage-') ? await stageSheet(campaign, sheet.slice(6))
      : finalSheet(campaign, await get(`/api/campaigns/${campaignId}/ranking`));
    document.getElementById('sheet').replaceChildren(...content.flat());
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const box = document.getElementById('print-problem');
    box.textContent = error.detail;
    box.hidden = false;
  }
}

document.getElementById('print-now').addEventListener('click', () => window.print());
onLanguageChange(load);
load();
