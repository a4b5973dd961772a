package org.gelplan.reporting.audit.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gelplan.reporting.api.LoggedEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Which entity's auditors see an event in the history: its aggregate's, a reminder's own. */
class HistoryItemsTest {

    private final HistoryItems items = new HistoryItems(new ObjectMapper());

    @Test
    void aPlansEventBelongsToTheEntityInItsAggregateId() {
        assertThat(items.of(event("compliance-86001-2009", "org.gelplan.compliance.api.CriterionFulfilled",
                "{\"code\":\"INF-ACER-02\"}")).entity()).isEqualTo("86001");
    }

    @Test
    void aReminderBelongsToTheEntityItsPayloadNamesWhateverItsHashedIdHolds() {
        // given a reminder id whose hash happens to hold a 5-digit run that is another entity's code
        String payload = "{\"reminderId\":\"reminder-0a86568b\",\"kind\":\"REPORT_LATE\",\"entityCode\":\"86749\","
                + "\"subjectKey\":\"86749-2010:2028-Q1:2028-04-30\",\"recipient\":\"autor@sibundoy.gov.co\"}";
        // then it belongs to Sibundoy, not to Puerto Asís (86568)
        assertThat(items.of(event("reminder-0a86568b", "org.gelplan.reporting.api.ReminderSent", payload)).entity())
                .isEqualTo("86749");
    }

    @Test
    void aUsersEventBelongsToNoEntity() {
        assertThat(items.of(event("pasto.miembro", "org.gelplan.security.users.api.UserCreated",
                "{\"username\":\"pasto.miembro\",\"entities\":[\"52001\"]}")).entity()).isNull();
    }

    private static LoggedEvent event(String aggregateId, String payloadType, String payload) {
        return new LoggedEvent(1, "e-1", "Aggregate", aggregateId, 0, "2028-05-01T13:00:00Z", payloadType, "1", payload,
                "{\"actor\":\"system:reminders\"}");
    }
}
