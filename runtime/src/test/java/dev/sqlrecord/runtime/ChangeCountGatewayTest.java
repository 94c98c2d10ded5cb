package dev.sqlrecord.runtime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link ChangeCountBehaviour} through the gateway Worker, which counts each statement's own rows. */
@Tag("d1")
@ExtendWith(LocalGateway.class)
class ChangeCountGatewayTest extends ChangeCountBehaviour {
    @Override
    Database open() {
        return LocalGateway.get().freshDatabase();
    }
}
