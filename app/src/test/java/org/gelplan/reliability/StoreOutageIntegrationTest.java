package org.gelplan.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.gelplan.mongo.EmbeddedMongoServer;
import org.gelplan.testsupport.GelPlanNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The application on an external MongoDB (here a wire-protocol server of its own, stopped and
 * started again on the same port and file): while the store is down, commands and queries get 503
 * problems within a bounded time and health is DOWN; once it is back, everything resumes without a
 * restart and what was acknowledged before is still there.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StoreOutageIntegrationTest {

    private static final String MEETINGS = "/api/v1/committees/86001/meetings";
    /** Server selection (3 s) may be waited for a few times in one request: idempotency record, aggregate, events. */
    private static final Duration BOUNDED = Duration.ofSeconds(20);

    @TempDir
    Path storeDir;

    @Test
    void answers503WhileTheStoreIsDownAndResumesByItselfWhenItReturns() throws Exception {
        int port = AppProcess.freePort();
        EmbeddedMongoServer store = EmbeddedMongoServer.start(storeDir, port);
        try (GelPlanNode node = GelPlanNode.start("gelplan.mongodb-uri=mongodb://127.0.0.1:" + port + "/gelplan",
                "gelplan.demo.enabled=true", "gelplan.axon.node-id=outage-node")) {
            ApiClient api = new ApiClient(URI.create("http://127.0.0.1:"
                    + node.bean(Environment.class).getProperty("local.server.port")));
            node.awaitProjections();
            await(() -> api.get("miembro", "/api/v1/committees/86001"), answer -> answer.statusCode() == 200);
            String before = meetingId(schedule(api, "2014-01-10", "outage-before"));

            store.close();
            assertOutage(timed(() -> schedule(api, "2014-01-17", "outage-down-1")));
            assertOutage(timed(() -> api.send("miembro", "POST", MEETINGS, body("2014-01-24"), "outage-down-2",
                    "Idempotency-Key", "outage-key-1")));
            assertOutage(timed(() -> api.get("miembro", MEETINGS + "/" + before)));
            HttpResponse<String> health = timed(() -> api.get(null, "/actuator/health"));
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"DOWN\"");

            store = EmbeddedMongoServer.start(storeDir, port);
            await(() -> api.get(null, "/actuator/health"), answer -> answer.statusCode() == 200);
            HttpResponse<String> after = await(() -> schedule(api, "2014-01-31", "outage-after"),
                    answer -> answer.statusCode() != 503);
            assertThat(after.statusCode()).as(after.body()).isEqualTo(201);
            String afterId = meetingId(after);
            // the processors resumed by themselves: the new meeting reaches its read model
            await(() -> api.get("miembro", MEETINGS + "/" + afterId), answer -> answer.statusCode() == 200);
            assertThat(api.get("miembro", MEETINGS + "/" + before).statusCode()).isEqualTo(200);
            List<StoredRecord.Event> scheduled = StoredRecord.events(node.bean(MongoTemplate.class).getDb()).stream()
                    .filter(event -> event.payloadType().endsWith(".MeetingScheduled")).toList();
            assertThat(scheduled).extracting(StoredRecord.Event::requestId).as("each acknowledged meeting stored once")
                    .containsOnlyOnce("outage-before", "outage-after").doesNotContain("outage-down-1", "outage-down-2");
        } finally {
            store.close();
        }
    }

    private static void assertOutage(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.body()).contains("https://gelplan.org/problems/store.unavailable");
    }

    private static HttpResponse<String> schedule(ApiClient api, String day, String requestId)
            throws IOException, InterruptedException {
        return api.send("miembro", "POST", MEETINGS, body(day), requestId);
    }

    private static String body(String day) {
        return "{\"scheduledFor\":\"" + day + "\",\"agenda\":[\"Seguimiento\"]}";
    }

    private static String meetingId(HttpResponse<String> scheduled) {
        assertThat(scheduled.statusCode()).as(scheduled.body()).isEqualTo(201);
        return scheduled.body().replaceAll(".*\"meetingId\":\"([^\"]+)\".*", "$1");
    }

    /** The answer, which must come within {@link #BOUNDED}: an outage may not hang a request. */
    private static HttpResponse<String> timed(Callable<HttpResponse<String>> call) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer = call.call();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUNDED);
        return answer;
    }

    private static HttpResponse<String> await(Callable<HttpResponse<String>> call,
                                              Predicate<HttpResponse<String>> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        HttpResponse<String> answer = call.call();
        while (!done.test(answer) && System.nanoTime() < deadline) {
            Thread.sleep(500);
            answer = call.call();
        }
        assertThat(done.test(answer)).as("within two minutes: %s %s", answer.statusCode(), answer.body()).isTrue();
        return answer;
    }
}
