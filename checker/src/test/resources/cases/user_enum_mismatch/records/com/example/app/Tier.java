package com.example.app;

public enum Tier {
    FREE,
    PRO,
    ENTERPRISE
}
