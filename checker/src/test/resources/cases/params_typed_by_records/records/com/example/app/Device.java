package com.example.app;

import java.util.UUID;

public record Device(long id, UUID serial) {}
