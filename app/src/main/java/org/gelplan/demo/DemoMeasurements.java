package org.gelplan.demo;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.compliance.api.ComplianceId;
import org.gelplan.compliance.api.CriterionView;
import org.gelplan.compliance.api.Evidence;
import org.gelplan.compliance.api.FindCriteria;
import org.gelplan.compliance.api.FulfilCriterion;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.ListIndicators;
import org.gelplan.plan.api.MeasureIndicator;
import org.gelplan.plan.api.Measurement;
import org.gelplan.plan.api.Periodicity;
import org.gelplan.plan.api.PlanId;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;

/**
 * Mocoa's criteria fulfilled over time (three in four of those the diagnosis left pending, around
 * their target dates) and its measured indicators measured every month, quarter or year from their
 * start (or October 2009) to December 2012, with values drawn around their targets. Weekly and daily
 * indicators are left out (hundreds of periods); derived ones are computed, never measured.
 */
final class DemoMeasurements {

    private static final Set<Periodicity> MEASURED = Set.of(Periodicity.MONTH, Periodicity.QUARTER, Periodicity.YEAR);
    private static final PlanId PLAN = new PlanId(DemoHistory.PLAN);

    private final CommandGateway commands;
    private final QueryGateway queries;

    DemoMeasurements(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    int fulfil(LocalDate until) {
        LocalDate diagnosis = LocalDate.of(2009, 9, 21);
        Random random = new Random(1143);
        int fulfilled = 0;
        for (CriterionView criterion : DemoHistory.list(queries,
                new FindCriteria(PLAN, null, null, false, diagnosis, null), CriterionView.class)) {
            boolean fulfils = random.nextDouble() < 0.75;
            long offset = random.nextInt(240) - 90;
            if (!criterion.status().isPending() || !fulfils) {
                continue;
            }
            LocalDate on = criterion.targetDate().plusDays(offset);
            on = on.isAfter(DemoHistory.FROM) ? on : DemoHistory.FROM.plusDays(random.nextInt(60));
            if (!on.isAfter(until) && DemoHistory.send(commands, new FulfilCriterion(ComplianceId.of(PLAN),
                    criterion.code(), on, new Evidence("Evidencia sintética (datos de demostración)", null, null)))) {
                fulfilled++;
            }
        }
        return fulfilled;
    }

    int measure(LocalDate until) {
        Random random = new Random(2012);
        int measured = 0;
        for (IndicatorOverview indicator : DemoHistory.list(queries, new ListIndicators(PLAN, until),
                IndicatorOverview.class)) {
            IndicatorDefinition definition = indicator.definition();
            if (definition.derived() || !MEASURED.contains(definition.period()) || indicator.startsOn() == null) {
                continue;
            }
            Periodicity periodicity = definition.period();
            LocalDate start = indicator.startsOn().isAfter(DemoHistory.FROM) ? indicator.startsOn() : DemoHistory.FROM;
            for (String period = periodicity.keyOf(start); !periodicity.end(period).isAfter(until);
                 period = periodicity.next(period)) {
                Measurement value = value(definition, random);
                if (DemoHistory.send(commands, new MeasureIndicator(PLAN, new IndicatorId(indicator.id()), period, value))) {
                    measured++;
                }
            }
        }
        return measured;
    }

    /** A value of the indicator's kind, around its target: 50–110 % of it, or a level of its scale. */
    private static Measurement value(IndicatorDefinition definition, Random random) {
        double share = 0.5 + 0.6 * random.nextDouble();
        String source = "Dato sintético de demostración";
        return switch (definition.kind()) {
            case RATIO -> {
                BigDecimal denominator = definition.ratio() != null && definition.ratio().fixedDenominator() != null
                        ? definition.ratio().fixedDenominator() : BigDecimal.valueOf(20 + random.nextInt(80));
                long numerator = Math.min(Math.round(denominator.doubleValue() * share), denominator.longValue());
                yield new Measurement(BigDecimal.valueOf(numerator), denominator, null, null, source, null);
            }
            case COUNT, FREQUENCY -> {
                double target = definition.target() != null && definition.target().value() != null
                        ? definition.target().value().doubleValue() : 10;
                yield new Measurement(null, null, BigDecimal.valueOf(Math.round(target * share)), null, source, null);
            }
            case QUALITATIVE -> new Measurement(null, null, null,
                    definition.scale().get(random.nextInt(definition.scale().size())), source, null);
        };
    }
}
