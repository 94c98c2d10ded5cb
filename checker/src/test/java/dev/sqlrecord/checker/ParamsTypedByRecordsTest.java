package dev.sqlrecord.checker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sqlrecord.runtime.Database;
import dev.sqlrecord.runtime.LocalD1;
import dev.sqlrecord.runtime.migrations.Migrations;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code params_typed_by_records} case's generated code on SQLite and on the local D1: a UUID,
 * an enum, an Instant (epoch seconds), an {@code @EpochMillis} Instant and a {@code @Json} value go
 * in as parameters typed as the {@code Account} record reads their columns, and come back equal,
 * both read through the record and found again by a parameter of the same type.
 */
@Tag("d1")
@ExtendWith(LocalD1.class)
class ParamsTypedByRecordsTest {
    @TempDir
    static Path temp;

    private static GeneratedCase generated;

    @BeforeAll
    static void generate() throws Exception {
        generated = GeneratedCase.of(
                CaseTest.CASES.resolve("params_typed_by_records"), temp.resolve("params_typed"), Map.of());
    }

    @AfterAll
    static void unload() throws Exception {
        generated.close();
    }

    @Test
    void onSqlite() throws Exception {
        try (Database db = Database.open("jdbc:sqlite:" + temp.resolve("typed.sqlite"))) {
            roundTrip(db);
        }
    }

    @Test
    void onD1() throws Exception {
        try (Database db = LocalD1.get().freshDatabase()) {
            roundTrip(db);
        }
    }

    private void roundTrip(Database db) throws Exception {
        Migrations.fromDirectory(generated.migrations()).migrate(db);
        Object accounts =
                generated.load("AccountsQueries").getConstructor(Database.class).newInstance(db);
        UUID publicId = UUID.fromString("0b7e4f5a-3c2d-4e1f-9a8b-7c6d5e4f3a2b");
        Object team = enumConstant("com.example.app.Plan", "TEAM");
        Instant created = Instant.parse("2024-02-29T12:34:56Z");
        Instant seen = Instant.parse("2024-03-01T08:00:00.123Z");
        Object settings =
                generated.load("com.example.app.Settings").getConstructors()[0].newInstance(true, "fi");

        call(accounts, "createAccount", publicId, team, "ada@example.com", created, seen, settings, "[\"a\"]");
        Object account = ((Optional<?>) call(accounts, "findAccount", publicId)).orElseThrow();
        assertEquals(
                Arrays.asList(publicId, team, created, Optional.of(seen), settings, List.of("a")),
                components(account, "publicId", "plan", "created", "seenMs", "settings", "tags"));
        // the stored values are what the record's codecs read: text, the enum's SQL value, seconds, milliseconds
        assertEquals(
                List.of(List.of(publicId.toString(), "team-plus", created.getEpochSecond(), seen.toEpochMilli())),
                db.many(
                        "SELECT public_id, plan, created, seen_ms FROM accounts",
                        row -> List.of(row.getString(1), row.getString(2), row.getLong(3), row.getLong(4))));

        long id = (long) components(account, "id").get(0);
        assertEquals(1, ((List<?>) call(accounts, "createdSince", created)).size());
        assertEquals(0, ((List<?>) call(accounts, "createdSince", created.plusSeconds(1))).size());
        assertEquals(List.of(id), call(accounts, "seenAt", seen));

        Instant later = seen.plusMillis(1);
        assertEquals(1, call(accounts, "markSeen", later, publicId));
        assertEquals(List.of(id), call(accounts, "seenAt", later));
        assertEquals(List.of(), call(accounts, "seenAt", seen));
        assertEquals(List.of(id), call(accounts, "withSettings", settings));
        call(accounts, "markSeen", null, publicId);
        Object unseen = ((Optional<?>) call(accounts, "findAccount", publicId)).orElseThrow();
        assertEquals(List.of(Optional.empty()), components(unseen, "seenMs"));
    }

    private static Object enumConstant(String type, String name) throws ReflectiveOperationException {
        return Arrays.stream(generated.load(type).getEnumConstants())
                .filter(c -> ((Enum<?>) c).name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<Object> components(Object record, String... names) throws ReflectiveOperationException {
        Object[] values = new Object[names.length];
        for (int i = 0; i < names.length; i++) {
            values[i] = record.getClass().getMethod(names[i]).invoke(record);
        }
        return Arrays.asList(values);
    }

    private static Object call(Object repository, String method, Object... args) throws ReflectiveOperationException {
        return method(repository, method).invoke(repository, args);
    }

    private static Method method(Object repository, String name) {
        return Arrays.stream(repository.getClass().getMethods())
                .filter(m -> m.getName().equals(name) && !GeneratedCase.isListForm(m))
                .findFirst()
                .orElseThrow();
    }
}
