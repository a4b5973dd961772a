package org.gelplan.plan.api;

import org.axonframework.serialization.Revision;

/**
 * An action of the plan's operational framework (Tabla 7) was registered.
 *
 * <p>For the plan: what the entity will do, for whose benefit, by whom, with what and for how long;
 * its management indicators are defined separately ({@link IndicatorDefined} naming this action).
 * For an auditor: the text of the adopted resolution's row as recorded, and who recorded it (metadata).
 */
@Revision("1")
public record ActionRegistered(PlanId planId, ActionId actionId, PlanAction action) {
}
