package dev.sqlrecord.checker.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sqlrecord.checker.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

class LintSettingsTest {
    @Test
    void defaultsDependOnTheTarget() {
        LintSettings defaults = LintSettings.DEFAULTS;
        assertEquals(LintLevel.ERROR, defaults.level(Rule.D1_TRANSACTION, Target.D1));
        assertEquals(LintLevel.WARNING, defaults.level(Rule.D1_TRANSACTION, Target.SQLITE));
        assertEquals(LintLevel.OFF, defaults.level(Rule.D1_PARAM_LIMIT, Target.SQLITE));
        assertEquals(LintLevel.OFF, defaults.level(Rule.SOFT_DELETE_FILTER, Target.D1));
        assertEquals(LintLevel.INFO, defaults.level(Rule.SELECT_STAR, Target.D1));
    }

    @Test
    void assignmentsOverrideDefaults() {
        LintSettings settings = LintSettings.parse(
                List.of("full-scan=error", "select-star=off", "temp-b-tree=WARN"),
                LintSettings.tableList(" Settings, countries ,"));
        assertEquals(LintLevel.ERROR, settings.level(Rule.FULL_SCAN, Target.SQLITE));
        assertEquals(LintLevel.OFF, settings.level(Rule.SELECT_STAR, Target.SQLITE));
        assertEquals(LintLevel.WARNING, settings.level(Rule.TEMP_B_TREE, Target.SQLITE));
        assertTrue(settings.isSmall("SETTINGS") && settings.isSmall("countries"));
    }

    @Test
    void unknownCodesAndLevelsAreRefusedByName() {
        IllegalArgumentException code = assertThrows(
                IllegalArgumentException.class, () -> LintSettings.parse(List.of("full-scna=error"), List.of()));
        assertTrue(code.getMessage().contains("unknown lint code 'full-scna'"), code.getMessage());
        IllegalArgumentException level = assertThrows(
                IllegalArgumentException.class, () -> LintSettings.parse(List.of("full-scan=loud"), List.of()));
        assertTrue(level.getMessage().contains("'loud'"), level.getMessage());
        assertThrows(IllegalArgumentException.class, () -> LintSettings.parse(List.of("full-scan"), List.of()));
    }

    @Test
    void migrationHazardsShareTheRegistryAndItsLevels() {
        assertEquals(LintLevel.ERROR, LintSettings.DEFAULTS.level(Rule.MIGRATION_REBUILD_CASCADE, Target.SQLITE));
        assertEquals(LintLevel.WARNING, LintSettings.DEFAULTS.level(Rule.MIGRATION_TRANSACTION, Target.SQLITE));
        assertEquals(LintLevel.ERROR, LintSettings.DEFAULTS.level(Rule.MIGRATION_TRANSACTION, Target.D1));
        LintSettings settings = LintSettings.parse(
                List.of(
                        "migration-rebuild-cascade=warning",
                        "migration-reserved-name=off",
                        "migration-forward-reference=error"),
                List.of());
        assertEquals(LintLevel.WARNING, settings.level(Rule.MIGRATION_REBUILD_CASCADE, Target.D1));
        assertEquals(LintLevel.OFF, settings.level(Rule.MIGRATION_RESERVED_NAME, Target.D1));
        assertEquals(LintLevel.ERROR, settings.level(Rule.MIGRATION_FORWARD_REFERENCE, Target.SQLITE));
    }

    @Test
    void aHazardThatDeletesRowsCannotBeTurnedOffForTheWholeProject() {
        IllegalArgumentException off = assertThrows(
                IllegalArgumentException.class,
                () -> LintSettings.parse(List.of("migration-rebuild-cascade=off"), List.of()));
        assertTrue(
                off.getMessage().contains("cannot be turned off")
                        && off.getMessage().contains("-- sqlrecord:ignore migration-rebuild-cascade"),
                off.getMessage());
        assertEquals(
                LintLevel.INFO,
                LintSettings.parse(List.of("migration-rebuild-cascade=info"), List.of())
                        .level(Rule.MIGRATION_REBUILD_CASCADE, Target.D1));
    }
}
