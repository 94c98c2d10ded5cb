// What serve.mjs and serve-gateway.mjs share: start Miniflare, print "READY <url>" once it serves,
// and stop on SIGTERM/SIGINT or, with LOCAL_D1_PARENT=stdin (set by the tests), when stdin closes,
// i.e. when the JVM that started it is gone, so that workerd never outlives the tests.
import { Miniflare } from "miniflare";

export async function serveUntilStopped(options) {
  const mf = new Miniflare(options);
  const url = await mf.ready;
  console.log(`READY ${url.href}`);
  let stopping = false;
  async function stop() {
    if (stopping) return;
    stopping = true;
    await mf.dispose();
    process.exit(0);
  }
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  if (process.env.LOCAL_D1_PARENT === "stdin") {
    process.stdin.on("end", stop);
    process.stdin.on("error", stop);
    process.stdin.resume();
  }
}
