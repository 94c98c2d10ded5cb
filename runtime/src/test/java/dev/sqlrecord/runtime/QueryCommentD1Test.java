package dev.sqlrecord.runtime;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@link QueryCommentBehaviour} on a real local D1 (Miniflare). */
@Tag("d1")
@ExtendWith(LocalD1.class)
class QueryCommentD1Test extends QueryCommentBehaviour {
    @Override
    Database open() {
        return LocalD1.get().freshDatabase();
    }
}
