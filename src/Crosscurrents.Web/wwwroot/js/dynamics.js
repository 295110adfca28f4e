// Dynamics: a Hawkes fit, as a job with server-sent progress when the user gave an API key (else as one request);
// branching ratios, half-lives and background rate ratios with their 95% intervals; a fit that is not usable says
// why and shows no estimate (the API gives none).
import { api, el, fmt, numCell, estimateCell, table, status, provenance, frame, buildForm, bindForm, apiKeyField } from './common.js';

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
const defaults = { streams: 'ttp,baloch', from: '2007', afterCeasefire: '30', trendKnots: '-1', bootstrap: '0', seed: '1' };
const box = document.getElementById('progress-box');
const bar = document.getElementById('progress');
const stage = document.getElementById('stage');
const cancel = document.getElementById('cancel');
let current = null;

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
}

function follow(job, key) {
  return new Promise((resolve, reject) => {
    const source = new EventSource(`api/jobs/${encodeURIComponent(job.id)}/events`);
    current = { id: job.id, key, source };
    const end = (f) => (e) => { source.close(); current = null; f(e); };
    source.addEventListener('progress', (e) => {
      const p = JSON.parse(e.data);
      bar.value = p.fraction;
      box.dataset.seen = (box.dataset.seen ? box.dataset.seen + ',' : '') + p.stage;
      stage.textContent = `${p.stage} (${Math.round(p.fraction * 100)}%)`;
    });
    source.addEventListener('succeeded', end(() => resolve(api(`jobs/${encodeURIComponent(job.id)}/result`))));
    source.addEventListener('failed', end((e) => reject(new Error('the fit failed: ' + (JSON.parse(e.data).error ?? 'no reason given')))));
    source.addEventListener('cancelled', end(() => reject(new Error('the fit was cancelled'))));
    source.onerror = () => { if (source.readyState === EventSource.CLOSED) end(() => reject(new Error('lost the job\'s progress stream')))(); };
  });
}

cancel.addEventListener('click', async () => {
  if (!current) return;
  await fetch(`api/jobs/${encodeURIComponent(current.id)}`, { method: 'DELETE', headers: { 'X-Api-Key': current.key } });
});

async function load(state) {
  // A new view stops following the previous fit (its promise never settles, so it shows nothing).
  if (current) {
    current.source.close();
    current = null;
  }
  const key = apiKey();
  document.getElementById('result').replaceChildren();
  provenance('provenance', null);
  box.hidden = false;
  bar.value = 0;
  delete box.dataset.seen;
  stage.textContent = 'starting';
  cancel.hidden = !key;
  try {
    let result;
    if (key) {
      status('Fitting as a job…');
      const job = await api('jobs/dynamics-fit', state, { method: 'POST', headers: { Accept: 'application/json', 'X-Api-Key': key } });
      result = await follow(job, key);
    } else {
      status('Fitting (one request; give an API key to follow the job)…');
      bar.removeAttribute('value');
      result = await api('dynamics/fit', state);
    }
    render(result);
    status(result.usable && result.converged ? 'Fit done.' : 'The fit did not give usable estimates.');
  } catch (e) {
    status(e.message, true);
  } finally {
    box.hidden = true;
  }
}

bindForm(form, defaults, load);
