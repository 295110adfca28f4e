#!/usr/bin/env bash
# Query commands at scale against what an analyst would run instead (the same question as one SQL query on the
# store's DuckDB file, in its own process). Builds a store of the shipped GED rows repeated with new ids, then runs
# each pair under /usr/bin/time -v. Usage: benchmarks/scripts/scale.sh REPEATS [workdir]   (157 ≈ 1M, 780 ≈ 5M events)
set -euo pipefail
cd "$(dirname "$0")/../.."
repeats=${1:-157}
work=${2:-$(mktemp -d)}
if [ ! -f "$work/e.duckdb" ] && [ ! -f "$work/big.csv" ]; then
/usr/bin/python3 - "$work/big.csv" "$repeats" <<'PY'
import csv, sys
rows = list(csv.reader(open('data/ucdp-ged/conflict_data_pak.csv', newline='', encoding='utf-8')))
header, body = rows[0], [r for r in rows[1:] if not r[0].startswith('#') and r[0][:1].isdigit()]
w = csv.writer(open(sys.argv[1], 'w', newline='', encoding='utf-8'))
w.writerow(header)
n = 0
for _ in range(int(sys.argv[2])):
    for r in body:
        r = list(r); r[header.index('id')] = str(10_000_000 + n); n += 1; w.writerow(r)
print(f'{n} rows', file=sys.stderr)
PY
fi
dotnet build -c Release src/Crosscurrents.Cli -v q | grep -E " error |rror\(s\)" >&2 || true
dotnet build -c Release benchmarks/Crosscurrents.Benchmarks -v q | grep -E " error |rror\(s\)" >&2 || true
cc="dotnet src/Crosscurrents.Cli/bin/Release/net10.0/crosscurrents.dll"
sql="dotnet benchmarks/Crosscurrents.Benchmarks/bin/Release/net10.0/Crosscurrents.Benchmarks.dll duckdb-sql $work/e.duckdb"
if [ ! -f "$work/e.duckdb" ]; then
  echo "== import"
  /usr/bin/time -v $cc import "$work/big.csv" --db "$work/e.duckdb" --no-shipped-data --source-version 22.1 2>&1 >/dev/null | grep -E "Elapsed|Maximum resident"
  rm -f "$work/big.csv"
fi
run() { echo "== $1"; shift; /usr/bin/time -v "$@" 2>&1 >/dev/null | grep -E "Elapsed|Maximum resident"; }
for i in 1 2 3; do
  run "series month x province (crosscurrents)" $cc series --by month --group province --db "$work/e.duckdb"
  run "series month x province (SQL GROUP BY)" $sql "SELECT CAST(date_trunc('month', date_start) AS DATE) AS m, province, count(*), sum(fatalities_best), sum(least(fatalities_low, fatalities_best)), sum(greatest(fatalities_high, fatalities_best)) FROM events GROUP BY ALL ORDER BY ALL"
  run "events table, 30 rows (crosscurrents)" $cc events --limit 30 --db "$work/e.duckdb"
  run "events table, 30 rows (SQL LIMIT)" $sql "SELECT *, (SELECT count(*) FROM events) FROM events ORDER BY id LIMIT 30"
done
