#!/usr/bin/env bash
# The thread-scaling benchmark of issue 22: ThreadScaling's point select and list workloads at 1, 2,
# 4 and 8 threads on a WAL file database, for sqlrecord with its reader pool and with one connection,
# and hand-written JDBC, jOOQ and JdbcTemplate on HikariCP pools of the same size. Writes JMH's
# results to benchmarks/results/threads-<N>.json, the run's details to results/threads-run.properties,
# and the tables and chart into RESULTS.md (between its threads:begin and threads:end markers).
#
#   benchmarks/threads.sh           about 8 minutes: -f 1 -wi 3 -w 1 -i 5 -r 1, 40 forks (5 contenders
#                                   x 2 workloads x 4 thread counts; ~3 s of JVM start and seeding each)
#   benchmarks/threads.sh --full    about 28 minutes: -f 2 -wi 3 -w 2 -i 5 -r 2
#   benchmarks/threads.sh --smoke   about 4 minutes, -wi 1 -w 1 -i 1 -r 1: checks that everything
#                                   runs; the report says that its figures are no measurement
#   options: --no-build --report-only; THREADS="1 2" runs other thread counts; JMH_EXTRA adds JMH
#   options (-p contender=sqlrecord-pool,jdbc-hikari to run fewer contenders, -prof gc, ...)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
target="$here/target"
results="$here/results"

mode=quick build=1 run=1
for arg in "$@"; do
  case "$arg" in
    --full) mode=full ;;
    --smoke) mode=smoke ;;
    --no-build) build=0 ;;
    --report-only) build=0 run=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done
case $mode in
  full) jmh_args="-f 2 -wi 3 -w 2 -i 5 -r 2" ;;
  smoke) jmh_args="-f 1 -wi 1 -w 1 -i 1 -r 1" ;;
  *) jmh_args="-f 1 -wi 3 -w 1 -i 5 -r 1" ;;
esac
threads="${THREADS:-1 2 4 8}"

if [[ $build == 1 ]]; then
  echo "==> building sqlrecord (install) and the benchmarks"
  (cd "$root" && ./mvnw -q -B -DskipTests install -pl sql-grammar,checker,runtime,maven-plugin)
  (cd "$root" && ./mvnw -q -B -DskipTests -f benchmarks package)
fi
# as in run.sh: a copy of sqlrecord's jars, so that an install meanwhile cannot mix two versions
mkdir -p "$target/lib"
classpath=""
while IFS= read -r jar; do
  [[ -n $jar ]] || continue
  if [[ $jar == */dev/sqlrecord/* ]]; then cp -f "$jar" "$target/lib/" && jar="$target/lib/$(basename "$jar")"; fi
  classpath="$classpath:$jar"
done < <(tr ":" "\n" < "$target/classpath.txt"; echo)
classpath="$target/classes$classpath"

if [[ $run == 1 ]]; then
  mkdir -p "$target/db" "$target/tmp" "$results"
  rm -f "$results"/threads-*.json
  nproc=$(nproc)
  git_rev=$(cd "$root" && git rev-parse --short HEAD)$(cd "$root" && git diff --quiet HEAD -- runtime checker maven-plugin || echo "+local changes")
  {
    echo "command=benchmarks/threads.sh${*:+ $*}"
    echo "mode=$mode"
    echo "jmh_args=$jmh_args ${JMH_EXTRA:-}"
    echo "threads=$threads"
    echo "pool_size=$(( nproc > 2 ? nproc : 2 ))"
    echo "processors=$nproc"
    echo "git=$git_rev"
    echo "java=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.vm.version = //p')"
    echo "sqlite_jdbc=$(tr ':' '\n' < "$target/classpath.txt" | grep -oE 'sqlite-jdbc-[0-9.]+\.jar' | sed -e 's/sqlite-jdbc-//' -e 's/\.jar//')"
    echo "hikaricp=$(tr ':' '\n' < "$target/classpath.txt" | grep -oE 'HikariCP-[0-9.]+\.jar' | sed -e 's/HikariCP-//' -e 's/\.jar//')"
    echo "started=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  } > "$results/threads-run.properties"
  for t in $threads; do
    echo "==> JMH ThreadScaling, $t thread(s): $jmh_args ${JMH_EXTRA:-}"
    # shellcheck disable=SC2086
    java -Djava.io.tmpdir="$target/tmp" -Dbench.dir="$target/db" -cp "$classpath" org.openjdk.jmh.Main 'ThreadScaling\.' \
      -t "$t" $jmh_args ${JMH_EXTRA:-} -rf json -rff "$results/threads-$t.json" > "$target/threads-$t.txt" 2>&1
    # the score lines, and a failing benchmark's exception (the forks' other output stays in the file)
    grep -E '^ThreadScaling\.[a-zA-Z0-9]+ |<failure>|Exception' "$target/threads-$t.txt" || true
  done
  {
    echo "finished=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  } >> "$results/threads-run.properties"
fi

echo "==> report"
java -cp "$classpath" dev.sqlrecord.benchmarks.report.ThreadReport "$results" "$here/RESULTS.md"
