package org.gelplan.plan.adoption;

import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.gelplan.core.CurrentScope;
import org.gelplan.plan.api.PlanAlreadyAdopted;
import org.gelplan.plan.api.PlanId;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/** Adopting a plan (Article 1 of the resolution): an operator records it for an entity in their scope. */
@RestController
@RequestMapping("/api/v1/plans")
class AdoptPlanController {

    private final CommandGateway commands;

    AdoptPlanController(CommandGateway commands) {
        this.commands = commands;
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    ResponseEntity<Map<String, String>> adopt(@Valid @RequestBody AdoptPlanRequest request) {
        CurrentScope.require(request.entity().daneCode());
        PlanId planId = request.planId();
        try {
            commands.sendAndWait(request.toCommand());
        } catch (AggregateStreamCreationException alreadyThere) {
            throw new PlanAlreadyAdopted(planId);
        }
        return ResponseEntity.created(URI.create("/api/v1/plans/" + planId.value()))
                .body(Map.of("planId", planId.value()));
    }
}
