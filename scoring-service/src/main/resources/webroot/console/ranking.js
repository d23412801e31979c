// The ranking per position, stage by stage: who went on and why, the final list with each composite
// written out, the nominated, and the organizer's decision where candidates are still tied.
import { t } from '/common/i18n.js';
import { get, post } from '/common/api.js';
import { h, table, download, askReason, showError } from './dom.js';
import { ratioText } from './stages.js';

export function outcomeText(c) {
  return t(`sel.outcome.${c.outcome}`);
}

export function reasonText(c) {
  const base = t(`sel.reason.${c.reason}`);
  return c.failedPassMarks && c.failedPassMarks.length ? `${base}：${c.failedPassMarks.join('；')}` : base;
}

function aheadText(c) {
  if (!c.aheadOfNext) return '';
  const basis = c.aheadOfNext.basis;
  return basis === 'tie-break-stage' ? t('sel.ahead.tie-break-stage', { stage: c.aheadOfNext.stage }) : t(`sel.ahead.${basis}`);
}

function nameLink(ctx, c) {
  return h('a', { href: `candidate.html?campaign=${ctx.campaignId}&candidate=${c.candidateId}` }, c.name);
}

function round(ctx, r) {
  const summary = h('summary', {}, h('strong', {}, `${r.stageName}`), ' ',
    h('span', { className: 'muted' }, t('sel.ranking.roundSummary', { entered: r.entered, weight: `${Number(r.weight) * 100}%`,
      ratio: ratioText(r.ratio), quota: r.quota ?? '—', pass: r.passMark ?? '—' })),
    r.differential.satisfied ? '' : h('span', { className: 'badge down' }, t('sel.ranking.notDifferential')));
  if (!r.candidates) {
    return h('details', { className: 'round', open: true }, summary, h('p', { className: 'notice warn' },
      t('sel.ranking.missing', { names: r.missing.map((m) => m.name).join('、') })));
  }
  const rows = r.candidates.map((c) => ({ attrs: { className: `outcome-${c.outcome}` }, cells: [c.rank + (c.tied ? t('sel.tied') : ''),
    nameLink(ctx, c), c.normalized[r.stage], c.composite, outcomeText(c), reasonText(c)] }));
  return h('details', { className: 'round' }, summary, table([t('sel.rank'), t('sel.name'), t('sel.ranking.stageScore'),
    t('sel.ranking.soFar'), t('sel.ranking.outcome'), t('sel.ranking.why')], rows, { numeric: [0, 2, 3] }));
}

function finalList(ctx, position) {
  const f = position.final;
  const rows = f.candidates.map((c) => ({ attrs: { className: `outcome-${c.outcome}` }, cells: [c.rank + (c.tied ? t('sel.tied') : ''),
    nameLink(ctx, c), c.unit, c.composite, h('span', { className: 'formula' }, c.formula), outcomeText(c),
    [reasonText(c), aheadText(c)].filter(Boolean).join('；')] }));
  return h('div', {}, h('h3', {}, t('sel.ranking.final')),
    table([t('sel.rank'), t('sel.name'), t('sel.unit'), t('sel.ranking.composite'), t('sel.ranking.formula'),
      t('sel.ranking.outcome'), t('sel.ranking.why')], rows, { numeric: [0, 3] }));
}

function decision(ctx, position, problem) {
  const ties = position.final?.unresolvedTies || [];
  if (position.status !== 'waiting-for-decision' || !ties.length) return null;
  const byId = new Map(position.final.candidates.map((c) => [c.candidateId, c]));
  return h('div', { className: 'notice warn' }, h('p', {}, t('sel.ranking.tieNote')),
    ties.map((group) => h('div', { className: 'actions' }, group.map((first) => h('button', { type: 'button', className: 'button',
      on: { click: async () => {
        const reason = await askReason(t('sel.ranking.tieTitle', { name: byId.get(first).name }));
        if (!reason) return;
        try {
          await ctx.save.track(post(`${ctx.path}/ranking/tie-decisions`, { positionId: position.positionId, round: 'final',
            candidateIds: [first, ...group.filter((id) => id !== first)], reason }));
          await showRanking(ctx);
        } catch (error) {
          showError(problem, error);
        }
      } } }, t('sel.ranking.putFirst', { name: byId.get(first).name }))))));
}

function position(ctx, p) {
  const problem = h('div', { hidden: true });
  const nominated = p.final ? p.final.candidates.filter((c) => c.outcome === 'nominated').map((c) => c.name) : [];
  return h('section', { className: 'panel position-result', 'data-position': p.code },
    h('div', { className: 'panel-head' }, h('h2', {}, `${p.code} ${p.name}`),
      h('span', { className: `badge status-${p.status}` }, t(`sel.status.${p.status}`))),
    h('p', { className: 'muted' }, t('sel.ranking.positionLead', { seats: p.seats, count: p.candidateCount })),
    p.problem ? h('p', { className: 'notice error' }, p.problem) : null,
    nominated.length ? h('p', { className: 'nominated' }, t('sel.ranking.nominated', { names: nominated.join('、') })) : null,
    problem, decision(ctx, p, problem),
    p.rounds.map((r) => round(ctx, r)),
    p.final ? finalList(ctx, p) : null);
}

export async function showRanking(ctx) {
  const ranking = await get(`${ctx.path}/ranking`);
  document.getElementById('ranking-print').href = `print.html?campaign=${ctx.campaignId}&sheet=final`;
  document.getElementById('ranking-positions').replaceChildren(...ranking.positions.map((p) => position(ctx, p)));
}

export function setUpRanking(ctx) {
  document.getElementById('ranking-xlsx').addEventListener('click', async () => {
    try {
      const name = await ctx.save.track(download(`${ctx.path}/ranking.xlsx`, 'ranking.xlsx'));
      document.getElementById('ranking-xlsx').dataset.downloaded = name;
    } catch (error) {
      const box = h('div');
      document.getElementById('ranking-positions').prepend(box);
      showError(box, error);
    }
  });
}
