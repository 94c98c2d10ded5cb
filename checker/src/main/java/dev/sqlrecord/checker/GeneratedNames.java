package dev.sqlrecord.checker;

import dev.sqlrecord.checker.codegen.RepositoryGenerator;
import dev.sqlrecord.checker.diag.Diagnostics;
import dev.sqlrecord.checker.model.EnumModel;
import dev.sqlrecord.checker.model.QueryModel;
import dev.sqlrecord.checker.model.RowShape;
import dev.sqlrecord.checker.records.EnumInfo;
import dev.sqlrecord.checker.records.RecordInfo;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generated row records are shared by name across query files: two queries that generate the same
 * name must agree on its components, and no user record may already have it. Within one generated
 * class, no query may take the name of another query's statement factory.
 */
final class GeneratedNames {
    private final String queriesDir;
    private final String packageName;
    private final List<RecordInfo> records;
    private final Diagnostics diagnostics;

    GeneratedNames(String queriesDir, String packageName, List<RecordInfo> records, Diagnostics diagnostics) {
        this.queriesDir = queriesDir;
        this.packageName = packageName;
        this.records = records;
        this.diagnostics = diagnostics;
    }

    /** A generated enum must not take the name of a type the project declares or of a generated row record. */
    void checkEnums(List<EnumModel> generated, List<EnumInfo> userEnums, List<QueryModel> queries) {
        for (EnumModel e : generated) {
            String declared = records.stream()
                    .filter(r -> r.qualifiedName().equals(e.javaType()))
                    .map(r -> r.file() + ":" + r.line())
                    .findFirst()
                    .orElse(userEnums.stream()
                            .filter(u -> u.qualifiedName().equals(e.javaType()))
                            .map(u -> u.file() + ":" + u.line())
                            .findFirst()
                            .orElse(null));
            boolean rowRecord = queries.stream()
                    .anyMatch(q -> q.row() != null
                            && q.row().generated()
                            && q.row().recordType().equals(e.javaType()));
            if (declared != null || rowRecord) {
                diagnostics.error(
                        queriesDir,
                        0,
                        0,
                        1,
                        "name-clash",
                        "the enum " + e.javaType() + " for "
                                + e.table() + "." + e.column() + " would clash with "
                                + (declared != null
                                        ? "the type declared at " + declared
                                                + "; rename that type, or, if it is an enum, give it constants that match the CHECK values so it is used"
                                        : "a generated row record of the same name; rename the query"));
            }
        }
    }

    void check(List<QueryModel> queries) {
        Map<String, QueryModel> first = new HashMap<>();
        for (QueryModel query : queries) {
            RowShape row = query.row();
            if (row == null || !row.generated()) {
                continue;
            }
            if (records.stream().anyMatch(r -> r.qualifiedName().equals(row.recordType()))) {
                diagnostics.error(
                        query.file(),
                        query.line(),
                        1,
                        1,
                        "name-clash",
                        "query '" + query.name()
                                + "' would generate " + row.recordType()
                                + ", which the project already declares; name a record"
                                + " with '-> Type' or rename the query");
                continue;
            }
            QueryModel earlier = first.putIfAbsent(row.recordType(), query);
            if (earlier != null && !earlier.row().fields().equals(row.fields())) {
                diagnostics.error(
                        query.file(),
                        query.line(),
                        1,
                        1,
                        "name-clash",
                        "query '" + query.name()
                                + "' would generate " + row.recordType() + " with other columns than query '"
                                + earlier.name()
                                + "' (" + earlier.file() + ":" + earlier.line() + "); rename one of them");
            }
        }
        checkStatementFactories(queries);
        if (packageName.isEmpty() && !queries.isEmpty()) {
            diagnostics.error(
                    queriesDir, 0, 0, 1, "missing-package", "no package for the generated classes; set packageName");
        }
    }

    /** Query {@code fooStatement} next to {@code foo} would collide with {@code foo}'s factory, whatever the parameters. */
    private void checkStatementFactories(List<QueryModel> queries) {
        Map<String, QueryModel> byFactory = new HashMap<>();
        for (QueryModel query : queries) {
            byFactory.put(query.ownerClass() + "." + RepositoryGenerator.statementFactoryName(query.name()), query);
        }
        for (QueryModel query : queries) {
            QueryModel factoryOf = byFactory.get(query.ownerClass() + "." + query.name());
            if (factoryOf != null) {
                diagnostics.error(
                        query.file(),
                        query.line(),
                        1,
                        1,
                        "name-clash",
                        "query '" + query.name()
                                + "' would clash with the statement factory " + query.ownerClass() + "." + query.name()
                                + "(...) generated for query '" + factoryOf.name() + "' (" + factoryOf.file() + ":"
                                + factoryOf.line() + "); rename one of them");
            }
        }
    }
}
