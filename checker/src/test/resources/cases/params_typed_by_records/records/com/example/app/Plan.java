package com.example.app;

import dev.sqlrecord.runtime.SqlValue;

public enum Plan {
    FREE,
    PRO,
    @SqlValue("team-plus") TEAM
}
