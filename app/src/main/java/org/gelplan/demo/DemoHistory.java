package org.gelplan.demo;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.core.DomainRuleViolation;
import org.gelplan.core.GelTime;
import org.gelplan.core.OnDemoMode;
import org.gelplan.core.QueryResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * {@code GEL_DEMO_HISTORY=true} (demo mode only, off by default): a deterministic, made-up history
 * of Mocoa's plan from October 2009 to December 2012, so that reports and charts have something to
 * show — monthly committee meetings with attendance and decisions ({@link DemoMeetings}), criterion
 * fulfilments and indicator measurements ({@link DemoMeasurements}). Everything goes through the
 * normal commands and their rules, as {@code system:demo-history} with {@code synthetic=true} in the
 * metadata of every command and hence every event. A restart records nothing twice: each step skips
 * what is already on record.
 */
@Component
@Conditional(OnDemoMode.class)
@ConditionalOnProperty(name = "gelplan.demo.history", havingValue = "true")
class DemoHistory {

    static final String ENTITY = "86001";
    static final String PLAN = "86001-2009";
    static final LocalDate FROM = LocalDate.of(2009, 10, 1);
    static final LocalDate TO = LocalDate.of(2012, 12, 31);
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final DemoMeetings meetings;
    private final DemoMeasurements measurements;
    private final ProjectionCatchUp projections;
    private final Clock clock;

    DemoHistory(CommandGateway commands, QueryGateway queries, ProjectionCatchUp projections, Clock clock) {
        this.meetings = new DemoMeetings(commands, queries);
        this.measurements = new DemoMeasurements(commands, queries);
        this.projections = projections;
        this.clock = clock;
    }

    /** After the demo plan, its items and its committee (orders 0 and 1), and once compliance opened. */
    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        projections.awaitHead(Duration.ofMinutes(2));
        LocalDate until = GelTime.today(clock).isBefore(TO) ? GelTime.today(clock) : TO;
        long started = System.nanoTime();
        // Three aggregates (committee, compliance, plan): their streams of commands may run side by side.
        CompletableFuture<Integer> held = CompletableFuture.supplyAsync(() -> meetings.record(until));
        CompletableFuture<Integer> fulfilled = CompletableFuture.supplyAsync(() -> measurements.fulfil(until));
        int measured = measurements.measure(until);
        log.info("Demo history (synthetic): {} meetings, {} fulfilments, {} measurements recorded now, in {} ms",
                held.join(), fulfilled.join(), measured, (System.nanoTime() - started) / 1_000_000);
    }

    /** Sends a command as the demo history; false when its rules say it is already on record. */
    static boolean send(CommandGateway commands, Object command) {
        try {
            commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                    .andMetaData(SyntheticPlans.metaData("demo-history")));
            return true;
        } catch (DomainRuleViolation alreadyRecorded) {
            if (alreadyRecorded.kind() != DomainRuleViolation.Kind.CONFLICT) {
                throw alreadyRecorded;
            }
            return false;
        }
    }

    static <T> List<T> list(QueryGateway queries, Object query, Class<T> type) {
        return QueryResults.await(queries.query(query, ResponseTypes.multipleInstancesOf(type)));
    }
}
