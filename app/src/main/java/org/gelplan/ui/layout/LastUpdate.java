package org.gelplan.ui.layout;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.gelplan.core.GelTime;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * When the record last changed: the timestamp of the newest stored event, shown in every page's footer
 * ("última actualización", a criterion of the seed itself). Read by equality on the newest global
 * index, and remembered for a few seconds so that a busy page does not ask on every request.
 */
@Component
public class LastUpdate {

    private static final Duration REMEMBERED = Duration.ofSeconds(3);

    private final EventStorageEngine events;
    private final Clock clock;
    private volatile Instant askedAt = Instant.MIN;
    private volatile Optional<LocalDateTime> latest = Optional.empty();

    LastUpdate(EventStorageEngine events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public Optional<LocalDateTime> latest() {
        Instant now = clock.instant();
        if (askedAt.plus(REMEMBERED).isBefore(now)) {
            latest = read().map(at -> LocalDateTime.ofInstant(at, GelTime.ZONE));
            askedAt = now;
        }
        return latest;
    }

    private Optional<Instant> read() {
        TrackingToken head = events.createHeadToken();
        OptionalLong position = head == null ? OptionalLong.empty() : head.position();
        if (position.isEmpty() || position.getAsLong() < 0) {
            return Optional.empty();
        }
        TrackingToken beforeNewest = position.getAsLong() == 0 ? null
                : GapAwareTrackingToken.newInstance(position.getAsLong() - 1, Collections.emptySet());
        try (Stream<? extends TrackedEventMessage<?>> newest = events.readEvents(beforeNewest, false)) {
            return newest.findFirst().map(TrackedEventMessage::getTimestamp);
        }
    }
}
