package dev.sqlrecord.checker.migrate;

import dev.sqlrecord.runtime.migrations.Migration;
import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.lint.Suppressions;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.SourceFile;
import dev.sqlrecord.checker.parse.TextPosition;
import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * Finds D1 hazards ({@link Hazard}) by replaying the migrations on a scratch in-memory SQLite and
 * watching {@code sqlite_master} change around each statement: what a statement creates, drops and
 * references is read from SQLite itself rather than guessed from the SQL text. Run it only on
 * migrations that applied cleanly (the schema builder reports failures).
 */
public final class MigrationHazards {
    private static final Set<String> TRANSACTION_WORDS =
            Set.of("BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE");


    private final Target target;
    private final Diagnostics diagnostics;

    public MigrationHazards(Target target, Diagnostics diagnostics) {
        this.target = target;
        this.diagnostics = diagnostics;
    }

    private record Reference(int file, SourceFile source, ParsedStatement statement, String child, String parent) {}

    private record Dropped(ParsedStatement statement, List<String> children) {}

    public void check(List<SourceFile> migrations) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            exec(db, "PRAGMA foreign_keys = ON");
            Map<String, Integer> createdIn = new HashMap<>();
            List<Reference> unresolved = new ArrayList<>();
            for (int i = 0; i < migrations.size(); i++) {
                int index = i;
                SourceFile file = migrations.get(i);
                ParsedSql parsed = SqlSyntax.parse(file.text());
                if (parsed.hasErrors()) {
                    return;
                }
                Map<String, Dropped> dropped = new HashMap<>();
                boolean foreignKeysOff = new Migration(file.path().getFileName().toString(), file.text())
                        .turnsForeignKeysOff();
                for (ParsedStatement statement : ParsedStatement.split(parsed, file.text(), new TextPosition(1, 1))) {
                    List<Token> words = words(statement);
                    String first = words.isEmpty() ? "" : words.get(0).getText().toUpperCase(Locale.ROOT);
                    keywords(file, statement, words, first);
                    Map<String, String> before = objects(db);
                    Map<String, List<String>> cascading = first.equals("DROP") ? cascadingChildren(db) : Map.of();
                    try {
                        exec(db, statement.text());
                    } catch (SQLException e) {
                        return;
                    }
                    Map<String, String> after = objects(db);
                    for (String name : before.keySet()) {
                        if (!after.containsKey(name) && cascading.containsKey(name)) {
                            dropped.put(name, new Dropped(statement, cascading.get(name)));
                        }
                    }
                    for (var created : after.entrySet()) {
                        if (before.containsKey(created.getKey())) {
                            continue;
                        }
                        String name = created.getKey();
                        if (name.startsWith("_cf_")) {
                            report(file, statement, at(statement, name), Hazard.RESERVED_NAME, "D1 reserves names"
                                    + " starting with _cf_ (its own tables); creating " + name + " fails there"
                                    + " with SQLITE_AUTH; choose another name");
                        }
                        if (!created.getValue().equals("table")) {
                            continue;
                        }
                        createdIn.putIfAbsent(name, i);
                        Dropped rebuilt = dropped.remove(name);
                        if (rebuilt != null) {
                            rebuildCascade(file, rebuilt, name, foreignKeysOff);
                        }
                        for (String parent : parents(db, name)) {
                            if (!after.containsKey(parent)) {
                                unresolved.add(new Reference(i, file, statement, name, parent));
                            }
                        }
                    }
                }
                Map<String, String> now = objects(db);
                unresolved.removeIf(r -> r.file() == index && now.containsKey(r.parent()));
            }
            for (Reference r : unresolved) {
                Integer later = createdIn.get(r.parent());
                Token token = at(r.statement(), r.parent());
                if (later != null && later > r.file()) {
                    report(r.source(), r.statement(), token, Hazard.FORWARD_REFERENCE, "table " + r.child()
                            + " references " + r.parent() + ", which a later migration ("
                            + migrations.get(later).path().getFileName() + ") creates: until it is applied, every"
                            + " insert into " + r.child() + " fails; create " + r.parent() + " first");
                } else if (later == null) {
                    report(r.source(), r.statement(), token, Hazard.MISSING_REFERENCE, "table " + r.child()
                            + " references " + r.parent() + ", which no migration creates, so every insert into "
                            + r.child() + " fails while foreign keys are on (always, on D1)");
                }
            }
        }
    }

    private void rebuildCascade(SourceFile file, Dropped rebuilt, String table, boolean foreignKeysOff) {
        List<String> children = rebuilt.children().stream().sorted().toList();
        String list = String.join(", ", children);
        String first = children.get(0);
        String rebuilds = "this rebuilds table " + table + " (drop, then rename a copy), and " + list
                + " reference it with ON DELETE CASCADE or SET NULL";
        if (target == Target.SQLITE && foreignKeysOff) {
            report(file, rebuilt.statement(), at(rebuilt.statement(), table), Hazard.REBUILD_CASCADE, Severity.INFO,
                    rebuilds + ": the runner applies this file with foreign keys off (it says PRAGMA foreign_keys"
                            + " = OFF) and checks them before the commit, so their rows stay; on D1, which ignores"
                            + " that pragma, the DROP would delete or null them");
            return;
        }
        String why = target == Target.D1
                ? ": on D1 foreign keys stay on whatever the file says (PRAGMA foreign_keys = OFF is ignored, and"
                        + " PRAGMA defer_foreign_keys = ON defers checks, not cascades), so the DROP deletes or nulls"
                        + " their rows"
                : ": foreign keys are on when the DROP runs (the file does not say PRAGMA foreign_keys = OFF,"
                        + " and PRAGMA defer_foreign_keys = ON defers checks, not cascades), so it deletes or nulls"
                        + " their rows";
        String fix = "; keep them by copying each child aside before the DROP (CREATE TABLE __keep_" + first
                + " AS SELECT * FROM " + first + ";) and putting it back after the rename (DELETE FROM " + first
                + "; INSERT INTO " + first + " SELECT * FROM __keep_" + first + "; DROP TABLE __keep_" + first
                + ";), or use ALTER TABLE where it can make the change";
        report(file, rebuilt.statement(), at(rebuilt.statement(), table), Hazard.REBUILD_CASCADE,
                Hazard.REBUILD_CASCADE.severity(target), rebuilds + why + fix);
    }

    private void keywords(SourceFile file, ParsedStatement statement, List<Token> words, String first) {
        if (TRANSACTION_WORDS.contains(first)) {
            report(file, statement, words.get(0), Hazard.TRANSACTION, "D1 refuses " + first + " (it has no SQL"
                    + " transaction statements); each migration file is already applied atomically, so remove it");
        } else if (first.equals("PRAGMA") && words.size() > 1
                && words.get(1).getText().replace("\"", "").replace("`", "").equalsIgnoreCase("foreign_keys")) {
            report(file, statement, words.get(1), Hazard.PRAGMA_FOREIGN_KEYS, "PRAGMA foreign_keys has no effect on D1"
                    + " (foreign keys are always on inside its implicit transaction), so a table rebuild there still"
                    + " deletes or nulls the rows of ON DELETE CASCADE or SET NULL children; PRAGMA defer_foreign_keys"
                    + " = on lets rows point nowhere until the commit, but does not stop those actions");
        }
    }

    private void report(SourceFile file, ParsedStatement statement, Token token, Hazard hazard, String message) {
        report(file, statement, token, hazard, hazard.severity(target), message);
    }

    private void report(SourceFile file, ParsedStatement statement, Token token, Hazard hazard, Severity severity,
                        String message) {
        if (ignored(file.text(), statement, hazard)) {
            return;
        }
        TextPosition at = token == null ? statement.start() : statement.position(token);
        diagnostics.add(new Diagnostic(file.display(), at.line(), at.column(), token == null ? 1 : token.getText().length(),
                severity, hazard.code(), message));
    }

    /**
     * {@code -- sqlrecord:ignore <code>} on the statement's lines or in the comment lines right above
     * it, as for lints: the escape hatch when a hazard is known and handled.
     */
    private static boolean ignored(String text, ParsedStatement statement, Hazard hazard) {
        int last = statement.position(statement.tokens().get(statement.tokens().size() - 1)).line();
        return Suppressions.forStatement(text, statement.start().line(), last).containsKey(hazard.code());
    }

    private static Token at(ParsedStatement statement, String name) {
        Token found = statement.find(name);
        return found != null ? found : words(statement).isEmpty() ? null : words(statement).get(0);
    }

    private static List<Token> words(ParsedStatement statement) {
        return statement.tokens().stream().filter(t -> t.getChannel() == Token.DEFAULT_CHANNEL).toList();
    }

    /** Every schema object by lower-cased name, with its type. */
    private static Map<String, String> objects(Connection db) throws SQLException {
        Map<String, String> objects = new HashMap<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, type FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                objects.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
            }
        }
        return objects;
    }

    /** For each table, the other tables whose foreign keys to it cascade or set null on delete. */
    private static Map<String, List<String>> cascadingChildren(Connection db) throws SQLException {
        Map<String, List<String>> children = new HashMap<>();
        for (var object : objects(db).entrySet()) {
            if (!object.getValue().equals("table")) {
                continue;
            }
            try (Statement s = db.createStatement();
                    ResultSet rs = s.executeQuery("SELECT DISTINCT \"table\", on_delete FROM pragma_foreign_key_list('"
                            + object.getKey().replace("'", "''") + "')")) {
                while (rs.next()) {
                    String parent = rs.getString(1).toLowerCase(Locale.ROOT);
                    String action = rs.getString(2).toUpperCase(Locale.ROOT);
                    if (!parent.equals(object.getKey()) && (action.equals("CASCADE") || action.startsWith("SET "))) {
                        Set<String> seen = new HashSet<>(children.getOrDefault(parent, List.of()));
                        if (seen.add(object.getKey())) {
                            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(object.getKey());
                        }
                    }
                }
            }
        }
        return children;
    }

    private static Set<String> parents(Connection db, String table) throws SQLException {
        Set<String> parents = new HashSet<>();
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT \"table\" FROM pragma_foreign_key_list('"
                        + table.replace("'", "''") + "')")) {
            while (rs.next()) {
                parents.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return parents;
    }

    private static void exec(Connection db, String sql) throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(sql);
        }
    }
}
