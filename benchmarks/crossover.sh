#!/usr/bin/env bash
# The batch-insert crossover of issue 22: VersusJdbc.batchInsert1000, sqlrecord's list form against
# hand-written JDBC's addBatch/executeBatch, in both orientations (each side as JMH's base once, so
# that neither gains from running first), in memory and on a WAL file. Each figure is JDBC's time
# divided by sqlrecord's over the same iterations (above 1: sqlrecord faster); the crossover is the
# geometric mean of the two orientations. Writes JMH's results to results/crossover-<base>.json and
# prints the table for RESULTS.md ("Batch insert through the list form"). About 2 minutes.
#
#   benchmarks/crossover.sh [--no-build]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
results="$here/results"
if [[ "${1:-}" != --no-build ]]; then
  (cd "$root" && ./mvnw -q -B -DskipTests -Pbenchmarks install)
fi
mkdir -p "$results"
cp="$here/target/classes:$(cat "$here/target/classpath.txt")"
for base in jdbc sqlrecord; do
  other=$([[ $base == jdbc ]] && echo sqlrecord || echo jdbc)
  echo "==> $base as base, load: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
  java -cp "$cp" org.openjdk.jmh.Main 'VersusJdbc\.batchInsert1000' -f 2 -wi 2 -w 1 -i 3 -r 1 \
    -p base=$base -p contender=$other -p storage=memory,file \
    -rf json -rff "$results/crossover-$base.json" > "$here/target/crossover-$base.log" 2>&1
done
python3 - "$results" <<'PY'
import json, math, sys
def nanos(path):
    out = {}
    for r in json.load(open(path)):
        m = r["secondaryMetrics"]
        out[r["params"]["storage"]] = (m["base"]["score"], m["contender"]["score"])
    return out
a, b = nanos(f"{sys.argv[1]}/crossover-jdbc.json"), nanos(f"{sys.argv[1]}/crossover-sqlrecord.json")
print("| storage | JDBC as base | sqlrecord as base | crossover |")
print("|---|---:|---:|---:|")
for storage in ("memory", "file"):
    jdbc_base = a[storage][0] / a[storage][1]  # JDBC's nanos / sqlrecord's
    sqlrecord_base = b[storage][1] / b[storage][0]
    print(f"| {storage} | {jdbc_base:.3f} | {sqlrecord_base:.3f} | **{math.sqrt(jdbc_base * sqlrecord_base):.2f}×** |")
PY
