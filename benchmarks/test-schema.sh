#!/usr/bin/env bash
# How long `sqlrecord test-schema` (every schema property over generated rows) takes, as a build
# would run it: the sample's schema, and the build-time benchmark's 200 tables (20 migration
# files, each table referencing the one before it, CHECKs and defaults). Each figure is the median
# of --repeats runs of a fresh JVM (`java -jar` of the CLI jar, which the script builds first).
#
#   test-schema.sh [--repeats 3] [--no-build]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
repeats=3 build=1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --repeats) repeats=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
if [[ $build == 1 ]]; then
  (cd "$root" && ./mvnw -q -B -DskipTests -pl cli -am package)
fi
cli=$(ls "$root"/cli/target/sqlrecord-cli-*.jar | grep -v original | head -1)
work="$here/target/test-schema"
"$here/buildtime/buildtime.sh" --generate-only --dir "$work" >/dev/null

time_it() { # $1 = label, $2 = migrations folder, then more options: prints the label, the median seconds, the summary line
  local times=() summary
  for ((r = 1; r <= repeats; r++)); do
    local start end
    start=$(date +%s.%N)
    summary=$(java -jar "$cli" test-schema --migrations "$2" "${@:3}" | tail -1)
    end=$(date +%s.%N)
    times+=("$(echo "$end - $start" | bc)")
  done
  printf '%s\t%s s\t%s\n' "$1" "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (repeats + 1) / 2 ))p")" "$summary"
}
time_it "the sample's schema" "$root/sample/src/main/sql/migrations"
time_it "the sample's schema and queries (sound, round-trips)" "$root/sample/src/main/sql/migrations" \
  --queries "$root/sample/src/main/sql/queries" --sources "$root/sample/src/main/java" --package dev.sqlrecord.sample.db
time_it "200 tables" "$work/project/a/src/main/sql/migrations"
