// The organizer console: sign-in, the campaign list (#/) and one campaign (#/campaigns/{id}).
import './messages.js';
import { init, t, onLanguageChange } from '/common/i18n.js';
import { session, onSignInNeeded, post, saveState } from '/common/api.js';
import { values, showProblem, clearProblem, submitting } from './forms.js';
import { setUpCampaignList, showCampaignList } from './campaigns.js';
import { setUpCampaign, showCampaign } from './campaign.js';

init();

const views = ['view-sign-in', 'view-campaigns', 'view-campaign'].map((id) => document.getElementById(id));
const save = saveState(document.getElementById('save-state'));
const app = {
  save,
  go(hash) {
    if (location.hash === hash) route();
    else location.hash = hash;
  },
};

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
  who.textContent = signedIn ? t('console.signedInAs', { name: user?.displayName || user?.username || '' }) : '';
  document.getElementById('sign-out').hidden = !signedIn;
}

function showSignIn({ expired = false } = {}) {
  renderWho();
  showView('view-sign-in');
  document.getElementById('sign-in-expired').hidden = !expired;
  document.getElementById('sign-in-username').focus();
}

async function route() {
  if (!session.token()) {
    showSignIn();
    return;
  }
  renderWho();
  save.idle();
  const match = location.hash.match(/^#\/campaigns\/(\d+)$/);
  if (match) {
    showView('view-campaign');
    await showCampaign(Number(match[1]));
  } else {
    showView('view-campaigns');
    document.title = t('console.pageTitle');
    await showCampaignList();
  }
}

document.getElementById('sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  const form = event.currentTarget;
  clearProblem(form);
  try {
    const answer = await submitting(form, () => post('/api/auth/login', values(form), { auth: false }));
    session.save(answer);
    form.reset();
    await route();
    document.querySelector('section:not([hidden]) h1')?.focus();
  } catch (error) {
    showProblem(form, error);
  }
});

document.getElementById('sign-out').addEventListener('click', () => {
  session.clear();
  location.hash = '#/';
  showSignIn();
});

onSignInNeeded(() => showSignIn({ expired: true }));
onLanguageChange(renderWho);
window.addEventListener('hashchange', route);

setUpCampaignList(app);
setUpCampaign(app);
route();
