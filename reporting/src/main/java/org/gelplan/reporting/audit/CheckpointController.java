package org.gelplan.reporting.audit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.gelplan.reporting.api.CheckpointNotInChain;
import org.gelplan.reporting.api.WitnessCheckpoint;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Control interno signs off the chain as it verified it: the length and head must be what the chain holds. */
@RestController
class CheckpointController {

    record CheckpointBody(@Min(1) long length, @Pattern(regexp = "[0-9a-f]{64}") String head,
                          @Size(max = 2000) String note) {
    }

    private final CommandGateway commands;
    private final AuditChain chain;

    CheckpointController(CommandGateway commands, AuditChain chain) {
        this.commands = commands;
        this.chain = chain;
    }

    @PostMapping("/api/v1/audit/checkpoints")
    @PreAuthorize("hasRole('CONTROL_INTERNO')")
    @ResponseStatus(HttpStatus.CREATED)
    CheckpointBody witness(@Valid @RequestBody CheckpointBody body) {
        if (body.head() == null || !chain.linkAt(body.length()).map(body.head()::equals).orElse(false)) {
            throw new CheckpointNotInChain(body.length(), String.valueOf(body.head()));
        }
        commands.sendAndWait(new WitnessCheckpoint(WitnessCheckpoint.LEDGER, body.length(), body.head(), body.note()));
        return body;
    }
}
