package org.gelplan.compliance.criterion;

import org.axonframework.eventhandling.EventMessage;
import org.gelplan.compliance.api.CriterionFact;
import org.gelplan.compliance.api.Evidence;
import org.gelplan.compliance.api.FactType;
import org.gelplan.core.AuditMetaData;
import org.gelplan.core.GelTime;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

/** Turns an event into a timeline fact: the event's id, timestamp and actor, plus what it says. */
final class FactRecorder {

    private FactRecorder() {
    }

    static CriterionFact fact(EventMessage<?> event, FactType type, LocalDate effectiveOn, String reason,
                              LocalDate targetDate, Evidence evidence, String decisionId) {
        LocalDate recordedOn = event.getTimestamp().atZone(GelTime.ZONE).toLocalDate();
        return new CriterionFact(event.getIdentifier(), type, effectiveOn, event.getTimestamp(),
                AuditMetaData.actorOf(event.getMetaData()), reason, targetDate, evidence, decisionId,
                quarterOf(effectiveOn) < quarterOf(recordedOn));
    }

    private static int quarterOf(LocalDate day) {
        return day.getYear() * 4 + day.get(IsoFields.QUARTER_OF_YEAR);
    }
}
