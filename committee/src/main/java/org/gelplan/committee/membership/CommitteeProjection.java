package org.gelplan.committee.membership;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.committee.api.CommitteeConstituted;
import org.gelplan.committee.api.CommitteeView;
import org.gelplan.committee.api.FindCommittee;
import org.gelplan.committee.api.Member;
import org.gelplan.committee.api.MemberAppointed;
import org.gelplan.committee.api.MemberRemoved;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * The committees read model: one document per entity with every appointment and its dates, so that
 * the membership on any day is answerable. Saving whole documents by id makes every handler idempotent.
 */
@Component
@ProcessingGroup(CommitteeProjection.GROUP)
class CommitteeProjection {

    /** Every committee projection shares it: events of one committee are then handled in order, by one thread. */
    static final String GROUP = "committee";

    private final CommitteeRepository committees;

    CommitteeProjection(CommitteeRepository committees) {
        this.committees = committees;
    }

    @EventHandler
    void on(CommitteeConstituted event, @Timestamp Instant recordedAt) {
        String entityCode = event.committeeId().entityCode();
        CommitteeDocument committee = CommitteeDocument.constituted(entityCode, event.committeeId().value(),
                event.constitutedOn(), event.act(), recordedAt);
        for (Member member : event.members()) {
            committee = committee.with(CommitteeDocument.appointment(member, event.constitutedOn(), event.act()), recordedAt);
        }
        committees.save(committee);
    }

    @EventHandler
    void on(MemberAppointed event, @Timestamp Instant recordedAt) {
        committees.findById(event.committeeId().entityCode()).ifPresent(committee -> committees.save(committee.with(
                CommitteeDocument.appointment(event.member(), event.effectiveOn(), event.reason()), recordedAt)));
    }

    @EventHandler
    void on(MemberRemoved event, @Timestamp Instant recordedAt) {
        committees.findById(event.committeeId().entityCode()).ifPresent(committee -> committees.save(
                committee.removed(event.memberId().value(), event.effectiveOn(), event.reason(), recordedAt)));
    }

    @ResetHandler
    void reset() {
        committees.deleteAll();
    }

    @QueryHandler
    Optional<CommitteeView> handle(FindCommittee query) {
        return committees.findById(query.entityCode()).flatMap(committee -> committee.asKnownAt(query.knownAt()))
                .map(committee -> committee.view(query.asOf()));
    }
}
