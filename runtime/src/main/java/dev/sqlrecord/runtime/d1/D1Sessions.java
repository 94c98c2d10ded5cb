package dev.sqlrecord.runtime.d1;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Read replication through the gateway. A {@link dev.sqlrecord.runtime.Database} on the gateway
 * sends the newest session bookmark it has seen with every request, so its reads see its earlier
 * writes even when a read replica serves them. To read from the primary database instead (for a
 * value another process may just have written), run the calls inside {@link #onPrimary}:
 *
 * <pre>{@code
 * Order order = D1Sessions.onPrimary(() -> orders.find(id));
 * }</pre>
 *
 * It applies to the calls this thread makes inside it; outside the gateway it changes nothing.
 */
public final class D1Sessions {
    private static final ThreadLocal<Boolean> PRIMARY = ThreadLocal.withInitial(() -> false);

    private D1Sessions() {}

    /** Runs {@code work} with every gateway request it makes served by the primary database. */
    public static <T> T onPrimary(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        boolean outer = PRIMARY.get();
        PRIMARY.set(true);
        try {
            return work.get();
        } finally {
            PRIMARY.set(outer);
        }
    }

    static boolean primaryRequested() {
        return PRIMARY.get();
    }
}
