package dev.sqlrecord.checker.analyze;

import dev.sqlrecord.checker.model.SqlType;
import dev.sqlrecord.grammar.antlr.SQLiteLexer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;

/**
 * A statement's parameters: their Java names, and what each use of them says about their type.
 * {@code :name}, {@code @name} and {@code $name} are named; {@code ?NNN} is {@code pNNN}; a bare
 * {@code ?} takes the number after the largest so far, as SQLite numbers it.
 */
final class Params {
    /** What the uses of one parameter said; {@code types} keeps each distinct type with the token that implied it. */
    static final class Info {
        final String name;
        final Token first;
        final Map<SqlType, Token> types = new LinkedHashMap<>();
        boolean nullable;
        boolean list;
        /** Passed where SQLite reads JSON text (json_patch's arguments, say), so it must be one JSON value. */
        boolean jsonText;
        /** Compared with or written to a column without a declared type: any value will do. */
        boolean untypedColumn;

        /** The table column a use compared it with or wrote it into, for its enum type; null when none. */
        String originTable;

        String originColumn;

        Info(String name, Token first) {
            this.name = name;
            this.first = first;
        }
    }

    private final Map<Integer, String> nameByTokenIndex = new HashMap<>();
    private final Map<String, Info> byName = new LinkedHashMap<>();
    private final List<String> bindings = new ArrayList<>();
    /** Token indexes of the markers that are the whole list of an {@code IN (...)}. */
    private final Set<Integer> listMarkers = new HashSet<>();

    /** Reads the parameters of a statement's tokens, in order of appearance. */
    Params(List<Token> tokens) {
        int largest = 0;
        for (Token token : tokens) {
            if (token.getType() != SQLiteLexer.BIND_PARAMETER) {
                continue;
            }
            String text = token.getText();
            String name;
            if (text.startsWith("?")) {
                int number = text.length() == 1 ? largest + 1 : Integer.parseInt(text.substring(1));
                largest = Math.max(largest, number);
                name = "p" + number;
            } else {
                name = text.substring(1);
            }
            nameByTokenIndex.put(token.getTokenIndex(), name);
            byName.computeIfAbsent(name, n -> new Info(n, token));
            bindings.add(name);
        }
    }

    String name(Token token) {
        return nameByTokenIndex.get(token.getTokenIndex());
    }

    Info info(Token token) {
        return byName.get(name(token));
    }

    void constrain(Token token, SqlType type) {
        if (type != null && type != SqlType.ANY) {
            info(token).types.putIfAbsent(type, token);
        }
    }

    /** Notes the column a use ties the parameter to; the first one wins. */
    void origin(Token token, String table, String column) {
        Info info = info(token);
        if (info.originTable == null && table != null && column != null) {
            info.originTable = table;
            info.originColumn = column;
        }
    }

    void untypedColumn(Token token) {
        info(token).untypedColumn = true;
    }

    void jsonText(Token token) {
        info(token).jsonText = true;
    }

    void nullable(Token token) {
        info(token).nullable = true;
    }

    /** Notes that {@code token} is the whole list of an {@code IN (...)}: its parameter is a list. */
    void list(Token token) {
        info(token).list = true;
        listMarkers.add(token.getTokenIndex());
    }

    /** Whether {@code token} is a marker that stands for a whole {@code IN} list. */
    boolean isListMarker(Token token) {
        return listMarkers.contains(token.getTokenIndex());
    }

    /** The type inferred so far, or null when no use implied one (or uses disagree). */
    SqlType type(Token token) {
        Info info = info(token);
        return info.types.size() == 1 ? info.types.keySet().iterator().next() : null;
    }

    List<Info> all() {
        return List.copyOf(byName.values());
    }

    /** The parameter behind each marker, in text order. */
    List<String> bindings() {
        return List.copyOf(bindings);
    }
}
