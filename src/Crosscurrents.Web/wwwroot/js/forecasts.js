// Forecasts: a fan chart of one model's predictive distribution (median, 50% and 90% intervals) from /api/forecast,
// and the months in a table. The API gives every model; which one is shown is part of the URL.
import { api, el, numCell, fmtInterval, table, status, provenance, frame, buildForm, bindForm, FORECAST_FIELDS, navigate, chartBase } from './common.js';

frame('forecasts.html');
const form = document.getElementById('filters');
buildForm(form, {
  ...FORECAST_FIELDS,
  horizon: { label: 'Months ahead', type: 'number', min: 1, max: 24 },
  samples: { label: 'Samples', type: 'number', min: 10, max: 10000 },
  seed: { label: 'Seed', type: 'number' },
}, 'Forecast');
// The event data end in 2021; the PICSS figures reach 2025, so they are what the page forecasts unless asked otherwise.
const defaults = { stream: 'ttp', target: 'picss-attacks', by: 'none', horizon: '12', samples: '1000', seed: '1' };
const chart = echarts.init(document.getElementById('chart'), null, { renderer: 'canvas' });
window.addEventListener('resize', () => chart.resize());
const controls = el('div', { class: 'pager', id: 'choices' });
document.getElementById('chart').before(controls);

function choices(result, state, unit, model) {
  const pick = (name, options, value) => el('label', { for: 'c-' + name }, name === 'unit' ? 'Unit ' : 'Model ',
    el('select', { id: 'c-' + name, onchange: (e) => navigate({ ...state, [name]: e.target.value }, defaults, load) },
      options.map((o) => el('option', { value: o, selected: o === value }, o))));
  controls.replaceChildren(pick('unit', result.units.map((u) => u.unit), unit.unit), pick('model', unit.forecasts.map((f) => f.model), model.model));
}

/** The published PICSS months before the origin, for a PICSS target (null: not published, drawn as a gap). */
async function observed(state, result, unit) {
  if (!state.target.startsWith('picss-') || unit.unit !== 'Pakistan') return [];
  const quantity = state.target === 'picss-attacks' ? 'attacks' : 'killed';
  const r = await api('reported', { publisher: 'PICSS', measure: 'militant_attacks', quantity, country: 'Pakistan' });
  return r.months.filter((m) => m.month <= result.origin).slice(-36);
}

function draw(result, unit, model, past) {
  const months = [...past.map((m) => m.month), ...model.months.map((m) => m.month)];
  const pad = (values) => [...past.map(() => null), ...values];
  const band = (name, lows, highs, color) => [
    { name: name + ' low', type: 'line', data: pad(lows), stack: name, symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
    { name, type: 'line', data: pad(highs.map((h, i) => h - lows[i])), stack: name, symbol: 'none', color, lineStyle: { opacity: 0 }, areaStyle: { color }, tooltip: { show: false } },
  ];
  chart.setOption({
    ...chartBase,
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? 'no data' : v) },
    legend: { top: 0, data: ['observed', '90% interval', '50% interval', 'median', 'mean'] },
    grid: { left: 55, right: 25, top: 40, bottom: 45 },
    xAxis: { type: 'category', data: months, name: 'month', nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', min: 0, name: 'per month', nameTextStyle: { align: 'left' } },
    series: [
      ...band('90% interval', model.months.map((m) => m.interval90[0]), model.months.map((m) => m.interval90[1]), 'rgba(0,114,178,0.18)'),
      ...band('50% interval', model.months.map((m) => m.interval50[0]), model.months.map((m) => m.interval50[1]), 'rgba(0,114,178,0.35)'),
      { name: 'median', type: 'line', data: pad(model.months.map((m) => m.median)), color: '#0b5394', lineStyle: { width: 2 } },
      { name: 'mean', type: 'line', data: pad(model.months.map((m) => m.mean)), color: '#D55E00', lineStyle: { type: 'dashed', width: 1.5 } },
      { name: 'observed', type: 'line', data: [...past.map((m) => m.value), ...model.months.map(() => null)], connectNulls: false, color: '#1a1a1a', symbolSize: 4 },
    ],
  }, true);
  document.getElementById('chart').setAttribute('aria-label',
    `Fan chart: ${result.target}, ${unit.unit}, model ${model.model}, ${model.months[0].month} to ${model.months.at(-1).month}: median with 50% and 90% intervals` +
    (past.length ? `, after the published months ${past[0].month} to ${past.at(-1).month} (unpublished months are gaps)` : '') + '. The table below has every value.');
}

function monthsTable(unit, model) {
  return table(`${unit.unit}, ${model.model}: predictive distribution per month`, ['month', 'months ahead', 'median', 'mean', '50% interval', '90% interval'],
    model.months.map((m) => [el('th', { scope: 'row' }, m.month), numCell(m.horizon), numCell(m.median, { 'data-month': m.month }), numCell(m.mean),
      el('td', { class: 'num', 'data-ci': JSON.stringify(m.interval50) }, fmtInterval(m.interval50)),
      el('td', { class: 'num', 'data-ci': JSON.stringify(m.interval90) }, fmtInterval(m.interval90))]), { id: 'months-table' });
}

let last = { key: null, result: null };

async function load(state) {
  const request = { stream: state.stream, target: state.target, by: state.by, province: state.province, horizon: state.horizon, samples: state.samples, seed: state.seed };
  const key = JSON.stringify(request);
  try {
    status(last.key === key ? 'Loading…' : 'Forecasting (fits every model)…');
    if (last.key !== key) {
      last = { key, result: await api('forecast', request) };
    }
    const result = last.result;
    provenance('provenance', result);
    document.getElementById('provenance').append(` · from ${result.origin}, ${result.samples} samples, seed ${result.seed}. Models: ${result.model}.`);
    const unit = result.units.find((u) => u.unit === state.unit) ?? result.units[0];
    const model = unit.forecasts.find((f) => f.model === state.model) ?? unit.forecasts.find((f) => f.model === result.shown) ?? unit.forecasts[0];
    choices(result, state, unit, model);
    draw(result, unit, model, await observed(state, result, unit));
    document.getElementById('months').replaceChildren(monthsTable(unit, model));
    status(`${result.target}: ${model.model} forecast for ${unit.unit} from ${result.origin}.`);
  } catch (e) {
    status(e.message, true);
  }
}

bindForm(form, defaults, load);
