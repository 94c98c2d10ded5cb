#!/usr/bin/env bash
# Statements/s and p50/p99 latency of the runtime on a local D1 through the REST-shaped endpoint
# (runtime/src/test/d1/serve.mjs) and through the gateway Worker (serve-gateway.mjs running
# d1-gateway/src), both Miniflare on loopback, one after the other. Prints a Markdown table.
#   benchmarks/d1-gateway.sh [THREADS=8] [SECONDS=15]
# Needs a JDK 17, Node 20 and `npm ci --prefix runtime/src/test/d1`. Builds the runtime's classes
# (compile only, nothing installed) and compiles the one benchmark class against them.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
threads=${1:-8}
seconds=${2:-15}
d1=$root/runtime/src/test/d1
work=$root/benchmarks/target/d1-gateway
[ -d "$d1/node_modules/miniflare" ] || { echo "run: npm ci --prefix runtime/src/test/d1" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work/classes"

(cd "$root" && ./mvnw -q -B -pl runtime -DskipTests compile dependency:build-classpath \
  -Dmdep.outputFile="$work/classpath.txt" >/dev/null)
classpath="$root/runtime/target/classes:$(cat "$work/classpath.txt")"
javac -d "$work/classes" -cp "$classpath" \
  "$root/benchmarks/src/main/java/dev/sqlrecord/benchmarks/d1/GatewayVersusRest.java"

export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false NO_COLOR=1
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT
# start SCRIPT ARGS...: runs a server and waits for its READY line; its URL is then in $url
start() {
  local log=$work/$1.log
  (cd "$d1" && exec node "$@" >"$log" 2>&1 </dev/null) &
  pids+=($!)
  for _ in $(seq 1 600); do
    if grep -q '^READY ' "$log"; then url=$(sed -n 's/^READY //p' "$log" | head -1); return; fi
    sleep 0.1
  done
  echo "$1 did not start; see $log" >&2; exit 1
}
token=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
start serve.mjs 0 "$work/rest-state" "$token"
rest=$url
start serve-gateway.mjs 0 "$work/gateway-state" "$token" "$token-next"
gateway=$url
echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $threads threads, ${seconds} s per run"
java -cp "$work/classes:$classpath" dev.sqlrecord.benchmarks.d1.GatewayVersusRest \
  "${rest}client/v4" "$token" "$gateway" "$token" "$threads" "$seconds"
