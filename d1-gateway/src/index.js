// sqlrecord's D1 gateway: serves the D1 binding DB to the Java runtime (D1Config.gateway) at
// POST /v1/query. Every request needs a bearer token (the secret SQLRECORD_TOKEN or
// SQLRECORD_TOKEN_NEXT); with SQLRECORD_STATEMENTS set, only the build's statements run.
import { RequestError, toParam } from "./values.js";
import { allowList, allowed, authorized } from "./security.js";
import { splitStatements } from "./statements.js";
import { runRequest } from "./run.js";
import { afterCommit, testControl } from "./test-hooks.js";

// above D1's own limit of 2 MB per value, so that D1 refuses an oversized value itself
const DEFAULT_MAX_BODY_BYTES = 4_194_304;
const DEFAULT_MAX_STATEMENTS = 100;
const DEFAULT_TIME_LIMIT_MS = 30_000;

function limit(env, name, fallback) {
  const value = Number(env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
}

function failure(status, code, message, statement) {
  const error = { code, message };
  if (statement !== undefined) error.statement = statement;
  return Response.json({ error }, { status });
}

// An engine error as the runtime classifies it: SQL errors carry SQLite's result code.
const TRANSIENT = /overloaded|Network connection lost|reset|internal error|try again|transient/i;

function engineFailure(e) {
  const message = String(e?.message ?? e).replace(/^D1_ERROR: /, "");
  if (/SQLITE_[A-Z_]+/.test(message) || !TRANSIENT.test(message)) return failure(400, "SQL_ERROR", message);
  return failure(503, "D1_UNAVAILABLE", message);
}

async function readBody(request, maxBytes) {
  const declared = Number(request.headers.get("content-length"));
  // A body a little too large is read, so that the client gets the answer on an intact
  // connection; one far too large is refused unread.
  if (declared > 8 * maxBytes) throw new RequestError(413, "TOO_LARGE", `the request is larger than ${maxBytes} bytes`);
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > maxBytes) throw new RequestError(413, "TOO_LARGE", `the request is larger than ${maxBytes} bytes`);
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new RequestError(400, "BAD_REQUEST", "the request body is not JSON");
  }
}

// The request's statements, checked against the allow-list before anything reaches D1.
async function statementsOf(body, env) {
  if (!Array.isArray(body?.statements) || body.statements.length === 0) {
    throw new RequestError(400, "BAD_REQUEST", "the request needs a non-empty \"statements\" array");
  }
  const max = limit(env, "SQLRECORD_MAX_STATEMENTS", DEFAULT_MAX_STATEMENTS);
  if (body.statements.length > max) {
    throw new RequestError(413, "TOO_MANY_STATEMENTS", `a request may hold at most ${max} statements`);
  }
  if (body.statements.length > 1 && body.batch !== true) {
    throw new RequestError(400, "BAD_REQUEST", "several statements are run only as a batch (\"batch\": true)");
  }
  const list = allowList(env);
  const queries = [];
  for (const [i, statement] of body.statements.entries()) {
    if (typeof statement?.sql !== "string") throw new RequestError(400, "BAD_REQUEST", "a statement needs \"sql\"", i);
    if (list && !(await allowed(list, statement.sql))) {
      throw new RequestError(403, "STATEMENT_NOT_ALLOWED",
        "this gateway runs only the statements of the build it was deployed with", i);
    }
    const params = (statement.params ?? []).map((value) => toParam(value, i));
    const parts = splitStatements(statement.sql);
    // the parameters belong to the last statement of a string that holds several
    parts.forEach((sql, j) => queries.push({ sql, params: j === parts.length - 1 ? params : [] }));
  }
  if (queries.length > max) {
    throw new RequestError(413, "TOO_MANY_STATEMENTS", `a request may hold at most ${max} statements`);
  }
  return queries;
}

function withTimeLimit(promise, ms) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new RequestError(504, "TIMEOUT",
      `D1 did not answer within ${ms} ms (a write may or may not have been applied)`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

function answer(outcome, started) {
  const first = outcome.meta.find((m) => m.served_by_region !== undefined || m.served_by_primary !== undefined) ?? {};
  const sqlMs = outcome.meta.reduce((sum, m) => sum + (m.timings?.sql_duration_ms ?? m.duration ?? 0), 0);
  return {
    results: outcome.results,
    bookmark: outcome.bookmark ?? null,
    servedByRegion: first.served_by_region ?? null,
    servedByPrimary: first.served_by_primary ?? null,
    durationMs: outcome.meta.length > 0 ? sqlMs : Date.now() - started,
    ...(outcome.replayed ? { replayed: true } : {}),
  };
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/__test/")) return testControl(url, request, env);
    if (url.pathname !== "/v1/query") return failure(404, "NOT_FOUND", "the gateway serves POST /v1/query");
    if (request.method !== "POST") return failure(405, "METHOD_NOT_ALLOWED", "use POST");
    // before anything else: an unauthenticated request learns nothing and runs nothing
    if (!(await authorized(request, env))) return failure(401, "UNAUTHORIZED", "missing or wrong bearer token");
    const started = Date.now();
    try {
      const body = await readBody(request, limit(env, "SQLRECORD_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES));
      const statements = await statementsOf(body, env);
      const key = typeof body.idempotencyKey === "string" && body.idempotencyKey !== "" ? body.idempotencyKey : undefined;
      const outcome = await withTimeLimit(
        runRequest(env, statements, { bookmark: body.bookmark, primary: body.primary === true, key }),
        limit(env, "SQLRECORD_TIME_LIMIT_MS", DEFAULT_TIME_LIMIT_MS));
      return (await afterCommit(env)) ?? Response.json(answer(outcome, started));
    } catch (e) {
      if (e instanceof RequestError) return failure(e.status, e.code, e.message, e.statement);
      return engineFailure(e);
    }
  },
};
