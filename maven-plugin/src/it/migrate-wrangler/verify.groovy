// Both files applied from db/migrations (named by wrangler.jsonc), status lists them, seed fills
// both tables, and new-migration wrote the next wrangler-numbered file with wrangler's header line.
def log = new File(basedir, 'build.log').text
def expect = { String text -> assert log.contains(text) : "build.log does not contain: $text" }
expect('[INFO] sqlrecord: migrations from wrangler.jsonc: db/migrations')
expect('[INFO] sqlrecord: applied 0001_users.sql')
expect('[INFO] sqlrecord: applied 0002_posts.sql')
expect('[INFO] applied 0001_users.sql')
expect('[INFO] applied 0002_posts.sql')
expect('[INFO] sqlrecord: data preservation: ok')
expect('[INFO] sqlrecord: seed 5')
expect('[INFO] sqlrecord: posts: 4 rows')
expect('[INFO] sqlrecord: users: 4 rows')
def created = new File(basedir, 'db/migrations/0003_add_tags.sql')
assert created.isFile()
assert created.text.startsWith('-- Migration number: 0003 \t ')
true
