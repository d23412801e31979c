// One rubric dimension on the tablet: its name, range and guidance, a number field between − and +
// buttons (steps of 0.5) and a slider, all large enough for a finger.
import { t } from '/common/i18n.js';

const STEP = 0.5;

export function hundredths(value) {
  return Math.round(Number(value) * 100);
}

/** 82 → "82", 81.5 → "81.5", 81.25 → "81.25". */
export function formatScore(value) {
  const number = Number(value);
  return Number.isFinite(number) ? String(Math.round(number * 100) / 100) : '—';
}

/** Inside 0..max with at most 2 decimals; a typed 17.25 stays 17.25 (the buttons and the slider step by 0.5). */
function clamp(value, max) {
  return Math.min(max, Math.max(0, Math.round(value * 100) / 100));
}

export function dimensionControl(dimension, index, value, locked, changed) {
  const id = `dimension-${index}`;
  const max = Number(dimension.maximum);
  const box = document.createElement('div');
  box.className = 'dimension';
  const head = document.createElement('div');
  head.className = 'dimension-head';
  const labelEl = Object.assign(document.createElement('label'), { htmlFor: id, textContent: dimension.name });
  const range = Object.assign(document.createElement('span'), { className: 'dimension-range',
    textContent: t('ex.range', { max: formatScore(max) }) + (Number(dimension.weight) !== 1
      ? ` · ${t('ex.weight', { weight: dimension.weight })}` : '') });
  head.append(labelEl, range);
  const guidance = Object.assign(document.createElement('p'), { className: 'guidance', id: `${id}-guidance`,
    textContent: dimension.guidance });
  const input = Object.assign(document.createElement('input'), { id, type: 'number', min: '0', max: String(max),
    step: String(STEP), inputMode: 'decimal', value: value ?? '', disabled: locked, className: 'score-input' });
  input.dataset.dimension = dimension.name;
  input.setAttribute('aria-describedby', `${id}-guidance`);
  const slider = Object.assign(document.createElement('input'), { type: 'range', min: '0', max: String(max),
    step: String(STEP), value: value ?? 0, disabled: locked, className: 'score-slider', tabIndex: -1 });
  slider.setAttribute('aria-hidden', 'true');
  slider.classList.toggle('untouched', value === undefined || value === null);

  function set(next, fromSlider = false) {
    const clean = next === '' ? '' : clamp(Number(next), max);
    if (!fromSlider || clean !== '') input.value = clean;
    slider.value = clean === '' ? 0 : clean;
    slider.classList.toggle('untouched', clean === '');
    input.removeAttribute('aria-invalid');
    changed();
  }

  const minus = stepButton('−', t('ex.less', { name: dimension.name }), () => set((Number(input.value) || 0) - STEP));
  const plus = stepButton('+', t('ex.more', { name: dimension.name }), () => set(input.value === '' ? max / 2
    : Number(input.value) + STEP));
  minus.disabled = locked;
  plus.disabled = locked;
  input.addEventListener('change', () => set(input.value));
  input.addEventListener('input', () => {
    slider.value = input.value || 0;
    changed();
  });
  slider.addEventListener('input', () => set(slider.value, true));
  const control = document.createElement('div');
  control.className = 'dimension-control';
  control.append(minus, input, plus);
  box.append(head, guidance, control, slider);
  return box;
}

function stepButton(text, label, action) {
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'step',
    textContent: text });
  button.setAttribute('aria-label', label);
  button.addEventListener('click', action);
  return button;
}
