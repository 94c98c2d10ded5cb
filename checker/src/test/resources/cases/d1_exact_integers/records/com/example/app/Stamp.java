package com.example.app;

import dev.sqlrecord.runtime.EpochMillis;
import java.time.Instant;

public record Stamp(long id, @EpochMillis Instant atMs) {}
