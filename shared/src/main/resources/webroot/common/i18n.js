// Page language: Simplified Chinese first, English second. Elements carry data-i18n keys; pages
// register their own dictionaries and call init(). The choice is kept in localStorage.

export const LANGUAGES = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en', label: 'English' },
];
const DEFAULT_LANGUAGE = 'zh-CN';
const STORAGE_KEY = 'saima.language';
const ATTRIBUTES = ['placeholder', 'title', 'aria-label'];

const dictionaries = { 'zh-CN': {}, en: {} };
const messagePatterns = { 'zh-CN': [], en: [] };
const listeners = new Set();
let current = stored() || DEFAULT_LANGUAGE;

register({
  'zh-CN': {
    'lang.switch': '界面语言',
    'app.name': '赛马',
    'app.tagline': '公开选拔与考试平台',
    'save.idle': '',
    'save.saving': '正在保存…',
    'save.saved': '已保存',
    'save.savedAt': '已保存（{time}）',
    'save.offline': '网络已断开，暂未保存',
    'save.error': '保存失败',
    'error.network': '无法连接服务器，请检查网络后重试。',
    'error.unexpected': '服务器返回了无法识别的应答（HTTP {status}）。',
    'error.fieldsBelow': '请更正下面标出的内容。',
  },
  en: {
    'lang.switch': 'Language',
    'app.name': 'Saima',
    'app.tagline': 'Open selection and examination platform',
    'save.idle': '',
    'save.saving': 'Saving…',
    'save.saved': 'Saved',
    'save.savedAt': 'Saved at {time}',
    'save.offline': 'Offline — not saved yet',
    'save.error': 'Not saved',
    'error.network': 'The server cannot be reached. Check the network and try again.',
    'error.unexpected': 'The server gave an answer that cannot be read (HTTP {status}).',
    'error.fieldsBelow': 'Please correct what is marked below.',
  },
});

function stored() {
  try {
    const value = localStorage.getItem(STORAGE_KEY);
    return LANGUAGES.some((l) => l.code === value) ? value : null;
  } catch {
    return null;
  }
}

/** Adds keys for each language: register({'zh-CN': {...}, en: {...}}). */
export function register(byLanguage) {
  for (const [code, entries] of Object.entries(byLanguage)) {
    dictionaries[code] = { ...(dictionaries[code] || {}), ...entries };
  }
}

/**
 * Server messages come in English; pages may register [RegExp, replacement] pairs per language so a
 * known message reads naturally. Unknown messages are shown as sent.
 */
export function registerMessages(byLanguage) {
  for (const [code, pairs] of Object.entries(byLanguage)) {
    messagePatterns[code] = [...(messagePatterns[code] || []), ...pairs];
  }
}

export function language() {
  return current;
}

export function t(key, params = {}) {
  const text = dictionaries[current]?.[key] ?? dictionaries[DEFAULT_LANGUAGE]?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** A server message in the current language when a registered pattern knows it. */
export function localizeMessage(message) {
  if (!message) return '';
  for (const [pattern, replacement] of messagePatterns[current] || []) {
    if (pattern.test(message)) {
      return message.replace(pattern, replacement);
    }
  }
  return message;
}

export function apply(root = document) {
  root.querySelectorAll('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n);
  });
  for (const attribute of ATTRIBUTES) {
    root.querySelectorAll(`[data-i18n-${attribute}]`).forEach((el) => {
      el.setAttribute(attribute, t(el.getAttribute(`data-i18n-${attribute}`)));
    });
  }
}

export function setLanguage(code) {
  if (!LANGUAGES.some((l) => l.code === code) || code === current) return;
  current = code;
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Private mode may refuse storage; the choice then lasts for this page only.
  }
  refresh();
  listeners.forEach((listener) => listener(code));
}

/** Called after every language change, e.g. to redraw tables built in code. */
export function onLanguageChange(listener) {
  listeners.add(listener);
}

function refresh() {
  document.documentElement.lang = current;
  apply();
  document.querySelectorAll('.lang-switch button').forEach((button) => {
    button.setAttribute('aria-pressed', String(button.dataset.language === current));
  });
}

/** A pair of buttons (中文 | English) inside the element; every page shows one. */
export function mountLanguageSwitch(container) {
  const group = document.createElement('div');
  group.className = 'lang-switch';
  group.setAttribute('role', 'group');
  group.setAttribute('data-i18n-aria-label', 'lang.switch');
  for (const { code, label } of LANGUAGES) {
    const button = document.createElement('button');
    button.type = 'button';
    button.lang = code;
    button.dataset.language = code;
    button.textContent = label;
    button.addEventListener('click', () => setLanguage(code));
    group.append(button);
  }
  container.replaceChildren(group);
}

/** Applies the chosen language to the page and mounts a switch in every [data-language-switch]. */
export function init() {
  document.querySelectorAll('[data-language-switch]').forEach(mountLanguageSwitch);
  refresh();
}

export function formatNumber(value) {
  return new Intl.NumberFormat(current).format(value);
}
