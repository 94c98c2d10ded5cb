package dev.sqlrecord.checker.parse;

import dev.sqlrecord.checker.diag.Diagnostics;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file of the user's, with the name diagnostics print for it. */
public record SourceFile(Path path, String display, String text) {

    public static SourceFile read(Path path, String display) throws IOException {
        return new SourceFile(path, display, Files.readString(path, StandardCharsets.UTF_8));
    }

    /**
     * The file, or null after reporting ({@code invalid-encoding}) the line and column of its first
     * byte that is not UTF-8: one such file must not stop the check of the others.
     */
    public static SourceFile read(Path path, String display, Diagnostics diagnostics) throws IOException {
        byte[] bytes = Files.readAllBytes(path);
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            decoder.flush(out);
            return new SourceFile(path, display, out.flip().toString());
        }
        String before = out.flip().toString();
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        // The excerpt shows the line as a lenient reading gives it, the bad byte as U+FFFD.
        diagnostics.source(display, new String(bytes, StandardCharsets.UTF_8));
        diagnostics.error(
                display,
                line,
                column,
                1,
                "invalid-encoding",
                String.format(
                        "the file is not valid UTF-8 (byte 0x%02X here); save it as UTF-8",
                        bytes[in.position()] & 0xFF));
        return null;
    }

    /** The file name without its extension: {@code users} for {@code users.sql}. */
    public String stem() {
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }
}
