// Reported figures: the shipped figures as their publishers gave them (/api/reported), month by month with the row of
// the shipped file each figure comes from, and year by year (the sum of the months only when none is missing, beside
// the published total). UCDP's deaths come with its low and high estimates (the same request for deaths_low and
// deaths_high). Unpublished months are gaps and "no data", never zero.
import { api, el, fmt, numCell, fmtInterval, table, status, frame, buildForm, bindForm, queryOf, uncoveredRuns, chartBase, palette } from './common.js';

frame('reported.html');
const form = document.getElementById('filters');
buildForm(form, {
  publisher: { label: 'Publisher', options: [['PICSS', 'PICSS'], ['PIPS', 'PIPS'], ['UCDP', 'UCDP']] },
  measure: { label: 'Measure', hint: 'e.g. militant_attacks, organized_violence' },
  quantity: { label: 'Quantity', hint: 'attacks, killed, injured; deaths_best' },
  country: { label: 'Country', hint: 'e.g. Pakistan' },
  province: { label: 'Province', hint: 'default: national figures' },
  firstRelease: { label: 'First release', type: 'checkbox' },
}, 'Show figures');
const defaults = { publisher: 'PICSS', measure: 'militant_attacks', quantity: 'attacks', country: 'Pakistan' };

/** The series the shipped data hold, one link each. */
const PRESETS = [
  ['PICSS militant attacks, Pakistan', { publisher: 'PICSS', measure: 'militant_attacks', quantity: 'attacks', country: 'Pakistan' }],
  ['PICSS killed in militant attacks, Pakistan', { publisher: 'PICSS', measure: 'militant_attacks', quantity: 'killed', country: 'Pakistan' }],
  ['PIPS terrorist attacks, Pakistan', { publisher: 'PIPS', measure: 'terrorist_attacks', quantity: 'attacks', country: 'Pakistan' }],
  ['UCDP deaths in organised violence, Pakistan', { publisher: 'UCDP', measure: 'organized_violence', quantity: 'deaths_best', country: 'Pakistan' }],
  ['UCDP deaths in organised violence, Afghanistan', { publisher: 'UCDP', measure: 'organized_violence', quantity: 'deaths_best', country: 'Afghanistan' }],
];
document.getElementById('presets').replaceChildren(...PRESETS.map(([name, q]) => el('li', {}, el('a', { href: 'reported.html' + queryOf(q) }, name))));

/** Where the shipped figures come from (data/NOTICE.md). */
const SOURCES = {
  UCDP: 'UCDP Country-Year Dataset on Organized Violence v25.1 (Davies, Pettersson, Sollenberg and Öberg 2025, Journal of Peace Research), CC BY 4.0',
  PICSS: 'Pakistan Institute for Conflict and Security Studies (PICSS) monthly security reports, 2019–2025, compiled for this project',
  PIPS: 'Pak Institute for Peace Studies (PIPS) security reports, compiled for this project',
};

const monthsChart = echarts.init(document.getElementById('months-chart'), null, { renderer: 'canvas' });
const yearsChart = echarts.init(document.getElementById('years-chart'), null, { renderer: 'canvas' });
window.addEventListener('resize', () => { monthsChart.resize(); yearsChart.resize(); });

const label = (r) => `${r.publisher} ${r.measure.replaceAll('_', ' ')} (${r.quantity.replaceAll('_', ' ')}), ${r.place}, ${r.revision}`;
const noData = (v) => (v === null || v === undefined ? 'no data' : v);

function bars(chart, name, categories, series, description) {
  chart.setOption({
    ...chartBase,
    tooltip: { trigger: 'axis', valueFormatter: noData },
    legend: { top: 0, data: series.map((s) => s.name) },
    grid: { left: 60, right: 25, top: 40, bottom: 45 },
    xAxis: { type: 'category', data: categories, name, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', min: 0 },
    series,
  }, true);
  chart.getDom().setAttribute('aria-label', description + ' The table below has every value.');
}

function drawMonths(r) {
  const published = r.months.filter((m) => m.value !== null).length;
  bars(monthsChart, 'month', r.months.map((m) => m.month),
    [{ name: r.quantity.replaceAll('_', ' '), type: 'bar', data: r.months.map((m) => m.value), color: palette[0],
      markArea: { silent: true, itemStyle: { color: 'rgba(120,120,120,0.15)' }, data: uncoveredRuns(r.months.map((m) => m.value !== null)).map(([a, b]) => [{ xAxis: r.months[a].month }, { xAxis: r.months[b].month }]) } }],
    `Bar chart: ${label(r)}, ${r.months[0].month} to ${r.months.at(-1).month}; ${published} of ${r.months.length} months published, the others are shaded gaps.`);
}

function monthsTable(r) {
  return table(`${label(r)}: month by month`, ['month', r.quantity.replaceAll('_', ' '), 'source (row of the shipped file)'],
    r.months.map((m) => [el('th', { scope: 'row' }, m.month), numCell(m.value, { 'data-month': m.month }),
      m.origin ? el('td', {}, el('code', {}, m.origin)) : el('td', { class: 'nodata' }, 'not published')]), { id: 'months-table' });
}

/** UCDP's deaths: the low and high estimates of the same years (null for other publishers). */
async function range(state, r) {
  if (r.publisher !== 'UCDP' || r.quantity !== 'deaths_best') return null;
  const [low, high] = await Promise.all(['deaths_low', 'deaths_high'].map((quantity) => api('reported', { ...state, quantity })));
  const at = (res, year) => res.years.find((y) => y.year === year)?.publishedTotal ?? null;
  return new Map(r.years.map((y) => [y.year, [at(low, y.year), at(high, y.year)]]));
}

function drawYears(r, ranges) {
  const years = r.years.map((y) => String(y.year));
  const series = [{ name: 'published total', type: 'bar', data: r.years.map((y) => y.publishedTotal), color: palette[0] }];
  if (r.years.some((y) => y.sumOfMonths !== null)) {
    series.push({ name: 'sum of the months (all 12 published)', type: 'bar', data: r.years.map((y) => y.sumOfMonths), color: palette[4] });
  }
  if (ranges) {
    for (const [i, name] of [[0, 'low'], [1, 'high']]) {
      series.push({ name, type: 'line', data: r.years.map((y) => ranges.get(y.year)[i]), color: i ? palette[1] : palette[2], symbolSize: 4, lineStyle: { type: 'dashed', width: 1 }, connectNulls: false });
    }
  }
  bars(yearsChart, 'year', years, series, `Bar chart: ${label(r)}, ${years[0]} to ${years.at(-1)}: published yearly totals` +
    (ranges ? ' with UCDP\'s low and high estimates as dashed lines.' : '; a year without a published total is a gap.'));
}

function yearsTable(r, ranges) {
  const headers = ['year', 'published total', ...(ranges ? ['low–high'] : []), 'sum of the months', 'months not published'];
  return table(`${label(r)}: year by year`, headers, r.years.map((y) => [
    el('th', { scope: 'row' }, String(y.year)),
    numCell(y.publishedTotal, { 'data-year': y.year, 'data-kind': 'total' }),
    ...(ranges ? [el('td', { class: 'num', 'data-ci': JSON.stringify(ranges.get(y.year)) }, fmtInterval(ranges.get(y.year)))] : []),
    numCell(y.sumOfMonths, { 'data-year': y.year, 'data-kind': 'sum' }, y.missingMonths.length ? 'not all months' : 'no data'),
    y.missingMonths.length === 12 ? 'all' : y.missingMonths.join(', '),
  ]), { id: 'years-table' });
}

async function load(state) {
  status('Loading figures…');
  try {
    const r = await api('reported', state);
    const ranges = await range(state, r);
    document.getElementById('provenance').replaceChildren(el('span', { id: 'source' }, `Source: ${SOURCES[r.publisher] ?? r.publisher}.`),
      r.months.length ? ' Each month names the row of the shipped file it comes from; the row cites the report.' : '');
    const section = document.getElementById('months-section');
    section.hidden = r.months.length === 0;
    if (r.months.length) {
      drawMonths(r);
      document.getElementById('months').replaceChildren(monthsTable(r));
    } else {
      monthsChart.clear();
      document.getElementById('months').replaceChildren();
    }
    drawYears(r, ranges);
    document.getElementById('years').replaceChildren(yearsTable(r, ranges));
    const published = r.months.filter((m) => m.value !== null).length;
    status(`${label(r)}: ${r.months.length ? `${published} of ${r.months.length} months published, ` : 'yearly figures only, '}${r.years.length} years (${fmt(r.years.filter((y) => y.publishedTotal !== null).length)} with a published total).`);
  } catch (e) {
    status(e.message, true);
  }
}

bindForm(form, defaults, load);
