package dev.sqlrecord.checker.incremental;

import dev.sqlrecord.checker.Awaited;
import dev.sqlrecord.checker.QueryFileResult;
import dev.sqlrecord.checker.ResultCache;
import dev.sqlrecord.checker.SchemaResult;
import dev.sqlrecord.checker.records.SourceScan;
import dev.sqlrecord.checker.schema.SchemaImage;
import dev.sqlrecord.runtime.internal.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;

/**
 * The last check's results, kept in {@code target/sqlrecord} between builds (docs/ARCHITECTURE.md
 * §8): an index ({@code model.results-generate.json}: the schema, its image's checksum, the generated
 * units, the record scan of each source file) and one file per query file's result in a folder beside it, so that a check that analyses
 * one file writes one file. Everything is under the build of the code that checks; a result is
 * found only for the same file, the same digest of its inputs and the same build, and an entry that
 * cannot be read back is no entry. The kept results are read on another thread while the check
 * reads the project (the two cost about the same in a fresh JVM); the first lookup waits for them.
 */
final class KeptResults implements ResultCache {
    private final KeptStore store;
    private final CompletableFuture<KeptStore.Before> before;

    private final Map<String, KeptStore.FileEntry> now = new TreeMap<>();
    /**
     * The files' results kept anew, each written on a thread of its own as soon as it is kept, while the
     * check goes on to generate the code; {@link #write} waits for them.
     */
    private final List<Future<?>> writing = new ArrayList<>();

    private ExecutorService writer;

    private final Map<String, Map<String, String>> generatedNow = new TreeMap<>();
    private final Map<String, SourceScan> scansNow = new TreeMap<>();
    private KeptStore.SchemaEntry schemaNow;
    /** {@link #schemaNow} as the index holds it, when written out ahead; null to write it with the index. */
    private Future<byte[]> schemaText;

    private KeptStore.ImageEntry imageNow;
    private byte[] imageBytes;
    /** Whether this check kept an image (or kept that it has none): else the kept one stays with a kept schema. */
    private boolean imageKept;
    /** Whether anything was kept anew: else the index holds what it would be rewritten with, less what is gone. */
    private boolean keptAnew;

    private int found;
    private int checked;
    /** What became of the schema: kept, restored from its image, or built by replaying the migrations. */
    private String schemaFrom = "built";

    private KeptResults(KeptStore store, CompletableFuture<KeptStore.Before> before) {
        this.store = store;
        this.before = before;
    }

    /** The results kept in {@code index} (and beside it) by a check of the same {@code tool} build. */
    static KeptResults open(Path index, String tool, Path outputDir) {
        KeptStore store = new KeptStore(index, tool, outputDir);
        return new KeptResults(store, CompletableFuture.supplyAsync(store::read));
    }

    /** No results to find, but those of this check are kept: after it, as after {@link #open}. */
    static KeptResults fresh(Path index, String tool, Path outputDir) {
        return new KeptResults(
                new KeptStore(index, tool, outputDir), CompletableFuture.completedFuture(KeptStore.Before.NONE));
    }

    private KeptStore.Before before() {
        return before.join();
    }

    @Override
    public QueryFileResult find(String name, String inputs) {
        KeptStore.FileEntry entry = before().files().get(name);
        if (entry == null || !entry.inputs().equals(digest(inputs))) {
            return null;
        }
        now.put(name, entry);
        found++;
        return entry.result();
    }

    @Override
    public void keep(String name, String inputs, QueryFileResult result) {
        keptAnew = true;
        KeptStore.FileEntry entry = new KeptStore.FileEntry(name, digest(inputs), result);
        now.put(name, entry);
        writing.add(writer().submit(() -> {
            store.writeFile(entry);
            return null;
        }));
        checked++;
    }

    /** The thread that writes what is kept while the check goes on, started with the first thing to write. */
    private synchronized ExecutorService writer() {
        if (writer == null) {
            ThreadPoolExecutor one =
                    new ThreadPoolExecutor(1, 1, 1, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                        Thread thread = new Thread(task, "sqlrecord-keep");
                        thread.setDaemon(true);
                        return thread;
                    });
            one.allowCoreThreadTimeOut(true); // a check that fails before write() leaves no thread behind
            writer = one;
        }
        return writer;
    }

    /**
     * A unit's files as they are in the output folder, when each still has the checksum kept for it:
     * the text itself is not kept twice (reading it back was half of a check that kept every file).
     */
    @Override
    public Map<String, String> findGenerated(String inputs) {
        if (store.outputDir() == null || before().generated().isEmpty()) {
            return null; // nothing kept: not even the digest to take, which keepGenerated takes
        }
        String key = digest(inputs);
        Map<String, String> files = before().generated().get(key);
        if (files == null) {
            return null;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String text = store.generated(file.getKey());
            if (text == null || !checksum(text).equals(file.getValue())) {
                return null; // deleted or edited since: generated again
            }
            kept.put(file.getKey(), text);
        }
        synchronized (this) {
            generatedNow.put(key, files);
        }
        return kept;
    }

    @Override
    public synchronized void keepGenerated(String inputs, Map<String, String> files) {
        keptAnew = true;
        Map<String, String> checksums = new TreeMap<>();
        files.forEach((path, text) -> checksums.put(path, checksum(text)));
        generatedNow.put(digest(inputs), checksums);
    }

    @Override
    public SourceScan findScan(String key) {
        SourceScan scan = before().scans().get(key);
        if (scan != null) {
            scansNow.put(key, scan);
        }
        return scan;
    }

    @Override
    public void keepScan(String key, SourceScan scan) {
        keptAnew = true;
        scansNow.put(key, scan);
    }

    @Override
    public SchemaResult findSchema(String inputs) {
        KeptStore.SchemaEntry entry = before().schema();
        if (entry == null || !entry.inputs().equals(digest(inputs))) {
            return null;
        }
        schemaNow = entry;
        schemaFrom = "kept";
        return entry.result();
    }

    @Override
    public void keepSchema(String inputs, SchemaResult schema) {
        keptAnew = true;
        if (!imageKept) {
            keepImage(inputs, null); // a schema replayed without an image taken has none
        }
        schemaNow = new KeptStore.SchemaEntry(digest(inputs), schema);
        schemaFrom = "built";
        // the index's largest part, written out now, while the check goes on, not after it
        KeptStore.SchemaEntry entry = schemaNow;
        schemaText = writer().submit(() -> KeptStore.json(entry));
    }

    /** The image of the schema's database, from its file when that has the size and CRC-32 kept for it. */
    @Override
    public SchemaImage findImage(String inputs) {
        KeptStore.ImageEntry entry = before().image();
        if (entry == null || !entry.inputs().equals(digest(inputs))) {
            return null;
        }
        byte[] bytes = store.image();
        if (bytes == null || bytes.length != entry.size() || crc(bytes) != entry.crc()) {
            return null;
        }
        schemaFrom = "restored";
        return SchemaImage.of(bytes, entry.foreignKeys());
    }

    @Override
    public void keepImage(String inputs, SchemaImage image) {
        keptAnew = true;
        imageKept = true;
        imageBytes = image == null ? null : image.bytes();
        imageNow = image == null
                ? null
                : new KeptStore.ImageEntry(
                        digest(inputs), image.bytes().length, crc(image.bytes()), image.foreignKeys());
    }

    /**
     * How many files' results were found, how many were checked, and whether the schema was kept,
     * restored from its image or built, e.g. {@code 199 kept, 1 checked; schema restored}.
     */
    String counts() {
        return found + " kept, " + checked + " checked; schema " + schemaFrom;
    }

    /**
     * Writes what this check kept anew (the image first, then each file's new result, then the index
     * that names them) and removes the results of files that are gone. Nothing when every result was
     * found and none is gone: the files already say it.
     */
    void write() throws IOException {
        KeptStore.Before old = before();
        // a schema found and nothing kept anew: the last check's files are this one's, less what is gone
        if (!keptAnew
                && schemaNow != null
                && old.files().size() == now.size()
                && old.generated().size() == generatedNow.size()
                && old.scans().size() == scansNow.size()) {
            return;
        }
        if (imageBytes != null) {
            store.writeImage(imageBytes);
        }
        awaitWriting();
        store.removeFilesOtherThan(now.keySet());
        KeptStore.ImageEntry image = imageKept ? imageNow : old.image();
        byte[] schema = schemaText != null ? Awaited.get(schemaText, "keeping the schema") : KeptStore.json(schemaNow);
        store.writeIndex(schema, image, generatedNow, scansNow);
    }

    /** Waits for the files' results being written; the first failure is this check's. */
    private void awaitWriting() throws IOException {
        try {
            for (Future<?> file : writing) {
                Awaited.get(file, "keeping the query files' results");
            }
        } finally {
            if (writer != null) {
                writer.shutdown();
            }
        }
    }

    private static String digest(String inputs) {
        return Sha256.hex(inputs);
    }

    /** A generated file's CRC-32 and length: it tells a hand edit of our own output, cheaply. */
    private static String checksum(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return Long.toHexString(crc(bytes)) + ":" + bytes.length;
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
