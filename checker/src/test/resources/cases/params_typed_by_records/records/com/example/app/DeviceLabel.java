package com.example.app;

public record DeviceLabel(long id, String serial) {}
