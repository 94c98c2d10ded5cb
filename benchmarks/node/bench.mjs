// Drizzle ORM on better-sqlite3 (and better-sqlite3 alone, its floor): BlogBenchmark's five
// workloads on the same schema, the same rows and the same SQLite settings, measured like JMH does
// (warmup iterations, then measured iterations of a fixed time, each benchmark in a fresh process).
//
//   node bench.mjs [--wi 2] [--w 1] [--i 3] [--r 1] [--out results.json] [--dir DIR]
//                  [--contender drizzle,better-sqlite3] [--storage memory,file] [--workload ...]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { comments, posts, users } from './schema.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const MIGRATIONS = ['0001_init.sql', '0002_comments.sql'].map((f) => join(here, '..', 'src', 'main', 'sql', 'migrations', f));

// Dataset.java, rule for rule.
const USERS = 1000, POSTS = 10000, COMMENTED_POSTS = 100, COMMENTS_PER_POST = 100, BATCH_SIZE = 1000;
const EPOCH = 1700000000;
const POST_BODY = 'Cloudflare D1 is SQLite at the edge. '.repeat(8);
const COMMENT_BODY = 'Thanks, this helped me move my app to D1!';
const authorOf = (n) => 1 + (n % USERS);

const WORKLOADS = ['pointSelect', 'list100Join', 'insertOne', 'batchInsert1000', 'updateByKey'];
const CONTENDERS = ['drizzle', 'better-sqlite3'];
const STORAGES = ['memory', 'file'];

function openDatabase(path) {
  const db = new Database(path);
  // what sqlrecord's Database.open sets, and what BlogBenchmark checks on every Java contender
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('synchronous = FULL');
  return db;
}

function seed(db) {
  db.transaction(() => {
    for (const file of MIGRATIONS) db.exec(readFileSync(file, 'utf8'));
    const user = db.prepare('INSERT INTO users (id, email, name, bio, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (let id = 1; id <= USERS; id++) {
      user.run(id, `user${id}@example.com`, `User ${id}`, id % 3 === 0 ? null : `Writes about SQLite, user ${id}`, EPOCH + id, EPOCH + id);
    }
    const post = db.prepare('INSERT INTO posts (id, author_id, title, body, status, published_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (let id = 1; id <= POSTS; id++) {
      const published = id % 2 === 0;
      post.run(id, authorOf(id), `Post number ${id}`, POST_BODY, published ? 'published' : 'draft', published ? EPOCH + id : null, EPOCH + id, EPOCH + id);
    }
    const comment = db.prepare('INSERT INTO comments (id, post_id, author_id, body, created_at) VALUES (?, ?, ?, ?, ?)');
    let id = 1;
    for (let p = 1; p <= COMMENTED_POSTS; p++) {
      for (let i = 0; i < COMMENTS_PER_POST; i++, id++) comment.run(id, p, authorOf(id + p), COMMENT_BODY, EPOCH + id);
    }
  }).immediate();
}

// Drizzle as its docs recommend for hot paths: the query builder, prepared once with placeholders.
function drizzleContender(sqlite) {
  const db = drizzle({ client: sqlite });
  const findPost = db.select({
    id: posts.id, authorId: posts.authorId, title: posts.title, body: posts.body, status: posts.status,
    publishedAt: posts.publishedAt, deletedAt: posts.deletedAt,
  }).from(posts).where(eq(posts.id, sql.placeholder('id'))).prepare();
  const listComments = db.select({ id: comments.id, body: comments.body, authorName: users.name })
    .from(comments).innerJoin(users, eq(users.id, comments.authorId))
    .where(eq(comments.postId, sql.placeholder('postId'))).orderBy(comments.id).prepare();
  const newPost = { authorId: sql.placeholder('authorId'), title: sql.placeholder('title'), body: sql.placeholder('body') };
  const createPost = db.insert(posts).values(newPost).returning({ id: posts.id }).prepare();
  const insertPost = db.insert(posts).values(newPost).prepare();
  const renameUser = db.update(users).set({ name: sql.placeholder('name'), updatedAt: sql`(unixepoch())` })
    .where(eq(users.id, sql.placeholder('id'))).prepare();
  return {
    findPost: (id) => findPost.get({ id }),
    listComments: (postId) => listComments.all({ postId }),
    createPost: (authorId, title, body) => createPost.get({ authorId, title, body }).id,
    insertPosts: (rows) => db.transaction((tx) => { for (const row of rows) insertPost.run(row); }, { behavior: 'immediate' }),
    renameUser: (id, name) => renameUser.run({ id, name }).changes,
  };
}

// better-sqlite3 alone, statements prepared once: the floor under Drizzle, as hand-written JDBC is in Java.
function betterSqlite3Contender(db) {
  const findPost = db.prepare('SELECT id, author_id, title, body, status, published_at, deleted_at FROM posts WHERE id = ?');
  const listComments = db.prepare('SELECT c.id, c.body, u.name AS author_name FROM comments c JOIN users u ON u.id = c.author_id WHERE c.post_id = ? ORDER BY c.id');
  const createPost = db.prepare('INSERT INTO posts (author_id, title, body) VALUES (?, ?, ?) RETURNING id');
  const insertPost = db.prepare('INSERT INTO posts (author_id, title, body) VALUES (?, ?, ?)');
  const insertPosts = db.transaction((rows) => { for (const r of rows) insertPost.run(r.authorId, r.title, r.body); });
  const renameUser = db.prepare('UPDATE users SET name = ?, updated_at = unixepoch() WHERE id = ?');
  return {
    findPost: (id) => findPost.get(id),
    listComments: (postId) => listComments.all(postId),
    createPost: (authorId, title, body) => createPost.get(authorId, title, body).id,
    insertPosts: (rows) => insertPosts.immediate(rows),
    renameUser: (id, name) => renameUser.run(name, id).changes,
  };
}

// BlogBenchmark's @Benchmark methods.
function operation(contender, workload) {
  let post = 0, commented = 0, author = 0, user = 0;
  const batch = Array.from({ length: BATCH_SIZE }, (_, i) => ({ authorId: authorOf(i), title: `Imported post ${i}`, body: `Imported body ${i}` }));
  switch (workload) {
    case 'pointSelect': return () => { post = (post + 7919) % POSTS; return contender.findPost(post + 1); };
    case 'list100Join': return () => { commented = (commented + 1) % COMMENTED_POSTS; return contender.listComments(commented + 1); };
    case 'insertOne': return () => { author = (author + 1) % USERS; return contender.createPost(author + 1, 'A new post', 'Written during the benchmark.'); };
    case 'batchInsert1000': return () => { contender.insertPosts(batch); return batch; };
    case 'updateByKey': return () => { user = (user + 1) % USERS; return contender.renameUser(user + 1, (user & 1) === 0 ? 'Ada Lovelace' : 'Grace Hopper'); };
    default: throw new Error(`no such workload: ${workload}`);
  }
}

function check(db, name, value) {
  const actual = db.prepare(name).pluck().get();
  if (String(actual).toLowerCase() !== String(value)) throw new Error(`${name} gave ${actual}, expected ${value}`);
}

let sink = 0;
// Returns [ops per wall-clock second, ops per CPU-second of the process].
function iteration(op, seconds) {
  const end = process.hrtime.bigint() + BigInt(Math.round(seconds * 1e9));
  const cpuStart = process.cpuUsage();
  const start = process.hrtime.bigint();
  let ops = 0, now;
  do {
    for (let k = 0; k < 4; k++) { // the clock is read every 4 operations, to keep its cost out of short ones
      const result = op();
      if (result !== undefined && result !== null) sink ^= 1; // keep the result observable
    }
    ops += 4;
    now = process.hrtime.bigint();
  } while (now < end);
  const cpu = process.cpuUsage(cpuStart);
  return [ops / (Number(now - start) / 1e9), ops / ((cpu.user + cpu.system) / 1e6)];
}

// One benchmark (contender, storage, workload) in this process, as a JMH fork does.
function runOne({ contender, storage, workload, wi, w, i, r, dir }) {
  const path = storage === 'memory' ? ':memory:' : join(mkdtempSync(join(dir, 'blog-')), 'blog.db');
  const db = openDatabase(path);
  try {
    seed(db);
    check(db, 'PRAGMA journal_mode', storage === 'memory' ? 'memory' : 'wal');
    check(db, 'PRAGMA foreign_keys', 1);
    check(db, 'PRAGMA busy_timeout', 5000);
    check(db, 'PRAGMA synchronous', 2);
    check(db, 'SELECT count(*) FROM posts', POSTS);
    const impl = contender === 'drizzle' ? drizzleContender(db) : betterSqlite3Contender(db);
    const op = operation(impl, workload);
    const reset = db.prepare(`DELETE FROM posts WHERE id > ${POSTS}`);
    const scores = [];
    for (let n = 0; n < wi + i; n++) {
      const score = iteration(op, n < wi ? w : r);
      reset.run();
      if (n >= wi) scores.push(score);
    }
    return scores; // [[ops/s, ops/cpu-s], ...]
  } finally {
    db.close();
    if (path !== ':memory:') rmSync(dirname(path), { recursive: true, force: true });
  }
}

// Student's t quantile for a two-sided 99.9% interval, as JMH reports its error.
function t999(df) {
  const table = { 1: 636.619, 2: 31.599, 3: 12.924, 4: 8.610, 5: 6.869, 6: 5.959, 7: 5.408, 8: 5.041, 9: 4.781, 10: 4.587,
    12: 4.318, 14: 4.140, 16: 4.015, 19: 3.883, 24: 3.745, 29: 3.659, 49: 3.500, 99: 3.392 };
  const keys = Object.keys(table).map(Number).filter((k) => k <= df);
  return table[Math.max(...keys)];
}

function summarize(pairs) {
  const scores = pairs.map((p) => p[0]);
  const cpu = stats(pairs.map((p) => p[1]));
  const wall = stats(scores);
  const sorted = [...scores].sort((a, b) => a - b);
  const n = scores.length;
  const median = n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  return { score: wall.mean, error: wall.error, median, min: sorted[0], max: sorted[n - 1], iterations: scores,
    cpu: cpu.mean, cpuError: cpu.error };
}


function stats(scores) {
  const n = scores.length;
  const mean = scores.reduce((a, b) => a + b, 0) / n;
  const sd = n > 1 ? Math.sqrt(scores.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1)) : 0;
  return { mean, error: n > 1 ? (t999(n - 1) * sd) / Math.sqrt(n) : NaN };
}

function parseArgs(argv) {
  const args = { wi: 2, w: 1, i: 3, r: 1, out: join(here, '..', 'target', 'node-results.json'), dir: tmpdir(),
    contender: CONTENDERS.join(','), storage: STORAGES.join(','), workload: WORKLOADS.join(',') };
  for (let k = 0; k < argv.length; k += 2) {
    const key = argv[k].replace(/^--/, '');
    if (!(key in args) && key !== 'one') throw new Error(`unknown option ${argv[k]}`);
    args[key] = argv[k + 1];
  }
  for (const key of ['wi', 'w', 'i', 'r']) args[key] = Number(args[key]);
  return args;
}

const args = parseArgs(process.argv.slice(2));
if (args.one) {
  const [contender, storage, workload] = args.one.split(':');
  process.stdout.write(JSON.stringify(runOne({ ...args, contender, storage, workload })) + '\n');
} else {
  const results = [];
  for (const contender of args.contender.split(',')) {
    for (const storage of args.storage.split(',')) {
      for (const workload of args.workload.split(',')) {
        const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', `${contender}:${storage}:${workload}`,
          '--wi', String(args.wi), '--w', String(args.w), '--i', String(args.i), '--r', String(args.r), '--dir', args.dir],
        { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
        if (child.status !== 0) throw new Error(`${contender} ${storage} ${workload} failed`);
        const summary = summarize(JSON.parse(child.stdout.trim().split('\n').pop()));
        results.push({ contender, storage, workload, ...summary });
        console.log(`${workload.padEnd(16)} ${contender.padEnd(15)} ${storage.padEnd(7)} ${summary.score.toFixed(3).padStart(14)} ± ${summary.error.toFixed(3)} ops/s`);
      }
    }
  }
  const better = JSON.parse(readFileSync(join(here, 'node_modules', 'better-sqlite3', 'package.json'), 'utf8')).version;
  const orm = JSON.parse(readFileSync(join(here, 'node_modules', 'drizzle-orm', 'package.json'), 'utf8')).version;
  const probe = new Database(':memory:');
  const sqliteVersion = probe.prepare('SELECT sqlite_version()').pluck().get();
  probe.close();
  writeFileSync(args.out, JSON.stringify({
    node: process.version, 'drizzle-orm': orm, 'better-sqlite3': better, sqlite: sqliteVersion,
    settings: { wi: args.wi, w: args.w, i: args.i, r: args.r }, results,
  }, null, 2));
  if (sink < 0) console.log(sink);
}
