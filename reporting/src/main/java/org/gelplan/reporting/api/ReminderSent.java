package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;

/**
 * An e-mail reminder about {@code subjectKey} went to {@code recipient} (recorded just before sending,
 * so at most once per subject and recipient; a failed delivery is logged, not retried). Actor:
 * {@code system:reminders}.
 */
@Revision("1")
public record ReminderSent(String reminderId, ReminderKind kind, String entityCode, String subjectKey, String recipient) {
}
