package org.gelplan.reporting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** An editor, never the one who submitted it, approves the submitted version for publication. */
public record PublishReport(@TargetAggregateIdentifier ReportId reportId) {
}
