package dev.sqlrecord.runtime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ChangeCountBehaviour} on a real local D1 (Miniflare), whose own {@code meta.changes} would say 5 for 1. */
@Tag("d1")
@ExtendWith(LocalD1.class)
class ChangeCountD1Test extends ChangeCountBehaviour {
    @Override
    Database open() {
        return LocalD1.get().freshDatabase();
    }
}
