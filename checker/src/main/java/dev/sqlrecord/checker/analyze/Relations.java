package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.analyze.Scope.NamedValue;
import dev.sqlrecord.checker.analyze.Scope.Source;
import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a name in FROM or a write target stands for in one statement: a CTE, a view (typed from its
 * own SQL) or a table of the schema; and the record of what each name and column reference resolved
 * to, for the lints.
 */
final class Relations {
    private final SchemaModel schema;
    private final Map<String, String> viewSql;
    private final Resolutions resolutions;
    private final ConstantExpressions constants;
    /** CTEs visible in the statement being typed, by lower-cased name. */
    private final Map<String, List<NamedValue>> ctes = new HashMap<>();

    Relations(SchemaModel schema, Map<String, String> viewSql, Resolutions resolutions, ConstantExpressions constants) {
        this.schema = schema;
        this.viewSql = viewSql;
        this.resolutions = resolutions;
        this.constants = constants;
    }

    /** Makes a CTE's columns (as typed so far) what its name reads. */
    void cte(String lowerCaseName, List<NamedValue> columns) {
        ctes.put(lowerCaseName, columns);
    }

    /**
     * The base table a FROM item or write target names, as the schema spells it; null for a CTE, a
     * view or an unknown name. Recorded for the lints, which see the same tables.
     */
    String baseTable(SQLiteParser.QualifiedNameContext name) {
        String written = Names.unquote(name.object.getText());
        String table = ctes.containsKey(written.toLowerCase(Locale.ROOT))
                ? null
                : schema.table(written)
                        .filter(t -> !t.view())
                        .map(SchemaModel.Table::name)
                        .orElse(null);
        resolutions.table(name, table);
        return table;
    }

    /** Records what a column reference resolved to: a column of {@code source}, or nothing known. */
    void resolved(SQLiteParser.ColumnRefContext ref, Source source, String column) {
        if (source == null) {
            return;
        }
        Resolutions.Kind kind = source.item() == null
                ? Resolutions.Kind.RESULT
                : source.table() != null ? Resolutions.Kind.TABLE : Resolutions.Kind.DERIVED;
        resolutions.column(ref, new Resolutions.Resolved(kind, source.item(), source.table(), column));
    }

    /**
     * Whether {@code table} is a full-text table (FTS3, FTS4, FTS5): a virtual table whose modules
     * give it a hidden column named as the table itself, the one that {@code MATCH} searches
     * (https://www.sqlite.org/fts5.html#full_text_query_syntax). Its other columns are untyped text.
     */
    boolean fullText(String table) {
        return table != null
                && schema.table(table)
                        .filter(t -> !t.view() && !t.rowidKey())
                        .flatMap(t -> t.column(t.name()))
                        .filter(SchemaModel.Column::hidden)
                        .isPresent();
    }

    /** The columns of a table, view or CTE as a FROM item sees them. */
    List<NamedValue> table(String name) {
        List<NamedValue> cte = ctes.get(name.toLowerCase(Locale.ROOT));
        if (cte != null) {
            return cte;
        }
        SchemaModel.Table table = schema.table(name).orElse(null);
        if (table == null) {
            return List.of();
        }
        if (table.view() && viewSql.containsKey(table.name().toLowerCase(Locale.ROOT))) {
            return view(table);
        }
        return table.columns().stream()
                .filter(c -> !c.hidden())
                .map(c -> new NamedValue(
                        c.name(),
                        new ValueType(SqlType.fromDeclared(c.declaredType()), !c.notNull(), table.name(), c.name())))
                .toList();
    }

    private List<NamedValue> view(SchemaModel.Table view) {
        ParsedSql parsed = SqlSyntax.parse(viewSql.get(view.name().toLowerCase(Locale.ROOT)));
        SQLiteParser.CreateViewStmtContext create = parsed.hasErrors()
                ? null
                : parsed.tree().statementList().statement(0).createViewStmt();
        if (create == null) {
            return List.of();
        }
        StatementTyper inner = new StatementTyper(
                schema, viewSql, new Params(parsed.tokens().getTokens()), new Resolutions(), constants);
        List<NamedValue> columns = inner.select(create.selectStmt(), null);
        List<NamedValue> named = new ArrayList<>();
        for (int i = 0; i < columns.size() && i < view.columns().size(); i++) {
            named.add(
                    new NamedValue(view.columns().get(i).name(), columns.get(i).type()));
        }
        return named;
    }
}
