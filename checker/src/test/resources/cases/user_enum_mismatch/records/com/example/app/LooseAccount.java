package com.example.app;

import dev.sqlrecord.runtime.Column;
import dev.sqlrecord.runtime.Json;
import java.util.List;

public record LooseAccount(Tier plan, @Json List<String> created, @Column("nope") String settings) {}
