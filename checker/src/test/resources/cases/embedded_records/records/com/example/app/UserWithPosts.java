package com.example.app;

import java.util.List;

public record UserWithPosts(User user, List<Post> posts) {}
