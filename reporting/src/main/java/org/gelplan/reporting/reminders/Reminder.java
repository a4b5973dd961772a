package org.gelplan.reporting.reminders;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.reporting.api.RecordReminderSent;
import org.gelplan.reporting.api.ReminderSent;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One reminder to one recipient: its stream can be created once, which is the whole rule. */
@Aggregate
class Reminder {

    @AggregateIdentifier
    private String reminderId;

    Reminder() {
        // for Axon
    }

    @CommandHandler
    Reminder(RecordReminderSent command) {
        apply(new ReminderSent(command.reminderId(), command.kind(), command.entityCode(), command.subjectKey(),
                command.recipient()));
    }

    @EventSourcingHandler
    void on(ReminderSent event) {
        reminderId = event.reminderId();
    }
}
