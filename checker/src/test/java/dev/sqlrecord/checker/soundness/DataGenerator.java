package dev.sqlrecord.checker.soundness;

import dev.sqlrecord.checker.model.SchemaModel;
import dev.sqlrecord.checker.model.SqlType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * Fills a schema with seeded, valid data: values of each column's type, NOT NULL and
 * {@code CHECK (col IN (...))} respected, foreign keys pointing at existing parent rows (or NULL),
 * UNIQUE and other CHECKs respected by letting SQLite refuse a row and trying another. Each state
 * draws its own shape: empty tables, single rows, a few rows, and NULL-heavy rows, because those are
 * where nullability inference goes wrong (aggregates over nothing, outer joins with no partner).
 *
 * <p>Reusable: it needs only a connection whose schema {@link SchemaModel} describes.
 */
public final class DataGenerator {
    private static final int ATTEMPTS = 8;

    private final SchemaModel schema;
    private final Random random;
    /** A value for a column when the generator's own would not do (a TEXT column a record reads as UUID). */
    private final BiFunction<String, String, Object> override;

    public DataGenerator(SchemaModel schema, long seed) {
        this(schema, seed, (table, column) -> null);
    }

    /** @param override a value for (table, column), or null to let the generator choose by the column's type */
    public DataGenerator(SchemaModel schema, long seed, BiFunction<String, String, Object> override) {
        this.schema = schema;
        this.random = new Random(seed);
        this.override = override;
    }

    /** Empties every table, then fills them anew for one database state. */
    public void fill(Connection connection) throws SQLException {
        List<SchemaModel.Table> tables = parentsFirst();
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA foreign_keys = OFF");
            for (SchemaModel.Table table : tables) {
                statement.execute("DELETE FROM \"" + table.name() + "\"");
            }
            statement.execute("PRAGMA foreign_keys = ON");
        }
        double nullChance = new double[] {0, 0.3, 0.9}[random.nextInt(3)];
        // One transaction per state: a commit per row would make a few hundred states take minutes.
        connection.setAutoCommit(false);
        try {
            for (SchemaModel.Table table : tables) {
                int rows = new int[] {0, 1, 2, 5}[random.nextInt(4)];
                for (int i = 0; i < rows; i++) {
                    insertRow(connection, table, nullChance);
                }
            }
            connection.commit();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void insertRow(Connection connection, SchemaModel.Table table, double nullChance) throws SQLException {
        List<SchemaModel.Column> columns =
                table.columns().stream().filter(c -> !c.hidden()).toList();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Map<String, Object> values = new LinkedHashMap<>();
            boolean possible = true;
            for (SchemaModel.Column column : columns) {
                Object value = value(connection, table, column, nullChance);
                if (value == Unsatisfiable.INSTANCE) {
                    possible = false;
                    break;
                }
                values.put(column.name(), value);
            }
            if (!possible) {
                return; // a NOT NULL foreign key with no parent row: this table stays smaller
            }
            String names = String.join(
                    ", ", values.keySet().stream().map(n -> "\"" + n + "\"").toList());
            String marks =
                    String.join(", ", values.keySet().stream().map(n -> "?").toList());
            try (Statement savepoint = connection.createStatement()) {
                savepoint.execute("SAVEPOINT row");
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO \"" + table.name() + "\" (" + names + ") VALUES (" + marks + ")")) {
                    int i = 1;
                    for (Object value : values.values()) {
                        insert.setObject(i++, value);
                    }
                    insert.executeUpdate();
                    savepoint.execute("RELEASE row");
                    return;
                } catch (SQLException refused) {
                    // UNIQUE, or a CHECK we do not model: undo this row only, and draw again.
                    savepoint.execute("ROLLBACK TO row");
                    savepoint.execute("RELEASE row");
                }
            }
        }
    }

    private enum Unsatisfiable {
        INSTANCE
    }

    private Object value(Connection connection, SchemaModel.Table table, SchemaModel.Column column, double nullChance)
            throws SQLException {
        SchemaModel.ForeignKey key = table.foreignKeys().stream()
                .filter(fk -> fk.columns().size() == 1 && fk.columns().get(0).equalsIgnoreCase(column.name()))
                .findFirst()
                .orElse(null);
        boolean nullable = !column.notNull();
        if (nullable && random.nextDouble() < nullChance) {
            return null;
        }
        if (key != null) {
            List<Object> parents = existing(
                    connection,
                    key.table(),
                    key.referencedColumns().isEmpty()
                            ? null
                            : key.referencedColumns().get(0));
            if (parents.isEmpty()) {
                return nullable ? null : Unsatisfiable.INSTANCE;
            }
            return parents.get(random.nextInt(parents.size()));
        }
        if (column.primaryKey() && SqlType.fromDeclared(column.declaredType()) == SqlType.INTEGER) {
            return random.nextInt(4) == 0 ? null : (long) random.nextInt(1_000_000); // NULL: SQLite picks a rowid
        }
        if (column.enumValues() != null && !column.enumValues().isEmpty()) {
            return column.enumValues().get(random.nextInt(column.enumValues().size()));
        }
        Object chosen = override.apply(table.name(), column.name());
        return chosen != null ? chosen : ofType(SqlType.fromDeclared(column.declaredType()));
    }

    private List<Object> existing(Connection connection, String table, String column) throws SQLException {
        String select = column == null ? "rowid" : "\"" + column + "\"";
        List<Object> out = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT " + select + " FROM \"" + table + "\"")) {
            while (rows.next()) {
                out.add(rows.getObject(1));
            }
        }
        return out;
    }

    /** A value of the type, from a small pool of the ones that break code: zero, negatives, empty text, unicode. */
    Object ofType(SqlType type) {
        return switch (type) {
            case INTEGER -> (long) (random.nextInt(7) - 3) * (random.nextBoolean() ? 1 : 1_000_003);
            case BOOLEAN -> (long) random.nextInt(2);
            case REAL -> random.nextInt(5) == 0 ? 0.0 : (random.nextDouble() - 0.5) * 1000;
            case TEXT ->
                new String[] {
                            "",
                            "a",
                            "héllo",
                            "Ünïcödé ✓",
                            "x'y",
                            "42",
                            UUID.randomUUID().toString()
                        }
                        [random.nextInt(7)];
            case BLOB -> {
                byte[] bytes = new byte[random.nextInt(5)];
                random.nextBytes(bytes);
                yield bytes;
            }
            case NUMERIC -> random.nextBoolean() ? (Object) (long) random.nextInt(1000) : "12.50";
            case DATE -> random.nextBoolean() ? (Object) date() : 1_700_000_000L + random.nextInt(100_000_000);
            case DATETIME ->
                random.nextBoolean()
                        ? (Object) (date() + " 1" + random.nextInt(10) + ":0" + random.nextInt(10) + ":3"
                                + random.nextInt(10))
                        : 1_700_000_000L + random.nextInt(100_000_000);
            case ANY -> ofType(SqlType.values()[random.nextInt(4)]);
        };
    }

    private String date() {
        return String.format(
                "20%02d-%02d-%02d", 10 + random.nextInt(20), 1 + random.nextInt(12), 1 + random.nextInt(28));
    }

    /** Tables ordered so each comes after the tables its foreign keys reference (cycles broken anywhere). */
    private List<SchemaModel.Table> parentsFirst() {
        List<SchemaModel.Table> out = new ArrayList<>();
        List<SchemaModel.Table> left = new ArrayList<>(schema.tables().stream()
                .filter(t -> !t.view())
                .filter(t -> !t.name().startsWith("sqlite_"))
                .toList());
        while (!left.isEmpty()) {
            SchemaModel.Table next = left.stream()
                    .filter(t -> t.foreignKeys().stream()
                            .allMatch(fk -> fk.table().equalsIgnoreCase(t.name())
                                    || out.stream().anyMatch(o -> o.name().equalsIgnoreCase(fk.table()))
                                    || left.stream().noneMatch(l -> l.name().equalsIgnoreCase(fk.table()))))
                    .findFirst()
                    .orElse(left.get(0));
            out.add(next);
            left.remove(next);
        }
        return out;
    }
}
