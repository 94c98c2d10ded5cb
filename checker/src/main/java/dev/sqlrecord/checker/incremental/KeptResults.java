package dev.sqlrecord.checker.incremental;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.sqlrecord.checker.QueryFileResult;
import dev.sqlrecord.checker.ResultCache;
import dev.sqlrecord.checker.SchemaResult;
import dev.sqlrecord.checker.schema.SchemaImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * Each query file's last result, kept in {@code target/sqlrecord} between builds (docs/ARCHITECTURE.md
 * §8): a JSON file of entries {@code file → (digest of its inputs, result)}, under the build of the
 * code that checks. A result is found only for the same file, the same digest and the same build;
 * an entry that cannot be read back is no entry, and the file is checked.
 */
final class KeptResults implements ResultCache {
    private static final int FORMAT = 1;
    /** The results are records of the model: read and written by their components only. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Path file;
    private final String tool;
    /** Where the generated files are, whose digests are kept; null when the check generates none. */
    private final Path outputDir;

    private final JsonNode before;
    private final Map<String, JsonNode> now = new TreeMap<>();
    private final Map<String, JsonNode> generatedNow = new TreeMap<>();
    private JsonNode schemaNow;
    /** The schema image's entry (its inputs' digest, size, checksum) and, when kept anew, its bytes. */
    private ObjectNode imageNow;

    private byte[] imageBytes;
    /** Whether this check kept an image (or kept that it has none): else the kept one stays with a kept schema. */
    private boolean imageKept;
    /** Whether anything was kept anew: else the file holds what it would be rewritten with, less what is gone. */
    private boolean keptAnew;

    private int found;
    private int checked;
    /** What became of the schema: kept, restored from its image, or built by replaying the migrations. */
    private String schemaFrom = "built";

    private KeptResults(Path file, String tool, Path outputDir, JsonNode before) {
        this.file = file;
        this.tool = tool;
        this.outputDir = outputDir;
        this.before = before;
    }

    /** The results kept in {@code file} by a check of the same {@code tool} build; none when there are none. */
    static KeptResults open(Path file, String tool, Path outputDir) {
        return new KeptResults(file, tool, outputDir, read(file, tool));
    }

    /** No results to find, but those of this check are kept: after it, as after {@link #open}. */
    static KeptResults fresh(Path file, String tool, Path outputDir) {
        return new KeptResults(file, tool, outputDir, null);
    }

    private static JsonNode read(Path file, String tool) {
        try {
            if (!Files.isRegularFile(file)) {
                return null;
            }
            JsonNode root = MAPPER.readTree(file.toFile());
            boolean same = root.path("format").asInt() == FORMAT
                    && root.path("tool").asText().equals(tool);
            return same ? root : null;
        } catch (IOException | RuntimeException e) {
            return null; // damaged: nothing is found, every file is checked
        }
    }

    @Override
    public QueryFileResult find(String name, String inputs) {
        JsonNode entry = before == null ? null : before.path("files").get(name);
        if (entry == null || !entry.path("inputs").asText().equals(digest(inputs))) {
            return null;
        }
        try {
            QueryFileResult result = MAPPER.treeToValue(entry.get("result"), QueryFileResult.class);
            now.put(name, entry);
            found++;
            return result;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void keep(String name, String inputs, QueryFileResult result) {
        keptAnew = true;
        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("inputs", digest(inputs));
        entry.set("result", MAPPER.valueToTree(result));
        now.put(name, entry);
        checked++;
    }

    /**
     * A unit's files as they are in the output folder, when each still has the digest kept for it:
     * the text itself is not kept twice (it was half of the results file, and reading it back half
     * of a check that kept every file).
     */
    @Override
    public Map<String, String> findGenerated(String inputs) {
        String key = digest(inputs);
        JsonNode files = before == null || outputDir == null
                ? null
                : before.path("generated").get(key);
        if (files == null || !files.isObject()) {
            return null;
        }
        Map<String, String> kept = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> file : files.properties()) {
            String text = current(file.getKey());
            if (text == null || !digest(text).equals(file.getValue().asText())) {
                return null; // deleted or edited since: generated again
            }
            kept.put(file.getKey(), text);
        }
        synchronized (this) {
            generatedNow.put(key, files);
        }
        return kept;
    }

    private String current(String path) {
        try {
            return Files.readString(outputDir.resolve(path), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public synchronized void keepGenerated(String inputs, Map<String, String> files) {
        keptAnew = true;
        ObjectNode node = MAPPER.createObjectNode();
        files.forEach((path, text) -> node.put(path, digest(text)));
        generatedNow.put(digest(inputs), node);
    }

    @Override
    public SchemaResult findSchema(String inputs) {
        JsonNode entry = before == null ? null : before.get("schema");
        if (entry == null || !entry.path("inputs").asText().equals(digest(inputs))) {
            return null;
        }
        try {
            SchemaResult schema = MAPPER.treeToValue(entry.get("result"), SchemaResult.class);
            schemaNow = entry;
            schemaFrom = "kept";
            return schema;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void keepSchema(String inputs, SchemaResult schema) {
        keptAnew = true;
        ObjectNode entry = MAPPER.createObjectNode();
        entry.put("inputs", digest(inputs));
        entry.set("result", MAPPER.valueToTree(schema));
        if (!imageKept) {
            keepImage(inputs, null); // a schema replayed without an image taken has none
        }
        schemaNow = entry;
        schemaFrom = "built";
    }

    /**
     * The image of the schema's database, in a file beside the results ({@link #imageFile}) that the
     * entry names by size and CRC-32: a file left from another check or damaged is not used.
     */
    @Override
    public SchemaImage findImage(String inputs) {
        JsonNode entry = before == null ? null : before.get("image");
        if (entry == null || !entry.path("inputs").asText().equals(digest(inputs))) {
            return null;
        }
        try {
            byte[] bytes = Files.readAllBytes(imageFile());
            if (bytes.length != entry.path("size").asLong()
                    || crc(bytes) != entry.path("crc").asLong()) {
                return null;
            }
            schemaFrom = "restored";
            return SchemaImage.of(bytes, entry.path("foreignKeys").asBoolean());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    @Override
    public void keepImage(String inputs, SchemaImage image) {
        keptAnew = true;
        imageKept = true;
        if (image == null) {
            imageNow = null;
            imageBytes = null;
            return;
        }
        imageNow = MAPPER.createObjectNode();
        imageNow.put("inputs", digest(inputs));
        imageNow.put("size", image.bytes().length);
        imageNow.put("crc", crc(image.bytes()));
        imageNow.put("foreignKeys", image.foreignKeys());
        imageBytes = image.bytes();
    }

    /** Beside the results file: {@code model.results-generate.sqlite}. */
    private Path imageFile() {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".sqlite");
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /**
     * How many files' results were found, how many were checked, and whether the schema was kept,
     * restored from its image or built, e.g. {@code 199 kept, 1 checked; schema restored}.
     */
    String counts() {
        return found + " kept, " + checked + " checked; schema " + schemaFrom;
    }

    /**
     * Writes the results of this check's files (a removed file's are dropped); through a temporary
     * file. Not when every one was found and none is gone: the file already says it.
     */
    void write() throws IOException {
        if (!keptAnew
                && before != null
                && schemaNow != null
                && before.path("files").size() == now.size()
                && before.path("generated").size() == generatedNow.size()) {
            return;
        }
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("tool", tool);
        ObjectNode files = root.putObject("files");
        now.forEach(files::set);
        if (schemaNow != null) {
            root.set("schema", schemaNow);
        }
        ObjectNode generated = root.putObject("generated");
        generatedNow.forEach(generated::set);
        JsonNode image = imageKept || before == null ? imageNow : before.get("image");
        if (image != null) {
            root.set("image", image);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        // the image first: the results that name it by checksum are written only once it is there
        if (imageBytes != null) {
            replace(imageFile(), imageBytes);
        }
        replace(file, MAPPER.writeValueAsBytes(root));
    }

    /** Writes {@code target} through a temporary file, so a build stopped halfway leaves the old one whole. */
    private static void replace(Path target, byte[] content) throws IOException {
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temporary, content);
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String digest(String inputs) {
        return FileEntries.digest(inputs.getBytes(StandardCharsets.UTF_8));
    }
}
