// The candidates of a campaign (identity card numbers arrive masked) and the form that adds one.
import { t, onLanguageChange, formatNumber } from '/common/i18n.js';
import { get, post, ApiError } from '/common/api.js';
import { values, withoutBlanks, showProblem, clearProblem, showSuccess, hideSuccess, submitting, cell, emptyRow }
  from './forms.js';

const table = document.getElementById('candidate-table');
const form = document.getElementById('candidate-form');
let campaign = null;
let candidates = [];
let loadProblem = null;

function render() {
  const body = table.tBodies[0];
  body.replaceChildren();
  document.getElementById('candidate-count').textContent = t('candidates.count', { count: formatNumber(candidates.length) });
  if (loadProblem || !candidates.length) {
    body.append(emptyRow(7, loadProblem ? loadProblem.detail : t('candidates.none')));
    return;
  }
  for (const candidate of candidates) {
    const row = document.createElement('tr');
    row.append(
      cell(candidate.name, t('candidates.name')),
      cell(candidate.idCardMasked, t('candidates.idCard'), 'mono'),
      cell(t(`gender.${candidate.gender}`), t('candidates.gender')),
      cell(candidate.birthYear ?? '', t('candidates.birthYear'), 'number'),
      cell(candidate.unit, t('candidates.unit')),
      cell(candidate.currentPost, t('candidates.currentPost')),
      cell(`${candidate.positionCode} ${candidate.positionName || ''}`.trim(), t('candidates.position')),
    );
    body.append(row);
  }
}

function renderPositionChoice() {
  const select = form.elements.namedItem('positionId');
  const chosen = select.value;
  const prompt = new Option(t('candidates.choosePosition'), '');
  const options = campaign.positions.map((p) => new Option(`${p.code} ${p.name}`, String(p.id)));
  select.replaceChildren(prompt, ...options);
  select.value = options.some((o) => o.value === chosen) ? chosen : options.length === 1 ? options[0].value : '';
  document.getElementById('candidate-need-position').hidden = campaign.positions.length > 0;
}

export async function showCandidates(current) {
  if (campaign?.id !== current.id) {
    form.reset();
    clearProblem(form);
    hideSuccess(form);
  }
  campaign = current;
  renderPositionChoice();
  try {
    candidates = (await get(`/api/campaigns/${campaign.id}/candidates`)).candidates;
    loadProblem = null;
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    loadProblem = error;
  }
  render();
}

function candidateBody() {
  const input = values(form);
  const positionId = /^\d+$/.test(input.positionId) ? Number(input.positionId) : undefined;
  return withoutBlanks({ ...input, positionId });
}

export function setUpCandidates(app, campaignChanged) {
  onLanguageChange(() => {
    if (!campaign) return;
    renderPositionChoice();
    render();
  });
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearProblem(form);
    hideSuccess(form);
    try {
      const added = await submitting(form, () => app.save.track(
        post(`/api/campaigns/${campaign.id}/candidates`, candidateBody())));
      const keepPosition = form.elements.namedItem('positionId').value;
      form.reset();
      form.elements.namedItem('positionId').value = keepPosition;
      await campaignChanged();
      showSuccess(form, 'candidates.added', { name: added.name });
    } catch (error) {
      showProblem(form, error);
    }
  });
}
