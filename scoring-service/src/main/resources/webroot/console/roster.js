// Roster import: the file's bytes go up with a progress bar; the server checks every row and imports
// all or none, answering the bad cells by row and column.
import { t, onLanguageChange, formatNumber } from '/common/i18n.js';
import { upload, ApiError } from '/common/api.js';
import { cell } from './forms.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const form = document.getElementById('roster-form');
const fileInput = document.getElementById('roster-file');
const progress = document.getElementById('roster-progress');
const result = document.getElementById('roster-result');
const errors = document.getElementById('roster-errors');
let outcome = null;

// Browsers label .csv differently (Windows says application/vnd.ms-excel); the name is more reliable.
function contentTypeOf(file) {
  const name = file.name.toLowerCase();
  if (name.endsWith('.xlsx')) return XLSX;
  if (name.endsWith('.csv')) return 'text/csv';
  return file.type || 'application/octet-stream';
}

function setProgress(fraction) {
  const percent = Math.round(fraction * 100);
  progress.querySelector('progress').value = percent;
  document.getElementById('roster-progress-label').textContent =
    fraction >= 1 ? t('roster.checking') : t('roster.uploading', { percent });
}

function renderFileName() {
  const file = fileInput.files[0];
  const name = document.getElementById('roster-file-name');
  name.textContent = file ? file.name : t('roster.noFile');
  name.classList.toggle('chosen', Boolean(file));
}

function render() {
  renderFileName();
  result.hidden = !outcome;
  errors.hidden = !(outcome?.error && outcome.error.rowErrors().length);
  if (!outcome) return;
  if (outcome.error) {
    result.className = 'notice error';
    result.textContent = outcome.error.detail;
  } else if (outcome.message) {
    result.className = 'notice warn';
    result.textContent = t(outcome.message);
  } else {
    result.className = 'notice success';
    result.textContent = t(outcome.dryRun ? 'roster.checked' : 'roster.imported', {
      rows: formatNumber(outcome.summary.rows),
      imported: formatNumber(outcome.summary.imported),
    });
  }
  const body = errors.querySelector('tbody');
  body.replaceChildren();
  for (const error of outcome.error ? outcome.error.rowErrors() : []) {
    const row = document.createElement('tr');
    row.append(
      cell(String(error.row), t('roster.row'), 'number'),
      cell(error.column, t('roster.column')),
      cell(error.message, t('roster.message')),
    );
    body.append(row);
  }
}

function busy(on) {
  form.querySelectorAll('button').forEach((button) => {
    button.disabled = on;
  });
  form.setAttribute('aria-busy', String(on));
  progress.hidden = !on;
}

async function send(app, campaignId, dryRun, imported) {
  const file = fileInput.files[0];
  if (!file) {
    outcome = { message: 'roster.chooseFirst' };
    render();
    fileInput.focus();
    return;
  }
  outcome = null;
  render();
  busy(true);
  setProgress(0);
  const path = `/api/campaigns/${campaignId()}/candidates/import?dryRun=${dryRun}`
    + `&fileName=${encodeURIComponent(file.name)}`;
  try {
    const sending = upload(path, file, { contentType: contentTypeOf(file), onProgress: setProgress });
    const summary = await (dryRun ? sending : app.save.track(sending));
    outcome = { dryRun, summary };
    if (!dryRun) {
      fileInput.value = '';
      await imported();
    }
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    outcome = { error };
  } finally {
    busy(false);
  }
  render();
  result.focus();
}

export function resetRoster() {
  outcome = null;
  fileInput.value = '';
  progress.hidden = true;
  render();
}

export function setUpRoster(app, campaignId, imported) {
  onLanguageChange(render);
  fileInput.addEventListener('change', () => {
    outcome = null;
    render();
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    send(app, campaignId, false, imported);
  });
  document.getElementById('roster-check').addEventListener('click', () => send(app, campaignId, true, imported));
}
