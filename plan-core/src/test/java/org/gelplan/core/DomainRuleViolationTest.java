package org.gelplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class DomainRuleViolationTest {

    static final class PlanAlreadyAdopted extends DomainRuleViolation {
        PlanAlreadyAdopted(String planId) {
            super(Kind.CONFLICT, "plan.already-adopted", planId);
        }
    }

    static final class BadlyNamed extends DomainRuleViolation {
        BadlyNamed(String key) {
            super(Kind.CONFLICT, key);
        }
    }

    @Test
    void carriesItsKindKeyAndArguments() {
        PlanAlreadyAdopted violation = new PlanAlreadyAdopted("86001-2009");

        assertThat(violation.kind()).isEqualTo(DomainRuleViolation.Kind.CONFLICT);
        assertThat(violation.messageKey()).isEqualTo("plan.already-adopted");
        assertThat(violation.arguments()).containsExactly("86001-2009");
        assertThat(violation).hasMessage("plan.already-adopted [86001-2009]");
    }

    @Test
    void rejectsMessageKeysThatCannotBeAProblemTypeSegment() {
        assertThatIllegalArgumentException().isThrownBy(() -> new BadlyNamed("Plan Already Adopted"));
        assertThatIllegalArgumentException().isThrownBy(() -> new BadlyNamed("plan..adopted"));
    }

    @Test
    void outOfScopeIsForbidden() {
        OutOfScope outOfScope = new OutOfScope("05001");

        assertThat(outOfScope.kind()).isEqualTo(DomainRuleViolation.Kind.FORBIDDEN);
        assertThat(outOfScope.messageKey()).isEqualTo("scope.out-of-scope");
        assertThat(outOfScope.arguments()).containsExactly("05001");
    }
}
