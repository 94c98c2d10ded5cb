// Three builds in a row (invoker.properties), their logs one after another in build.log.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 3 : "expected 3 builds, found ${builds.size()}"
def (first, unchanged, forced) = builds

def warning = '[WARNING] src/main/sql/queries/users.sql:5:16: warning: [full-scan] full scan of users'
def checked = /\[INFO\] sqlrecord: checked 1 migration and 2 queries: 0 errors, 1 warning, 0 info \(\d+ ms\)/

// 1 starts the daemon, which checks; 2 and 3 find it up
assert first =~ /\[INFO\] sqlrecord: started the check daemon \(pid \d+\), which later builds reuse/
[unchanged, forced].each { assert !it.contains('started the check daemon') }
builds.each { assert !it.contains("checking in the build's JVM instead") }
assert first =~ checked
assert first.contains(warning)
assert unchanged.contains('[INFO] sqlrecord: nothing changed since the last check (1 migration and 2 queries: 0 errors, 1 warning, 0 info); skipped')
assert unchanged.contains(warning)
assert forced =~ checked
builds.each { assert it.contains('BUILD SUCCESS') }

assert new File(basedir, 'target/generated-sources/sqlrecord/com/example/app/db/UsersQueries.java').isFile()
assert new File(basedir, 'target/classes/com/example/app/Names.class').isFile()
// the daemon's files, in the folder given: its socket, and the log of the JVM it runs in
assert new File(basedir, 'target/daemons').listFiles().any { it.name.endsWith('.sock') }
true
