package org.gelplan.plan.indicator;

import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.InvalidMeasurement;
import org.gelplan.plan.api.Measurement;
import org.gelplan.plan.api.Ratio;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Checks a measurement's figures against its indicator's kind and returns them as the event
 * records them: for a RATIO the denominator used and the percentage computed from both.
 */
final class MeasurementValues {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private MeasurementValues() {
    }

    static Measurement normalize(IndicatorId indicatorId, IndicatorDefinition d, Measurement m) {
        String id = indicatorId.value();
        if (m == null || m.source() == null || m.source().isBlank()) {
            throw new InvalidMeasurement("indicator.measurement.source-required", id);
        }
        for (BigDecimal number : new BigDecimal[]{m.numerator(), m.denominator(), m.value()}) {
            if (number != null && !Magnitudes.reasonable(number)) {
                throw new InvalidMeasurement("indicator.measurement.value-out-of-range", id, number.toString());
            }
        }
        return switch (d.kind()) {
            case RATIO -> ratio(id, d.ratio(), m);
            case COUNT, FREQUENCY -> whole(id, d, m);
            case QUALITATIVE -> level(id, d, m);
        };
    }

    private static Measurement ratio(String id, Ratio ratio, Measurement m) {
        BigDecimal denominator = m.denominator();
        if (ratio.fixedDenominator() != null) {
            if (denominator != null && denominator.compareTo(ratio.fixedDenominator()) != 0) {
                throw new InvalidMeasurement("indicator.measurement.fixed-denominator", id,
                        ratio.fixedDenominator().toString(), denominator.toString());
            }
            denominator = ratio.fixedDenominator();
        }
        fieldsFor(id, "RATIO", m.numerator() != null && denominator != null && m.value() == null && m.level() == null);
        if (denominator.signum() <= 0) {
            throw new InvalidMeasurement("indicator.measurement.denominator-not-positive", id, denominator.toString());
        }
        if (m.numerator().signum() < 0) {
            throw new InvalidMeasurement("indicator.measurement.value-out-of-range", id, m.numerator().toString());
        }
        if (ratio.partOfWhole() && m.numerator().compareTo(denominator) > 0) {
            throw new InvalidMeasurement("indicator.measurement.numerator-above-denominator", id,
                    m.numerator().toString(), denominator.toString());
        }
        BigDecimal percent = m.numerator().multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
        return new Measurement(m.numerator(), denominator, percent, null, m.source(), m.evidence());
    }

    private static Measurement whole(String id, IndicatorDefinition d, Measurement m) {
        BigDecimal value = m.value();
        fieldsFor(id, d.kind().name(), value != null && m.numerator() == null && m.denominator() == null && m.level() == null);
        if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
            throw new InvalidMeasurement("indicator.measurement.value-out-of-range", id, value.toString());
        }
        return m;
    }

    private static Measurement level(String id, IndicatorDefinition d, Measurement m) {
        fieldsFor(id, "QUALITATIVE", m.level() != null && m.numerator() == null && m.denominator() == null && m.value() == null);
        if (!d.scale().contains(m.level())) {
            throw new InvalidMeasurement("indicator.measurement.level-unknown", id, m.level(), String.join(", ", d.scale()));
        }
        return m;
    }

    private static void fieldsFor(String id, String kind, boolean present) {
        if (!present) {
            throw new InvalidMeasurement("indicator.measurement.fields-for-kind", id, kind);
        }
    }
}
