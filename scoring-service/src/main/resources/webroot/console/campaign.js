// One campaign: its details (saved with the version read, 409 when someone saved first) and positions.
import { t, onLanguageChange, formatNumber } from '/common/i18n.js';
import { get, post, put, ApiError } from '/common/api.js';
import { values, withoutBlanks, showProblem, clearProblem, showSuccess, hideSuccess, submitting, cell, emptyRow }
  from './forms.js';
import { statusBadge } from './campaigns.js';
import { setUpCandidates, showCandidates } from './candidates.js';
import { setUpRoster, resetRoster } from './roster.js';

const detailsForm = document.getElementById('campaign-form');
const positionForm = document.getElementById('position-form');
const positionTable = document.getElementById('position-table');
let campaign = null;
let editing = null;

function renderHead() {
  document.getElementById('campaign-title').textContent = campaign.name;
  statusBadge(document.getElementById('campaign-status'), campaign.status);
  document.getElementById('campaign-organizer').textContent = campaign.organizer;
  const seats = campaign.positions.reduce((sum, p) => sum + p.seats, 0);
  document.getElementById('campaign-summary').textContent = t('campaign.summary', {
    positions: formatNumber(campaign.positions.length),
    seats: formatNumber(seats),
    candidates: formatNumber(campaign.candidateCount),
  });
  document.getElementById('campaign-version').textContent = t('campaign.version', { version: campaign.version });
  document.getElementById('campaign-selection').href = `selection.html?campaign=${campaign.id}#stages`;
  if (!document.getElementById('view-campaign').hidden) {
    document.title = `${campaign.name} · ${t('console.title')}`;
  }
}

function fillDetails() {
  const fields = detailsForm.elements;
  fields.namedItem('name').value = campaign.name;
  fields.namedItem('organizer').value = campaign.organizer;
  fields.namedItem('description').value = campaign.description;
  fields.namedItem('status').value = campaign.status;
  fields.namedItem('version').value = campaign.version;
}

function renderPositions() {
  const body = positionTable.tBodies[0];
  body.replaceChildren();
  if (!campaign.positions.length) {
    body.append(emptyRow(6, t('positions.none')));
    return;
  }
  for (const position of campaign.positions) {
    const row = document.createElement('tr');
    row.classList.toggle('editing', editing?.id === position.id);
    const actions = cell('', t('positions.actions'), 'row-actions');
    const edit = document.createElement('button');
    edit.type = 'button';
    edit.className = 'button quiet';
    edit.textContent = t('positions.edit');
    edit.setAttribute('aria-label', `${t('positions.edit')} ${position.code} ${position.name}`);
    edit.addEventListener('click', () => startEditing(position));
    actions.append(edit);
    row.append(
      cell(position.code, t('positions.code'), 'mono'),
      cell(position.name, t('positions.name')),
      cell(position.unit, t('positions.unit')),
      cell(formatNumber(position.seats), t('positions.seats'), 'number'),
      cell(formatNumber(position.candidateCount), t('positions.candidates'), 'number'),
      actions,
    );
    body.append(row);
  }
}

function renderPositionForm() {
  const title = document.getElementById('position-form-title');
  title.textContent = editing ? t('positions.editing', { code: editing.code }) : t('positions.add');
  positionForm.querySelector('[type="submit"]').textContent = t(editing ? 'positions.submitEdit' : 'positions.submitAdd');
  document.getElementById('position-cancel').hidden = !editing;
}

function startEditing(position) {
  editing = position;
  clearProblem(positionForm);
  hideSuccess(positionForm);
  const fields = positionForm.elements;
  fields.namedItem('code').value = position.code;
  fields.namedItem('name').value = position.name;
  fields.namedItem('unit').value = position.unit;
  fields.namedItem('seats').value = position.seats;
  renderPositionForm();
  renderPositions();
  document.getElementById('position-form-title').focus();
}

function stopEditing() {
  editing = null;
  positionForm.reset();
  clearProblem(positionForm);
  renderPositionForm();
  renderPositions();
}

function render() {
  if (!campaign) return;
  renderHead();
  renderPositions();
  renderPositionForm();
}

/** Reads the campaign again (counts change with every position and candidate). */
async function reload() {
  campaign = await get(`/api/campaigns/${campaign.id}`);
  render();
  await showCandidates(campaign);
}

export async function showCampaign(id) {
  const problem = document.getElementById('campaign-problem');
  if (campaign?.id !== id) {
    campaign = null;
    editing = null;
    [detailsForm, positionForm].forEach((form) => {
      form.reset();
      clearProblem(form);
      hideSuccess(form);
    });
    document.getElementById('campaign-reload').hidden = true;
    resetRoster();
  }
  try {
    campaign = await get(`/api/campaigns/${id}`);
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    problem.textContent = error.detail;
    problem.hidden = false;
    document.getElementById('campaign-title').textContent = '';
    return;
  }
  problem.hidden = true;
  fillDetails();
  render();
  await showCandidates(campaign);
}

async function saveDetails(app) {
  const input = values(detailsForm);
  const body = withoutBlanks({ ...input, version: Number(input.version) });
  const saved = await app.save.track(put(`/api/campaigns/${campaign.id}`, body));
  campaign = { ...campaign, ...saved };
  fillDetails();
  render();
}

function positionBody() {
  const input = values(positionForm);
  const seats = /^\d+$/.test(input.seats) ? Number(input.seats) : input.seats;
  return withoutBlanks({ ...input, seats });
}

async function savePosition(app) {
  const body = positionBody();
  const path = `/api/campaigns/${campaign.id}/positions`;
  const saved = await app.save.track(editing ? put(`${path}/${editing.id}`, body) : post(path, body));
  const message = editing ? 'positions.updated' : 'positions.added';
  stopEditing();
  await reload();
  showSuccess(positionForm, message, { code: saved.code });
}

export function setUpCampaign(app) {
  onLanguageChange(render);
  detailsForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(detailsForm);
    hideSuccess(detailsForm);
    try {
      await submitting(detailsForm, () => saveDetails(app));
      showSuccess(detailsForm, 'campaign.saved');
    } catch (error) {
      showProblem(detailsForm, error);
      document.getElementById('campaign-reload').hidden = error.status !== 409;
    }
  });
  document.getElementById('campaign-reload').addEventListener('click', async () => {
    clearProblem(detailsForm);
    document.getElementById('campaign-reload').hidden = true;
    await reload();
    fillDetails();
  });
  positionForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(positionForm);
    hideSuccess(positionForm);
    try {
      await submitting(positionForm, () => savePosition(app));
    } catch (error) {
      showProblem(positionForm, error);
    }
  });
  document.getElementById('position-cancel').addEventListener('click', stopEditing);
  document.querySelectorAll('.section-nav a').forEach((link) => {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      const target = document.querySelector(link.getAttribute('href'));
      target.scrollIntoView({ behavior: 'smooth', block: 'start' });
      target.querySelector('h2')?.setAttribute('tabindex', '-1');
      target.querySelector('h2')?.focus({ preventScroll: true });
    });
  });
  setUpCandidates(app, reload);
  setUpRoster(app, () => campaign.id, reload);
}
