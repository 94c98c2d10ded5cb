/**
 * Not API: code the other packages share, public only so that they can reach it. SQLite's lexical
 * rules and the statement splitter, collection-parameter expansion and the splitting of long
 * {@code IN (?)} lists, the conversion of semantic values (dates, UUIDs, enums, JSON) to and from
 * storage, SQLite's messages as typed exceptions, and the access the executors and the migration
 * runner get to the API package's package-private members. Anything here may change in any release.
 */
package dev.sqlrecord.runtime.internal;
