#!/usr/bin/env bash
# Peak memory of large outputs: builds a store of about 1M events (the shipped GED rows repeated with new ids),
# then runs each output command under /usr/bin/time -v. Usage: benchmarks/scripts/events-memory.sh [workdir]
set -euo pipefail
cd "$(dirname "$0")/../.."
work=${1:-$(mktemp -d)}
/usr/bin/python3 - "$work/big.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open('data/ucdp-ged/conflict_data_pak.csv', newline='', encoding='utf-8')))
header, body = rows[0], [r for r in rows[1:] if not r[0].startswith('#') and r[0][:1].isdigit()]
w = csv.writer(open(sys.argv[1], 'w', newline='', encoding='utf-8'))
w.writerow(header)
n = 0
for _ in range(157):
    for r in body:
        r = list(r); r[header.index('id')] = str(10_000_000 + n); n += 1; w.writerow(r)
print(f'{n} rows', file=sys.stderr)
PY
dotnet build -c Release src/Crosscurrents.Cli -v q >/dev/null
cc="dotnet src/Crosscurrents.Cli/bin/Release/net10.0/crosscurrents.dll"
$cc import "$work/big.csv" --db "$work/e.duckdb" --no-shipped-data --source-version 22.1 >/dev/null
for args in "datasets" "events --json" "events --format json --out $work/o.json" "events --format csv --out $work/o.csv" "events --format parquet --out $work/o.parquet"; do
  echo "== $args"
  /usr/bin/time -v $cc $args --db "$work/e.duckdb" 2>&1 >/dev/null | grep -E "Elapsed|Maximum resident"
done
