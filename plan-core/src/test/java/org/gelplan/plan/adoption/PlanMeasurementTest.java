package org.gelplan.plan.adoption;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.plan.api.DerivedIndicatorNotMeasurable;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.IndicatorMeasured;
import org.gelplan.plan.api.IndicatorNotFound;
import org.gelplan.plan.api.InvalidMeasurement;
import org.gelplan.plan.api.MeasureIndicator;
import org.gelplan.plan.api.Measurement;
import org.gelplan.plan.api.MeasurementEvidence;
import org.gelplan.plan.api.PeriodAlreadyMeasured;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.gelplan.plan.adoption.PlanItemsFixture.LAST_EVENING_OF_FEBRUARY_2010;
import static org.gelplan.plan.adoption.PlanItemsFixture.MARCH_15_2010;
import static org.gelplan.plan.adoption.PlanItemsFixture.PLAN;
import static org.gelplan.plan.adoption.PlanItemsFixture.complaints;
import static org.gelplan.plan.adoption.PlanItemsFixture.defined;
import static org.gelplan.plan.adoption.PlanItemsFixture.derived;
import static org.gelplan.plan.adoption.PlanItemsFixture.planWithProjectAndAction;
import static org.gelplan.plan.adoption.PlanItemsFixture.ratio;
import static org.gelplan.plan.adoption.PlanItemsFixture.satisfaction;
import static org.hamcrest.Matchers.containsString;

class PlanMeasurementTest {

    static final IndicatorId TECHNIQUES = new IndicatorId("T1-P01-I1");
    static final IndicatorId SYSTEMATIZED = new IndicatorId("T1-P03-I1");
    static final IndicatorId COMPLAINTS = new IndicatorId("T7-A2-I2");
    static final IndicatorId SATISFACTION = new IndicatorId("T7-A3-I4");
    static final IndicatorId MEETINGS = new IndicatorId("T7-A1-I1");
    static final MeasurementEvidence MINUTES = new MeasurementEvidence("Acta 4 del Comité GEL", null, "ACTA-4");

    private FixtureConfiguration<Plan> fixture = PlanItemsFixture.fixture(MARCH_15_2010);

    static Object[] indicators() {
        return new Object[]{defined(TECHNIQUES.value(), ratio(BigDecimal.valueOf(3), false)),
                defined(SYSTEMATIZED.value(), ratio(null, true)), defined(COMPLAINTS.value(), complaints()),
                defined(SATISFACTION.value(), satisfaction()), defined(MEETINGS.value(), derived())};
    }

    static Measurement ratioOf(int numerator, Integer denominator) {
        return new Measurement(BigDecimal.valueOf(numerator), denominator == null ? null : BigDecimal.valueOf(denominator),
                null, null, "Informe de la Secretaría", MINUTES);
    }

    static Measurement count(String value) {
        return new Measurement(null, null, new BigDecimal(value), null, "Buzón de quejas", null);
    }

    @Test
    void measuresARatioAgainstTheFormulasFixedDenominator() {
        fixture.given(planWithProjectAndAction()).andGiven(indicators())
                .when(new MeasureIndicator(PLAN, TECHNIQUES, "2010-02", ratioOf(2, null)))
                .expectEvents(new IndicatorMeasured(PLAN, TECHNIQUES, "2010-02", new Measurement(BigDecimal.valueOf(2),
                        BigDecimal.valueOf(3), new BigDecimal("66.67"), null, "Informe de la Secretaría", MINUTES)));
    }

    @Test
    void letsProgressTowardsAFixedGoalExceedIt() {
        fixture.given(planWithProjectAndAction()).andGiven(indicators())
                .when(new MeasureIndicator(PLAN, TECHNIQUES, "2010-02", ratioOf(4, 3)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void refusesASecondMeasurementOfTheSamePeriod() {
        fixture.given(planWithProjectAndAction()).andGiven(indicators())
                .andGiven(new IndicatorMeasured(PLAN, COMPLAINTS, "2010-01", count("4")))
                .when(new MeasureIndicator(PLAN, COMPLAINTS, "2010-01", count("5")))
                .expectException(PeriodAlreadyMeasured.class)
                .expectNoEvents();
    }

    @Test
    void refusesAPeriodThatHasNotBegunInColombia() {
        fixture = PlanItemsFixture.fixture(LAST_EVENING_OF_FEBRUARY_2010);
        refuses(new MeasureIndicator(PLAN, COMPLAINTS, "2010-03", count("1")), "period-in-future");
    }

    @Test
    void refusesAPeriodOfAnotherPeriodicity() {
        refuses(new MeasureIndicator(PLAN, COMPLAINTS, "2010-Q1", count("1")), "period-misaligned");
    }

    @Test
    void refusesAPeriodThatIsNoPeriodAtAll() {
        refuses(new MeasureIndicator(PLAN, COMPLAINTS, "2010-13", count("1")), "period-misaligned");
    }

    @Test
    void refusesAPeriodThatEndsBeforeTheIndicatorStarts() {
        refuses(new MeasureIndicator(PLAN, COMPLAINTS, "2009-08", count("1")), "period-before-start");
    }

    @Test
    void refusesAnUnknownIndicator() {
        fixture.given(planWithProjectAndAction()).andGiven(indicators())
                .when(new MeasureIndicator(PLAN, new IndicatorId("T7-A9-I9"), "2010-01", count("1")))
                .expectException(IndicatorNotFound.class);
    }

    @Test
    void refusesMeasuringADerivedIndicatorByHand() {
        fixture.given(planWithProjectAndAction()).andGiven(indicators())
                .when(new MeasureIndicator(PLAN, MEETINGS, "2010-01", count("1")))
                .expectException(DerivedIndicatorNotMeasurable.class)
                .expectExceptionMessage(containsString("committee.meeting-frequency"));
    }

    private void refuses(MeasureIndicator command, String rule) {
        refuses(fixture, command, rule);
    }

    static void refuses(FixtureConfiguration<Plan> fixture, MeasureIndicator command, String rule) {
        fixture.given(planWithProjectAndAction()).andGiven(indicators())
                .when(command)
                .expectException(InvalidMeasurement.class)
                .expectExceptionMessage(containsString(rule))
                .expectNoEvents();
    }
}
