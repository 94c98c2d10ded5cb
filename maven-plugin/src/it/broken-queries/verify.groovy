// Every mistake of every file is reported in one run, each at its file:line:col (docs/ARCHITECTURE.md §5), then
// the build fails once.
def log = new File(basedir, 'build.log').text

def expect = { String text ->
    assert log.contains(text) : "build.log does not contain: $text"
}
expect('[ERROR] src/main/sql/queries/users.sql:2:12: error: [unknown-column] ')
expect('[ERROR]     2 | SELECT id, nmae FROM users WHERE id = :id;')
expect('[ERROR] src/main/sql/queries/users.sql:8:1: error: [syntax-error] ')
expect('[ERROR] src/main/sql/queries/emails.sql:4:10: error: [unknown-column] ')

// A record that does not fit its query: both sides of the mismatch, at the record's name.
expect("[ERROR] src/main/sql/queries/users.sql:4:34: error: [record-mismatch] column 'name' has no component in User")
expect("[ERROR] src/main/sql/queries/users.sql:4:34: error: [record-mismatch] component 'fullName' of User")

// The valid query did not cause a report.
assert !(log =~ /users\.sql:1[01]:\d+: error/)

// One failure, of the generate goal, after the summary line.
assert log =~ /\[INFO\] sqlrecord: checked 1 migration and 5 queries: 5 errors, 0 warnings/
assert (log =~ /(?m)^\[ERROR\] Failed to execute goal /).size() == 1
assert log =~ /(?m)^\[ERROR\] Failed to execute goal dev\.sqlrecord:sqlrecord-maven-plugin:[^:]+:generate /
assert !new File(basedir, 'target/generated-sources/sqlrecord/com/example/app/db/UsersQueries.java').exists()
true
