package com.example.app;

/** Matched to 'Everyone' and 'MEMBERS' by name ignoring case: neither is spelled as its constant. */
public enum Audience {
    everyone,
    Members
}
