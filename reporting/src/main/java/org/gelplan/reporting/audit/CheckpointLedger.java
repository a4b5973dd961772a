package org.gelplan.reporting.audit;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.reporting.api.CheckpointNotAfterLast;
import org.gelplan.reporting.api.CheckpointWitnessed;
import org.gelplan.reporting.api.WitnessCheckpoint;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The checkpoints control interno witnessed, each covering more of the chain than the one before. */
@Aggregate
class CheckpointLedger {

    @AggregateIdentifier
    private String ledgerId;
    private long lastLength;

    CheckpointLedger() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(WitnessCheckpoint command) {
        if (command.length() <= lastLength) {
            throw new CheckpointNotAfterLast(command.length(), lastLength);
        }
        apply(new CheckpointWitnessed(command.ledgerId(), command.length(), command.head(), command.note()));
    }

    @EventSourcingHandler
    void on(CheckpointWitnessed event) {
        ledgerId = event.ledgerId();
        lastLength = event.length();
    }
}
