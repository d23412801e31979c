// Recomputes the speaking order in the browser with Web Crypto's SHA-256, independently of the server
// (docs/draw.md): block_i = SHA-256(seed ‖ i as 8 bytes), first 8 bytes as an unsigned integer,
// rejection sampling below n, Fisher–Yates from the end.
import { init, register, t } from '/common/i18n.js';

register({
  'zh-CN': { 'verify.pageTitle': '抽签验证 · 赛马', 'verify.title': '抽签验证', 'verify.names': '公布的名单', 'verify.commitment': '承诺值',
    'verify.seed': '公开的种子', 'verify.announced': '公布的顺序', 'verify.recomputed': '重新计算的顺序',
    'verify.lead': '本页在您的浏览器中独立重新计算出场顺序：先核对种子的 SHA-256 是否等于抽签前公布的承诺值，再用公开的算法（docs/draw.md）重新洗牌。',
    'verify.ok': '验证通过：种子与承诺值相符，重新计算的出场顺序与公布的顺序一致。', 'verify.bad': '验证未通过：{why}',
    'verify.badSeed': '种子的 SHA-256 与承诺值不符', 'verify.badOrder': '重新计算的顺序与公布的顺序不同', 'verify.notYet': '尚未抽签：种子公开后即可验证。' },
  en: { 'verify.pageTitle': 'Draw verification · Saima', 'verify.title': 'Draw verification', 'verify.names': 'Published list',
    'verify.commitment': 'Commitment', 'verify.seed': 'Revealed seed', 'verify.announced': 'Announced order', 'verify.recomputed': 'Recomputed order',
    'verify.lead': 'This page recomputes the speaking order in your browser: it checks that the seed hashes to the commitment published before the draw, then shuffles again with the published algorithm (docs/draw.md).',
    'verify.ok': 'Verified: the seed matches the commitment and the recomputed order equals the announced one.', 'verify.bad': 'Not verified: {why}',
    'verify.badSeed': 'the seed does not hash to the commitment', 'verify.badOrder': 'the recomputed order differs from the announced one',
    'verify.notYet': 'Not drawn yet: the check runs once the seed is revealed.' },
});
init();

const hex = (bytes) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
const fromHex = (text) => new Uint8Array(text.match(/../g).map((h) => parseInt(h, 16)));

async function value(seed, counter) {
  const input = new Uint8Array(seed.length + 8);
  input.set(seed);
  new DataView(input.buffer).setBigUint64(seed.length, BigInt(counter));
  return new DataView(await crypto.subtle.digest('SHA-256', input)).getBigUint64(0);
}

async function shuffle(seed, names) {
  const a = [...names];
  let counter = 0;
  for (let j = a.length - 1; j >= 1; j -= 1) {
    const n = BigInt(j + 1);
    const limit = 2n ** 64n - ((2n ** 64n) % n);
    let x;
    do {
      x = await value(seed, counter);
      counter += 1;
    } while (x >= limit);
    const k = Number(x % n);
    [a[j], a[k]] = [a[k], a[j]];
  }
  return a;
}

async function run() {
  const id = new URLSearchParams(location.search).get('event');
  const data = await (await fetch(`/api/public/events/${id}/draw`)).json();
  const d = data.draw;
  document.getElementById('title').textContent = `${t('verify.title')}：${data.name}`;
  document.getElementById('names').textContent = (d.names || []).join('、');
  document.getElementById('commitment').textContent = d.commitment || '—';
  document.getElementById('seed').textContent = d.seed || '—';
  document.getElementById('announced').textContent = (d.order || []).join('、');
  const verdict = document.getElementById('verdict');
  if (!d.seed) {
    verdict.textContent = t('verify.notYet');
    return;
  }
  const seed = fromHex(d.seed);
  const matches = hex(await crypto.subtle.digest('SHA-256', seed)) === d.commitment;
  const order = await shuffle(seed, d.names);
  document.getElementById('recomputed').textContent = order.join('、');
  const same = JSON.stringify(order) === JSON.stringify(d.order);
  verdict.className = `notice ${matches && same ? 'success' : 'error'}`;
  verdict.id = 'verdict';
  verdict.dataset.verified = String(matches && same);
  verdict.textContent = matches && same ? t('verify.ok') : t('verify.bad', { why: t(matches ? 'verify.badOrder' : 'verify.badSeed') });
}

run();
