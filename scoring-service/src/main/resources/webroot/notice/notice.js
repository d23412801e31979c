// The public notice (公示) of the nominated, readable without signing in: who, for which post, the
// notice period and how to send an objection. No scores and no internal notes appear here.
import { init, register, t, onLanguageChange } from '/common/i18n.js';
import { get, ApiError } from '/common/api.js';

register({
  'zh-CN': {
    'pub.pageTitle': '公示 · 赛马',
    'pub.title': '公示',
    'pub.intro': '根据{campaign}工作安排，经考试、测评、竞职演讲与答辩、民主推荐等环节，按照综合成绩和差额遴选结果，现将拟提名人选予以公示。',
    'pub.period': '公示期：{from} 至 {to}（{state}）',
    'pub.state.upcoming': '尚未开始',
    'pub.state.open': '公示中',
    'pub.state.closed': '已结束',
    'pub.seq': '序号',
    'pub.name': '姓名',
    'pub.gender': '性别',
    'pub.birth': '出生年月',
    'pub.current': '现工作单位及职务',
    'pub.position': '拟任职务',
    'pub.contact': '公示期间，如对公示人选有意见，请通过以下方式反映：{contact}。反映问题应实事求是，提倡署真实姓名。',
    'pub.missing': '找不到这份公示。',
    'gender.男': '男',
    'gender.女': '女',
  },
  en: {
    'pub.pageTitle': 'Public notice · Saima',
    'pub.title': 'Public notice',
    'pub.intro': 'Following {campaign} (exams, assessment, speeches and defense, recommendation), the nominees chosen by composite score and differential selection are published here.',
    'pub.period': 'Notice period: {from} to {to} ({state})',
    'pub.state.upcoming': 'not started',
    'pub.state.open': 'open',
    'pub.state.closed': 'closed',
    'pub.seq': 'No.',
    'pub.name': 'Name',
    'pub.gender': 'Gender',
    'pub.birth': 'Born',
    'pub.current': 'Current unit and post',
    'pub.position': 'Proposed post',
    'pub.contact': 'Objections during the notice period: {contact}. Please state facts; giving your real name is encouraged.',
    'pub.missing': 'This notice cannot be found.',
    'gender.男': 'M',
    'gender.女': 'F',
  },
});
init();

function el(tag, text, className) {
  const element = document.createElement(tag);
  if (text !== undefined) element.textContent = text;
  if (className) element.className = className;
  return element;
}

function day(text) {
  return new Date(`${text}T00:00:00`).toLocaleDateString(document.documentElement.lang, { year: 'numeric', month: 'long', day: 'numeric' });
}

function render(n) {
  document.title = `${n.title} · ${t('pub.title')}`;
  const table = el('table', undefined, 'data-table stack-on-phone');
  const headers = [t('pub.seq'), t('pub.name'), t('pub.gender'), t('pub.birth'), t('pub.current'), t('pub.position')];
  const head = el('tr');
  headers.forEach((x) => head.append(Object.assign(el('th', x), { scope: 'col' })));
  table.append(el('thead'), el('tbody'));
  table.tHead.append(head);
  for (const e of n.entries) {
    const row = el('tr');
    [e.seq, e.name, t(`gender.${e.gender}`), e.birth, `${e.unit}${e.currentPost}`, e.positionName]
      .forEach((value, i) => {
        const cell = el('td', String(value ?? ''));
        cell.setAttribute('data-label', headers[i]);
        row.append(cell);
      });
    table.tBodies[0].append(row);
  }
  const scroll = el('div', undefined, 'table-scroll');
  scroll.append(table);
  document.getElementById('notice').replaceChildren(el('h1', n.title), el('p', t('pub.intro', { campaign: n.campaignName }), 'intro'),
    scroll, el('p', t('pub.period', { from: day(n.startsOn), to: day(n.endsOn), state: t(`pub.state.${n.period}`) }), 'period'),
    n.contact ? el('p', t('pub.contact', { contact: n.contact })) : el('p', ''),
    el('p', n.organizer, 'issuer'), el('p', day(n.publishedAt.slice(0, 10)), 'issuer'));
}

async function load() {
  const id = new URLSearchParams(location.search).get('id');
  try {
    render(await get(`/api/public/notices/${id}`, { auth: false }));
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    const box = document.getElementById('notice-problem');
    box.textContent = error.status === 404 ? t('pub.missing') : error.detail;
    box.hidden = false;
  }
}

onLanguageChange(load);
load();
