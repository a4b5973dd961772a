package org.gelplan.axon;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class PromptCoordinatorExecutorTest {

    private final PromptCoordinatorExecutor executor = new PromptCoordinatorExecutor("tally");

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void axonsFullQueueBackOffBecomesAPromptLook() {
        ScheduledFuture<?> look = executor.schedule(() -> { }, 100, TimeUnit.MILLISECONDS);

        assertThat(look.getDelay(TimeUnit.MILLISECONDS)).isLessThanOrEqualTo(PromptCoordinatorExecutor.LOOK_AGAIN.toMillis());
    }

    @Test
    void everyOtherDelayIsKept() {
        ScheduledFuture<?> claim = executor.schedule(() -> { }, 5_000, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> retry = executor.schedule(() -> { }, 500, TimeUnit.MILLISECONDS);
        ScheduledFuture<?> now = executor.schedule(() -> { }, 0, TimeUnit.MILLISECONDS);

        assertThat(claim.getDelay(TimeUnit.MILLISECONDS)).isGreaterThan(4_000);
        assertThat(retry.getDelay(TimeUnit.MILLISECONDS)).isGreaterThan(400);
        assertThat(now.getDelay(TimeUnit.MILLISECONDS)).isLessThanOrEqualTo(0);
    }

    @Test
    void runsOnOneThreadNamedAsAxonNamesIt() throws Exception {
        String thread = executor.submit(() -> Thread.currentThread().getName()).get(5, TimeUnit.SECONDS);

        assertThat(thread).startsWith("Coordinator[tally]");
        assertThat(executor.getCorePoolSize()).isEqualTo(1);
    }
}
