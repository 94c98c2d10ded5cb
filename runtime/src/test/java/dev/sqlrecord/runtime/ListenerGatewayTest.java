package dev.sqlrecord.runtime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ListenerBehaviour} through sqlrecord's gateway Worker on a real local D1, with D1's metadata. */
@Tag("d1")
@ExtendWith(LocalGateway.class)
class ListenerGatewayTest extends ListenerBehaviour {
    @Override
    Database open() {
        return LocalGateway.get().freshDatabase();
    }

    @Override
    boolean isD1() {
        return true;
    }
}
