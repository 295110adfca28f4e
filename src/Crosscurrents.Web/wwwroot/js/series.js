// Series: one line per group from /api/series; periods no complete source covers are null in the API, drawn as gaps
// (shaded and labelled "no data") and written "no data" in the table, never zero.
import { api, el, numCell, fmtInterval, table, status, provenance, frame, buildForm, bindForm, uncoveredRuns, chartBase, palette, FIELDS } from './common.js';

frame('series.html');
const form = document.getElementById('filters');
buildForm(form, {
  by: { label: 'Resolution', options: [['day', 'day'], ['week', 'week'], ['month', 'month'], ['year', 'year']] },
  measure: { label: 'Measure', options: [['events', 'events'], ['fatalities', 'deaths']] },
  group: { label: 'Grouping', options: [['none', 'none'], ['actor', 'actor'], ['province', 'province'], ['dyad', 'dyad']] },
  top: { label: 'Largest groups', type: 'number', min: 1, max: 100 },
  ...FIELDS,
}, 'Show series');
const defaults = { by: 'month', measure: 'events', group: 'none', top: '8' };
const chart = echarts.init(document.getElementById('chart'), null, { renderer: 'canvas' });
window.addEventListener('resize', () => chart.resize());

function draw(s) {
  const gaps = uncoveredRuns(s.covered).map(([a, b]) => [{ xAxis: s.periods[a], name: 'no data' }, { xAxis: s.periods[b] }]);
  const lines = s.groups.map((g, i) => ({
    name: g.name, type: 'line', data: g.best, connectNulls: false, showSymbol: s.periods.length < 80, symbolSize: 4,
    lineStyle: { width: 1.5 }, color: palette[i % palette.length],
    markArea: i === 0 && gaps.length ? { silent: true, itemStyle: { color: 'rgba(120,120,120,0.18)' }, label: { color: '#333', position: 'insideTop' }, data: gaps } : undefined,
  }));
  // Deaths have UCDP's low and high: a band around a single line (with groups the table gives them).
  const band = s.measure === 'fatalities' && s.groups.length === 1 ? [
    { name: 'low', type: 'line', data: s.groups[0].low, stack: 'band', lineStyle: { opacity: 0 }, symbol: 'none', connectNulls: false, tooltip: { show: false } },
    { name: 'low–high', type: 'line', data: s.groups[0].high.map((h, i) => (h === null || s.groups[0].low[i] === null ? null : h - s.groups[0].low[i])), stack: 'band',
      lineStyle: { opacity: 0 }, symbol: 'none', areaStyle: { color: 'rgba(0,114,178,0.2)' }, connectNulls: false, tooltip: { show: false } },
  ] : [];
  chart.setOption({
    ...chartBase,
    tooltip: { trigger: 'axis', valueFormatter: (v) => (v === null || v === undefined ? 'no data' : v) },
    legend: { type: 'scroll', top: 0, data: s.groups.map((g) => g.name) },
    grid: { left: 55, right: 25, top: 40, bottom: 60 },
    xAxis: { type: 'category', data: s.periods, name: s.resolution, nameLocation: 'middle', nameGap: 35 },
    yAxis: { type: 'value', name: s.measure === 'fatalities' ? 'deaths' : 'events', min: 0 },
    dataZoom: s.periods.length > 120 ? [{ type: 'slider', bottom: 5, height: 18 }] : [],
    series: [...band, ...lines],
  }, true);
  document.getElementById('chart').setAttribute('aria-label',
    `Line chart: ${s.measure === 'fatalities' ? 'deaths' : 'events'} per ${s.resolution}, ${s.periods[0]} to ${s.periods.at(-1)}, ${s.groups.map((g) => g.name).join(', ')}; ${gaps.length} stretch(es) with no data. The table below has every value.`);
}

function valuesTable(s) {
  const withRange = s.measure === 'fatalities';
  const headers = [el('th', { scope: 'col' }, s.resolution), ...s.groups.map((g) => el('th', { scope: 'col', class: 'num' }, g.name + (withRange ? ' (low–high)' : '')))];
  const rows = s.periods.map((p, i) => [el('th', { scope: 'row' }, p), ...s.groups.map((g) => {
    const cell = numCell(g.best[i], { 'data-group': g.name, 'data-period': p });
    if (withRange && g.best[i] !== null && (g.low[i] !== g.best[i] || g.high[i] !== g.best[i])) cell.append(` (${fmtInterval([g.low[i], g.high[i]])})`);
    return cell;
  })]);
  return table(`${s.measure === 'fatalities' ? 'Deaths' : 'Events'} per ${s.resolution}; ${s.events} events in all`, headers, rows, { id: 'values-table' });
}

async function load(state) {
  status('Loading series…');
  try {
    const s = await api('series', state);
    provenance('provenance', s);
    draw(s);
    document.getElementById('values').replaceChildren(valuesTable(s));
    const missing = s.covered.filter((c) => !c).length;
    status(`${s.periods.length} periods, ${missing} with no data.`);
  } catch (e) {
    status(e.message, true);
  }
}

bindForm(form, defaults, load);
