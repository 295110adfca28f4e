#!/usr/bin/env bash
# Load test of the web host (issue 16): series and events queries at a fixed rate on loopback against a store of about
# one million events, with the server's memory sampled every 10 s. Writes WORKDIR/load.md (a markdown table).
#   benchmarks/scripts/load.sh WORKDIR [SECONDS]      (default 300 s; RATE=200 requests/s, CONNECTIONS=20, PORT=5187,
#                                                      MIX=all, or series or events for half of the URLs;
#                                                      VARY=1: each request asks the next of a seeded stream of
#                                                      varied URLs (random months, days and offsets), so that
#                                                      few answers repeat and the store is read as if no answer
#                                                      were kept; KEEP=0: the host keeps no answer at all
#                                                      (Crosscurrents__KeepAnswers=false);
#                                                      CPU_REQUESTS=40 sequential requests per URL for its CPU time)
# The store is WORKDIR/e.duckdb: reused when present, else copied from $STORE when that is set (never written in
# place), else built by scale.sh (the shipped GED rows repeated 157 times: 1,007,312 events). autocannon 9 is installed
# from the npm registry into a temporary prefix. Needs node, npm, /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:?usage: benchmarks/scripts/load.sh WORKDIR [SECONDS]}
seconds=${2:-300}
rate=${RATE:-200}
connections=${CONNECTIONS:-20}
port=${PORT:-5187}
mkdir -p "$work"
work=$(cd "$work" && pwd)

if [ ! -f "$work/e.duckdb" ]; then
  if [ -n "${STORE:-}" ]; then
    cp "$STORE" "$work/e.duckdb"
  else
    echo "== building the 1M-event store (scale.sh; its timings go to $work/scale.log)" >&2
    benchmarks/scripts/scale.sh 157 "$work" > "$work/scale.log" 2>&1
  fi
fi
dotnet build -c Release src/Crosscurrents.Cli -v q | grep -E " error |rror\(s\)" >&2 || true
cc="dotnet src/Crosscurrents.Cli/bin/Release/net10.0/crosscurrents.dll"

tools=$(mktemp -d)
server=""
sampler=""
cleanup() {
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  [ -n "$server" ] && kill "$server" 2>/dev/null && wait "$server" 2>/dev/null || true
  rm -rf "$tools"
}
trap cleanup EXIT
npm install --prefix "$tools" --no-audit --no-fund --loglevel=error autocannon@9.0.0 >&2

# One client address sends every request, so the per-client limit (600 a minute) is lifted for the run; request
# logging is off (the console would be measured, not the API).
Crosscurrents__RequestsPerMinute=100000000 Crosscurrents__KeepAnswers=$([ "${KEEP:-1}" = 0 ] && echo false || echo true) Logging__LogLevel__Default=Warning \
  $cc serve --db "$work/e.duckdb" --no-shipped-data --urls "http://127.0.0.1:$port" > "$work/server.log" 2>&1 &
server=$!
base="http://127.0.0.1:$port"
for _ in $(seq 1 120); do
  curl -fsS "$base/api/datasets" -o /dev/null 2>/dev/null && break
  kill -0 "$server" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
  sleep 1
done
events=$(curl -fsS "$base/api/events?limit=1" | /usr/bin/python3 -c 'import json,sys; print(json.load(sys.stdin)["total"])')

# The mix: series by month, week and year, grouped and filtered; pages of events with filters and offsets.
urls=(
  "/api/series?by=month"
  "/api/series?by=month&group=province"
  "/api/series?by=year&actor=ttp&measure=fatalities"
  "/api/series?by=week&from=2010&to=2014&group=actor"
  "/api/events?limit=100"
  "/api/events?actor=ttp&from=2012&limit=50"
  "/api/events?minFatalities=10&offset=5000&limit=100"
  "/api/events?from=2015-01&to=2016-12&violence=one-sided&limit=100"
)
case "${MIX:-all}" in
  series) urls=("${urls[@]:0:4}") ;;
  events) urls=("${urls[@]:4:4}") ;;
  all) ;;
  *) echo "MIX=${MIX}: expected all, series or events" >&2; exit 1 ;;
esac
# Each URL alone first (it must answer 200): one warm-up, then three timed requests, the server otherwise idle.
: > "$work/single.txt"
for u in "${urls[@]}"; do
  code=$(curl -s -o "$tools/check.json" -w '%{http_code}' "$base$u")
  [ "$code" = 200 ] || { echo "$u: HTTP $code: $(head -c 300 "$tools/check.json")" >&2; exit 1; }
  echo "$u $(for _ in 1 2 3; do curl -s -o /dev/null -w '%{time_total} ' "$base$u"; done)" >> "$work/single.txt"
done

# The server's CPU time per request of each URL (user + system, from /proc; little changed by the machine's other load,
# unlike latency): after 30 warm-up requests, CPU_REQUESTS sequential requests, one at a time.
hz=$(getconf CLK_TCK)
cpu_of() { awk '{print $14 + $15}' "/proc/$server/stat"; }
: > "$work/cpu.txt"
for u in "${urls[@]}"; do
  for _ in $(seq 1 30); do curl -s -o /dev/null "$base$u"; done
  n=${CPU_REQUESTS:-40}
  a=$(cpu_of); t0=$(date +%s.%N)
  for _ in $(seq 1 "$n"); do curl -s -o /dev/null "$base$u"; done
  b=$(cpu_of); t1=$(date +%s.%N)
  echo "$u $(awk -v a="$a" -v b="$b" -v hz="$hz" -v n="$n" -v t0="$t0" -v t1="$t1" 'BEGIN {printf "%.1f %.1f", (b - a) * 1000 / hz / n, (t1 - t0) * 1000 / n}')" >> "$work/cpu.txt"
done
loadavg_before=$(cut -d' ' -f1-3 /proc/loadavg)

# RSS and CPU time of the server every 10 s while the load runs.
( start=$(date +%s)
  while kill -0 "$server" 2>/dev/null; do
    rss=$(awk '/^VmRSS/ {print $2}' "/proc/$server/status")
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$server/stat")
    echo "$(( $(date +%s) - start )) $rss $cpu"
    sleep 10
  done ) > "$work/rss.txt" &
sampler=$!

cat > "$tools/run.js" <<'JS'
const autocannon = require('autocannon');
const [base, seconds, rate, connections, out, vary, ...paths] = process.argv.slice(2);
const samples = []; // [seconds since start, latency ms, status]
const start = Date.now();
// VARY=1: the URLs of the mix in turn, each with its months, days or offset drawn from a seeded generator (mulberry32).
let seed = 20261202;
const random = () => { seed |= 0; seed = (seed + 0x6D2B79F5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
const pick = (n) => Math.floor(random() * n);
const month = (from, count) => { const m = from + pick(count); return `${2007 + Math.floor(m / 12)}-${String(m % 12 + 1).padStart(2, '0')}`; };
const day = (from, count) => new Date(Date.UTC(2007, 0, 1) + (from + pick(count)) * 86400000).toISOString().slice(0, 10);
const varied = [
  () => `/api/series?by=month&from=${month(0, 96)}&to=${month(96, 84)}`,
  () => `/api/series?by=month&group=province&from=${month(0, 96)}&to=${month(96, 84)}`,
  () => `/api/series?by=year&actor=ttp&measure=fatalities&from=${month(0, 96)}&to=${month(96, 84)}`,
  () => `/api/series?by=week&from=${month(0, 48)}&to=${month(60, 48)}&group=actor`,
  () => `/api/events?limit=100&offset=${pick(100000)}`,
  () => `/api/events?actor=ttp&from=${day(0, 2500)}&limit=50`,
  () => `/api/events?minFatalities=10&offset=${pick(20000)}&limit=100`,
  () => `/api/events?from=${day(2900, 400)}&to=${day(3400, 600)}&violence=one-sided&limit=100`,
];
let turn = 0;
const seen = new Set();
let repeats = 0;
const nextPath = () => { const path = varied[turn++ % varied.length](); if (seen.has(path)) repeats++; else seen.add(path); return path; };
const requests = vary === '1'
  ? [{ method: 'GET', setupRequest: (request) => ({ ...request, path: nextPath() }) }]
  : paths.map((path) => ({ method: 'GET', path }));
const instance = autocannon({
  url: base, connections: +connections, overallRate: +rate, duration: +seconds, timeout: 10, requests,
}, (err, result) => {
  if (err) throw err;
  require('fs').writeFileSync(out, JSON.stringify({ result, samples, varied: vary === '1' ? { distinct: seen.size, repeats } : null }));
});
instance.on('response', (client, status, bytes, ms) => samples.push([(Date.now() - start) / 1000, ms, status]));
JS
echo "== $seconds s at $rate requests/s, $connections connections, $events events" >&2
load_start=$(date -u +%Y-%m-%dT%H:%M:%SZ)
node "$tools/run.js" "$base" "$seconds" "$rate" "$connections" "$work/autocannon.json" "${VARY:-0}" "${urls[@]}"
kill "$sampler" 2>/dev/null || true
sampler=""
loadavg=$(cut -d' ' -f1-3 /proc/loadavg)

/usr/bin/python3 - "$work" "$seconds" "$rate" "$connections" "$events" "$load_start" "$loadavg" "$loadavg_before" "$(nproc)" "${urls[@]}" > "$work/load.md" <<'PY'
import json, math, sys, os
work, seconds, rate, connections, events, started, loadavg, loadavg_before, cores, *urls = sys.argv[1:]
data = json.load(open(os.path.join(work, 'autocannon.json')))
r, samples = data['result'], data['samples']
def pct(values, p):
    values = sorted(values)
    return values[max(0, math.ceil(p / 100 * len(values)) - 1)] if values else float("nan")
def row(label, s):
    ms = [x[1] for x in s]
    bad = sum(1 for x in s if not 200 <= x[2] < 300)
    return f"| {label} | {len(s):,} | {len(s) / max(1e-9, (max(x[0] for x in s) - min(x[0] for x in s)) or 1):.0f} | {pct(ms, 50):.1f} | {pct(ms, 95):.1f} | {pct(ms, 99):.1f} | {max(ms):.1f} | {bad} |"
print(f"Run {started}: {int(seconds)} s at {rate} requests/s (autocannon 9.0.0, `--overallRate {rate}`, {connections} connections) "
      f"on loopback against `crosscurrents serve` (Release) over a DuckDB store of {int(events):,} events; {cores} cores; "
      f"load average before the run {loadavg_before}, at the end {loadavg}. The host "
      + ("keeps no answer (`KEEP=0`): every request reads the store.\n" if os.environ.get('KEEP', '1') == '0'
         else "keeps answers until the store changes (its default; a kept answer is served with `X-Cache: hit`).\n"))
if data.get('varied'):
    v = data['varied']
    print("URLs: the mix below in turn, each request with its own months, days or offset drawn from a seeded generator "
          f"(`VARY=1`): {v['distinct']:,} distinct URLs, {v['repeats']:,} requests repeating an earlier one (at most that many "
          "answers could come from the host's kept answers). The single-URL timings below are of the fixed mix.")
else:
    print("URLs, taken in turn by each connection: " + ", ".join(f"`{u}`" for u in urls) + ".")
print("\nEach URL alone before the run (three requests after a warm-up, seconds → median ms):\n")
print("| URL | median ms | three requests, s |")
print("|---|---:|---|")
for line in open(os.path.join(work, 'single.txt')):
    u, *t = line.split()
    print(f"| `{u}` | {sorted(float(x) for x in t)[1] * 1000:.0f} | {', '.join(t)} |")
print("\nServer CPU time per request, each URL alone (sequential requests after a warm-up; user + system time of the "
      "process, so DuckDB's threads count too):\n")
print("| URL | CPU ms per request | wall ms per request |")
print("|---|---:|---:|")
cpu = [l.split() for l in open(os.path.join(work, 'cpu.txt')) if l.strip()]
for u, c, w in cpu:
    print(f"| `{u}` | {c} | {w} |")
mean = sum(float(c) for _, c, _ in cpu) / len(cpu)
print(f"\nMean over the mix: {mean:.1f} CPU-ms per request, so at most about {int(cores) * 1000 / mean:.0f} requests/s on {cores} idle cores.")
print("\nUnder load:")
print("\n| period | responses | per second | p50 ms | p95 ms | p99 ms | max ms | non-2xx |")
print("|---|---:|---:|---:|---:|---:|---:|---:|")
print(row("whole run", samples))
for m in range(0, (int(seconds) + 59) // 60):
    part = [x for x in samples if m * 60 <= x[0] < (m + 1) * 60]
    if part:
        print(row(f"minute {m + 1}", part))
statuses = {}
for x in samples:
    statuses[x[2]] = statuses.get(x[2], 0) + 1
print("\nStatus codes: " + ", ".join(f"{k}: {v:,}" for k, v in sorted(statuses.items())) + ".")
print(f"\nautocannon: {r['requests']['total']:,} requests sent, {r['errors']} errors, {r['timeouts']} timeouts, {r['non2xx']} non-2xx; "
      f"its own latency: p50 {r['latency']['p50']} ms, p97.5 {r['latency']['p97_5']} ms, p99 {r['latency']['p99']} ms.\n")
rss = [l.split() for l in open(os.path.join(work, 'rss.txt')) if l.strip()]
print("Server memory (RSS) and CPU time, sampled every 10 s:\n")
print("| s | RSS MiB | CPU s |")
print("|---:|---:|---:|")
for t, kb, cpu in rss:
    print(f"| {t} | {int(kb) / 1024:.0f} | {cpu} |")
def near(t):
    return min(rss, key=lambda x: abs(int(x[0]) - t)) if rss else None
first, last = near(60), near(int(seconds))
if first and last and first is not last:
    a, b = int(first[1]), int(last[1])
    print(f"\nRSS at {first[0]} s: {a / 1024:.0f} MiB; at {last[0]} s: {b / 1024:.0f} MiB ({(b - a) / a * 100:+.1f}%).")
PY
cat "$work/load.md"
