// Five builds in a row (invoker.properties), their logs one after another in build.log.
def builds = new File(basedir, 'build.log').text.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
assert builds.size() == 5 : "expected 5 builds, found ${builds.size()}"
def (planted, fixed, skipped, queriesPlanted, queriesFixed) = builds

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

// 4: with queries: the enum constant its column refuses, at the constant in the enum's source, and the
// generated enum's constant a trigger rewrites, at the column's line
assert queriesPlanted.contains("[ERROR] src/main/java/com/example/blog/Status.java:6:5: error: [enum-round-trip] Status.PUBLISHED of articles.status, written as 'published' (as the generated code binds it), is refused by articles.status:")
assert queriesPlanted.contains("[ERROR] articles-planted/0001_articles.sql:14:3: error: [enum-round-trip] ArticlesAudience.MEMBERS of articles.audience, written as 'members' (as the generated code binds it), reads back as 'everyone', that is EVERYONE")
assert queriesPlanted.contains('[INFO]     UPDATE "articles" SET "status" = \'published\';')
assert queriesPlanted.contains('[INFO] sqlrecord: satisfiable: ok, enforced: ok, actions: ok, preserves: ok, sound: ok, round-trips: failed (2)')
assert queriesPlanted.contains('BUILD FAILURE')

// 5: fixed: the queries' properties hold too
assert queriesFixed.contains('[INFO] sqlrecord: satisfiable: ok, enforced: ok, actions: ok, preserves: ok, sound: ok, round-trips: ok')
assert queriesFixed.contains('BUILD SUCCESS')
