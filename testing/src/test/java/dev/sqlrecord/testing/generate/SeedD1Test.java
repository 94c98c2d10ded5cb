package dev.sqlrecord.testing.generate;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SeedBehaviour} on a real local D1 (Miniflare): the rows drawn on a scratch copy, written through the runtime. */
@Tag("d1")
@ExtendWith(LocalD1.class)
class SeedD1Test extends SeedBehaviour {
    @Override
    Database open() {
        return LocalD1.get().freshDatabase();
    }
}
