// A local stand-in for Cloudflare's D1 REST API, for the runtime's D1 tests. It serves
//   POST /client/v4/accounts/{account}/d1/database/{database}/query  (rows as objects)
//   POST /client/v4/accounts/{account}/d1/database/{database}/raw    (rows as {columns, rows})
// with a body {"sql", "params"} or {"batch": [{"sql", "params"}, ...]}, and answers in Cloudflare's
// v4 envelope {success, errors, messages, result}. The database is a real local D1 (Miniflare's
// D1 object, the workerd SQLite engine with D1's limits and authorizer); this file only translates.
//
// Why not env.DB.batch(): the binding turns rows into objects, which loses duplicate column names
// and reorders numeric ones; /raw must keep them. So the request goes to the binding's own engine
// endpoint (env.DB.fetcher) with resultsFormat=ROWS_AND_COLUMNS, exactly as the binding's batch()
// does before converting. That endpoint runs the whole list in one storage transaction, which is
// what makes a batch atomic, as on D1.
//
// Test-only controls, not part of D1: POST /__test/faults queues failures (HTTP status, delay,
// Retry-After) that the next API requests answer with; GET /__test/stats counts API requests.

import { splitStatements } from "../../../../d1-gateway/src/statements.js";

const ROUTE = /^\/client\/v4\/accounts\/[^/]+\/d1\/database\/[^/]+\/(query|raw)$/;
// Time Travel's current bookmark. D1 bookmarks are the Sessions API's; the local engine has no
// history to restore, but its bookmark is real and advances with each write.
const BOOKMARK = /^\/client\/v4\/accounts\/[^/]+\/d1\/database\/[^/]+\/time_travel\/bookmark$/;
const faults = [];
let requests = 0;

function envelope(result, status = 200, errors = [], headers = {}) {
  return Response.json({ success: errors.length === 0, errors, messages: [], result }, { status, headers });
}

function fail(status, code, message, headers) {
  return envelope(null, status, [{ code, message }], headers);
}


// Values as the D1 binding accepts them: null, numbers, strings, arrays of byte values (blobs);
// booleans become 1/0 as the binding's bind() makes them.
function toParam(value) {
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value === null || typeof value === "number" || typeof value === "string") return value;
  if (Array.isArray(value) && value.every((b) => Number.isInteger(b) && b >= 0 && b <= 255)) return value;
  throw Object.assign(new Error(`D1_TYPE_ERROR: Type '${typeof value}' not supported for value '${JSON.stringify(value)}'`), { status: 400, code: 7400 });
}

function toQueries(body) {
  const items = Array.isArray(body?.batch) ? body.batch : [body];
  const queries = [];
  for (const item of items) {
    if (typeof item?.sql !== "string") throw Object.assign(new Error("sql is required"), { status: 400, code: 7400 });
    const params = (item.params ?? []).map(toParam);
    const parts = splitStatements(item.sql);
    // params go to the statement, or to the last one of a multi-statement string
    parts.forEach((sql, i) => queries.push({ sql, params: i === parts.length - 1 ? params : [] }));
  }
  return queries;
}

async function control(url, request) {
  if (url.pathname === "/__test/faults" && request.method === "POST") {
    faults.push(...(await request.json()));
    return Response.json({ queued: faults.length });
  }
  if (url.pathname === "/__test/stats") return Response.json({ requests, queuedFaults: faults.length });
  return new Response("unknown control", { status: 404 });
}

export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname.startsWith("/__test/")) return control(url, request);
    requests++;
    const fault = faults.shift();
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.status === 429) {
      return fail(429, 971, "Please wait and consider throttling your request speed",
        fault.retryAfter === undefined ? {} : { "retry-after": String(fault.retryAfter) });
    }
    if (fault?.status) return fail(fault.status, 7500, "internal error; reference = sqlrecord-test-fault");

    const auth = request.headers.get("authorization");
    if (!auth) return fail(400, 9106, "Missing X-Auth-Key, X-Auth-Email or Authorization headers");
    if (auth !== `Bearer ${env.API_TOKEN}`) return fail(401, 10000, "Authentication error");
    if (BOOKMARK.test(url.pathname) && request.method === "GET") {
      const session = env.DB.withSession("first-primary");
      await session.prepare("SELECT 1").first();
      return envelope({ bookmark: session.getBookmark() });
    }
    const route = url.pathname.match(ROUTE);
    if (!route) return fail(404, 7003, "No route for the URI");
    if (request.method !== "POST") return fail(405, 10405, "Method not allowed");

    let queries;
    try {
      queries = toQueries(await request.json());
    } catch (e) {
      return fail(e.status ?? 400, e.code ?? 7400, e instanceof SyntaxError ? "Malformed JSON in request body" : e.message);
    }
    if (queries.length === 0) return fail(400, 7500, "No SQL statements detected.");
    if (typeof env.DB.fetcher?.fetch !== "function") {
      return fail(500, 7500, "internal error: this Miniflare's D1 binding has no engine fetcher; check the pinned version");
    }
    const engine = await env.DB.fetcher.fetch("http://d1/query?resultsFormat=ROWS_AND_COLUMNS", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(queries),
    });
    const answer = await engine.json();
    if (!Array.isArray(answer)) {
      return fail(400, 7500, String(answer.error ?? "internal error").replace(/^D1_ERROR: /, ""));
    }
    const asObjects = route[1] === "query";
    return envelope(answer.map(({ results, meta }) => ({
      success: true,
      meta,
      results: asObjects ? results.rows.map((row) => Object.fromEntries(results.columns.map((c, i) => [c, row[i]]))) : results,
    })));
  },
};
