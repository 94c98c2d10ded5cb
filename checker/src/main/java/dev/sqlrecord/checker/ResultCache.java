package dev.sqlrecord.checker;

import dev.sqlrecord.checker.records.SourceScan;
import dev.sqlrecord.checker.schema.SchemaImage;
import java.util.Map;

/**
 * Where a check keeps each query file's result, by a description of everything the result depends
 * on (docs/ARCHITECTURE.md §8). A result is only ever found again for the same description, so a
 * check with a cache gives what a check without one gives. The generated units are looked up and
 * kept from several threads at once. It keeps the record scan's result of each source file too.
 */
public interface ResultCache extends SourceScan.Cache {
    /** No cache: every file is analysed (a full check). */
    ResultCache NONE = new ResultCache() {
        @Override
        public QueryFileResult find(String file, String inputs) {
            return null;
        }

        @Override
        public void keep(String file, String inputs, QueryFileResult result) {}

        @Override
        public Map<String, String> findGenerated(String inputs) {
            return null;
        }

        @Override
        public void keepGenerated(String inputs, Map<String, String> files) {}

        @Override
        public SchemaResult findSchema(String inputs) {
            return null;
        }

        @Override
        public void keepSchema(String inputs, SchemaResult schema) {}

        @Override
        public SchemaImage findImage(String inputs) {
            return null;
        }

        @Override
        public void keepImage(String inputs, SchemaImage image) {}

        @Override
        public SourceScan findScan(String key) {
            return null;
        }

        @Override
        public void keepScan(String key, SourceScan scan) {}
    };

    /** The result kept for {@code file} (as diagnostics name it) with exactly these inputs, or null. */
    QueryFileResult find(String file, String inputs);

    /** Keeps {@code result} of {@code file} for the next check; the file's older result is dropped. */
    void keep(String file, String inputs, QueryFileResult result);

    /**
     * The generated files (path → content) kept for one unit of generated code with these inputs, as
     * they are in the output folder now (the writer does not look at them again), or null.
     */
    Map<String, String> findGenerated(String inputs);

    /** Keeps one unit's generated files for the next check. */
    void keepGenerated(String inputs, Map<String, String> files);

    /** The schema kept for migrations with these inputs, or null. */
    SchemaResult findSchema(String inputs);

    /** Keeps the schema for the next check. */
    void keepSchema(String inputs, SchemaResult schema);

    /** The image of the schema's database kept for migrations with these inputs, or null. */
    SchemaImage findImage(String inputs);

    /** Keeps the image of the schema's database for the next check; null: there is none to keep. */
    void keepImage(String inputs, SchemaImage image);
}
