package dev.sqlrecord.checker.lint;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SchemaModel.Column;
import dev.sqlrecord.checker.model.SchemaModel.Table;
import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.parse.ParsedMigration;
import java.util.List;

/**
 * {@code inexact-decimal}: a NUMERIC or DECIMAL column (any declared type with NUMERIC affinity that
 * Java reads as a BigDecimal) stores numbers, not text: SQLite turns a decimal into a 64-bit INTEGER
 * when it is whole and into a REAL, a double, otherwise. So it holds exactly the whole numbers of 64
 * bits and the decimals of at most 15 significant digits, and not the scale (12.50 comes back 12.5);
 * the runtime refuses a BigDecimal the column would change. Judged on the final schema, reported at
 * the type of the column's definition.
 */
final class DecimalColumnLint {
    private DecimalColumnLint() {}

    static void check(SchemaModel schema, List<ParsedMigration> migrations, ForeignKeyLint.MigrationSink sink) {
        Declarations declared = declarations(migrations);
        for (Table table : schema.tables()) {
            if (table.view()) {
                continue;
            }
            for (Column column : table.columns()) {
                if (column.hidden() || SqlType.fromDeclared(column.declaredType()) != SqlType.NUMERIC) {
                    continue;
                }
                sink.report(
                        declared.get(table.name(), column.name()),
                        "column " + table.name() + "."
                                + column.name() + " is declared " + column.declaredType()
                                + ", which SQLite stores as a number"
                                + " (an INTEGER when whole, else a REAL): it holds exactly only 64-bit whole numbers and"
                                + " decimals of at most 15 significant digits, and not their scale (12.50 reads back 12.5);"
                                + " the runtime refuses a BigDecimal it would change. For exact decimals declare it TEXT (a"
                                + " String) or store an INTEGER of the smallest unit (cents)");
            }
        }
    }

    /** Where each column was defined, by table and column; a later definition wins. */
    private static Declarations declarations(List<ParsedMigration> migrations) {
        return Declarations.read(migrations, (at, table, column, out) -> {
            if (column.typeName() != null) {
                out.put(
                        table,
                        Names.unquote(column.name().getText()),
                        new Declarations.At(
                                at.file(), at.statement(), column.typeName().getStart()));
            }
        });
    }
}
