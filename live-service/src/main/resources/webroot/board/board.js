// The big-screen board of one event (/board/?event=ID): server-sent events from this node's board
// server; a tally is drawn only if it is newer than the one on screen, so the board never goes back.
import { init, register, registerMessages, localizeMessage, t, onLanguageChange } from '/common/i18n.js';
import { words } from './messages.js';
import { serverMessages } from './rules.js';

register(words);
registerMessages(serverMessages);
init();

const $ = (id) => document.getElementById(id);
const eventId = new URLSearchParams(location.search).get('event');
let state = null;
let offset = 0;
let stageAt = 0;
const shown = new Map(); // pollId → tally on screen
const charts = new Map(); // pollId → echarts instance

function newer(candidate, current) {
  if (!current) return true;
  if (candidate.watermark !== current.watermark) return candidate.watermark > current.watermark;
  if (candidate.ballots !== current.ballots) return candidate.ballots > current.ballots;
  return candidate.final && !current.final;
}

function connect() {
  const source = new EventSource(`/board/stream/${eventId}`);
  source.addEventListener('open', () => link('live'));
  source.addEventListener('error', () => link('lost'));
  source.addEventListener('state', (e) => {
    state = JSON.parse(e.data);
    setStage(state.stage);
    state.tallies.forEach(accept);
    render();
  });
  source.addEventListener('stage', (e) => {
    setStage(JSON.parse(e.data));
    renderStage();
  });
  source.addEventListener('tally', (e) => {
    if (accept(JSON.parse(e.data))) render();
  });
}

function link(kind) {
  $('link').dataset.state = kind;
  $('link').textContent = t(`board.link.${kind}`);
}

function setStage(stage) {
  if (state) state.stage = stage;
  offset = stage.serverTime - Date.now();
  stageAt = stage.serverTime;
}

function accept(tally) {
  const current = shown.get(tally.pollId);
  // Same snapshot, shown differently: the poll was revealed (or its counts hidden) since.
  const sameButVisibility = current && !newer(current, tally) && Boolean(tally.result) !== Boolean(current.result);
  if (!newer(tally, current) && !sameButVisibility) return false;
  shown.set(tally.pollId, tally);
  return true;
}

function candidate(id) {
  return (state.candidates || []).find((c) => c.id === id) || {};
}

function renderStage() {
  const stage = state.stage;
  const speaker = candidate(stage.candidateId);
  $('stage-phase').textContent = t(`board.phase.${stage.phase}`);
  $('stage-speaker').textContent = speaker.name || '';
  $('stage-unit').textContent = [speaker.unit, speaker.currentPost].filter(Boolean).join(' · ');
  tick();
}

function tick() {
  if (!state) return;
  const stage = state.stage;
  const elapsed = stage.running ? Date.now() + offset - stageAt : 0;
  const left = Math.max(0, stage.remainingMs - elapsed);
  const seconds = Math.ceil(left / 1000);
  const timer = $('stage-timer');
  timer.textContent = `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
  timer.classList.toggle('low', stage.candidateId && seconds <= 60);
}

function render() {
  $('event-name').textContent = state.name;
  $('event-position').textContent = [state.positionName, state.venue].filter(Boolean).join(' · ');
  document.title = `${state.name} · ${t('board.pageTitle')}`;
  renderStage();
  const polls = state.polls.filter((p) => p.status !== 'draft').sort((a, b) => b.id - a.id).slice(0, 2);
  const container = $('polls');
  const keep = new Set(polls.map((p) => String(p.id)));
  [...container.children].forEach((child) => {
    if (!keep.has(child.dataset.poll)) {
      charts.get(Number(child.dataset.poll))?.dispose();
      charts.delete(Number(child.dataset.poll));
      child.remove();
    }
  });
  polls.forEach((poll, index) => {
    let panel = container.querySelector(`[data-poll="${poll.id}"]`);
    if (!panel) {
      panel = document.createElement('article');
      panel.className = 'board-poll';
      panel.dataset.poll = poll.id;
      panel.innerHTML = '<h2></h2><p class="poll-status"></p><div class="poll-body"></div>';
    }
    container.insertBefore(panel, container.children[index] || null);
    drawPoll(panel, poll, shown.get(poll.id));
  });
}

function drawPoll(panel, poll, tally) {
  panel.querySelector('h2').textContent = poll.title;
  panel.querySelector('.poll-status').textContent = t(`board.status.${poll.status}`);
  const body = panel.querySelector('.poll-body');
  const ballots = tally ? tally.ballots : 0;
  if (!tally || !tally.result) {
    charts.get(poll.id)?.dispose();
    charts.delete(poll.id);
    body.className = 'poll-body';
    body.innerHTML = `<p class="poll-waiting"></p>`;
    body.querySelector('.poll-waiting').innerHTML = t(poll.status === 'open' ? 'board.inProgress' : 'board.counted', { n: `<strong data-ballots>${ballots}</strong>` });
    return;
  }
  if (!body.querySelector('.poll-chart')) {
    body.innerHTML = '<div class="poll-chart" role="img"></div><p class="poll-facts"></p><div class="poll-final"></div>';
  }
  const result = tally.result;
  const chartBox = body.querySelector('.poll-chart');
  chartBox.setAttribute('aria-label', result.bars.map((b) => `${b.name} ${b.value}`).join('，'));
  let chart = charts.get(poll.id);
  if (!chart) {
    chart = echarts.init(chartBox, null, { renderer: 'canvas' });
    charts.set(poll.id, chart);
  }
  chart.setOption(option(poll, result), { notMerge: false });
  body.querySelector('.poll-facts').textContent = facts(poll, result, ballots);
  const final = body.querySelector('.poll-final');
  final.replaceChildren();
  if (tally.final) final.append(sheet(poll, result));
}

function option(poll, result) {
  const names = result.bars.map((b) => b.name);
  return {
    animationDuration: 300,
    grid: { left: 8, right: 90, top: 10, bottom: 10, containLabel: true },
    xAxis: { type: 'value', minInterval: result.bars.every((b) => Number.isInteger(Number(b.value))) ? 1 : 0, axisLabel: { color: '#c9d3e3', fontSize: 18 }, splitLine: { lineStyle: { color: '#2b3b55' } } },
    yAxis: { type: 'category', inverse: true, data: names, axisLabel: { color: '#fff', fontSize: 30, fontWeight: 'bold' } },
    series: [{
      type: 'bar', data: result.bars.map((b) => Number(b.value)), barMaxWidth: 56,
      itemStyle: { color: '#ffd166', borderRadius: [0, 6, 6, 0] },
      label: { show: true, position: 'right', color: '#fff', fontSize: 30, fontWeight: 'bold' },
    }],
  };
}

function facts(poll, r, ballots) {
  switch (poll.kind) {
    case 'approval':
      return t('board.facts.approval', { entitled: r.entitled, received: r.received, quorum: r.quorumRequired,
        base: r.base, min: r.minimumApprovals, basis: t(`board.basis.${r.basis}`) })
        + (r.valid ? '' : ` ${t('board.invalid')}${r.invalidReasons.map(localizeMessage).join('；')}`);
    case 'choose':
      return t('board.facts.choose', { k: r.k, cast: r.cast, valid: r.valid, invalid: r.invalid, blank: r.blank });
    case 'recommendation':
      return t('board.facts.recommendation', { k: r.k, mode: t(`board.mode.${r.mode}`), n: ballots, invalid: r.invalid });
    case 'rating':
      return t('board.facts.rating', { meaning: r.barMeaning, n: ballots });
    default:
      return t('board.facts.score', { n: r.count, mean: r.mean ?? '—', trimmed: r.trimmedMean ?? '—' });
  }
}

function sheet(poll, r) {
  const table = document.createElement('table');
  table.className = 'poll-sheet';
  const rows = poll.kind === 'approval' ? r.tallies.map((c) => [c.name, c.approve, c.oppose, c.abstain,
    c.elected ? ['elected', t('board.elected')] : c.passes ? ['passed', t('board.passed')] : ['failed', t('board.failed')]])
    : poll.kind === 'recommendation' ? r.standings.map((s) => [s.name, s.rank, s.score, s.rawVotes,
      s.recommended ? ['elected', t('board.recommended')] : ['failed', '']])
    : poll.kind === 'choose' ? r.standings.map((s) => [candidate(s.id).name || s.id, s.rank, s.votes, '',
      s.chosen ? ['elected', t('board.chosen')] : ['failed', '']])
    : [];
  if (!rows.length) return table;
  const head = t(`board.sheet.${poll.kind}`).split('|');
  table.innerHTML = `<thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody></tbody>`;
  for (const row of rows) {
    const tr = document.createElement('tr');
    row.forEach((value, i) => {
      const td = document.createElement('td');
      if (Array.isArray(value)) {
        const mark = document.createElement('span');
        mark.className = `mark-${value[0]}`;
        mark.textContent = value[1];
        td.append(mark);
      } else {
        td.textContent = value;
        if (i > 0) td.className = 'num';
      }
      tr.append(td);
    });
    table.tBodies[0].append(tr);
  }
  return table;
}

onLanguageChange(() => state && render());
window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
setInterval(tick, 250);
// Opened on the service's own port (where there is no event stream)? Go to this node's board port.
async function start() {
  try {
    const answer = await fetch('/api/public/board', { cache: 'no-store' });
    if (answer.ok) {
      const { port } = await answer.json();
      if (String(port) !== location.port) {
        location.replace(`${location.protocol}//${location.hostname}:${port}${location.pathname}${location.search}`);
        return;
      }
    }
  } catch {
    // The board server has no API: stay here.
  }
  if (eventId) connect();
  else $('event-name').textContent = t('board.noEvent');
}

start();
