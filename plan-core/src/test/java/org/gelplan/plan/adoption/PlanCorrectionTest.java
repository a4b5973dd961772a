package org.gelplan.plan.adoption;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.plan.api.CorrectMeasurement;
import org.gelplan.plan.api.IndicatorMeasured;
import org.gelplan.plan.api.IndicatorMeasurementCorrected;
import org.gelplan.plan.api.InvalidMeasurement;
import org.gelplan.plan.api.MeasurementNotFound;
import org.junit.jupiter.api.Test;

import static org.gelplan.plan.adoption.PlanItemsFixture.MARCH_15_2010;
import static org.gelplan.plan.adoption.PlanItemsFixture.PLAN;
import static org.gelplan.plan.adoption.PlanItemsFixture.planWithProjectAndAction;
import static org.gelplan.plan.adoption.PlanMeasurementTest.COMPLAINTS;
import static org.gelplan.plan.adoption.PlanMeasurementTest.count;
import static org.gelplan.plan.adoption.PlanMeasurementTest.indicators;
import static org.hamcrest.Matchers.containsString;

class PlanCorrectionTest {

    private static final IndicatorMeasured JANUARY = new IndicatorMeasured(PLAN, COMPLAINTS, "2010-01", count("4"));
    private final FixtureConfiguration<Plan> fixture = PlanItemsFixture.fixture(MARCH_15_2010);

    @Test
    void correctsAMeasuredPeriodWithItsReason() {
        fixture.given(planWithProjectAndAction()).andGiven(indicators()).andGiven(JANUARY)
                .when(new CorrectMeasurement(PLAN, COMPLAINTS, "2010-01", count("6"), "Dos quejas llegaron por correo"))
                .expectEvents(new IndicatorMeasurementCorrected(PLAN, COMPLAINTS, "2010-01", count("6"),
                        "Dos quejas llegaron por correo"));
    }

    @Test
    void correctsAPeriodAgain() {
        fixture.given(planWithProjectAndAction()).andGiven(indicators()).andGiven(JANUARY,
                        new IndicatorMeasurementCorrected(PLAN, COMPLAINTS, "2010-01", count("6"), "correo"))
                .when(new CorrectMeasurement(PLAN, COMPLAINTS, "2010-01", count("7"), "una más en el buzón"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesACorrectionWithoutReason() {
        fixture.given(planWithProjectAndAction()).andGiven(indicators()).andGiven(JANUARY)
                .when(new CorrectMeasurement(PLAN, COMPLAINTS, "2010-01", count("6"), "  "))
                .expectException(InvalidMeasurement.class)
                .expectExceptionMessage(containsString("indicator.correction.reason-required"))
                .expectNoEvents();
    }

    @Test
    void refusesCorrectingAPeriodThatWasNeverMeasured() {
        fixture.given(planWithProjectAndAction()).andGiven(indicators()).andGiven(JANUARY)
                .when(new CorrectMeasurement(PLAN, COMPLAINTS, "2010-02", count("6"), "olvido"))
                .expectException(MeasurementNotFound.class)
                .expectNoEvents();
    }

    @Test
    void refusesACorrectionWhoseFiguresBreakTheIndicatorsRules() {
        fixture.given(planWithProjectAndAction()).andGiven(indicators()).andGiven(JANUARY)
                .when(new CorrectMeasurement(PLAN, COMPLAINTS, "2010-01", count("-2"), "error"))
                .expectException(InvalidMeasurement.class)
                .expectExceptionMessage(containsString("value-out-of-range"));
    }
}
