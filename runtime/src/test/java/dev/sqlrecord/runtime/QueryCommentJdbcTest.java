package dev.sqlrecord.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * {@link QueryCommentBehaviour} on SQLite through sqlite-jdbc, in memory; and the SQL the driver
 * itself was handed to prepare carries the comment.
 */
class QueryCommentJdbcTest extends QueryCommentBehaviour {
    @Override
    Database open() {
        return Database.open("jdbc:sqlite::memory:");
    }

    @Test
    void theDriverPreparesTheCommentedSql() throws Exception {
        List<String> prepared = new ArrayList<>();
        Connection real = DriverManager.getConnection("jdbc:sqlite::memory:");
        // the one connection, not closed when the runtime gives it back, so the table stays
        Connection kept = (Connection) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("close")) {
                        return null;
                    }
                    if (method.getName().startsWith("prepare")) {
                        prepared.add((String) args[0]);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
        DataSource source = (DataSource) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getConnection")) {
                        return kept;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
        Query count = Query.of("countNotes", "queries/notes.sql", 9, "SELECT count(*) FROM notes");
        try (Database db = Database.of(source).withQueryComments()) {
            db.exec("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
            assertEquals(Long.valueOf(0), db.single(count, row -> row.getLong(1)));
        } finally {
            real.close();
        }
        assertEquals(
                "SELECT count(*) FROM notes /* name='countNotes',file='queries%2Fnotes.sql%3A9' */",
                prepared.get(prepared.size() - 1));
    }
}
