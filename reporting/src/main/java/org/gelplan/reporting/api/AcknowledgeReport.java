package org.gelplan.reporting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The planning office acknowledges receipt of the published version (Art. 3). */
public record AcknowledgeReport(@TargetAggregateIdentifier ReportId reportId) {
}
