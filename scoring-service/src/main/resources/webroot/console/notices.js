// 公示: publish the nominated for a period, then record objections and hold or release a nomination.
import { t } from '/common/i18n.js';
import { get, post } from '/common/api.js';
import { values, showProblem, clearProblem, submitting } from './forms.js';
import { h, table, askReason, showError, day } from './dom.js';

const form = document.getElementById('notice-form');

function entryActions(ctx, notice, e, problem) {
  const action = e.status === 'held' ? 'release' : 'hold';
  return h('button', { type: 'button', className: 'button quiet', on: { click: async () => {
    const reason = await askReason(t(`sel.notice.${action}Title`, { name: e.name }));
    if (!reason) return;
    try {
      await ctx.save.track(post(`${ctx.path}/notices/${notice.id}/entries/${e.candidateId}/${action}`, { reason }));
      await showNotices(ctx, String(notice.id));
    } catch (error) {
      showError(problem, error);
    }
  } } }, t(`sel.notice.${action}`));
}

function objectionForm(ctx, notice, problem) {
  const today = new Date().toISOString().slice(0, 10);
  const f = h('form', { className: 'subform', id: 'objection-form', on: { submit: async (event) => {
    event.preventDefault();
    const v = values(f);
    try {
      await ctx.save.track(post(`${ctx.path}/notices/${notice.id}/objections`, { receivedOn: v.receivedOn, channel: v.channel,
        summary: v.summary, ...(v.candidateId ? { candidateId: Number(v.candidateId) } : {}) }));
      await showNotices(ctx, String(notice.id));
    } catch (error) {
      showError(problem, error);
    }
  } } }, h('h3', {}, t('sel.notice.recordObjection')),
  h('div', { className: 'form-grid' },
    h('div', { className: 'field' }, h('label', { for: 'objection-candidate' }, t('sel.notice.concerns')),
      h('select', { id: 'objection-candidate', name: 'candidateId' }, h('option', { value: '' }, t('sel.notice.general')),
        notice.entries.map((e) => h('option', { value: e.candidateId }, e.name)))),
    h('div', { className: 'field' }, h('label', { for: 'objection-receivedOn' }, t('sel.notice.receivedOn')),
      h('input', { id: 'objection-receivedOn', name: 'receivedOn', type: 'date', value: today })),
    h('div', { className: 'field' }, h('label', { for: 'objection-channel' }, t('sel.notice.channel')),
      h('select', { id: 'objection-channel', name: 'channel' }, ['letter', 'phone', 'visit', 'email', 'other']
        .map((c) => h('option', { value: c }, t(`sel.channel.${c}`))))),
    h('div', { className: 'field wide' }, h('label', { for: 'objection-summary' }, t('sel.notice.summary')),
      h('textarea', { id: 'objection-summary', name: 'summary', maxLength: 2000, rows: 3 }))),
  h('div', { className: 'actions' }, h('button', { type: 'submit', className: 'button secondary' }, t('sel.notice.saveObjection'))));
  return f;
}

function detail(ctx, notice) {
  const problem = h('div', { hidden: true });
  return h('section', { className: 'panel', id: 'notice-detail-panel' },
    h('div', { className: 'panel-head' }, h('h3', {}, notice.title),
      h('a', { className: 'button secondary', href: `/notice/?id=${notice.id}`, target: '_blank' }, t('sel.notice.public'))),
    h('p', { className: 'muted' }, t('sel.notice.period', { from: day(notice.startsOn), to: day(notice.endsOn),
      state: t(`sel.period.${notice.period}`) })),
    problem,
    table([t('sel.position'), t('sel.name'), t('sel.unit'), t('sel.ranking.composite'), t('sel.status'), ''],
      notice.entries.map((e) => ({ attrs: { className: `entry-${e.status}` }, cells: [e.positionName, e.name,
        `${e.unit} ${e.currentPost}`, e.composite, e.status === 'held' ? t('sel.notice.held', { reason: e.holdReason })
          : t('sel.notice.listed'), entryActions(ctx, notice, e, problem)] })), { numeric: [3] }),
    h('h3', {}, t('sel.notice.objections', { count: notice.objections.length })),
    notice.objections.length ? table([t('sel.notice.receivedOn'), t('sel.notice.channel'), t('sel.notice.concerns'),
      t('sel.notice.summary'), t('sel.notice.recordedBy')], notice.objections.map((o) => [day(o.receivedOn),
      t(`sel.channel.${o.channel}`), o.candidateName || t('sel.notice.general'), o.summary, o.recordedBy]))
      : h('p', { className: 'muted' }, t('sel.notice.noObjections')),
    objectionForm(ctx, notice, problem));
}

/** The positions a notice may list: the decided ones ticked, the others shown with their status. */
function positionChoice(ranking) {
  document.getElementById('notice-positions').replaceChildren(h('legend', {}, t('sel.notice.positions')),
    ...ranking.positions.map((p) => h('label', { className: 'check' }, h('input', { type: 'checkbox', name: 'positionIds',
      value: p.positionId, checked: p.status === 'complete', disabled: p.status !== 'complete' }),
    `${p.code} ${p.name}${p.status === 'complete' ? '' : `（${t(`sel.status.${p.status}`)}）`}`)));
}

export async function showNotices(ctx, noticeId) {
  const [notices, ranking] = await Promise.all([get(`${ctx.path}/notices`).then((a) => a.notices),
    get(`${ctx.path}/ranking`)]);
  positionChoice(ranking);
  document.getElementById('notice-list').replaceChildren(...notices.map((n) => h('p', {},
    h('a', { href: `#notice/${n.id}` }, n.title), ' ', h('span', { className: 'muted' }, t('sel.notice.listLine',
      { from: day(n.startsOn), to: day(n.endsOn), entries: n.entryCount, objections: n.objectionCount })))));
  const shown = noticeId ? Number(noticeId) : notices[0]?.id;
  document.getElementById('notice-detail').replaceChildren(...(shown
    ? [detail(ctx, await get(`${ctx.path}/notices/${shown}`))] : []));
}

export function setUpNotices(ctx) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      const positionIds = [...form.querySelectorAll('[name=positionIds]:checked')].map((box) => Number(box.value));
      const { title, startsOn, endsOn, contact } = values(form);
      const notice = await submitting(form, () => ctx.save.track(post(`${ctx.path}/notices`,
        { title, startsOn, endsOn, contact, positionIds })));
      form.reset();
      ctx.go(`#notice/${notice.id}`);
    } catch (error) {
      showProblem(form, error);
    }
  });
}
