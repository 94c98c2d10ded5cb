package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.analyze.Scope.NamedValue;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.model.EnumMapping;
import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.NestedShape;
import dev.sqlrecord.checker.model.QueryKind;
import dev.sqlrecord.checker.model.QueryModel.Param;
import dev.sqlrecord.checker.model.QueryModel.ResultColumn;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.parse.NamedQuery;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.SqlcMarks;
import dev.sqlrecord.checker.parse.TextPosition;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SyntaxError;
import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.Token;

/**
 * Checks one named query: SQLite prepares it (SQLite decides what is valid), the grammar reads its
 * parameters and result columns, and the typers give each its Java type.
 */
public final class QueryAnalyzer {
    /**
     * A query that passed: its parameters, result columns, the statement as written and the SQL to
     * send; {@code atMostOneRow}
     * when it is a {@code :one} that {@link RowCardinality} proves returns no second row, and
     * {@code exactlyOneRow} when it also proves that a row always comes; {@code multiRowInsert} when
     * it is an {@code :exec} whose list form may run as multi-row INSERTs; {@code statement} is the
     * parsed statement, handed on to the lints so the query is parsed once, and {@code names} what
     * its table and column names resolved to, so that they are resolved once; {@code writtenSql}
     * the statement as the user wrote it (named parameters, sqlc's macros, line breaks), for the Javadoc.
     */
    public record Analysis(
            List<Param> params,
            List<ResultColumn> columns,
            String sql,
            List<String> bindings,
            boolean atMostOneRow,
            boolean exactlyOneRow,
            boolean multiRowInsert,
            ParsedStatement statement,
            Resolutions names,
            String writtenSql) {}

    private final Connection connection;
    private final SchemaModel schema;
    private final Map<String, String> viewSql;
    private final Diagnostics diagnostics;
    private final EnumTypes enums;
    private final RowCardinality cardinality;
    private final ConstantExpressions constants;

    public QueryAnalyzer(
            Connection connection,
            SchemaModel schema,
            Map<String, String> viewSql,
            Diagnostics diagnostics,
            EnumTypes enums)
            throws SQLException {
        this.enums = enums;
        this.connection = connection;
        this.schema = schema;
        this.viewSql = viewSql;
        this.diagnostics = diagnostics;
        this.cardinality = new RowCardinality(schema, SilentInserts.tables(connection));
        this.constants = new ConstantExpressions(connection);
    }

    /** The analysis of {@code query}, its SQL parsed as {@code parsed}; or null after reporting why there is none. */
    public Analysis analyze(NamedQuery query, ParsedSql parsed) {
        String file = query.file().display();
        if (parsed.hasErrors()) {
            for (SyntaxError error : parsed.errors()) {
                TextPosition at = query.sqlStart().offset(error.line(), error.column());
                diagnostics.error(file, at.line(), at.column(), error.length(), "syntax-error", error.message());
            }
            return null;
        }
        List<ParsedStatement> statements = ParsedStatement.split(parsed, query.sql(), query.sqlStart());
        if (statements.size() != 1) {
            TextPosition at = statements.size() > 1 ? statements.get(1).start() : query.sqlStart();
            diagnostics.error(
                    file,
                    at.line(),
                    at.column(),
                    1,
                    "multiple-statements",
                    "query '" + query.name() + "' must hold exactly one statement, found " + statements.size()
                            + "; give each statement its own '-- name:' annotation");
            return null;
        }
        ParsedStatement statement = statements.get(0);
        List<String> sqliteNames = prepare(query, statement);
        if (sqliteNames == null || !SchemaPrefixes.onlyMain(statement, file, diagnostics)) {
            return null;
        }
        Params params = new Params(statement.tokens());
        // Twice: the first pass learns parameter types from their neighbours, the second uses them.
        new StatementTyper(schema, viewSql, params, new Resolutions(), constants).statement(statement.tree());
        Resolutions names = new Resolutions();
        StatementTyper typer = new StatementTyper(schema, viewSql, params, names, constants);
        List<NamedValue> typed = typer.statement(statement.tree());
        NestedColumns nested = new NestedColumns(enums, diagnostics, file, statement);
        if (!nested.report(typer.shapes().problems(), names)) {
            return null;
        }
        Map<Integer, JsonShapes.JsonShape> shapes = statement.tree().selectStmt() == null
                ? Map.of()
                : typer.shapes().columns(statement.tree().selectStmt());
        List<Param> javaParams = params(query, statement, params);
        if (javaParams == null || !listsOnlyInLists(query, statement, params)) {
            return null;
        }
        List<ResultColumn> columns = new ArrayList<>();
        for (int i = 0; i < sqliteNames.size(); i++) {
            // SQLite names the columns; if our typing disagrees on their number, stay sound: nullable, any type.
            ValueType type = typed.size() == sqliteNames.size() ? typed.get(i).type() : ValueType.NULL;
            JsonShapes.JsonShape shape = typed.size() == sqliteNames.size() ? shapes.get(i) : null;
            if (shape != null) {
                NestedShape model = nested.model(shape);
                if (model == null) {
                    return null;
                }
                columns.add(
                        new ResultColumn(sqliteNames.get(i), model.javaType(), shape.nullable(), null, null, model));
                continue;
            }
            JavaType enumType = enums.of(type.type(), type.table(), type.column());
            JavaType java = enumType != null ? enumType : JavaType.of(type.type(), type.nullable());
            columns.add(new ResultColumn(sqliteNames.get(i), java, type.nullable(), type.table(), type.column()));
        }
        boolean one = query.kind() == QueryKind.ONE;
        boolean exactlyOneRow = one && cardinality.exactlyOneRow(statement.tree(), names);
        boolean atMostOneRow = exactlyOneRow || one && cardinality.atMostOneRow(statement.tree(), names);
        return new Analysis(
                javaParams,
                columns,
                rewrite(statement, params, query.sqlc()),
                params.bindings(),
                atMostOneRow,
                exactlyOneRow,
                query.kind() == QueryKind.EXEC && cardinality.multiRowInsert(statement.tree(), names),
                statement,
                names,
                query.sqlc().written(statement));
    }

    /** Prepares the statement on the schema; returns SQLite's result column names, or null after reporting its error. */
    private List<String> prepare(NamedQuery query, ParsedStatement statement) {
        try (PreparedStatement prepared = connection.prepareStatement(statement.text())) {
            List<String> names = new ArrayList<>();
            if (!returnsRows(statement)) {
                return names;
            }
            try {
                ResultSetMetaData meta = prepared.getMetaData();
                int count = meta == null ? 0 : meta.getColumnCount();
                for (int i = 1; i <= count; i++) {
                    names.add(meta.getColumnLabel(i));
                }
            } catch (SQLException noColumns) {
                if (statement.tree().pragmaStmt() == null) {
                    throw noColumns;
                }
                // The driver cannot describe this PRAGMA's result before running it: it has none to type.
                names.clear();
            }
            return names;
        } catch (SQLException e) {
            String message = SqliteMessages.clean(e.getMessage());
            Token subject = statement.find(SqliteMessages.subject(message));
            TextPosition at = statement.at(subject);
            diagnostics.error(
                    query.file().display(),
                    at.line(),
                    at.column(),
                    ParsedStatement.length(subject),
                    SqliteMessages.code(message),
                    SqliteMessages.explain(message));
            return null;
        }
    }

    /**
     * Statements that return rows: SELECT, a write with RETURNING, and a PRAGMA that reads (one that
     * sets a value with '=' returns nothing), whose columns SQLite then reports.
     */
    private static boolean returnsRows(ParsedStatement statement) {
        SQLiteParser.StatementContext tree = statement.tree();
        SQLiteParser.PragmaStmtContext pragma = tree.pragmaStmt();
        return tree.selectStmt() != null
                || pragma != null && pragma.ASSIGN() == null && pragma.EQ() == null
                || tree.insertStmt() != null && tree.insertStmt().returningClause() != null
                || tree.updateStmt() != null && tree.updateStmt().returningClause() != null
                || tree.deleteStmt() != null && tree.deleteStmt().returningClause() != null;
    }

    private List<Param> params(NamedQuery query, ParsedStatement statement, Params params) {
        List<Param> out = new ArrayList<>();
        boolean ok = true;
        for (Params.Info info : params.all()) {
            TextPosition at = statement.position(info.first);
            String file = query.file().display();
            int length = info.first.getText().length();
            if (info.types.size() > 1) {
                List<Token> uses = new ArrayList<>(info.types.values());
                TextPosition second = statement.position(uses.get(1));
                diagnostics.error(
                        file,
                        second.line(),
                        second.column(),
                        uses.get(1).getText().length(),
                        "param-type-conflict",
                        "parameter " + info.first.getText() + " is used as "
                                + String.join(
                                        " and ",
                                        info.types.keySet().stream()
                                                .map(SqlType::name)
                                                .toList())
                                + "; use two parameters, or CAST one use to the other's type");
                ok = false;
                continue;
            }
            if (info.types.isEmpty() && !info.untypedColumn) {
                diagnostics.error(
                        file,
                        at.line(),
                        at.column(),
                        length,
                        "unknown-param-type",
                        "cannot infer the type of parameter " + info.first.getText()
                                + " from where it is used; write CAST(" + info.first.getText()
                                + " AS TEXT) (or INTEGER, REAL, BLOB) to say what it is");
                ok = false;
                continue;
            }
            // Only an untyped column met: the parameter is any value (Object), as the column holds.
            SqlType type = info.types.isEmpty()
                    ? SqlType.ANY
                    : info.types.keySet().iterator().next();
            if (info.list && type == SqlType.BLOB) {
                diagnostics.error(
                        file,
                        at.line(),
                        at.column(),
                        length,
                        "unsupported-list-type",
                        "parameter "
                                + info.first.getText()
                                + " would be a list of blobs, which cannot be bound: a list is sent as"
                                + " one JSON array, and JSON has no blobs; compare hex(column) IN (...) with a list of"
                                + " upper-case hex strings instead");
                ok = false;
                continue;
            }
            JavaType enumType = enums.of(type, info.originTable, info.originColumn);
            // sqlc.narg(x) declares x nullable, whatever the column it meets (README, Coming from sqlc).
            boolean nullable = info.nullable || query.sqlc().nullable(info.name);
            JavaType element = enumType != null ? enumType : JavaType.of(type, nullable);
            EnumMapping mapping =
                    enumType == null ? null : enums.mapping(enumType, info.originTable, info.originColumn);
            // A bare ? is named by its number, as SQLite numbers it, so the documentation can tell them apart.
            String marker = info.first.getText().equals("?") ? "?" + info.name.substring(1) : info.first.getText();
            out.add(new Param(
                    info.name,
                    info.list ? JavaType.listOf(element) : element,
                    nullable,
                    info.list,
                    mapping,
                    !info.list && element.equals(JavaType.STRING) && (info.jsonText || jsonColumn(info)),
                    marker,
                    info.originTable,
                    info.originColumn));
        }
        return ok ? out : null;
    }

    /** Whether the parameter is written to, or compared with, a column declared JSON. */
    private boolean jsonColumn(Params.Info info) {
        return info.originTable != null
                && info.originColumn != null
                && schema.table(info.originTable)
                        .flatMap(t -> t.column(info.originColumn))
                        .map(c -> c.declaredType() != null
                                && c.declaredType()
                                        .toUpperCase(java.util.Locale.ROOT)
                                        .contains("JSON"))
                        .orElse(false);
    }

    /**
     * Whether every use of a list parameter is the whole list of an {@code IN (...)}; reports each
     * other use, where one value would be compared with the list's JSON text.
     */
    private boolean listsOnlyInLists(NamedQuery query, ParsedStatement statement, Params params) {
        boolean ok = true;
        for (Token token : statement.tokens()) {
            if (token.getType() == SQLiteLexer.BIND_PARAMETER
                    && params.info(token).list
                    && !params.isListMarker(token)) {
                TextPosition at = statement.position(token);
                diagnostics.error(
                        query.file().display(),
                        at.line(),
                        at.column(),
                        token.getText().length(),
                        "list-param-misuse",
                        "parameter " + token.getText() + " is a list (it is the whole list of an"
                                + " IN (...) elsewhere in this statement), so it cannot also stand for one value here;"
                                + " use a second parameter");
                ok = false;
            }
        }
        return ok;
    }

    /**
     * The statement with every parameter written as a plain {@code ?}, bound by position at run
     * time; a list's {@code IN (?)} reads the one JSON array the list is bound as:
     * {@code IN (SELECT +value FROM json_each(?))}. The {@code +} takes the affinity off
     * {@code value}, so that each element compares as a bound value in {@code IN (?, ?, ...)} would.
     */
    private static String rewrite(ParsedStatement statement, Params params, SqlcMarks sqlc) {
        StringBuilder sql = new StringBuilder();
        for (Token token : statement.tokens()) {
            if (token.getChannel() != Token.DEFAULT_CHANNEL) {
                // Leaves out the padding a sqlc macro's rewrite added (SqlcMacros).
                String text = token.getText();
                for (int i = 0; i < text.length(); i++) {
                    if (!sqlc.padding(token.getStartIndex() + i)) {
                        sql.append(text.charAt(i));
                    }
                }
            } else if (token.getType() != SQLiteLexer.BIND_PARAMETER) {
                sql.append(token.getText());
            } else {
                sql.append(params.isListMarker(token) ? "SELECT +value FROM json_each(?)" : "?");
            }
        }
        return sql.toString().strip();
    }
}
