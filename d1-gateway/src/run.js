// Runs a request's statements as one D1 batch (one transaction) in a Sessions API session, with
// the reads that give each write its own row count and, for an idempotent write, its record.
import { RequestError, toValue } from "./values.js";
import { isRead, returnsRows } from "./statements.js";

const BEFORE = { sql: "SELECT total_changes()", params: [] };
const AFTER = { sql: "SELECT changes(), total_changes()", params: [] };

// One row per write of an idempotent request (step -1 opens the request). Kept for a day.
export const RECORDS = "_sqlrecord_requests";
const CREATE_RECORDS = `CREATE TABLE IF NOT EXISTS ${RECORDS} (key TEXT NOT NULL, step INTEGER NOT NULL,`
  + " changes INTEGER NOT NULL, total_after INTEGER NOT NULL, last_row_id INTEGER NOT NULL,"
  + " created_at INTEGER NOT NULL, PRIMARY KEY (key, step)) WITHOUT ROWID";
// changes(), total_changes() and last_insert_rowid() still describe the statement just before.
const RECORD = `INSERT INTO ${RECORDS} (key, step, changes, total_after, last_row_id, created_at)`
  + " VALUES (?, ?, changes(), total_changes(), last_insert_rowid(), unixepoch())"
  + " RETURNING changes, total_after, last_row_id";
const RECORDED = `SELECT step, changes, total_after, last_row_id FROM ${RECORDS} WHERE key = ? ORDER BY step`;
const EXPIRE = `DELETE FROM ${RECORDS} WHERE created_at < unixepoch() - 86400`;

// The statements to send, and how to read each request statement's result out of the answer.
function plan(statements, key) {
  const sent = [];
  const steps = [];
  const keyed = key !== undefined && statements.some((s) => !isRead(s.sql));
  // where the latest total_changes() read is; reads between two writes do not move it
  let totalAt = -1;
  if (keyed) sent.push({ sql: RECORD, params: [key, -1] });
  statements.forEach((statement, i) => {
    const write = !isRead(statement.sql);
    if (write && !keyed && totalAt < 0) {
      totalAt = sent.length;
      sent.push(BEFORE);
    }
    const at = sent.length;
    sent.push(statement);
    steps.push({ at, write, totalAt });
    if (write) {
      totalAt = sent.length;
      sent.push(keyed ? { sql: RECORD, params: [key, i] } : AFTER);
    }
  });
  return { sent, steps, keyed };
}

// The rows a write itself changed, as SQLite's changes() says, or 0 when total_changes() did
// not move (DDL leaves changes() at the count of the statement before it). D1's meta.changes
// would also count rows that foreign-key actions and triggers changed.
function ownChanges(totalBefore, changes, totalAfter) {
  return totalAfter === totalBefore ? 0 : changes;
}

function statementResult(result, changes, lastRowId) {
  const meta = result.meta ?? {};
  return {
    columns: result.results?.columns ?? [],
    rows: (result.results?.rows ?? []).map((row) => row.map(toValue)),
    changes,
    lastRowId,
    rowsRead: meta.rows_read ?? 0,
    rowsWritten: meta.rows_written ?? 0,
  };
}

// The binding's own batch() turns rows into objects, losing duplicate column names and the
// order of numeric ones; the session's _send is what batch() calls before that conversion.
async function send(session, queries) {
  if (typeof session._send === "function") {
    const answer = await session._send("/query", queries.map((q) => q.sql), queries.map((q) => q.params),
      "ROWS_AND_COLUMNS");
    const results = Array.isArray(answer) ? answer : [answer];
    const failed = results.find((r) => !r.success);
    if (failed) throw new Error(failed.error);
    return results;
  }
  const results = await session.batch(queries.map((q) => session.prepare(q.sql).bind(...q.params)));
  return results.map((r) => {
    const columns = r.results.length > 0 ? Object.keys(r.results[0]) : [];
    return { ...r, results: { columns, rows: r.results.map((row) => columns.map((c) => row[c])) } };
  });
}

export async function runRequest(env, statements, { bookmark, primary, key }, created = false) {
  const session = env.DB.withSession(primary ? "first-primary" : bookmark || "first-unconstrained");
  const { sent, steps, keyed } = plan(statements, key);
  let results;
  try {
    results = await send(session, sent);
  } catch (e) {
    const message = String(e?.message ?? e).replace(/^D1_ERROR: /, "");
    if (keyed && !created && message.includes(`no such table: ${RECORDS}`)) {
      await env.DB.prepare(CREATE_RECORDS).run();
      return runRequest(env, statements, { bookmark, primary, key }, true);
    }
    if (keyed && message.includes(`UNIQUE constraint failed: ${RECORDS}.key`)) {
      return replay(env, statements, key);
    }
    throw e;
  }
  const answer = [];
  let total = keyed ? results[0].results.rows[0][1] + 1 : null;
  for (const { at, write, totalAt } of steps) {
    const result = results[at];
    if (!write) {
      answer.push(statementResult(result, 0, result.meta?.last_row_id ?? 0));
    } else if (keyed) {
      const [changes, totalAfter, lastRowId] = results[at + 1].results.rows[0];
      answer.push(statementResult(result, ownChanges(total, changes, totalAfter), lastRowId));
      total = totalAfter + 1; // the record itself is one more change
    } else {
      const [changes, totalAfter] = results[at + 1].results.rows[0];
      const before = results[totalAt].results.rows[0];
      answer.push(statementResult(result, ownChanges(before[before.length - 1], changes, totalAfter),
        result.meta?.last_row_id ?? 0));
    }
  }
  if (keyed && Math.random() < 0.01) await env.DB.prepare(EXPIRE).run();
  return { results: answer, meta: results.map((r) => r.meta ?? {}), bookmark: session.getBookmark() };
}

// The answer of an idempotent request that ran before: its writes' counts from the record. Rows
// of reads and RETURNING are not kept, so a request that had any cannot be answered again.
async function replay(env, statements, key) {
  const session = env.DB.withSession("first-primary");
  const rows = (await session.prepare(RECORDED).bind(key).raw());
  if (statements.some((s) => isRead(s.sql) || returnsRows(s.sql))) {
    throw new RequestError(409, "APPLIED_ROWS_NOT_KEPT",
      "this request was applied once already (an earlier attempt's answer was lost); the rows it"
      + " returned are not kept, so read them again");
  }
  const byStep = new Map(rows.map(([step, changes, totalAfter, lastRowId]) => [step, { changes, totalAfter, lastRowId }]));
  let total = byStep.get(-1).totalAfter + 1;
  const answer = statements.map((statement, i) => {
    const record = byStep.get(i);
    const result = statementResult({}, ownChanges(total, record.changes, record.totalAfter), record.lastRowId);
    total = record.totalAfter + 1;
    return result;
  });
  return { results: answer, meta: [], bookmark: session.getBookmark(), replayed: true };
}
