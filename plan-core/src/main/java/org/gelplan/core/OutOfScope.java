package org.gelplan.core;

/** The actor's {@link EntityScope} does not cover the territorial entity the request is about. */
public final class OutOfScope extends DomainRuleViolation {

    public OutOfScope(String daneCode) {
        super(Kind.FORBIDDEN, "scope.out-of-scope", daneCode);
    }
}
