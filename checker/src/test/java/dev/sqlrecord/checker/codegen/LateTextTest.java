package dev.sqlrecord.checker.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;
import org.junit.jupiter.api.Test;

/**
 * Text put in after JavaPoet wrote the file ({@link LateText}) must come out exactly as JavaPoet
 * itself writes it: each file here is written both ways and compared whole.
 */
class LateTextTest {
    /** Line breaks of every kind JavaPoet splits on, blank lines, quotes, escapes, control characters. */
    private static final List<String> TEXTS = List.of(
            "one line",
            "two\nlines",
            "ends with a break\n",
            "\nstarts with a break",
            "a\n\nblank line\n\n\nand more\n",
            "windows\r\nbreaks\r\nand a lone\rcarriage return",
            "unicode\u2028line\u2029and paragraph\u0085next line\u000Bvertical tab\fform feed",
            "quotes \" and ' and \\ backslash, tab\t, nul \0, bell \u0007, delete \u007f, \u0090",
            "   leading and trailing blanks   \n   \n\tindented",
            "<pre>{@code\nSELECT * FROM t WHERE a = 1\n}</pre>\n\n@param a {@code :a}; not null\n");

    @Test
    void javadocComesOutAsJavaPoetWritesIt() {
        assertSame(
                (late, text) -> late.javadoc(text),
                text -> CodeBlock.of("$L", text),
                (type, doc) -> type.addJavadoc(doc.get())
                        .addMethod(MethodSpec.methodBuilder("run")
                                .addJavadoc(doc.get())
                                .build())
                        .addType(TypeSpec.recordBuilder("Nested")
                                .addJavadoc(doc.get())
                                .addMethod(MethodSpec.methodBuilder("deeper")
                                        .addJavadoc(doc.get())
                                        .build())
                                .build()));
    }

    @Test
    void codeComesOutAsJavaPoetWritesIt() {
        assertSame(
                (late, text) -> CodeBlock.of("$T.of($L)", ClassName.get("java.util", "List"), late.code(text)),
                text -> CodeBlock.of("$T.of($L)", ClassName.get("java.util", "List"), text),
                (type, value) -> type.addField(FieldSpec.builder(Object.class, "VALUE", Modifier.STATIC)
                        .initializer(value.get())
                        .build()));
    }

    @Test
    void stringLiteralsAreWrittenAsJavaPoetWritesThem() {
        // every char, 256 to a string, and strings of several lines (JavaPoet splits them with "+")
        StringBuilder all = new StringBuilder();
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            all.append((char) c);
        }
        for (int start = 0; start < all.length(); start += 256) {
            String text = all.substring(start, start + 256);
            assertSame(
                    (late, t) -> CodeBlock.of("$L", late.code(LateText.string(t))),
                    t -> CodeBlock.of("$S", t),
                    (type, value) -> type.addField(FieldSpec.builder(String.class, "VALUE", Modifier.STATIC)
                            .initializer(value.get())
                            .build()),
                    List.of(text));
        }
        assertSame(
                (late, t) -> CodeBlock.of("$L", late.code(LateText.string(t))),
                t -> CodeBlock.of("$S", t),
                (type, value) -> type.addField(FieldSpec.builder(String.class, "VALUE", Modifier.STATIC)
                        .initializer(value.get())
                        .build()),
                TEXTS);
    }

    @Test
    void textThatHoldsTheTokenMarkStaysAsItIs() {
        LateText late = new LateText();
        CodeBlock doc = late.javadoc("the doc");
        String source = JavaFile.builder(
                        "late",
                        TypeSpec.classBuilder("Marks")
                                .addJavadoc(doc)
                                .addField(FieldSpec.builder(String.class, "MARK", Modifier.STATIC)
                                        .initializer("$L", "\"\u00007\u0000 \u0000x\u0000\"")
                                        .build())
                                .build())
                .indent("    ")
                .build()
                .toString();
        String filled = late.fill(source);
        assertTrue(filled.contains(" * the doc\n"), filled);
        assertTrue(filled.contains("\"\u00007\u0000 \u0000x\u0000\""), filled);
    }

    private static void assertSame(
            BiFunction<LateText, String, CodeBlock> late,
            Function<String, CodeBlock> javaPoet,
            BiFunction<TypeSpec.Builder, Supplier<CodeBlock>, TypeSpec.Builder> use) {
        assertSame(late, javaPoet, use, TEXTS);
    }

    private static void assertSame(
            BiFunction<LateText, String, CodeBlock> late,
            Function<String, CodeBlock> javaPoet,
            BiFunction<TypeSpec.Builder, Supplier<CodeBlock>, TypeSpec.Builder> use,
            List<String> texts) {
        for (String text : texts) {
            LateText later = new LateText();
            String expected = source(use.apply(TypeSpec.classBuilder("Late"), () -> javaPoet.apply(text)));
            String actual = later.fill(source(use.apply(TypeSpec.classBuilder("Late"), () -> late.apply(later, text))));
            assertEquals(expected, actual, "for " + text);
        }
    }

    private static String source(TypeSpec.Builder type) {
        return JavaFile.builder("late", type.build()).indent("    ").build().toString();
    }
}
