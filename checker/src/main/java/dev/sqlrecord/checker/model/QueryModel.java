package dev.sqlrecord.checker.model;

import java.util.List;

/**
 * One checked named query, everything code generation needs and nothing of the parse tree.
 *
 * @param file the query file as diagnostics name it
 * @param line the line of the {@code -- name:} annotation
 * @param ownerClass the simple name of the generated class that holds the method ({@code UsersQueries})
 * @param comments the comment lines right above the {@code -- name:} line, without their {@code --}:
 *     what the user says the query does, for the generated method's documentation
 * @param writtenSql the statement as the user wrote it, with its named parameters and line breaks
 * @param sql the statement as sent at run time: each parameter occurrence a plain {@code ?}
 * @param bindings the parameter behind each {@code ?} of {@code sql}, in order
 * @param row how a result row maps to Java, or null for {@code :exec} and {@code :execresult}
 * @param atMostOneRow a {@code :one} proven at build time never to return a second row: its code
 *     need not read on to check
 * @param exactlyOneRow a {@code :one} proven at build time always to return exactly one row
 * @param multiRowInsert an {@code :exec} INSERT whose list form may send many elements as one
 *     multi-row INSERT (docs/MULTI-ROW-INSERTS.md)
 * @param d1 the result columns read as integers, for the form sent on D1 instead of {@code sql},
 *     which carries integers beyond 2^53 - 1 exactly (docs/D1-EXACT-INTEGERS.md); null when
 *     {@code sql} is sent there too
 */
public record QueryModel(
        String file,
        int line,
        String ownerClass,
        String name,
        QueryKind kind,
        List<String> comments,
        String writtenSql,
        List<Param> params,
        List<ResultColumn> columns,
        String sql,
        List<String> bindings,
        RowShape row,
        boolean atMostOneRow,
        boolean exactlyOneRow,
        boolean multiRowInsert,
        D1Integers d1) {

    /** This query with other parameters (retyped, in the same order). */
    public QueryModel withParams(List<Param> newParams) {
        return new QueryModel(
                file,
                line,
                ownerClass,
                name,
                kind,
                comments,
                writtenSql,
                newParams,
                columns,
                sql,
                bindings,
                row,
                atMostOneRow,
                exactlyOneRow,
                multiRowInsert,
                d1);
    }

    /** The SQL sent on D1 instead of {@code sql}; null when {@code sql} is sent there too. */
    public String d1Sql() {
        return d1 == null ? null : d1.sql(sql);
    }

    public QueryModel {
        comments = List.copyOf(comments);
        params = List.copyOf(params);
        columns = List.copyOf(columns);
        bindings = List.copyOf(bindings);
    }

    /**
     * True when the {@code :one} method returns the row itself rather than an {@code Optional}: the
     * row always comes, and it is not a single nullable column, whose NULL stays an empty Optional.
     */
    public boolean returnsRowItself() {
        return kind == QueryKind.ONE
                && exactlyOneRow
                && !(row.isScalar()
                        && columns.get(row.fields().get(0).column() - 1).nullable());
    }

    /** The Java type of one result: the row type, {@code int} for :exec, the runtime's ExecResult for :execresult. */
    public String resultType() {
        return switch (kind) {
            case EXEC -> "int";
            case EXECRESULT -> "dev.sqlrecord.runtime.ExecResult";
            case ONE, MANY -> row.javaType().name();
        };
    }

    /**
     * A method parameter; {@code list} for {@code IN (:ids)}, whose javaType is then {@code java.util.List<T>}.
     *
     * @param name the parameter's name in the SQL without its sigil ({@code user_id}; {@code p1} for {@code ?1})
     * @param enumMapping for an enum (or a list of one), the text each constant binds as; else null
     * @param jsonText bound as JSON text: a String for a column declared JSON, checked to be JSON before
     *     it is sent, or a value a {@code -- json:} line typed, written as JSON
     * @param marker the parameter as the SQL writes it ({@code :user_id}, {@code ?1} for the first bare {@code ?})
     * @param table the table of the column the parameter is compared with or stored in; null when none
     * @param column that column; null when none
     * @param codec how the value is bound when its type alone does not say (an {@code @EpochMillis}
     *     Instant as integer milliseconds); null otherwise
     */
    public record Param(
            String name,
            JavaType javaType,
            boolean nullable,
            boolean list,
            EnumMapping enumMapping,
            boolean jsonText,
            String marker,
            String table,
            String column,
            RowShape.Codec codec) {
        public Param(
                String name,
                JavaType javaType,
                boolean nullable,
                boolean list,
                EnumMapping enumMapping,
                boolean jsonText,
                String marker,
                String table,
                String column) {
            this(name, javaType, nullable, list, enumMapping, jsonText, marker, table, column, null);
        }

        /** This parameter taking {@code type}, bound written as JSON text. */
        public Param asJson(JavaType type) {
            return new Param(name, type, nullable, false, null, true, marker, table, column);
        }

        /** This parameter taking {@code type}, bound through {@code codec} (null: as the runtime binds it). */
        public Param as(JavaType type, RowShape.Codec codec) {
            return new Param(name, type, nullable, list, enumMapping, jsonText, marker, table, column, codec);
        }
    }

    /**
     * A result column; {@code table} and {@code column} name its origin when it is a plain column
     * reference; {@code nested} its shape when it is built in JSON (else null).
     */
    public record ResultColumn(
            String name, JavaType javaType, boolean nullable, String table, String column, NestedShape nested) {
        public ResultColumn(String name, JavaType javaType, boolean nullable, String table, String column) {
            this(name, javaType, nullable, table, column, null);
        }
    }
}
