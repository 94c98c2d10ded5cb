package com.acme.blog;

public record User(long id, String email, String name) {}
