// Stages, panels, results, ranking, notice and charts of one campaign (selection.html?campaign=ID).
import './messages.js';
import './selection-messages.js';
import '/examiner/messages.js';
import { init, t, onLanguageChange } from '/common/i18n.js';
import { session, get, saveState, ApiError } from '/common/api.js';
import { showStages, setUpStages } from './stages.js';
import { showPanels, setUpPanels } from './panels.js';
import { showResults, setUpResults } from './results.js';
import { showRanking, setUpRanking } from './ranking.js';
import { showNotices, setUpNotices } from './notices.js';
import { showCharts } from './charts.js';

init();

const campaignId = Number(new URLSearchParams(location.search).get('campaign'));
const save = saveState(document.getElementById('save-state'));
const tabs = { stages: showStages, panels: showPanels, results: showResults, ranking: showRanking,
  notice: showNotices, charts: showCharts };
const ctx = { campaignId, save, campaign: null, path: `/api/campaigns/${campaignId}`, go };

function go(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const [tab, arg] = (location.hash.replace(/^#/, '') || 'stages').split('/');
  const name = tabs[tab] ? tab : 'stages';
  document.querySelectorAll('.tab').forEach((section) => {
    section.hidden = section.id !== `tab-${name}`;
  });
  document.querySelectorAll('[data-tab]').forEach((link) => {
    link.setAttribute('aria-current', String(link.dataset.tab === name));
  });
  try {
    await tabs[name](ctx, arg);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const box = document.getElementById('load-problem');
    box.textContent = error.detail;
    box.hidden = false;
  }
}

async function start() {
  if (!session.token()) {
    document.getElementById('need-sign-in').hidden = false;
    return;
  }
  const user = session.user();
  document.getElementById('who').textContent = t('console.signedInAs', { name: user?.displayName || user?.username });
  document.getElementById('back-link').href = `/console/#/campaigns/${campaignId}`;
  try {
    ctx.campaign = await get(ctx.path);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    document.getElementById('need-sign-in').hidden = error.status !== 401;
    const box = document.getElementById('load-problem');
    box.textContent = error.detail;
    box.hidden = false;
    document.getElementById('page').hidden = false;
    return;
  }
  document.getElementById('page').hidden = false;
  document.getElementById('campaign-name').textContent = ctx.campaign.name;
  document.title = `${ctx.campaign.name} · ${t('sel.pageTitle')}`;
  setUpStages(ctx);
  setUpPanels(ctx);
  setUpResults(ctx);
  setUpRanking(ctx);
  setUpNotices(ctx);
  window.addEventListener('hashchange', route);
  onLanguageChange(route);
  await route();
}

start();
