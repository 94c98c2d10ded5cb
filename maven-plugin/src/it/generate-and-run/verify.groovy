// The build ran the project's JUnit test against the generated code; check the outputs are where
// DESIGN §5 says.
def generated = new File(basedir, 'target/generated-sources/sqlrecord/com/example/app/db')
['UsersQueries.java', 'NotesQueries.java', 'UsersRow.java', 'ListUsersByIdsRow.java', 'NotesOfRow.java'].each {
    assert new File(generated, it).isFile() : "not generated: $it"
}
assert new File(basedir, 'target/sqlrecord/model.json').isFile() : 'model.json not written'

def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] sqlrecord: checked 2 migrations and 10 queries: 0 errors, 0 warnings')
assert log =~ /Tests run: 7, Failures: 0, Errors: 0, Skipped: 0/
true
