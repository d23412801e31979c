// Small helpers for pages built in code: elements, downloads that need the bearer token, a reason prompt.
import { t } from '/common/i18n.js';
import { session, ApiError } from '/common/api.js';

/** h('td', {className: 'number'}, '84.20') — attributes go on as properties, except data-* and aria-*. */
export function h(tag, attrs = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('data-') || name.startsWith('aria-') || name === 'for' || name === 'scope') {
      element.setAttribute(name, value === true ? '' : value);
    } else if (name === 'on') {
      Object.entries(value).forEach(([event, handler]) => element.addEventListener(event, handler));
    } else {
      element[name] = value;
    }
  }
  element.append(...children.flat().filter((c) => c !== null && c !== undefined && c !== false)
    .map((c) => (c instanceof Node ? c : String(c))));
  return element;
}

/** A table from headers and rows of cells (strings or nodes); cells carry their header for phones. */
export function table(headers, rows, { numeric = [], className = 'data-table stack-on-phone' } = {}) {
  return h('div', { className: 'table-scroll' }, h('table', { className },
    h('thead', {}, h('tr', {}, headers.map((head, i) => h('th', { scope: 'col', className: numeric.includes(i) ? 'number' : '' }, head)))),
    h('tbody', {}, rows.map((row) => h('tr', row.attrs || {}, (row.cells || row).map((cell, i) => h('td', {
      className: numeric.includes(i) ? 'number' : '', 'data-label': headers[i] }, cell)))))));
}

/** Fetches a file with the signed-in token and saves it under its server-given name (or the fallback). */
export async function download(path, fallbackName) {
  const response = await fetch(path, { headers: { Authorization: `Bearer ${session.token()}` } });
  if (!response.ok) {
    let problem = {};
    try {
      problem = await response.json();
    } catch {
      // not a problem document
    }
    throw new ApiError(response.status, problem);
  }
  const blob = await response.blob();
  const disposition = response.headers.get('Content-Disposition') || '';
  const match = disposition.match(/filename\*=UTF-8''([^;]+)/);
  const name = match ? decodeURIComponent(match[1]) : fallbackName;
  const link = h('a', { href: URL.createObjectURL(blob), download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  return name;
}

/** Asks for a reason in a dialog; resolves with the text, or null when cancelled. */
export function askReason(title) {
  const dialog = document.getElementById('reason-dialog');
  const input = document.getElementById('reason-input');
  document.getElementById('reason-title').textContent = title;
  input.value = '';
  dialog.showModal();
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => {
      const text = input.value.trim();
      resolve(dialog.returnValue === 'ok' && text ? text : null);
    }, { once: true });
  });
}

/** A problem shown in a box (replacing what it showed), or hidden when error is null. */
export function showError(box, error) {
  if (!error) {
    box.hidden = true;
    box.replaceChildren();
    return;
  }
  if (!(error instanceof ApiError)) throw error;
  const details = error.errors.map((e) => `${e.field || `${t('sel.row')} ${e.row} ${e.column || ''}`}: ${e.message}`);
  box.className = 'notice error';
  box.replaceChildren(h('p', { className: 'problem-detail' }, error.detail),
    details.length ? h('ul', {}, details.map((d) => h('li', {}, d))) : null);
  box.hidden = false;
}

/** "2026-12-01" in the page language. */
export function day(text) {
  return text ? new Date(`${text}T00:00:00`).toLocaleDateString(document.documentElement.lang) : '';
}
