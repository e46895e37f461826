package io.contactsync.sandbox.genesys;

/** Genesys' Ticker: a stock symbol and its exchange, both required, e.g. {@code ININ} on {@code NYSE}. */
public record Ticker(String symbol, String exchange) {
}
