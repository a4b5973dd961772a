package org.gelplan.plan.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/**
 * An indicator of the plan was defined: a measurable promise of a project (Tabla 1's result
 * indicators) or an action (Tabla 7's management indicators).
 *
 * <p>For the plan: from {@code startsOn} on, every period of the indicator is expected to have a
 * measurement (or, for a derived indicator, a computed value); a period that passes without one
 * shows as missing. For an auditor: the target the entity set itself, as the resolution words it
 * ({@code target.text}), and who defined it (metadata).
 *
 * @param startsOn the plan's adoption date unless the definition gave a later one
 */
@Revision("1")
public record IndicatorDefined(PlanId planId, IndicatorId indicatorId, IndicatorDefinition definition,
                               LocalDate startsOn) {
}
