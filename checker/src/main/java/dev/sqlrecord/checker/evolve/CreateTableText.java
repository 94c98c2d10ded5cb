package dev.sqlrecord.checker.evolve;

import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.schema.CheckConstraints;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.misc.Interval;

/**
 * What a CREATE TABLE says that no pragma reports: its CHECKs, generated columns' expressions,
 * declared collations and its options (WITHOUT ROWID, STRICT, AUTOINCREMENT). Keys of the maps are
 * lower-cased column names.
 */
record CreateTableText(
        List<String> checks,
        Map<String, String> generated,
        Map<String, String> collations,
        boolean withoutRowid,
        boolean strict,
        boolean autoincrement) {

    static CreateTableText of(String sql) {
        SQLiteParser.CreateTableStmtContext table = CheckConstraints.createTable(sql);
        List<String> checks = new ArrayList<>();
        Map<String, String> generated = new HashMap<>();
        Map<String, String> collations = new HashMap<>();
        if (table == null) {
            return new CreateTableText(checks, generated, collations, false, false, false);
        }
        for (SQLiteParser.ExprContext check : CheckConstraints.checks(table)) {
            checks.add(SqlText.normalize(text(check)));
        }
        checks.sort(null);
        boolean autoincrement = false;
        for (SQLiteParser.ColumnDefinitionContext column : table.columnDefinition()) {
            String name = Names.unquote(column.name().getText()).toLowerCase(Locale.ROOT);
            for (SQLiteParser.ColumnConstraintContext constraint : column.columnConstraint()) {
                SQLiteParser.ColumnConstraintBodyContext body = constraint.columnConstraintBody();
                if (body instanceof SQLiteParser.GeneratedConstraintContext g) {
                    String kind = g.bareName() == null
                            ? "virtual"
                            : g.bareName().getText().toLowerCase(Locale.ROOT);
                    generated.put(name, SqlText.normalize(text(g.expr())) + " " + kind);
                } else if (body instanceof SQLiteParser.CollateConstraintContext c) {
                    collations.put(
                            name, Names.unquote(c.collationName().getText()).toLowerCase(Locale.ROOT));
                } else if (body instanceof SQLiteParser.PrimaryKeyConstraintContext pk && pk.AUTOINCREMENT_() != null) {
                    autoincrement = true;
                }
            }
        }
        boolean withoutRowid = table.tableOption().stream().anyMatch(o -> o.WITHOUT_() != null);
        boolean strict = table.tableOption().stream()
                .anyMatch(o -> o.WITHOUT_() == null && o.getText().equalsIgnoreCase("strict"));
        return new CreateTableText(checks, generated, collations, withoutRowid, strict, autoincrement);
    }

    /** The source text of a parse node, as written. */
    static String text(ParserRuleContext node) {
        return node.getStart()
                .getInputStream()
                .getText(Interval.of(
                        node.getStart().getStartIndex(), node.getStop().getStopIndex()));
    }
}
