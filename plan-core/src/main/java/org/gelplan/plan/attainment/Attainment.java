package org.gelplan.plan.attainment;

import org.gelplan.plan.api.Direction;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.IndicatorKind;
import org.gelplan.plan.api.Trend;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How a value is judged against an indicator's target. A floor (higher is better) is attained by
 * value / target; a ceiling (lower is better) is 100% while kept and target / value once exceeded;
 * a qualitative level by its rank on the scale (counting from 1) against the target's rank.
 */
final class Attainment {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Attainment() {
    }

    /** A comparable score of a value: the value itself, or a level's rank on the scale. */
    static BigDecimal score(IndicatorDefinition d, BigDecimal value, String level) {
        return d.kind() == IndicatorKind.QUALITATIVE ? BigDecimal.valueOf(d.scale().indexOf(level) + 1L) : value;
    }

    static BigDecimal targetScore(IndicatorDefinition d) {
        return score(d, d.target().value(), d.target().level());
    }

    static double percent(IndicatorDefinition d, BigDecimal score) {
        BigDecimal target = targetScore(d);
        BigDecimal ratio;
        if (d.direction() == Direction.LOWER_IS_BETTER) {
            ratio = score.compareTo(target) <= 0 ? HUNDRED : target.multiply(HUNDRED).divide(score, 1, RoundingMode.HALF_UP);
        } else {
            ratio = target.signum() == 0 ? HUNDRED : score.multiply(HUNDRED).divide(target, 1, RoundingMode.HALF_UP);
        }
        return ratio.setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    static boolean met(IndicatorDefinition d, BigDecimal score) {
        int comparison = score.compareTo(targetScore(d));
        return d.direction() == Direction.LOWER_IS_BETTER ? comparison <= 0 : comparison >= 0;
    }

    static Trend trend(IndicatorDefinition d, BigDecimal previous, BigDecimal current) {
        int comparison = current.compareTo(previous);
        if (comparison == 0) {
            return Trend.UNCHANGED;
        }
        boolean higher = comparison > 0;
        return higher == (d.direction() == Direction.HIGHER_IS_BETTER) ? Trend.IMPROVED : Trend.WORSENED;
    }
}
