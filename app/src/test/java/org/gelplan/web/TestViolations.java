package org.gelplan.web;

import org.gelplan.core.DomainRuleViolation;

/** One domain rule violation of each kind, as aggregates in other modules will declare them. */
final class TestViolations {

    private TestViolations() {
    }

    static DomainRuleViolation of(DomainRuleViolation.Kind kind, String argument) {
        return switch (kind) {
            case NOT_FOUND -> new TestNotFound(argument);
            case CONFLICT -> new TestConflict(argument);
            case UNPROCESSABLE -> new TestUnprocessable(argument);
            case FORBIDDEN -> new TestForbidden(argument);
        };
    }

    static final class TestNotFound extends DomainRuleViolation {
        TestNotFound(String id) {
            super(Kind.NOT_FOUND, "test.not-found", id);
        }
    }

    static final class TestConflict extends DomainRuleViolation {
        TestConflict(String id) {
            super(Kind.CONFLICT, "test.conflict", id);
        }
    }

    static final class TestUnprocessable extends DomainRuleViolation {
        TestUnprocessable(String date) {
            super(Kind.UNPROCESSABLE, "test.unprocessable", date);
        }
    }

    static final class TestForbidden extends DomainRuleViolation {
        TestForbidden(String reportId) {
            super(Kind.FORBIDDEN, "test.forbidden", reportId);
        }
    }
}
