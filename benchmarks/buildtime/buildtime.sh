#!/usr/bin/env bash
# Build-time benchmark: generates a project of 200 tables and 1,000 queries and times
# `sqlrecord:generate` on it (the sqlrecord plugin installed in ~/.m2, run by the repository's mvnw):
#
#   cold       a fresh Maven JVM, nothing generated yet (a clean CI build)
#   warm       the same check in a JVM that has just run it (the second module of the reactor:
#              classes loaded, JIT warm, as under mvnd or in an IDE), nothing generated yet
#   unchanged  a fresh Maven JVM, nothing changed since the last generate: the goal skips its check
#   one-file   a fresh Maven JVM, one query file of the 200 edited since the last generate: it checks
#              that file, the others' results kept (issue 20)
#   java-edit  a fresh Maven JVM, Main.java edited (neither 'record' nor 'enum' appears in it): the
#              check is skipped, as when nothing changed (docs/ARCHITECTURE.md §8)
#   record-edit  a fresh Maven JVM, the record Item edited (a line above it, so its diagnostics' line
#              moves): the 5 query files that name it are checked again
#   new-migration  a fresh Maven JVM, a migration added: the schema built once, every query checked again
#   one-file-warm, record-edit-warm  the same edits in the 2nd module, in the JVM that has just checked
#              the 1st (classes loaded, JIT warm): what a long-lived build process (mvnd, an IDE) sees
#
# These run the check in the build's JVM (-Dsqlrecord.daemon=false -Dsqlrecord.fork=false). Then the
# same series runs in check workers (-Dsqlrecord.daemon=false, as on CI: JVMs of the build's own), as
# the runs cold-worker, warm-worker, ...; and through the check daemon, the default elsewhere
# (docs/ARCHITECTURE.md §8), as cold-daemon, unchanged-daemon, ...; before them daemon-start, the
# first build, which starts the daemon and checks cold in it. The daemon lives in DIR/daemons and is
# stopped at the end.
#
# The project is a reactor of two identical modules, a and b (packages differ), so that one Maven
# run gives a cold and a warm time. The goal's time is read from Maven's log timestamps; the whole
# command's time is given too. Each figure is the median of --repeats runs.
#
# Before a cold run the modules' outputs are moved into DIR/trash, which is deleted at the end, as
# is a project left by an earlier run: a cold build starts as in a fresh clone, with no output
# folder and no thousands of files deleted a moment before. Deleting them instead slowed the next
# build's file creation on a machine whose ext4 has no journal, where the kernel skips, one by one,
# every inode freed in the last minute when it allocates one: up to 0.4 s of a cold check here, the
# more the more files were deleted in that minute (benchmarks/RESULTS.md, "Build time").
#
#   buildtime.sh [--repeats 3] [--out FILE] [--dir DIR] [--tables 200] [--queries-per-table 5]
#                [--generate-only]   (writes the project to DIR/project and stops; test-schema.sh uses it)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repeats=3 out="$here/../target/buildtime.json" dir="$here/../target/buildtime" tables=200 per=5 generate_only=0
while [[ $# -gt 0 ]]; do
  case "$1" in
    --repeats) repeats=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --dir) dir=$2; shift 2 ;;
    --tables) tables=$2; shift 2 ;;
    --queries-per-table) per=$2; shift 2 ;;
    --generate-only) generate_only=1; shift ;;
    *) echo "unknown option: $1" >&2; exit 2 ;;
  esac
done
version=$(sed -n 's|^  <version>\(.*\)</version>|\1|p' "$root/pom.xml" | head -1)

# ---- the project ---------------------------------------------------------------------------
write_module() { # $1 = module name
  local m="$dir/project/$1" i p file
  mkdir -p "$m/src/main/sql/migrations" "$m/src/main/sql/queries" "$m/src/main/java/com/example/$1"
  cat > "$m/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>com.example</groupId>
    <artifactId>buildtime</artifactId>
    <version>1</version>
  </parent>
  <artifactId>$1</artifactId>
  <dependencies>
    <dependency>
      <groupId>dev.sqlrecord</groupId>
      <artifactId>sqlrecord-runtime</artifactId>
      <version>$version</version>
    </dependency>
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>dev.sqlrecord</groupId>
        <artifactId>sqlrecord-maven-plugin</artifactId>
        <version>$version</version>
        <executions><execution><goals><goal>generate</goal></goals></execution></executions>
        <configuration><packageName>com.example.$1.db</packageName></configuration>
      </plugin>
    </plugins>
  </build>
</project>
EOF
  # 20 tables per migration file; table i refers to table i-1 (the first to itself)
  for ((i = 1; i <= tables; i++)); do
    p=$(( i > 1 ? i - 1 : 1 ))
    file=$(printf '%s/src/main/sql/migrations/%04d_tables.sql' "$m" $(( (i - 1) / 20 + 1 )))
    printf -v t 't%03d' "$i"
    printf -v pt 't%03d' "$p"
    cat >> "$file" <<EOF
CREATE TABLE $t (
  id         INTEGER PRIMARY KEY,
  parent_id  INTEGER REFERENCES $pt (id),
  name       TEXT    NOT NULL,
  amount     REAL,
  qty        INTEGER NOT NULL DEFAULT 0,
  status     TEXT    NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'done')),
  note       TEXT,
  created_at INTEGER NOT NULL DEFAULT (unixepoch())
);
CREATE INDEX ${t}_parent_idx ON $t (parent_id);

EOF
    local T="T${t:1}"
    {
      echo "-- name: find$T :one"
      echo "SELECT id, parent_id, name, amount, qty, status, note, created_at FROM $t WHERE id = :id;"
      echo
      echo "-- name: list${T}ByParent :many"
      echo "SELECT c.id, c.name, c.amount, p.name AS parent_name"
      echo "FROM $t c JOIN $pt p ON p.id = c.parent_id"
      echo "WHERE c.parent_id = :parentId AND (:minQty IS NULL OR c.qty >= :minQty)"
      echo "ORDER BY c.id LIMIT :limit;"
      echo
      echo "-- name: insert$T :execresult"
      echo "INSERT INTO $t (parent_id, name, amount, qty, note) VALUES (:parentId, :name, :amount, :qty, :note);"
      echo
      echo "-- name: rename$T :exec"
      echo "UPDATE $t SET name = :name WHERE id = :id;"
      echo
      echo "-- name: stats$T :one"
      echo "SELECT count(*) AS n, total(qty) AS total_qty, max(amount) AS max_amount FROM $t WHERE parent_id = :parentId;"
      for ((k = 6; k <= per; k++)); do
        echo
        echo "-- name: names${T}Q$k :many"
        echo "SELECT name FROM $t WHERE qty > :qty ORDER BY name LIMIT $k;"
      done
    } > "$m/src/main/sql/queries/$t.sql"
  done
  # a record named by 5 queries (of 5 files), so that the record lookup in the sources is part of the work
  cat > "$m/src/main/java/com/example/$1/Item.java" <<EOF
package com.example.$1;

public record Item(long id, String name, Double amount, String parentName) {}
EOF
  for i in 001 002 003 004 005; do
    sed -i "s/^-- name: listT${i}ByParent :many\$/-- name: listT${i}ByParent :many -> Item/" "$m/src/main/sql/queries/t$i.sql"
  done
  # a class that declares no record or enum: what an edit cycle mostly touches
  cat > "$m/src/main/java/com/example/$1/Main.java" <<EOF
package com.example.$1;

public final class Main {
    public static void main(String[] args) {
        System.out.println("buildtime");
    }
}
EOF
}

# Moves the folders given into DIR/trash, deleted at the end (see above): a fresh clone has deleted nothing.
trash() {
  local f
  mkdir -p "$dir/trash"
  for f in "$@"; do
    if [[ -e $f ]]; then mv "$f" "$(mktemp -d "$dir/trash/XXXXXX")/"; fi
  done
}
trash "$dir/project"
mkdir -p "$dir/project"
cat > "$dir/project/pom.xml" <<EOF
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.example</groupId>
  <artifactId>buildtime</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <modules>
    <module>a</module>
    <module>b</module>
  </modules>
</project>
EOF
write_module a
write_module b
if [[ $generate_only == 1 ]]; then
  rm -rf "$dir/trash"
  exit 0
fi
queries=$(cat "$dir/project/a/src/main/sql/queries/"*.sql | grep -c '^-- name:')
echo "generated $tables tables and $queries queries per module in $dir/project"

# ---- the measurements ----------------------------------------------------------------------
# One Maven run of generate-sources; prints "<goal seconds in a> <goal seconds in b> <wall seconds>".
# $1: what both modules' goals must have done, "checked" or "skipped", so each figure times what it says.
run_maven() {
  local log="$dir/maven.log" start end expected
  start=$(date +%s%N)
  (cd "$dir/project" && MAVEN_OPTS="${MAVEN_OPTS:-} -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS" \
    "$root/mvnw" -B -o $flags generate-sources > "$log" 2>&1) || { cat "$log" >&2; exit 1; }
  end=$(date +%s%N)
  case "$1" in
    checked) expected='\[INFO\] sqlrecord: checked ' ;;
    skipped) expected='\[INFO\] sqlrecord: nothing changed since the last check .*; skipped$' ;;
  esac
  if [[ $(grep -c "$expected" "$log") -ne 2 ]]; then
    echo "buildtime: expected both modules' generate to have $1; see $log" >&2
    exit 1
  fi
  awk -v wall="$(( (end - start) / 1000000 ))" '
    function ms(ts,  p) { split(ts, p, /[:.]/); return ((p[1] * 60 + p[2]) * 60 + p[3]) * 1000 + p[4] }
    /:generate \(default\) @ / { module = $NF == "---" ? $(NF - 1) : $NF; start[module] = ms($1); open = module; next }
    open != "" && ($0 ~ /\[INFO\] *$/ || $0 ~ /\[INFO\] ---/ || $0 ~ /\[INFO\] -----/) {
      took[open] = ms($1) - start[open]; open = "" }
    END { printf "%.3f %.3f %.3f\n", took["a"] / 1000, took["b"] / 1000, wall / 1000 }' "$log"
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

declare -A samples
record() { samples[$1]+="$2"$'\n'; }

# One series of edits, --repeats times; $1 prefixes the names its samples are recorded under.
series() {
  local p=$1 r a b wall
  for ((r = 1; r <= repeats; r++)); do
    trash "$dir/project/a/target" "$dir/project/b/target"
    read -r a b wall < <(run_maven checked)
    record ${p}cold "$a"; record ${p}cold_wall "$wall"; record ${p}warm "$b"; record ${p}warm_wall "$wall"
    read -r a b wall < <(run_maven skipped)
    record ${p}unchanged "$a"; record ${p}unchanged_wall "$wall"
    for m in a b; do echo "-- edited in run $p$r" >> "$dir/project/$m/src/main/sql/queries/t100.sql"; done
    read -r a b wall < <(run_maven checked)
    record ${p}onefile "$a"; record ${p}onefile_wall "$wall"; record ${p}onefile_warm "$b"
    for m in a b; do sed -i "s|^}\$|    // edited in run $p$r\n}|" "$dir/project/$m/src/main/java/com/example/$m/Main.java"; done
    read -r a b wall < <(run_maven skipped)
    record ${p}javaedit "$a"; record ${p}javaedit_wall "$wall"
    for m in a b; do sed -i "s|^public record Item|// edited in run $p$r\npublic record Item|" "$dir/project/$m/src/main/java/com/example/$m/Item.java"; done
    read -r a b wall < <(run_maven checked)
    record ${p}recordedit "$a"; record ${p}recordedit_wall "$wall"; record ${p}recordedit_warm "$b"
    for m in a b; do
      printf 'CREATE TABLE extra_%s (id INTEGER PRIMARY KEY, label TEXT NOT NULL);\n' "$r" \
        > "$dir/project/$m/src/main/sql/migrations/0099_extra.sql"
    done
    read -r a b wall < <(run_maven checked)
    record ${p}newmigration "$a"; record ${p}newmigration_wall "$wall"
    rm -f "$dir/project/a/src/main/sql/migrations/0099_extra.sql" "$dir/project/b/src/main/sql/migrations/0099_extra.sql"
  done
}

# In the build's JVM (docs/ARCHITECTURE.md §8).
flags="-Dsqlrecord.daemon=false -Dsqlrecord.fork=false"
series ""

# In check workers, as on CI: JVMs of the build's own, started by its first check and ended with it.
flags="-Dsqlrecord.daemon=false"
series worker_

# Through the check daemon, the default elsewhere: its own folder, so that only this benchmark's daemon
# is stopped. The first build starts it (daemon-start: a cold check in the daemon's fresh JVM); the
# series then runs with it up, as every build after the first does.
daemons="$dir/daemons"
stop_daemons() { pkill -f "dev.sqlrecord.checker.daemon.CheckDaemon $daemons/" 2>/dev/null || true; sleep 1; }
flags="-Dsqlrecord.daemon=true -Dsqlrecord.daemon.dir=$daemons"
stop_daemons
trash "$dir/project/a/target" "$dir/project/b/target"
read -r a b wall < <(run_maven checked)
record daemon_start "$a"; record daemon_start_wall "$wall"
series daemon_
stop_daemons
rm -rf "$dir/trash"

value() { printf '%s' "${samples[$1]}" | sed '/^$/d' | median; }
echo "generate goal, median of $repeats, in the build's JVM: cold $(value cold) s, warm $(value warm) s, unchanged $(value unchanged) s, one file edited $(value onefile) s (warm JVM $(value onefile_warm) s), java-edit $(value javaedit) s, record-edit $(value recordedit) s (warm JVM $(value recordedit_warm) s), new migration $(value newmigration) s"
echo "in check workers (as on CI): cold $(value worker_cold) s, warm $(value worker_warm) s, unchanged $(value worker_unchanged) s, one file edited $(value worker_onefile) s (warm $(value worker_onefile_warm) s), java-edit $(value worker_javaedit) s, record-edit $(value worker_recordedit) s (warm $(value worker_recordedit_warm) s), new migration $(value worker_newmigration) s"
echo "through the check daemon: first build (starts it) $(value daemon_start) s, cold $(value daemon_cold) s, unchanged $(value daemon_unchanged) s, one file edited $(value daemon_onefile) s, java-edit $(value daemon_javaedit) s, record-edit $(value daemon_recordedit) s, new migration $(value daemon_newmigration) s"

mkdir -p "$(dirname "$out")"
cat > "$out" <<EOF
{
  "tables": $tables,
  "queries": $queries,
  "repeats": $repeats,
  "runs": [
    {"name": "cold", "description": "new Maven JVM, nothing generated yet", "mojoSeconds": $(value cold), "wallSeconds": $(value cold_wall)},
    {"name": "warm", "description": "JVM that just ran the same check (2nd module), nothing generated yet", "mojoSeconds": $(value warm), "wallSeconds": $(value warm_wall)},
    {"name": "unchanged", "description": "new Maven JVM, no input changed since the last generate (check skipped)", "mojoSeconds": $(value unchanged), "wallSeconds": $(value unchanged_wall)},
    {"name": "one-file", "description": "new Maven JVM, one query file of $tables edited", "mojoSeconds": $(value onefile), "wallSeconds": $(value onefile_wall)},
    {"name": "java-edit", "description": "new Maven JVM, a .java file in which no record or enum appears edited (check skipped)", "mojoSeconds": $(value javaedit), "wallSeconds": $(value javaedit_wall)},
    {"name": "record-edit", "description": "new Maven JVM, a record used by 5 queries (of 5 files) edited", "mojoSeconds": $(value recordedit), "wallSeconds": $(value recordedit_wall)},
    {"name": "one-file-warm", "description": "as one-file, in the JVM that has just run it for the 1st module (as under mvnd or in an IDE)", "mojoSeconds": $(value onefile_warm), "wallSeconds": $(value onefile_wall)},
    {"name": "record-edit-warm", "description": "as record-edit, in the JVM that has just run it for the 1st module", "mojoSeconds": $(value recordedit_warm), "wallSeconds": $(value recordedit_wall)},
    {"name": "new-migration", "description": "new Maven JVM, a migration added: every query checked again, the schema built once", "mojoSeconds": $(value newmigration), "wallSeconds": $(value newmigration_wall)},
    {"name": "cold-worker", "description": "as cold, in a check worker the build starts (CI's default)", "mojoSeconds": $(value worker_cold), "wallSeconds": $(value worker_cold_wall)},
    {"name": "warm-worker", "description": "as warm, in the worker the 1st module started", "mojoSeconds": $(value worker_warm), "wallSeconds": $(value worker_warm_wall)},
    {"name": "unchanged-worker", "description": "as unchanged, with check workers on (skipped in the build's JVM, no worker started)", "mojoSeconds": $(value worker_unchanged), "wallSeconds": $(value worker_unchanged_wall)},
    {"name": "one-file-worker", "description": "as one-file, in a check worker", "mojoSeconds": $(value worker_onefile), "wallSeconds": $(value worker_onefile_wall)},
    {"name": "java-edit-worker", "description": "as java-edit, with check workers on", "mojoSeconds": $(value worker_javaedit), "wallSeconds": $(value worker_javaedit_wall)},
    {"name": "record-edit-worker", "description": "as record-edit, in a check worker", "mojoSeconds": $(value worker_recordedit), "wallSeconds": $(value worker_recordedit_wall)},
    {"name": "new-migration-worker", "description": "as new-migration, in a check worker", "mojoSeconds": $(value worker_newmigration), "wallSeconds": $(value worker_newmigration_wall)},
    {"name": "daemon-start", "description": "through the check daemon, none up: the build starts it, which checks cold", "mojoSeconds": $(value daemon_start), "wallSeconds": $(value daemon_start_wall)},
    {"name": "cold-daemon", "description": "as cold, through the check daemon, up", "mojoSeconds": $(value daemon_cold), "wallSeconds": $(value daemon_cold_wall)},
    {"name": "unchanged-daemon", "description": "as unchanged, through the check daemon", "mojoSeconds": $(value daemon_unchanged), "wallSeconds": $(value daemon_unchanged_wall)},
    {"name": "one-file-daemon", "description": "as one-file, through the check daemon", "mojoSeconds": $(value daemon_onefile), "wallSeconds": $(value daemon_onefile_wall)},
    {"name": "java-edit-daemon", "description": "as java-edit, through the check daemon", "mojoSeconds": $(value daemon_javaedit), "wallSeconds": $(value daemon_javaedit_wall)},
    {"name": "record-edit-daemon", "description": "as record-edit, through the check daemon", "mojoSeconds": $(value daemon_recordedit), "wallSeconds": $(value daemon_recordedit_wall)},
    {"name": "new-migration-daemon", "description": "as new-migration, through the check daemon", "mojoSeconds": $(value daemon_newmigration), "wallSeconds": $(value daemon_newmigration_wall)}
  ]
}
EOF
echo "wrote $out"
