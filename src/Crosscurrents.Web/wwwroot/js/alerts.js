// Alerts: /api/alerts (the CLI's alerts): each unit's probability of the event next month, the alert the cost rule
// gives, what drives it, and the backtest of the same rule (Brier score against the base rate, hit and false-alarm
// rates, the reliability diagram).
import { api, el, fmt, fmtInterval, numCell, table, status, provenance, frame, buildForm, bindForm, FORECAST_FIELDS, chartBase, palette } from './common.js';

frame('alerts.html');
const form = document.getElementById('filters');
buildForm(form, {
  ...FORECAST_FIELDS,
  atLeast: { label: 'At least (next month)', type: 'number', min: 1, max: 1000000 },
  missCost: { label: 'Cost of a miss', type: 'number', min: 0 },
  falseAlarmCost: { label: 'Cost of a false alarm', type: 'number', min: 0 },
  model: { label: 'Model', options: [['ensemble', 'ensemble'], ['nb', 'nb'], ['zero', 'zero'], ['last', 'last'], ['mean', 'mean'], ['conflictology', 'conflictology']] },
  from: { label: 'Backtest from', hint: 'yyyy-MM' },
  samples: { label: 'Samples', type: 'number', min: 10, max: 10000 },
  seed: { label: 'Seed', type: 'number' },
}, 'Show alerts');
for (const cost of ['missCost', 'falseAlarmCost']) form.elements[cost].step = 'any';
// The event data end in 2021; the PICSS figures reach 2025, so they are what the page warns on unless asked otherwise.
const defaults = { stream: 'ttp', target: 'picss-attacks', by: 'none', atLeast: '60', missCost: '1', falseAlarmCost: '1', model: 'ensemble', samples: '1000', seed: '1' };
const chart = echarts.init(document.getElementById('chart'), null, { renderer: 'canvas' });
window.addEventListener('resize', () => chart.resize());

const percent = (p) => (p === null || p === undefined ? 'no data' : `${fmt(p * 100)}%`);

function unitsTable(r) {
  return table(`${r.target}: ${r.event}, ${r.month}`, ['unit', 'probability', 'alert', 'mean', '90% interval', 'what drives it'],
    r.units.map((u) => [el('th', { scope: 'row' }, u.unit),
      el('td', { class: 'num', 'data-value': String(u.probability), 'data-unit': u.unit }, percent(u.probability)),
      el('td', { 'data-alert': String(u.alert) }, u.alert ? el('span', { class: 'verdict verdict-contradicted' }, 'ALERT') : 'no alert'),
      numCell(u.mean), el('td', { class: 'num', 'data-ci': JSON.stringify(u.interval90) }, fmtInterval(u.interval90)),
      u.drivers.length ? el('td', {}, el('ul', {}, u.drivers.map((d) => el('li', {}, d)))) : el('td', {}, 'nothing stands out')]), { id: 'units-table' });
}

function backtestTable(b) {
  const row = (name, value, id, shown = fmt(value)) => [el('th', { scope: 'row' }, name), value === null ? numCell(null, { id }) : el('td', { class: 'num', 'data-value': String(value), id }, shown)];
  return table(`One month ahead, origins ${b.firstOrigin} to ${b.lastOrigin}`, ['measure', 'value'], [
    row('forecasts', b.forecasts, 'bt-forecasts'),
    row('months with the event', b.events, 'bt-events'),
    row('Brier score (lower is better)', b.brier, 'bt-brier'),
    row('Brier score of the base rate', b.brierClimatology, 'bt-climatology'),
    row('hit rate (events alerted)', b.hitRate, 'bt-hit', percent(b.hitRate)),
    row('false-alarm rate (quiet months alerted)', b.falseAlarmRate, 'bt-false', percent(b.falseAlarmRate)),
  ], { id: 'backtest-table' });
}

function reliabilityTable(b) {
  return table('Reliability: forecasts by probability, and how often the event happened', ['probability', 'forecasts', 'mean probability', 'observed frequency'],
    b.reliability.map((x) => [el('th', { scope: 'row' }, `${fmt(x.from)}–${fmt(x.to)}`), numCell(x.forecasts, { 'data-from': x.from }),
      numCell(x.meanProbability, { 'data-from': x.from, 'data-kind': 'mean' }, 'no forecasts'), numCell(x.observedFrequency, { 'data-from': x.from, 'data-kind': 'observed' }, 'no forecasts')]),
    { id: 'reliability-table' });
}

function draw(r) {
  const points = r.backtest.reliability.filter((x) => x.forecasts > 0).map((x) => ({ value: [x.meanProbability, x.observedFrequency], forecasts: x.forecasts }));
  chart.setOption({
    ...chartBase,
    tooltip: { formatter: (p) => (p.data.forecasts ? `${p.data.forecasts} forecasts: mean probability ${fmt(p.data.value[0])}, observed ${fmt(p.data.value[1])}` : 'perfect reliability') },
    legend: { top: 0, data: ['backtest', 'perfectly reliable'] },
    grid: { left: 60, right: 30, top: 40, bottom: 50 },
    xAxis: { type: 'value', min: 0, max: 1, name: 'forecast probability', nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'value', min: 0, max: 1, name: 'observed frequency' },
    series: [
      { name: 'perfectly reliable', type: 'line', data: [[0, 0], [1, 1]], symbol: 'none', color: palette[7], lineStyle: { type: 'dashed' } },
      { name: 'backtest', type: 'scatter', data: points, color: palette[0], symbolSize: (v, p) => 6 + Math.sqrt(p.data.forecasts) * 3 },
    ],
  }, true);
  document.getElementById('chart').setAttribute('aria-label', `Reliability diagram: for ${r.backtest.forecasts} one-month-ahead forecasts from ${r.backtest.firstOrigin} to ${r.backtest.lastOrigin}, the observed frequency of "${r.event}" against the forecast probability, by tenth; points on the diagonal are reliable. The table below has every value.`);
}

async function load(state) {
  status('Computing alerts (backtests every month)…');
  try {
    const r = await api('alerts', state);
    provenance('provenance', r);
    document.getElementById('provenance').append(` · from ${r.origin}, ${r.samples} samples, seed ${r.seed}.`);
    document.getElementById('rule').textContent = `Event: ${r.event} (${r.month}). Model: ${r.model}. Cost of a miss ${fmt(r.missCost)}, of a false alarm ${fmt(r.falseAlarmCost)}: alert at a probability of ${percent(r.cutoff)} or more.`;
    document.getElementById('rule').dataset.cutoff = String(r.cutoff);
    document.getElementById('units').replaceChildren(unitsTable(r));
    const b = r.backtest;
    document.getElementById('backtest-note').textContent = b.brier !== null && b.brierClimatology !== null
      ? `Brier score ${fmt(b.brier)} against ${fmt(b.brierClimatology)} for always forecasting the base rate: ${b.brier < b.brierClimatology ? 'better than the base rate' : 'no better than the base rate'}. The cut-off is best only if the probabilities are reliable (points near the diagonal).`
      : 'The backtest has too few forecasts to score.';
    document.getElementById('backtest').replaceChildren(backtestTable(b));
    draw(r);
    document.getElementById('reliability').replaceChildren(reliabilityTable(b));
    const alerts = r.units.filter((u) => u.alert).length;
    status(`${r.month}: ${alerts} of ${r.units.length} unit(s) alerted for ${r.event}.`);
  } catch (e) {
    status(e.message, true);
  }
}

bindForm(form, defaults, load);
