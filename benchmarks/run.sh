#!/usr/bin/env bash
# Regenerates everything in benchmarks/RESULTS.md and benchmarks/results/throughput.png:
#   1. builds sqlrecord and this module (unless --no-build),
#   2. runs BlogBenchmark: 6 Java contenders x 5 workloads x memory/file, each in its own JVM,
#   3. runs VersusJdbc: each Java contender and hand-written JDBC taking turns in one JVM, in both
#      orientations (JDBC as base, then JDBC as contender: the report's crossover cancels the rig's
#      position bias), and the A/A runs that show that bias,
#   4. runs the same workloads with Drizzle ORM and better-sqlite3 under Node 20,
#   5. runs the build-time benchmark (200 tables, 1,000 queries),
#   6. writes the tables and the chart.
#
#   benchmarks/run.sh            quick, about 43 minutes on 2 cores, estimated from per-fork costs
#                                (1.5 to 2.6 s of JVM start and seeding besides the timed seconds);
#                                VersusJdbc forks are per creation order (seededFirst), which doubles them:
#                                  build                                                       ~1.5 min
#                                  BlogBenchmark -f 1 -wi 2 -w 1 -i 3 -r 1, 60 forks           ~6.5 min
#                                  VersusJdbc -wi 2 -w 1 -i 3 -r 1, forks per orientation:
#                                    sqlrecord 2 x 2 orders (x2 orientations x10 = 80 forks)   ~9 min
#                                    jOOQ, Jdbi, Spring, Hibernate 1 x 2 orders (160 forks)    ~19 min
#                                    A/A jdbc/jdbc, sqlrecord/sqlrecord 1 x 2 orders, memory   ~2.5 min
#                                  Node --wi 2 --w 1 --i 3 --r 1                               ~2 min
#                                  build time, 3 repeats                                       ~1.5 min
#   benchmarks/run.sh --full     about 2.6 hours: BlogBenchmark -f 2 -wi 5 -w 2 -i 5 -r 2;
#                                VersusJdbc -wi 3 -w 2 -i 5 -r 1 with forks per orientation and order
#                                sqlrecord 5, the libraries 1, A/A 2; Node --i 15 --r 2
#   options: --no-build --skip-node --skip-buildtime --report-only
#   JMH_EXTRA="-prof gc" adds JMH options that the script does not already give (JMH refuses
#   repeated ones).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
target="$here/target"

mode=quick build=1 node=1 buildtime=1 run=1
for arg in "$@"; do
  case "$arg" in
    --full) mode=full ;;
    --no-build) build=0 ;;
    --skip-node) node=0 ;;
    --skip-buildtime) buildtime=0 ;;
    --report-only) build=0 node=0 buildtime=0 run=0 ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

# VersusJdbc: forks, not iterations, are what its ratios need more of (a fork can settle on its own
# value), so its iterations are short and the forks many where it matters: sqlrecord (the target)
if [[ $mode == full ]]; then
  jmh_args="-f 2 -wi 5 -w 2 -i 5 -r 2"
  versus_args="-wi 3 -w 2 -i 5 -r 1"
  forks_sqlrecord=5 forks_libraries=1 forks_aa=2
  node_args=(--wi 5 --w 2 --i 15 --r 2)
  build_repeats=5
else
  jmh_args="-f 1 -wi 2 -w 1 -i 3 -r 1"
  versus_args="-wi 2 -w 1 -i 3 -r 1"
  forks_sqlrecord=2 forks_libraries=1 forks_aa=1
  node_args=(--wi 2 --w 1 --i 3 --r 1)
  build_repeats=3
fi
versus_forks="forks per orientation and creation order: sqlrecord $forks_sqlrecord, the libraries $forks_libraries, A/A $forks_aa"

if [[ $build == 1 ]]; then
  echo "==> building sqlrecord (install) and the benchmarks"
  (cd "$root" && ./mvnw -q -B -DskipTests install -pl sql-grammar,checker,runtime,maven-plugin)
  (cd "$root" && ./mvnw -q -B -DskipTests -f benchmarks package)
fi
# The JMH forks start over minutes: run them on a copy of sqlrecord's jars, so that an install
# into ~/.m2 meanwhile (other work on this machine) cannot mix two versions into one run.
mkdir -p "$target/lib"
classpath=""
while IFS= read -r jar; do
  [[ -n $jar ]] || continue
  if [[ $jar == */dev/sqlrecord/* ]]; then cp -f "$jar" "$target/lib/" && jar="$target/lib/$(basename "$jar")"; fi
  classpath="$classpath:$jar"
done < <(tr ":" "\n" < "$target/classpath.txt"; echo) # (the file ends without a newline)
classpath="$target/classes$classpath"

if [[ $run == 1 ]]; then
  # JMH takes a lock in java.io.tmpdir; a private one keeps another project's JMH from blocking this run
  mkdir -p "$target/db" "$target/tmp"
  # RESULTS.md reports one run: no result of an earlier one (of a step skipped now) may slip in
  rm -f "$target"/jmh-result.json "$target"/versus-*.json "$target"/node-results.json "$target"/buildtime.json
  versions=$(tr ':' '\n' < "$target/classpath.txt" \
    | grep -oE '/(jmh-core|jooq|jdbi3-core|spring-jdbc|hibernate-core|hibernate-community-dialects)-[0-9][^/]*\.jar$' \
    | sed -e 's|^/||' -e 's|\.jar$||' | sort | paste -sd ' ' -)
  sqlite_jdbc=$(tr ':' '\n' < "$target/classpath.txt" | grep -oE 'sqlite-jdbc-[0-9.]+\.jar' | sed -e 's/sqlite-jdbc-//' -e 's/\.jar//')
  git_rev=$(cd "$root" && git rev-parse --short HEAD)$(cd "$root" && git diff --quiet HEAD -- runtime checker maven-plugin || echo "+local changes")
  {
    echo "command=benchmarks/run.sh${*:+ $*}"
    echo "mode=$mode"
    echo "jmh_args=BlogBenchmark $jmh_args; VersusJdbc $versus_args, $versus_forks ${JMH_EXTRA:-}"
    echo "git=$git_rev"
    echo "versions=$versions"
    echo "sqlite_jdbc=$sqlite_jdbc"
    echo "started=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  } > "$target/run-info.properties"

  echo "==> JMH BlogBenchmark: $jmh_args ${JMH_EXTRA:-}"
  # shellcheck disable=SC2086
  java -Djava.io.tmpdir="$target/tmp" -Dbench.dir="$target/db" -cp "$classpath" org.openjdk.jmh.Main 'BlogBenchmark\.' $jmh_args ${JMH_EXTRA:-} \
    -rf json -rff "$target/jmh-result.json" | tee "$target/jmh-output.txt"
  # One JMH launch per orientation: FORKS forks of every (base, contender, storage) in the -p lists.
  versus() { # name forks base contender storages
    echo "==> JMH VersusJdbc ($1: base $3, contender $4, $2 forks): $versus_args ${JMH_EXTRA:-}"
    # shellcheck disable=SC2086
    java -Djava.io.tmpdir="$target/tmp" -Dbench.dir="$target/db" -cp "$classpath" org.openjdk.jmh.Main 'VersusJdbc\.' \
      -f "$2" $versus_args -p base="$3" -p contender="$4" -p storage="$5" ${JMH_EXTRA:-} \
      -rf json -rff "$target/versus-$1.json" > "$target/versus-$1.txt"
    grep -E '^VersusJdbc\.[a-zA-Z0-9]+ ' "$target/versus-$1.txt" || true
  }
  # Every pair in both orientations, the report's crossover: √(r1 / r2) cancels a bias of the position.
  crossover() { # name forks a b storages
    versus "$1" "$2" "$3" "$4" "$5"
    versus "$1-swapped" "$2" "$4" "$3" "$5"
  }
  crossover sqlrecord "$forks_sqlrecord" jdbc sqlrecord memory,file
  crossover libraries "$forks_libraries" jdbc jooq,jdbi,spring,hibernate memory,file
  # A/A, one orientation each: the rig's position bias that the crossover cancels
  versus aa-jdbc "$forks_aa" jdbc jdbc memory
  versus aa-sqlrecord "$forks_aa" sqlrecord sqlrecord memory

  if [[ $node == 1 ]]; then
    echo "==> Node: Drizzle ORM and better-sqlite3"
    if [[ ! -d "$here/node/node_modules/better-sqlite3/build" ]]; then
      # better-sqlite3 compiles SQLite when no prebuilt binary can be fetched; the headers of the
      # installed Node are enough for node-gyp, no download needed
      if [[ -f /usr/include/node/node_version.h ]]; then export npm_config_nodedir=/usr; fi
      (cd "$here/node" && npm ci --no-audit --no-fund)
    fi
    node "$here/node/bench.mjs" "${node_args[@]}" --dir "$target/db" --out "$target/node-results.json"
  fi

  if [[ $buildtime == 1 ]]; then
    echo "==> build time: sqlrecord:generate on 200 tables and 1,000 queries"
    "$here/buildtime/buildtime.sh" --repeats "$build_repeats" --out "$target/buildtime.json"
  fi
  {
    echo "finished=$(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "load_after=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  } >> "$target/run-info.properties"
fi

echo "==> report"
java -cp "$classpath" dev.sqlrecord.benchmarks.report.Report "$target" "$here/RESULTS.md" "$here/results"
