package org.gelplan.plan.attainment;

import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.MeasurementRecord;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One indicator of one plan with every measurement and correction, keyed {@code <planId>/<indicatorId>}.
 * {@code definedAt} is when the definition was recorded ({@code null} in documents written before it was
 * kept: such an indicator counts as always known).
 */
@Document("plan_indicator_histories")
record IndicatorHistoryDocument(@Id String id, String indicatorId, IndicatorDefinition definition, LocalDate startsOn,
                                Instant definedAt, List<MeasurementRecord> history) {

    static String key(String planId, String indicatorId) {
        return planId + "/" + indicatorId;
    }

    boolean knownBy(Instant instant) {
        return instant == null || definedAt == null || !definedAt.isAfter(instant);
    }
}
