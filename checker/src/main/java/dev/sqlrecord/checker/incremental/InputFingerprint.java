package dev.sqlrecord.checker.incremental;

import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The fingerprint of a check's inputs ({@link Fingerprint#inputs}) as taken before the check read
 * them, with each input file's stamp at that time: what the check keeps as its last, so that an edit
 * made while it runs is seen by the next build. The build's JVM, which takes it to compare with the
 * last check, sends it with a check worker's request (docs/ARCHITECTURE.md §8, "The check worker").
 *
 * @param entries the fingerprint's entries, by name
 * @param takenMillis when it was taken (the wall clock)
 * @param stamps each input file's entry name → its size and time then
 */
public record InputFingerprint(SortedMap<String, String> entries, long takenMillis, Map<String, String> stamps) {
    public InputFingerprint {
        entries = new TreeMap<>(entries);
        stamps = new TreeMap<>(stamps);
    }

    InputStamps inputStamps() {
        return new InputStamps(takenMillis, stamps);
    }
}
