lexer grammar SQLiteLexer;

// SQLite's tokens, written from https://www.sqlite.org/lang.html, lang_keywords.html and
// lang_expr.html, and checked against SQLite itself (see DifferentialTest). Keywords are
// case-insensitive; comments and white space go to the hidden channel so that the parser never
// sees them but positions stay exact. Malformed literals become error tokens, so that the parser
// reports "unrecognized token" where SQLite does instead of reading the pieces as other tokens.

options { caseInsensitive = true; }

SCOL: ';';
DOT: '.';
OPEN_PAR: '(';
CLOSE_PAR: ')';
COMMA: ',';
ASSIGN: '=';
STAR: '*';
PLUS: '+';
MINUS: '-';
TILDE: '~';
PIPE2: '||';
JPTR2: '->>';
JPTR: '->';
DIV: '/';
MOD: '%';
LT2: '<<';
GT2: '>>';
AMP: '&';
PIPE: '|';
LT: '<';
LT_EQ: '<=';
GT: '>';
GT_EQ: '>=';
EQ: '==';
NOT_EQ1: '!=';
NOT_EQ2: '<>';

// The keywords of https://www.sqlite.org/lang_keywords.html. TRUE and FALSE are not SQLite
// keywords but names that mean 1 and 0 unless a column has them; they are tokens here so that
// the tree can show a boolean literal, and every rule that reads a name accepts them.
ABORT_: 'ABORT';
ACTION_: 'ACTION';
ADD_: 'ADD';
AFTER_: 'AFTER';
ALL_: 'ALL';
ALTER_: 'ALTER';
ALWAYS_: 'ALWAYS';
ANALYZE_: 'ANALYZE';
AND_: 'AND';
AS_: 'AS';
ASC_: 'ASC';
ATTACH_: 'ATTACH';
AUTOINCREMENT_: 'AUTOINCREMENT';
BEFORE_: 'BEFORE';
BEGIN_: 'BEGIN';
BETWEEN_: 'BETWEEN';
BY_: 'BY';
CASCADE_: 'CASCADE';
CASE_: 'CASE';
CAST_: 'CAST';
CHECK_: 'CHECK';
COLLATE_: 'COLLATE';
COLUMN_: 'COLUMN';
COMMIT_: 'COMMIT';
CONFLICT_: 'CONFLICT';
CONSTRAINT_: 'CONSTRAINT';
CREATE_: 'CREATE';
CROSS_: 'CROSS';
CURRENT_: 'CURRENT';
CURRENT_DATE_: 'CURRENT_DATE';
CURRENT_TIME_: 'CURRENT_TIME';
CURRENT_TIMESTAMP_: 'CURRENT_TIMESTAMP';
DATABASE_: 'DATABASE';
DEFAULT_: 'DEFAULT';
DEFERRABLE_: 'DEFERRABLE';
DEFERRED_: 'DEFERRED';
DELETE_: 'DELETE';
DESC_: 'DESC';
DETACH_: 'DETACH';
DISTINCT_: 'DISTINCT';
DO_: 'DO';
DROP_: 'DROP';
EACH_: 'EACH';
ELSE_: 'ELSE';
END_: 'END';
ESCAPE_: 'ESCAPE';
EXCEPT_: 'EXCEPT';
EXCLUDE_: 'EXCLUDE';
EXCLUSIVE_: 'EXCLUSIVE';
EXISTS_: 'EXISTS';
EXPLAIN_: 'EXPLAIN';
FAIL_: 'FAIL';
FALSE_: 'FALSE';
FILTER_: 'FILTER';
FIRST_: 'FIRST';
FOLLOWING_: 'FOLLOWING';
FOR_: 'FOR';
FOREIGN_: 'FOREIGN';
FROM_: 'FROM';
FULL_: 'FULL';
GENERATED_: 'GENERATED';
GLOB_: 'GLOB';
GROUP_: 'GROUP';
GROUPS_: 'GROUPS';
HAVING_: 'HAVING';
IF_: 'IF';
IGNORE_: 'IGNORE';
IMMEDIATE_: 'IMMEDIATE';
IN_: 'IN';
INDEX_: 'INDEX';
INDEXED_: 'INDEXED';
INITIALLY_: 'INITIALLY';
INNER_: 'INNER';
INSERT_: 'INSERT';
INSTEAD_: 'INSTEAD';
INTERSECT_: 'INTERSECT';
INTO_: 'INTO';
IS_: 'IS';
ISNULL_: 'ISNULL';
JOIN_: 'JOIN';
KEY_: 'KEY';
LAST_: 'LAST';
LEFT_: 'LEFT';
LIKE_: 'LIKE';
LIMIT_: 'LIMIT';
MATCH_: 'MATCH';
MATERIALIZED_: 'MATERIALIZED';
NATURAL_: 'NATURAL';
NO_: 'NO';
NOT_: 'NOT';
NOTHING_: 'NOTHING';
NOTNULL_: 'NOTNULL';
NULL_: 'NULL';
NULLS_: 'NULLS';
OF_: 'OF';
OFFSET_: 'OFFSET';
ON_: 'ON';
OR_: 'OR';
ORDER_: 'ORDER';
OTHERS_: 'OTHERS';
OUTER_: 'OUTER';
OVER_: 'OVER';
PARTITION_: 'PARTITION';
PLAN_: 'PLAN';
PRAGMA_: 'PRAGMA';
PRECEDING_: 'PRECEDING';
PRIMARY_: 'PRIMARY';
QUERY_: 'QUERY';
RAISE_: 'RAISE';
RANGE_: 'RANGE';
RECURSIVE_: 'RECURSIVE';
REFERENCES_: 'REFERENCES';
REGEXP_: 'REGEXP';
REINDEX_: 'REINDEX';
RELEASE_: 'RELEASE';
RENAME_: 'RENAME';
REPLACE_: 'REPLACE';
RESTRICT_: 'RESTRICT';
RETURNING_: 'RETURNING';
RIGHT_: 'RIGHT';
ROLLBACK_: 'ROLLBACK';
ROW_: 'ROW';
ROWS_: 'ROWS';
SAVEPOINT_: 'SAVEPOINT';
SELECT_: 'SELECT';
SET_: 'SET';
TABLE_: 'TABLE';
TEMP_: 'TEMP';
TEMPORARY_: 'TEMPORARY';
THEN_: 'THEN';
TIES_: 'TIES';
TO_: 'TO';
TRANSACTION_: 'TRANSACTION';
TRIGGER_: 'TRIGGER';
TRUE_: 'TRUE';
UNBOUNDED_: 'UNBOUNDED';
UNION_: 'UNION';
UNIQUE_: 'UNIQUE';
UPDATE_: 'UPDATE';
USING_: 'USING';
VACUUM_: 'VACUUM';
VALUES_: 'VALUES';
VIEW_: 'VIEW';
VIRTUAL_: 'VIRTUAL';
WHEN_: 'WHEN';
WHERE_: 'WHERE';
WINDOW_: 'WINDOW';
WITH_: 'WITH';
WITHOUT_: 'WITHOUT';

// A quoted identifier: "x", `x` or [x]; doubling the quote escapes it (not inside brackets).
IDENTIFIER
    : '"' (~'"' | '""')* '"'
    | '`' (~'`' | '``')* '`'
    | '[' ~']'* ']'
    | ID_START ID_CHAR*
    ;

// Digits may be grouped with single underscores (SQLite 3.46+): 1_000, 0xFF_FF, 1.5_5e1_0.
NUMERIC_LITERAL
    : DIGITS ('.' DIGITS?)? EXPONENT?
    | '.' DIGITS EXPONENT?
    | '0x' HEX_DIGIT+ ('_' HEX_DIGIT+)*
    ;

// ?, ?NNN, :name, @name, #name and $name; a name may hold "::" and end in "(...)" (Tcl style).
BIND_PARAMETER
    : '?' [0-9]*
    | [:@$] '::'* ID_CHAR (ID_CHAR | '::')* ('(' ~[ \t\r\n\f)]* ')')?
    | '#' '::'* (ID_START | '$') (ID_CHAR | '::')* ('(' ~[ \t\r\n\f)]* ')')?
    ;

STRING_LITERAL: '\'' (~'\'' | '\'\'')* '\'';

// An even number of hex digits; x'0' is an error token (below).
BLOB_LITERAL: 'x\'' (HEX_DIGIT HEX_DIGIT)* '\'';

SINGLE_LINE_COMMENT: '--' ~[\r\n]* -> channel(HIDDEN);

// An unterminated comment runs to the end of the input, as in SQLite.
MULTILINE_COMMENT: '/*' .*? ('*/' | EOF) -> channel(HIDDEN);

SPACES: [ \t\r\n\u000C]+ -> channel(HIDDEN);

// SQLite stops reading at a NUL character, as C strings end there.
AFTER_NUL: '\u0000' .* -> channel(HIDDEN);

// Error tokens: text SQLite's tokenizer rejects as a whole ("unrecognized token"). Each is longer
// than any valid token it starts with, so the longest-match rule picks it.
INVALID_NUMBER: (DIGITS ('.' DIGITS?)? EXPONENT? | '.' DIGITS EXPONENT? | '0x' (HEX_DIGIT | '_')*) ID_CHAR+;
INVALID_BLOB: 'x\'' ~'\''* '\''?;
UNTERMINATED_LITERAL: '\'' (~'\'' | '\'\'')* | '"' (~'"' | '""')* | '`' (~'`' | '``')* | '[' ~']'*;
INVALID_PARAMETER: [:@$#] ':'* (ID_CHAR | '::')* ('(' ~[ \t\r\n\f)]*)?;

// Anything else is an error the parser reports at its position.
UNEXPECTED_CHAR: .;

fragment ID_START: [a-z_\u0080-\u{10FFFF}];
fragment ID_CHAR: [a-z_0-9$\u0080-\u{10FFFF}];
fragment DIGITS: [0-9]+ ('_' [0-9]+)*;
fragment EXPONENT: 'e' [+-]? DIGITS;
fragment HEX_DIGIT: [0-9a-f];
