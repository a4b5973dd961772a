package org.gelplan.committee.rules;

import org.gelplan.committee.api.CompleteDecision;
import org.gelplan.committee.api.CompletionEvidence;
import org.gelplan.committee.api.DateOutOfOrder;
import org.gelplan.committee.api.DecisionAlreadyCompleted;
import org.gelplan.committee.api.DecisionCompleted;
import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.DecisionRecorded;
import org.gelplan.committee.api.InvalidVotes;
import org.gelplan.committee.api.NotOnCommittee;
import org.gelplan.committee.api.Quorum;
import org.gelplan.committee.api.RecordDecision;
import org.gelplan.committee.api.Votes;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A decision is taken in a meeting held with quorum, adopted by more votes for than against, cast by
 * no more voters than the voting members present and by at least as many as the quorum requires;
 * its responsible is on the committee that day and its due date is not before it. It is completed
 * once, on a day that already happened, with evidence.
 */
final class DecisionRules {

    private DecisionRules() {
    }

    static DecisionRecorded record(RecordDecision command, MeetingState meeting, Roster roster, DecisionId id) {
        Quorum quorum = MeetingRules.withQuorum(meeting);
        String text = Facts.required("text", command.text());
        checkVotes(Facts.required("votes", command.votes()), quorum);
        if (!roster.on(meeting.heldOn()).contains(Facts.required("responsible", command.responsible()))) {
            throw new NotOnCommittee("committee.responsible-not-on-committee", command.responsible().value(),
                    meeting.heldOn().toString());
        }
        LocalDate due = Facts.required("dueDate", command.dueDate());
        if (due.isBefore(meeting.heldOn())) {
            throw new DateOutOfOrder("committee.due-before-decision", due.toString(), meeting.heldOn().toString());
        }
        return new DecisionRecorded(command.committeeId(), id, meeting.id(), meeting.heldOn(), text, command.votes(),
                subjects(command.subjects()), command.responsible(), due);
    }

    static DecisionCompleted complete(CompleteDecision command, DecisionState decision, LocalDate today) {
        if (decision.completedOn() != null) {
            throw new DecisionAlreadyCompleted(decision.id(), decision.completedOn());
        }
        LocalDate completedOn = Facts.happened("completedOn", command.completedOn(), today);
        if (completedOn.isBefore(decision.decidedOn())) {
            throw new DateOutOfOrder("committee.completed-before-decision", completedOn.toString(),
                    decision.decidedOn().toString());
        }
        CompletionEvidence evidence = Facts.required("evidence", command.evidence());
        Facts.required("evidence.description", evidence.description());
        return new DecisionCompleted(command.committeeId(), decision.id(), completedOn, evidence,
                !completedOn.isAfter(decision.dueDate()));
    }

    private static void checkVotes(Votes votes, Quorum quorum) {
        int present = quorum.presentVoting().size();
        if (votes.votesFor() < 0 || votes.votesAgainst() < 0 || votes.abstentions() < 0) {
            throw new InvalidVotes("committee.votes-negative");
        }
        if (votes.cast() > present) {
            throw new InvalidVotes("committee.votes-exceed-attendance", String.valueOf(votes.cast()), String.valueOf(present));
        }
        if (votes.cast() < quorum.required()) {
            throw new InvalidVotes("committee.votes-below-quorum", String.valueOf(votes.cast()),
                    String.valueOf(quorum.required()));
        }
        if (votes.votesFor() <= votes.votesAgainst()) {
            throw new InvalidVotes("committee.decision-not-adopted", String.valueOf(votes.votesFor()),
                    String.valueOf(votes.votesAgainst()));
        }
    }

    /** Trimmed, each once (ignoring case), in the order given. */
    private static List<String> subjects(List<String> given) {
        Map<String, String> unique = new LinkedHashMap<>();
        for (String subject : given == null ? List.<String>of() : given) {
            String trimmed = Facts.required("subjects", subject).trim();
            unique.putIfAbsent(trimmed.toUpperCase(Locale.ROOT), trimmed);
        }
        return List.copyOf(unique.values());
    }
}
