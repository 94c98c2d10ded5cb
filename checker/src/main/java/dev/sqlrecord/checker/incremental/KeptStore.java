package dev.sqlrecord.checker.incremental;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import dev.sqlrecord.checker.QueryFileResult;
import dev.sqlrecord.checker.SchemaResult;
import dev.sqlrecord.checker.records.SourceScan;
import dev.sqlrecord.runtime.internal.Sha256;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The files {@link KeptResults} lives in: {@code model.results-generate.json} (the index), the folder
 * {@code model.results-generate} (one JSON file per query file's result) and
 * {@code model.results-generate.sqlite} (the schema's image). Each file names the build that wrote
 * it; one of another build, or that cannot be read, is no entry.
 */
final class KeptStore {
    private static final int FORMAT = 2;

    /**
     * The results are records of the model: read and written by their components only. In a class of
     * its own, so that it is built on the thread that first reads (building it is costly in a fresh JVM).
     */
    private static final class Json {
        static final ObjectMapper MAPPER = JsonMapper.builder()
                .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** One query file's kept result, by its name (as diagnostics name it) and the digest of its inputs. */
    record FileEntry(String name, String inputs, QueryFileResult result) {}

    record SchemaEntry(String inputs, SchemaResult result) {}

    /** The schema's image: the bytes in the image file must have this size and CRC-32. */
    record ImageEntry(String inputs, long size, long crc, boolean foreignKeys) {}

    /**
     * The index: under which build, the schema and its image, and each generated unit's files'
     * checksums. Read with its schema entry ({@code S}: {@link SchemaEntry}); written with the entry
     * written out before ({@link RawValue} of {@link #json}).
     */
    record Index<S>(
            int format,
            String tool,
            S schema,
            ImageEntry image,
            Map<String, Map<String, String>> generated,
            Map<String, SourceScan> scans) {}

    /** What the last check kept. */
    record Before(
            Map<String, FileEntry> files,
            SchemaEntry schema,
            ImageEntry image,
            Map<String, Map<String, String>> generated,
            Map<String, SourceScan> scans) {
        static final Before NONE = new Before(Map.of(), null, null, Map.of(), Map.of());
    }

    /** A query file's result as written: under the build that wrote it. */
    private record FileRecord(String tool, FileEntry entry) {}

    private final Path index;
    private final String tool;
    /** Where the generated files are, whose checksums are kept; null when the check generates none. */
    private final Path outputDir;

    KeptStore(Path index, String tool, Path outputDir) {
        this.index = index;
        this.tool = tool;
        this.outputDir = outputDir;
    }

    Path outputDir() {
        return outputDir;
    }

    /** The folder of the files' results beside {@code index}: {@code model.results-generate}. */
    static Path folder(Path index) {
        return index.resolveSibling(stem(index));
    }

    static Path imageFile(Path index) {
        return index.resolveSibling(stem(index) + ".sqlite");
    }

    private static String stem(Path index) {
        String name = index.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    /** What the last check of this build kept; {@link Before#NONE} when there is none or it is damaged. */
    Before read() {
        try {
            if (!Files.isRegularFile(index)) {
                return Before.NONE;
            }
            Index<SchemaEntry> kept = Json.MAPPER.readValue(index.toFile(), new TypeReference<Index<SchemaEntry>>() {});
            if (kept.format() != FORMAT || !tool.equals(kept.tool())) {
                return Before.NONE;
            }
            Map<String, FileEntry> files = new HashMap<>();
            if (Files.isDirectory(folder(index))) {
                try (DirectoryStream<Path> all = Files.newDirectoryStream(folder(index), "*.json")) {
                    for (Path file : all) {
                        FileEntry entry = readFile(file);
                        if (entry != null && file.getFileName().toString().equals(fileName(entry.name()))) {
                            files.put(entry.name(), entry);
                        }
                    }
                }
            }
            return new Before(
                    files,
                    kept.schema(),
                    kept.image(),
                    kept.generated() == null ? Map.of() : kept.generated(),
                    kept.scans() == null ? Map.of() : kept.scans());
        } catch (IOException | RuntimeException e) {
            return Before.NONE; // damaged: nothing is found, every file is checked
        }
    }

    private FileEntry readFile(Path file) {
        try {
            FileRecord kept = Json.MAPPER.readValue(file.toFile(), FileRecord.class);
            return tool.equals(kept.tool()) ? kept.entry() : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A query file's result file: named by the digest of the file's name, which it holds too. */
    private static String fileName(String name) {
        return Sha256.hex(name).substring(0, 32) + ".json";
    }

    void writeFile(FileEntry entry) throws IOException {
        Files.createDirectories(folder(index));
        replace(
                folder(index).resolve(fileName(entry.name())),
                Json.MAPPER.writeValueAsBytes(new FileRecord(tool, entry)));
    }

    /** Removes the results of query files that are no more. */
    void removeFilesOtherThan(Set<String> names) throws IOException {
        if (!Files.isDirectory(folder(index))) {
            return;
        }
        Set<String> keep = names.stream().map(KeptStore::fileName).collect(Collectors.toSet());
        try (DirectoryStream<Path> all = Files.newDirectoryStream(folder(index))) {
            for (Path file : all) {
                if (!keep.contains(file.getFileName().toString())) {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    /** {@code schema} as the index holds it ({@code null} for none). */
    static byte[] json(SchemaEntry schema) throws IOException {
        return Json.MAPPER.writeValueAsBytes(schema);
    }

    /** Writes the index, its schema entry as {@link #json} wrote it. */
    void writeIndex(
            byte[] schema, ImageEntry image, Map<String, Map<String, String>> generated, Map<String, SourceScan> scans)
            throws IOException {
        RawValue schemaText = new RawValue(new String(schema, StandardCharsets.UTF_8));
        replace(index, Json.MAPPER.writeValueAsBytes(new Index<>(FORMAT, tool, schemaText, image, generated, scans)));
    }

    /** The schema's image as kept, or null. */
    byte[] image() {
        try {
            return Files.readAllBytes(imageFile(index));
        } catch (IOException e) {
            return null;
        }
    }

    void writeImage(byte[] bytes) throws IOException {
        replace(imageFile(index), bytes);
    }

    /** A generated file's text as it is in the output folder, or null. */
    String generated(String path) {
        try {
            return Files.readString(outputDir.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Writes {@code target} through a temporary file, so that a build stopped halfway leaves the old one whole. */
    private static void replace(Path target, byte[] content) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temporary, content);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
