// Who may call, and which SQL they may run. Nothing here ever logs or returns a token.

import { RequestError } from "./values.js";

const encoder = new TextEncoder();

async function sha256(text) {
  return new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(text)));
}

// Compares SHA-256 digests in a loop that always runs to the end, so the time taken says
// nothing about how much of a guessed token was right (the digests also have equal length).
function sameDigest(a, b) {
  let difference = 0;
  for (let i = 0; i < a.length; i++) difference |= a[i] ^ b[i];
  return difference === 0;
}

// Whether the request's bearer token is SQLRECORD_TOKEN or SQLRECORD_TOKEN_NEXT (two are accepted
// at once so that a token can be rotated without downtime). Both are always compared.
export async function authorized(request, env) {
  const header = request.headers.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return false;
  const given = await sha256(match[1]);
  let accepted = false;
  for (const secret of [env.SQLRECORD_TOKEN, env.SQLRECORD_TOKEN_NEXT]) {
    if (typeof secret === "string" && secret.length > 0) {
      accepted = sameDigest(given, await sha256(secret)) || accepted;
    }
  }
  return accepted;
}

import builtIn from "./allow-list.js";

// The statements the build generated, from the SQLRECORD_STATEMENTS variable holding the JSON of
// target/sqlrecord/statements.json, or else from the module allow-list.js; null when the gateway
// runs without an allow-list.
let cachedList = null;
let cachedSource = null;

export function allowList(env) {
  const variable = env.SQLRECORD_STATEMENTS;
  const source = variable === undefined || variable === null || variable === "" ? builtIn : variable;
  if (source === undefined || source === null) return null;
  if (source === cachedSource) return cachedList;
  const parsed = typeof source === "string" ? JSON.parse(source) : source;
  if (parsed?.version !== 1 || !Array.isArray(parsed.statements)) {
    throw new RequestError(500, "BAD_ALLOW_LIST", "the gateway's allow-list is not a statements.json of version 1");
  }
  cachedList = new Set(parsed.statements.map((s) => String(s.sha256).toLowerCase()));
  cachedSource = source;
  return cachedList;
}

// The runtime locates the failing statement of a failed batch by re-sending prefixes of it that
// end in this read, which always fails; it reads nothing and writes nothing.
const RUNTIME_PROBE = "SELECT json_extract('{}', 'sqlrecord batch probe')";

// Whether the allow-list holds this SQL: its SHA-256 once one trailing /* ... */ comment (as a
// sqlcommenter-style tag appends) and the whitespace around it are removed.
export async function allowed(list, sql) {
  if (sql === RUNTIME_PROBE) return true;
  const digest = await sha256(withoutTrailingComment(sql));
  return list.has(Array.from(digest, (b) => b.toString(16).padStart(2, "0")).join(""));
}

export function withoutTrailingComment(sql) {
  const trimmed = sql.replace(/\s+$/, "");
  if (!trimmed.endsWith("*/")) return sql;
  const start = trimmed.lastIndexOf("/*");
  if (start < 0 || trimmed.slice(start + 2, -2).includes("*/")) return sql;
  return trimmed.slice(0, start).replace(/\s+$/, "");
}
