package dev.sqlrecord.checker.incremental;

import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * Each input file's size and modification time at a fingerprint, and when it was taken. The next
 * fingerprint takes a file's digest from the last one instead of reading and hashing it again when
 * the file's size and time are the same and the file was last modified well before that fingerprint
 * (docs/ARCHITECTURE.md §8): a later edit would have a later time. A file modified within
 * {@link #MARGIN_MILLIS} of it could change again within the same tick of a coarse clock, so it is
 * hashed.
 *
 * @param takenMillis when the fingerprint was taken (the wall clock), 0 for none
 * @param stamps entry name → {@link FileEntries#stamp} of the file
 */
record InputStamps(long takenMillis, Map<String, String> stamps) {
    static final long MARGIN_MILLIS = 2_000;
    static final InputStamps NONE = new InputStamps(0, Map.of());

    InputStamps {
        stamps = new TreeMap<>(stamps);
    }

    /** The stamp the last fingerprint saw for the entry, when the file at it can be trusted to be as it was. */
    boolean unchanged(String entry, BasicFileAttributes attributes) {
        return attributes.lastModifiedTime().toMillis() < takenMillis - MARGIN_MILLIS
                && FileEntries.stamp(attributes).equals(stamps.get(entry));
    }
}
