package com.example.app;

import dev.sqlrecord.runtime.EpochMillis;
import dev.sqlrecord.runtime.Json;
import java.time.Instant;
import java.time.LocalDate;

public record BadAccount(
        long id,
        LocalDate publicId,
        Tier plan,
        String email,
        @EpochMillis String created,
        long seenMs,
        String settings,
        @Json String tags,
        Instant renewedAt) {}
