package dev.sqlrecord.runtime.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.runtime.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Prepared-statement reuse per connection, on a real sqlite-jdbc connection. */
class StatementCacheJdbcTest {
    private Connection connection;

    @BeforeEach
    void open() {
        connection = SqliteConnector.open("jdbc:sqlite::memory:");
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    @Test
    void sameSqlReusesTheStatement() throws Exception {
        StatementCache cache = new StatementCache(connection, 4);
        StatementCache.Lease first = cache.lease("SELECT 1");
        cache.release(first);
        StatementCache.Lease second = cache.lease("SELECT 1");
        assertSame(first.statement, second.statement);
        cache.release(second);
        assertEquals(1, cache.size());
    }

    @Test
    void leastRecentlyUsedIsEvictedAndClosed() throws Exception {
        StatementCache cache = new StatementCache(connection, 2);
        List<PreparedStatement> prepared = new ArrayList<>();
        for (String sql : List.of("SELECT 1", "SELECT 2", "SELECT 1", "SELECT 3")) {
            StatementCache.Lease lease = cache.lease(sql);
            prepared.add(lease.statement);
            cache.release(lease);
        }
        assertEquals(2, cache.size());
        assertTrue(prepared.get(1).isClosed(), "SELECT 2 was least recently used");
        assertTrue(!prepared.get(0).isClosed(), "SELECT 1 was used again and stays");
        cache.close();
        assertTrue(prepared.get(0).isClosed() && prepared.get(3).isClosed());
    }

    @Test
    void statementInUseIsNotHandedOutTwice() throws Exception {
        StatementCache cache = new StatementCache(connection, 4);
        StatementCache.Lease outer = cache.lease("SELECT 1");
        StatementCache.Lease inner = cache.lease("SELECT 1");
        assertNotSame(outer.statement, inner.statement);
        cache.release(inner);
        assertTrue(inner.statement.isClosed(), "the one-off statement is closed on release");
        cache.release(outer);
        assertTrue(!outer.statement.isClosed());
    }

    @Test
    void noCachingClosesEveryStatement() throws Exception {
        StatementCache cache = new StatementCache(connection, 0);
        StatementCache.Lease lease = cache.lease("SELECT 1");
        cache.release(lease);
        assertTrue(lease.statement.isClosed());
        assertEquals(0, cache.size());
    }

    @Test
    void mapperRunningTheSameQueryDoesNotDisturbTheOuterCursor() {
        try (Database db = Database.open("jdbc:sqlite::memory:")) {
            db.exec("CREATE TABLE node (id INTEGER PRIMARY KEY, parent INTEGER)");
            db.exec("INSERT INTO node VALUES (1, NULL), (2, 1), (3, 1), (4, 2)");
            String children = "SELECT id FROM node WHERE parent IS ? ORDER BY id";
            // a recursive mapper: each row runs the very statement that is being read
            record Tree(long id, List<?> children) {}
            class Walker {
                List<Tree> under(Long parent) {
                    return db.many(children, row -> new Tree(row.getLong(1), under(row.getLong(1))), parent);
                }
            }
            List<Tree> tree = new Walker().under(null);
            assertEquals(
                    List.of(new Tree(1, List.of(new Tree(2, List.of(new Tree(4, List.of()))), new Tree(3, List.of())))),
                    tree);
        }
    }
}
