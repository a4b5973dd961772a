package org.gelplan.reporting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Claim a reminder before sending it. The id is derived from kind, subject and recipient, so a second
 * claim (another node, a later sweep) fails to create the stream and nothing is sent twice.
 */
public record RecordReminderSent(@TargetAggregateIdentifier String reminderId, ReminderKind kind, String entityCode,
                                 String subjectKey, String recipient) {
}
