package dev.sqlrecord.testing.soundness;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Counts the rows a query really returns, however few of them its caller reads: a DataSource over
 * one connection whose statements, just before a query runs, run it once more with the same values,
 * read every row, and undo what it wrote (a RETURNING statement writes). Generated code calls
 * {@code Database.first} where the checker proved at most one row, and stops after the first; this
 * is how a test sees a second row that the proof said could not exist.
 */
public final class RowCounter {
    private final Connection connection;
    private int rows = -1;
    private String sql;

    /** @param connection stays open and owned by the caller; borrowers' {@code close()} leaves it open */
    public RowCounter(Connection connection) {
        this.connection = connection;
    }

    public DataSource dataSource() {
        Connection borrowed = proxy(Connection.class, (self, method, args) -> {
            if (method.getName().equals("close")) {
                return null;
            }
            if (method.getName().equals("prepareStatement") && args.length == 1) {
                return counting(connection.prepareStatement((String) args[0]), (String) args[0]);
            }
            return call(connection, method, args);
        });
        return proxy(DataSource.class, (self, method, args) -> {
            if (method.getName().equals("getConnection")) {
                return borrowed;
            }
            throw new UnsupportedOperationException(method.getName());
        });
    }

    /** The rows the last query returned, or -1 when none ran since {@link #forget()} (or it failed). */
    public int rows() {
        return rows;
    }

    public void forget() {
        rows = -1;
    }

    /** The SQL of the last query. */
    public String sql() {
        return sql;
    }

    private PreparedStatement counting(PreparedStatement statement, String text) {
        Map<Integer, Object> values = new TreeMap<>();
        return proxy(PreparedStatement.class, (self, method, args) -> {
            String name = method.getName();
            if (name.startsWith("set") && args != null && args.length >= 2 && args[0] instanceof Integer index) {
                values.put(index, name.equals("setNull") ? null : args[1]);
            } else if (name.equals("clearParameters")) {
                values.clear();
            } else if (name.equals("executeQuery") && args == null) {
                sql = text;
                rows = count(text, values);
            }
            return call(statement, method, args);
        });
    }

    private int count(String text, Map<Integer, Object> values) throws SQLException {
        try (Statement control = connection.createStatement()) {
            control.execute("SAVEPOINT count_rows");
            try (PreparedStatement again = connection.prepareStatement(text)) {
                for (Map.Entry<Integer, Object> value : values.entrySet()) {
                    again.setObject(value.getKey(), value.getValue());
                }
                int count = 0;
                try (ResultSet result = again.executeQuery()) {
                    while (result.next()) {
                        count++;
                    }
                }
                return count;
            } catch (SQLException refused) {
                return -1; // the real run meets the same error, and the test judges that
            } finally {
                control.execute("ROLLBACK TO count_rows");
                control.execute("RELEASE count_rows");
            }
        }
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return type.cast(Proxy.newProxyInstance(RowCounter.class.getClassLoader(), new Class<?>[] {type}, handler));
    }
}
