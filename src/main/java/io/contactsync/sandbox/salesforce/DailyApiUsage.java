package io.contactsync.sandbox.salesforce;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The org's DailyApiRequests allowance: every authenticated REST call uses one; once used up, calls are
 * refused with 403 REQUEST_LIMIT_EXCEEDED until the emulator is reset or the maximum raised.
 */
final class DailyApiUsage {

    private final AtomicLong used = new AtomicLong();
    private volatile long max;

    DailyApiUsage(long max) {
        setMax(max);
    }

    void setMax(long max) {
        if (max < 1) {
            throw new IllegalArgumentException("the daily API request limit must be at least 1");
        }
        this.max = max;
    }

    /** Uses one request if any is left. */
    boolean tryUse() {
        long limit = max;
        return used.getAndUpdate(n -> n < limit ? n + 1 : n) < limit;
    }

    long used() {
        return used.get();
    }

    long max() {
        return max;
    }

    long remaining() {
        return Math.max(0, max - used.get());
    }

    /** The value of the Sforce-Limit-Info header. */
    String header() {
        return "api-usage=" + used.get() + "/" + max;
    }

    void reset() {
        used.set(0);
    }
}
