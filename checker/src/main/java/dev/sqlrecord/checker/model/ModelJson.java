package dev.sqlrecord.checker.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sqlrecord.checker.diag.Diagnostic;
import java.util.List;

/** Writes {@code model.json} in exactly the shape README.md documents (docs/ARCHITECTURE.md §5), field by field, in a stable order. */
public final class ModelJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModelJson() {}

    public static String write(CheckedModel model) {
        ObjectNode root = MAPPER.createObjectNode();
        ArrayNode tables = root.putArray("tables");
        if (model.schema() != null) {
            model.schema().tables().stream().filter(t -> !t.view()).forEach(t -> table(tables.addObject(), t));
        }
        ArrayNode queries = root.putArray("queries");
        model.queries().forEach(q -> query(queries.addObject(), q));
        ArrayNode enums = root.putArray("enums");
        for (EnumModel e : model.enums()) {
            ObjectNode node = enums.addObject();
            node.put("javaType", e.javaType());
            node.put("table", e.table());
            node.put("column", e.column());
            strings(node, "values", e.values());
        }
        ArrayNode diagnostics = root.putArray("diagnostics");
        model.diagnostics().forEach(d -> diagnostic(diagnostics.addObject(), d));
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("model.json could not be written", e);
        }
    }

    private static void table(ObjectNode node, SchemaModel.Table table) {
        node.put("name", table.name());
        ArrayNode columns = node.putArray("columns");
        for (SchemaModel.Column c : table.columns()) {
            ObjectNode column = columns.addObject();
            column.put("name", c.name());
            column.put("declaredType", c.declaredType());
            column.put("notNull", c.notNull());
            column.put("primaryKey", c.primaryKey());
            column.put("defaultSql", c.defaultSql());
            strings(column, "enumValues", c.enumValues());
        }
        ArrayNode keys = node.putArray("foreignKeys");
        for (SchemaModel.ForeignKey fk : table.foreignKeys()) {
            ObjectNode key = keys.addObject();
            strings(key, "columns", fk.columns());
            key.put("table", fk.table());
            strings(key, "referencedColumns", fk.referencedColumns());
            key.put("onDelete", fk.onDelete());
            key.put("onUpdate", fk.onUpdate());
        }
        ArrayNode indexes = node.putArray("indexes");
        for (SchemaModel.Index ix : table.indexes()) {
            ObjectNode index = indexes.addObject();
            index.put("name", ix.name());
            strings(index, "columns", ix.columns());
            index.put("unique", ix.unique());
        }
    }

    private static void query(ObjectNode node, QueryModel q) {
        node.put("file", q.file());
        node.put("line", q.line());
        node.put("name", q.name());
        node.put("kind", q.kind().label());
        if (q.kind() == QueryKind.ONE) {
            node.put("atMostOneRow", q.atMostOneRow());
            if (q.exactlyOneRow()) {
                node.put("exactlyOneRow", true); // present only where proven, like a rare fact
            }
        }
        if (q.multiRowInsert()) {
            node.put("multiRowInsert", true); // present only where proven
        }
        node.put("resultType", q.resultType());
        ArrayNode params = node.putArray("params");
        for (QueryModel.Param p : q.params()) {
            ObjectNode param = params.addObject();
            param.put("name", p.name());
            param.put("javaType", p.javaType().name());
            param.put("nullable", p.nullable());
            param.put("list", p.list());
            if (p.jsonText()) {
                param.put("json", true); // text SQLite reads as JSON: the runtime checks it is
            }
            if (p.codec() != null) {
                param.put("codec", p.codec().label());
            }
        }
        ArrayNode columns = node.putArray("columns");
        for (QueryModel.ResultColumn c : q.columns()) {
            ObjectNode column = columns.addObject();
            column.put("name", c.name());
            column.put("javaType", c.javaType().name());
            column.put("nullable", c.nullable());
            column.put("table", c.table());
            column.put("column", c.column());
            if (c.nested() != null) {
                nestedFields(column, c.nested());
            }
        }
        if (q.row() != null && !q.row().isScalar() && !q.row().generated()) {
            // A user's record may read a column into another type than the inferred one (Instant, UUID, @Json).
            rowFields(node, q.row());
            if (q.row().folds()) {
                ArrayNode key = node.putArray("foldKey");
                q.row().foldKey().forEach(key::add);
            }
        }
    }

    /** A user record's components; an embedded record's own under {@code fields} again (README.md, model.json). */
    private static void rowFields(ObjectNode node, RowShape row) {
        ArrayNode fields = node.putArray("fields");
        for (RowShape.Field f : row.fields()) {
            ObjectNode field = fields.addObject();
            field.put("component", f.component());
            field.put("javaType", f.type().name());
            field.put("column", f.column());
            field.put("codec", f.codec() == null ? null : f.codec().label());
            if (f.embedded() != null) {
                ArrayNode required = field.putArray("required");
                f.required().forEach(required::add);
                rowFields(field, f.embedded());
            }
        }
    }

    /** The keys of a column built in JSON, each as a field: name, javaType, nullable, and its own fields. */
    private static void nestedFields(ObjectNode node, NestedShape shape) {
        ArrayNode fields = node.putArray("fields");
        for (NestedShape.Field f : shape.fields()) {
            ObjectNode field = fields.addObject();
            field.put("name", f.component());
            field.put("key", f.key());
            field.put("javaType", f.javaType().name());
            field.put("nullable", f.nullable());
            if (f.nested() != null) {
                nestedFields(field, f.nested());
            }
        }
    }

    private static void diagnostic(ObjectNode node, Diagnostic d) {
        node.put("file", d.file());
        node.put("line", d.line());
        node.put("column", d.column());
        node.put("severity", d.severity().label());
        node.put("code", d.code());
        node.put("message", d.message());
    }

    private static void strings(ObjectNode node, String field, List<String> values) {
        if (values == null) {
            node.putNull(field);
        } else {
            ArrayNode array = node.putArray(field);
            values.forEach(array::add);
        }
    }
}
