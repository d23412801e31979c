// One live event in the console: links, draw, stage control, ballot tokens and their QR sheet, polls
// with their life cycle and live counts, and the printable certification sheet.
import { t, localizeMessage } from '/common/i18n.js';
import { get, post } from '/common/api.js';
import { problem } from './console.js';

const $ = (id) => document.getElementById(id);
let current = null; // { campaignId, eventId, event, polls, timer }
let refresher = null;
let ticker = null;

export function leaveEvent() {
  clearInterval(refresher);
  clearInterval(ticker);
  current = null;
}

const base = () => `/api/campaigns/${current.campaignId}/events/${current.eventId}`;
const seedKey = () => `saima.draw.seed.${current.eventId}`;
const esc = (text) => String(text ?? '').replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

export async function showEvent(campaignId, eventId) {
  current = { campaignId, eventId };
  const view = $('view-event');
  view.innerHTML = template();
  wire();
  await refresh();
  const board = await get('/api/public/board', { auth: false });
  $('link-board').href = `${location.protocol}//${location.hostname}:${board.port}/board/?event=${eventId}`;
  $('link-verify').href = `/verify/?event=${eventId}`;
  refresher = setInterval(() => refresh().catch(problem), 2000);
  ticker = setInterval(tick, 250);
}

function template() {
  return `
  <p class="no-print"><a href="#/">← ${t('lc.back')}</a></p>
  <h1 id="ev-title"></h1>
  <p id="ev-sub" class="muted"></p>
  <p class="event-links no-print"><a id="link-board" target="_blank" class="button secondary">${t('lc.ev.board')}</a>
    <a id="link-verify" target="_blank" class="button secondary">${t('lc.ev.verify')}</a></p>
  <ul class="section-nav">
    <li><a href="#sec-draw">${t('lc.draw.title')}</a></li><li><a href="#sec-stage">${t('lc.stage.title')}</a></li>
    <li><a href="#sec-tokens">${t('lc.tokens.title')}</a></li><li><a href="#sec-polls">${t('lc.polls.title')}</a></li></ul>

  <section id="sec-draw" class="panel"><h2>${t('lc.draw.title')}</h2>
    <p>${t('lc.draw.lead')}</p>
    <div id="draw-state"></div>
    <div class="actions"><button id="draw-commit" class="button" type="button">${t('lc.draw.commit')}</button>
      <button id="draw-reveal" class="button" type="button">${t('lc.draw.reveal')}</button></div></section>

  <section id="sec-stage" class="panel"><h2>${t('lc.stage.title')}</h2>
    <p><span id="stage-now"></span> <span id="stage-timer" class="timer">--:--</span></p>
    <div class="actions"><button class="button" data-stage="start" type="button">${t('lc.stage.start')}</button>
      <button class="button secondary" data-stage="pause" type="button">${t('lc.stage.pause')}</button>
      <button class="button secondary" data-stage="extend" type="button">${t('lc.stage.extend')}</button>
      <button class="button quiet" data-stage="finish" type="button">${t('lc.stage.finish')}</button></div>
    <div class="table-scroll"><table class="data-table"><thead><tr><th>${t('lc.stage.order')}</th><th>${t('lc.stage.name')}</th>
      <th>${t('lc.stage.unit')}</th><th></th></tr></thead><tbody id="run-of-show"></tbody></table></div></section>

  <section id="sec-tokens" class="panel"><h2>${t('lc.tokens.title')}</h2>
    <p>${t('lc.tokens.lead')}</p>
    <div class="table-scroll"><table class="data-table"><thead><tr><th>${t('lc.cat.name')}</th><th>${t('lc.cat.entitled')}</th>
      <th>${t('lc.tokens.issued')}</th></tr></thead><tbody id="token-counts"></tbody></table></div>
    <form id="token-form" class="inline-form no-print" novalidate>
      <div class="field"><label for="token-category">${t('lc.cat.name')}</label><select id="token-category" name="categoryId"></select></div>
      <div class="field"><label for="token-count">${t('lc.tokens.count')}</label><input id="token-count" name="count" type="number" min="1" max="500" value="30"></div>
      <button class="button" type="submit">${t('lc.tokens.issue')}</button>
      <button id="token-print" class="button secondary" type="button" hidden>${t('lc.tokens.print')}</button></form>
    <div id="token-sheet" class="print-area"></div></section>

  <section id="sec-polls" class="panel"><h2>${t('lc.polls.title')}</h2>
    <form id="poll-form" class="inline-form no-print" novalidate>
      <div class="field"><label for="poll-title">${t('lc.polls.name')}</label><input id="poll-title" name="title" type="text" maxlength="200" required></div>
      <div class="field"><label for="poll-kind">${t('lc.polls.kind')}</label><select id="poll-kind" name="kind">
        ${['approval', 'recommendation', 'choose', 'rating', 'score'].map((k) => `<option value="${k}">${t(`lc.kind.${k}`)}</option>`).join('')}</select></div>
      <div class="field"><label for="poll-seats">${t('lc.polls.seats')}</label><input id="poll-seats" name="seats" type="number" min="1" max="100" value="1"></div>
      <div class="field"><label for="poll-mode">${t('lc.polls.mode')}</label><select id="poll-mode" name="mode">
        <option value="share">${t('lc.mode.share')}</option><option value="multiplier">${t('lc.mode.multiplier')}</option></select></div>
      <div class="field"><label for="poll-basis">${t('lc.polls.basis')}</label><select id="poll-basis" name="basis">
        <option value="entitled">${t('lc.basis.entitled')}</option><option value="cast">${t('lc.basis.cast')}</option></select></div>
      <button class="button" type="submit">${t('lc.polls.create')}</button></form>
    <div class="table-scroll"><table class="data-table" id="poll-table"><thead><tr><th>${t('lc.polls.name')}</th><th>${t('lc.polls.kind')}</th>
      <th>${t('lc.polls.status')}</th><th>${t('lc.polls.ballots')}</th><th>${t('lc.polls.actions')}</th></tr></thead><tbody></tbody></table></div>
    <div id="poll-live"></div></section>

  <section id="sec-certificate" class="panel" hidden><div id="certificate" class="print-area"></div>
    <div class="actions no-print"><button id="certificate-print" class="button" type="button">${t('lc.cert.print')}</button></div></section>`;
}

function wire() {
  $('draw-commit').addEventListener('click', () => act(commitDraw));
  $('draw-reveal').addEventListener('click', () => act(revealDraw));
  document.querySelectorAll('[data-stage]').forEach((b) => b.addEventListener('click', () =>
    act(() => post(`${base()}/stage`, { action: b.dataset.stage, ...(b.dataset.stage === 'extend' ? { seconds: 60 } : {}) }))));
  $('token-form').addEventListener('submit', (e) => {
    e.preventDefault();
    act(issueTokens);
  });
  $('token-print').addEventListener('click', () => printSection('sec-tokens'));
  $('certificate-print').addEventListener('click', () => printSection('sec-certificate'));
  $('poll-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const f = e.currentTarget;
    act(() => post(`${base()}/polls`, { title: f.title.value.trim(), kind: f.kind.value,
      ...(['rating', 'score'].includes(f.kind.value) ? {} : { seats: Number(f.seats.value) }),
      ...(f.kind.value === 'recommendation' ? { mode: f.mode.value } : {}), ...(f.kind.value === 'approval' ? { basis: f.basis.value } : {}) }));
  });
}

async function act(work) {
  problem(null);
  try {
    await work();
    await refresh();
  } catch (error) {
    problem(error);
  }
}

function printSection(id) {
  $(id).classList.add('printing');
  window.print();
  $(id).classList.remove('printing');
}

async function refresh() {
  if (!current) return;
  const [event, polls] = await Promise.all([get(base()), get(`${base()}/polls`)]);
  if (!current) return;
  current.event = event;
  current.polls = polls.polls;
  current.stageAt = Date.now();
  renderHead();
  renderDraw();
  renderRunOfShow();
  renderTokens();
  renderPolls();
}

function renderHead() {
  const e = current.event;
  $('ev-title').textContent = e.name;
  $('ev-sub').textContent = `${e.positionName} · ${t('lc.ev.seats', { n: e.seats })} · ${e.venue}`;
  document.title = `${e.name} · ${t('lc.pageTitle')}`;
}

function renderDraw() {
  const d = current.event.draw;
  const seed = localStorage.getItem(seedKey());
  const lines = [];
  if (d.commitment) lines.push(`<p>${t('lc.draw.commitment')}<br><span class="mono" id="draw-commitment">${esc(d.commitment)}</span></p>`);
  if (!d.seed && seed) lines.push(`<p class="notice warn">${t('lc.draw.keepSeed')}<br><span class="mono">${esc(seed)}</span></p>`);
  if (d.seed) lines.push(`<p>${t('lc.draw.seed')}<br><span class="mono">${esc(d.seed)}</span></p>
    <p id="draw-order">${t('lc.draw.order')}${d.order.map((o) => esc(o.replace(/^\d+ /, ''))).join('、')}</p>`);
  $('draw-state').innerHTML = lines.join('');
  $('draw-commit').hidden = Boolean(d.commitment);
  $('draw-reveal').hidden = !d.commitment || Boolean(d.seed);
}

async function commitDraw() {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  const seed = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  localStorage.setItem(seedKey(), seed);
  await post(`${base()}/draw/commitment`, { commitment: [...digest].map((b) => b.toString(16).padStart(2, '0')).join('') });
}

async function revealDraw() {
  const seed = localStorage.getItem(seedKey()) || prompt(t('lc.draw.askSeed'));
  if (seed) await post(`${base()}/draw/seed`, { seed: seed.trim() });
}

function renderRunOfShow() {
  const e = current.event;
  const body = $('run-of-show');
  const key = `${e.candidates.map((c) => `${c.id}:${c.speakingOrder}`).join(',')}|${e.stage.candidateId}`;
  if (key !== current.showKey) {
    current.showKey = key;
    rebuildRunOfShow(e, body);
  }
  const speaker = e.candidates.find((c) => c.id === e.stage.candidateId);
  $('stage-now').textContent = speaker ? `${speaker.name} · ${t(`lc.phase.${e.stage.phase}`)}` : t(`lc.phase.${e.stage.phase}`);
  tick();
}

function rebuildRunOfShow(e, body) {
  body.replaceChildren();
  e.candidates.forEach((c) => {
    const row = document.createElement('tr');
    row.innerHTML = `<td>${c.speakingOrder ?? '—'}</td><td></td><td></td><td class="actions-cell">
      <button class="button secondary" type="button" data-phase="speech">${t('lc.stage.speech')}</button>
      <button class="button secondary" type="button" data-phase="qa">${t('lc.stage.qa')}</button></td>`;
    row.children[1].textContent = c.name;
    row.children[2].textContent = [c.unit, c.currentPost].filter(Boolean).join(' · ');
    row.querySelectorAll('[data-phase]').forEach((b) => b.addEventListener('click', () =>
      act(() => post(`${base()}/stage`, { action: 'show', candidateId: c.id, phase: b.dataset.phase }))));
    if (e.stage.candidateId === c.id) row.classList.add('on-stage');
    body.append(row);
  });
}

function tick() {
  if (!current?.event) return;
  const s = current.event.stage;
  const left = Math.max(0, s.remainingMs - (s.running ? Date.now() - current.stageAt : 0));
  const seconds = Math.ceil(left / 1000);
  $('stage-timer').textContent = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

function renderTokens() {
  const body = $('token-counts');
  body.replaceChildren();
  const select = $('token-category');
  const chosen = select.value;
  select.replaceChildren();
  for (const c of current.event.categories) {
    const row = document.createElement('tr');
    row.innerHTML = '<td></td><td class="number"></td><td class="number"></td>';
    row.children[0].textContent = c.name;
    row.children[1].textContent = c.entitled;
    row.children[2].textContent = c.issued;
    body.append(row);
    select.append(new Option(c.name, c.id));
  }
  if (chosen) select.value = chosen;
}

async function issueTokens() {
  const form = $('token-form');
  const category = current.event.categories.find((c) => String(c.id) === form.categoryId.value);
  const sheet = await post(`${base()}/tokens`, { categoryId: Number(form.categoryId.value), count: Number(form.count.value),
    baseUrl: location.origin });
  const area = $('token-sheet');
  area.innerHTML = `<p class="notice warn no-print">${t('lc.tokens.once')}</p><div class="sheet"></div>`;
  for (const token of sheet.tokens) {
    const ticket = document.createElement('div');
    ticket.className = 'ticket';
    ticket.innerHTML = `${token.qrSvg}<div class="code"></div><div class="small"></div><div class="small"></div>`;
    ticket.querySelector('.code').textContent = token.code;
    ticket.querySelectorAll('.small')[0].textContent = current.event.name;
    ticket.querySelectorAll('.small')[1].textContent = `${category.name} · ${t('lc.tokens.batch', { n: sheet.batch })}`;
    ticket.dataset.url = token.url;
    area.querySelector('.sheet').append(ticket);
  }
  $('token-print').hidden = false;
}

const STEPS = { draft: ['open'], open: ['close'], closed: ['certify'], certified: ['publish'], published: [] };

function renderPolls() {
  const body = $('poll-table').tBodies[0];
  // Rebuild the rows (and their buttons) only when a poll's step changed, so that a button does not
  // vanish under the organizer's pointer every refresh; the counts are updated in place.
  const key = current.polls.map((p) => `${p.id}:${p.status}:${p.revealed}`).join(',');
  if (key === current.pollKey) {
    for (const poll of current.polls) {
      const cell = body.querySelector(`tr[data-poll="${poll.id}"] .ballots`);
      if (cell) cell.textContent = poll.live ? poll.live.ballots : 0;
    }
    renderLive();
    return;
  }
  current.pollKey = key;
  body.replaceChildren();
  for (const poll of current.polls) {
    const row = document.createElement('tr');
    row.dataset.poll = poll.id;
    row.innerHTML = `<td></td><td>${t(`lc.kind.${poll.kind}`)}</td><td><span class="badge">${t(`lc.status.${poll.status}`)}</span>
      ${poll.revealed ? `<span class="badge running">${t('lc.polls.revealed')}</span>` : ''}</td>
      <td class="number ballots">${poll.live ? poll.live.ballots : 0}</td><td class="actions-cell"></td>`;
    row.children[0].textContent = poll.title;
    const cell = row.children[4];
    const steps = [...STEPS[poll.status], ...(poll.revealed || poll.status === 'draft' ? [] : ['reveal'])];
    for (const step of steps) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = step === 'reveal' ? 'button secondary' : 'button';
      button.dataset.step = step;
      button.textContent = t(`lc.step.${step}`);
      button.addEventListener('click', () => act(() => post(`${base()}/polls/${poll.id}/${step}`, {})));
      cell.append(button);
    }
    const view = document.createElement('button');
    view.type = 'button';
    view.className = 'button quiet';
    view.textContent = t('lc.polls.view');
    view.addEventListener('click', () => {
      current.selected = poll.id;
      renderLive();
    });
    cell.append(view);
    body.append(row);
  }
  renderLive();
}

function renderLive() {
  const poll = current.polls.find((p) => p.id === current.selected) || current.polls[current.polls.length - 1];
  const box = $('poll-live');
  box.replaceChildren();
  $('sec-certificate').hidden = true;
  if (!poll) return;
  const result = poll.certified ? poll.certified.result : poll.live?.result;
  const head = document.createElement('h3');
  head.textContent = `${poll.title} · ${t('lc.polls.liveCount', { n: poll.live ? poll.live.ballots : 0 })}`;
  box.append(head);
  if (result) box.append(bars(result), details(poll, result));
  if (poll.certified) certificate(poll);
}

/** Per-category report (recommendation) or per-level counts (rating), as the rules report them. */
function details(poll, result) {
  const table = document.createElement('table');
  table.className = 'data-table';
  const names = poll.definition.candidates;
  if (result.categories) {
    table.id = 'category-report';
    table.innerHTML = `<caption>${t('lc.report.categories')}</caption><thead><tr><th>${t('lc.cat.name')}</th>
      <th class="number">${t(result.mode === 'share' ? 'lc.report.weight' : 'lc.report.multiplier')}</th>
      <th class="number">${t('lc.report.valid')}</th>${names.map((c) => `<th class="number">${esc(c.name)}</th>`).join('')}</tr></thead><tbody></tbody>`;
    for (const c of result.categories) {
      const row = document.createElement('tr');
      row.innerHTML = `<td>${esc(c.name)}</td><td class="number">${esc(c.factor)}</td><td class="number">${c.validBallots}</td>`
        + names.map((n) => `<td class="number">${c.votes[n.id] ?? 0}（${esc(c.contribution[n.id])}）</td>`).join('');
      table.tBodies[0].append(row);
    }
  } else if (result.subjects) {
    table.id = 'rating-report';
    table.innerHTML = `<caption>${esc(result.scale)}</caption><thead><tr><th>${t('lc.stage.name')}</th>
      ${result.levels.map((l) => `<th class="number">${esc(l)}</th>`).join('')}<th class="number">${t('lc.report.unrated')}</th></tr></thead><tbody></tbody>`;
    for (const s of result.subjects) {
      const row = document.createElement('tr');
      row.innerHTML = `<td>${esc(s.name)}</td>${result.levels.map((l) => `<td class="number">${s.overall.levels[l].count}（${s.overall.levels[l].share}%）</td>`).join('')}
        <td class="number">${s.overall.unrated}</td>`;
      table.tBodies[0].append(row);
    }
  }
  return table;
}

function bars(result) {
  const list = document.createElement('div');
  list.className = 'bars';
  const max = Math.max(1, ...result.bars.map((b) => Number(b.value)));
  for (const bar of result.bars) {
    const row = document.createElement('div');
    row.className = 'bar';
    row.innerHTML = '<span></span><span class="track"><span class="fill"></span></span><span class="value"></span>';
    row.children[0].textContent = bar.name;
    row.querySelector('.fill').style.width = `${(100 * Number(bar.value)) / max}%`;
    row.querySelector('.value').textContent = bar.value;
    list.append(row);
  }
  return list;
}

function certificate(poll) {
  const c = poll.certified;
  const r = c.result;
  const e = current.event;
  const rows = (r.tallies || r.standings || []).map((x) => `<tr><td>${esc(x.name || e.candidates.find((k) => k.id === x.id)?.name)}</td>
    <td class="number">${esc(x.approve ?? x.score ?? x.votes ?? '')}</td><td class="number">${esc(x.oppose ?? x.rawVotes ?? '')}</td>
    <td class="number">${esc(x.abstain ?? '')}</td><td>${x.elected || x.recommended || x.chosen ? t('lc.cert.elected') : x.passes ? t('lc.cert.passed') : ''}</td></tr>`).join('');
  $('certificate').innerHTML = `<div class="certificate"><h2>${t('lc.cert.title')}</h2>
    <p><strong>${esc(e.name)}</strong> · ${esc(e.positionName)}</p>
    <p>${t('lc.cert.poll')}${esc(poll.title)}（${t(`lc.kind.${poll.kind}`)}）</p>
    <p>${t('lc.cert.counts', { ballots: c.ballots, issued: r.issued, watermark: c.watermark })}</p>
    ${r.quorumRequired !== undefined ? `<p>${t('lc.cert.rules', { entitled: r.entitled, quorum: r.quorumRequired, min: r.minimumApprovals })}
      ${r.valid ? t('lc.cert.valid') : t('lc.cert.invalid') + esc(r.invalidReasons.map(localizeMessage).join('；'))}</p>` : ''}
    <table class="data-table"><thead><tr><th>${t('lc.stage.name')}</th><th class="number">${t('lc.cert.c1')}</th>
      <th class="number">${t('lc.cert.c2')}</th><th class="number">${t('lc.cert.c3')}</th><th>${t('lc.cert.result')}</th></tr></thead>
      <tbody>${rows}</tbody></table>
    <p>${t('lc.cert.at')}${esc(poll.certifiedAt)}</p>
    <p>${t('lc.cert.hash')}<br><span class="mono" id="certificate-hash">${esc(c.auditHash)}</span></p>
    <div class="signatures"><span>${t('lc.cert.sign1')}</span><span>${t('lc.cert.sign2')}</span><span>${t('lc.cert.sign3')}</span></div></div>`;
  $('sec-certificate').hidden = false;
}
