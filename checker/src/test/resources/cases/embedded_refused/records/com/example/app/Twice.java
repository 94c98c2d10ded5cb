package com.example.app;

import java.util.List;

/** Two lists would multiply each other's rows. */
public record Twice(User user, List<Post> posts, List<Post> more) {}
