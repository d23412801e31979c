// The landing page every service serves at / (the server fills in <body data-service="exam|scoring|live">):
// what the service is for, where its console and docs are, and its readiness read live from /health/ready.
import { init, register, t, onLanguageChange, formatNumber } from './i18n.js';

const HEALTH_EVERY_MS = 10_000;

register({
  'zh-CN': {
    'landing.skip': '跳到正文',
    'landing.eyebrow': '赛马 · 公开选拔与考试平台',
    'landing.for': '本服务负责',
    'landing.links': '入口',
    'landing.console': '组织者控制台',
    'landing.console.hint': '选拔设置、岗位与职数、竞职人名单导入',
    'live.link.console': '现场活动控制台',
    'live.link.console.hint': '抽签、现场控制、投票码、投票与计票确认',
    'live.link.vote': '手机投票',
    'live.link.vote.hint': '观摩人员扫码或输入投票码参与投票',
    'landing.docs': '接口文档',
    'landing.docs.hint': 'OpenAPI 3 说明，可在线调试',
    'landing.health': '运行状态（JSON）',
    'landing.health.hint': '/health/ready，供监控系统读取',
    'landing.status': '运行状态',
    'landing.status.up': '运行正常',
    'landing.status.down': '暂不可用',
    'landing.status.unknown': '正在检查…',
    'landing.status.unreachable': '无法连接',
    'landing.members': '集群节点数',
    'landing.database': '数据库',
    'landing.checkedAt': '检查时间',
    'landing.ok': '正常',
    'landing.notOk': '异常',
    'landing.footer': '赛马是开源的考试、测评与干部公开选拔平台：变“伯乐相马”为“赛场选马”。',
    'exam.pageTitle': '考试服务 · 赛马',
    'exam.name': '考试服务',
    'exam.altName': 'Exam service',
    'exam.lead': '任前廉政考试与人机对话领导能力测评：考生在考试终端上作答，监考人员全程看护。',
    'exam.does.1': '题库、试卷与考试场次；党纪、政纪、行政法规的任前廉政考试',
    'exam.does.2': '人机对话：依据项目反应理论的自适应领导能力测评',
    'exam.does.3': '考生凭准考证登录终端，作答逐题保存；监考可批准换机续考',
    'scoring.pageTitle': '评分与选拔服务 · 赛马',
    'scoring.name': '评分与选拔服务',
    'scoring.altName': 'Scoring and selection service',
    'scoring.lead': '公推竞职、公开选拔的设置与计分：岗位、职数、竞职人，评委打分与综合排名。',
    'scoring.does.1': '选拔活动、岗位与职数、竞职人名单（支持 Excel / CSV 导入）',
    'scoring.does.2': '评委组打分：去掉最高分和最低分后取平均，回避与复核留痕',
    'scoring.does.3': '各环节成绩加权汇总，按差额比例确定入围名单',
    'live.pageTitle': '现场服务 · 赛马',
    'live.name': '现场服务',
    'live.altName': 'Live event service',
    'live.lead': '竞职演讲与现场答辩：观摩人员扫码参与投票和测评，大屏实时唱票计票。',
    'live.does.1': '演讲、答辩与抽签确定的出场顺序（可公开验证）',
    'live.does.2': '差额推荐、票决、民主推荐与民主测评，一票一证',
    'live.does.3': '结果大屏：计票只增不减，投票结束后以数据库计数为准',
  },
  en: {
    'live.link.console': 'Live event console',
    'live.link.console.hint': 'Draw, stage control, ballot tokens, polls and certification',
    'live.link.vote': 'Vote by phone',
    'live.link.vote.hint': 'Observers scan their QR code or type their voting code',
    'landing.skip': 'Skip to content',
    'landing.eyebrow': 'Saima · open selection and examination platform',
    'landing.for': 'What this service does',
    'landing.links': 'Go to',
    'landing.console': 'Organizer console',
    'landing.console.hint': 'Campaigns, positions and seats, candidate roster import',
    'landing.docs': 'API documentation',
    'landing.docs.hint': 'The OpenAPI 3 contract, with a try-it-out console',
    'landing.health': 'Readiness (JSON)',
    'landing.health.hint': '/health/ready, for monitoring systems',
    'landing.status': 'Status',
    'landing.status.up': 'Up',
    'landing.status.down': 'Not ready',
    'landing.status.unknown': 'Checking…',
    'landing.status.unreachable': 'Unreachable',
    'landing.members': 'Cluster members',
    'landing.database': 'Database',
    'landing.checkedAt': 'Checked at',
    'landing.ok': 'OK',
    'landing.notOk': 'failing',
    'landing.footer': 'Saima is an open-source platform for exams, assessments and the open competitive selection of officials: let the horses prove themselves on the course.',
    'exam.pageTitle': 'Exam service · Saima',
    'exam.name': 'Exam service',
    'exam.altName': '考试服务',
    'exam.lead': 'The pre-appointment integrity exam and the computer-based leadership assessment: candidates answer at exam terminals, proctors watch over them.',
    'exam.does.1': 'Item bank, papers and sittings; the integrity exam on party discipline, administrative discipline and administrative law',
    'exam.does.2': 'Dialogue assessment: an adaptive leadership test calibrated with item response theory',
    'exam.does.3': 'Candidates sign in with their admission ticket; every answer is saved; a proctor may approve a resume on another terminal',
    'scoring.pageTitle': 'Scoring and selection service · Saima',
    'scoring.name': 'Scoring and selection service',
    'scoring.altName': '评分与选拔服务',
    'scoring.lead': 'Setting up and scoring open competitive selections: positions, seats and candidates, examiner scores and composite ranking.',
    'scoring.does.1': 'Campaigns, positions with their seats, candidate rosters (imported from Excel or CSV)',
    'scoring.does.2': 'Examiner panels: trimmed mean of the scores, with recusals and re-scores on record',
    'scoring.does.3': 'Weighted composite of the stages and shortlists with more candidates than seats',
    'live.pageTitle': 'Live event service · Saima',
    'live.name': 'Live event service',
    'live.altName': '现场服务',
    'live.lead': 'Campaign speeches and on-site Q&A: observers join with a QR code to vote and rate, and the big screen shows the count as it happens.',
    'live.does.1': 'Speeches, Q&A and a verifiable draw of the speaking order',
    'live.does.2': 'Choose-up-to-K ballots, approval votes, weighted recommendation and evaluation, one ballot per token',
    'live.does.3': 'Result boards whose counts never go backwards; the certified result is counted in the database after the poll closes',
  },
});

const service = document.body.dataset.service;
document.querySelectorAll('[data-only-service]').forEach((el) => {
  el.hidden = el.dataset.onlyService !== service;
});
document.querySelectorAll('[data-i18n-service]').forEach((el) => {
  el.dataset.i18n = `${service}.${el.dataset.i18nService}`;
});
init();

let last = null;

async function checkHealth() {
  try {
    const response = await fetch('/health/ready', { cache: 'no-store', headers: { Accept: 'application/json' } });
    const body = await response.json();
    last = { reachable: true, body, at: new Date() };
  } catch {
    last = { reachable: false, at: new Date() };
  }
  renderHealth();
}

function check(id) {
  return (last?.body?.checks || []).find((c) => c.id === id);
}

function renderHealth() {
  const badge = document.getElementById('health-status');
  if (!last) {
    badge.className = 'badge';
    badge.textContent = t('landing.status.unknown');
    return;
  }
  const up = last.reachable && last.body?.status === 'UP';
  badge.className = `badge ${up ? 'up' : 'down'}`;
  badge.textContent = t(last.reachable ? (up ? 'landing.status.up' : 'landing.status.down') : 'landing.status.unreachable');
  const cluster = check('cluster');
  const database = check('database');
  document.getElementById('health-members').textContent =
    cluster?.data?.members === undefined ? '—' : formatNumber(cluster.data.members);
  document.getElementById('health-database').textContent =
    database ? t(database.status === 'UP' ? 'landing.ok' : 'landing.notOk') : '—';
  document.getElementById('health-at').textContent = last.at.toLocaleTimeString(document.documentElement.lang);
}

onLanguageChange(renderHealth);
renderHealth();
checkHealth();
setInterval(checkHealth, HEALTH_EVERY_MS);
