// <target>sqlite</target> wins over wrangler.jsonc: no d1 target, and the SQLite 3.53 ALTER passes.
def log = new File(basedir, 'build.log').text

assert log.contains('[INFO] sqlrecord: migrations from wrangler.jsonc: migrations')
assert !log.contains('target d1')
assert !log.contains('[d1-unsupported-syntax]')
assert log =~ /\[INFO\] sqlrecord: checked 2 migrations and 1 query: 0 errors, 0 warnings, 0 info \(\d+ ms\)/
assert log.contains('BUILD SUCCESS')
// -Dsqlrecord.fork=false: in the build's JVM, no check worker
assert !log.contains('check worker')
true
