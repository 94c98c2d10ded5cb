package dev.sqlrecord.checker.parse;

import dev.sqlrecord.checker.model.QueryKind;
import java.util.Map;

/**
 * sqlc's query kinds beside ours, so that a sqlc query file is read as it is: the ones with an
 * equivalent are that kind, the others are refused with what to use instead.
 */
final class SqlcKinds {
    private SqlcKinds() {}

    /**
     * {@code :execrows} is our {@code :exec}, whose {@code int} is already the rows the statement
     * changed. {@code :execlastid} is our {@code :execresult}: sqlc returns the last insert id alone,
     * we return it together with the rows changed, {@code ExecResult.lastInsertId()}.
     */
    private static final Map<String, QueryKind> ALIASES =
            Map.of("execrows", QueryKind.EXEC, "execlastid", QueryKind.EXECRESULT);

    private static final String BATCH = "; write it as a single-statement query (:exec, :one or :many) and run"
            + " several of its generated <query>Statement(...) factories together with db.batch(...)";

    private static final Map<String, String> REFUSED = Map.of(
            "batchexec", "sqlc's ':batchexec' is not a kind here" + BATCH,
            "batchmany", "sqlc's ':batchmany' is not a kind here" + BATCH,
            "batchone", "sqlc's ':batchone' is not a kind here" + BATCH,
            "copyfrom",
                    "sqlc's ':copyfrom' is not a kind here (SQLite has no COPY); write the INSERT of one row as"
                            + " :exec and run its generated <query>Statement(...) factory once per row in one db.batch(...)");

    /** Our kind for a label, ours or one of sqlc's that has an equivalent; null when there is none. */
    static QueryKind kind(String label) {
        QueryKind alias = ALIASES.get(label);
        return alias != null ? alias : QueryKind.fromLabel(label);
    }

    /** The message refusing one of sqlc's kinds that has no equivalent, or null when the label is not one. */
    static String refusal(String label) {
        return REFUSED.get(label);
    }
}
