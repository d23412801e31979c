// The examiner's tablet: sign-in, the panels they sit on (#/), scoring one candidate at a time
// (#/panels/{campaignId}/{panelId}) and, for the chief examiner, the panel's summary (…/chief).
import './messages.js';
import { init, t, onLanguageChange } from '/common/i18n.js';
import { session, onSignInNeeded, post, get, saveState, ApiError } from '/common/api.js';
import { setUpSheet, showSheet, flushQueue } from './sheet.js';
import { showChief } from './chief.js';

init();

const views = ['view-sign-in', 'view-panels', 'view-sheet', 'view-chief'].map((id) => document.getElementById(id));
const save = saveState(document.getElementById('save-state'));

function showView(id) {
  document.getElementById('loading').hidden = true;
  views.forEach((view) => {
    view.hidden = view.id !== id;
  });
}

function renderWho() {
  const user = session.user();
  const signedIn = Boolean(session.token());
  const who = document.getElementById('who');
  who.hidden = !signedIn;
  who.textContent = signedIn ? t('ex.signedInAs', { name: user?.displayName || user?.username || '' }) : '';
  document.getElementById('sign-out').hidden = !signedIn;
}

function showSignIn({ expired = false } = {}) {
  renderWho();
  showView('view-sign-in');
  document.getElementById('sign-in-expired').hidden = !expired;
  document.getElementById('sign-in-username').focus();
}

async function showPanels() {
  showView('view-panels');
  document.title = t('ex.pageTitle');
  const list = document.getElementById('panel-list');
  list.replaceChildren();
  let panels = [];
  try {
    panels = (await get('/api/my/panels')).panels;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    list.append(Object.assign(document.createElement('li'), { className: 'notice error', textContent: error.detail }));
    return;
  }
  if (!panels.length) {
    list.append(Object.assign(document.createElement('li'), { className: 'notice', textContent: t('ex.panels.none') }));
  }
  for (const panel of panels) {
    const item = document.createElement('li');
    const link = document.createElement('a');
    link.href = `#/panels/${panel.campaignId}/${panel.id}`;
    const title = document.createElement('strong');
    title.textContent = `${panel.name} · ${panel.stageName}`;
    const detail = document.createElement('span');
    detail.textContent = `${panel.campaignName} · ${t(panel.chief ? 'ex.panels.chief' : 'ex.panels.seat', { seat: panel.seat })}`
      + ` · ${t('ex.panels.count', { count: panel.candidateCount })}`;
    link.append(title, detail);
    item.append(link);
    list.append(item);
  }
}

async function route() {
  if (!session.token()) {
    showSignIn();
    return;
  }
  renderWho();
  const chief = location.hash.match(/^#\/panels\/(\d+)\/(\d+)\/chief$/);
  const sheet = location.hash.match(/^#\/panels\/(\d+)\/(\d+)$/);
  if (chief) {
    showView('view-chief');
    await showChief(Number(chief[1]), Number(chief[2]), save);
  } else if (sheet) {
    showView('view-sheet');
    await showSheet(Number(sheet[1]), Number(sheet[2]));
  } else {
    await showPanels();
  }
}

document.getElementById('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  const box = document.getElementById('sign-in-expired');
  const fields = Object.fromEntries(new FormData(form).entries());
  try {
    session.save(await post('/api/auth/login', { username: fields.username.trim(), password: fields.password },
      { auth: false }));
    form.reset();
    await route();
    flushQueue();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    box.textContent = error.detail;
    box.hidden = false;
  }
});

document.getElementById('sign-out').addEventListener('click', () => {
  session.clear();
  location.hash = '#/';
  showSignIn();
});

onSignInNeeded(() => showSignIn({ expired: true }));
onLanguageChange(() => {
  renderWho();
  route();
});
window.addEventListener('hashchange', route);
setUpSheet(save);
route();
