package org.gelplan.reporting.subjects;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.FindMeeting;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingNotFound;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.compliance.api.CriterionDetail;
import org.gelplan.compliance.api.FindCriterion;
import org.gelplan.core.DomainRuleViolation;
import org.gelplan.core.GelTime;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.FindIndicator;
import org.gelplan.plan.api.IndicatorDetail;
import org.gelplan.plan.api.IndicatorId;
import org.gelplan.plan.api.PlanId;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

/**
 * Whether a thing that evidence or a finding refers to exists for an entity, asked of the module that
 * owns it: a criterion of one of the entity's plans, a meeting of its committee, an indicator (and a
 * measured period of it). Ids read as paths carry them: {@code 86001-2009:INF-NORM-02},
 * {@code 86001-R001}, {@code 86001-2009:T7-A1-I1[:2010-01]}.
 */
@Component
public class Subjects {

    private final QueryGateway queries;
    private final Clock clock;

    Subjects(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    public boolean criterion(String entityCode, String subjectId) {
        String[] parts = subjectId.split(":", -1);
        return parts.length == 2 && plan(entityCode, parts[0]).map(plan -> exists(() ->
                QueryResults.await(queries.query(new FindCriterion(plan, parts[1], GelTime.today(clock), null),
                        ResponseTypes.instanceOf(CriterionDetail.class))) != null)).orElse(false);
    }

    public boolean meeting(String entityCode, String meetingId) {
        return exists(() -> QueryResults.await(queries.query(new FindMeeting(MeetingId.named(entityCode, meetingId)),
                ResponseTypes.optionalInstanceOf(MeetingView.class))).isPresent());
    }

    /** An indicator ({@code plan:indicator}) or, with a third part, one of its measured periods. */
    public boolean indicator(String entityCode, String subjectId) {
        String[] parts = subjectId.split(":", -1);
        if ((parts.length != 2 && parts.length != 3) || !IndicatorId.isValid(parts[1])) {
            return false;
        }
        return plan(entityCode, parts[0]).flatMap(plan -> QueryResults.await(queries.query(
                        new FindIndicator(plan, new IndicatorId(parts[1]), GelTime.today(clock)),
                        ResponseTypes.optionalInstanceOf(IndicatorDetail.class))))
                .map(detail -> parts.length == 2 || detail.history().stream().anyMatch(m -> m.period().equals(parts[2])))
                .orElse(false);
    }

    /** A plan id of the entity, if the text is one. */
    public static Optional<PlanId> plan(String entityCode, String planId) {
        return PlanId.isValid(planId) && new PlanId(planId).daneCode().equals(entityCode)
                ? Optional.of(new PlanId(planId)) : Optional.empty();
    }

    private static boolean exists(java.util.function.BooleanSupplier lookup) {
        try {
            return lookup.getAsBoolean();
        } catch (DomainRuleViolation notFound) {
            if (notFound.kind() == DomainRuleViolation.Kind.NOT_FOUND || notFound instanceof MeetingNotFound) {
                return false;
            }
            throw notFound;
        }
    }
}
