package com.example.app;

import dev.sqlrecord.runtime.Json;
import java.util.List;

public record Profile(long id, String name, @Json Prefs prefs, @Json List<String> tags) {}
