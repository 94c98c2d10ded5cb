package dev.sqlrecord.checker.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file of the user's, with the name diagnostics print for it. */
public record SourceFile(Path path, String display, String text) {

    public static SourceFile read(Path path, String display) throws IOException {
        return new SourceFile(path, display, Files.readString(path, StandardCharsets.UTF_8));
    }

    /** The file name without its extension: {@code users} for {@code users.sql}. */
    public String stem() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
