package dev.sqlrecord.checker.parse;

/**
 * A 1-based line and column in a file. Statements are parsed on their own, so positions inside
 * them are shifted by where the statement starts.
 */
public record TextPosition(int line, int column) {

    /** The file position of a statement-relative position, the statement starting at {@code this}. */
    public TextPosition offset(int lineInStatement, int columnInStatement) {
        return lineInStatement == 1
                ? new TextPosition(line, column + columnInStatement - 1)
                : new TextPosition(line + lineInStatement - 1, columnInStatement);
    }

    /** The position of character {@code index} of {@code text}. */
    public static TextPosition of(String text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new TextPosition(line, index - lineStart + 1);
    }
}
