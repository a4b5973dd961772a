package org.gelplan.reporting.reminders;

import org.gelplan.reporting.api.ReminderKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.util.List;
import java.util.Set;

/**
 * Reminder settings. Reminders are off unless {@code spring.mail.host} is set. They go to the managed
 * users they concern ({@link ReminderAudience}) and, in addition, to these configured recipients.
 *
 * @param from           sender address
 * @param approachingDays how many days ahead a deadline or decision counts as approaching
 * @param recipients     per entity (DANE code), an address and the kinds it wants (empty: all), e.g. a
 *                       shared mailbox; whatever the users' roles
 */
@ConfigurationProperties("gelplan.reminders")
record ReminderProperties(@DefaultValue("gelplan@localhost") String from, @DefaultValue("7") int approachingDays,
                          @DefaultValue List<Recipient> recipients) {

    record Recipient(String entity, String email, Set<ReminderKind> kinds) {

        boolean wants(String entityCode, ReminderKind kind) {
            return entity.equals(entityCode) && (kinds == null || kinds.isEmpty() || kinds.contains(kind));
        }
    }
}
