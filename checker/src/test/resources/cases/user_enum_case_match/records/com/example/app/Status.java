package com.example.app;

import dev.sqlrecord.runtime.SqlValue;

/** Matched to 'draft' and 'published' by name ignoring case; IN_REVIEW by its @SqlValue. */
public enum Status {
    DRAFT,
    PUBLISHED,
    @SqlValue("in-review") IN_REVIEW
}
