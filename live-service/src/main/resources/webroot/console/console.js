// The live console: sign-in, the campaigns with their events (#/), one event (#/events/{campaign}/{event}).
import { init, register, registerMessages, t, onLanguageChange } from '/common/i18n.js';
import { session, onSignInNeeded, post, get, ApiError } from '/common/api.js';
import { words } from './messages.js';
import { serverMessages } from '/board/rules.js';
import { showEvent, leaveEvent } from './event.js';

register(words);
registerMessages(serverMessages);
init();

const $ = (id) => document.getElementById(id);
const views = ['view-sign-in', 'view-home', 'view-event'];
// Share-mode weights must be above 0 and sum to 1; online viewers are entitled to nothing by default.
const DEFAULT_CATEGORIES = [['领导班子成员', 5, '0.4', '3'], ['中层干部', 20, '0.3', '1'], ['基层干部群众', 100, '0.2', '1'],
  ['网络观众', 0, '0.1', '1']];
let campaigns = [];

export function problem(error) {
  const box = $('problem');
  if (!error) {
    box.hidden = true;
    return;
  }
  const fields = error instanceof ApiError ? error.errors.map((e) => `${e.field || ''}: ${e.message}`) : [];
  box.textContent = [error instanceof ApiError ? error.detail : error.message, ...fields].join(' · ');
  box.hidden = false;
  box.scrollIntoView({ block: 'nearest' });
}

function show(id) {
  views.forEach((v) => {
    $(v).hidden = v !== id;
  });
}

async function route() {
  problem(null);
  leaveEvent();
  if (!session.token()) {
    show('view-sign-in');
    return;
  }
  const user = session.user();
  $('who').hidden = false;
  $('who').textContent = t('lc.signedInAs', { name: user?.displayName || user?.username || '' });
  $('sign-out').hidden = false;
  const match = location.hash.match(/^#\/events\/(\d+)\/(\d+)$/);
  try {
    if (match) {
      show('view-event');
      await showEvent(Number(match[1]), Number(match[2]));
    } else {
      show('view-home');
      await showHome();
    }
  } catch (error) {
    problem(error);
  }
}

async function showHome() {
  campaigns = (await get('/api/live/campaigns')).campaigns;
  const box = $('campaigns');
  box.replaceChildren();
  const select = $('ev-position');
  select.replaceChildren();
  for (const campaign of campaigns) {
    const block = document.createElement('section');
    block.className = 'panel campaign-block';
    block.innerHTML = '<h2></h2><ul class="events"></ul>';
    block.querySelector('h2').textContent = campaign.name;
    const events = (await get(`/api/campaigns/${campaign.id}/events`)).events;
    const list = block.querySelector('.events');
    if (!events.length) list.innerHTML = `<li class="muted">${t('lc.home.noEvents')}</li>`;
    for (const event of events) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#/events/${campaign.id}/${event.id}`;
      link.textContent = `${event.name}（${event.positionName}）`;
      item.append(link);
      list.append(item);
    }
    box.append(block);
    for (const position of campaign.positions) {
      const option = document.createElement('option');
      option.value = `${campaign.id}/${position.id}`;
      option.textContent = `${campaign.name} — ${position.name}（${t('lc.create.counts', { seats: position.seats, n: position.candidates })}）`;
      select.append(option);
    }
  }
  if (!campaigns.length) box.innerHTML = `<p class="notice">${t('lc.home.noCampaigns')}</p>`;
  const body = $('category-table').tBodies[0];
  if (!body.rows.length) {
    for (const [name, entitled, weight, multiplier] of DEFAULT_CATEGORIES) {
      const row = document.createElement('tr');
      row.innerHTML = `<td><input type="text" name="catName" maxlength="50"></td><td><input type="number" name="catEntitled" min="0"></td>
        <td><input type="text" name="catWeight" inputmode="decimal"></td><td><input type="text" name="catMultiplier" inputmode="decimal"></td>`;
      row.querySelector('[name=catName]').value = name;
      row.querySelector('[name=catEntitled]').value = entitled;
      row.querySelector('[name=catWeight]').value = weight;
      row.querySelector('[name=catMultiplier]').value = multiplier;
      body.append(row);
    }
  }
}

$('event-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  problem(null);
  const form = e.currentTarget;
  const [campaignId, positionId] = form.position.value.split('/').map(Number);
  const categories = [...$('category-table').tBodies[0].rows]
    .map((row) => ({ name: row.querySelector('[name=catName]').value.trim(), entitled: Number(row.querySelector('[name=catEntitled]').value),
      weight: Number(row.querySelector('[name=catWeight]').value || 0), multiplier: Number(row.querySelector('[name=catMultiplier]').value || 1) }))
    .filter((c) => c.name);
  try {
    const event = await post(`/api/campaigns/${campaignId}/events`, { name: form.name.value.trim(), venue: form.venue.value.trim(),
      positionId, speechSeconds: Number(form.speechMinutes.value) * 60, qaSeconds: Number(form.qaMinutes.value) * 60, categories });
    location.hash = `#/events/${campaignId}/${event.id}`;
  } catch (error) {
    problem(error);
  }
});

$('sign-in-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const form = e.currentTarget;
  try {
    session.save(await post('/api/auth/login', { username: form.username.value.trim(), password: form.password.value }, { auth: false }));
    form.reset();
    route();
  } catch (error) {
    problem(error);
  }
});

$('sign-out').addEventListener('click', () => {
  session.clear();
  location.hash = '#/';
  route();
});

onSignInNeeded(() => route());
onLanguageChange(() => route());
window.addEventListener('hashchange', route);
route();
