// Scoring one candidate at a time: one control per rubric dimension (its range and guidance), the
// total computed as the examiner goes, a confirmation before submitting. Submitted sheets go through
// the offline queue; a change after submitting is a re-score with a reason.
import { t, onLanguageChange } from '/common/i18n.js';
import { get, post, session, ApiError } from '/common/api.js';
import { createQueue, uuid } from './queue.js';
import { dimensionControl, hundredths, formatScore } from './controls.js';

const form = document.getElementById('sheet-form');
const dialog = document.getElementById('confirm-dialog');
let save;
let queue;
let view = null;
let current = null;
let editing = false;
const drafts = new Map();
const notices = new Map();

function key() {
  return `${view.campaignId}/${view.id}`;
}

function label(candidate) {
  const number = candidate.drawNumber ? t('ex.number', { n: candidate.drawNumber }) : '';
  return candidate.name ? `${number}${number ? ' ' : ''}${candidate.name}` : number || t('ex.unnumbered');
}

function sheetOf(candidateId) {
  return view.mySheets[String(candidateId)] || null;
}

function pending(candidateId) {
  return queue.items().find((i) => i.panelId === view.id && i.candidateId === candidateId) || null;
}

function state(candidate) {
  if (pending(candidate.candidateId)) return 'pending';
  if (candidate.status === 'confirmed') return 'confirmed';
  return sheetOf(candidate.candidateId) ? 'submitted' : 'todo';
}

function renderList() {
  const list = document.getElementById('candidate-list');
  list.replaceChildren();
  for (const candidate of view.candidates) {
    const item = document.createElement('li');
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'candidate-button';
    button.dataset.candidate = candidate.candidateId;
    button.dataset.state = state(candidate);
    button.setAttribute('aria-current', String(candidate.candidateId === current));
    const name = document.createElement('span');
    name.className = 'candidate-name';
    name.textContent = label(candidate);
    const status = document.createElement('span');
    status.className = 'candidate-status';
    const sheet = sheetOf(candidate.candidateId);
    status.textContent = t(`ex.state.${state(candidate)}`) + (sheet && !pending(candidate.candidateId)
      ? ` ${formatScore(sheet.total)}` : '');
    button.append(name, status);
    button.addEventListener('click', () => choose(candidate.candidateId));
    item.append(button);
    list.append(item);
  }
  const recused = view.recusals.filter((r) => r.examinerId === session.user()?.id).length;
  const note = document.getElementById('recused-note');
  note.hidden = recused === 0;
  note.textContent = t('ex.recusedNote', { count: recused });
}

function scoresShown(candidateId) {
  const queued = pending(candidateId);
  if (drafts.has(candidateId)) return drafts.get(candidateId);
  if (queued) return queued.scores;
  return sheetOf(candidateId)?.scores || {};
}

function renderSheet() {
  const candidate = view.candidates.find((c) => c.candidateId === current);
  if (!candidate) {
    form.hidden = true;
    return;
  }
  form.hidden = false;
  const st = state(candidate);
  const locked = (st === 'submitted' && !editing) || st === 'confirmed' || st === 'pending';
  document.getElementById('candidate-title').textContent = label(candidate);
  const badge = document.getElementById('candidate-state');
  badge.className = `badge state-${st}`;
  badge.textContent = t(`ex.state.${st}`);
  document.getElementById('candidate-detail').textContent = candidate.name
    ? [candidate.unit, candidate.currentPost, candidate.positionName && t('ex.applyingFor', { post: candidate.positionName })]
      .filter(Boolean).join(' · ')
    : t('ex.blindNote');
  const scores = scoresShown(current);
  const container = document.getElementById('dimensions');
  container.replaceChildren(...view.dimensions.map((d, i) => dimensionControl(d, i, scores[d.name], locked, () => {
    drafts.set(current, readScores());
    renderTotal();
  })));
  document.getElementById('reason-field').hidden = !(editing && st === 'submitted');
  document.getElementById('submit-sheet').hidden = locked;
  document.getElementById('submit-sheet').textContent = t(editing ? 'ex.resubmit' : 'ex.submit');
  document.getElementById('edit-sheet').hidden = !(st === 'submitted' && !editing);
  document.getElementById('cancel-edit').hidden = !editing;
  document.getElementById('next-candidate').hidden = !locked || !nextCandidate();
  renderNotice(candidate, st);
  renderTotal();
}

function renderNotice(candidate, st) {
  const box = document.getElementById('sheet-notice');
  const problem = notices.get(candidate.candidateId);
  box.hidden = !problem && st !== 'pending' && st !== 'confirmed';
  box.className = `notice ${problem ? 'error' : st === 'pending' ? 'warn' : 'success'}`;
  box.textContent = problem || (st === 'pending' ? t('ex.pendingNote') : st === 'confirmed' ? t('ex.confirmedNote') : '');
}

function readScores() {
  const scores = {};
  form.querySelectorAll('[data-dimension]').forEach((input) => {
    if (input.value !== '') scores[input.dataset.dimension] = Number(input.value);
  });
  return scores;
}

function totalOf(scores) {
  if (view.dimensions.some((d) => scores[d.name] === undefined)) return null;
  // In hundredths × ten-thousandths, integers: the live total matches the server's exact sum.
  return view.dimensions.reduce((sum, d) => sum + hundredths(scores[d.name]) * Math.round(Number(d.weight) * 10000), 0)
    / 1e6;
}

function renderTotal() {
  const scores = readScores();
  const total = totalOf(scores);
  document.getElementById('total').textContent = total === null ? '—' : formatScore(total);
  document.getElementById('total-max').textContent = t('ex.outOf', { max: formatScore(Number(view.maximumTotal)) });
}

function nextCandidate() {
  const index = view.candidates.findIndex((c) => c.candidateId === current);
  return view.candidates.slice(index + 1).concat(view.candidates.slice(0, index))
    .find((c) => state(c) === 'todo') || null;
}

function choose(candidateId) {
  current = candidateId;
  editing = false;
  renderList();
  renderSheet();
  document.getElementById('candidate-title').focus({ preventScroll: true });
}

function confirmDialog(scores, total, reason) {
  document.getElementById('confirm-title').textContent = t('ex.confirm.title', {
    who: label(view.candidates.find((c) => c.candidateId === current)) });
  const body = document.getElementById('confirm-body');
  const list = document.createElement('dl');
  list.className = 'facts';
  for (const d of view.dimensions) {
    list.append(Object.assign(document.createElement('dt'), { textContent: d.name }),
      Object.assign(document.createElement('dd'), { textContent: `${formatScore(scores[d.name])} / ${d.maximum}` }));
  }
  list.append(Object.assign(document.createElement('dt'), { textContent: t('ex.total') }),
    Object.assign(document.createElement('dd'), { textContent: formatScore(total) }));
  const warning = Object.assign(document.createElement('p'), { className: 'notice warn',
    textContent: reason ? t('ex.confirm.rescore', { reason }) : t('ex.confirm.final') });
  body.replaceChildren(list, warning);
  document.getElementById('confirm-ok').textContent = t('ex.confirm.ok');
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    dialog.showModal();
  });
}

async function submit(event) {
  event.preventDefault();
  const scores = readScores();
  const total = totalOf(scores);
  notices.delete(current);
  if (total === null) {
    showLocal(t('ex.missingScores'));
    return;
  }
  const reason = editing ? document.getElementById('rescore-reason').value.trim() : '';
  if (editing && !reason) {
    showLocal(t('ex.reasonNeeded'));
    document.getElementById('rescore-reason').focus();
    return;
  }
  if (!(await confirmDialog(scores, total, reason))) return;
  const candidate = view.candidates.find((c) => c.candidateId === current);
  queue.add({ submissionId: uuid(), campaignId: view.campaignId, panelId: view.id, candidateId: current, scores,
    reason: reason || undefined, label: label(candidate), queuedAt: new Date().toISOString() });
  drafts.delete(current);
  editing = false;
  document.getElementById('rescore-reason').value = '';
  renderList();
  renderSheet();
  // Back to the top of the sheet: the state (pending, submitted) and the next candidate are up there.
  document.getElementById('candidate-title').scrollIntoView({ block: 'center' });
  queue.flush();
}

function showLocal(message) {
  notices.set(current, message);
  renderSheet();
}

function renderPending(items) {
  const mine = view ? items.filter((i) => i.panelId === view.id) : items;
  const badge = document.getElementById('pending-badge');
  badge.hidden = items.length === 0;
  badge.textContent = t('ex.pending.badge', { count: items.length });
  const panel = document.getElementById('pending-panel');
  panel.hidden = mine.length === 0;
  document.getElementById('pending-list').replaceChildren(...mine.map((item) => Object.assign(
    document.createElement('li'), { textContent: t('ex.pending.item', { who: item.label,
      time: new Date(item.queuedAt).toLocaleTimeString() }) })));
}

function send(item) {
  return post(`/api/campaigns/${item.campaignId}/panels/${item.panelId}/sheets`, {
    submissionId: item.submissionId, candidateId: item.candidateId, scores: item.scores,
    ...(item.reason ? { reason: item.reason } : {}) });
}

function settled(item, { answer, error }) {
  if (!view || item.panelId !== view.id) return;
  if (answer) {
    view.mySheets[String(item.candidateId)] = { scores: answer.scores, total: answer.total, version: answer.version };
  } else {
    notices.set(item.candidateId, t('ex.refused', { detail: error instanceof ApiError ? error.detail : String(error) }));
    drafts.set(item.candidateId, item.scores);
  }
  renderList();
  renderSheet();
}

export async function showSheet(campaignId, panelId) {
  const problem = document.getElementById('sheet-problem');
  try {
    view = { ...(await get(`/api/campaigns/${campaignId}/panels/${panelId}/sheets`)), campaignId };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    problem.textContent = error.offline ? t('ex.offlineLoad') : error.detail;
    problem.hidden = false;
    return;
  }
  problem.hidden = true;
  ensureQueue();
  document.title = `${view.name} · ${t('ex.pageTitle')}`;
  document.getElementById('sheet-title').textContent = `${view.name} · ${view.stageName}`;
  document.getElementById('sheet-meta').textContent = t(view.you.chief ? 'ex.youAreChief' : 'ex.youAreSeat',
    { seat: view.you.seat }) + (view.blind ? ` · ${t('ex.blind')}` : '');
  const chief = document.getElementById('chief-link');
  chief.hidden = !view.you.chief;
  chief.href = `#/panels/${campaignId}/${panelId}/chief`;
  if (!view.candidates.some((c) => c.candidateId === current)) {
    current = (view.candidates.find((c) => state(c) === 'todo') || view.candidates[0])?.candidateId ?? null;
  }
  renderPending(queue.items());
  renderList();
  renderSheet();
  queue.flush();
}

function ensureQueue() {
  const userId = session.user()?.id;
  if (queue && queue.userId === userId) return;
  queue = createQueue(userId, { send, settled, changed: renderPending, activity: (s) => save[s]() });
  queue.userId = userId;
}

export function flushQueue() {
  ensureQueue();
  return queue.flush();
}

export function setUpSheet(saveState) {
  save = saveState;
  form.addEventListener('submit', submit);
  document.getElementById('edit-sheet').addEventListener('click', () => {
    editing = true;
    drafts.set(current, { ...(sheetOf(current)?.scores || {}) });
    renderSheet();
  });
  document.getElementById('cancel-edit').addEventListener('click', () => {
    editing = false;
    drafts.delete(current);
    notices.delete(current);
    renderSheet();
  });
  document.getElementById('next-candidate').addEventListener('click', () => choose(nextCandidate().candidateId));
  document.getElementById('resend').addEventListener('click', () => flushQueue());
  document.getElementById('pending-badge').addEventListener('click', () => flushQueue());
  window.addEventListener('online', () => session.token() && flushQueue());
  // Retry on a timer as well: 'online' is not fired when only the server was out of reach.
  setInterval(() => session.token() && queue && queue.items().length && queue.flush(), 5000);
  onLanguageChange(() => view && (renderList(), renderSheet(), renderPending(queue.items())));
}
