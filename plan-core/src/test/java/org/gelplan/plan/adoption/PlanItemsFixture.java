package org.gelplan.plan.adoption;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.plan.api.ActionId;
import org.gelplan.plan.api.ActionRegistered;
import org.gelplan.plan.api.Direction;
import org.gelplan.plan.api.IndicatorDefined;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.IndicatorKind;
import org.gelplan.plan.api.Periodicity;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanAction;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.Project;
import org.gelplan.plan.api.ProjectId;
import org.gelplan.plan.api.ProjectRegistered;
import org.gelplan.plan.api.Ratio;
import org.gelplan.plan.api.Target;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.springframework.core.io.DefaultResourceLoader;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/** Mocoa's plan, one project, one action and indicators of every kind, for given/when/then tests. */
final class PlanItemsFixture {

    static final PlanId PLAN = MocoaPlan.ID;
    static final ProjectId PROJECT = new ProjectId("T1-P01");
    static final ActionId ACTION = new ActionId("T7-A2");
    static final LocalDate ADOPTED_ON = LocalDate.of(2009, 9, 21);
    static final Clock MARCH_15_2010 = Clock.fixed(Instant.parse("2010-03-15T17:00:00Z"), ZoneId.of("UTC"));
    /** Already March in UTC, still 2010-02-28 in Bogotá. */
    static final Clock LAST_EVENING_OF_FEBRUARY_2010 = Clock.fixed(Instant.parse("2010-03-01T03:00:00Z"), ZoneId.of("UTC"));

    private static final CatalogRegistry CATALOGS = new CatalogRegistry(new DefaultResourceLoader());

    private PlanItemsFixture() {
    }

    static FixtureConfiguration<Plan> fixture(Clock clock) {
        FixtureConfiguration<Plan> fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerInjectableResource(CATALOGS);
        fixture.registerInjectableResource(clock);
        return fixture;
    }

    static PlanAdopted adopted() {
        return PlanAdoptionRules.adopt(MocoaPlan.command(), CATALOGS.get("GEL-2008"), ADOPTED_ON);
    }

    static ProjectRegistered projectRegistered() {
        return new ProjectRegistered(PLAN, PROJECT, new Project("Mejores Servicios", "eje productivo y competitivo",
                "Apoyo a la investigación participativa", List.of("3 Técnicas reconocidas"),
                "No de técnicas reconocidas /3 x 100", Phase.INTERACCION, "participación", List.of()));
    }

    static ActionRegistered actionRegistered() {
        return new ActionRegistered(PLAN, ACTION, new PlanAction("Diagnostico y actualización del sitio Web",
                List.of(), List.of("Cantidad de quejas recibidas"), List.of("10/ mes"), List.of(), List.of(), List.of(),
                "1 año", List.of()));
    }

    static Object[] planWithProjectAndAction() {
        return new Object[]{adopted(), projectRegistered(), actionRegistered()};
    }

    static IndicatorDefinition ratio(BigDecimal fixedDenominator, boolean partOfWhole) {
        return new IndicatorDefinition("No de técnicas reconocidas", IndicatorKind.RATIO, Direction.HIGHER_IS_BETTER,
                new Target(BigDecimal.valueOf(100), null, "%", "3 Técnicas reconocidas"), Periodicity.MONTH,
                "Comité GEL", PROJECT, null, "No de técnicas reconocidas /3 x 100",
                new Ratio("Técnicas reconocidas", "Técnicas planeadas", fixedDenominator, partOfWhole), List.of(),
                false, null);
    }

    static IndicatorDefinition complaints() {
        return new IndicatorDefinition("Cantidad de quejas recibidas", IndicatorKind.COUNT, Direction.LOWER_IS_BETTER,
                new Target(BigDecimal.TEN, null, "quejas/mes", "10/ mes"), Periodicity.MONTH, "Comité GEL", null,
                ACTION, null, null, List.of(), false, null);
    }

    static IndicatorDefinition satisfaction() {
        return new IndicatorDefinition("Indicador de satisfacción", IndicatorKind.QUALITATIVE,
                Direction.HIGHER_IS_BETTER, new Target(null, "Excelente", null, "Excelente"), Periodicity.YEAR,
                "Comité GEL", null, ACTION, null, null, List.of("Deficiente", "Aceptable", "Bueno", "Excelente"),
                false, null);
    }

    static IndicatorDefinition derived() {
        return new IndicatorDefinition("Frecuencia de reunión del Comité GEL", IndicatorKind.FREQUENCY,
                Direction.HIGHER_IS_BETTER, new Target(BigDecimal.ONE, null, "reuniones/mes", "Mensual"),
                Periodicity.MONTH, "Comité GEL", null, ACTION, null, null, List.of(), true, "committee.meeting-frequency");
    }

    static IndicatorDefined defined(String id, IndicatorDefinition definition) {
        return new IndicatorDefined(PLAN, new IndicatorId(id), definition, ADOPTED_ON);
    }
}
