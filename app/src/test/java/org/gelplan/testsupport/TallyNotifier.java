package org.gelplan.testsupport;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicInteger;

/** A side effect (think: an e-mail) that must not be repeated when the tally read model is rebuilt. */
@Component
@ProcessingGroup(TallyProjection.GROUP)
public class TallyNotifier {

    private final AtomicInteger notifications = new AtomicInteger();

    @EventHandler
    @DisallowReplay
    void on(Tally.Counted event) {
        notifications.incrementAndGet();
    }

    public int notifications() {
        return notifications.get();
    }
}
