package com.example.app;

import com.example.app.db.UsersQueries;
import dev.sqlrecord.runtime.Database;
import java.util.Optional;

/** Compiles only when the generated code is on the compile path, also in a build that skipped the check. */
public final class Names {
    private Names() {}

    public static Optional<String> nameOf(Database db, long id) {
        return new UsersQueries(db).findUser(id).map(User::name);
    }
}
