package io.contactsync.sandbox;

import java.time.Clock;

/**
 * What an emulator shares with its server: the clock for server-set timestamps and token expiry, the
 * request counters, the queued faults and the rate limit. One context per emulator.
 */
public record EmulatorContext(Clock clock, RequestStats stats, FaultInjector faults, RateLimiter rateLimiter) {

    public static EmulatorContext create(Clock clock) {
        return new EmulatorContext(clock, new RequestStats(), new FaultInjector(), new RateLimiter(clock));
    }
}
