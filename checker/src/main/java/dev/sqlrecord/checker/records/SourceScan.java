package dev.sqlrecord.checker.records;

import java.util.List;

/**
 * What the record scan found in one source file that javac parsed without error: its records and
 * enums, in order. An incremental check keeps it by the file's name and content, so an unchanged
 * file is not parsed again (docs/ARCHITECTURE.md §8).
 */
public record SourceScan(List<RecordInfo> records, List<EnumInfo> enums) {
    public SourceScan {
        records = List.copyOf(records);
        enums = List.copyOf(enums);
    }

    /** Where the scans of unchanged files are kept between checks. */
    public interface Cache {
        Cache NONE = new Cache() {
            @Override
            public SourceScan findScan(String key) {
                return null;
            }

            @Override
            public void keepScan(String key, SourceScan scan) {}
        };

        /** The scan kept for a file of this name and content ({@code key}), or null. */
        SourceScan findScan(String key);

        void keepScan(String key, SourceScan scan);
    }
}
