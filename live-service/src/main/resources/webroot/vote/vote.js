// The observer's phone: join with a ballot token (from the QR link's #t=… or typed), then follow the
// stage and vote in open polls. Built for slow networks: small JSON, a state poll every few seconds
// with back-off, and the receipt of every ballot kept on the phone.
import { init, register, t, onLanguageChange } from '/common/i18n.js';
import { words } from './messages.js';

register(words);
init();

const STORE = 'saima.vote';
const REFRESH_MS = 3000;
const $ = (id) => document.getElementById(id);
let saved = load();
let state = null;
let offset = 0; // server clock minus phone clock, from the last state
let failures = 0;

function load() {
  try {
    return JSON.parse(localStorage.getItem(STORE) || '{}');
  } catch {
    return {};
  }
}

function keep() {
  try {
    localStorage.setItem(STORE, JSON.stringify(saved));
  } catch {
    // Private mode: the phone still works, it just forgets on reload.
  }
}

async function call(method, path, body, auth = true) {
  const headers = { Accept: 'application/json, application/problem+json' };
  if (body) headers['Content-Type'] = 'application/json';
  if (auth && saved.observerToken) headers.Authorization = `Bearer ${saved.observerToken}`;
  const response = await fetch(path, { method, headers, body: body ? JSON.stringify(body) : undefined, cache: 'no-store' });
  const data = await response.json().catch(() => ({}));
  return { status: response.status, data };
}

async function join(token) {
  const { status, data } = await call('POST', '/api/observer/join', { token }, false);
  if (status !== 200) {
    const message = (data.errors && data.errors[0] && data.errors[0].message) || data.detail || t('vote.error');
    throw new Error(status === 400 ? t('vote.join.bad') : message);
  }
  saved = { token: token.replace(/[\s-]/g, '').toUpperCase(), observerToken: data.observerToken, eventId: data.eventId,
    category: data.category.name, eventName: data.eventName, receipts: saved.eventId === data.eventId ? saved.receipts || {} : {} };
  keep();
}

function showJoin(error) {
  $('view-join').hidden = false;
  $('view-event').hidden = true;
  $('join-error').hidden = !error;
  $('join-error').textContent = error || '';
}

$('join-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const button = event.currentTarget.querySelector('button');
  button.disabled = true;
  try {
    await join($('join-token').value);
    started = true;
    start();
  } catch (error) {
    showJoin(error.message);
  } finally {
    button.disabled = false;
  }
});

async function refresh() {
  try {
    const { status, data } = await call('GET', '/api/observer/state');
    if (status === 401) {
      saved.observerToken = null;
      keep();
      await join(saved.token);
      return refresh();
    }
    if (status !== 200) throw new Error(String(status));
    offset = data.stage.serverTime - Date.now();
    state = data;
    failures = 0;
    $('net').hidden = true;
    render();
  } catch {
    failures += 1;
    $('net').hidden = false;
    $('net').textContent = t('vote.offline');
  }
  setTimeout(refresh, Math.min(REFRESH_MS * 2 ** Math.max(0, failures - 1), 30000));
}

function candidateName(id) {
  const candidate = state.candidates.find((c) => c.id === id);
  return candidate ? candidate.name : '';
}

function renderStage() {
  const stage = state.stage;
  $('stage-speaker').textContent = stage.candidateId ? candidateName(stage.candidateId) : t(`vote.phase.${stage.phase}`);
  $('stage-phase').textContent = t(`vote.phase.${stage.phase}`);
  $('stage-phase').hidden = !stage.candidateId;
  tick();
}

function tick() {
  if (!state) return;
  const stage = state.stage;
  const elapsed = stage.running ? Date.now() + offset - stage.serverTime : 0;
  const left = Math.max(0, stage.remainingMs - elapsed);
  const seconds = Math.ceil(left / 1000);
  $('stage-timer').textContent = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

function render() {
  $('event-name').textContent = state.name;
  $('who').textContent = t('vote.who', { category: saved.category });
  renderStage();
  const visible = state.polls.filter((p) => p.status !== 'draft');
  $('no-polls').hidden = visible.some((p) => p.status === 'open');
  const container = $('polls');
  const focused = document.activeElement && container.contains(document.activeElement);
  // Keep a ballot being filled in: only redraw polls whose status or result changed.
  for (const poll of visible) {
    const key = JSON.stringify([poll.status, poll.revealed, poll.result ? poll.ballots : null, saved.receipts[poll.id] || null]);
    let card = container.querySelector(`[data-poll="${poll.id}"]`);
    if (card && card.dataset.key === key) continue;
    if (card && focused && poll.status === 'open' && !saved.receipts[poll.id]) continue;
    const fresh = pollCard(poll);
    fresh.dataset.key = key;
    if (card) card.replaceWith(fresh);
    else container.prepend(fresh);
  }
}

function pollCard(poll) {
  const card = document.createElement('section');
  card.className = 'ballot';
  card.dataset.poll = poll.id;
  const title = document.createElement('h2');
  title.textContent = poll.title;
  card.append(title);
  const receipt = saved.receipts[poll.id];
  if (receipt) card.append(receiptBox(receipt));
  if (poll.status === 'open' && !receipt) card.append(ballotForm(poll));
  else if (poll.status !== 'open') card.append(note(t(`vote.status.${poll.status}`)));
  if (poll.result) card.append(resultBars(poll));
  if (poll.status === 'published' && receipt) card.append(inBallotBox(poll.id, receipt.receipt));
  return card;
}

/** Once published, the phone looks for its own receipt in the public ballot box. */
function inBallotBox(pollId, receipt) {
  const line = note(t('vote.box.looking'));
  line.classList.add('box-check');
  fetch(`/api/public/polls/${pollId}/ballot-box`, { cache: 'no-store' })
    .then((r) => r.json())
    .then((box) => {
      const mine = (box.ballots || []).find((b) => b.receipt === receipt);
      line.textContent = mine ? t('vote.box.found', { n: box.ballots.length }) : t('vote.box.missing');
      line.dataset.found = String(Boolean(mine));
    })
    .catch(() => {
      line.textContent = t('vote.offline');
    });
  return line;
}

function note(text) {
  const p = document.createElement('p');
  p.className = 'rule';
  p.textContent = text;
  return p;
}

function receiptBox({ receipt, repeat }) {
  const box = document.createElement('div');
  box.className = `receipt${repeat ? ' repeat' : ''}`;
  box.setAttribute('role', 'status');
  const head = document.createElement('strong');
  head.textContent = repeat ? t('vote.already') : t('vote.done');
  const code = document.createElement('span');
  code.className = 'receipt-code';
  code.textContent = receipt;
  box.append(head, code, note(t('vote.receiptHint')));
  return box;
}

function ballotForm(poll) {
  const form = document.createElement('form');
  form.noValidate = true;
  const d = poll.definition;
  form.append(note(t(`vote.rule.${poll.kind}`, { k: d.k })));
  for (const candidate of d.candidates) form.append(choiceRow(poll, candidate));
  const error = document.createElement('p');
  error.className = 'field-error';
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const submit = document.createElement('button');
  submit.type = 'submit';
  submit.className = 'button big';
  submit.textContent = t('vote.submit');
  form.append(error, submit);
  form.addEventListener('change', () => limitMarks(form, d.k, poll.kind));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    cast(poll, form, submit, error);
  });
  return form;
}

function choiceRow(poll, candidate) {
  const row = document.createElement('div');
  row.className = 'choice-row';
  const person = state.candidates.find((c) => c.id === candidate.id) || {};
  const name = `<span class="who"></span><span class="unit"></span>`;
  if (poll.kind === 'choose' || poll.kind === 'recommendation') {
    row.innerHTML = `<label class="mark"><input type="checkbox" name="marked" value="${candidate.id}"><span>${name}</span></label>`;
  } else if (poll.kind === 'score') {
    row.innerHTML = `${name}<input class="score-input" type="number" name="score" min="0" max="100" step="1" inputmode="numeric" aria-label="${t('vote.scoreLabel')}">`;
  } else {
    const values = poll.kind === 'approval' ? ['approve', 'oppose', 'abstain'] : levels(poll);
    row.innerHTML = `${name}<div class="options" role="radiogroup">${values.map((v) => `<label><input type="radio" name="c${candidate.id}" value="${v}"><span>${poll.kind === 'approval' ? t(`vote.${v}`) : v}</span></label>`).join('')}</div>`;
  }
  row.querySelector('.who').textContent = candidate.name;
  row.querySelector('.unit').textContent = [person.unit, person.currentPost].filter(Boolean).join(' · ');
  return row;
}

function levels(poll) {
  return poll.definition.scale === 'satisfaction' ? ['满意', '基本满意', '不满意'] : ['优秀', '称职', '基本称职', '不称职'];
}

function limitMarks(form, k, kind) {
  if (kind !== 'choose' && kind !== 'recommendation') return;
  const boxes = [...form.querySelectorAll('input[name="marked"]')];
  const marked = boxes.filter((b) => b.checked).length;
  boxes.forEach((b) => {
    b.disabled = !b.checked && marked >= k;
  });
}

function choices(poll, form) {
  const d = poll.definition;
  if (poll.kind === 'choose' || poll.kind === 'recommendation') {
    return { marked: [...form.querySelectorAll('input[name="marked"]:checked')].map((b) => Number(b.value)) };
  }
  if (poll.kind === 'score') {
    const value = form.querySelector('input[name="score"]').value;
    if (!/^\d+$/.test(value) || Number(value) > 100) throw new Error(t('vote.scoreBad'));
    return { score: Number(value) };
  }
  const byCandidate = {};
  for (const c of d.candidates) {
    const picked = form.querySelector(`input[name="c${c.id}"]:checked`);
    if (picked) byCandidate[c.id] = picked.value;
    else if (poll.kind === 'approval') throw new Error(t('vote.pickEach'));
  }
  return poll.kind === 'approval' ? { approval: byCandidate } : { ratings: byCandidate };
}

async function cast(poll, form, submit, error) {
  error.hidden = true;
  let ballot;
  try {
    ballot = choices(poll, form);
  } catch (problem) {
    error.textContent = problem.message;
    error.hidden = false;
    return;
  }
  submit.disabled = true;
  submit.textContent = t('vote.sending');
  for (let attempt = 0; attempt < 4; attempt += 1) {
    try {
      const { status, data } = await call('POST', `/api/polls/${poll.id}/ballots`, { token: saved.token, choices: ballot });
      if (status === 201 || status === 200) {
        saved.receipts[poll.id] = { receipt: data.receipt, repeat: data.alreadyVoted };
        keep();
        render();
        return;
      }
      error.textContent = status === 409 ? t('vote.closed') : data.detail || t('vote.error');
      break;
    } catch {
      // The same token may be sent again safely: a repeat is answered with the first receipt.
      error.textContent = t('vote.retrying');
      error.hidden = false;
      await new Promise((resolve) => setTimeout(resolve, 1000 * (attempt + 1)));
    }
  }
  error.hidden = false;
  submit.disabled = false;
  submit.textContent = t('vote.submit');
}

function resultBars(poll) {
  const box = document.createElement('div');
  box.append(note(t('vote.results', { n: poll.ballots || 0 })));
  const bars = poll.result.bars || [];
  const max = Math.max(1, ...bars.map((b) => Number(b.value)));
  for (const bar of bars) {
    const row = document.createElement('div');
    row.className = 'result-bar';
    row.innerHTML = '<span class="name"></span><span class="track"><span class="fill"></span></span><span class="value"></span>';
    row.querySelector('.name').textContent = bar.name;
    row.querySelector('.fill').style.width = `${(100 * Number(bar.value)) / max}%`;
    row.querySelector('.value').textContent = bar.value;
    box.append(row);
  }
  return box;
}

function start() {
  $('view-join').hidden = true;
  $('view-event').hidden = false;
  refresh();
}

onLanguageChange(() => state && (document.getElementById('polls').replaceChildren(), render()));
setInterval(tick, 250);

let started = false;

function fromLink() {
  const token = new URLSearchParams(location.hash.slice(1)).get('t');
  if (!token) return false;
  // The token leaves the address bar at once: it is not for the browser history or a shoulder.
  history.replaceState(null, '', location.pathname);
  join(token).then(() => {
    if (!started) {
      started = true;
      start();
    } else {
      $('polls').replaceChildren();
      render();
    }
  }, (error) => showJoin(error.message));
  return true;
}

window.addEventListener('hashchange', fromLink);
if (!fromLink()) {
  if (saved.observerToken) {
    started = true;
    start();
  } else {
    showJoin();
  }
}
