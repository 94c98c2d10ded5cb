// Five builds in a row (invoker.properties), their logs one after another in build.log.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 5 : "expected 5 builds, found ${builds.size()}"
def (first, unchanged, newMigration, changed, forced) = builds

def warning = '[WARNING] src/main/sql/queries/users.sql:5:16: warning: [full-scan] full scan of users'
def checked = { String log, int migrations -> log =~ /\[INFO\] sqlrecord: checked $migrations migrations? and 2 queries: 0 errors, 1 warning, 0 info \(\d+ ms\)/ }

// 1: the migrations come from wrangler.toml's migrations_dir; checked and generated.
assert first.contains('[INFO] sqlrecord: migrations from wrangler.toml: db/migrations')
// wrangler.toml declares a D1 database, so the check runs for d1 (and says so in every build)
[first, unchanged, changed, forced].each { assert it.contains('[INFO] sqlrecord: target d1, as wrangler.toml declares d1_databases') }
assert checked(first, 1)
assert first.contains(warning)

// Each build that checks does so in a check worker of its own (CI-like: the daemon is off here); the
// build that changes nothing skips in its own JVM, by what the worker kept, and starts none.
def worker = /\[INFO\] sqlrecord: started a check worker \(pid \d+\), which this build's later checks reuse/
[first, changed, forced].each { assert it =~ worker }
assert !(unchanged =~ worker)
[first, unchanged, changed, forced].each { assert !it.contains("checking in the build's JVM instead") }

// 2: nothing changed: no check, its warning said again, and the generated code still compiles.
assert unchanged.contains('[INFO] sqlrecord: nothing changed since the last check (1 migration and 2 queries: 0 errors, 1 warning, 0 info); skipped')
assert !(unchanged =~ /sqlrecord: checked/)
assert unchanged.contains(warning)
assert unchanged.contains('BUILD SUCCESS')
assert new File(basedir, 'target/classes/com/example/app/Names.class').isFile()

// 3 added a migration to wrangler's folder; 4 checks again and says why.
assert newMigration.contains('db/migrations/0002_add_tags.sql')
assert changed.contains('[INFO] sqlrecord: changed since the last check: migration db/migrations/0002_add_tags.sql')
assert checked(changed, 2)
// a new migration: the schema changed, so the one query file is checked again, none kept
assert changed.contains('[INFO] sqlrecord: query files: 0 kept, 1 checked; schema built')

// 5: nothing changed, but -Dsqlrecord.force=true checks anyway.
assert checked(forced, 2)
assert !forced.contains('nothing changed')

assert new File(basedir, 'target/generated-sources/sqlrecord/com/example/app/db/UsersQueries.java').isFile()
assert new File(basedir, 'target/sqlrecord/model.last-generate.tsv').isFile()
// each query file's result, kept for the next build (docs/ARCHITECTURE.md §8)
assert new File(basedir, 'target/sqlrecord/model.results-generate.json').isFile()
true
