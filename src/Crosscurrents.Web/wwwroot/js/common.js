// Shared by every page: calls to the REST API, the page's state in the URL query string, safe DOM building and the
// way numbers, intervals and "no data" are written. No statistics here: the pages show what the API answers.

/** The event filters of /api/events and /api/series (docs/api.md), carried between pages. */
export const FILTERS = ['from', 'to', 'country', 'province', 'district', 'actor', 'dyad', 'violence', 'minFatalities', 'dataset'];

// The requests of the view being loaded. A new view (a submitted form, a page of a table, the back button) aborts
// those of the previous one, so a slow answer for an old view never overwrites the new one.
let loading = new AbortController();

/** Starts a new view: the requests of the previous view are abandoned. */
export function newView() {
  loading.abort();
  loading = new AbortController();
}

/** GET (or another method) on the API; returns the parsed JSON, or throws with the problem's detail. A request of
 * an abandoned view never settles, so the code after it does not run. */
export async function api(path, params = {}, init = {}) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') query.set(k, v);
  }
  const url = 'api/' + path + (query.size ? '?' + query : '');
  let response;
  let text;
  try {
    response = await fetch(url, { headers: { Accept: 'application/json' }, signal: loading.signal, ...init });
    text = await response.text();
  } catch (e) {
    if (e.name === 'AbortError') return new Promise(() => {});
    throw e;
  }
  let body = null;
  try { body = text ? JSON.parse(text) : null; } catch { body = null; }
  if (!response.ok) {
    const detail = body && (body.detail || body.title) || text || response.statusText;
    const error = new Error(`${response.status}: ${detail}`);
    error.status = response.status;
    error.field = body && body.field;
    throw error;
  }
  return body;
}

/** Builds an element with attributes and children (text is always text: nothing is parsed as HTML). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'text') node.textContent = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const large = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 });
const small = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** A number as shown: whole numbers as they are (thousands separated from 10,000 on, so years stay years), others
 * to three significant digits. */
export function fmt(x) {
  if (x === null || x === undefined) return 'no data';
  if (typeof x !== 'number' || !Number.isFinite(x)) return String(x);
  if (Number.isInteger(x)) return Math.abs(x) >= 10000 ? integer.format(x) : String(x);
  return Math.abs(x) >= 100 ? large.format(x) : small.format(x);
}

/** A 95% (or other) interval [low, high] as "low–high"; an end the API could not give is "?". */
export function fmtInterval(ci) {
  if (!ci) return '';
  const end = (x) => (x === null || x === undefined ? '?' : fmt(x));
  return `${end(ci[0])}–${end(ci[1])}`;
}

/** A table cell with a number: its text as shown, and the exact value the API gave in data-value; null is "no data"
 * (or what the caller says a missing value means). */
export function numCell(x, extra = {}, missing = 'no data') {
  if (x === null || x === undefined) {
    return el('td', { class: missing === 'no data' ? 'num nodata' : 'num', 'data-value': 'null', ...extra }, missing);
  }
  return el('td', { class: 'num', 'data-value': String(x), ...extra }, fmt(x));
}

/** A cell with an estimate and its interval, e.g. "0.901 (0.861–0.942)". */
export function estimateCell(estimate, ci, extra = {}, missing = 'no data') {
  if (estimate === null || estimate === undefined) return numCell(null, extra, missing);
  const cell = el('td', { class: 'num', 'data-value': String(estimate), ...extra }, fmt(estimate));
  if (ci) {
    cell.append(' ', el('span', { class: 'ci', 'data-ci': JSON.stringify(ci) }, `(${fmtInterval(ci)})`));
  }
  return cell;
}

/** A table from a caption, header cells and rows of cells (strings become cells). */
export function table(caption, headers, rows, attrs = {}) {
  const head = el('thead', {}, el('tr', {}, headers.map((h) => (h instanceof Node ? h : el('th', { scope: 'col' }, h)))));
  const body = el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => (c instanceof Node && c.tagName && /^T[DH]$/.test(c.tagName) ? c : el('td', {}, c))))));
  // A region that can be scrolled from the keyboard when the table is wider than the page.
  return el('div', { class: 'scroll', role: 'region', 'aria-label': caption, tabindex: 0 }, el('table', attrs, el('caption', {}, caption), head, body));
}

/** Writes a status line (role=status: screen readers hear it); errors are marked as such. */
export function status(text, isError = false) {
  const node = document.getElementById('status');
  node.textContent = text;
  node.classList.toggle('error', isError);
}

/** Shows the data snapshot (and coverage) a result came from. */
export function provenance(id, result) {
  const node = document.getElementById(id);
  node.replaceChildren();
  if (!result) return;
  node.append('Data snapshot ', el('code', { class: 'snapshot' }, result.snapshot ?? 'none'));
  if (result.coverage) node.append(' · ', result.coverage);
}

/** The state of the page from the URL query string, with the page's defaults for what the URL does not say. */
export function readState(defaults = {}) {
  const state = { ...defaults };
  for (const [k, v] of new URLSearchParams(location.search)) state[k] = v;
  return state;
}

/** Puts the state into the form's fields (named like the query parameters). */
export function fillForm(form, state) {
  for (const field of form.elements) {
    if (!field.name) continue;
    if (field.type === 'checkbox') field.checked = state[field.name] === 'true';
    else field.value = state[field.name] ?? '';
  }
}

/** The form's non-empty fields as state. */
export function formState(form) {
  const state = {};
  for (const field of form.elements) {
    if (!field.name) continue;
    const value = field.type === 'checkbox' ? (field.checked ? 'true' : '') : field.value.trim();
    if (value !== '') state[field.name] = value;
  }
  return state;
}

/** The query string of a state (empty values left out), with a leading "?" when there is any. */
export function queryOf(state, keys = Object.keys(state)) {
  const query = new URLSearchParams();
  for (const k of keys) {
    if (state[k] !== undefined && state[k] !== null && state[k] !== '') query.set(k, state[k]);
  }
  return query.size ? '?' + query : '';
}

/** Points the navigation links at the same filters, so moving between pages keeps the view. */
export function carryFilters(state) {
  for (const link of document.querySelectorAll('header.site nav a[data-carry]')) {
    link.href = link.getAttribute('href').split('?')[0] + queryOf(state, FILTERS);
  }
}

/**
 * Ties a form to the URL: the page loads with the URL's state, submitting pushes a new entry (so a view can be
 * shared and the back button returns to the previous one), and going back or forward loads that entry's state.
 */
export function bindForm(form, defaults, load) {
  const run = (state) => {
    newView();
    fillForm(form, state);
    carryFilters(state);
    return load(state);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const state = formState(form);
    history.pushState(null, '', location.pathname + queryOf(state));
    window.dispatchEvent(new Event('crosscurrents:view'));
    run(readState(defaults));
  });
  // A fragment change (the skip link) is a history entry too, but not a new view.
  let shown = location.search;
  window.addEventListener('popstate', () => {
    if (location.search === shown) return;
    shown = location.search;
    run(readState(defaults));
  });
  window.addEventListener('crosscurrents:view', () => { shown = location.search; });
  return run(readState(defaults));
}

/** Moves to another state of the same page (a page of a table, a chosen row) as a new history entry. */
export function navigate(state, defaults, load) {
  history.pushState(null, '', location.pathname + queryOf(state));
  window.dispatchEvent(new Event('crosscurrents:view'));
  newView();
  return load(readState(defaults));
}

/** The periods no source covers, as runs of consecutive indexes [first, last]. */
export function uncoveredRuns(covered) {
  const runs = [];
  let start = -1;
  covered.forEach((c, i) => {
    if (!c && start < 0) start = i;
    if (c && start >= 0) { runs.push([start, i - 1]); start = -1; }
  });
  if (start >= 0) runs.push([start, covered.length - 1]);
  return runs;
}

/** Chart defaults: no animation (screenshots and tests see the final picture), the shipped font. */
export const chartBase = {
  animation: false,
  textStyle: { fontFamily: 'DejaVu Sans, sans-serif', color: '#1a1a1a' },
  aria: { enabled: true },
};

/** A colour-blind-safe palette (Okabe–Ito) readable on white. */
export const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#999999'];

const PAGES = [
  ['index.html', 'Overview', true],
  ['events.html', 'Events', true],
  ['series.html', 'Series', true],
  ['dynamics.html', 'Dynamics', false],
  ['claims.html', 'Claims', false],
  ['forecasts.html', 'Forecasts', false],
  ['alerts.html', 'Alerts', false],
  ['scenarios.html', 'Scenarios', false],
  ['reported.html', 'Reported figures', false],
];

/** The site header (skip link, name, the pages) and footer around the page's main element. */
export function frame(current) {
  const nav = el('nav', { 'aria-label': 'Pages' }, el('ul', {}, PAGES.map(([href, name, carry]) =>
    el('li', {}, el('a', { href, 'aria-current': href === current ? 'page' : null, 'data-carry': carry || null }, name)))));
  const header = el('header', { class: 'site' }, el('a', { class: 'name', href: 'index.html' }, 'Crosscurrents'), nav);
  const footer = el('footer', { class: 'provenance' },
    el('p', {}, 'Every number comes from the REST API (', el('a', { href: 'scalar' }, 'API reference'),
      '); a period no complete source covers is shown as no data, never zero. Charts: Apache ECharts; map: Leaflet (',
      el('a', { href: 'vendor/NOTICE.md' }, 'licences'), ').'));
  const main = document.querySelector('main');
  main.id = 'main';
  main.tabIndex = -1;
  document.body.prepend(el('a', { class: 'skip', href: '#main' }, 'Skip to content'), header);
  main.append(footer);
}

const API_KEY = 'crosscurrents-api-key';

/** An API key field (writes need one: analyst or admin) before the form's submit button: kept in the tab's session
 * storage and sent only in the X-Api-Key header, never in the URL. Returns a function giving the key ('' when none). */
export function apiKeyField(form, placeholder = 'optional') {
  const input = el('input', { id: 'f-key', type: 'password', autocomplete: 'off', placeholder });
  input.value = sessionStorage.getItem(API_KEY) ?? '';
  input.addEventListener('change', () => sessionStorage.setItem(API_KEY, input.value.trim()));
  form.insertBefore(el('label', { for: 'f-key' }, 'API key', input), form.lastElementChild);
  return () => input.value.trim() || sessionStorage.getItem(API_KEY) || '';
}

// The job the page follows (one at a time), so a new view or a Cancel button can stop it.
let followed = null;

/** Stops following the current job (its promise never settles, so it shows nothing). */
export function stopFollowing() {
  if (followed) {
    followed.source.close();
    followed = null;
  }
}

/** Cancels the job being followed (DELETE needs the key it was started with). */
export async function cancelJob() {
  if (!followed) return;
  await fetch(`api/jobs/${encodeURIComponent(followed.id)}`, { method: 'DELETE', headers: { 'X-Api-Key': followed.key } });
}

/** Starts a job (POST api/jobs/KIND with the key), follows its server-sent progress ({stage, fraction} to
 * onProgress) and resolves with its result, the same JSON as the synchronous answer. */
export async function runJob(kind, params, key, onProgress, noun = 'job') {
  stopFollowing();
  const job = await api('jobs/' + kind, params, { method: 'POST', headers: { Accept: 'application/json', 'X-Api-Key': key } });
  return new Promise((resolve, reject) => {
    const source = new EventSource(`api/jobs/${encodeURIComponent(job.id)}/events`);
    followed = { id: job.id, key, source };
    const end = (f) => (e) => { source.close(); followed = null; f(e); };
    source.addEventListener('progress', (e) => onProgress(JSON.parse(e.data)));
    source.addEventListener('succeeded', end(() => resolve(api(`jobs/${encodeURIComponent(job.id)}/result`))));
    source.addEventListener('failed', end((e) => reject(new Error(`the ${noun} failed: ` + (JSON.parse(e.data).error ?? 'no reason given')))));
    source.addEventListener('cancelled', end(() => reject(new Error(`the ${noun} was cancelled`))));
    source.onerror = () => { if (source.readyState === EventSource.CLOSED) end(() => reject(new Error('lost the job\'s progress stream')))(); };
  });
}

/** A progress box (#progress-box with #progress, #stage and #cancel) for a job: shows each stage as it arrives and
 * records the stages seen in data-seen. */
export function progressBox() {
  const box = document.getElementById('progress-box');
  const bar = document.getElementById('progress');
  const stage = document.getElementById('stage');
  const cancel = document.getElementById('cancel');
  cancel.addEventListener('click', cancelJob);
  return {
    start(cancellable) {
      box.hidden = false;
      bar.value = 0;
      delete box.dataset.seen;
      stage.textContent = 'starting';
      cancel.hidden = !cancellable;
    },
    indefinite() { bar.removeAttribute('value'); },
    report(p) {
      bar.value = p.fraction;
      box.dataset.seen = (box.dataset.seen ? box.dataset.seen + ',' : '') + p.stage;
      stage.textContent = `${p.stage} (${Math.round(p.fraction * 100)}%)`;
    },
    done() { box.hidden = true; },
  };
}

/** What the filter fields look like: label, input type, hint. */
export const FIELDS = {
  from: { label: 'From', hint: 'yyyy, yyyy-MM or yyyy-MM-dd' },
  to: { label: 'To', hint: 'yyyy, yyyy-MM or yyyy-MM-dd' },
  country: { label: 'Country', hint: 'e.g. Pakistan' },
  province: { label: 'Province', hint: 'e.g. Balochistan' },
  district: { label: 'District', hint: 'e.g. North Waziristan' },
  actor: { label: 'Actor', hint: 'id, name or alias, e.g. ttp' },
  dyad: { label: 'Dyad', hint: 'A:B, e.g. pak-state:ttp' },
  violence: { label: 'Violence', options: [['', 'any'], ['state-based', 'state-based'], ['non-state', 'non-state'], ['one-sided', 'one-sided']] },
  minFatalities: { label: 'At least deaths', type: 'number', min: 0 },
  dataset: { label: 'Dataset', hint: 'e.g. ucdp-ged' },
};

/** The fields of /api/forecast that say what is forecast (stream, target, units, province); pages add their own. */
export const FORECAST_FIELDS = {
  stream: { label: 'Stream', hint: 'e.g. ttp' },
  target: { label: 'Target', options: [['picss-attacks', 'PICSS attacks (reported)'], ['picss-killed', 'PICSS killed (reported)'], ['events', 'events'], ['fatalities', 'deaths']] },
  by: { label: 'Units', options: [['none', 'country'], ['province', 'province'], ['district', 'district']] },
  province: { label: 'Province', hint: 'only this province' },
};

/** Fills a form with labelled fields (each named like its query parameter) and a submit button. */
export function buildForm(form, fields, submit) {
  for (const [name, spec] of Object.entries(fields)) {
    const id = 'f-' + name;
    let input;
    if (spec.options) {
      input = el('select', { id, name }, spec.options.map(([value, text]) => el('option', { value }, text)));
    } else {
      input = el('input', { id, name, type: spec.type ?? 'text', min: spec.min, max: spec.max, placeholder: spec.hint, autocomplete: 'off' });
    }
    form.append(el('label', { for: id }, spec.label, input));
  }
  form.append(el('button', { type: 'submit' }, submit));
}

