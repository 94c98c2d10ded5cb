package com.example.app;

import java.util.Optional;

public record Article(long id, String title, Status status, Optional<Audience> audience) {}
