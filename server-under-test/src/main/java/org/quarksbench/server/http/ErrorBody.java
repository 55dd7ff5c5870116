package org.quarksbench.server.http;

/** The one JSON error shape of every reference server: a short code and a sentence for a person. */
public record ErrorBody(String error, String detail) {}
