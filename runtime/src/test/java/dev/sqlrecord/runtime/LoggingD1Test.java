package dev.sqlrecord.runtime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link LoggingBehaviour} on a real local D1 (Miniflare). */
@Tag("d1")
@ExtendWith(LocalD1.class)
class LoggingD1Test extends LoggingBehaviour {
    @Override
    Database open() {
        return LocalD1.get().freshDatabase();
    }

    @Override
    boolean isD1() {
        return true;
    }
}
