package org.gelplan.compliance.lifecycle;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;
import org.gelplan.compliance.api.ComplianceId;
import org.gelplan.compliance.api.ComplianceOpened;
import org.gelplan.compliance.api.CriterionAlreadyFulfilled;
import org.gelplan.compliance.api.CriterionDeadlineMissed;
import org.gelplan.compliance.api.CriterionFulfilled;
import org.gelplan.compliance.api.CriterionFulfilmentRevoked;
import org.gelplan.compliance.api.CriterionMarkedNotApplicable;
import org.gelplan.compliance.api.CriterionNotFound;
import org.gelplan.compliance.api.CriterionNotFulfilled;
import org.gelplan.compliance.api.CriterionNotPending;
import org.gelplan.compliance.api.CriterionRescheduled;
import org.gelplan.compliance.api.CriterionStatus;
import org.gelplan.compliance.api.FulfilCriterion;
import org.gelplan.compliance.api.InvalidCriterionFact;
import org.gelplan.compliance.api.MarkCriterionNotApplicable;
import org.gelplan.compliance.api.OpenCompliance;
import org.gelplan.compliance.api.PhaseDeadlineReached;
import org.gelplan.compliance.api.RecordPhaseDeadline;
import org.gelplan.compliance.api.RecordMissedDeadline;
import org.gelplan.compliance.api.RescheduleCriterion;
import org.gelplan.compliance.api.RevokeFulfilment;
import org.gelplan.core.GelTime;
import org.gelplan.core.Role;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.catalog.CatalogRegistry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The life of every criterion of one plan: fulfilments, revocations, reschedules, not-applicable
 * declarations and missed deadlines (phase deadlines: {@link PhaseDeadlines}).
 */
@Aggregate(snapshotTriggerDefinition = "snapshotTrigger", cache = "aggregateCache")
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
class PlanCompliance {

    @AggregateIdentifier
    private ComplianceId complianceId;
    private PlanId planId;
    private String catalogVersion;
    private Map<String, TrackedCriterion> criteria = new HashMap<>();
    private PhaseDeadlines phaseDeadlines = new PhaseDeadlines();

    PlanCompliance() {
        // for Axon and snapshots
    }

    @CommandHandler
    PlanCompliance(OpenCompliance command) {
        apply(new ComplianceOpened(command.planId(), command.catalogVersion(), command.diagnosisDate(),
                command.phaseTargets(), command.criteria()));
    }

    @CommandHandler
    void handle(FulfilCriterion command, MetaData metaData, CatalogRegistry catalogs, Clock clock) {
        CommandRules.requireRole(metaData, Role.COMMITTEE_MEMBER);
        TrackedCriterion criterion = criterion(command.code());
        if (criterion.status() == CriterionStatus.FULFILLED) {
            throw new CriterionAlreadyFulfilled(command.code(), criterion.fulfilledOn().toString());
        }
        if (criterion.status() == CriterionStatus.NOT_APPLICABLE) {
            throw new CriterionNotPending(command.code(), criterion.status());
        }
        CommandRules.requirePastFact(command.fulfilledOn(), GelTime.today(clock), catalogs.get(catalogVersion).inForceSince());
        if (command.evidence() == null || command.evidence().description() == null || command.evidence().description().isBlank()) {
            throw new InvalidCriterionFact("criterion.evidence-required");
        }
        apply(new CriterionFulfilled(planId, command.code(), command.fulfilledOn(), command.evidence()));
    }

    @CommandHandler
    void handle(RevokeFulfilment command, MetaData metaData, Clock clock) {
        CommandRules.requireRole(metaData, Role.COMMITTEE_MEMBER);
        if (criterion(command.code()).status() != CriterionStatus.FULFILLED) {
            throw new CriterionNotFulfilled(command.code());
        }
        apply(new CriterionFulfilmentRevoked(planId, command.code(), CommandRules.requireReason(command.reason()),
                GelTime.today(clock)));
    }

    @CommandHandler
    void handle(RescheduleCriterion command, MetaData metaData, Clock clock) {
        CommandRules.requireRole(metaData, Role.COMMITTEE_LEADER);
        TrackedCriterion criterion = pending(command.code());
        String reason = CommandRules.requireReason(command.reason());
        LocalDate today = GelTime.today(clock);
        if (command.newTargetDate() == null || command.newTargetDate().isBefore(today)) {
            throw new InvalidCriterionFact("criterion.target-in-past", String.valueOf(command.newTargetDate()), today.toString());
        }
        apply(new CriterionRescheduled(planId, command.code(), criterion.targetDate(), command.newTargetDate(), reason,
                command.decisionId(), today));
    }

    @CommandHandler
    void handle(MarkCriterionNotApplicable command, MetaData metaData, Clock clock) {
        CommandRules.requireRole(metaData, Role.COMMITTEE_LEADER);
        pending(command.code());
        apply(new CriterionMarkedNotApplicable(planId, command.code(), CommandRules.requireReason(command.reason()),
                GelTime.today(clock)));
    }

    /** Emits only while the criterion is still pending for that same target date: idempotent. */
    @CommandHandler
    void handle(RecordMissedDeadline command, Clock clock) {
        TrackedCriterion criterion = criterion(command.code());
        boolean due = criterion.status().isPending() && command.targetDate().equals(criterion.targetDate())
                && command.targetDate().isBefore(GelTime.today(clock)) && !command.targetDate().equals(criterion.missedTarget());
        if (due) {
            apply(new CriterionDeadlineMissed(planId, command.code(), command.targetDate()));
        }
    }

    /** Emits once per phase, after its deadline, with the compliance reached by the end of that day. */
    @CommandHandler
    void handle(RecordPhaseDeadline command, CatalogRegistry catalogs, Clock clock) {
        LocalDate deadline = catalogs.get(catalogVersion).phase(command.phase()).territorialDeadline();
        phaseDeadlines.reach(planId, command.phase(), deadline, criteria.values(), GelTime.today(clock))
                .ifPresent(AggregateLifecycle::apply);
    }

    private TrackedCriterion criterion(String code) {
        TrackedCriterion criterion = criteria.get(code);
        if (criterion == null) {
            throw new CriterionNotFound(planId.value(), code);
        }
        return criterion;
    }

    private TrackedCriterion pending(String code) {
        TrackedCriterion criterion = criterion(code);
        if (!criterion.status().isPending()) {
            throw new CriterionNotPending(code, criterion.status());
        }
        return criterion;
    }

    @EventSourcingHandler
    void on(ComplianceOpened event) {
        complianceId = ComplianceId.of(event.planId());
        planId = event.planId();
        catalogVersion = event.catalogVersion();
        phaseDeadlines = new PhaseDeadlines(event.phaseTargets());
        event.criteria().forEach(c -> criteria.put(c.code(), new TrackedCriterion(c.phase(),
                c.fulfilled() ? CriterionStatus.FULFILLED : CriterionStatus.PENDING, c.targetDate(),
                c.fulfilled() ? event.diagnosisDate() : null, null)));
    }

    @EventSourcingHandler
    void on(CriterionFulfilled event) {
        criteria.computeIfPresent(event.code(), (code, c) -> c.fulfilled(event.fulfilledOn()));
    }

    @EventSourcingHandler
    void on(CriterionFulfilmentRevoked event) {
        criteria.computeIfPresent(event.code(), (code, c) -> c.revoked());
    }

    @EventSourcingHandler
    void on(CriterionRescheduled event) {
        criteria.computeIfPresent(event.code(), (code, c) -> c.rescheduled(event.newTargetDate()));
    }

    @EventSourcingHandler
    void on(CriterionMarkedNotApplicable event) {
        criteria.computeIfPresent(event.code(), (code, c) -> c.notApplicable());
    }

    @EventSourcingHandler
    void on(CriterionDeadlineMissed event) {
        criteria.computeIfPresent(event.code(), (code, c) -> c.missed(event.targetDate()));
    }

    @EventSourcingHandler
    void on(PhaseDeadlineReached event) {
        phaseDeadlines.reached(event.phase());
    }
}
