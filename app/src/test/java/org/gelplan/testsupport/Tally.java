package org.gelplan.testsupport;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A test-only aggregate that counts, used to exercise the event store under load through Axon. */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = "aggregateCache")
public class Tally {

    public record Count(@TargetAggregateIdentifier String tallyId, int number) {
    }

    @Revision("1")
    public record Counted(String tallyId, int number) {
    }

    @AggregateIdentifier
    private String tallyId;

    Tally() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(Count command) {
        apply(new Counted(command.tallyId(), command.number()));
    }

    @EventSourcingHandler
    void on(Counted event) {
        tallyId = event.tallyId();
    }
}
