package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.TextPosition;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * Refuses a name prefixed by a schema other than {@code main} ({@code other.users},
 * {@code temp.t}). The check reads the main database's schema only, so such a table would be typed
 * as the main table of the same name (wrong, and unsound); and at run time the application's
 * connections do not have what a migration attached or created as TEMP, which lives only as long as
 * the connection that made it.
 */
final class SchemaPrefixes {
    private SchemaPrefixes() {}

    /** True when every schema prefix in the statement is {@code main}; reports each other one. */
    static boolean onlyMain(ParsedStatement statement, String file, Diagnostics diagnostics) {
        return check(statement.tree(), statement, file, diagnostics);
    }

    private static boolean check(ParseTree node, ParsedStatement statement, String file, Diagnostics diagnostics) {
        boolean ok = true;
        ParserRuleContext schema = null;
        if (node instanceof SQLiteParser.QualifiedNameContext name) {
            schema = name.schema;
        } else if (node instanceof SQLiteParser.ColumnRefContext ref) {
            schema = ref.schema;
        }
        if (schema != null && !Names.unquote(schema.getText()).equalsIgnoreCase("main")) {
            String prefix = Names.unquote(schema.getText());
            TextPosition at = statement.position(schema.getStart());
            diagnostics.error(
                    file,
                    at.line(),
                    at.column(),
                    schema.getText().length(),
                    "unsupported-schema",
                    "schema '" + prefix + "' is not the main database: sqlrecord checks and types queries"
                            + " against the main database that the migrations build, and the application's"
                            + " connections have no attached or TEMP database; use a table of the main schema"
                            + " (unprefixed, or 'main.')");
            ok = false;
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            ok &= check(node.getChild(i), statement, file, diagnostics);
        }
        return ok;
    }
}
