package org.gelplan.web;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gelplan.core.DomainRuleViolation;
import org.gelplan.security.CurrentActor;
import org.gelplan.security.ScopeGuard;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A stand-in for the product's controllers, so that the web platform can be tested before they
 * exist. {@code @TestComponent} keeps it out of every component scan; tests import it.
 */
@TestComponent
@RestController
class TestApiController {

    record Evidence(@NotBlank @Size(max = 500) String description, String url) {
    }

    record Fulfilment(@NotNull @PastOrPresent LocalDate fulfilledOn, @NotNull @Valid Evidence evidence,
                      @Size(max = 10) List<String> agenda, int votes, Map<String, String> notes) {
    }

    private final ScopeGuard scopeGuard;

    TestApiController(ScopeGuard scopeGuard) {
        this.scopeGuard = scopeGuard;
    }

    @PostMapping("/api/v1/test/fulfilments")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    Fulfilment fulfil(@Valid @RequestBody Fulfilment fulfilment) {
        return fulfilment;
    }

    @PostMapping("/api/v1/test/free-form")
    JsonNode freeForm(@RequestBody JsonNode body) {
        return body;
    }

    @GetMapping("/api/v1/test/violations/{kind}")
    void violate(@PathVariable DomainRuleViolation.Kind kind) {
        throw TestViolations.of(kind, "86001-2009");
    }

    @GetMapping("/api/v1/test/axon/{failure}")
    void failInAxon(@PathVariable String failure) {
        switch (failure) {
            case "joined" -> throw new CompletionException(TestViolations.of(DomainRuleViolation.Kind.CONFLICT, "x"));
            case "remote" -> throw new CommandExecutionException("remote", TestViolations.of(
                    DomainRuleViolation.Kind.NOT_FOUND, "y"));
            case "missing" -> throw new AggregateNotFoundException("86001-2009", "no such plan");
            case "concurrent" -> throw new CompletionException(new ConcurrencyException("seq 3 taken"));
            default -> throw new IllegalStateException("a bug in the handler");
        }
    }

    @GetMapping("/api/v1/test/compliance")
    LocalDate compliance(@RequestParam LocalDate asOf, @RequestParam(required = false) String status) {
        return asOf;
    }

    @GetMapping("/api/v1/test/criteria/{code}")
    String criterion(@PathVariable @Pattern(regexp = "[A-Z]{3}-[A-Z]{3,4}-\\d{2}") String code) {
        return code;
    }

    @GetMapping("/api/v1/test/entities/{entityCode}")
    String entity(@PathVariable String entityCode) {
        scopeGuard.check(entityCode);
        return entityCode;
    }

    @GetMapping("/api/v1/test/members")
    @PreAuthorize("hasRole('COMMITTEE_MEMBER') and @scopeGuard.covers(#entityCode)")
    String members(@RequestParam String entityCode) {
        return entityCode;
    }

    @GetMapping("/api/v1/test/whoami")
    String whoAmI() {
        return CurrentActor.get().map(actor -> actor.userId() + " " + new java.util.TreeSet<>(actor.roles()) + " "
                + actor.scope()).orElse("nobody");
    }

    @GetMapping("/api/v1/public/test")
    String publicSummary() {
        return "público";
    }
}
