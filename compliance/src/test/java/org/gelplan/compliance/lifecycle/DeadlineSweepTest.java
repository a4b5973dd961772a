package org.gelplan.compliance.lifecycle;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.compliance.api.DueDeadline;
import org.gelplan.compliance.api.FindDueDeadlines;
import org.gelplan.plan.api.PlanId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** A sweep offers every passed deadline, and stops when the application closes under it. */
class DeadlineSweepTest {

    private final QueryGateway queries = mock(QueryGateway.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final DeadlineSweep sweep = new DeadlineSweep(queries, commands, Clock.systemUTC());

    DeadlineSweepTest() {
        PlanId plan = new PlanId("86001-2009");
        List<DueDeadline> due = List.of(new DueDeadline(plan, null, "INF-01", LocalDate.of(2010, 3, 1)),
                new DueDeadline(plan, null, "INF-02", LocalDate.of(2010, 3, 1)),
                new DueDeadline(plan, null, "INF-03", LocalDate.of(2010, 3, 1)));
        when(queries.query(any(FindDueDeadlines.class), any(ResponseType.class)))
                .thenReturn(CompletableFuture.completedFuture(due));
    }

    @Test
    void everyPassedDeadlineIsOffered() {
        assertThat(sweep.sweep()).isEqualTo(3);
        verify(commands, times(3)).sendAndWait(any());
    }

    @Test
    void aSweepUnderWayStopsWhenTheApplicationCloses() {
        doAnswer(sent -> {
            sweep.onClose();
            return null;
        }).when(commands).sendAndWait(any());

        assertThat(sweep.sweep()).isEqualTo(1);
        verify(commands, times(1)).sendAndWait(any());
    }
}
