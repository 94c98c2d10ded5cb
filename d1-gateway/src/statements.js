// The statements of a request as D1 runs them, and which of them may write.

// Splits SQL on ';' outside literals, quoted names and comments, keeping a CREATE TRIGGER's
// BEGIN ... END body whole: the runtime may send several statements in one string (as D1's REST
// API accepts), while the binding prepares one statement at a time.
export function splitStatements(sql) {
  const out = [];
  let start = 0, i = 0, depth = 0, words = [];
  while (i < sql.length) {
    const c = sql[i];
    if (c === "'" || c === '"' || c === "`" || c === "[") {
      const close = c === "[" ? "]" : c;
      i++;
      while (i < sql.length && !(sql[i] === close && sql[i + 1] !== close)) i += sql[i] === close ? 2 : 1;
      i++;
    } else if (sql.startsWith("--", i)) {
      const end = sql.indexOf("\n", i);
      i = end < 0 ? sql.length : end;
    } else if (sql.startsWith("/*", i)) {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? sql.length : end + 2;
    } else if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < sql.length && /[A-Za-z0-9_$]/.test(sql[j])) j++;
      const word = sql.slice(i, j).toUpperCase();
      words.push(word);
      const trigger = words[0] === "CREATE" && words.slice(1, 4).includes("TRIGGER");
      if (trigger && (word === "BEGIN" || word === "CASE")) depth++;
      if (trigger && word === "END" && depth > 0) depth--;
      i = j;
    } else if (c === ";" && depth === 0) {
      out.push(sql.slice(start, i + 1));
      start = i + 1;
      words = [];
      i++;
    } else {
      i++;
    }
  }
  out.push(sql.slice(start));
  return out.filter((s) => withoutComments(s).replace(/;/g, "").trim() !== "");
}

function withoutComments(sql) {
  return sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, " ");
}

const READ_FIRST_WORDS = new Set(["SELECT", "VALUES", "EXPLAIN"]);
const WRITE_WORDS = /\b(INSERT|UPDATE|DELETE|REPLACE)\b/i;

// Whether a statement cannot change anything: SELECT, VALUES, EXPLAIN, or a WITH without a write.
// Everything else gets its own row count and, with an idempotency key, a record.
export function isRead(sql) {
  const text = withoutComments(sql).trim();
  const first = (/^[A-Za-z]+/.exec(text)?.[0] ?? "").toUpperCase();
  if (READ_FIRST_WORDS.has(first)) return true;
  return first === "WITH" && !WRITE_WORDS.test(text.replace(/'(?:[^']|'')*'/g, "''"));
}

// Whether a write hands rows back, which a replayed answer cannot repeat.
export function returnsRows(sql) {
  return /\bRETURNING\b/i.test(withoutComments(sql).replace(/'(?:[^']|'')*'/g, "''"));
}
