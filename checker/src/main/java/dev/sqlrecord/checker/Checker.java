package dev.sqlrecord.checker;

import java.util.List;

/** The whole check: migrations, queries, records, generated code, model. Pure Java; no Maven needed. */
public final class Checker {

    public CheckResult check(CheckRequest request) {
        // Pipeline under construction; see the Foundation issue.
        return new CheckResult(List.of(), "", List.of(), 0, 0);
    }
}
