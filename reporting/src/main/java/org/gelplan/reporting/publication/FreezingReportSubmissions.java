package org.gelplan.reporting.publication;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.QueryResults;
import org.gelplan.reporting.api.FindReportVersions;
import org.gelplan.reporting.api.ReportId;
import org.gelplan.reporting.api.ReportSubmissions;
import org.gelplan.reporting.api.ReportVersionView;
import org.gelplan.reporting.api.SubmitReport;
import org.gelplan.reporting.quarterly.ReportFreezer;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@link ReportSubmissions} on the same freezer and command as {@code POST .../reports/{quarter}/submission}. */
@Component
class FreezingReportSubmissions implements ReportSubmissions {

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ReportFreezer freezer;

    FreezingReportSubmissions(CommandGateway commands, QueryGateway queries, ReportFreezer freezer) {
        this.commands = commands;
        this.queries = queries;
        this.freezer = freezer;
    }

    @Override
    public ReportVersionView submit(ReportId reportId, String correctionReason) {
        commands.sendAndWait(new SubmitReport(reportId, freezer.freeze(reportId.planId(), reportId.quarter()), correctionReason));
        List<ReportVersionView> versions = QueryResults.await(queries.query(
                new FindReportVersions(reportId.planId(), reportId.quarter()), ResponseTypes.multipleInstancesOf(ReportVersionView.class)));
        return versions.get(versions.size() - 1);
    }
}
