package org.gelplan.plan.indicator;

import org.gelplan.plan.api.DefineIndicator;
import org.gelplan.plan.api.IndicatorAlreadyDefined;
import org.gelplan.plan.api.IndicatorDefined;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.InvalidPlanItem;

import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules an indicator's definition must meet; what each kind needs is checked by {@link IndicatorKindRules}. */
public final class IndicatorDefinitionRules {

    private static final Pattern SOURCE = Pattern.compile("[a-z]+([.-][a-z]+)*(:[A-Z_]+)?");

    private IndicatorDefinitionRules() {
    }

    /**
     * @param projects   ids of the plan's registered projects
     * @param actions    ids of the plan's registered actions
     * @param indicators ids of the plan's indicators so far
     * @param adoptedOn  the plan's adoption date: where an indicator starts unless it says later
     */
    public static IndicatorDefined define(DefineIndicator command, Set<String> projects, Set<String> actions,
                                          Set<String> indicators, LocalDate adoptedOn) {
        String id = command.indicatorId().value();
        if (indicators.contains(id)) {
            throw new IndicatorAlreadyDefined(command.planId(), command.indicatorId());
        }
        IndicatorDefinition d = command.definition();
        if (d == null) {
            throw new InvalidPlanItem("indicator.field-required", id, "definition");
        }
        require(id, "name", d.name());
        require(id, "owner", d.owner());
        require(id, "kind", d.kind());
        require(id, "direction", d.direction());
        require(id, "period", d.period());
        require(id, "target", d.target());
        checkBelonging(id, d, projects, actions);
        IndicatorKindRules.check(id, d);
        checkSource(id, d);
        LocalDate startsOn = command.startsOn() == null ? adoptedOn : command.startsOn();
        if (startsOn.isBefore(adoptedOn)) {
            throw new InvalidPlanItem("indicator.starts-before-plan", id, startsOn.toString(), adoptedOn.toString());
        }
        return new IndicatorDefined(command.planId(), command.indicatorId(), d, startsOn);
    }

    private static void checkBelonging(String id, IndicatorDefinition d, Set<String> projects, Set<String> actions) {
        if ((d.project() == null) == (d.action() == null)) {
            throw new InvalidPlanItem("indicator.belongs-to-one", id);
        }
        if (d.project() != null && !projects.contains(d.project().value())) {
            throw new InvalidPlanItem("indicator.unknown-project", id, d.project().value());
        }
        if (d.action() != null && !actions.contains(d.action().value())) {
            throw new InvalidPlanItem("indicator.unknown-action", id, d.action().value());
        }
    }

    private static void checkSource(String id, IndicatorDefinition d) {
        boolean hasSource = d.source() != null && !d.source().isBlank();
        if (d.derived() && !hasSource) {
            throw new InvalidPlanItem("indicator.source-required", id);
        }
        if (!d.derived() && hasSource) {
            throw new InvalidPlanItem("indicator.source-only-for-derived", id);
        }
        if (hasSource && !SOURCE.matcher(d.source()).matches()) {
            throw new InvalidPlanItem("indicator.source-invalid", id, d.source());
        }
    }

    static void require(String id, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidPlanItem("indicator.field-required", id, field);
        }
    }
}
