package dev.sqlrecord.runtime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link NestedJsonBehaviour} on a real local D1 (Miniflare). */
@Tag("d1")
@ExtendWith(LocalD1.class)
class NestedJsonD1Test extends NestedJsonBehaviour {
    @Override
    Database open() {
        return LocalD1.get().freshDatabase();
    }
}
