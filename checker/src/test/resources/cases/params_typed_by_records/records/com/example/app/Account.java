package com.example.app;

import dev.sqlrecord.runtime.Column;
import dev.sqlrecord.runtime.EpochMillis;
import dev.sqlrecord.runtime.Json;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public record Account(
        long id,
        UUID publicId,
        Plan plan,
        @Column("e_mail") String email,
        Instant created,
        @EpochMillis Optional<Instant> seenMs,
        @Json Settings settings,
        @Json List<String> tags,
        Optional<LocalDateTime> renewedAt) {}
