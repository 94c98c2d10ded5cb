package dev.sqlrecord.runtime;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** The edge-value suite on a real local D1 (Miniflare), through sqlrecord.s gateway Worker. */
@Tag("d1")
@ExtendWith(LocalGateway.class)
class EdgeValuesGatewayTest implements NumberEdgeBehaviour, TextTimeEdgeBehaviour {
    private Database db;

    @BeforeEach
    void openDatabase() {
        db = LocalGateway.get().freshDatabase();
    }

    @AfterEach
    void closeDatabase() {
        db.close();
    }

    @Override
    public Database db() {
        return db;
    }

    @Override
    public boolean isD1() {
        return true;
    }
}
