// Three builds in a row (invoker.properties), their logs one after another in build.log.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 3 : "expected 3 builds, found ${builds.size()}"
def (planted, fixed, skipped) = builds

// 1: the defect at its line and column, the seed, the reproduction, and a failed build
assert planted.contains('[INFO] sqlrecord: test-schema: seed 20261202')
assert planted.contains("[ERROR] planted/0001_orders.sql:3:24: error: [default-violates-check] the DEFAULT 'new' of orders.status fails a CHECK of the table")
assert planted.contains('[INFO]     -- seed 20261202; reproduce with sqlite3:')
assert planted.contains('[INFO]     INSERT INTO "orders" ("id", "total_cents") VALUES (0, 0);')
assert planted.contains('[INFO] sqlrecord: satisfiable: failed (1), enforced: ok, actions: ok, preserves: ok')
assert planted.contains('BUILD FAILURE')

// 2: fixed, every property holds
assert fixed.contains('[INFO] sqlrecord: satisfiable: ok, enforced: ok, actions: ok, preserves: ok')
assert fixed.contains('BUILD SUCCESS')

// 3: skipped with the tests
assert skipped.contains('[INFO] sqlrecord: test-schema skipped (tests are skipped)')
assert skipped.contains('BUILD SUCCESS')
