package dev.sqlrecord.runtime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ListenerBehaviour} on a real local D1 (Miniflare), which also reports D1's metadata. */
@Tag("d1")
@ExtendWith(LocalD1.class)
class ListenerD1Test extends ListenerBehaviour {
    @Override
    Database open() {
        return LocalD1.get().freshDatabase();
    }

    @Override
    boolean isD1() {
        return true;
    }
}
