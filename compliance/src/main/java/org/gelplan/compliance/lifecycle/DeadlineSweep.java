package org.gelplan.compliance.lifecycle;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.compliance.api.ComplianceId;
import org.gelplan.compliance.api.DueDeadline;
import org.gelplan.compliance.api.FindDueDeadlines;
import org.gelplan.compliance.api.RecordMissedDeadline;
import org.gelplan.compliance.api.RecordPhaseDeadline;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * Records passed deadlines: on start (catching up whatever passed while the application was down)
 * and every hour (five minutes past, Bogotá time). Each command is idempotent in the aggregate, so
 * any number of sweeps on any number of nodes record each deadline exactly once. See docs/adr/0003.
 */
@Component
public class DeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweep.class);

    private final QueryGateway queries;
    private final CommandGateway commands;
    private final Clock clock;
    /** Set when the application starts closing: a sweep under way stops; the next start sweeps again. */
    private volatile boolean closing;

    DeadlineSweep(QueryGateway queries, CommandGateway commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        sweep();
    }

    @Scheduled(cron = "${gelplan.compliance.deadline-sweep-cron:0 5 * * * *}", zone = "America/Bogota")
    void daily() {
        sweep();
    }

    /**
     * Stops a sweep under way once the application closes, before Axon unsubscribes the command handlers,
     * which would refuse every remaining command with an error; the sweep on the next start records them.
     */
    @EventListener(ContextClosedEvent.class)
    void onClose() {
        closing = true;
    }

    /** @return how many passed deadlines were offered to the aggregates */
    public int sweep() {
        List<DueDeadline> due = QueryResults.await(queries.query(new FindDueDeadlines(GelTime.today(clock)),
                ResponseTypes.multipleInstancesOf(DueDeadline.class)));
        int offered = 0;
        for (DueDeadline deadline : due) {
            if (closing) {
                log.info("Deadline sweep stopped by the shutdown after {} of {} passed deadlines", offered, due.size());
                return offered;
            }
            Object command = deadline.isPhase()
                    ? new RecordPhaseDeadline(ComplianceId.of(deadline.planId()), deadline.phase())
                    : new RecordMissedDeadline(ComplianceId.of(deadline.planId()), deadline.code(), deadline.deadline());
            try {
                commands.sendAndWait(asCommandMessage(command).andMetaData(AuditMetaData.of(Actor.system("deadline-sweep"))));
            } catch (ConcurrencyException anotherNodeGotThere) {
                log.debug("Deadline {} recorded concurrently elsewhere", deadline);
            }
            offered++;
        }
        if (!due.isEmpty()) {
            log.info("Deadline sweep offered {} passed deadlines", due.size());
        }
        return due.size();
    }
}
