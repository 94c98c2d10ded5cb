package com.example.app;

import java.util.Optional;

public record UserScore(User user, Optional<Score> score) {}
