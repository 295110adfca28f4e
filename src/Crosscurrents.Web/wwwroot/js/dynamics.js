// Dynamics: a Hawkes fit, as a job with server-sent progress when the user gave an API key (else as one request);
// branching ratios, half-lives and background rate ratios with their 95% intervals; a fit that is not usable says
// why and shows no estimate (the API gives none). The branching ratios also as a stream × stream heat map with their
// intervals, and an event study (/api/study) whose options share the page's URL (study* parameters).
import { api, el, fmt, fmtInterval, numCell, estimateCell, table, status, provenance, frame, buildForm, bindForm, chartBase, palette, apiKeyField, runJob, stopFollowing, progressBox } from './common.js';

frame('dynamics.html');
const form = document.getElementById('filters');
buildForm(form, {
  streams: { label: 'Streams', hint: 'comma-separated, e.g. ttp,baloch' },
  from: { label: 'From', hint: 'yyyy, yyyy-MM or yyyy-MM-dd' },
  to: { label: 'To', hint: 'default: the last event' },
  afterCeasefire: { label: 'Days after a ceasefire', type: 'number', min: 0, max: 365 },
  trendKnots: { label: 'Trend knots (-1: by BIC)', type: 'number', min: -1, max: 6 },
  bootstrap: { label: 'Bootstrap replications', type: 'number', min: 0, max: 200 },
  seed: { label: 'Seed', type: 'number' },
}, 'Fit');
const apiKey = apiKeyField(form);
// The study's fields sit in their own panel but belong to the same form (form="filters"), so one URL holds both.
const studyFields = document.getElementById('study-fields');
buildForm(studyFields, {
  studyStream: { label: 'Stream', hint: 'e.g. ttp' },
  studyKind: { label: 'Timeline kinds', hint: 'e.g. ceasefire_end,military_operation' },
  studyBy: { label: 'Periods', options: [['week', 'week'], ['month', 'month']] },
  studyWindow: { label: 'Periods before and after', type: 'number', min: 1, max: 104 },
  studyPlacebos: { label: 'Placebo draws', type: 'number', min: 0, max: 10000 },
  studySeed: { label: 'Seed', type: 'number' },
}, 'Run study');
for (const field of studyFields.querySelectorAll('input, select, button')) field.setAttribute('form', 'filters');
const STUDY = { studyStream: 'stream', studyKind: 'kind', studyBy: 'by', studyWindow: 'window', studyPlacebos: 'placebos', studySeed: 'seed' };
const FIT = ['streams', 'from', 'to', 'afterCeasefire', 'trendKnots', 'bootstrap', 'seed'];
const defaults = { streams: 'ttp,baloch', from: '2007', afterCeasefire: '30', trendKnots: '-1', bootstrap: '0', seed: '1',
  studyStream: 'ttp', studyKind: 'ceasefire_end', studyBy: 'week', studyWindow: '4', studyPlacebos: '200', studySeed: '1' };
const progress = progressBox();

function flags(row) {
  return [row.atBound ? 'at the bound' : null, row.atZero ? 'at zero' : null].filter(Boolean).join(', ');
}

function render(r) {
  const out = document.getElementById('result');
  provenance('provenance', r);
  const summary = el('ul', { id: 'summary' },
    el('li', {}, `Streams ${r.streams.join(', ')}; ${r.from} to ${r.to} (${fmt(r.days)} days); events ${r.streams.map((s, i) => `${s} ${fmt(r.events[i])}`).join(', ')}.`),
    el('li', {}, `Model: ${r.model}; seed ${r.seed}.`),
    r.iterations !== undefined ? el('li', {}, `Converged after ${fmt(r.iterations)} iterations; log-likelihood ${fmt(r.logLikelihood)}, AIC ${fmt(r.aic)}, BIC ${fmt(r.bic)}, spectral radius ${fmt(r.spectralRadius)}.`) : null,
    r.trendKnots ? el('li', {}, `Trend knots: ${r.trendKnots.chosen} (${r.trendKnots.rule}).`) : null,
    r.notes.map((n) => el('li', {}, n)));
  const parts = [];
  if (!r.usable || !r.converged) {
    parts.push(el('p', { class: 'note', id: 'not-converged', role: 'alert' },
      el('strong', {}, r.converged ? 'The fit is not usable: ' : 'The fit did not converge: '), r.message,
      ` (${r.exitReason}${r.exitDetail ? ': ' + r.exitDetail : ''}). No estimate is shown: a starting value is not an answer. Try fewer streams, a longer span or trendKnots=0.`));
  }
  parts.push(el('h2', {}, 'The fit'), summary);
  if (r.branching) {
    const boot = r.branching.some((b) => b.bootstrapCi95);
    parts.push(el('h2', {}, 'Branching ratios'), el('p', { class: 'provenance' }, 'Expected events in the second stream set off by one event in the first, with the Wald 95% interval' + (boot ? ' and the bootstrap interval.' : '.')),
      table('Branching ratios (95% interval)', ['from', 'to', 'estimate (95% interval)', 'standard error', ...(boot ? ['bootstrap 95% interval'] : []), 'note'],
        r.branching.map((b) => [b.from, b.to, estimateCell(b.estimate, b.ci95, { 'data-from': b.from, 'data-to': b.to }), numCell(b.stdError),
          ...(boot ? [b.bootstrapCi95 ? estimateCell(b.estimate, b.bootstrapCi95) : numCell(null)] : []), flags(b)]), { id: 'branching-table' }));
  }
  if (r.halfLifeDays) {
    parts.push(el('h2', {}, 'Half-lives'), table('Half-life of the excitation, days (95% interval)', ['stream', 'half-life (95% interval)', 'note'],
      r.halfLifeDays.map((h, i) => [h.stream, estimateCell(h.halfLife, h.ci95, { 'data-stream': h.stream }),
        [h.identified ? null : 'not identified', h.withinDay ? 'within a day' : null, r.triggeredShare ? `${fmt(r.triggeredShare[i] * 100)}% of events triggered` : null].filter(Boolean).join('; ')]),
      { id: 'halflife-table' }));
  }
  if (r.background) {
    parts.push(el('h2', {}, 'Background rate ratios'), table('Rate ratios of the background covariates (95% interval)', ['stream', 'covariate', 'rate ratio (95% interval)', 'note'],
      r.background.flatMap((b) => b.rateRatios.map((x) => [b.stream, x.covariate, estimateCell(x.rateRatio, x.ci95, { 'data-stream': b.stream, 'data-covariate': x.covariate }), x.estimable ? '' : 'not estimable'])),
      { id: 'background-table' }));
  }
  if (r.fitQuality) {
    parts.push(el('h2', {}, 'Goodness of fit'), el('ul', {}, r.fitQuality.map((q) => el('li', {}, q.sentence))));
  }
  out.replaceChildren(...parts);
  heat(r);
}

let heatChart = null;

/** A sequential blue scale for 0..1 (light to dark) and the text colour readable on it. */
function shade(t) {
  const light = [239, 243, 255];
  const dark = [8, 48, 107];
  const c = light.map((l, i) => Math.round(l + (dark[i] - l) * Math.min(1, Math.max(0, t))));
  return { fill: `rgb(${c.join(',')})`, ink: t > 0.45 ? '#ffffff' : '#1a1a1a' };
}

/** The branching ratios as a stream × stream heat map (tooltip: estimate and 95% interval) and a matrix table. */
function heat(r) {
  const section = document.getElementById('heat-section');
  section.hidden = !r.branching;
  if (!r.branching) return;
  const streams = r.streams;
  const top = Math.max(1, ...r.branching.map((b) => b.estimate ?? 0));
  const data = r.branching.map((b) => {
    const colour = shade((b.estimate ?? 0) / top);
    return { value: [streams.indexOf(b.to), streams.indexOf(b.from), b.estimate], from: b.from, to: b.to, ci95: b.ci95,
      itemStyle: { color: colour.fill, borderColor: '#ffffff', borderWidth: 2 }, label: { color: colour.ink } };
  });
  document.getElementById('heat').setAttribute('aria-label', `Heat map of the branching ratios between ${streams.join(', ')}: ` +
    r.branching.map((b) => `${b.from} to ${b.to} ${fmt(b.estimate)} (95% ${fmtInterval(b.ci95)})`).join('; ') + '. The table beside has the same values.');
  const at = (from, to) => r.branching.find((b) => b.from === from && b.to === to);
  document.getElementById('heat-table').replaceChildren(table('Branching ratios (95% interval)',
    ['event in ↓, set off in →', ...streams],
    streams.map((from) => [el('th', { scope: 'row' }, from), ...streams.map((to) => {
      const b = at(from, to);
      return b ? estimateCell(b.estimate, b.ci95, { 'data-from': from, 'data-to': to }) : numCell(null, { 'data-from': from, 'data-to': to });
    })]), { id: 'branching-matrix' }));
  // Drawn once the table beside it is in place, so the chart takes the width left to it.
  heatChart ??= echarts.init(document.getElementById('heat'), null, { renderer: 'canvas' });
  heatChart.resize();
  heatChart.setOption({
    ...chartBase,
    tooltip: { formatter: (p) => `${p.data.from} → ${p.data.to}: ${fmt(p.data.value[2])} (95% interval ${fmtInterval(p.data.ci95)})` },
    grid: { left: 90, right: 20, top: 20, bottom: 60 },
    xAxis: { type: 'category', data: streams, name: 'set off in', nameLocation: 'middle', nameGap: 32, splitArea: { show: false } },
    yAxis: { type: 'category', data: streams, name: 'event in', nameLocation: 'middle', nameGap: 70, inverse: true },
    series: [{ name: 'branching ratio', type: 'heatmap', data, label: { show: true, lineHeight: 18, formatter: (p) => `${fmt(p.data.value[2])}\n(${fmtInterval(p.data.ci95)})` } }],
  }, true);
}

let studyChart = null;
window.addEventListener('resize', () => { heatChart?.resize(); studyChart?.resize(); });

function studyStatus(text, isError = false) {
  const node = document.getElementById('study-status');
  node.textContent = text;
  node.classList.toggle('error', isError);
}

function renderStudy(s) {
  provenance('study-provenance', s);
  document.getElementById('study-provenance').append(` · ${s.model}; θ ${fmt(s.theta)}; seed ${s.seed}.`);
  const offsets = s.profile.map((_, i) => i - s.window);
  const label = (k) => (k > 0 ? '+' + k : String(k));
  document.getElementById('study').replaceChildren(
    table(`${s.stream} around ${s.kinds.join(', ')} (${s.interventions.length} of ${s.timelineEntries} timeline entries used, ${s.window} ${s.resolution}s each side)`,
      ['quantity', 'value'], [
        [el('th', { scope: 'row' }, 'rate ratio after / before (95% interval)'), estimateCell(s.rateRatio, s.ci95, { id: 'study-rr' })],
        [el('th', { scope: 'row' }, 'events before'), numCell(s.eventsBefore, { id: 'study-before' })],
        [el('th', { scope: 'row' }, 'events after'), numCell(s.eventsAfter, { id: 'study-after' })],
        [el('th', { scope: 'row' }, `placebo p-value (${s.placeboDraws} random dates)`), numCell(s.placeboPValue, { id: 'study-p' })],
        [el('th', { scope: 'row' }, 'placebo rate ratios, central 95%'), el('td', { class: 'num', 'data-ci': JSON.stringify(s.placeboRange95) }, fmtInterval(s.placeboRange95))],
        [el('th', { scope: 'row' }, 'interventions'), el('td', { id: 'study-dates' }, s.interventions.join(', '))],
      ], { id: 'study-table' }),
    table(`Mean ${s.stream} events per ${s.resolution} around the interventions (0: the intervention's ${s.resolution})`,
      [`${s.resolution}s from the intervention`, ...offsets.map(label)],
      [[el('th', { scope: 'row' }, 'mean events'), ...s.profile.map((v, i) => numCell(v, { 'data-offset': offsets[i] }))]], { id: 'profile-table', class: 'compact' }));
  studyChart ??= echarts.init(document.getElementById('study-chart'), null, { renderer: 'canvas' });
  studyChart.setOption({
    ...chartBase,
    tooltip: { trigger: 'axis' },
    grid: { left: 55, right: 25, top: 30, bottom: 45 },
    xAxis: { type: 'category', data: offsets.map(label), name: `${s.resolution}s from the intervention`, nameLocation: 'middle', nameGap: 28 },
    yAxis: { type: 'value', min: 0, name: `mean events per ${s.resolution}` },
    series: [{ name: 'mean events', type: 'bar', data: s.profile.map((v, i) => ({ value: v, itemStyle: { color: offsets[i] < 0 ? palette[7] : palette[0] } })),
      markLine: { silent: true, symbol: 'none', lineStyle: { color: '#1a1a1a', type: 'dashed' }, label: { formatter: 'intervention' }, data: [{ xAxis: '0' }] } }],
  }, true);
  document.getElementById('study-chart').setAttribute('aria-label', `Bar chart: mean ${s.stream} events per ${s.resolution} from ${label(offsets[0])} to ${label(offsets.at(-1))} around the interventions; rate ratio ${fmt(s.rateRatio)} (95% ${fmtInterval(s.ci95)}). The table above has every value.`);
}

let lastStudy = { key: null, result: null };

async function loadStudy(state) {
  const request = Object.fromEntries(Object.entries(STUDY).map(([k, name]) => [name, state[k]]));
  const key = JSON.stringify(request);
  if (lastStudy.key === key) return;
  studyStatus('Running the event study…');
  try {
    const s = await api('study', request);
    lastStudy = { key, result: s };
    renderStudy(s);
    studyStatus(`Rate ratio ${fmt(s.rateRatio)} (95% interval ${fmtInterval(s.ci95)}); placebo p-value ${fmt(s.placeboPValue)}.`);
  } catch (e) {
    lastStudy = { key: null, result: null };
    document.getElementById('study').replaceChildren();
    studyStatus(e.message, true);
  }
}

let lastFit = { key: null, done: false };

function load(state) {
  return Promise.all([loadFit(state), loadStudy(state)]);
}

async function loadFit(state) {
  const request = Object.fromEntries(FIT.map((k) => [k, state[k]]));
  const key = apiKey();
  // The study's options changed but not the fit's: the fit on the page stays.
  const fitKey = JSON.stringify(request);
  if (lastFit.key === fitKey && lastFit.done) return;
  lastFit = { key: fitKey, done: false };
  // A new view stops following the previous fit.
  stopFollowing();
  document.getElementById('result').replaceChildren();
  document.getElementById('heat-section').hidden = true;
  provenance('provenance', null);
  progress.start(Boolean(key));
  try {
    let result;
    if (key) {
      status('Fitting as a job…');
      result = await runJob('dynamics-fit', request, key, progress.report, 'fit');
    } else {
      status('Fitting (one request; give an API key to follow the job)…');
      progress.indefinite();
      result = await api('dynamics/fit', request);
    }
    render(result);
    lastFit.done = true;
    status(result.usable && result.converged ? 'Fit done.' : 'The fit did not give usable estimates.');
  } catch (e) {
    status(e.message, true);
  } finally {
    progress.done();
  }
}

bindForm(form, defaults, load);
