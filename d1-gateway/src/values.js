// Values between the gateway's JSON and the D1 binding. Each keeps its SQLite storage class:
// integers are JSON numbers while exact (|n| <= 2^53 - 1) and {"int": "<decimal>"} beyond; blobs
// are {"blob": "<base64>"}; reals are JSON numbers; NULL is null; text is a string.

export class RequestError extends Error {
  constructor(status, code, message, statement) {
    super(message);
    this.status = status;
    this.code = code;
    this.statement = statement;
  }
}

const DECIMAL = /^[+-]?\d{1,19}$/;

// One bound parameter as the binding takes it: number, string, null or an array of byte values.
export function toParam(value, statement) {
  if (value === null || typeof value === "number" || typeof value === "string") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value && typeof value === "object" && !Array.isArray(value)) {
    if (typeof value.int === "string" && DECIMAL.test(value.int)) {
      // D1's engine reads parameters through JavaScript numbers, so an integer beyond 2^53 is bound
      // as its decimal text: a column of INTEGER affinity stores it as the exact integer.
      const n = BigInt(value.int);
      return n >= -(2n ** 53n) && n <= 2n ** 53n ? Number(n) : n.toString();
    }
    if (typeof value.blob === "string") return Array.from(fromBase64(value.blob, statement));
  }
  throw new RequestError(400, "BAD_PARAMETER",
    `parameter ${JSON.stringify(value)} is not a value: use a number, a string, null, {"int": "…"} or {"blob": "…"}`,
    statement);
}

// One result value for the client. The engine hands integers over as JavaScript numbers, so one
// beyond 2^53 may already be rounded; it goes out as a plain number, which the client refuses as
// inexact instead of claiming an exactness it does not have. Generated queries avoid this: their
// D1 form sends such integers as marked text (docs/D1-EXACT-INTEGERS.md), which passes through here.
export function toValue(value) {
  if (value === null || value === undefined) return null;
  if (typeof value === "bigint") {
    return value >= -(2n ** 53n) && value <= 2n ** 53n ? Number(value) : { int: value.toString() };
  }
  if (Array.isArray(value)) return { blob: toBase64(Uint8Array.from(value)) };
  if (value instanceof ArrayBuffer) return { blob: toBase64(new Uint8Array(value)) };
  return value;
}

function fromBase64(text, statement) {
  let binary;
  try {
    binary = atob(text);
  } catch {
    throw new RequestError(400, "BAD_PARAMETER", "a blob parameter is not valid base64", statement);
  }
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64(bytes) {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}
