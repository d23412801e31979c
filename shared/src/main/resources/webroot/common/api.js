// JSON over fetch with the staff bearer token (kept in sessionStorage, so it ends with the tab).
// Every failure becomes an ApiError that carries the server's problem+json; a 401 on a signed-in
// call clears the session and asks the page to show its sign-in.
import { t, localizeMessage, onLanguageChange } from './i18n.js';

const TOKEN_KEY = 'saima.token';
const USER_KEY = 'saima.user';
const EXPIRES_KEY = 'saima.expiresAt';
const ACCEPT = 'application/json, application/problem+json';

export const session = {
  token() {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const expiresAt = Number(sessionStorage.getItem(EXPIRES_KEY) || 0);
    return token && (!expiresAt || Date.now() < expiresAt) ? token : null;
  },
  user() {
    try {
      return JSON.parse(sessionStorage.getItem(USER_KEY) || 'null');
    } catch {
      return null;
    }
  },
  /** Keeps what POST /api/auth/login or /api/auth/refresh answered. */
  save({ token, expiresIn, user }) {
    sessionStorage.setItem(TOKEN_KEY, token);
    sessionStorage.setItem(USER_KEY, JSON.stringify(user || null));
    sessionStorage.setItem(EXPIRES_KEY, String(Date.now() + (expiresIn || 0) * 1000));
  },
  clear() {
    [TOKEN_KEY, USER_KEY, EXPIRES_KEY].forEach((key) => sessionStorage.removeItem(key));
  },
};

export class ApiError extends Error {
  constructor(status, problem) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** The request never reached the server (status 0). */
  get offline() {
    return this.status === 0;
  }

  /** The problem's detail, in the page language when it is a known message. */
  get detail() {
    return localizeMessage(this.problem.detail || this.problem.title || '');
  }

  get errors() {
    return Array.isArray(this.problem.errors) ? this.problem.errors : [];
  }

  /** {field: [message, ...]} for errors about request fields. */
  fieldErrors() {
    const byField = {};
    for (const error of this.errors.filter((e) => e.field)) {
      (byField[error.field] ||= []).push(localizeMessage(error.message));
    }
    return byField;
  }

  /** [{row, column, message}] for errors about cells of an uploaded file, by row. */
  rowErrors() {
    return this.errors
      .filter((e) => e.row !== undefined)
      .map((e) => ({ row: e.row, column: e.column || '', message: localizeMessage(e.message) }))
      .sort((a, b) => a.row - b.row);
  }
}

let signInNeeded = () => window.location.reload();

/** What to do when the server no longer accepts the session (default: reload the page). */
export function onSignInNeeded(handler) {
  signInNeeded = handler;
}

function offlineError() {
  return new ApiError(0, { title: t('error.network'), detail: t('error.network') });
}

function parse(text) {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function settle(status, text, signedIn) {
  const data = parse(text);
  if (status >= 200 && status < 300) {
    return data;
  }
  if (status === 401 && signedIn) {
    session.clear();
    signInNeeded();
  }
  const problem = data && typeof data === 'object' ? data : { status, detail: t('error.unexpected', { status }) };
  throw new ApiError(status, problem);
}

function authorization(auth) {
  if (!auth) return {};
  const token = session.token();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

/** Sends JSON (when body is given) and answers the parsed JSON, or throws an ApiError. */
export async function request(method, path, { body, auth = true, signal } = {}) {
  const headers = { Accept: ACCEPT, ...authorization(auth) };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  let response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
      cache: 'no-store',
    });
  } catch (error) {
    if (error.name === 'AbortError') throw error;
    throw offlineError();
  }
  return settle(response.status, await response.text(), auth);
}

export const get = (path, options) => request('GET', path, options);
export const post = (path, body, options) => request('POST', path, { ...options, body });
export const put = (path, body, options) => request('PUT', path, { ...options, body });

/**
 * Posts a file's bytes as the body, reporting upload progress (0..1) through onProgress; XMLHttpRequest
 * because fetch has no upload progress events.
 */
export function upload(path, file, { contentType, onProgress } = {}) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('Accept', ACCEPT);
    xhr.setRequestHeader('Content-Type', contentType || file.type || 'application/octet-stream');
    for (const [name, value] of Object.entries(authorization(true))) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    });
    xhr.upload.addEventListener('load', () => onProgress && onProgress(1));
    xhr.addEventListener('load', () => {
      try {
        resolve(settle(xhr.status, xhr.responseText, true));
      } catch (error) {
        reject(error);
      }
    });
    xhr.addEventListener('error', () => reject(offlineError()));
    xhr.addEventListener('abort', () => reject(offlineError()));
    xhr.send(file);
  });
}

/**
 * A visible save-state line (saving / saved / offline / error) in the element, e.g. an
 * <output class="save-state" role="status">. track(promise) drives it from a request.
 */
export function saveState(element) {
  let state = navigator.onLine === false ? 'offline' : 'idle';
  let savedAt = null;

  function render() {
    element.dataset.state = state;
    element.textContent = state === 'saved' && savedAt
      ? t('save.savedAt', { time: savedAt.toLocaleTimeString(document.documentElement.lang) })
      : t(`save.${state}`);
  }

  function set(next) {
    state = next;
    if (next === 'saved') savedAt = new Date();
    render();
  }

  window.addEventListener('offline', () => set('offline'));
  window.addEventListener('online', () => state === 'offline' && set('idle'));
  onLanguageChange(render);
  render();

  return {
    idle: () => set(navigator.onLine === false ? 'offline' : 'idle'),
    saving: () => set('saving'),
    saved: () => set('saved'),
    offline: () => set('offline'),
    error: () => set('error'),
    async track(promise) {
      set('saving');
      try {
        const result = await promise;
        set('saved');
        return result;
      } catch (error) {
        if (error instanceof ApiError && error.offline) set('offline');
        else set('error');
        throw error;
      }
    },
  };
}
