package com.example.app;

import java.util.Optional;

/** A record that holds itself: no flat row can. */
public record Thread(long id, Optional<Thread> parent) {}
