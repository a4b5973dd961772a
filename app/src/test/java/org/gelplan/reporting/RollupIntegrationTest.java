package org.gelplan.reporting;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.gelplan.axon.ProjectionCatchUp;
import org.gelplan.core.AuditMetaData;
import org.gelplan.demo.SyntheticPlans;
import org.gelplan.testsupport.DemoHistoryIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The multi-entity rollup over synthetic entities, through security: scope, paging, statuses. */
class RollupIntegrationTest extends DemoHistoryIntegrationTest {

    /** 34 entities: one in each of the 33 departments, then a second in Antioquia (05902). */
    private static final int ENTITIES = 34;
    private static boolean generated;

    @Autowired
    private SyntheticPlans synthetic;

    @Autowired
    private ProjectionCatchUp projections;

    @Autowired
    private EventStore eventStore;

    @BeforeEach
    void generateOnce() {
        if (!generated) {
            SyntheticPlans.Run run = synthetic.generate(7, ENTITIES);
            assertThat(run.entities()).isEqualTo(ENTITIES);
            assertThat(projections.awaitHead(Duration.ofMinutes(5))).isTrue();
            generated = true;
        }
    }

    @Test
    void theNationalProgrammeSeesEveryEntityWithItsFivePhasesAndTheSyntheticMark() {
        JsonNode page = as("admin").getForObject("/api/v1/rollup?synthetic=true&size=200", JsonNode.class);

        assertThat(page.get("totalEntities").asInt()).isEqualTo(ENTITIES);
        assertThat(codes(page)).contains("05901", "05902", "86901", "99901").isSorted();
        page.get("entities").forEach(entity -> {
            assertThat(entity.get("synthetic").asBoolean()).isTrue();
            assertThat(entity.get("name").asText()).contains("sintético");
            assertThat(entity.get("phases")).hasSize(5);
            assertThat(entity.get("phases").get(0).get("status").asText())
                    .isIn("MET", "MET_LATE", "ON_TRACK", "AT_RISK", "MISSED");
            assertThat(entity.get("latestReport").isNull()).isTrue();
        });
        JsonNode all = as("admin").getForObject("/api/v1/rollup?department=86", JsonNode.class);
        assertThat(codes(all)).contains("86001", "86901");
        assertThat(as("admin").getForObject("/api/v1/rollup?department=86&synthetic=false", JsonNode.class)
                .get("entities").get(0).get("synthetic").asBoolean()).isFalse();
    }

    @Test
    void everyEventOfASyntheticPlanSaysSoInItsMetadata() {
        String planId = as("admin").getForObject("/api/v1/rollup?department=05", JsonNode.class)
                .get("entities").get(0).get("planId").asText();

        List<DomainEventMessage<?>> events = new ArrayList<>();
        eventStore.readEvents(planId).asStream().forEach(events::add);
        eventStore.readEvents("compliance-" + planId).asStream().forEach(events::add);

        assertThat(events).extracting(e -> e.getPayloadType().getSimpleName())
                .contains("PlanAdopted", "ComplianceOpened", "CriterionFulfilled");
        assertThat(events).allSatisfy(e -> assertThat(AuditMetaData.isSynthetic(e.getMetaData())).isTrue());
        assertThat(events.get(0).getMetaData().get(AuditMetaData.ACTOR)).isEqualTo("system:synthetic-data");
    }

    @Test
    void aDepartmentUserSeesOnlyTheEntitiesOfTheirDepartment() {
        assertThat(codes(as("planeacion-05").getForObject("/api/v1/rollup?department=05", JsonNode.class)))
                .containsExactly("05901", "05902");
        assertThat(codes(as("planeacion-05").getForObject("/api/v1/rollup", JsonNode.class)))
                .containsExactly("05901", "05902");
        assertThat(codes(as("control-86").getForObject("/api/v1/rollup", JsonNode.class)))
                .containsExactly("86001", "86901");
        assertThat(as("planeacion-05").getForEntity("/api/v1/rollup?department=86", JsonNode.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aMunicipalUserSeesOnlyTheirOwnEntityInTheirDepartment() {
        assertThat(codes(as("lider").getForObject("/api/v1/rollup?department=86", JsonNode.class)))
                .containsExactly("86001");
        assertThat(codes(as("autor").getForObject("/api/v1/rollup", JsonNode.class))).containsExactly("86001");
    }

    @Test
    void agreesWithThePlanOverviewOnEveryPhase() {
        JsonNode mocoa = as("control-86").getForObject("/api/v1/rollup?department=86", JsonNode.class)
                .get("entities").get(0);
        JsonNode overview = as("control").getForObject("/api/v1/plans/" + mocoa.get("planId").asText(), JsonNode.class);

        for (int i = 0; i < 5; i++) {
            JsonNode rolled = mocoa.get("phases").get(i);
            JsonNode phase = overview.get("phases").get(i);
            assertThat(rolled.get("phase").asText()).isEqualTo(phase.get("code").asText());
            assertThat(rolled.get("percent").asDouble()).isEqualTo(phase.get("percent").asDouble());
            assertThat(rolled.get("status").asText()).isEqualTo(phase.get("status").asText());
            assertThat(rolled.get("overdue").asInt()).isEqualTo(phase.get("overdue").asInt());
        }
    }

    @Test
    void pagesAreDisjointAndInCodeOrder() {
        List<String> seen = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            JsonNode answer = as("admin").getForObject("/api/v1/rollup?synthetic=true&size=10&page=" + page, JsonNode.class);
            assertThat(answer.get("totalPages").asInt()).isEqualTo(4);
            seen.addAll(codes(answer));
        }
        assertThat(seen).hasSize(ENTITIES).doesNotHaveDuplicates().isSorted();
        assertThat(codes(as("admin").getForObject("/api/v1/rollup?synthetic=true&size=10&page=4", JsonNode.class))).isEmpty();
    }

    @Test
    void refusesBadRequestsWithProblemsAndAnonymousCallers() {
        assertThat(http.getForEntity("/api/v1/rollup", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        JsonNode department = as("admin").getForEntity("/api/v1/rollup?department=8x", JsonNode.class).getBody();
        assertThat(department.get("type").asText()).endsWith("rollup.invalid-department");
        assertThat(department.get("status").asInt()).isEqualTo(422);
        assertThat(as("admin").getForEntity("/api/v1/rollup?page=-1", String.class).getStatusCode().value()).isEqualTo(422);
        assertThat(as("admin").getForEntity("/api/v1/rollup?size=5000", String.class).getStatusCode().value()).isEqualTo(422);
        assertThat(as("admin").getForEntity("/api/v1/rollup?size=abc", String.class).getStatusCode().value()).isEqualTo(400);
    }

    private static List<String> codes(JsonNode page) {
        List<String> codes = new ArrayList<>();
        page.get("entities").forEach(entity -> codes.add(entity.get("daneCode").asText()));
        return codes;
    }
}
