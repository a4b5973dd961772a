package org.gelplan.reporting.reminders;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.DecisionView;
import org.gelplan.committee.api.ListDecisions;
import org.gelplan.committee.api.MeetingScheduled;
import org.gelplan.compliance.api.CriterionDeadlineMissed;
import org.gelplan.compliance.api.DueDeadline;
import org.gelplan.compliance.api.FindDueDeadlines;
import org.gelplan.core.DomainRuleViolation;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.reporting.api.ReminderKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * When reminders go out: a meeting scheduled (for today or later) and a criterion deadline missed
 * (in the last {@code approaching-days}), as their events arrive, never on replay; deadlines and
 * decisions due within {@code approaching-days}, decisions overdue, and quarterly reports due or late
 * ({@link ReportReminders}), by a sweep on start and daily.
 */
@Component
@ProcessingGroup("reminders")
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
class ReminderTriggers {

    private static final Logger log = LoggerFactory.getLogger(ReminderTriggers.class);

    private final Reminders reminders;
    private final ReportReminders reports;
    private final QueryGateway queries;
    private final ReminderProperties properties;
    private final ReminderScope scope;
    private final Clock clock;

    ReminderTriggers(Reminders reminders, ReportReminders reports, QueryGateway queries, ReminderProperties properties,
                     ReminderScope scope, Clock clock) {
        this.reminders = reminders;
        this.reports = reports;
        this.queries = queries;
        this.properties = properties;
        this.scope = scope;
        this.clock = clock;
    }

    @EventHandler
    @DisallowReplay
    void on(MeetingScheduled event) {
        if (!event.scheduledFor().isBefore(GelTime.today(clock))) {
            String entity = event.committeeId().entityCode();
            reminders.remind(ReminderKind.MEETING_SCHEDULED, entity, event.meetingId() + ":" + event.scheduledFor(),
                    "GEL Plan: reunión del Comité GEL el " + event.scheduledFor(),
                    "Se programó la reunión " + event.meetingId() + " del Comité GEL para el " + event.scheduledFor()
                            + ".\nOrden del día:\n- " + String.join("\n- ", event.agenda()));
        }
    }

    @EventHandler
    @DisallowReplay
    void on(CriterionDeadlineMissed event) {
        if (!event.targetDate().isBefore(GelTime.today(clock).minusDays(properties.approachingDays()))) {
            reminders.remind(ReminderKind.DEADLINE_MISSED, event.planId().daneCode(),
                    event.planId() + ":" + event.code() + ":" + event.targetDate(),
                    "GEL Plan: venció el plazo del criterio " + event.code(),
                    "El criterio " + event.code() + " del plan " + event.planId() + " debía cumplirse a más tardar el "
                            + event.targetDate() + " y sigue pendiente.");
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        sweep();
    }

    @Scheduled(cron = "${gelplan.reminders.sweep-cron:0 15 7 * * *}", zone = "America/Bogota")
    void daily() {
        sweep();
    }

    /** @return how many e-mails this sweep sent */
    int sweep() {
        LocalDate today = GelTime.today(clock);
        LocalDate horizon = today.plusDays(properties.approachingDays());
        int sent = 0;
        for (DueDeadline deadline : QueryResults.await(queries.query(new FindDueDeadlines(horizon),
                ResponseTypes.multipleInstancesOf(DueDeadline.class)))) {
            if (!deadline.deadline().isBefore(today)) {
                String what = deadline.isPhase() ? "la fase " + deadline.phase() : "el criterio " + deadline.code();
                sent += reminders.remind(ReminderKind.DEADLINE_APPROACHING, deadline.planId().daneCode(),
                        deadline.planId() + ":" + (deadline.isPhase() ? deadline.phase() : deadline.code()) + ":" + deadline.deadline(),
                        "GEL Plan: se acerca el plazo de " + what,
                        "El plazo de " + what + " del plan " + deadline.planId() + " vence el " + deadline.deadline() + ".");
            }
        }
        for (String entity : scope.entities()) {
            try {
                sent += decisions(entity, today, horizon);
            } catch (DomainRuleViolation noCommittee) {
                log.debug("No decisions to remind for {}: {}", entity, noCommittee.getMessage());
            }
        }
        return sent + reports.sweep();
    }

    private int decisions(String entity, LocalDate today, LocalDate horizon) {
        List<DecisionView> open = QueryResults.await(queries.query(new ListDecisions(entity, ListDecisions.DecisionFilter.OPEN,
                null, today), ResponseTypes.multipleInstancesOf(DecisionView.class)));
        int sent = 0;
        for (DecisionView decision : open) {
            if (decision.dueDate() == null || decision.dueDate().isAfter(horizon)) {
                continue;
            }
            ReminderKind kind = decision.overdue() ? ReminderKind.DECISION_OVERDUE : ReminderKind.DECISION_DUE;
            sent += reminders.remind(kind, entity, decision.id() + ":" + decision.dueDate(),
                    "GEL Plan: decisión " + decision.id() + (decision.overdue() ? " vencida" : " por vencer"),
                    "La decisión " + decision.id() + " (" + decision.text() + ") vence el " + decision.dueDate()
                            + (decision.responsible() == null ? "" : "; responsable: " + decision.responsible()) + ".");
        }
        return sent;
    }
}
