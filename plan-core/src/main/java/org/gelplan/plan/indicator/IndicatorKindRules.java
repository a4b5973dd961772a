package org.gelplan.plan.indicator;

import org.gelplan.plan.api.Direction;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.IndicatorKind;
import org.gelplan.plan.api.InvalidPlanItem;
import org.gelplan.plan.api.Ratio;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;

/** What each {@link IndicatorKind} needs in a definition, and what it must leave out. */
final class IndicatorKindRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private IndicatorKindRules() {
    }

    static void check(String id, IndicatorDefinition d) {
        boolean ratio = d.kind() == IndicatorKind.RATIO;
        boolean qualitative = d.kind() == IndicatorKind.QUALITATIVE;
        if (ratio != (d.ratio() != null) || qualitative != !d.scale().isEmpty()) {
            throw new InvalidPlanItem("indicator.fields-for-kind", id, d.kind().name());
        }
        if (qualitative) {
            checkScale(id, d);
        } else {
            checkNumericTarget(id, d);
        }
        if (ratio) {
            checkRatio(id, d.ratio());
        }
    }

    private static void checkScale(String id, IndicatorDefinition d) {
        List<String> scale = d.scale();
        if (scale.size() < 2 || scale.stream().anyMatch(level -> level == null || level.isBlank())
                || new HashSet<>(scale).size() != scale.size()) {
            throw new InvalidPlanItem("indicator.scale-invalid", id);
        }
        if (d.target().level() == null || !scale.contains(d.target().level())) {
            throw new InvalidPlanItem("indicator.target-level-unknown", id, String.valueOf(d.target().level()),
                    String.join(", ", scale));
        }
        if (d.direction() != Direction.HIGHER_IS_BETTER || d.target().value() != null) {
            throw new InvalidPlanItem("indicator.fields-for-kind", id, d.kind().name());
        }
    }

    private static void checkNumericTarget(String id, IndicatorDefinition d) {
        BigDecimal value = d.target().value();
        if (value == null || d.target().level() != null) {
            throw new InvalidPlanItem("indicator.fields-for-kind", id, d.kind().name());
        }
        boolean percentOfWhole = d.ratio() != null && d.ratio().partOfWhole();
        if (value.signum() < 0 || !Magnitudes.reasonable(value) || percentOfWhole && value.compareTo(HUNDRED) > 0) {
            throw new InvalidPlanItem("indicator.target-out-of-range", id, value.toString());
        }
    }

    private static void checkRatio(String id, Ratio ratio) {
        IndicatorDefinitionRules.require(id, "ratio.numerator", ratio.numerator());
        IndicatorDefinitionRules.require(id, "ratio.denominator", ratio.denominator());
        if (ratio.fixedDenominator() != null
                && (ratio.fixedDenominator().signum() <= 0 || !Magnitudes.reasonable(ratio.fixedDenominator()))) {
            throw new InvalidPlanItem("indicator.fixed-denominator-not-positive", id,
                    ratio.fixedDenominator().toString());
        }
    }
}
