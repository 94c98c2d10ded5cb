package dev.sqlrecord.checker.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL constants as the generator writes them, compiled by the real compiler: each must hold
 * exactly the SQL it was made from, whatever quotes, backslashes and blanks that SQL holds.
 */
class SqlLiteralsTest {
    private static final List<String> SQL = List.of(
            "SELECT id, name\nFROM users\nWHERE id = ?",
            "SELECT 'a\\b', 'C:\\\\dir\\'\nFROM t",
            "SELECT '\\u0041 is not A here'\nFROM t",
            "SELECT '\"\"\"' AS three, '\"\"\"\"\"' AS five\nFROM t",
            "SELECT 1 AS \"x\"\nFROM \"t\"",
            "SELECT 1\nFROM t WHERE a = '\"\"'\"\"",
            "SELECT 'keeps   \n   both blanks' AS s\nFROM t",
            "SELECT 1\n\n   \nFROM t",
            "SELECT a,\n       b\n  FROM t",
            "SELECT '\t'\t\nFROM t\t",
            "SELECT 1\r\nFROM t",
            "SELECT 1 -- a comment \\\nFROM t",
            "SELECT 'ends with a backslash'\n\\",
            "SELECT '\u0001' \nFROM t");

    @TempDir
    Path temp;

    @Test
    void everyMultiLineStatementBecomesATextBlockThatHoldsItExactly() throws Exception {
        TypeSpec.Builder type = TypeSpec.classBuilder("Constants").addModifiers(Modifier.PUBLIC);
        TypeSpec.Builder byJavaPoet = TypeSpec.classBuilder("Constants").addModifiers(Modifier.PUBLIC);
        LateText late = new LateText();
        for (int i = 0; i < SQL.size(); i++) {
            String block = SqlLiterals.textBlock(SQL.get(i));
            assertNotNull(block, SQL.get(i));
            type.addField(FieldSpec.builder(String.class, "SQL_" + i, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .initializer("$L", late.code(SqlLiterals.of(SQL.get(i))))
                    .build());
            byJavaPoet.addField(
                    FieldSpec.builder(String.class, "SQL_" + i, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                            .initializer("$L", block)
                            .build());
        }
        String source = late.fill(source(type));
        // as JavaPoet writes the text block itself
        assertEquals(source(byJavaPoet), source);
        assertTrue(source.contains("\"\"\"\n"), source);
        Class<?> compiled = compile(source);
        for (int i = 0; i < SQL.size(); i++) {
            assertEquals(SQL.get(i), compiled.getField("SQL_" + i).get(null), "constant " + i + " of\n" + source);
        }
    }

    @Test
    void aSingleLineStaysAStringLiteral() {
        assertEquals("\"SELECT \\\"a\\\" FROM t\"", SqlLiterals.of("SELECT \"a\" FROM t"));
    }

    private static String source(TypeSpec.Builder type) {
        return JavaFile.builder("sqlliterals", type.build())
                .indent("    ")
                .build()
                .toString();
    }

    private Class<?> compile(String source) throws IOException, ReflectiveOperationException {
        Path file = temp.resolve("sqlliterals/Constants.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source, StandardCharsets.UTF_8);
        Path classes = temp.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(
                null,
                null,
                null,
                "-Xlint:all",
                "-Werror",
                "--release",
                "17",
                "-encoding",
                "UTF-8",
                "-d",
                classes.toString(),
                file.toString());
        assertEquals(0, status, "the constants do not compile:\n" + source);
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {classes.toUri().toURL()})) {
            return loader.loadClass("sqlliterals.Constants");
        }
    }
}
