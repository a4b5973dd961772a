package org.gelplan.reporting.findings;

import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.reporting.api.FindingProblem;
import org.gelplan.reporting.api.FindingSubjectCheck;
import org.gelplan.reporting.api.FindingSubjectKind;
import org.gelplan.reporting.subjects.Subjects;
import org.springframework.stereotype.Component;

/**
 * Checks that what a finding is about exists for the entity. Reports are named by plan and quarter
 * ({@code 86001-2009:2010-Q1}) and checked for form only, as a finding may concern a report not yet
 * published (or one that is late).
 */
@Component
class FindingSubjects implements FindingSubjectCheck {

    private final Subjects subjects;

    FindingSubjects(Subjects subjects) {
        this.subjects = subjects;
    }

    @Override
    public void requireExists(String entityCode, FindingSubjectKind kind, String subjectId) {
        String[] parts = subjectId.split(":", -1);
        boolean exists = switch (kind) {
            case CRITERION -> subjects.criterion(entityCode, subjectId);
            case INDICATOR -> parts.length == 2 && subjects.indicator(entityCode, subjectId);
            case MEETING -> subjects.meeting(entityCode, subjectId);
            case REPORT -> parts.length == 2 && Subjects.plan(entityCode, parts[0]).isPresent()
                    && parts[1].matches("\\d{4}-Q[1-4]");
            case PLAN -> parts.length == 1 && Subjects.plan(entityCode, subjectId).isPresent();
        };
        if (!exists) {
            throw new FindingProblem(Kind.NOT_FOUND, "finding.subject-not-found", kind.name(), subjectId);
        }
    }
}
