package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.diag.Diagnostic;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.diag.Severity;
import dev.sqlrecord.checker.model.EnumMapping;
import dev.sqlrecord.checker.model.JavaType;
import dev.sqlrecord.checker.model.NestedShape;
import dev.sqlrecord.checker.parse.ParsedStatement;
import dev.sqlrecord.checker.parse.TextPosition;
import dev.sqlrecord.checker.records.RecordMatcher;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns the shapes of a query's JSON-built columns into the model, each key typed as a result
 * column would be (enums as theirs), and reports what {@link JsonShapes} found wrong with them.
 * The records' names are given later, with the row record's ({@link NestedShape#named}).
 */
final class NestedColumns {
    private final EnumTypes enums;
    private final Diagnostics diagnostics;
    private final String file;
    private final ParsedStatement statement;
    private boolean failed;

    NestedColumns(EnumTypes enums, Diagnostics diagnostics, String file, ParsedStatement statement) {
        this.enums = enums;
        this.diagnostics = diagnostics;
        this.file = file;
        this.statement = statement;
    }

    /**
     * Reports the problems; false when one of them is an error. A warning is a lint: handed to the
     * linter through {@code names}, so that its level is configurable and it can be ignored.
     */
    boolean report(List<JsonShapes.Problem> problems, Resolutions names) {
        for (JsonShapes.Problem problem : problems) {
            if (!problem.error()) {
                names.advise(problem.code(), problem.at().getStart(), problem.message());
                continue;
            }
            TextPosition at = statement.position(problem.at().getStart());
            diagnostics.add(new Diagnostic(
                    file,
                    at.line(),
                    at.column(),
                    problem.at().getStart().getText().length(),
                    problem.error() ? Severity.ERROR : Severity.WARNING,
                    problem.code(),
                    problem.message()));
            failed |= problem.error();
        }
        return !failed;
    }

    /** The model of {@code shape}, or null after reporting a key that cannot name a component. */
    NestedShape model(JsonShapes.JsonShape shape) {
        List<NestedShape.Field> fields = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonShapes.Key key : shape.keys()) {
            String component = RecordMatcher.camel(key.key());
            if (!SourceVersion.isName(component) || !seen.add(component)) {
                TextPosition at = statement.start();
                diagnostics.error(
                        file,
                        at.line(),
                        at.column(),
                        1,
                        "json-key-name",
                        "json_object key '" + key.key() + "' "
                                + (seen.contains(component)
                                        ? "names the same component as another key"
                                        : "cannot name a record component")
                                + "; use keys that are plain names (letters, digits, _), each once");
                return null;
            }
            if (key.nested() != null) {
                NestedShape nested = model(key.nested());
                if (nested == null) {
                    return null;
                }
                fields.add(new NestedShape.Field(
                        key.key(), component, nested.javaType(), key.nested().nullable(), null, null, nested));
                continue;
            }
            ValueType type = key.type();
            JavaType enumType = enums.of(type.type(), type.table(), type.column());
            JavaType java = enumType != null ? enumType : JavaType.of(type.type(), type.nullable());
            EnumMapping mapping = enumType == null ? null : enums.mapping(enumType, type.table(), type.column());
            fields.add(new NestedShape.Field(key.key(), component, java, type.nullable(), type.type(), mapping, null));
        }
        return new NestedShape(shape.list(), "", fields);
    }
}
