package dev.sqlrecord.testing.junit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.sqlrecord.testing.generate.SchemaData;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** The extension as a user's test meets it: run through the JUnit launcher, a failure names the seed. */
class SchemaDataExtensionTest {
    /** A user's test class: one property that holds, one that does not. Run only by the launcher below. */
    @ExtendWith(SchemaDataExtension.class)
    static class UserTests {
        static final List<Long> SEEN = new ArrayList<>();

        @Test
        void holds(@GeneratedData(migrations = "src/test/resources/seed/migrations", rows = 4) SchemaData data) {
            SEEN.add(data.database().<Long>single("SELECT count(*) FROM orders", r -> r.getLong(1)));
        }

        @Test
        void fails(@GeneratedData(migrations = "src/test/resources/seed/migrations") SchemaData data) {
            assertEquals(-1L, data.database().<Long>single("SELECT count(*) FROM orders", r -> r.getLong(1)), "orders");
        }
    }

    @Test
    void aFailingPropertyNamesItsSeedAndTheDataIsThere() {
        List<String> failures = new ArrayList<>();
        String before = System.getProperty(SchemaData.SEED_PROPERTY);
        System.setProperty(SchemaData.SEED_PROPERTY, "123");
        try {
            LauncherFactory.create()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(selectClass(UserTests.class))
                                    .build(),
                            new TestExecutionListener() {
                                @Override
                                public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                                    result.getThrowable()
                                            .ifPresent(
                                                    t -> failures.add(test.getDisplayName() + ": " + t.getMessage()));
                                }
                            });
        } finally {
            if (before == null) {
                System.clearProperty(SchemaData.SEED_PROPERTY);
            } else {
                System.setProperty(SchemaData.SEED_PROPERTY, before);
            }
        }
        assertEquals(List.of(4L), UserTests.SEEN);
        assertEquals(1, failures.size(), failures.toString());
        assertTrue(
                failures.get(0)
                        .startsWith("fails(SchemaData): orders ==> expected: <-1> but was: <5>\n"
                                + "(generated data of seed 123; replay with -Dsqlrecord.seed=123)"),
                failures.get(0));
    }
}
