package dev.sqlrecord.testing.generate;

import dev.sqlrecord.runtime.LocalD1;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link SchemaDataBehaviour} on a real local D1 (Miniflare): rows drawn on a copy, written through the runtime. */
@Tag("d1")
@ExtendWith(LocalD1.class)
class SchemaDataD1Test extends SchemaDataBehaviour {
    @Override
    SchemaData open(long seed) {
        return SchemaData.on(LocalD1.get().freshDatabase(), SeedBehaviour.SHOP, seed);
    }
}
