package org.gelplan.reporting.publication;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.reporting.api.ReportId;
import org.gelplan.reporting.api.ReportSubmissions;
import org.gelplan.reporting.api.SubmitReport;
import org.gelplan.reporting.quarterly.ReportFreezer;
import org.springframework.stereotype.Component;

/** {@link ReportSubmissions} on the same freezer and command as {@code POST .../reports/{quarter}/submission}. */
@Component
class FreezingReportSubmissions implements ReportSubmissions {

    private final CommandGateway commands;
    private final ReportFreezer freezer;

    FreezingReportSubmissions(CommandGateway commands, ReportFreezer freezer) {
        this.commands = commands;
        this.freezer = freezer;
    }

    @Override
    public int submit(ReportId reportId, String correctionReason) {
        return commands.sendAndWait(new SubmitReport(reportId, freezer.freeze(reportId.planId(), reportId.quarter()), correctionReason));
    }
}
