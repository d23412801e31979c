// Form plumbing: read values, show a problem's detail and its field errors next to the form.
import { t, onLanguageChange } from '/common/i18n.js';
import { ApiError } from '/common/api.js';

// What each form shows, kept so a language switch can say it again in the new language.
const problems = new Map();
const successes = new Map();
onLanguageChange(() => {
  [...problems].forEach(([form, error]) => showProblem(form, error, { focus: false }));
  [...successes].forEach(([form, [key, params]]) => showSuccess(form, key, params));
});

/** The form's named controls as trimmed strings (numbers stay strings; callers convert). */
export function values(form) {
  const result = {};
  for (const [name, value] of new FormData(form).entries()) {
    if (typeof value === 'string') result[name] = value.trim();
  }
  return result;
}

/** Drops blank optional values so the server keeps its defaults. */
export function withoutBlanks(object) {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== ''));
}

function problemBox(form) {
  let box = form.querySelector('.form-problem');
  if (!box) {
    box = document.createElement('div');
    box.className = 'form-problem notice error';
    box.setAttribute('role', 'alert');
    box.tabIndex = -1;
    box.hidden = true;
    const heading = form.querySelector(':scope > h2, :scope > h3');
    if (heading) heading.after(box);
    else form.prepend(box);
  }
  return box;
}

export function clearProblem(form) {
  problems.delete(form);
  const box = problemBox(form);
  box.hidden = true;
  box.replaceChildren();
  form.querySelectorAll('.field-error').forEach((el) => el.remove());
  form.querySelectorAll('[aria-invalid]').forEach((el) => {
    el.removeAttribute('aria-invalid');
    const described = (el.getAttribute('aria-describedby') || '').split(' ').filter((id) => !id.endsWith('-error'));
    if (described.length) el.setAttribute('aria-describedby', described.join(' '));
    else el.removeAttribute('aria-describedby');
  });
}

/**
 * Shows what went wrong: the problem's detail at the top of the form, each field error under its
 * control, and errors about fields the form does not have in the list at the top.
 */
export function showProblem(form, error, { focus = true } = {}) {
  clearProblem(form);
  if (!(error instanceof ApiError)) throw error;
  problems.set(form, error);
  const box = problemBox(form);
  const detail = document.createElement('p');
  detail.className = 'problem-detail';
  detail.textContent = error.detail;
  box.append(detail);
  const unplaced = [];
  for (const [field, messages] of Object.entries(error.fieldErrors())) {
    const control = form.elements.namedItem(field);
    if (control && control.id) {
      const note = document.createElement('p');
      note.className = 'field-error';
      note.id = `${control.id}-error`;
      note.textContent = messages.join('；');
      control.closest('.field')?.append(note);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), note.id].filter(Boolean).join(' '));
    } else {
      unplaced.push(`${field}: ${messages.join('；')}`);
    }
  }
  if (unplaced.length) {
    const list = document.createElement('ul');
    unplaced.forEach((text) => {
      const item = document.createElement('li');
      item.textContent = text;
      list.append(item);
    });
    box.append(list);
  }
  box.hidden = false;
  if (focus) (form.querySelector('[aria-invalid="true"]') || box).focus();
}

/** A short success line under the form's actions, replaced by the next one. */
export function showSuccess(form, key, params = {}) {
  successes.set(form, [key, params]);
  let line = form.querySelector('.form-success');
  if (!line) {
    line = document.createElement('p');
    line.className = 'form-success notice success';
    line.setAttribute('role', 'status');
    form.append(line);
  }
  line.textContent = t(key, params);
  line.hidden = false;
}

export function hideSuccess(form) {
  successes.delete(form);
  const line = form.querySelector('.form-success');
  if (line) line.hidden = true;
}

/** Disables the form's submit button while work is under way. */
export async function submitting(form, work) {
  const button = form.querySelector('[type="submit"]');
  if (button) button.disabled = true;
  form.setAttribute('aria-busy', 'true');
  try {
    return await work();
  } finally {
    if (button) button.disabled = false;
    form.removeAttribute('aria-busy');
  }
}

export function cell(text, label, className) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  if (label) td.dataset.label = label;
  if (className) td.className = className;
  return td;
}

export function emptyRow(columns, text) {
  const tr = document.createElement('tr');
  const td = cell(text, null, 'empty');
  td.colSpan = columns;
  tr.append(td);
  return tr;
}
