parser grammar SQLiteParser;

// SQLite's SQL, written from the syntax diagrams at https://www.sqlite.org/lang.html and the
// operator table of https://www.sqlite.org/lang_expr.html, then checked statement by statement
// against SQLite itself (DifferentialTest). The tree keeps every clause and every operator
// distinct: the checker reads types and nullability from it, so nothing may be folded away.
//
// Where SQLite's parser accepts more than its diagrams show (keywords as names, join keyword
// orders, constraints without separating commas) this grammar follows the parser; where SQLite
// rejects a form while parsing ("unknown join type", "unknown table option") so does this one.
// {!next(X_)}? predicates make an optional keyword win over a name, as SQLite's parser does.

options { tokenVocab = SQLiteLexer; superClass = SQLiteParserBase; }

parse: statementList EOF;

// Statements end at ';' or the end of the input (statementEnds); empty statements are allowed.
statementList: (SCOL | statement)*;

statement
    : (EXPLAIN_ (QUERY_ PLAN_)?)? (
        selectStmt
        | insertStmt
        | updateStmt
        | deleteStmt
        | createTableStmt
        | createIndexStmt
        | createViewStmt
        | createTriggerStmt
        | createVirtualTableStmt
        | alterTableStmt
        | dropStmt
        | pragmaStmt
        | beginStmt
        | commitStmt
        | rollbackStmt
        | savepointStmt
        | releaseStmt
        | analyzeStmt
        | vacuumStmt
        | reindexStmt
        | attachStmt
        | detachStmt
    ) {statementEnds();}
    ;

// ---------------------------------------------------------------- transactions and maintenance

beginStmt: BEGIN_ (DEFERRED_ | IMMEDIATE_ | EXCLUSIVE_)? (TRANSACTION_ name?)?;

commitStmt: (COMMIT_ | END_) (TRANSACTION_ name?)?;

rollbackStmt: ROLLBACK_ (TRANSACTION_ name?)? (TO_ (SAVEPOINT_ | {!next(SAVEPOINT_)}?) name)?;

savepointStmt: SAVEPOINT_ name;

releaseStmt: RELEASE_ (SAVEPOINT_ | {!next(SAVEPOINT_)}?) name;

analyzeStmt: ANALYZE_ qualifiedName?;

vacuumStmt: VACUUM_ name? (INTO_ expr)?;

reindexStmt: REINDEX_ qualifiedName?;

// SQLite reads the file, the schema name and the key as expressions.
attachStmt: ATTACH_ (DATABASE_ | {!next(DATABASE_)}?) expr AS_ expr (KEY_ expr)?;

detachStmt: DETACH_ (DATABASE_ | {!next(DATABASE_)}?) expr;

pragmaStmt: PRAGMA_ qualifiedName ((ASSIGN | EQ) pragmaValue | OPEN_PAR pragmaValue CLOSE_PAR)?;

pragmaValue: signedNumber | name | ON_ | DELETE_ | DEFAULT_;

// ---------------------------------------------------------------- SELECT

// ORDER BY and LIMIT belong to the last SELECT of a compound: SQLite takes neither after VALUES.
selectStmt: withClause? compoundSelect ({endsWithSelect($ctx)}? orderByClause)? ({endsWithSelect($ctx)}? limitClause)?;

withClause: WITH_ (RECURSIVE_ | {!next(RECURSIVE_)}?) commonTableExpression (COMMA commonTableExpression)*;

commonTableExpression
    : name (OPEN_PAR name (COMMA name)* CLOSE_PAR)? AS_ (NOT_? MATERIALIZED_)? OPEN_PAR selectStmt CLOSE_PAR
    ;

compoundSelect: selectCore (compoundOperator selectCore)*;

compoundOperator: UNION_ ALL_? | INTERSECT_ | EXCEPT_;

// HAVING may stand without GROUP BY (SQLite 3.39+), but not before it.
selectCore
    : SELECT_ (DISTINCT_ | ALL_)? resultColumn (COMMA resultColumn)*
      (FROM_ fromClause)?
      (WHERE_ where=expr)?
      (GROUP_ BY_ groupBy+=expr (COMMA groupBy+=expr)*)?
      (HAVING_ having=expr)?
      (WINDOW_ windowDefinition (COMMA windowDefinition)*)?
    # plainSelect
    | valuesClause
    # valuesSelect
    ;

valuesClause: VALUES_ valuesRow (COMMA valuesRow)*;

valuesRow: OPEN_PAR expr (COMMA expr)* CLOSE_PAR;

resultColumn
    : STAR                                             # allColumns
    | {!expressionKeywordNext()}? tableName DOT STAR # tableAllColumns
    | expr (AS_ alias=columnAlias | alias=columnAlias)? # exprColumn
    ;

// After AS any name; without it SQLite takes only a plain name or a string, and reads LIKE,
// GLOB, MATCH and REGEXP as operators.
columnAlias: {previous(AS_)}? name | {!next(LIKE_, GLOB_, MATCH_, REGEXP_)}? bareName | STRING_LITERAL;

// A FROM clause is a left-deep chain of joins; a comma is a cross join. As in SQLite, an ON or
// USING after any item starts its join constraint ("a JOIN clause is required before ON" after
// the first): so "INSERT ... SELECT ... FROM t ON CONFLICT" fails, where a WHERE (even WHERE
// true) would have ended the FROM clause and let the upsert follow.
fromClause
    : tableOrSubquery (joinConstraint | {!next(ON_, USING_)}?)
      (joinOperator tableOrSubquery (joinConstraint | {!next(ON_, USING_)}?))* {checkFirstJoin($ctx);}
    ;

// SQLite takes one to three join keywords in any order and rejects only contradictions
// (INNER with OUTER, OUTER alone): "LEFT NATURAL JOIN" is "NATURAL LEFT JOIN".
joinOperator
    : COMMA
    | (NATURAL_ | LEFT_ | RIGHT_ | FULL_ | OUTER_ | INNER_ | CROSS_)* JOIN_ {checkJoinType($ctx);}
    ;

joinConstraint: ON_ expr | USING_ OPEN_PAR name (COMMA name)* CLOSE_PAR;

tableOrSubquery
    : qualifiedName (AS_? alias=tableAlias)? (INDEXED_ BY_ name | NOT_ INDEXED_)?       # tableRef
    | qualifiedName OPEN_PAR (expr (COMMA expr)*)? CLOSE_PAR (AS_? alias=tableAlias)?  # tableFunctionRef
    | OPEN_PAR selectStmt CLOSE_PAR (AS_? alias=tableAlias)?                           # subqueryRef
    | OPEN_PAR {!next(WITH_)}? fromClause CLOSE_PAR (AS_? alias=tableAlias)?           # nestedJoin
    ;

// As for column aliases, AS admits any name.
tableAlias: {previous(AS_)}? name | bareName | STRING_LITERAL;

orderByClause: ORDER_ BY_ orderingTerm (COMMA orderingTerm)*;

// COLLATE belongs to the expression (a CollateExpr), as in SQLite.
orderingTerm: expr (ASC_ | DESC_)? (NULLS_ (FIRST_ | LAST_))?;

// LIMIT a OFFSET b, or LIMIT b, a (the offset first).
limitClause: LIMIT_ limit=expr ((OFFSET_ | COMMA) offset=expr)?;

// SQLite's tokenizer takes OVER and WINDOW as names in a window name, FILTER and INDEXED not.
windowDefinition: {!next(FILTER_, INDEXED_)}? name AS_ windowSpec;

windowSpec
    : OPEN_PAR ({!next(PARTITION_, RANGE_, ROWS_, GROUPS_)}? name)?
      (PARTITION_ BY_ expr (COMMA expr)*)? orderByClause? frameSpec? CLOSE_PAR
    ;

// A frame may not end before it starts: the diagram pairs each start bound only with the end
// bounds after it, and SQLite reports the others as "unsupported frame specification".
frameSpec
    : (RANGE_ | ROWS_ | GROUPS_) (BETWEEN_ frameStart AND_ frameEnd | frameStart)
      (EXCLUDE_ (NO_ OTHERS_ | CURRENT_ ROW_ | GROUP_ | TIES_))? {checkFrame($ctx);}
    ;

frameStart: UNBOUNDED_ PRECEDING_ | CURRENT_ ROW_ | {!next(UNBOUNDED_, CURRENT_)}? expr (PRECEDING_ | FOLLOWING_);

frameEnd: UNBOUNDED_ FOLLOWING_ | CURRENT_ ROW_ | {!next(UNBOUNDED_, CURRENT_)}? expr (PRECEDING_ | FOLLOWING_);

// ---------------------------------------------------------------- INSERT, UPDATE, DELETE

insertStmt
    : withClause? (INSERT_ (OR_ conflictResolution)? | REPLACE_) INTO_ qualifiedName (AS_ alias=tableAlias)?
      (OPEN_PAR name (COMMA name)* CLOSE_PAR)?
      ( valuesClause ({upsertMayFollow($ctx)}? upsertClause)*
      | selectStmt ({upsertMayFollow($ctx)}? upsertClause)*
      | DEFAULT_ VALUES_
      )
      returningClause?
    ;

// Only the last ON CONFLICT may leave out its target (upsertMayFollow).
upsertClause
    : ON_ CONFLICT_ (OPEN_PAR indexedColumn (COMMA indexedColumn)* CLOSE_PAR (WHERE_ expr)?)?
      DO_ (NOTHING_ | UPDATE_ SET_ setClause (COMMA setClause)* (WHERE_ expr)?)
    ;

setClause: (name | OPEN_PAR name (COMMA name)* CLOSE_PAR) (ASSIGN | EQ) expr;

returningClause: RETURNING_ resultColumn (COMMA resultColumn)*;

updateStmt
    : withClause? UPDATE_ (OR_ conflictResolution)? qualifiedName (AS_ alias=tableAlias)?
      (INDEXED_ BY_ name | NOT_ INDEXED_)?
      SET_ setClause (COMMA setClause)*
      (FROM_ fromClause)?
      (WHERE_ where=expr)?
      returningClause?
      orderByClause?
      limitClause?
    ;

deleteStmt
    : withClause? DELETE_ FROM_ qualifiedName (AS_ alias=tableAlias)? (INDEXED_ BY_ name | NOT_ INDEXED_)?
      (WHERE_ where=expr)?
      returningClause?
      orderByClause?
      limitClause?
    ;

conflictResolution: ROLLBACK_ | ABORT_ | FAIL_ | IGNORE_ | REPLACE_;

// ---------------------------------------------------------------- CREATE TABLE

createTableStmt
    : CREATE_ (TEMP_ | TEMPORARY_)? TABLE_ (IF_ NOT_ EXISTS_ | {!next(IF_)}?) qualifiedName
      ( OPEN_PAR columnDefinition (COMMA columnDefinition)* (COMMA tableConstraint (COMMA? tableConstraint)*)? CLOSE_PAR
        (COMMA? tableOption (COMMA tableOption)*)?
      | AS_ selectStmt
      )
    ;

// WITHOUT ROWID and STRICT, comma-separated (SQLite also takes a comma before the first); SQLite
// reads the words as names and rejects any other.
tableOption: (WITHOUT_ name | name) {checkTableOption($ctx);};

columnDefinition: name typeName? columnConstraint*;

// Every word up to a constraint keyword belongs to the type: "VARYING CHARACTER (10)". SQLite
// reads "GENERATED ALWAYS" into the type too and strips it again; here it starts the constraint.
typeName: ({!generatedAlwaysAs()}? typeWord)+ (OPEN_PAR signedNumber (COMMA signedNumber)? CLOSE_PAR)?;

typeWord: bareName | STRING_LITERAL;

// A constraint name may stand alone: SQLite accepts "a INT CONSTRAINT c".
columnConstraint: (CONSTRAINT_ name)? columnConstraintBody | CONSTRAINT_ name;

columnConstraintBody
    : PRIMARY_ KEY_ (ASC_ | DESC_)? conflictClause? AUTOINCREMENT_?    # primaryKeyConstraint
    | NOT_ NULL_ conflictClause?                                     # notNullConstraint
    | NULL_ conflictClause?                                          # nullConstraint
    | UNIQUE_ conflictClause?                                        # uniqueConstraint
    | CHECK_ OPEN_PAR expr CLOSE_PAR                                 # checkConstraint
    | DEFAULT_ (signedLiteral | OPEN_PAR expr CLOSE_PAR | IDENTIFIER | fallbackKeyword | INDEXED_) # defaultConstraint
    | COLLATE_ collationName                                         # collateConstraint
    | foreignKeyClause                                               # referencesConstraint
    | deferrableClause                                               # deferrableConstraint
    | (GENERATED_ ALWAYS_)? AS_ OPEN_PAR expr CLOSE_PAR bareName?       # generatedConstraint
    ;

// Table constraints may follow each other without commas, a CHECK may carry ON CONFLICT, and a
// constraint name may stand alone.
tableConstraint
    : (CONSTRAINT_ name)? (
        (PRIMARY_ KEY_ | UNIQUE_) OPEN_PAR indexedColumn (COMMA indexedColumn)* AUTOINCREMENT_? CLOSE_PAR conflictClause?
      | CHECK_ OPEN_PAR expr CLOSE_PAR conflictClause?
      | FOREIGN_ KEY_ OPEN_PAR name (COMMA name)* CLOSE_PAR foreignKeyClause
      )
    | CONSTRAINT_ name
    ;

foreignKeyClause
    : REFERENCES_ name (OPEN_PAR name (COMMA name)* CLOSE_PAR)?
      (ON_ (DELETE_ | UPDATE_ | INSERT_) foreignKeyAction | MATCH_ name)*
      deferrableClause?
    ;

deferrableClause: NOT_? DEFERRABLE_ (INITIALLY_ (DEFERRED_ | IMMEDIATE_))?;

foreignKeyAction: SET_ NULL_ | SET_ DEFAULT_ | CASCADE_ | RESTRICT_ | NO_ ACTION_;

conflictClause: ON_ CONFLICT_ conflictResolution;

// NULLS FIRST/LAST is accepted here by SQLite's parser and rejected later, where it matters.
indexedColumn: expr (ASC_ | DESC_)? (NULLS_ (FIRST_ | LAST_))?;

// ---------------------------------------------------------------- other schema statements

createIndexStmt
    : CREATE_ UNIQUE_? INDEX_ (IF_ NOT_ EXISTS_ | {!next(IF_)}?) qualifiedName ON_ name
      OPEN_PAR indexedColumn (COMMA indexedColumn)* CLOSE_PAR (WHERE_ expr)?
    ;

createViewStmt
    : CREATE_ (TEMP_ | TEMPORARY_)? VIEW_ (IF_ NOT_ EXISTS_ | {!next(IF_)}?) qualifiedName
      (OPEN_PAR name (COMMA name)* CLOSE_PAR)? AS_ selectStmt
    ;

createTriggerStmt
    : CREATE_ (TEMP_ | TEMPORARY_)? TRIGGER_ (IF_ NOT_ EXISTS_ | {!next(IF_)}?) qualifiedName
      (BEFORE_ | AFTER_ | INSTEAD_ OF_)?
      (DELETE_ | INSERT_ | UPDATE_ (OF_ name (COMMA name)*)?) ON_ qualifiedName
      (FOR_ EACH_ ROW_)? (WHEN_ expr)?
      BEGIN_ (triggerBodyStatement SCOL)+ END_
    ;

// Inside a trigger SQLite takes no schema name, INDEXED BY, RETURNING, ORDER BY or LIMIT, no
// DEFAULT VALUES, and WITH only before a SELECT.
triggerBodyStatement: selectStmt | triggerInsertStmt | triggerUpdateStmt | triggerDeleteStmt;

triggerInsertStmt
    : (INSERT_ (OR_ conflictResolution)? | REPLACE_) INTO_ name (AS_ alias=tableAlias)?
      (OPEN_PAR name (COMMA name)* CLOSE_PAR)?
      (valuesClause | selectStmt) ({upsertMayFollow($ctx)}? upsertClause)*
    ;

triggerUpdateStmt
    : UPDATE_ (OR_ conflictResolution)? name (AS_ alias=tableAlias)?
      SET_ setClause (COMMA setClause)* (FROM_ fromClause)? (WHERE_ where=expr)?
    ;

triggerDeleteStmt: DELETE_ FROM_ name (AS_ alias=tableAlias)? (WHERE_ where=expr)?;

createVirtualTableStmt
    : CREATE_ VIRTUAL_ TABLE_ (IF_ NOT_ EXISTS_ | {!next(IF_)}?) qualifiedName USING_ name
      (OPEN_PAR moduleArgument (COMMA moduleArgument)* CLOSE_PAR)?
    ;

// Module arguments are free-form tokens with balanced parentheses, handed to the module as text;
// the tokens must still be ones SQLite recognizes.
moduleArgument: (~(OPEN_PAR | CLOSE_PAR | COMMA | UNEXPECTED_CHAR | INVALID_NUMBER | INVALID_BLOB | UNTERMINATED_LITERAL | INVALID_PARAMETER)
    | OPEN_PAR moduleArgumentTokens CLOSE_PAR)*;

moduleArgumentTokens: (~(OPEN_PAR | CLOSE_PAR | UNEXPECTED_CHAR | INVALID_NUMBER | INVALID_BLOB | UNTERMINATED_LITERAL | INVALID_PARAMETER)
    | OPEN_PAR moduleArgumentTokens CLOSE_PAR)*;

alterTableStmt: ALTER_ TABLE_ qualifiedName alterTableAction;

// ADD CONSTRAINT ... CHECK, DROP CONSTRAINT and ALTER COLUMN ... SET/DROP NOT NULL: SQLite 3.53+.
alterTableAction
    : RENAME_ TO_ name                                                              # renameTable
    | RENAME_ (COLUMN_ | {!next(COLUMN_)}?) name TO_ name                           # renameColumn
    | ADD_ (CONSTRAINT_ name)? CHECK_ OPEN_PAR expr CLOSE_PAR conflictClause?       # addCheck
    | ADD_ (COLUMN_ | {!next(COLUMN_)}?) columnDefinition                           # addColumn
    | DROP_ CONSTRAINT_ name                                                        # dropConstraint
    | DROP_ (COLUMN_ | {!next(COLUMN_)}?) name                                      # dropColumn
    | ALTER_ (COLUMN_ | {!next(COLUMN_)}?) name (SET_ NOT_ NULL_ conflictClause? | DROP_ NOT_ NULL_) # alterColumn
    ;

dropStmt: DROP_ (TABLE_ | INDEX_ | VIEW_ | TRIGGER_) (IF_ EXISTS_ | {!next(IF_)}?) qualifiedName;

// ---------------------------------------------------------------- expressions
// Alternatives are listed from the tightest-binding operator to the loosest, as in
// https://www.sqlite.org/lang_expr.html#operators. ANTLR gives each alternative its own level,
// but SQLite puts = == <> != IS IN LIKE GLOB MATCH REGEXP BETWEEN ISNULL NOTNULL and NOT NULL on
// one level, left-associative: groupOperatorAllowed() keeps the operands of those operators
// from taking another of them, so "a = b IS c" is "(a = b) IS c".

expr
    : literalValue                                                    # literalExpr
    | BIND_PARAMETER                                                  # parameterExpr
    | columnRef                                                       # columnExpr
    | functionCall                                                    # functionExpr
    | OPEN_PAR {!next(WITH_)}? expr (COMMA expr)* CLOSE_PAR           # parenExpr   // "(WITH" starts a subquery
    | CAST_ OPEN_PAR expr AS_ typeName? CLOSE_PAR                     # castExpr
    | EXISTS_? OPEN_PAR selectStmt CLOSE_PAR                          # subqueryExpr
    | CASE_ operand=expr? caseWhen+ (ELSE_ otherwise=expr)? END_      # caseExpr
    | RAISE_ OPEN_PAR (IGNORE_ | (ROLLBACK_ | ABORT_ | FAIL_) COMMA expr) CLOSE_PAR  # raiseExpr
    | op=(TILDE | PLUS | MINUS) expr                                  # unaryExpr
    | expr COLLATE_ collationName                                     # collateExpr
    | expr op=(PIPE2 | JPTR | JPTR2) expr                             # concatExpr
    | expr op=(STAR | DIV | MOD) expr                                 # multiplyExpr
    | expr op=(PLUS | MINUS) expr                                     # addExpr
    | expr op=(AMP | PIPE | LT2 | GT2) expr                           # bitExpr
    | expr op=(LT | LT_EQ | GT | GT_EQ) expr                          # comparisonExpr
    | expr {groupOperatorAllowed($ctx)}? op=(ASSIGN | EQ | NOT_EQ1 | NOT_EQ2) expr      # equalityExpr
    | expr {groupOperatorAllowed($ctx)}? IS_ NOT_? (DISTINCT_ FROM_)? expr              # isExpr
    | expr {groupOperatorAllowed($ctx)}? NOT_? op=(LIKE_ | GLOB_ | REGEXP_ | MATCH_) expr (ESCAPE_ escape=expr)? # likeExpr
    | expr {groupOperatorAllowed($ctx)}? NOT_? BETWEEN_ low=expr AND_ high=expr         # betweenExpr
    | expr {groupOperatorAllowed($ctx)}? NOT_? IN_ inTarget                             # inExpr
    | expr {groupOperatorAllowed($ctx)}? (ISNULL_ | NOTNULL_ | NOT_ NULL_)              # nullTestExpr
    | NOT_ expr                                                       # notExpr
    | expr {logicOperatorAllowed($ctx)}? AND_ expr                    # andExpr
    | expr {logicOperatorAllowed($ctx)}? OR_ expr                     # orExpr
    ;

caseWhen: WHEN_ when=expr THEN_ then=expr;

inTarget
    : OPEN_PAR selectStmt CLOSE_PAR                                   # inSelect
    | OPEN_PAR ({!next(WITH_)}? expr (COMMA expr)*)? CLOSE_PAR        # inList
    | qualifiedName (OPEN_PAR (expr (COMMA expr)*)? CLOSE_PAR)?       # inTable
    ;

// schema.table.column, table.column or column; a qualifier may be a string ('t'.a), a bare
// column may not (that is a string literal, as TRUE and FALSE are boolean literals here).
columnRef
    : {!expressionKeywordNext()}? (schema=name DOT)? table=name DOT column=name
    | {!expressionKeywordNext() && !next(STRING_LITERAL, TRUE_, FALSE_)}? column=name
    ;

// f(*), f([DISTINCT|ALL] args [ORDER BY ...]) with an optional FILTER and OVER; SQLite accepts
// no arguments after DISTINCT syntactically and reports the count later.
functionCall
    : functionName OPEN_PAR (STAR | (DISTINCT_ | ALL_)? (expr (COMMA expr)*)? orderByClause?) CLOSE_PAR
      filterClause? overClause?
    ;

functionName: {!expressionKeywordNext()}? plainName;

filterClause: FILTER_ OPEN_PAR WHERE_ expr CLOSE_PAR;

overClause: OVER_ (windowSpec | {!next(FILTER_, INDEXED_)}? name);

literalValue
    : NUMERIC_LITERAL
    | STRING_LITERAL
    | BLOB_LITERAL
    | NULL_
    | TRUE_
    | FALSE_
    | CURRENT_TIME_
    | CURRENT_DATE_
    | CURRENT_TIMESTAMP_
    ;

signedNumber: (PLUS | MINUS)? NUMERIC_LITERAL;

// A column default: a literal, signed or not, or a name (DEFAULT true).
signedLiteral: (PLUS | MINUS)? (NUMERIC_LITERAL | STRING_LITERAL | BLOB_LITERAL | NULL_ | CURRENT_TIME_ | CURRENT_DATE_ | CURRENT_TIMESTAMP_);

// ---------------------------------------------------------------- names
// SQLite has four kinds of name (https://www.sqlite.org/lang_keywords.html): where it reads a
// name, a string and the join keywords also do; a plain name also takes INDEXED; a bare name
// (types, collations, aliases without AS) takes neither. Any keyword of fallbackKeyword can be
// a name, the others must be quoted.

qualifiedName: (schema=name DOT)? object=name;

tableName: name;

name: plainName | STRING_LITERAL;

plainName: IDENTIFIER | fallbackKeyword | INDEXED_ | joinKeyword;

bareName: IDENTIFIER | fallbackKeyword;

collationName: bareName | STRING_LITERAL;

joinKeyword: CROSS_ | FULL_ | INNER_ | LEFT_ | NATURAL_ | OUTER_ | RIGHT_;

// The keywords SQLite lets stand for a name, found by trying each one in every place a name
// goes; TRUE and FALSE are names in SQLite, not keywords.
fallbackKeyword
    : ABORT_ | ACTION_ | AFTER_ | ALWAYS_ | ANALYZE_ | ASC_ | ATTACH_ | BEFORE_ | BEGIN_ | BY_
    | CASCADE_ | CAST_ | COLUMN_ | CONFLICT_ | CURRENT_ | CURRENT_DATE_ | CURRENT_TIME_
    | CURRENT_TIMESTAMP_ | DATABASE_ | DEFERRED_ | DESC_ | DETACH_ | DO_ | EACH_ | END_ | EXCLUDE_
    | EXCLUSIVE_ | EXPLAIN_ | FAIL_ | FILTER_ | FIRST_ | FOLLOWING_ | FOR_ | GENERATED_ | GLOB_
    | GROUPS_ | IF_ | IGNORE_ | IMMEDIATE_ | INITIALLY_ | INSTEAD_ | KEY_ | LAST_ | LIKE_ | MATCH_
    | MATERIALIZED_ | NO_ | NULLS_ | OF_ | OFFSET_ | OTHERS_ | OVER_ | PARTITION_ | PLAN_ | PRAGMA_
    | PRECEDING_ | QUERY_ | RAISE_ | RANGE_ | RECURSIVE_ | REGEXP_ | REINDEX_ | RELEASE_ | RENAME_
    | REPLACE_ | RESTRICT_ | ROLLBACK_ | ROW_ | ROWS_ | SAVEPOINT_ | TEMP_ | TEMPORARY_ | TIES_
    | TRIGGER_ | UNBOUNDED_ | VACUUM_ | VIEW_ | VIRTUAL_ | WINDOW_ | WITH_ | WITHOUT_ | TRUE_ | FALSE_
    ;
