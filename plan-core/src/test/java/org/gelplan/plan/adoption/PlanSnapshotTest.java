package org.gelplan.plan.adoption;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.gelplan.plan.api.IndicatorMeasured;
import org.gelplan.plan.api.IndicatorDefined;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gelplan.plan.adoption.PlanItemsFixture.PLAN;
import static org.gelplan.plan.adoption.PlanMeasurementTest.COMPLAINTS;
import static org.gelplan.plan.adoption.PlanMeasurementTest.count;
import static org.gelplan.plan.adoption.PlanMeasurementTest.indicators;

/** Snapshots are Jackson documents of the aggregate's fields; a plan with items must survive the round trip. */
class PlanSnapshotTest {

    // As the app configures Axon's serializer: no field visibility of its own, Java time, lenient on unknown fields.
    private final ObjectMapper axonJson = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void aPlanWithProjectsActionsIndicatorsAndMeasurementsSurvivesASnapshot() throws Exception {
        Plan plan = new Plan();
        plan.on(PlanItemsFixture.adopted());
        plan.on(PlanItemsFixture.projectRegistered());
        plan.on(PlanItemsFixture.actionRegistered());
        for (Object event : indicators()) {
            plan.on((IndicatorDefined) event);
        }
        plan.on(new IndicatorMeasured(PLAN, COMPLAINTS, "2010-01", count("4")));

        String snapshot = axonJson.writeValueAsString(plan);
        Plan restored = axonJson.readValue(snapshot, Plan.class);

        assertThat(axonJson.writeValueAsString(restored)).isEqualTo(snapshot);
        assertThat(snapshot).contains("\"T1-P01\"", "\"T7-A2\"", "\"2010-01\"", "\"2009-09-21\"", "committee.meeting-frequency");
    }
}
