// The target came from wrangler.jsonc, the log says so, and the D1-only error failed the build.
def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] sqlrecord: target d1, as wrangler.jsonc declares d1_databases (<target>sqlite</target> checks for SQLite instead)')
assert log.contains('[ERROR] migrations/0002_name_required.sql:2:19: error: [d1-unsupported-syntax] ALTER TABLE ... ALTER COLUMN ... SET NOT NULL is new in SQLite 3.53; D1 runs an older SQLite and fails with a syntax error.')
assert log =~ /\[INFO\] sqlrecord: checked 2 migrations and 1 query: 1 error, 0 warnings, 0 info \(\d+ ms\)/
assert log =~ /(?m)^\[ERROR\] Failed to execute goal dev\.sqlrecord:sqlrecord-maven-plugin:[^:]+:check /
true
