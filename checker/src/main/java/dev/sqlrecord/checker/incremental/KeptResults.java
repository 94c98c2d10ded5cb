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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

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
    /** Whether anything was kept anew: else the file holds what it would be rewritten with, less what is gone. */
    private boolean keptAnew;

    private int found;
    private int checked;

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
        schemaNow = entry;
    }

    /** How many files' results were found, and how many were checked, e.g. {@code 199 kept, 1 checked}. */
    String counts() {
        return found + " kept, " + checked + " checked";
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
        Files.createDirectories(file.toAbsolutePath().getParent());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, MAPPER.writeValueAsBytes(root));
        try {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String digest(String inputs) {
        return FileEntries.digest(inputs.getBytes(StandardCharsets.UTF_8));
    }
}
