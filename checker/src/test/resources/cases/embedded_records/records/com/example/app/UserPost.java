package com.example.app;

import java.util.Optional;

public record UserPost(User user, Optional<Post> post) {}
