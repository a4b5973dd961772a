package org.gelplan.plan.indicator;

import org.gelplan.plan.api.CorrectMeasurement;
import org.gelplan.plan.api.DerivedIndicatorNotMeasurable;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.IndicatorMeasured;
import org.gelplan.plan.api.IndicatorMeasurementCorrected;
import org.gelplan.plan.api.IndicatorNotFound;
import org.gelplan.plan.api.InvalidMeasurement;
import org.gelplan.plan.api.MeasureIndicator;
import org.gelplan.plan.api.MeasurementNotFound;
import org.gelplan.plan.api.PeriodAlreadyMeasured;
import org.gelplan.plan.api.PlanId;

import java.time.LocalDate;

/**
 * The rules a measurement or its correction must meet: a known, hand-measured indicator; a period
 * of the indicator's periodicity that has begun (in Colombia) and does not end before the indicator
 * starts; one measurement per period; figures that fit the kind ({@link MeasurementValues}).
 */
public final class MeasurementRules {

    private MeasurementRules() {
    }

    /** @param ledger the indicator as the plan knows it, {@code null} if the plan has none with that id */
    public static IndicatorMeasured measure(MeasureIndicator command, IndicatorLedger ledger, LocalDate today) {
        IndicatorDefinition d = measurable(command.planId(), command.indicatorId(), ledger);
        checkPeriod(command.indicatorId(), command.period(), ledger, today);
        if (ledger.hasMeasured(command.period())) {
            throw new PeriodAlreadyMeasured(command.indicatorId(), command.period());
        }
        return new IndicatorMeasured(command.planId(), command.indicatorId(), command.period(),
                MeasurementValues.normalize(command.indicatorId(), d, command.measurement()));
    }

    public static IndicatorMeasurementCorrected correct(CorrectMeasurement command, IndicatorLedger ledger,
                                                        LocalDate today) {
        IndicatorDefinition d = measurable(command.planId(), command.indicatorId(), ledger);
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidMeasurement("indicator.correction.reason-required", command.indicatorId().value());
        }
        if (!ledger.hasMeasured(command.period())) {
            throw new MeasurementNotFound(command.indicatorId(), String.valueOf(command.period()));
        }
        checkPeriod(command.indicatorId(), command.period(), ledger, today);
        return new IndicatorMeasurementCorrected(command.planId(), command.indicatorId(), command.period(),
                MeasurementValues.normalize(command.indicatorId(), d, command.measurement()), command.reason());
    }

    private static IndicatorDefinition measurable(PlanId planId, IndicatorId indicatorId, IndicatorLedger ledger) {
        if (ledger == null) {
            throw new IndicatorNotFound(planId.value(), indicatorId.value());
        }
        if (ledger.definition().derived()) {
            throw new DerivedIndicatorNotMeasurable(indicatorId, ledger.definition().source());
        }
        return ledger.definition();
    }

    private static void checkPeriod(IndicatorId id, String period, IndicatorLedger ledger, LocalDate today) {
        var periodicity = ledger.definition().period();
        if (!periodicity.accepts(period)) {
            throw new InvalidMeasurement("indicator.measurement.period-misaligned", id.value(), String.valueOf(period),
                    periodicity.name(), periodicity.keyOf(ledger.startsOn()));
        }
        if (periodicity.start(period).isAfter(today)) {
            throw new InvalidMeasurement("indicator.measurement.period-in-future", id.value(), period, today.toString());
        }
        if (periodicity.end(period).isBefore(ledger.startsOn())) {
            throw new InvalidMeasurement("indicator.measurement.period-before-start", id.value(), period,
                    ledger.startsOn().toString());
        }
    }
}
