package io.contactsync.sandbox;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A requests-per-minute limit per client over a sliding 60-second window, as Genesys Cloud applies per
 * OAuth client. Disabled while the limit is 0.
 */
public final class RateLimiter {

    private static final long WINDOW_MILLIS = 60_000;

    private final Clock clock;
    private final Map<String, Deque<Long>> requestTimes = new ConcurrentHashMap<>();
    private volatile int requestsPerMinute;

    public RateLimiter(Clock clock) {
        this.clock = clock;
    }

    public void setRequestsPerMinute(int requestsPerMinute) {
        if (requestsPerMinute < 0) {
            throw new IllegalArgumentException("requestsPerMinute must be 0 (off) or positive");
        }
        this.requestsPerMinute = requestsPerMinute;
        requestTimes.clear();
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    /**
     * Counts one request of the client.
     *
     * @return empty if admitted, else the whole seconds until the client may send again (at least 1)
     */
    public OptionalLong admit(String client) {
        int limit = requestsPerMinute;
        if (limit == 0) {
            return OptionalLong.empty();
        }
        long now = clock.millis();
        Deque<Long> times = requestTimes.computeIfAbsent(client, c -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() <= now - WINDOW_MILLIS) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                long waitMillis = times.peekFirst() + WINDOW_MILLIS - now;
                return OptionalLong.of(Math.max(1, (waitMillis + 999) / 1000));
            }
            times.addLast(now);
            return OptionalLong.empty();
        }
    }
}
