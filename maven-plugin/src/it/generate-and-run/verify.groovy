// The build ran the project's JUnit test against the generated code; check the outputs are where
// docs/ARCHITECTURE.md §5 says.
def generated = new File(basedir, 'target/generated-sources/sqlrecord/com/example/app/db')
['UsersQueries.java', 'NotesQueries.java', 'UsersRow.java', 'ListUsersByIdsRow.java', 'NotesOfRow.java'].each {
    assert new File(generated, it).isFile() : "not generated: $it"
}
assert new File(basedir, 'target/sqlrecord/model.json').isFile() : 'model.json not written'

def log = new File(basedir, 'build.log').text
// The project's real lints are reported but do not fail the build: notes.user_id has no index.
assert log =~ /\[INFO\] sqlrecord: checked 2 migrations and 10 queries: 0 errors, 2 warnings, 1 info \(\d+ ms\)/
assert log.contains('[WARNING] src/main/sql/migrations/0002_notes.sql:3:28: warning: [unindexed-foreign-key] ')
assert log.contains('[WARNING] src/main/sql/queries/notes.sql:6:6: warning: [full-scan] ')
assert log =~ /Tests run: 7, Failures: 0, Errors: 0, Skipped: 0/
true
