package org.gelplan.plan.api;

import org.axonframework.serialization.Revision;

/**
 * A project of the plan's matrix (Tabla 1) was registered.
 *
 * <p>For the plan: one of its projects, with the metas and result indicator it commits to and the
 * GEL phase it serves; its measurable indicators are defined separately ({@link IndicatorDefined}
 * naming this project). For an auditor: the text of the adopted resolution's row as recorded, and
 * who recorded it (metadata).
 */
@Revision("1")
public record ProjectRegistered(PlanId planId, ProjectId projectId, Project project) {
}
