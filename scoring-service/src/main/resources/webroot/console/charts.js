// Charts with ECharts (loaded from the webjar as the global `echarts`): how each stage's scores spread,
// and how far each examiner of a panel tends to be from the panel score.
import { t } from '/common/i18n.js';
import { get } from '/common/api.js';
import { h, table } from './dom.js';

const charts = [];

function chart(element, option) {
  const instance = window.echarts.init(element, null, { renderer: 'svg' });
  instance.setOption({ animation: false, textStyle: { fontFamily: getComputedStyle(document.body).fontFamily }, ...option });
  charts.push(instance);
  return instance;
}

function distribution(data) {
  const bins = data.stages[0]?.bins.map((x, i) => `${i * 10}–${i * 10 + 10}`) || [];
  chart(document.getElementById('chart-distribution'), {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 48, bottom: 40 },
    xAxis: { type: 'category', data: bins, name: t('sel.charts.score'), nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', minInterval: 1, name: t('sel.charts.people') },
    series: data.stages.map((s) => ({ name: s.name, type: 'bar', data: s.bins })),
  });
  document.getElementById('distribution-table').replaceChildren(table([t('sel.stage.name'), t('sel.charts.count'),
    t('sel.charts.mean'), t('sel.charts.median'), t('sel.charts.min'), t('sel.charts.max')],
  data.stages.map((s) => [s.name, s.count, s.mean ?? '—', s.median ?? '—', s.min ?? '—', s.max ?? '—']),
  { numeric: [1, 2, 3, 4, 5] }));
}

function consistency(panel) {
  const box = h('div', { className: 'chart', role: 'img', 'aria-label': t('sel.charts.consistency', { panel: panel.panelName }) });
  const section = h('div', { className: 'panel' }, h('h3', {}, t('sel.charts.consistency', { panel: panel.panelName })),
    h('p', { className: 'muted' }, t('sel.charts.consistencyLead', { limit: panel.outlierLimit })), box,
    table([t('sel.panel.examiner'), t('sel.charts.count'), t('sel.charts.meanDeviation'), t('sel.charts.meanAbs'),
      t('sel.charts.maxAbs'), t('sel.charts.outliers')], panel.examiners.map((e) => [e.examiner, e.count, e.meanDeviation,
      e.meanAbsoluteDeviation, e.maxAbsoluteDeviation, e.outliers]), { numeric: [1, 2, 3, 4, 5] }));
  document.getElementById('consistency-charts').append(section);
  chart(box, {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 48, right: 16, top: 48, bottom: 64 },
    xAxis: { type: 'category', data: panel.examiners.map((e) => e.examiner), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: { type: 'value', name: t('sel.charts.points') },
    series: [
      { name: t('sel.charts.meanDeviation'), type: 'bar', data: panel.examiners.map((e) => Number(e.meanDeviation)) },
      { name: t('sel.charts.meanAbs'), type: 'bar', data: panel.examiners.map((e) => Number(e.meanAbsoluteDeviation)) },
    ],
  });
}

export async function showCharts(ctx) {
  charts.splice(0).forEach((c) => c.dispose());
  document.getElementById('consistency-charts').replaceChildren();
  const [data, panels] = await Promise.all([get(`${ctx.path}/charts/distribution`), get(`${ctx.path}/panels`)]);
  if (!window.echarts) {
    document.getElementById('chart-distribution').textContent = t('sel.charts.unavailable');
    return;
  }
  distribution(data);
  for (const p of panels.panels) {
    consistency(await get(`${ctx.path}/panels/${p.id}/consistency`));
  }
}

window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
