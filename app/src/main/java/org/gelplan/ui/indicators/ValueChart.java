package org.gelplan.ui.indicators;

import org.gelplan.plan.api.AttainmentPoint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An indicator's measured values against its targets, per period, as the coordinates of an inline SVG
 * drawn by the template: a bar per measured value, a mark per target. The same numbers are listed in a
 * table beside it, which is what screen readers read.
 */
record ValueChart(int width, int height, List<Column> columns, String maxLabel) {

    static final int HEIGHT = 200;
    static final int COLUMN = 48;
    static final int LEFT = 40;
    private static final int SHOWN = 12;

    record Column(String period, int x, Integer barY, Integer barHeight, Integer targetY, boolean met) {
    }

    /**
     * Up to twelve periods that have a value or a target, ending with the newest measured one (so that a
     * series whose latest periods are still unmeasured shows what was measured); null when nothing is numeric.
     */
    static ValueChart of(List<AttainmentPoint> series) {
        List<AttainmentPoint> numeric = series.stream().filter(p -> p.value() != null || p.targetValue() != null).toList();
        int end = numeric.size();
        boolean measured = numeric.stream().anyMatch(p -> p.value() != null);
        while (measured && numeric.get(end - 1).value() == null) {
            end--;
        }
        List<AttainmentPoint> shown = numeric.subList(Math.max(0, end - SHOWN), end);
        double max = shown.stream().flatMap(p -> Stream.of(p.value(), p.targetValue())).filter(Objects::nonNull)
                .mapToDouble(BigDecimal::doubleValue).max().orElse(0);
        if (shown.isEmpty() || max <= 0) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            AttainmentPoint p = shown.get(i);
            Integer barHeight = p.value() == null ? null : scaled(p.value(), max);
            columns.add(new Column(p.period(), LEFT + i * COLUMN, barHeight == null ? null : HEIGHT - barHeight, barHeight,
                    p.targetValue() == null ? null : HEIGHT - scaled(p.targetValue(), max), Boolean.TRUE.equals(p.met())));
        }
        return new ValueChart(LEFT + shown.size() * COLUMN, HEIGHT, columns, BigDecimal.valueOf(max).stripTrailingZeros().toPlainString());
    }

    private static int scaled(BigDecimal value, double max) {
        return (int) Math.round(value.doubleValue() / max * (HEIGHT - 10));
    }
}
