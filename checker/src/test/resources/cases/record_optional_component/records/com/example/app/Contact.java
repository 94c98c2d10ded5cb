package com.example.app;

import java.util.Optional;

public record Contact(long id, String name, Optional<String> phone, Optional<Long> age) {}
