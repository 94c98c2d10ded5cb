package dev.sqlrecord.checker.migrate;

import dev.sqlrecord.checker.Target;
import dev.sqlrecord.checker.lint.LintLevel;
import dev.sqlrecord.checker.lint.Linter;
import dev.sqlrecord.checker.lint.Rule;
import dev.sqlrecord.checker.parse.Names;
import dev.sqlrecord.checker.parse.ParsedMigration;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.schema.ReplayObserver;
import dev.sqlrecord.grammar.antlr.SQLiteParser;
import java.sql.Connection;
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
 * Finds migration hazards (the {@code migration-*} codes of {@link Rule}) by observing the schema
 * builder's replay of the migrations and watching {@code sqlite_master} change around each
 * statement: what a statement creates, drops and references is read from SQLite itself rather than
 * guessed from the SQL text. The findings are reported ({@link #report}) only when every migration
 * applied cleanly (the schema builder reports failures).
 */
public final class MigrationHazards implements ReplayObserver {
    private final Target target;
    private final List<Finding> findings = new ArrayList<>();
    private final Map<String, ParsedMigration> createdIn = new HashMap<>();
    private final List<ParsedMigration> files = new ArrayList<>();
    private final List<Reference> unresolved = new ArrayList<>();
    private Map<String, Dropped> dropped = new HashMap<>();
    private Map<String, String> before = Map.of();
    private Map<String, List<String>> cascading = Map.of();
    /**
     * The schema's objects as the last statement left them, and what tells whether they changed
     * since: read again in full only when a statement that creates nothing changed the schema (so a
     * replay of many CREATE statements reads each new row once, not the whole schema twice a statement).
     */
    private Map<String, String> current;

    private long lastRowid;
    private long schemaVersion;

    public MigrationHazards(Target target) {
        this.target = target;
    }

    private record Reference(ParsedMigration file, ParsedStatement statement, String child, String parent) {}

    private record Dropped(ParsedStatement statement, List<String> children) {}

    /** One hazard, at most at {@code ceiling}. */
    private record Finding(
            ParsedMigration file,
            ParsedStatement statement,
            Token token,
            Rule rule,
            LintLevel ceiling,
            String message) {}

    @Override
    public void startFile(ParsedMigration file, Connection db) {
        files.add(file);
        dropped = new HashMap<>();
    }

    @Override
    public void before(ParsedMigration file, ParsedStatement statement, Connection db) throws SQLException {
        keywords(file, statement);
        before = current != null ? current : read(db);
        cascading = statement.tree().dropStmt() != null ? cascadingChildren(db, before) : Map.of();
    }

    @Override
    public void after(ParsedMigration file, ParsedStatement statement, Connection db) throws SQLException {
        // a PRAGMA (writable_schema) can change the schema without changing its version: read it all
        Map<String, String> after;
        if (creates(statement)) {
            after = withCreated(db);
        } else if (statement.tree().pragmaStmt() == null && schemaVersion(db) == schemaVersion) {
            after = before;
        } else {
            after = read(db);
        }
        current = after;
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
                find(
                        file,
                        statement,
                        at(statement, name),
                        Rule.MIGRATION_RESERVED_NAME,
                        "D1 reserves names"
                                + " starting with _cf_ (its own tables); creating " + name + " fails there"
                                + " with SQLITE_AUTH; choose another name");
            }
            if (!created.getValue().equals("table")) {
                continue;
            }
            createdIn.putIfAbsent(name, file);
            Dropped rebuilt = dropped.remove(name);
            if (rebuilt != null) {
                rebuildCascade(file, rebuilt, name, file.turnsForeignKeysOff());
            }
            for (String parent : parents(db, name)) {
                if (!after.containsKey(parent)) {
                    unresolved.add(new Reference(file, statement, name, parent));
                }
            }
        }
    }

    @Override
    @SuppressWarnings("ReferenceEquality") // the very file this replay just ended, not an equal one
    public void endFile(ParsedMigration file, Connection db) throws SQLException {
        Map<String, String> now = current != null ? current : read(db);
        unresolved.removeIf(r -> r.file() == file && now.containsKey(r.parent()));
    }

    /** Reports what the replay found, each at its rule's level unless ignored at its statement. */
    public void report(Linter linter) {
        for (Reference r : unresolved) {
            ParsedMigration later = createdIn.get(r.parent());
            Token token = at(r.statement(), r.parent());
            if (later != null && files.indexOf(later) > files.indexOf(r.file())) {
                find(
                        r.file(),
                        r.statement(),
                        token,
                        Rule.MIGRATION_FORWARD_REFERENCE,
                        "table " + r.child()
                                + " references " + r.parent() + ", which a later migration (" + later.name()
                                + ") creates: until it is applied, every insert into " + r.child() + " fails; create "
                                + r.parent() + " first");
            } else if (later == null) {
                find(
                        r.file(),
                        r.statement(),
                        token,
                        Rule.MIGRATION_MISSING_REFERENCE,
                        "table " + r.child()
                                + " references " + r.parent() + ", which no migration creates, so every insert into "
                                + r.child() + " fails while foreign keys are on (always, on D1)");
            }
        }
        unresolved.clear();
        for (Finding f : findings) {
            linter.inMigration(f.file(), f.statement()).report(f.rule(), f.token(), f.ceiling(), f.message());
        }
        findings.clear();
    }

    private void rebuildCascade(ParsedMigration file, Dropped rebuilt, String table, boolean foreignKeysOff) {
        List<String> children = rebuilt.children().stream().sorted().toList();
        String list = String.join(", ", children);
        String first = children.get(0);
        String rebuilds = "this rebuilds table " + table + " (drop, then rename a copy), and " + list
                + " reference it with ON DELETE CASCADE or SET NULL";
        if (target == Target.SQLITE && foreignKeysOff) {
            find(
                    file,
                    rebuilt.statement(),
                    at(rebuilt.statement(), table),
                    Rule.MIGRATION_REBUILD_CASCADE,
                    LintLevel.INFO,
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
        find(
                file,
                rebuilt.statement(),
                at(rebuilt.statement(), table),
                Rule.MIGRATION_REBUILD_CASCADE,
                rebuilds + why + fix);
    }

    private void keywords(ParsedMigration file, ParsedStatement statement) {
        SQLiteParser.StatementContext tree = statement.tree();
        if (statement.controlsTransaction()) {
            String first = tree.getStart().getText().toUpperCase(Locale.ROOT);
            find(
                    file,
                    statement,
                    tree.getStart(),
                    Rule.MIGRATION_TRANSACTION,
                    "D1 refuses " + first + " (it has no SQL"
                            + " transaction statements); each migration file is already applied atomically, so remove it");
        } else if (tree.pragmaStmt() != null
                && Names.unquote(tree.pragmaStmt().qualifiedName().object.getText())
                        .equalsIgnoreCase("foreign_keys")) {
            find(
                    file,
                    statement,
                    tree.pragmaStmt().qualifiedName().object.getStart(),
                    Rule.MIGRATION_PRAGMA_FOREIGN_KEYS,
                    "PRAGMA foreign_keys has no effect on D1"
                            + " (foreign keys are always on inside its implicit transaction), so a table rebuild there still"
                            + " deletes or nulls the rows of ON DELETE CASCADE or SET NULL children; PRAGMA defer_foreign_keys"
                            + " = on lets rows point nowhere until the commit, but does not stop those actions");
        }
    }

    private void find(ParsedMigration file, ParsedStatement statement, Token token, Rule rule, String message) {
        find(file, statement, token, rule, LintLevel.ERROR, message);
    }

    private void find(
            ParsedMigration file,
            ParsedStatement statement,
            Token token,
            Rule rule,
            LintLevel ceiling,
            String message) {
        findings.add(new Finding(file, statement, token, rule, ceiling, message));
    }

    /** The token that names {@code name} in the statement, else the statement's first. */
    private static Token at(ParsedStatement statement, String name) {
        Token found = statement.find(name);
        return found != null ? found : statement.tree().getStart();
    }

    /** Every schema object by lower-cased name, with its type. */
    /** Whether the statement can only add objects to the schema (none of them the connection's). */
    private static boolean creates(ParsedStatement statement) {
        SQLiteParser.StatementContext tree = statement.tree();
        return tree.EXPLAIN_() == null
                && (tree.createTableStmt() != null
                        || tree.createIndexStmt() != null
                        || tree.createViewStmt() != null
                        || tree.createTriggerStmt() != null
                        || tree.createVirtualTableStmt() != null);
    }

    /** Every object of the schema, and where the schema stands now. */
    private Map<String, String> read(Connection db) throws SQLException {
        Map<String, String> objects = objects(db);
        lastRowid = lastRowid(db);
        schemaVersion = schemaVersion(db);
        return objects;
    }

    /** The objects before the statement and those it created: the rows of {@code sqlite_master} after the last one. */
    private Map<String, String> withCreated(Connection db) throws SQLException {
        Map<String, String> objects = new HashMap<>(before);
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT name, type, rowid FROM sqlite_master WHERE rowid > " + lastRowid
                        + " AND name NOT LIKE 'sqlite_%'")) {
            while (rs.next()) {
                objects.put(rs.getString(1).toLowerCase(Locale.ROOT), rs.getString(2));
            }
        }
        lastRowid = lastRowid(db);
        schemaVersion = schemaVersion(db);
        return objects;
    }

    private static long lastRowid(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("SELECT coalesce(max(rowid), 0) FROM sqlite_master")) {
            return rs.getLong(1);
        }
    }

    private static long schemaVersion(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet rs = s.executeQuery("PRAGMA schema_version")) {
            return rs.getLong(1);
        }
    }

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
    private static Map<String, List<String>> cascadingChildren(Connection db, Map<String, String> objects)
            throws SQLException {
        Map<String, List<String>> children = new HashMap<>();
        for (var object : objects.entrySet()) {
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
                            children.computeIfAbsent(parent, k -> new ArrayList<>())
                                    .add(object.getKey());
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
                ResultSet rs = s.executeQuery(
                        "SELECT \"table\" FROM pragma_foreign_key_list('" + table.replace("'", "''") + "')")) {
            while (rs.next()) {
                parents.add(rs.getString(1).toLowerCase(Locale.ROOT));
            }
        }
        return parents;
    }
}
