// Claims: the shipped claim file checked with GET /api/claims/check, or the user's edit of it with POST (an analyst's
// API key); each verdict with its effect, estimate and 95% interval, the reason, the data snapshot and, for a dated
// claim, the verdict then.
import { api, el, fmt, fmtInterval, estimateCell, table, status, frame, buildForm, bindForm, fillForm, apiKeyField } from './common.js';

frame('claims.html');
const form = document.getElementById('filters');
buildForm(form, {
  verdict: { label: 'Verdict', options: [['', 'any'], ['supported', 'supported'], ['contradicted', 'contradicted'], ['inconclusive', 'inconclusive'], ['not testable', 'not testable']] },
  q: { label: 'Text contains', hint: 'e.g. ceasefire' },
}, 'Show');
const yaml = document.getElementById('yaml');
const apiKey = apiKeyField(document.getElementById('file-form'), 'analyst or admin');
let checked = null;

function verdict(v) {
  return el('span', { class: 'verdict verdict-' + v.replaceAll(' ', '-') }, v);
}

function asOf(a) {
  if (!a) return '';
  return el('div', {}, `As of ${a.date}: `, verdict(a.verdict), ` ${a.effect}`,
    a.estimate !== null && a.estimate !== undefined ? `; estimate ${fmt(a.estimate)}${a.ci95 ? ` (95% interval ${fmtInterval(a.ci95)})` : ''}` : '');
}

function render(result, state) {
  const q = (state.q ?? '').toLowerCase();
  const shown = result.claims.filter((c) => (!state.verdict || c.verdict === state.verdict) && (!q || (c.id + ' ' + c.text).toLowerCase().includes(q)));
  const rows = shown.map((c) => [
    el('td', { 'data-claim': c.id }, el('code', {}, c.id)),
    el('td', {}, `“${c.text}”`),
    c.test,
    el('td', { 'data-verdict': c.verdict }, verdict(c.verdict)),
    el('td', {}, c.effect),
    estimateCell(c.estimate, c.ci95, { 'data-claim': c.id }, 'no estimate'),
    el('td', {}, el('details', {}, el('summary', {}, 'reason'), c.reason), c.source ? el('div', { class: 'provenance' }, 'source: ' + c.source) : null),
    el('td', {}, c.snapshot ? el('code', { class: 'snapshot' }, c.snapshot) : 'none', c.coverage ? el('div', { class: 'provenance' }, c.coverage) : null),
    el('td', {}, asOf(c.asOf)),
  ]);
  document.getElementById('claims').replaceChildren(
    el('p', { id: 'claims-file' }, `${result.file}: ${result.claims.length} claims, ${shown.length} shown.`),
    table('Claims and verdicts', ['id', 'claim', 'test', 'verdict', 'effect', 'estimate (95% interval)', 'reason', 'data snapshot', 'when claimed'], rows, { id: 'claims-table' }));
}

async function check(text, name) {
  const key = text === null ? '' : apiKey();
  if (text !== null && !key) {
    status('Checking an edited claim file needs an API key with role analyst or admin.', true);
    return false;
  }
  status('Checking the claims against the data (this fits models: it takes a few seconds)…');
  try {
    checked = text === null ? await api('claims/check')
      : await api('claims/check', { name }, { method: 'POST', body: text, headers: { Accept: 'application/json', 'Content-Type': 'application/yaml', 'X-Api-Key': key } });
    return true;
  } catch (e) {
    status(e.message, true);
    return false;
  }
}

async function load(state) {
  if (!checked) {
    try {
      const response = await fetch('claims/op-ed-2024.yaml');
      if (!response.ok) throw new Error('the shipped claim file is not installed beside the program');
      yaml.value = await response.text();
    } catch (e) {
      status(e.message, true);
      return;
    }
    if (!await check(null)) return;
  }
  render(checked, state);
  const counts = {};
  for (const c of checked.claims) counts[c.verdict] = (counts[c.verdict] ?? 0) + 1;
  status(Object.entries(counts).map(([v, n]) => `${n} ${v}`).join(', ') + '.');
}

document.getElementById('file-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  if (await check(yaml.value, 'edited.yaml')) {
    const state = Object.fromEntries(new URLSearchParams(location.search));
    fillForm(form, state);
    load(state);
  }
});

bindForm(form, {}, load);
