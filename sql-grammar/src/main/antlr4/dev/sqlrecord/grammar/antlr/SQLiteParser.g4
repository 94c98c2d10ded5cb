parser grammar SQLiteParser;

// SQLite's SQL, written from the syntax diagrams at https://www.sqlite.org/lang.html.
// The tree keeps every clause and every operator distinct: the checker reads types and
// nullability from it, so nothing may be folded away.

options { tokenVocab = SQLiteLexer; }

@members {
    /**
     * SQLite binds BETWEEN tighter than AND and OR, so "a BETWEEN 1 AND 2 AND b" is
     * "(a BETWEEN 1 AND 2) AND b": inside the lower bound an AND or OR ends the operand.
     */
    private boolean inBetweenLowBound() {
        return _ctx.parent instanceof BetweenExprContext between && between.low == null;
    }
}

parse: statementList EOF;

statementList: SCOL* (statement (SCOL+ statement)*)? SCOL*;

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
    )
    ;

// ---------------------------------------------------------------- transactions and maintenance

beginStmt: BEGIN_ (DEFERRED_ | IMMEDIATE_ | EXCLUSIVE_)? (TRANSACTION_ name?)?;

commitStmt: (COMMIT_ | END_) (TRANSACTION_ name?)?;

rollbackStmt: ROLLBACK_ (TRANSACTION_ name?)? (TO_ SAVEPOINT_? name)?;

savepointStmt: SAVEPOINT_ name;

releaseStmt: RELEASE_ SAVEPOINT_? name;

analyzeStmt: ANALYZE_ qualifiedName?;

vacuumStmt: VACUUM_ name? (INTO_ expr)?;

reindexStmt: REINDEX_ qualifiedName?;

attachStmt: ATTACH_ DATABASE_? expr AS_ name;

detachStmt: DETACH_ DATABASE_? name;

pragmaStmt: PRAGMA_ qualifiedName (ASSIGN pragmaValue | OPEN_PAR pragmaValue CLOSE_PAR)?;

pragmaValue: signedNumber | name | STRING_LITERAL | ON_ | NO_ | DELETE_ | DEFAULT_;

// ---------------------------------------------------------------- SELECT

selectStmt: withClause? compoundSelect orderByClause? limitClause?;

withClause: WITH_ RECURSIVE_? commonTableExpression (COMMA commonTableExpression)*;

commonTableExpression
    : name (OPEN_PAR name (COMMA name)* CLOSE_PAR)? AS_ (NOT_? MATERIALIZED_)? OPEN_PAR selectStmt CLOSE_PAR
    ;

compoundSelect: selectCore (compoundOperator selectCore)*;

compoundOperator: UNION_ ALL_? | INTERSECT_ | EXCEPT_;

selectCore
    : SELECT_ (DISTINCT_ | ALL_)? resultColumn (COMMA resultColumn)*
      (FROM_ fromClause)?
      (WHERE_ where=expr)?
      (GROUP_ BY_ groupBy+=expr (COMMA groupBy+=expr)* (HAVING_ having=expr)?)?
      (WINDOW_ windowDefinition (COMMA windowDefinition)*)?
    # plainSelect
    | valuesClause
    # valuesSelect
    ;

valuesClause: VALUES_ valuesRow (COMMA valuesRow)*;

valuesRow: OPEN_PAR expr (COMMA expr)* CLOSE_PAR;

resultColumn
    : STAR                               # allColumns
    | tableName DOT STAR                 # tableAllColumns
    | expr (AS_? alias=columnAlias)?     # exprColumn
    ;

columnAlias: identifier | STRING_LITERAL;

// A FROM clause is a left-deep chain of joins; a comma is a cross join.
fromClause: tableOrSubquery (joinOperator tableOrSubquery joinConstraint?)*;

joinOperator
    : COMMA
    | NATURAL_? (LEFT_ OUTER_? | RIGHT_ OUTER_? | FULL_ OUTER_? | INNER_ | CROSS_)? JOIN_
    ;

joinConstraint: ON_ expr | USING_ OPEN_PAR name (COMMA name)* CLOSE_PAR;

tableOrSubquery
    : qualifiedName (AS_? alias=tableAlias)? (INDEXED_ BY_ name | NOT_ INDEXED_)?       # tableRef
    | qualifiedName OPEN_PAR (expr (COMMA expr)*)? CLOSE_PAR (AS_? alias=tableAlias)?  # tableFunctionRef
    | OPEN_PAR selectStmt CLOSE_PAR (AS_? alias=tableAlias)?                           # subqueryRef
    | OPEN_PAR fromClause CLOSE_PAR                                                    # nestedJoin
    ;

tableAlias: identifier | STRING_LITERAL;

orderByClause: ORDER_ BY_ orderingTerm (COMMA orderingTerm)*;

orderingTerm: expr (COLLATE_ name)? (ASC_ | DESC_)? (NULLS_ (FIRST_ | LAST_))?;

// LIMIT a OFFSET b, or LIMIT b, a (the offset first).
limitClause: LIMIT_ limit=expr ((OFFSET_ | COMMA) offset=expr)?;

windowDefinition: name AS_ windowSpec;

windowSpec
    : OPEN_PAR name? (PARTITION_ BY_ expr (COMMA expr)*)? orderByClause? frameSpec? CLOSE_PAR
    ;

frameSpec
    : (RANGE_ | ROWS_ | GROUPS_) (BETWEEN_ frameBound AND_ frameBound | frameBound)
      (EXCLUDE_ (NO_ OTHERS_ | CURRENT_ ROW_ | GROUP_ | TIES_))?
    ;

frameBound
    : UNBOUNDED_ PRECEDING_
    | UNBOUNDED_ FOLLOWING_
    | CURRENT_ ROW_
    | expr PRECEDING_
    | expr FOLLOWING_
    ;

// ---------------------------------------------------------------- INSERT, UPDATE, DELETE

insertStmt
    : withClause? (INSERT_ (OR_ conflictResolution)? | REPLACE_) INTO_ qualifiedName (AS_ alias=tableAlias)?
      (OPEN_PAR name (COMMA name)* CLOSE_PAR)?
      (valuesClause upsertClause* | selectStmt upsertClause* | DEFAULT_ VALUES_)
      returningClause?
    ;

upsertClause
    : ON_ CONFLICT_ (OPEN_PAR indexedColumn (COMMA indexedColumn)* CLOSE_PAR (WHERE_ expr)?)?
      DO_ (NOTHING_ | UPDATE_ SET_ setClause (COMMA setClause)* (WHERE_ expr)?)
    ;

setClause: (name | OPEN_PAR name (COMMA name)* CLOSE_PAR) ASSIGN expr;

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

// ---------------------------------------------------------------- schema statements

createTableStmt
    : CREATE_ (TEMP_ | TEMPORARY_)? TABLE_ (IF_ NOT_ EXISTS_)? qualifiedName
      ( OPEN_PAR columnDefinition (COMMA columnDefinition)* (COMMA tableConstraint)* CLOSE_PAR
        (tableOption (COMMA tableOption)*)?
      | AS_ selectStmt
      )
    ;

// WITHOUT ROWID and STRICT; SQLite reads both as identifiers after the closing parenthesis.
tableOption: WITHOUT_ identifier | identifier;

columnDefinition: name typeName? columnConstraint*;

// Every word up to a constraint keyword belongs to the type: "VARYING CHARACTER (10)".
typeName: typeWord+ (OPEN_PAR signedNumber (COMMA signedNumber)? CLOSE_PAR)?;

// GENERATED starts a constraint here, as in SQLite, whose parser shifts a keyword before it
// falls back to reading it as a name.
typeWord: IDENTIFIER | STRING_LITERAL | {_input.LA(1) != GENERATED_}? nonReservedKeyword;

columnConstraint: (CONSTRAINT_ name)? columnConstraintBody;

columnConstraintBody
    : PRIMARY_ KEY_ (ASC_ | DESC_)? conflictClause? AUTOINCREMENT_?   # primaryKeyConstraint
    | NOT_ NULL_ conflictClause?                                    # notNullConstraint
    | NULL_ conflictClause?                                         # nullConstraint
    | UNIQUE_ conflictClause?                                       # uniqueConstraint
    | CHECK_ OPEN_PAR expr CLOSE_PAR                                # checkConstraint
    | DEFAULT_ (signedNumber | literalValue | OPEN_PAR expr CLOSE_PAR | identifier)  # defaultConstraint
    | COLLATE_ name                                                 # collateConstraint
    | foreignKeyClause                                              # referencesConstraint
    | (GENERATED_ ALWAYS_)? AS_ OPEN_PAR expr CLOSE_PAR (identifier)?  # generatedConstraint
    ;

tableConstraint
    : (CONSTRAINT_ name)? (
        (PRIMARY_ KEY_ | UNIQUE_) OPEN_PAR indexedColumn (COMMA indexedColumn)* CLOSE_PAR conflictClause?
    | CHECK_ OPEN_PAR expr CLOSE_PAR
        | FOREIGN_ KEY_ OPEN_PAR name (COMMA name)* CLOSE_PAR foreignKeyClause
    )
    ;

foreignKeyClause
    : REFERENCES_ name (OPEN_PAR name (COMMA name)* CLOSE_PAR)?
      ( ON_ (DELETE_ | UPDATE_) foreignKeyAction
      | MATCH_ name
      )*
      (NOT_? DEFERRABLE_ (INITIALLY_ (DEFERRED_ | IMMEDIATE_))?)?
    ;

foreignKeyAction: SET_ NULL_ | SET_ DEFAULT_ | CASCADE_ | RESTRICT_ | NO_ ACTION_;

conflictClause: ON_ CONFLICT_ conflictResolution;

indexedColumn: expr (COLLATE_ name)? (ASC_ | DESC_)?;

createIndexStmt
    : CREATE_ UNIQUE_? INDEX_ (IF_ NOT_ EXISTS_)? qualifiedName ON_ name
      OPEN_PAR indexedColumn (COMMA indexedColumn)* CLOSE_PAR (WHERE_ expr)?
    ;

createViewStmt
    : CREATE_ (TEMP_ | TEMPORARY_)? VIEW_ (IF_ NOT_ EXISTS_)? qualifiedName
      (OPEN_PAR name (COMMA name)* CLOSE_PAR)? AS_ selectStmt
    ;

createTriggerStmt
    : CREATE_ (TEMP_ | TEMPORARY_)? TRIGGER_ (IF_ NOT_ EXISTS_)? qualifiedName
      (BEFORE_ | AFTER_ | INSTEAD_ OF_)?
      (DELETE_ | INSERT_ | UPDATE_ (OF_ name (COMMA name)*)?) ON_ name
      (FOR_ EACH_ ROW_)? (WHEN_ expr)?
      BEGIN_ (triggerBodyStatement SCOL)+ END_
    ;

triggerBodyStatement: selectStmt | insertStmt | updateStmt | deleteStmt;

createVirtualTableStmt
    : CREATE_ VIRTUAL_ TABLE_ (IF_ NOT_ EXISTS_)? qualifiedName USING_ name
      (OPEN_PAR moduleArgument (COMMA moduleArgument)* CLOSE_PAR)?
    ;

// Module arguments are free-form token soup with balanced parentheses.
moduleArgument: (~(OPEN_PAR | CLOSE_PAR | COMMA) | OPEN_PAR moduleArgumentTokens CLOSE_PAR)*;

moduleArgumentTokens: (~(OPEN_PAR | CLOSE_PAR) | OPEN_PAR moduleArgumentTokens CLOSE_PAR)*;

alterTableStmt: ALTER_ TABLE_ qualifiedName alterTableAction;

alterTableAction
    : RENAME_ TO_ name                                     # renameTable
        | RENAME_ COLUMN_? name TO_ name                   # renameColumn
        | ADD_ COLUMN_? columnDefinition                   # addColumn
        | DROP_ COLUMN_? name                              # dropColumn
    ;

dropStmt: DROP_ (TABLE_ | INDEX_ | VIEW_ | TRIGGER_) (IF_ EXISTS_)? qualifiedName;

// ---------------------------------------------------------------- expressions
// Alternatives are listed from the tightest-binding operator to the loosest, as in
// https://www.sqlite.org/lang_expr.html#operators.

expr
    : literalValue                                                    # literalExpr
    | BIND_PARAMETER                                                  # parameterExpr
    | columnRef                                                       # columnExpr
    | functionCall                                                    # functionExpr
    | OPEN_PAR expr (COMMA expr)* CLOSE_PAR                           # parenExpr
    | CAST_ OPEN_PAR expr AS_ typeName CLOSE_PAR                      # castExpr
    | (NOT_? EXISTS_)? OPEN_PAR selectStmt CLOSE_PAR                  # subqueryExpr
    | CASE_ operand=expr? caseWhen+ (ELSE_ otherwise=expr)? END_      # caseExpr
    | RAISE_ OPEN_PAR (IGNORE_ | (ROLLBACK_ | ABORT_ | FAIL_) COMMA expr) CLOSE_PAR  # raiseExpr
    | op=(TILDE | PLUS | MINUS) expr                                  # unaryExpr
    | expr COLLATE_ name                                              # collateExpr
    | expr op=(PIPE2 | JPTR | JPTR2) expr                             # concatExpr
    | expr op=(STAR | DIV | MOD) expr                                 # multiplyExpr
    | expr op=(PLUS | MINUS) expr                                     # addExpr
    | expr op=(AMP | PIPE | LT2 | GT2) expr                           # bitExpr
    | expr op=(LT | LT_EQ | GT | GT_EQ) expr                          # comparisonExpr
    | expr op=(ASSIGN | EQ | NOT_EQ1 | NOT_EQ2) expr                  # equalityExpr
    | expr IS_ NOT_? (DISTINCT_ FROM_)? expr                          # isExpr
    | expr NOT_? op=(LIKE_ | GLOB_ | REGEXP_ | MATCH_) expr ESCAPE_ escape=expr  # likeExpr
    | expr NOT_? op=(LIKE_ | GLOB_ | REGEXP_ | MATCH_) expr                     # likeExpr
    | expr NOT_? BETWEEN_ low=expr AND_ high=expr                     # betweenExpr
    | expr NOT_? IN_ inTarget                                         # inExpr
    | expr (ISNULL_ | NOTNULL_ | NOT_ NULL_)                          # nullTestExpr
    | NOT_ expr                                                       # notExpr
    | expr {!inBetweenLowBound()}? AND_ expr                           # andExpr
    | expr {!inBetweenLowBound()}? OR_ expr                            # orExpr
    ;

caseWhen: WHEN_ when=expr THEN_ then=expr;

inTarget
    : OPEN_PAR selectStmt CLOSE_PAR                                   # inSelect
    | OPEN_PAR (expr (COMMA expr)*)? CLOSE_PAR                        # inList
    | qualifiedName (OPEN_PAR (expr (COMMA expr)*)? CLOSE_PAR)?       # inTable
    ;

columnRef: ((schema=name DOT)? table=name DOT)? column=identifier;

functionCall
    : functionName OPEN_PAR (
        (DISTINCT_? expr (COMMA expr)* orderByClause?)
        | STAR
      )? CLOSE_PAR filterClause? overClause?
    ;

functionName: identifier;

filterClause: FILTER_ OPEN_PAR WHERE_ expr CLOSE_PAR;

overClause: OVER_ (windowSpec | name);

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

// ---------------------------------------------------------------- names

qualifiedName: (schema=name DOT)? object=name;

tableName: name;

// Where SQLite reads a name it also accepts a string ('t') and many keywords.
name: identifier | STRING_LITERAL;

identifier: IDENTIFIER | nonReservedKeyword;

// Keywords SQLite lets stand for an identifier (its parser's fallback list, plus the join
// keywords and TRUE/FALSE, which are names unless no column has them).
nonReservedKeyword
    : ABORT_ | ACTION_ | AFTER_ | ALWAYS_ | ANALYZE_ | ASC_ | ATTACH_ | BEFORE_ | BEGIN_ | BY_
    | CASCADE_ | CAST_ | COLUMN_ | CONFLICT_ | CROSS_ | CURRENT_ | CURRENT_DATE_ | CURRENT_TIME_
    | CURRENT_TIMESTAMP_ | DATABASE_ | DEFERRED_ | DESC_ | DETACH_ | DO_ | EACH_ | END_ | EXCLUDE_
    | EXCLUSIVE_ | EXPLAIN_ | FAIL_ | FALSE_ | FILTER_ | FIRST_ | FOLLOWING_ | FOR_ | FULL_ | GENERATED_
    | GLOB_ | GROUPS_ | IF_ | IGNORE_ | IMMEDIATE_ | INITIALLY_ | INNER_ | INSTEAD_ | KEY_ | LAST_
    | LEFT_ | LIKE_ | MATCH_ | MATERIALIZED_ | NATURAL_ | NO_ | NULLS_ | OF_ | OFFSET_ | OTHERS_
    | OUTER_ | OVER_ | PARTITION_ | PLAN_ | PRAGMA_ | PRECEDING_ | QUERY_ | RAISE_ | RANGE_
    | RECURSIVE_ | REGEXP_ | REINDEX_ | RELEASE_ | RENAME_ | REPLACE_ | RESTRICT_ | RIGHT_ | ROW_
    | ROWS_ | SAVEPOINT_ | TEMP_ | TEMPORARY_ | TIES_ | TRIGGER_ | TRUE_ | UNBOUNDED_ | VACUUM_
    | VIEW_ | VIRTUAL_ | WINDOW_ | WITH_ | WITHOUT_
    ;
