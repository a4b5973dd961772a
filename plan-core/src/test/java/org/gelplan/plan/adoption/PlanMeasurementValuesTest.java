package org.gelplan.plan.adoption;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.plan.api.MeasureIndicator;
import org.gelplan.plan.api.Measurement;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.gelplan.plan.adoption.PlanItemsFixture.MARCH_15_2010;
import static org.gelplan.plan.adoption.PlanItemsFixture.PLAN;
import static org.gelplan.plan.adoption.PlanMeasurementTest.COMPLAINTS;
import static org.gelplan.plan.adoption.PlanMeasurementTest.SATISFACTION;
import static org.gelplan.plan.adoption.PlanMeasurementTest.SYSTEMATIZED;
import static org.gelplan.plan.adoption.PlanMeasurementTest.TECHNIQUES;
import static org.gelplan.plan.adoption.PlanMeasurementTest.count;
import static org.gelplan.plan.adoption.PlanMeasurementTest.ratioOf;

/** The figures a measurement carries must fit its indicator's kind. */
class PlanMeasurementValuesTest {

    private final FixtureConfiguration<Plan> fixture = PlanItemsFixture.fixture(MARCH_15_2010);

    @Test
    void refusesACountThatIsNotAWholeNumber() {
        refuses(new MeasureIndicator(PLAN, COMPLAINTS, "2010-01", count("2.5")), "value-out-of-range");
    }

    @Test
    void refusesANegativeCount() {
        refuses(new MeasureIndicator(PLAN, COMPLAINTS, "2010-01", count("-1")), "value-out-of-range");
    }

    @Test
    void refusesAValueOnARatio() {
        refuses(new MeasureIndicator(PLAN, SYSTEMATIZED, "2010-01", count("50")), "measurement.fields-for-kind");
    }

    @Test
    void refusesALevelThatIsNotOnTheScale() {
        refuses(new MeasureIndicator(PLAN, SATISFACTION, "2009",
                new Measurement(null, null, null, "Sobresaliente", "Encuesta", null)), "level-unknown");
    }

    @Test
    void refusesAMeasurementWithoutSource() {
        refuses(new MeasureIndicator(PLAN, COMPLAINTS, "2010-01",
                new Measurement(null, null, BigDecimal.ONE, null, " ", null)), "source-required");
    }

    @Test
    void refusesADenominatorThatIsNotPositive() {
        refuses(new MeasureIndicator(PLAN, SYSTEMATIZED, "2010-01", ratioOf(0, 0)), "denominator-not-positive");
    }

    @Test
    void refusesANumeratorAboveItsWhole() {
        refuses(new MeasureIndicator(PLAN, SYSTEMATIZED, "2010-01", ratioOf(13, 12)), "numerator-above-denominator");
    }

    @Test
    void refusesADenominatorOtherThanTheFormulas() {
        refuses(new MeasureIndicator(PLAN, TECHNIQUES, "2010-01", ratioOf(1, 4)), "measurement.fixed-denominator");
    }

    private void refuses(MeasureIndicator command, String rule) {
        PlanMeasurementTest.refuses(fixture, command, rule);
    }
}
