package dev.sqlrecord.benchmarks.contenders;

import dev.sqlrecord.benchmarks.Contender;
import dev.sqlrecord.benchmarks.Dataset;
import dev.sqlrecord.benchmarks.SqliteConnections;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** What the contenders on a plain JDBC connection share: opening, seeding, setup statements, closing. */
public abstract class OnConnection implements Contender {
    protected final Connection connection;

    protected OnConnection(String url, boolean seed, SqliteConnections.GeneratedKeys keys) {
        this.connection = SqliteConnections.open(url, keys);
        if (seed) {
            Dataset.seed(connection);
        }
    }

    @Override
    public Object queryScalar(String sql) {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            return rs.next() ? rs.getObject(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    protected static IllegalStateException failed(SQLException e) {
        return new IllegalStateException(e);
    }
}
