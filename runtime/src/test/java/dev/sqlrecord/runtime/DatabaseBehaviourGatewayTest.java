package dev.sqlrecord.runtime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shared suite on a real local D1 through sqlrecord's gateway Worker. */
@Tag("d1")
@ExtendWith(LocalGateway.class)
class DatabaseBehaviourGatewayTest extends DatabaseBehaviour {
    @Override
    Database open() {
        return LocalGateway.get().freshDatabase();
    }

    @Override
    public boolean isD1() {
        return true;
    }
}
