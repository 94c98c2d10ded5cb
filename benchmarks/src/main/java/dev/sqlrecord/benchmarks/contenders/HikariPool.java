package dev.sqlrecord.benchmarks.contenders;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.sqlrecord.benchmarks.SqliteConnections;
import dev.sqlrecord.benchmarks.SqliteConnections.GeneratedKeys;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteDataSource;

/**
 * The pool the JDBC, jOOQ and JdbcTemplate contenders of {@code ThreadScaling} share the design of:
 * HikariCP with a fixed number of connections (minimum idle = maximum, so none is opened during a
 * measurement), each opened by sqlite-jdbc with the same settings as every other contender's
 * ({@link SqliteConnections#config}). HikariCP's defaults otherwise, auto-commit on.
 */
final class HikariPool {
    private HikariPool() {}

    static HikariDataSource open(String url, int size) {
        SQLiteDataSource sqlite = new SQLiteDataSource(SqliteConnections.config(url, GeneratedKeys.OFF));
        sqlite.setUrl(url);
        HikariConfig config = new HikariConfig();
        config.setDataSource(sqlite);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(size);
        config.setPoolName("thread-scaling");
        return new HikariDataSource(config);
    }

    /** A scalar over one borrowed connection, for the benchmark's checks. */
    static Object queryScalar(HikariDataSource pool, String sql) {
        try (Connection connection = pool.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
