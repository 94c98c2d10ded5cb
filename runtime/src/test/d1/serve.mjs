// Starts a real local D1 behind worker.js on loopback and prints "READY <url>" once it serves.
// Usage: node serve.mjs <port|0> <stateDir> <token>. Stops on SIGTERM/SIGINT. With LOCAL_D1_PARENT=stdin
// (set by the tests) it also stops when stdin closes, i.e. when the JVM that started it is gone, so
// that workerd never outlives the tests; local-d1.sh starts it without, to keep it up in the background.
import { serveUntilStopped } from "./serving.mjs";
import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";

const [port = "0", stateDir, token] = process.argv.slice(2);
if (!stateDir || !token) {
  console.error("usage: node serve.mjs <port> <stateDir> <token>");
  process.exit(2);
}
const here = dirname(fileURLToPath(import.meta.url));
await serveUntilStopped({
  modules: true,
  scriptPath: join(here, "worker.js"),
  // the repository: worker.js splits statements with the gateway Worker's own code
  modulesRoot: resolve(here, "../../../.."),
  modulesRules: [{ type: "ESModule", include: ["**/*.js"] }],
  compatibilityDate: "2025-01-01",
  d1Databases: { DB: "sqlrecord-test" },
  d1Persist: stateDir,
  bindings: { API_TOKEN: token },
  cf: false,            // never fetch Request.cf from the internet
  host: "127.0.0.1",
  port: Number(port),
});
