// The campaign list and the form that creates a campaign.
import { t, onLanguageChange, formatNumber } from '/common/i18n.js';
import { get, post, session, ApiError } from '/common/api.js';
import { values, withoutBlanks, showProblem, clearProblem, submitting, cell, emptyRow } from './forms.js';

const table = document.getElementById('campaign-table');
let campaigns = [];
let loadProblem = null;

export function statusBadge(element, status) {
  element.className = `badge ${status}`;
  element.textContent = t(`status.${status}`);
}

function render() {
  const body = table.tBodies[0];
  body.replaceChildren();
  if (loadProblem) {
    body.append(emptyRow(5, loadProblem.detail));
    return;
  }
  if (!campaigns.length) {
    body.append(emptyRow(5, t('campaigns.none')));
    return;
  }
  for (const campaign of campaigns) {
    const row = document.createElement('tr');
    const name = cell('', t('campaigns.name'));
    const link = document.createElement('a');
    link.href = `#/campaigns/${campaign.id}`;
    link.textContent = campaign.name;
    name.append(link);
    const status = cell('', t('campaigns.status'));
    const badge = document.createElement('span');
    statusBadge(badge, campaign.status);
    status.append(badge);
    row.append(
      name,
      cell(campaign.organizer, t('campaigns.organizer')),
      status,
      cell(formatNumber(campaign.positionCount), t('campaigns.positions'), 'number'),
      cell(formatNumber(campaign.candidateCount), t('campaigns.candidates'), 'number'),
    );
    body.append(row);
  }
}

export async function showCampaignList() {
  try {
    campaigns = (await get('/api/campaigns')).campaigns;
    loadProblem = null;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    loadProblem = error;
  }
  render();
}

export function setUpCampaignList(app) {
  onLanguageChange(render);
  const form = document.getElementById('campaign-create-form');
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    try {
      const created = await submitting(form, () => app.save.track(post('/api/campaigns', withoutBlanks(values(form)))));
      // The token carries the campaigns granted at sign-in; a fresh one carries the new campaign too.
      session.save(await post('/api/auth/refresh'));
      form.reset();
      app.go(`#/campaigns/${created.id}`);
    } catch (error) {
      showProblem(form, error);
    }
  });
}
