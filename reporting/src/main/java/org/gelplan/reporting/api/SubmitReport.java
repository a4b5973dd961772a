package org.gelplan.reporting.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An author submits the quarter's report for publication, freezing its generated content. A
 * correction of a published report is a new submission with the reason for it.
 *
 * @param correctionReason null for the first submission; required once a version was published
 */
public record SubmitReport(@TargetAggregateIdentifier ReportId reportId, FrozenContent content, String correctionReason) {
}
