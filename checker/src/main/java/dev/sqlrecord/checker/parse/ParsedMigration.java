package dev.sqlrecord.checker.parse;

import dev.sqlrecord.grammar.ParsedSql;
import dev.sqlrecord.grammar.SqlSyntax;
import dev.sqlrecord.grammar.SyntaxError;
import dev.sqlrecord.runtime.migrations.Migration;
import java.util.List;

/**
 * One migration file, parsed once with the grammar: the schema builder applies its statements, and
 * the lints and hazards read the same statements, so no stage parses the file again.
 *
 * @param statements the file's statements in order; empty when the grammar refused the file
 * @param errors the grammar's errors; empty when the file parsed
 */
public record ParsedMigration(SourceFile file, List<ParsedStatement> statements, List<SyntaxError> errors) {

    public static ParsedMigration of(SourceFile file) {
        ParsedSql parsed = SqlSyntax.parse(file.text());
        if (parsed.hasErrors()) {
            return new ParsedMigration(file, List.of(), List.copyOf(parsed.errors()));
        }
        return new ParsedMigration(file, ParsedStatement.split(parsed, file.text(), new TextPosition(1, 1)), List.of());
    }

    public static List<ParsedMigration> of(List<SourceFile> files) {
        return files.stream().map(ParsedMigration::of).toList();
    }

    public boolean parsed() {
        return errors.isEmpty();
    }

    /** The file's name, as the runner records it. */
    public String name() {
        return file.path().getFileName().toString();
    }

    /**
     * Whether the runner applies this file with foreign keys off (it says {@code PRAGMA foreign_keys
     * = OFF}); the runtime's own reading, so the checker and the runner cannot disagree.
     */
    public boolean turnsForeignKeysOff() {
        return new Migration(name(), file.text()).turnsForeignKeysOff();
    }
}
