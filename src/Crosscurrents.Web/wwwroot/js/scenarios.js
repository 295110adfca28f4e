// Scenarios: the shipped policy scenarios run as a job (POST /api/jobs/scenarios, by name only) and shown side by
// side: totals with their 90% intervals, the monthly fans on one scale, the difference from the status quo, and each
// lever with where its effect comes from; assumed effects are labelled ASSUMED, as the CLI does.
import { el, fmt, fmtInterval, numCell, table, status, provenance, frame, buildForm, bindForm, chartBase, palette, apiKeyField, runJob, stopFollowing, progressBox } from './common.js';

frame('scenarios.html');
const form = document.getElementById('filters');
buildForm(form, {
  options: { label: 'Scenarios', hint: 'default: all shipped, e.g. negotiate,retaliate' },
  paths: { label: 'Paths per scenario', type: 'number', min: 100, max: 20000 },
  seed: { label: 'Seed', type: 'number' },
}, 'Run scenarios');
const apiKey = apiKeyField(form, 'needed to start a run');
const defaults = { paths: '1000', seed: '1' };
const progress = progressBox();
let totalsChart = null;
let fans = [];
window.addEventListener('resize', () => { totalsChart?.resize(); fans.forEach((c) => c.resize()); });

const assumedBadge = () => el('span', { class: 'assumed' }, 'ASSUMED');
const assumedCount = (s) => s.levers.filter((l) => l.assumed).length;
/** How much of a scenario rests on assumed effects, in words (null: none). */
const assumedWords = (s) => (s.onlyAssumptions ? 'only assumed effects' : assumedCount(s) ? `${assumedCount(s)} assumed effect(s)` : null);

/** A round upper end for a shared axis (1, 2 or 5 times a power of ten, in fifths). */
function axisTop(x) {
  const step = 10 ** Math.floor(Math.log10(Math.max(x, 1))) / 5;
  return Math.ceil(x / step) * step;
}
const withCi = (t) => `${fmt(t.mean)} (${fmtInterval(t.ci90)})`;
const signed = (x) => (x > 0 ? '+' : '') + fmt(x);

function totalCell(t, attrs) {
  return el('td', { class: 'num', 'data-value': String(t.mean), 'data-ci': JSON.stringify(t.ci90), ...attrs }, withCi(t));
}

function totalsTable(r, all) {
  return table(`Over ${r.horizonMonths} months from ${r.start}: mean (90% interval) of ${r.paths} paths each`,
    ['scenario', 'attacks', 'deaths', `P(a month with more than ${fmt(r.threshold)} attacks)`, 'attacks vs status quo', 'deaths vs status quo', 'P(fewer attacks than the status quo)', 'assumed effects'],
    all.map((s) => [
      el('th', { scope: 'row' }, s.title, el('br'), el('code', {}, s.name)),
      totalCell(s.events, { 'data-scenario': s.name, 'data-kind': 'events' }),
      totalCell(s.deaths, { 'data-scenario': s.name, 'data-kind': 'deaths' }),
      numCell(s.probabilityEscalation, { 'data-scenario': s.name, 'data-kind': 'escalation' }),
      s.vsStatusQuo ? el('td', { class: 'num', 'data-value': String(s.vsStatusQuo.events.mean), 'data-ci': JSON.stringify(s.vsStatusQuo.events.ci90), 'data-scenario': s.name, 'data-kind': 'diff' },
        `${signed(s.vsStatusQuo.events.mean)} (${fmtInterval(s.vsStatusQuo.events.ci90)})`) : el('td', {}, 'the baseline'),
      s.vsStatusQuo ? el('td', { class: 'num' }, `${signed(s.vsStatusQuo.deaths.mean)} (${fmtInterval(s.vsStatusQuo.deaths.ci90)})`) : el('td', {}, '—'),
      s.vsStatusQuo ? numCell(s.vsStatusQuo.probabilityFewer, { 'data-scenario': s.name, 'data-kind': 'fewer' }) : el('td', {}, '—'),
      el('td', { 'data-scenario': s.name, 'data-kind': 'assumed', 'data-assumed': String(s.levers.filter((l) => l.assumed).length) },
        s.levers.some((l) => l.assumed) ? [assumedBadge(), ' ', s.levers.filter((l) => l.assumed).map((l) => l.name).join('; ')] : 'none'),
    ]), { id: 'totals-table' });
}

function drawTotals(r, all) {
  totalsChart ??= echarts.init(document.getElementById('totals-chart'), null, { renderer: 'canvas' });
  const names = all.map((s) => (s.onlyAssumptions ? `${s.name} (ASSUMED)` : assumedCount(s) ? `${s.name} (partly ASSUMED)` : s.name));
  totalsChart.setOption({
    ...chartBase,
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: (ps) => { const s = all[ps[0].dataIndex]; return `${s.title}: mean ${fmt(s.events.mean)} attacks (90% interval ${fmtInterval(s.events.ci90)})`; } },
    legend: { top: 0, data: ['90% interval', 'mean'] },
    grid: { left: 200, right: 40, top: 40, bottom: 45 },
    yAxis: { type: 'category', data: names, inverse: true },
    xAxis: { type: 'value', min: 0, name: `attacks over ${r.horizonMonths} months`, nameLocation: 'middle', nameGap: 28 },
    series: [
      { name: 'low', type: 'bar', stack: 'ci', data: all.map((s) => s.events.ci90[0]), itemStyle: { color: 'transparent' }, tooltip: { show: false } },
      { name: '90% interval', type: 'bar', stack: 'ci', data: all.map((s) => s.events.ci90[1] - s.events.ci90[0]), color: 'rgba(0,114,178,0.35)', barWidth: 18 },
      { name: 'mean', type: 'scatter', data: all.map((s) => s.events.mean), color: palette[1], symbol: 'diamond', symbolSize: 14 },
    ],
  }, true);
  document.getElementById('totals-chart').setAttribute('aria-label', 'Attacks over the horizon, mean and 90% interval: ' +
    all.map((s) => `${s.name}${assumedWords(s) ? ` (${assumedWords(s)})` : ''} ${withCi(s.events)}`).join('; ') + '. The table above has every value.');
}

function drawFans(r, all) {
  fans.forEach((c) => c.dispose());
  const top = axisTop(Math.max(...all.flatMap((s) => s.fan.map((m) => m.events[4]))));
  const figures = all.map((s) => el('figure', { 'data-scenario': s.name },
    el('figcaption', {}, s.title, assumedWords(s) ? [' ', assumedBadge(), ` ${assumedWords(s)}`] : null),
    el('div', { class: 'chart fan', id: 'fan-' + s.name, role: 'img',
      'aria-label': `Fan chart of ${s.name}: monthly attacks ${s.fan[0].month} to ${s.fan.at(-1).month}, median ${s.fan.map((m) => fmt(m.events[2])).join(', ')}; 50% and 90% of the paths shaded.` })));
  document.getElementById('fans').replaceChildren(...figures);
  fans = all.map((s) => {
    const chart = echarts.init(document.getElementById('fan-' + s.name), null, { renderer: 'canvas' });
    const q = (i) => s.fan.map((m) => m.events[i]);
    const band = (name, lo, hi, color) => [
      { name: name + ' low', type: 'line', data: q(lo), stack: name, symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
      { name, type: 'line', data: s.fan.map((m) => m.events[hi] - m.events[lo]), stack: name, symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color }, color, tooltip: { show: false } },
    ];
    chart.setOption({
      ...chartBase,
      tooltip: { trigger: 'axis', formatter: (ps) => { const m = s.fan[ps[0].dataIndex]; return `${m.month}: median ${fmt(m.events[2])}, 50% ${fmtInterval([m.events[1], m.events[3]])}, 90% ${fmtInterval([m.events[0], m.events[4]])}`; } },
      grid: { left: 45, right: 15, top: 15, bottom: 35 },
      xAxis: { type: 'category', data: s.fan.map((m) => m.month) },
      yAxis: { type: 'value', min: 0, max: top, name: 'attacks' },
      series: [...band('90%', 0, 4, 'rgba(0,114,178,0.18)'), ...band('50%', 1, 3, 'rgba(0,114,178,0.35)'),
        { name: 'median', type: 'line', data: q(2), color: '#0b5394', symbol: 'none', lineStyle: { width: 2 } }],
    }, true);
    return chart;
  });
}

function leversTable(s) {
  return table(`${s.title}: levers`, ['lever', 'kind', 'when', 'effect', 'rate ratio (90% interval)', 'source'],
    s.levers.map((l) => [el('th', { scope: 'row' }, l.name), l.kind, l.when,
      el('td', { 'data-assumed': String(l.assumed) }, l.assumed ? assumedBadge() : l.effect),
      l.rateRatio === null ? el('td', {}, '—') : el('td', { class: 'num', 'data-value': String(l.rateRatio), 'data-ci': JSON.stringify(l.ci90) }, `${fmt(l.rateRatio)} (${fmtInterval(l.ci90)})`),
      l.source]), { class: 'levers', 'data-scenario': s.name });
}

function sensitivityTable(s) {
  return table(`${s.title}: each lever at the ends of its 90% interval (mean paired difference in attacks)`, ['lever', 'effect from', 'rate ratio low', 'difference', 'rate ratio high', 'difference', 'swing'],
    s.sensitivity.map((x) => [el('th', { scope: 'row' }, x.lever), x.assumed ? el('td', {}, assumedBadge()) : el('td', {}, 'data'),
      numCell(x.lowRateRatio), el('td', { class: 'num' }, signed(x.differenceAtLow)), numCell(x.highRateRatio), el('td', { class: 'num' }, signed(x.differenceAtHigh)), numCell(x.swing)]));
}

function details(all) {
  return all.filter((s) => s.levers.length).map((s) => el('section', { 'aria-labelledby': 'd-' + s.name },
    el('h3', { id: 'd-' + s.name }, s.title),
    el('p', {}, s.description),
    s.onlyAssumptions ? el('p', { class: 'note', 'data-only-assumptions': s.name }, assumedBadge(), ' This scenario rests only on assumed effects: its numbers show what the assumptions imply, not what the data estimate.') : null,
    s.assumptions.length ? el('ul', {}, s.assumptions.map((a) => el('li', {}, assumedBadge(), ' ', a))) : null,
    leversTable(s), s.sensitivity.length ? sensitivityTable(s) : null));
}

function render(r) {
  const all = [r.statusQuo, ...r.scenarios];
  provenance('provenance', r);
  document.getElementById('provenance').append(` · fit of ${r.fit.streams.join(', ')} ${r.fit.from} to ${r.fit.to} (${r.fit.status}, spectral radius ${fmt(r.fit.spectralRadius)}); ${r.paths} paths, seed ${r.seed}.`);
  document.getElementById('result').replaceChildren(
    el('ul', { id: 'summary' }, el('li', {}, r.model), el('li', {}, r.measures),
      el('li', {}, `Escalation: a month with more than ${fmt(r.threshold)} attacks (${r.thresholdSource.replace(/\/\S*\//g, '')}).`),
      r.notes.map((n) => el('li', { class: 'note' }, n))),
    el('h2', {}, 'Totals'), totalsTable(r, all));
  document.getElementById('charts').hidden = false;
  drawTotals(r, all);
  drawFans(r, all);
  document.getElementById('details').replaceChildren(el('h2', {}, 'Levers and where their effects come from'), ...details(all));
}

async function load(state) {
  stopFollowing();
  document.getElementById('result').replaceChildren();
  document.getElementById('details').replaceChildren();
  document.getElementById('charts').hidden = true;
  provenance('provenance', null);
  const key = apiKey();
  if (!key) {
    status('Give an API key (analyst or admin) to run the scenarios.', true);
    return;
  }
  progress.start(true);
  try {
    status('Simulating the scenarios as a job…');
    const r = await runJob('scenarios', { options: state.options, paths: state.paths, seed: state.seed }, key, progress.report, 'scenario run');
    render(r);
    status(`${r.scenarios.length} scenario(s) against the status quo, ${r.horizonMonths} months from ${r.start}.`);
  } catch (e) {
    status(e.message, true);
  } finally {
    progress.done();
  }
}

bindForm(form, defaults, load);
