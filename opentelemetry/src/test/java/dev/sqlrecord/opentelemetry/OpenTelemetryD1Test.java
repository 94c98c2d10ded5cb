package dev.sqlrecord.opentelemetry;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link OpenTelemetryBehaviour} on a real local D1 (Miniflare), with D1's metadata on the spans. */
@Tag("d1")
@ExtendWith(LocalD1.class)
class OpenTelemetryD1Test extends OpenTelemetryBehaviour {
    @Override
    Database open() {
        return LocalD1.get().freshDatabase();
    }

    @Override
    String backend() {
        return "cloudflare-d1";
    }
}
