package org.gelplan.plan.attainment;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.List;

/** The ids of a plan's indicators in definition order, so that listing them is one key lookup and one {@code $in}. */
@Document("plan_indicator_index")
record IndicatorIndexDocument(@Id String planId, List<String> indicatorIds) {

    IndicatorIndexDocument with(String indicatorId) {
        if (indicatorIds.contains(indicatorId)) {
            return this;
        }
        List<String> ids = new ArrayList<>(indicatorIds);
        ids.add(indicatorId);
        return new IndicatorIndexDocument(planId, ids);
    }
}
