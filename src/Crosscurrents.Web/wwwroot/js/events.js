// Events: a filtered, paged table; a map of the events with a precise location over the shipped country outlines
// (no tile server: the tool is offline); the events located only to a district, province or country, listed apart.
import { api, el, fmt, fmtInterval, numCell, table, status, provenance, frame, buildForm, bindForm, navigate, queryOf, FIELDS, FILTERS } from './common.js';

frame('events.html');
const form = document.getElementById('filters');
buildForm(form, { ...FIELDS, limit: { label: 'Per page', type: 'number', min: 1, max: 1000 } }, 'Show events');
const defaults = { offset: '0', limit: '25' };

/** UCDP location precision 1 (exact) and 2 (within 25 km) are drawn; 3 and up are a district, province or country. */
const PRECISE = 2;
const PRECISION = { 1: 'exact', 2: 'within 25 km', 3: 'district', 4: 'province', 5: 'along a line or area', 6: 'country', 7: 'international waters' };

let map = null;
let points = null;

function deaths(f) {
  return el('td', { class: 'num', 'data-value': String(f.best) }, fmt(f.best), f.low !== f.best || f.high !== f.best ? ` (${fmtInterval([f.low, f.high])})` : '');
}

function placeText(p) {
  return [p.placeName, p.district, p.province, p.country].filter(Boolean).join(', ');
}

function eventsTable(page) {
  const rows = page.events.map((e) => [
    el('td', {}, el('code', {}, e.id)), e.dateStart + (e.dateEnd !== e.dateStart ? ' to ' + e.dateEnd : ''), placeText(e.place),
    e.sideA.name, e.sideB.name, e.violenceType, deaths(e.fatalities), PRECISION[e.place.precision] ?? 'none',
  ]);
  return table(`Events ${fmt(page.offset + 1)} to ${fmt(page.offset + page.events.length)} of ${fmt(page.total)}`,
    ['id', 'date', 'place', 'side A', 'side B', 'violence', 'deaths (low–high)', 'location'], rows, { id: 'events-table' });
}

function pager(state, page) {
  const box = document.getElementById('pager-top');
  const offset = page.offset;
  const limit = page.limit;
  const go = (to) => () => navigate({ ...state, offset: String(to) }, defaults, load);
  box.replaceChildren(
    el('button', { type: 'button', class: 'secondary', disabled: offset === 0, onclick: go(Math.max(0, offset - limit)) }, 'Previous page'),
    el('span', {}, page.total ? `page ${fmt(Math.floor(offset / limit) + 1)} of ${fmt(Math.ceil(page.total / limit))}` : 'no events'),
    el('button', { type: 'button', class: 'secondary', disabled: offset + limit >= page.total, onclick: go(offset + limit) }, 'Next page'));
}

/** The map with the shipped outlines, made once (a second view while it loads waits for the same one). */
let ready = null;
function ensureMap() {
  ready ??= (async () => {
    map = L.map('map', { preferCanvas: true, attributionControl: true, zoomSnap: 0.5 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution('Outlines: Natural Earth via world-atlas');
    map.fitBounds([[23.5, 60.5], [37.5, 77.5]]);
    points = L.layerGroup().addTo(map);
    const outlines = await (await fetch('geo/outlines.geojson')).json();
    L.geoJSON(outlines, { style: { color: '#555', weight: 1, fillColor: '#f4f1ea', fillOpacity: 1 }, interactive: false }).addTo(map);
    points.remove().addTo(map);
  })();
  return ready;
}

function drawMap(geo) {
  points.clearLayers();
  const precise = geo.features.filter((f) => f.properties.precision !== null && f.properties.precision <= PRECISE);
  for (const f of precise) {
    const [lon, lat] = f.geometry.coordinates;
    const p = f.properties;
    L.circleMarker([lat, lon], { radius: 3 + Math.min(6, Math.sqrt(p.deaths)), color: '#8a2d00', weight: 1, fillColor: '#D55E00', fillOpacity: 0.55 })
      .bindTooltip(`${p.date} · ${[p.place, p.district, p.province].filter(Boolean).join(', ')} · ${p.deaths} deaths (${p.deathsLow}–${p.deathsHigh})`)
      .addTo(points);
  }
  return precise.length;
}

function apartTable(geo) {
  const apart = geo.features.filter((f) => f.properties.precision === null || f.properties.precision > PRECISE);
  const shown = apart.slice(0, 200);
  const rows = shown.map((f) => [el('td', {}, el('code', {}, f.id)), f.properties.date,
    [f.properties.place, f.properties.district, f.properties.province].filter(Boolean).join(', ') || 'unknown',
    PRECISION[f.properties.precision] ?? 'none', numCell(f.properties.deaths)]);
  return { count: apart.length, node: rows.length ? table(`The first ${fmt(shown.length)} of ${fmt(apart.length)}`, ['id', 'date', 'known to', 'location', 'deaths'], rows, { id: 'apart-table' }) : el('p', {}, 'None.') };
}

async function load(state) {
  status('Loading events…');
  const filters = Object.fromEntries(FILTERS.map((k) => [k, state[k]]));
  document.getElementById('csv').href = 'api/events.csv' + queryOf(filters);
  try {
    const page = await api('events', { ...filters, offset: state.offset, limit: state.limit });
    provenance('provenance', page);
    document.getElementById('total').replaceChildren(el('strong', { id: 'total-count', 'data-value': String(page.total) }, fmt(page.total)), ' events match.');
    document.getElementById('events').replaceChildren(eventsTable(page));
    pager(state, page);
    await ensureMap();
    const geo = await api('events.geojson', { ...filters, limit: 50000 });
    const drawn = drawMap(geo);
    const apart = apartTable(geo);
    document.getElementById('map-note').replaceChildren(el('span', { id: 'drawn', 'data-value': String(drawn) }, fmt(drawn)),
      ` events drawn; ${fmt(apart.count)} located only to a district, province or country and ${fmt(geo.withoutCoordinates)} without coordinates are not drawn.`,
      geo.truncated ? ' Only the first 50,000 matches were read.' : '', ` Snapshot ${geo.snapshot}.`);
    document.getElementById('apart-note').replaceChildren(el('span', { id: 'apart-count', 'data-value': String(apart.count + geo.withoutCoordinates) }, fmt(apart.count + geo.withoutCoordinates)),
      ' events have no precise location', geo.withoutCoordinates ? ` (${fmt(geo.withoutCoordinates)} have none at all; they are in the table and the CSV)` : '', '.');
    document.getElementById('apart').replaceChildren(apart.node);
    status(`${fmt(page.total)} events.`);
  } catch (e) {
    status(e.message, true);
  }
}

bindForm(form, defaults, load);
