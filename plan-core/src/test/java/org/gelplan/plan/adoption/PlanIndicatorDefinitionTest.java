package org.gelplan.plan.adoption;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.plan.api.ActionId;
import org.gelplan.plan.api.DefineIndicator;
import org.gelplan.plan.api.IndicatorAlreadyDefined;
import org.gelplan.plan.api.IndicatorDefined;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.InvalidPlanItem;
import org.gelplan.plan.api.ProjectId;
import org.gelplan.plan.api.Ratio;
import org.gelplan.plan.api.Target;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.gelplan.plan.adoption.PlanItemsFixture.ADOPTED_ON;
import static org.gelplan.plan.adoption.PlanItemsFixture.PLAN;
import static org.gelplan.plan.adoption.PlanItemsFixture.complaints;
import static org.gelplan.plan.adoption.PlanItemsFixture.defined;
import static org.gelplan.plan.adoption.PlanItemsFixture.derived;
import static org.gelplan.plan.adoption.PlanItemsFixture.planWithProjectAndAction;
import static org.gelplan.plan.adoption.PlanItemsFixture.ratio;
import static org.gelplan.plan.adoption.PlanItemsFixture.satisfaction;
import static org.hamcrest.Matchers.containsString;

class PlanIndicatorDefinitionTest {

    private static final IndicatorId ID = new IndicatorId("T1-P01-I1");
    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanItemsFixture.fixture(PlanItemsFixture.MARCH_15_2010);
    }

    @Test
    void definesAnIndicatorThatStartsWhenThePlanWasAdopted() {
        fixture.given(planWithProjectAndAction())
                .when(new DefineIndicator(PLAN, ID, ratio(BigDecimal.valueOf(3), false), null))
                .expectEvents(new IndicatorDefined(PLAN, ID, ratio(BigDecimal.valueOf(3), false), ADOPTED_ON));
    }

    @Test
    void definesACeilingThatStartsOnAGivenDay() {
        IndicatorId id = new IndicatorId("T7-A2-I2");
        fixture.given(planWithProjectAndAction())
                .when(new DefineIndicator(PLAN, id, complaints(), LocalDate.of(2010, 1, 1)))
                .expectEvents(new IndicatorDefined(PLAN, id, complaints(), LocalDate.of(2010, 1, 1)));
    }

    @Test
    void definesAQualitativeScale() {
        fixture.given(planWithProjectAndAction())
                .when(new DefineIndicator(PLAN, new IndicatorId("T7-A3-I4"), satisfaction(), null))
                .expectEvents(defined("T7-A3-I4", satisfaction()));
    }

    @Test
    void definesADerivedIndicatorWithItsSource() {
        fixture.given(planWithProjectAndAction())
                .when(new DefineIndicator(PLAN, new IndicatorId("T7-A1-I1"), derived(), null))
                .expectEvents(defined("T7-A1-I1", derived()));
    }

    @Test
    void refusesDefiningTheSameIndicatorIdTwice() {
        fixture.given(planWithProjectAndAction()).andGiven(defined(ID.value(), complaints()))
                .when(new DefineIndicator(PLAN, ID, ratio(null, true), null))
                .expectException(IndicatorAlreadyDefined.class)
                .expectNoEvents();
    }

    @Test
    void refusesAnIndicatorOfAProjectThePlanDoesNotHave() {
        refuses(with(ratio(null, true), new ProjectId("T1-P99"), null), "indicator.unknown-project");
    }

    @Test
    void refusesAnIndicatorThatBelongsToBothAProjectAndAnAction() {
        refuses(with(ratio(null, true), PlanItemsFixture.PROJECT, new ActionId("T7-A2")), "indicator.belongs-to-one");
    }

    @Test
    void refusesAQualitativeTargetThatIsNotALevelOfItsScale() {
        IndicatorDefinition d = satisfaction();
        refuses(new IndicatorDefinition(d.name(), d.kind(), d.direction(), new Target(null, "Sobresaliente", null, "x"),
                d.period(), d.owner(), d.project(), d.action(), d.formula(), d.ratio(), d.scale(), false, null),
                "indicator.target-level-unknown");
    }

    @Test
    void refusesARatioOnACountIndicator() {
        IndicatorDefinition d = complaints();
        refuses(new IndicatorDefinition(d.name(), d.kind(), d.direction(), d.target(), d.period(), d.owner(), null,
                d.action(), null, new Ratio("a", "b", null, true), List.of(), false, null), "indicator.fields-for-kind");
    }

    @Test
    void refusesATargetAboveHundredPercentOfAWhole() {
        IndicatorDefinition d = ratio(null, true);
        refuses(new IndicatorDefinition(d.name(), d.kind(), d.direction(), new Target(BigDecimal.valueOf(120), null, "%", "120%"),
                d.period(), d.owner(), d.project(), null, d.formula(), d.ratio(), List.of(), false, null),
                "indicator.target-out-of-range");
    }

    @Test
    void refusesADerivedIndicatorWithoutSource() {
        IndicatorDefinition d = derived();
        refuses(new IndicatorDefinition(d.name(), d.kind(), d.direction(), d.target(), d.period(), d.owner(), null,
                d.action(), null, null, List.of(), true, null), "indicator.source-required");
    }

    @Test
    void refusesAnIndicatorThatStartsBeforeThePlan() {
        fixture.given(planWithProjectAndAction())
                .when(new DefineIndicator(PLAN, ID, complaints(), LocalDate.of(2009, 1, 1)))
                .expectException(InvalidPlanItem.class)
                .expectExceptionMessage(containsString("indicator.starts-before-plan"));
    }

    private void refuses(IndicatorDefinition definition, String rule) {
        fixture.given(planWithProjectAndAction())
                .when(new DefineIndicator(PLAN, ID, definition, null))
                .expectException(InvalidPlanItem.class)
                .expectExceptionMessage(containsString(rule))
                .expectNoEvents();
    }

    private static IndicatorDefinition with(IndicatorDefinition d, ProjectId project, ActionId action) {
        return new IndicatorDefinition(d.name(), d.kind(), d.direction(), d.target(), d.period(), d.owner(), project,
                action, d.formula(), d.ratio(), d.scale(), d.derived(), d.source());
    }
}
