package org.gelplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.bson.Document;
import org.gelplan.eventstore.EventStoreCollections;
import org.gelplan.eventstore.MongoStoredEventLog;
import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.reporting.audit.AuditChain;
import org.gelplan.reporting.audit.AuditChainStore;
import org.gelplan.reporting.audit.ChainVerification;
import org.gelplan.security.TestTokens;
import org.gelplan.testsupport.TestPlans;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;

/**
 * Two application processes share one store, as two servers share a department's MongoDB (issue 10,
 * docs/scale-out.md): the store runs on its own (here in the test JVM), each node reaches it through
 * {@code MONGODB_URI}. Under concurrent commands on both, conflicting ones on one aggregate, every
 * acknowledged command's event is stored exactly once, the global order has no duplicates, both nodes
 * answer alike, each reads its own writes at once, the processors' segments are split between the nodes,
 * and when one node is killed the other claims its segments and carries on; the audit chain, built by
 * both, verifies intact.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TwoProcessSharedStoreIntegrationTest {

    /** A synthetic entity (municipal number 999, which DIVIPOLA gives to none, ADR 0009): the store is the test's own. */
    private static final String ENTITY = "86999";
    private static final String PLAN = ENTITY + "-2026";
    private static final String COMPLIANCE = "compliance-" + PLAN;
    private static final Duration SETTLE = Duration.ofSeconds(90);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private final TestTokens tokens = TestTokens.create();

    @Test
    void twoNodesShareOneStoreUnderLoadAndOneTakesOverWhenTheOtherDies() throws Exception {
        try (EmbeddedMongoServer store = EmbeddedMongoServer.start(dataDir.resolve("store"), 0);
             MongoClient client = MongoClients.create(store.connectionString("gelplan").toString())) {
            MongoDatabase database = client.getDatabase("gelplan");
            CompletableFuture<AppProcess> startingA = CompletableFuture.supplyAsync(() -> node(store, "node-a"));
            CompletableFuture<AppProcess> startingB = CompletableFuture.supplyAsync(() -> node(store, "node-b"));
            try (AppProcess a = startingA.get(); AppProcess b = startingB.get()) {
                ApiClient onA = new ApiClient(a.base());
                ApiClient onB = new ApiClient(b.base());
                String member = "Bearer " + tokens.token("miembro-two", List.of("COMMITTEE_MEMBER"), List.of(ENTITY));
                HttpOutcome adopted = HttpOutcome.of(onA.send(null, "POST", "/api/v1/plans",
                        syntheticPlan().toString(), "two-adopt", "Authorization",
                        "Bearer " + tokens.token("admin-two", List.of("ADMIN"), List.of("*"))));
                assertThat(adopted.status()).as(adopted.body()).isEqualTo(201);
                List<String> criteria = openCriteria(onB, member);
                long fulfilledAtAdoption = fulfilledOn(onB, member);
                List<String> readBack = criteria.subList(criteria.size() - 4, criteria.size());
                TwoNodeLoad load = new TwoNodeLoad(PLAN, member, criteria.subList(0, criteria.size() - 4));

                // the same fulfilment on both nodes at once: exactly one lands, the other is a 409
                for (String code : criteria.subList(0, 3)) {
                    CompletableFuture<Integer> viaA = CompletableFuture.supplyAsync(() -> load.command(onA, code, true,
                            "two-race-a-" + code, UUID.randomUUID().toString()));
                    int viaB = load.command(onB, code, true, "two-race-b-" + code, UUID.randomUUID().toString());
                    assertThat(List.of(viaA.get(), viaB)).as("fulfilling %s on both nodes at once", code)
                            .containsExactlyInAnyOrder(200, 409);
                }
                // one Idempotency-Key sent to both nodes at once runs once: both answer alike, one event
                String key = UUID.randomUUID().toString();
                String code = criteria.get(3);
                CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> load.command(onA, code, true,
                        "two-key-a", key));
                assertThat(load.command(onB, code, true, "two-key-b", key)).isEqualTo(first.get()).isEqualTo(200);
                assertThat(load.replayed()).as("answers replayed from the other node's idempotency record").isEqualTo(1);

                load.start("1", a.base(), b.base());
                awaitTrue("segments split between the two nodes", () -> ownersPerProcessor(database).values().stream()
                        .allMatch(owners -> owners.equals(Set.of("node-a", "node-b"))));
                // Under load, each node reads its own write at once, though the criteria projection's segment
                // for this plan runs on one of them only: read-your-writes waits for the other node's token.
                for (int i = 0; i < readBack.size(); i++) {
                    ApiClient via = i % 2 == 0 ? onA : onB;
                    String fulfilled = readBack.get(i);
                    int status = 409;
                    for (int attempt = 0; status == 409 && attempt < 50; attempt++) { // the load's commands conflict
                        status = load.command(via, fulfilled, true, "two-ryw-" + i + "-" + attempt, UUID.randomUUID().toString());
                    }
                    assertThat(status).isEqualTo(200);
                    assertThat(statuses(criteriaOf(via, member)).get(fulfilled))
                            .as("%s read at once on the node that fulfilled it", fulfilled).isEqualTo("FULFILLED");
                }
                Thread.sleep(3_000);
                load.stop();
                awaitTrue("both nodes answer alike and as the events say", () -> sameAnswers(onA, onB, member, database, fulfilledAtAdoption),
                        () -> differences(onA, onB, member, database) + "\nnode-a:\n" + a.warnings() + "\nnode-b:\n" + b.warnings());

                load.start("2", a.base(), b.base());
                Thread.sleep(3_000);
                b.kill();
                long killed = System.nanoTime();
                awaitTrue("node-a claims every segment", () -> ownersPerProcessor(database).values().stream()
                        .allMatch(owners -> owners.equals(Set.of("node-a"))));
                long takeoverSeconds = (System.nanoTime() - killed) / 1_000_000_000;
                long acknowledgedBefore = load.acknowledged().size();
                Thread.sleep(2_000);
                load.stop();
                assertThat(load.acknowledged().size()).as("commands acknowledged by node-a after node-b died")
                        .isGreaterThan((int) acknowledgedBefore);
                assertThat(load.unexpected()).as("answers other than 2xx, 409 and 422").isEmpty();
                assertThat(load.conflicts()).as("conflicting commands refused").isPositive();

                List<StoredRecord.Event> events = StoredRecord.events(database);
                assertStoredOnce(events, load.acknowledged());
                assertThat(events.stream().filter(e -> List.of("two-key-a", "two-key-b").contains(e.requestId())))
                        .as("events of the command sent twice with one Idempotency-Key").hasSize(1);
                awaitTrue("node-a answers as the events say", () -> fulfilledOn(onA, member) == fulfilledAtAdoption + fulfilledSinceAdoption(database));
                awaitTrue("the nodes linked every event into the audit chain",
                        () -> database.getCollection(AuditChainStore.COLLECTION).countDocuments() == events.size());
                assertChainIntact(database, events);
                System.out.printf("two nodes: %d commands sent, %d acknowledged, %d refused as conflicts, %d unanswered"
                        + " (node-b killed), %d events stored; node-a held every segment %d s after the kill%n", load.sent(),
                        load.acknowledged().size(), load.conflicts(), load.unanswered(), events.size(), takeoverSeconds);
            }
        }
    }

    /** Mocoa's plan, adopted in 2026 by a synthetic entity. */
    private static ObjectNode syntheticPlan() {
        ObjectNode plan = TestPlans.mocoaAdoptedOn("2026-01-15");
        ((ObjectNode) plan.get("entity")).put("daneCode", ENTITY).put("name", "Municipio sintético 999 (prueba de dos nodos)");
        return plan;
    }

    private AppProcess node(EmbeddedMongoServer store, String id) {
        try {
            Path dir = Files.createDirectories(dataDir.resolve(id));
            return AppProcess.start(dir, id, id, "gelplan.mongodb-uri=" + store.connectionString("gelplan"),
                    "gelplan.demo.enabled=false", "gelplan.audit.build-every=1s",
                    "spring.security.oauth2.resourceserver.jwt.public-key-location=" + tokens.publicKeyLocation());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Waits until compliance opened on the new plan (a policy) and returns its criteria that can be fulfilled. */
    private static List<String> openCriteria(ApiClient api, String bearer) throws Exception {
        List<String> criteria = List.of();
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (criteria.size() < 10 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            JsonNode listed = criteriaOf(api, bearer);
            criteria = listed == null ? List.of() : listed.findParents("code").stream()
                    .filter(c -> c.path("status").asText().equals("PENDING")).map(c -> c.get("code").asText()).toList();
        }
        assertThat(criteria).as("pending criteria of " + PLAN).hasSizeGreaterThanOrEqualTo(10);
        return criteria;
    }

    private static JsonNode criteriaOf(ApiClient api, String bearer) throws Exception {
        HttpOutcome listed = HttpOutcome.of(api.send(null, "GET", "/api/v1/plans/" + PLAN + "/criteria", null,
                "two-list", "Authorization", bearer));
        return listed.status() == 200 ? JSON.readTree(listed.body()) : null;
    }

    private static long fulfilledOn(ApiClient api, String bearer) throws Exception {
        JsonNode listed = criteriaOf(api, bearer);
        return listed == null ? -1 : listed.findValuesAsText("status").stream().filter("FULFILLED"::equals).count();
    }

    /** Every fulfilment of the plan's compliance stored, minus every revocation. */
    private static long fulfilledSinceAdoption(MongoDatabase database) {
        Map<String, Long> byType = StoredRecord.events(database).stream()
                .filter(e -> e.sequenceKey().startsWith(COMPLIANCE + "#"))
                .collect(Collectors.groupingBy(e -> e.payloadType().substring(e.payloadType().lastIndexOf('.') + 1),
                        Collectors.counting()));
        return byType.getOrDefault("CriterionFulfilled", 0L) - byType.getOrDefault("CriterionFulfilmentRevoked", 0L);
    }

    private static boolean sameAnswers(ApiClient onA, ApiClient onB, String bearer, MongoDatabase database,
                                       long fulfilledAtAdoption) throws Exception {
        JsonNode fromA = criteriaOf(onA, bearer);
        return fromA != null && fromA.equals(criteriaOf(onB, bearer))
                && fulfilledOn(onA, bearer) == fulfilledAtAdoption + fulfilledSinceAdoption(database);
    }

    /** Processor name → the owners of its segments, from the token store. */
    private static Map<String, Set<String>> ownersPerProcessor(MongoDatabase database) {
        Map<String, Set<String>> owners = new HashMap<>();
        for (Document token : database.getCollection("trackingtokens").find()) {
            owners.computeIfAbsent(token.getString("processorName"), name -> new java.util.TreeSet<>())
                    .add(String.valueOf(token.getString("owner")));
        }
        return owners;
    }

    private static void assertStoredOnce(List<StoredRecord.Event> events, List<CommandLoad.Acknowledged> acknowledged) {
        assertThat(StoredRecord.duplicates(events.stream().map(StoredRecord.Event::sequenceKey).toList()))
                .as("(aggregate, sequence) pairs stored twice").isEmpty();
        assertThat(StoredRecord.duplicates(events.stream().map(StoredRecord.Event::globalIndex).toList()))
                .as("global indexes stored twice").isEmpty();
        Map<String, Long> byRequest = events.stream().filter(e -> e.requestId() != null).collect(Collectors.groupingBy(
                e -> e.requestId() + " " + e.payloadType().substring(e.payloadType().lastIndexOf('.') + 1),
                Collectors.counting()));
        assertThat(acknowledged).as("acknowledged commands").isNotEmpty().allSatisfy(command -> assertThat(
                byRequest.getOrDefault(command.requestId() + " " + command.eventType(), 0L))
                .as("%s of %s stored", command.eventType(), command.requestId()).isEqualTo(1));
    }

    private static void assertChainIntact(MongoDatabase database, List<StoredRecord.Event> events) {
        List<Document> entries = database.getCollection(AuditChainStore.COLLECTION).find().into(new java.util.ArrayList<>());
        assertThat(entries.stream().map(e -> e.get("globalIndex", Number.class).longValue()).collect(Collectors.toSet()))
                .as("global indexes linked into the chain, once each")
                .isEqualTo(events.stream().map(StoredRecord.Event::globalIndex).collect(Collectors.toSet()));
        ChainVerification verification = new AuditChain(new MongoStoredEventLog(EventStoreCollections.in(database)),
                new AuditChainStore(database)).verify(List.of());
        assertThat(verification.intact()).as(verification.toString()).isTrue();
        assertThat(verification.length()).isEqualTo(events.size());
    }

    private static void awaitTrue(String what, Check check) throws Exception {
        awaitTrue(what, check, () -> "");
    }

    private static void awaitTrue(String what, Check check, Diagnosis diagnosis) throws Exception {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(what + ": not within " + SETTLE + "\n" + diagnosis.describe());
            }
            Thread.sleep(250);
        }
    }

    /**
     * Where the answers part from each other and from the stored events: each criterion whose status differs
     * between the nodes or from its last stored fulfilment or revocation, and the criteria processor's tokens.
     */
    private static String differences(ApiClient onA, ApiClient onB, String bearer, MongoDatabase database) throws Exception {
        Map<String, String> fromA = statuses(criteriaOf(onA, bearer));
        Map<String, String> fromB = statuses(criteriaOf(onB, bearer));
        Map<String, StoredStatus> stored = new HashMap<>();
        for (Document commit : database.getCollection(EventStoreCollections.COMMITS).find(new Document("events.aggregateId", COMPLIANCE))) {
            for (Document event : commit.getList("events", Document.class)) {
                String type = event.getString("payloadType");
                if (type.endsWith("CriterionFulfilled") || type.endsWith("CriterionFulfilmentRevoked")) {
                    stored.merge(JSON.readTree(event.getString("payload")).path("code").asText(),
                            new StoredStatus(event.get("sequence", Number.class).longValue(), type.endsWith("CriterionFulfilled")),
                            (x, y) -> x.sequence() > y.sequence() ? x : y);
                }
            }
        }
        StringBuilder found = new StringBuilder();
        for (String code : new java.util.TreeSet<>(fromA.keySet())) {
            StoredStatus last = stored.get(code);
            boolean differs = !fromA.get(code).equals(fromB.get(code))
                    || last != null && last.fulfilled() != fromA.get(code).equals("FULFILLED");
            if (differs) {
                found.append(String.format("%s: node-a %s, node-b %s, last stored event %s%n", code, fromA.get(code),
                        fromB.get(code), last));
            }
        }
        for (Document token : database.getCollection("trackingtokens").find(new Document("processorName", "compliance-criteria"))) {
            found.append("token ").append(token.toJson()).append('\n');
        }
        return found.toString();
    }

    private static Map<String, String> statuses(JsonNode criteria) {
        Map<String, String> statuses = new HashMap<>();
        if (criteria != null) {
            criteria.findParents("code").forEach(c -> statuses.put(c.get("code").asText(), c.path("status").asText()));
        }
        return statuses;
    }

    /** A criterion's last stored fulfilment ({@code fulfilled}) or revocation, at its sequence in the aggregate. */
    private record StoredStatus(long sequence, boolean fulfilled) {
    }

    @FunctionalInterface
    private interface Diagnosis {
        String describe() throws Exception;
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private record HttpOutcome(int status, String body) {
        static HttpOutcome of(java.net.http.HttpResponse<String> response) {
            return new HttpOutcome(response.statusCode(), response.body());
        }
    }
}
