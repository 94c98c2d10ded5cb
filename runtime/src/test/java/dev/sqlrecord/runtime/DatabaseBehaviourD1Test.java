package dev.sqlrecord.runtime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared suite on a real local D1 (Miniflare), over D1's HTTP API shape. */
@Tag("d1")
@ExtendWith(LocalD1.class)
class DatabaseBehaviourD1Test extends DatabaseBehaviour {
    @Override
    Database open() {
        return LocalD1.get().freshDatabase();
    }

    @Override
    public boolean isD1() {
        return true;
    }
}
