package org.gelplan.eventstore;

import org.axonframework.eventhandling.GapAwareTrackingToken;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Forgets gaps that stayed open longer than the timeout.
 *
 * <p>A gap is a global index that was allocated but not yet seen. Writers insert within
 * milliseconds of allocating, so a gap still open after the timeout belongs to a writer that lost
 * its optimistic-lock race or died, and will never be filled. Without forgetting them every poll
 * would keep asking for them. The timeout must stay far above the store's write timeout.
 */
class GapTimeouts {

    private static final int PRUNE_THRESHOLD = 10_000;

    private final Map<Long, Instant> firstSeenOpen = new ConcurrentHashMap<>();
    private final Duration timeout;
    private final Clock clock;

    GapTimeouts(Duration timeout, Clock clock) {
        this.timeout = timeout;
        this.clock = clock;
    }

    GapAwareTrackingToken clean(GapAwareTrackingToken token) {
        if (token == null || !token.hasGaps()) {
            return token;
        }
        Instant now = clock.instant();
        List<Long> stillOpen = token.getGaps().stream()
                .filter(gap -> firstSeenOpen.computeIfAbsent(gap, g -> now).plus(timeout).isAfter(now))
                .toList();
        pruneIfLarge(now);
        return stillOpen.size() == token.getGaps().size()
                ? token
                : GapAwareTrackingToken.newInstance(token.getIndex(), stillOpen);
    }

    private void pruneIfLarge(Instant now) {
        if (firstSeenOpen.size() > PRUNE_THRESHOLD) {
            Instant horizon = now.minus(timeout.multipliedBy(2));
            firstSeenOpen.values().removeIf(seen -> seen.isBefore(horizon));
        }
    }
}
