package org.gelplan.compliance;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gelplan.compliance.api.ComplianceOpened;
import org.gelplan.compliance.api.CriterionFulfilled;
import org.gelplan.compliance.api.CriterionFulfilmentRevoked;
import org.gelplan.compliance.api.CriterionMarkedNotApplicable;
import org.gelplan.compliance.api.OpenedCriterion;
import org.gelplan.plan.api.Phase;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time-travel answer for any (asOf, knownAt) equals what a replay of the plan's events recorded
 * by knownAt gives for that day, computed here independently from the event store.
 */
class TimeTravelEqualsReplayIntegrationTest extends GelPlanIntegrationTest {

    private static final String PLAN = "/api/v1/plans/86001-2011";

    @Autowired
    EventStore eventStore;

    @Test
    void timeTravelAnswersEqualAReplayOfTheEventsRecordedByThen() throws InterruptedException {
        assertThat(post("admin", "/api/v1/plans", TestPlans.mocoaAdoptedOn("2011-02-01").toString()))
                .isEqualTo(HttpStatus.CREATED);
        List<Instant> moments = new ArrayList<>(List.of(Instant.now()));
        fulfil("INF-ACER-01", "2011-02-10");
        fulfil("INF-NORM-01", "2011-03-20");
        moments.add(pause());
        fulfil("INT-MINT-05", "2011-02-15");
        post("lider", PLAN + "/criteria/INT-MINT-06/not-applicable", "{\"reason\":\"No aplica\"}");
        moments.add(pause());
        post("miembro", PLAN + "/criteria/INF-ACER-01/revocation", "{\"reason\":\"Información desactualizada\"}");
        fulfil("INF-NORM-02", "2011-01-05");
        moments.add(Instant.now());

        for (Instant knownAt : moments) {
            for (String asOf : List.of("2011-01-31", "2011-02-12", "2011-03-01", "2011-03-31", LocalDate.now().toString())) {
                JsonNode answer = as("control").getForObject(PLAN + "/compliance?asOf=" + asOf + "&knownAt=" + knownAt,
                        JsonNode.class);
                Map<Phase, int[]> replayed = replay(LocalDate.parse(asOf), knownAt);
                for (JsonNode phase : answer.get("phases")) {
                    int[] expected = replayed.get(Phase.valueOf(phase.get("code").asText()));
                    assertThat(new int[]{phase.get("fulfilled").asInt(), phase.get("applicable").asInt()})
                            .as("%s as of %s known at %s", phase.get("code").asText(), asOf, knownAt)
                            .containsExactly(expected);
                }
            }
        }
    }

    /** Per phase {fulfilled, applicable} from the stored events, independently of the read model. */
    private Map<Phase, int[]> replay(LocalDate asOf, Instant knownAt) {
        Map<String, Phase> phases = new HashMap<>();
        Map<String, LocalDate> fulfilledOn = new HashMap<>();
        Map<String, Boolean> notApplicable = new HashMap<>();
        LocalDate[] diagnosis = new LocalDate[1];
        eventStore.readEvents("compliance-86001-2011").asStream()
                .filter(e -> !e.getTimestamp().isAfter(knownAt))
                .map(DomainEventMessage::getPayload)
                .forEach(payload -> {
                    if (payload instanceof ComplianceOpened opened) {
                        diagnosis[0] = opened.diagnosisDate();
                        for (OpenedCriterion c : opened.criteria()) {
                            phases.put(c.code(), c.phase());
                            if (c.fulfilled()) {
                                fulfilledOn.put(c.code(), opened.diagnosisDate());
                            }
                        }
                    } else if (payload instanceof CriterionFulfilled f) {
                        fulfilledOn.put(f.code(), f.fulfilledOn());
                    } else if (payload instanceof CriterionFulfilmentRevoked r && !r.effectiveOn().isAfter(asOf)) {
                        fulfilledOn.remove(r.code());
                    } else if (payload instanceof CriterionMarkedNotApplicable n && !n.effectiveOn().isAfter(asOf)) {
                        notApplicable.put(n.code(), true);
                        fulfilledOn.remove(n.code());
                    }
                });
        Map<Phase, int[]> counts = new EnumMap<>(Phase.class);
        for (Phase phase : Phase.values()) {
            counts.put(phase, new int[]{0, 0});
        }
        phases.forEach((code, phase) -> {
            if (!notApplicable.containsKey(code)) {
                counts.get(phase)[1]++;
                LocalDate on = fulfilledOn.get(code);
                if (on != null && !on.isAfter(asOf)) {
                    counts.get(phase)[0]++;
                }
            }
        });
        return counts;
    }

    private void fulfil(String code, String on) {
        assertThat(post("miembro", PLAN + "/criteria/" + code + "/fulfilment",
                "{\"fulfilledOn\":\"" + on + "\",\"evidence\":{\"description\":\"Evidencia de " + code + "\"}}"))
                .isEqualTo(HttpStatus.OK);
    }

    private static Instant pause() throws InterruptedException {
        Thread.sleep(20);
        Instant moment = Instant.now();
        Thread.sleep(20);
        return moment;
    }

    private HttpStatus post(String user, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return (HttpStatus) as(user).postForEntity(path, new HttpEntity<>(body, headers), JsonNode.class).getStatusCode();
    }
}
