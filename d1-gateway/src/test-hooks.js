// Test-only faults, off unless the binding SQLRECORD_TEST_HOOKS is "on" (the runtime's tests set
// it; a deployment never does): lose the answers of the next requests after D1 has committed
// them, as a dropped connection or a failing proxy would, to test that retries do not write twice.
const queued = [];
let lost = 0;

function enabled(env) {
  return env.SQLRECORD_TEST_HOOKS === "on";
}

export async function testControl(url, request, env) {
  if (!enabled(env)) return Response.json({ error: { code: "NOT_FOUND", message: "not found" } }, { status: 404 });
  if (url.pathname === "/__test/faults" && request.method === "POST") {
    // [{"status": 502}] answers 502 after the commit; [{"delayMs": 3000}] answers late
    queued.push(...(await request.json()));
    return Response.json({ queued: queued.length });
  }
  if (url.pathname === "/__test/faults") return Response.json({ queued: queued.length, lost });
  return Response.json({ error: { code: "NOT_FOUND", message: "unknown control" } }, { status: 404 });
}

// Called once a request's batch has committed: null to answer normally, or the lost answer.
export async function afterCommit(env) {
  if (!enabled(env) || queued.length === 0) return null;
  const fault = queued.shift();
  lost++;
  if (fault.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
  if (fault.status) return new Response("answer lost after the commit (test fault)", { status: fault.status });
  return null;
}
