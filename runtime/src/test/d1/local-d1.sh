#!/usr/bin/env bash
# A real local D1 with the REST API's shape, kept up in the background for development:
#   runtime/src/test/d1/local-d1.sh start [PORT]   (default 8787) prints the variables to export
#   runtime/src/test/d1/local-d1.sh stop
# Its data and log live in .local-d1/ of the current folder, so a restart keeps the database.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
state=${LOCAL_D1_STATE:-$PWD/.local-d1}
pidfile=$state/pid

running() { [ -f "$pidfile" ] && kill -0 "$(cat "$pidfile")" 2>/dev/null; }

case "${1:-}" in
start)
  port=${2:-8787}
  if running; then echo "local D1 already running (pid $(cat "$pidfile")); stop it first" >&2; exit 1; fi
  [ -d "$here/node_modules/miniflare" ] || npm ci --prefix "$here" --no-audit --no-fund >&2
  mkdir -p "$state"
  token=$(cat "$state/token" 2>/dev/null || true)
  if [ -z "$token" ]; then token=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n'); echo "$token" >"$state/token"; fi
  : >"$state/log"
  # cd on its own, so that what goes to the background (and $!) is node itself, which stop kills
  (cd "$here" || exit 1
    WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false NO_COLOR=1 \
      nohup node serve.mjs "$port" "$state/data" "$token" >"$state/log" 2>&1 </dev/null &
    echo $! >"$pidfile")
  for _ in $(seq 1 600); do
    if grep -q '^READY ' "$state/log"; then
      url=$(sed -n 's/^READY //p' "$state/log" | head -1)
      echo "# local D1 at $url (pid $(cat "$pidfile")); log: $state/log"
      echo "export CLOUDFLARE_ACCOUNT_ID=local CLOUDFLARE_DATABASE_ID=local CLOUDFLARE_D1_TOKEN=$token"
      echo "export CLOUDFLARE_API_BASE_URL=${url}client/v4"
      exit 0
    fi
    running || { echo "the local D1 exited; its log:" >&2; cat "$state/log" >&2; exit 1; }
    sleep 0.1
  done
  echo "the local D1 did not start in 60 s; see $state/log" >&2; exit 1 ;;
stop)
  if running; then kill "$(cat "$pidfile")"; rm -f "$pidfile"; echo "local D1 stopped"; else echo "local D1 not running"; fi ;;
*)
  echo "usage: $0 start [PORT] | stop" >&2; exit 2 ;;
esac
