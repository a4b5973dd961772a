package org.gelplan.reporting.audit.history;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.gelplan.core.CurrentScope;
import org.gelplan.reporting.api.AuditHistoryReads;
import org.gelplan.reporting.api.StoredEventLog;
import org.springframework.stereotype.Component;

/** {@link AuditHistoryReads} over the same reader and read budget as the REST history. */
@Component
class HistoryReads implements AuditHistoryReads {

    private final HistoryReader reader;

    HistoryReads(StoredEventLog log, ObjectMapper json) {
        this.reader = new HistoryReader(log, new HistoryItems(json), AuditHistoryController.READ_BUDGET);
    }

    @Override
    public Page history(Filter f, long cursor, int size) {
        return answer(reader.page(new HistoryFilter(f.planId(), null, f.type(), f.actor(), f.subject(), f.from(), f.to(),
                null, null, CurrentScope.get()), cursor, size));
    }

    @Override
    public Page timeline(String planId, String item, long cursor) {
        return answer(reader.page(new HistoryFilter(planId, null, null, null, item, null, null, null, null,
                CurrentScope.get()), cursor, 1000));
    }

    private static Page answer(HistoryPage page) {
        return new Page(page.items().stream().map(i -> new Entry(i.globalIndex(), i.eventId(), i.type(), i.aggregateId(),
                i.recordedAt(), i.effectiveOn(), i.actor(), i.actorRoles(), i.reason(), i.decisionId())).toList(),
                page.next());
    }
}
