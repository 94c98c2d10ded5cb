// Starts sqlrecord's gateway Worker (d1-gateway/src/index.js, unchanged) in Miniflare with a real
// local D1 on loopback and prints "READY <url>" once it serves; for the runtime's gateway tests.
// Usage: node serve-gateway.mjs <port|0> <stateDir> <token> <nextToken> [statements.json]
// It enables the Worker's test-only fault hooks, and stops as serve.mjs does (SIGTERM, or stdin
// closing when LOCAL_D1_PARENT=stdin).
import { serveUntilStopped } from "./serving.mjs";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

const [port = "0", stateDir, token, nextToken, statementsFile] = process.argv.slice(2);
if (!stateDir || !token || !nextToken) {
  console.error("usage: node serve-gateway.mjs <port> <stateDir> <token> <nextToken> [statements.json]");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
const gateway = resolve(here, "../../../../d1-gateway/src");
const bindings = { SQLRECORD_TOKEN: token, SQLRECORD_TOKEN_NEXT: nextToken, SQLRECORD_TEST_HOOKS: "on" };
if (statementsFile) bindings.SQLRECORD_STATEMENTS = readFileSync(statementsFile, "utf8");
await serveUntilStopped({
  modules: true,
  scriptPath: join(gateway, "index.js"),
  modulesRoot: gateway,
  modulesRules: [{ type: "ESModule", include: ["**/*.js"] }],
  compatibilityDate: "2025-01-01",
  d1Databases: { DB: "sqlrecord-gateway-test" },
  d1Persist: stateDir,
  bindings,
  cf: false,            // never fetch Request.cf from the internet
  host: "127.0.0.1",
  port: Number(port),
});
