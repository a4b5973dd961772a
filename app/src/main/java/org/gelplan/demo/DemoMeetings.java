package org.gelplan.demo;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.committee.api.CommitteeId;
import org.gelplan.committee.api.CompleteDecision;
import org.gelplan.committee.api.CompletionEvidence;
import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.HoldMeeting;
import org.gelplan.committee.api.ListMeetings;
import org.gelplan.committee.api.MeetingId;
import org.gelplan.committee.api.MeetingStatus;
import org.gelplan.committee.api.MeetingView;
import org.gelplan.committee.api.MemberId;
import org.gelplan.committee.api.RecordDecision;
import org.gelplan.committee.api.ScheduleMeeting;
import org.gelplan.committee.api.Votes;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Mocoa's committee meets on the 25th of every month (Tabla 7: "Mensual"): the leader (M05) and at
 * least six more of the twelve voting members attend, so every meeting has quorum; each takes one
 * decision due a month later, and about four in five are carried out by then. A meeting already on
 * record for that day is left as it is.
 */
final class DemoMeetings {

    private static final int VOTING_MEMBERS = 12;
    private static final int QUORUM = 7;
    private static final int LEADER = 5;
    private static final int INVITEE = 13;
    private static final List<String> SUBJECTS = List.of("INF-NORM-02", "INF-ACER-01", "INT-CONT-01", "TRA-TRAM-01");

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CommitteeId committee = CommitteeId.of(DemoHistory.ENTITY);

    DemoMeetings(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    int record(LocalDate until) {
        Map<LocalDate, MeetingView> onRecord = new HashMap<>();
        DemoHistory.list(queries, new ListMeetings(DemoHistory.ENTITY, null, null, null), MeetingView.class)
                .forEach(meeting -> onRecord.putIfAbsent(meeting.scheduledFor(), meeting));
        Random random = new Random(2009);
        int held = 0;
        for (YearMonth month = YearMonth.from(DemoHistory.FROM); !month.atDay(25).isAfter(until); month = month.plusMonths(1)) {
            LocalDate day = month.atDay(25);
            List<MemberId> present = rollCall(random);
            int against = random.nextInt(2);
            int abstentions = random.nextInt(2);
            String subject = SUBJECTS.get(random.nextInt(SUBJECTS.size()));
            MemberId responsible = present.get(random.nextInt(present.size() - 1));
            boolean carriedOut = random.nextDouble() < 0.8;
            LocalDate completedOn = day.plusDays(30 - random.nextInt(20));
            MeetingView meeting = onRecord.get(day);
            if (meeting != null && meeting.status() != MeetingStatus.SCHEDULED) {
                continue;
            }
            MeetingId id = meeting != null ? new MeetingId(meeting.id())
                    : (MeetingId) send(new ScheduleMeeting(committee, day, List.of("Seguimiento del Plan de Acción GEL",
                    "Avance de criterios e indicadores")));
            DemoHistory.send(commands, new HoldMeeting(committee, id, day, present, null, null,
                    "Acta sintética de la reunión de " + month + " (datos de demostración).", null));
            int voting = (int) present.stream().filter(m -> m.number() != INVITEE).count();
            DecisionId decision = (DecisionId) send(new RecordDecision(committee, id,
                    "Avanzar en el criterio " + subject + " (decisión sintética)",
                    new Votes(voting - against - abstentions, against, abstentions), List.of(subject), responsible,
                    day.plusDays(30)));
            if (carriedOut && !completedOn.isAfter(until)) {
                DemoHistory.send(commands, new CompleteDecision(committee, decision, completedOn,
                        new CompletionEvidence("Cumplida (dato sintético)", null, null)));
            }
            held++;
        }
        return held;
    }

    /** The leader, six to eleven more voting members, and sometimes the non-voting invitee, last. */
    private static List<MemberId> rollCall(Random random) {
        List<MemberId> present = new ArrayList<>();
        for (int number = 1; number <= VOTING_MEMBERS; number++) {
            boolean needed = VOTING_MEMBERS - number + 1 <= QUORUM - present.size();
            if (number == LEADER || needed || random.nextDouble() < 0.75) {
                present.add(MemberId.of(DemoHistory.ENTITY, number));
            }
        }
        if (random.nextDouble() < 0.3) {
            present.add(MemberId.of(DemoHistory.ENTITY, INVITEE));
        }
        return present;
    }

    private Object send(Object command) {
        return commands.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(SyntheticPlans.metaData("demo-history")));
    }
}
