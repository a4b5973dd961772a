package org.gelplan.reporting.reminders;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.reporting.api.FindReportVersions;
import org.gelplan.reporting.api.Quarter;
import org.gelplan.reporting.api.ReminderKind;
import org.gelplan.reporting.api.ReportVersionView;
import org.gelplan.reporting.quarterly.ReportingProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Quarterly report reminders (SPEC §2: a quarter's report is due {@code gelplan.reports.due-days} after
 * the quarter ends) for every plan of an entity someone would be reminded about ({@link ReminderScope}): the quarters {@link ReportDue}
 * picks, when no version of their report was submitted. Only the latest late quarter is reminded, so
 * a plan adopted years ago does not send one e-mail per quarter it never reported.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class ReportReminders {

    private final Reminders reminders;
    private final QueryGateway queries;
    private final ReminderProperties properties;
    private final ReminderScope scope;
    private final ReportingProperties reporting;
    private final Clock clock;

    ReportReminders(Reminders reminders, QueryGateway queries, ReminderProperties properties, ReminderScope scope,
                    ReportingProperties reporting, Clock clock) {
        this.reminders = reminders;
        this.queries = queries;
        this.properties = properties;
        this.scope = scope;
        this.reporting = reporting;
        this.clock = clock;
    }

    /** @return how many e-mails this sweep sent, for every plan someone would be reminded about */
    public int sweep() {
        LocalDate today = GelTime.today(clock);
        int sent = 0;
        for (PlanSummary plan : scope.plans()) {
            PlanId planId = new PlanId(plan.planId());
            sent += plan(planId.daneCode(), planId, Quarter.of(plan.resolution().date()), today);
        }
        return sent;
    }

    private int plan(String entity, PlanId planId, Quarter first, LocalDate today) {
        int sent = 0;
        for (ReportDue due : ReportDue.on(today, first, reporting, properties.approachingDays())) {
            if (nothingSubmitted(planId, due.quarter())) {
                sent += remind(entity, planId, due);
            }
        }
        return sent;
    }

    private boolean nothingSubmitted(PlanId planId, Quarter quarter) {
        return QueryResults.await(queries.query(new FindReportVersions(planId, quarter),
                ResponseTypes.multipleInstancesOf(ReportVersionView.class))).isEmpty();
    }

    private int remind(String entity, PlanId planId, ReportDue due) {
        String report = "El informe trimestral " + due.quarter() + " del plan " + planId;
        String subjectKey = planId + ":" + due.quarter() + ":" + due.dueDate();
        return due.late()
                ? reminders.remind(ReminderKind.REPORT_LATE, entity, subjectKey,
                "GEL Plan: informe " + due.quarter() + " del plan " + planId + " vencido",
                report + " debía presentarse a más tardar el " + due.dueDate() + " y no se ha presentado.")
                : reminders.remind(ReminderKind.REPORT_DUE, entity, subjectKey,
                "GEL Plan: el informe " + due.quarter() + " del plan " + planId + " vence el " + due.dueDate(),
                report + " vence el " + due.dueDate() + " (Art. 3: se presenta a Planeación y se publica en el sitio web).");
    }
}
