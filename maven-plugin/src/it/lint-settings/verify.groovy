// Levels from <lints>: full-scan is an error (and fails the build), select-star is off; the
// small table is exempt; unchanged rules keep their d1 defaults; the ignore comment holds.
def log = new File(basedir, 'build.log').text

def expect = { String text ->
    assert log.contains(text) : "build.log does not contain: $text"
}
expect('[ERROR] src/main/sql/queries/users.sql:2:15: error: [full-scan] full scan of users: the query filters on name;')
expect('[WARNING] src/main/sql/migrations/0001_init.sql:9:28: warning: [unindexed-foreign-key] ')
expect('[WARNING] src/main/sql/queries/users.sql:8:1: warning: [delete-without-where] ')
assert !log.contains('[select-star]')
assert !(log =~ /users\.sql:5:\d+: .*full-scan/)
assert !(log =~ /users\.sql:12:\d+: .*full-scan/)

assert log =~ /\[INFO\] sqlrecord: checked 1 migration and 4 queries: 1 error, 2 warnings, 0 info \(\d+ ms\)/
assert log =~ /(?m)^\[ERROR\] Failed to execute goal dev\.sqlrecord:sqlrecord-maven-plugin:[^:]+:check /
true
