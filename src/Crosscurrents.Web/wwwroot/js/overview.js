// Overview: the datasets and what each covers, events by year and province, and the reported figures' months.
import { api, el, fmt, numCell, table, status, provenance, frame, queryOf } from './common.js';

frame('index.html');

function coverageText(c) {
  if (!c) return 'no stated coverage';
  const places = c.provinces && c.provinces.length ? `${c.countries.join(', ')} (${c.provinces.join(', ')})` : c.countries.join(', ');
  return `${c.completeness}: ${c.from ?? '?'} to ${c.to ?? '?'}, ${places}${c.kinds ? ', ' + c.kinds.join(', ') : ''}`;
}

function datasetsTable(result) {
  const rows = result.datasets.flatMap((d) => d.imports.map((i, n) => [
    n === 0 ? el('td', { rowspan: d.imports.length }, el('a', { href: 'events.html' + queryOf({ dataset: d.dataset }) }, d.dataset)) : null,
    n === 0 ? numCell(d.events, { rowspan: d.imports.length, 'data-dataset': d.dataset }) : null,
    n === 0 ? el('td', { rowspan: d.imports.length }, el('code', {}, d.snapshot)) : null,
    i.release,
    el('td', {}, coverageText(i.coverage), i.coverage ? el('br') : null, i.coverage ? el('span', { class: 'provenance' }, i.coverage.rule) : null),
    numCell(i.imported), numCell(i.rejected),
    el('td', {}, el('a', { href: 'series.html' + queryOf({ dataset: d.dataset, by: 'year' }) }, 'series')),
  ].filter((c) => c !== null)));
  return table('Datasets in the store', ['dataset', 'events', 'snapshot', 'release', 'covers', 'imported', 'rejected', 'view'], rows, { id: 'datasets-table' });
}

function yearsTable(series) {
  const headers = [el('th', { scope: 'col' }, 'province'), ...series.periods.map((p) => el('th', { scope: 'col', class: 'num', 'data-period': p }, p))];
  const rows = series.groups.map((g) => [
    el('th', { scope: 'row' }, g.name),
    ...series.periods.map((period, i) => {
      const cell = numCell(g.best[i], { 'data-group': g.name, 'data-period': period });
      if (g.best[i] > 0 && g.name !== 'other' && !g.name.startsWith('(')) {
        cell.replaceChildren(el('a', { href: 'events.html' + queryOf({ province: g.name, from: period, to: period }) }, fmt(g.best[i])));
      }
      return cell;
    }),
  ]);
  return table(`Events per province and year (the ${series.groups.length} largest groups; "other" is the rest)`, headers, rows, { id: 'years-table', class: 'compact' });
}

/** The reported figures the pages use, one line each: which months and years each publisher gives. */
const REPORTED = [
  { publisher: 'PICSS', measure: 'militant_attacks', quantity: 'attacks', country: 'Pakistan', forecast: 'picss-attacks' },
  { publisher: 'PIPS', measure: 'terrorist_attacks', quantity: 'attacks', country: 'Pakistan' },
  { publisher: 'UCDP', measure: 'organized_violence', quantity: 'deaths_best', country: 'Pakistan' },
  { publisher: 'UCDP', measure: 'organized_violence', quantity: 'deaths_best', country: 'Afghanistan' },
];

async function reportedLines() {
  const lines = await Promise.all(REPORTED.map(async (q) => {
    const { forecast, ...request } = q;
    const label = `${q.publisher} ${q.measure.replaceAll('_', ' ')} (${q.quantity.replaceAll('_', ' ')}), ${q.country}: `;
    try {
      const r = await api('reported', request);
      const months = r.months.filter((m) => m.value !== null);
      const years = (r.years ?? []).filter((y) => y.publishedTotal !== null && y.publishedTotal !== undefined);
      return el('li', { 'data-source': `${q.publisher}/${q.measure}/${q.quantity}/${q.country}` }, label,
        r.months.length ? [el('span', { class: 'months', 'data-value': String(months.length) }, String(months.length)), ` of ${r.months.length} months from ${r.months[0].month} to ${r.months.at(-1).month} published (the others are no data)`] : null,
        r.months.length && years.length ? '; ' : null,
        years.length ? `yearly totals for ${years.length} years, ${years[0].year} to ${years.at(-1).year}` : null,
        !r.months.length && !years.length ? 'nothing published' : null,
        forecast ? [' · ', el('a', { href: 'forecasts.html' + queryOf({ target: forecast }) }, 'forecast them')] : null);
    } catch (e) {
      return el('li', {}, label, e.message);
    }
  }));
  return el('ul', { id: 'reported-list' }, lines);
}

async function load() {
  status('Loading…');
  try {
    const datasets = await api('datasets');
    document.getElementById('datasets').replaceChildren(datasetsTable(datasets));
    const covered = datasets.datasets.flatMap((d) => d.imports.map((i) => i.coverage)).filter((c) => c && c.from);
    const from = covered.length ? covered.map((c) => c.from.slice(0, 4)).sort()[0] : null;
    // Up to this year, so that the years after the data show as no data.
    const to = String(new Date().getFullYear());
    const series = await api('series', { by: 'year', group: 'province', top: 8, from, to });
    provenance('provenance', series);
    document.getElementById('places-note').textContent = `${fmt(series.events)} events from ${series.periods[0]} to ${series.periods.at(-1)}; snapshot ${series.snapshot}.`;
    document.getElementById('places').replaceChildren(yearsTable(series));
    document.getElementById('reported').replaceChildren(await reportedLines());
    status(`${datasets.datasets.length} dataset(s): ${datasets.coverage}.`);
  } catch (e) {
    status(e.message, true);
  }
}

load();
