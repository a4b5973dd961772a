package org.gelplan.reporting.api;

import org.axonframework.serialization.Revision;

/**
 * An e-mail reminder about {@code subjectKey} went to {@code recipient}, a managed user's address or a
 * configured one (recorded just before sending, so at most once per subject and recipient; a failed
 * delivery is logged, not retried). Actor: {@code system:reminders}. For an auditor: it belongs to
 * {@code entityCode}, and only those whose scope covers that entity see it in the history.
 */
@Revision("1")
public record ReminderSent(String reminderId, ReminderKind kind, String entityCode, String subjectKey, String recipient) {
}
