package org.gelplan.compliance.lifecycle;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.gelplan.compliance.api.ComplianceId;
import org.gelplan.compliance.api.OpenCompliance;
import org.gelplan.compliance.api.OpenedCriterion;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.plan.api.Answer;
import org.gelplan.plan.api.DiagnosisAnswer;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.catalog.CatalogRegistry;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * Policy: an adopted plan starts its compliance record from the diagnosis. Idempotent (a record
 * that exists already is left alone) and never replayed, since its effect is a command.
 */
@Component
@ProcessingGroup("compliance-policy")
class OpenComplianceOnAdoption {

    private final CommandGateway commands;
    private final CatalogRegistry catalogs;

    OpenComplianceOnAdoption(CommandGateway commands, CatalogRegistry catalogs) {
        this.commands = commands;
        this.catalogs = catalogs;
    }

    @EventHandler
    @DisallowReplay
    void on(PlanAdopted event) {
        Map<String, DiagnosisAnswer> answers = event.diagnosis().criteria().stream()
                .collect(Collectors.toMap(DiagnosisAnswer::code, Function.identity()));
        var criteria = catalogs.get(event.catalogVersion()).criteria().stream().map(criterion -> {
            DiagnosisAnswer answer = answers.get(criterion.code());
            return new OpenedCriterion(criterion.code(), criterion.phase(), answer.answer() == Answer.SI, answer.targetDate());
        }).toList();
        OpenCompliance open = new OpenCompliance(ComplianceId.of(event.planId()), event.planId(), event.catalogVersion(),
                event.diagnosis().date(), event.phaseTargets(), criteria);
        try {
            commands.sendAndWait(asCommandMessage(open).andMetaData(AuditMetaData.of(Actor.system("compliance-policy"))));
        } catch (AggregateStreamCreationException alreadyOpen) {
            // a redelivered PlanAdopted: the record was opened the first time
        }
    }
}
