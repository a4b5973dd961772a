package org.gelplan.reporting.evidence;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.core.DomainRuleViolation.Kind;
import org.gelplan.core.QueryResults;
import org.gelplan.reporting.api.EvidenceProblem;
import org.gelplan.reporting.api.EvidenceSubjectKind;
import org.gelplan.reporting.api.FindFinding;
import org.gelplan.reporting.api.FindingView;
import org.gelplan.reporting.subjects.Subjects;
import org.springframework.stereotype.Component;

/** Checks that the subject of an evidence file exists and belongs to the entity. */
@Component
class EvidenceSubjects {

    private final Subjects subjects;
    private final QueryGateway queries;

    EvidenceSubjects(Subjects subjects, QueryGateway queries) {
        this.subjects = subjects;
        this.queries = queries;
    }

    /** @throws EvidenceProblem (404) when the subject does not exist for that entity */
    void requireExists(String entityCode, EvidenceSubjectKind kind, String subjectId) {
        boolean exists = switch (kind) {
            case FULFILMENT -> subjects.criterion(entityCode, subjectId);
            case MINUTES -> subjects.meeting(entityCode, subjectId);
            case MEASUREMENT -> subjectId.split(":", -1).length == 3 && subjects.indicator(entityCode, subjectId);
            case FINDING -> QueryResults.await(queries.query(new FindFinding(entityCode, subjectId),
                    ResponseTypes.optionalInstanceOf(FindingView.class))).isPresent();
        };
        if (!exists) {
            throw new EvidenceProblem(Kind.NOT_FOUND, "evidence.subject-not-found", kind.name(), subjectId);
        }
    }
}
