package com.example.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.example.app.db.ListUsersByIdsRow;
import com.example.app.db.NotesOfRow;
import com.example.app.db.NotesQueries;
import com.example.app.db.UsersQueries;
import com.example.app.db.UsersRow;
import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.ExecResult;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every kind of generated method against a real SQLite database. */
class GeneratedQueriesTest {
    @TempDir
    Path dir;

    Database db;
    UsersQueries users;
    NotesQueries notes;

    @BeforeEach
    void migrate() {
        db = Database.open("jdbc:sqlite:" + dir.resolve("app.db"));
        Migrations.fromDirectory(Path.of("src/main/sql/migrations")).migrate(db);
        users = new UsersQueries(db);
        notes = new NotesQueries(db);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void execResultReportsTheNewRow() {
        ExecResult ada = users.insertUser("ada@example.com", "Ada", null, 4.5, true, new byte[] {1, 2});
        ExecResult bob = users.insertUser("bob@example.com", "Bob", "bobby", 0.0, false, null);

        assertEquals(1, ada.rowsChanged());
        assertEquals(ada.lastInsertId() + 1, bob.lastInsertId());
    }

    @Test
    void oneMapsToTheNamedRecordOrEmpty() {
        long ada = users.insertUser("ada@example.com", "Ada", null, 4.5, true, null).lastInsertId();

        assertEquals(Optional.of(new User(ada, "ada@example.com", "Ada", null)),
                users.findUserByEmail("ada@example.com"));
        assertEquals(Optional.empty(), users.findUserByEmail("nobody@example.com"));
    }

    @Test
    void selectStarMapsToTheTablesRowRecord() {
        long ada = users.insertUser("ada@example.com", "Ada", "countess", 4.5, true, new byte[] {1, 2})
                .lastInsertId();

        UsersRow row = users.findUser(ada).orElseThrow();

        assertEquals(ada, row.id());
        assertEquals("countess", row.nickname());
        assertEquals(4.5, row.karma());
        assertTrue(row.verified());
        assertArrayEquals(new byte[] {1, 2}, row.avatar());
        assertEquals(Optional.empty(), users.findUser(ada + 100));
    }

    @Test
    void manyWithAnInListAndAGeneratedRowRecord() {
        long ada = users.insertUser("ada@example.com", "Ada", null, 4.5, true, null).lastInsertId();
        long bob = users.insertUser("bob@example.com", "Bob", "bobby", 1.25, false, null).lastInsertId();
        users.insertUser("cy@example.com", "Cy", null, 0.0, false, null);

        List<ListUsersByIdsRow> rows = users.listUsersByIds(List.of(bob, ada, 999L));

        assertEquals(List.of("Ada", "Bob"), rows.stream().map(ListUsersByIdsRow::name).toList());
        assertEquals(1.25, rows.get(1).karma());
        assertEquals(List.of("ada@example.com", "bob@example.com", "cy@example.com"), users.userEmails());
    }

    @Test
    void optionalFilterTakesNullForAll() {
        users.insertUser("ada@example.com", "Ada", null, 4.5, true, null);
        users.insertUser("bob@example.com", "Bob", "bobby", 0.0, false, null);

        assertEquals(2, users.searchUsers(null).size());
        assertEquals(List.of("Bob"), users.searchUsers("bobby").stream().map(User::name).toList());
    }

    @Test
    void execCountsChangedRows() {
        long ada = users.insertUser("ada@example.com", "Ada", null, 4.5, true, null).lastInsertId();

        assertEquals(1, users.renameUser("Ada Lovelace", ada));
        assertEquals(0, users.renameUser("Nobody", ada + 100));
        assertEquals("Ada Lovelace", users.findUserByEmail("ada@example.com").orElseThrow().name());
    }

    @Test
    void joinWithAliasesAndCascade() {
        long bob = users.insertUser("bob@example.com", "Bob", null, 0.0, false, null).lastInsertId();
        long note = notes.addNote(bob, "hello").lastInsertId();

        assertEquals(List.of(new NotesOfRow(note, "hello", "Bob")), notes.notesOf(bob));

        assertEquals(1, users.deleteUser(bob));
        assertFalse(notes.notesOf(bob).iterator().hasNext());
    }
}
