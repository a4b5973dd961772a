package org.gelplan.plan.indicator;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gelplan.plan.api.ActionId;
import org.gelplan.plan.api.DefineIndicator;
import org.gelplan.plan.api.Direction;
import org.gelplan.plan.api.IndicatorDefinition;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.IndicatorKind;
import org.gelplan.plan.api.ItemIds;
import org.gelplan.plan.api.Periodicity;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.ProjectId;
import org.gelplan.plan.api.Ratio;
import org.gelplan.plan.api.Target;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator as a client or a plan file writes it: the body of {@code POST /api/v1/plans/{planId}/indicators}
 * and a row of the indicators sheet. Bean Validation bounds sizes; what each kind needs is the plan's rule.
 */
public record IndicatorEntry(@NotBlank @Pattern(regexp = ItemIds.PATTERN) @Size(max = 40) String id,
                              @NotBlank @Size(max = 500) String name, @NotNull IndicatorKind kind,
                              @NotNull Direction direction, @NotNull @Valid TargetBody target,
                              @NotNull Periodicity period, @NotBlank @Size(max = 500) String owner,
                              @Pattern(regexp = ItemIds.PATTERN) @Size(max = 40) String projectId,
                              @Pattern(regexp = ItemIds.PATTERN) @Size(max = 40) String actionId,
                              @Size(max = 2000) String formula, @Valid RatioBody ratio,
                              @Size(max = 20) List<@NotBlank @Size(max = 100) String> scale,
                              Boolean derived, @Size(max = 200) String source, LocalDate startsOn) {

    public record TargetBody(@Digits(integer = 12, fraction = 6) BigDecimal value, @Size(max = 100) String level,
                      @Size(max = 100) String unit, @Size(max = 500) String text) {
    }

    public record RatioBody(@NotBlank @Size(max = 500) String numerator, @NotBlank @Size(max = 500) String denominator,
                     @Digits(integer = 12, fraction = 6) BigDecimal fixedDenominator, boolean partOfWhole) {
    }

    /** The entry that defines an indicator as an event records it, as an export writes it. */
    public static IndicatorEntry of(String id, IndicatorDefinition d, LocalDate startsOn) {
        Ratio r = d.ratio();
        return new IndicatorEntry(id, d.name(), d.kind(), d.direction(),
                new TargetBody(d.target().value(), d.target().level(), d.target().unit(), d.target().text()), d.period(),
                d.owner(), d.project() == null ? null : d.project().value(), d.action() == null ? null : d.action().value(),
                d.formula(), r == null ? null : new RatioBody(r.numerator(), r.denominator(), r.fixedDenominator(), r.partOfWhole()),
                d.scale(), d.derived(), d.source(), startsOn);
    }

    public DefineIndicator toCommand(PlanId planId) {
        Ratio r = ratio == null ? null
                : new Ratio(ratio.numerator(), ratio.denominator(), ratio.fixedDenominator(), ratio.partOfWhole());
        return new DefineIndicator(planId, new IndicatorId(id), new IndicatorDefinition(name, kind, direction,
                new Target(target.value(), target.level(), target.unit(), target.text()), period, owner,
                projectId == null ? null : new ProjectId(projectId), actionId == null ? null : new ActionId(actionId),
                formula, r, scale, Boolean.TRUE.equals(derived), source), startsOn);
    }
}
