package org.gelplan.committee.rules;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.gelplan.committee.api.CompleteDecision;
import org.gelplan.committee.api.CompletionEvidence;
import org.gelplan.committee.api.DecisionId;
import org.gelplan.committee.api.DecisionRecorded;
import org.gelplan.committee.api.MemberRemoved;
import org.gelplan.committee.api.Votes;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.gelplan.committee.rules.CommitteeFixtures.*;

/** Snapshots are written with Axon's Jackson serializer: the aggregate must survive the round trip whole. */
class CommitteeSnapshotTest {

    private static final ObjectMapper AXON_JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @Test
    void survivesAJacksonRoundTripWithItsRosterMeetingsAndDecisions() throws Exception {
        LocalDate oct30 = LocalDate.of(2009, 10, 30);
        DecisionId decision = DecisionId.of("86001", 1);
        AtomicReference<Committee> state = new AtomicReference<>();
        fixture().given(constituted(), new MemberRemoved(ID, member(3), oct30.minusDays(1), "Renuncia"),
                        scheduled(1, oct30), held(1, oct30, quorumWithLeader()),
                        new DecisionRecorded(ID, decision, meeting(1), oct30, "t", new Votes(7, 0, 0), List.of("INF-NORM-02"),
                                member(5), oct30.plusDays(10)))
                .when(new CompleteDecision(ID, decision, oct30.plusDays(2), new CompletionEvidence("e", null, null)))
                .expectState(state::set);

        String json = AXON_JSON.writeValueAsString(state.get());
        Committee copy = AXON_JSON.readValue(json, Committee.class);

        assertThat(copy).usingRecursiveComparison().isEqualTo(state.get());
        assertThat(json).contains("\"86001-M03\"", "\"2009-10-29\"", "\"HELD\"").doesNotContain("\"voting\"");
    }
}
