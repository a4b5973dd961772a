package org.gelplan.web;

import org.axonframework.modelling.command.AggregateEntityNotFoundException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingModificationException;
import org.gelplan.core.DomainRuleViolation;
import org.springframework.http.HttpStatus;

/**
 * Which problem answers what a command handler threw: a broken domain rule by its kind, and Axon's
 * own refusals. (Axon 4 has no "aggregate already exists" exception of its own: creating an
 * aggregate whose id is taken fails on the event store's unique key as a {@link ConcurrencyException}.)
 */
final class CommandProblems {

    private CommandProblems() {
    }

    /** The problem for an unwrapped exception, or {@code null} if it is not a known refusal. */
    static ProblemSpec specFor(Throwable cause) {
        if (cause instanceof DomainRuleViolation violation) {
            return new ProblemSpec(statusOf(violation.kind()), violation.messageKey(), violation.arguments());
        } else if (cause instanceof AggregateNotFoundException notFound) {
            return new ProblemSpec(HttpStatus.NOT_FOUND, "aggregate.not-found", notFound.getAggregateIdentifier());
        } else if (cause instanceof AggregateEntityNotFoundException) {
            return new ProblemSpec(HttpStatus.NOT_FOUND, "aggregate.entity-not-found");
        } else if (cause instanceof ConcurrencyException || cause instanceof ConflictingModificationException) {
            return new ProblemSpec(HttpStatus.CONFLICT, "aggregate.concurrent-change");
        } else if (cause instanceof AggregateStreamCreationException) {
            return new ProblemSpec(HttpStatus.CONFLICT, "aggregate.already-exists");
        } else if (cause instanceof HostileInput hostile) {
            return new ProblemSpec(HttpStatus.BAD_REQUEST, hostile.kind().problemKey(), hostile.location());
        }
        return null;
    }

    static HttpStatus statusOf(DomainRuleViolation.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case CONFLICT -> HttpStatus.CONFLICT;
            case UNPROCESSABLE -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
    }
}
