package org.gelplan.plan.api;

/** An indicator as listed under its project or action: what it measures and its target. */
public record IndicatorSummary(String id, String name, IndicatorKind kind, Direction direction, Periodicity period,
                               Target target, boolean derived, String source) {

    public static IndicatorSummary of(String id, IndicatorDefinition d) {
        return new IndicatorSummary(id, d.name(), d.kind(), d.direction(), d.period(), d.target(), d.derived(), d.source());
    }
}
