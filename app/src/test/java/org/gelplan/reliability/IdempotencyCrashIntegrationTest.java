package org.gelplan.reliability;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * ADR 0012's crash window with a real crash: a child JVM halts after a meeting's events are stored
 * and before its idempotency record is completed (a test-only flag). The restarted node (same node
 * id, as a restarted server keeps) answers the retry at once with the recovered answer, and the
 * committee has one meeting more, not two.
 */
class IdempotencyCrashIntegrationTest {

    private static final String NODE = "idempotency-crash-node";
    private static final String MEETINGS = "/api/v1/committees/86001/meetings";
    private static final String MEETING = "{\"scheduledFor\":\"2013-02-14\",\"agenda\":[\"Seguimiento del plan\"]}";

    @TempDir
    Path dataDir;

    @Test
    void aRetryAfterTheNodeDiedBetweenTheEventCommitAndTheCompletionIsAnsweredAndSchedulesNothingTwice()
            throws Exception {
        int before;
        try (AppProcess crashing = AppProcess.start(dataDir, NODE, "crashing",
                HaltBeforeCompletion.PROPERTY + "=meeting-1")) {
            ApiClient api = new ApiClient(crashing.base());
            new CommandLoad().awaitDemoData(crashing.base());
            before = meetings(api);

            assertThatThrownBy(() -> scheduleMeeting(api, "crash-attempt-1"))
                    .as("no answer: the node halted before completing the record").isInstanceOf(IOException.class);
        }
        try (AppProcess restarted = AppProcess.start(dataDir, NODE, "restarted")) {
            ApiClient api = new ApiClient(restarted.base());

            HttpResponse<String> retry = scheduleMeeting(api, "crash-attempt-2");

            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(200);
            assertThat(retry.headers().firstValue("Idempotent-Recovered")).hasValue("true");
            assertThat(retry.body()).contains("\"requestId\":\"crash-attempt-1\"").contains("MeetingScheduled");
            assertThat(awaitMeetings(api, before + 1)).isEqualTo(before + 1);
        }
    }

    /**
     * An answer that left the node was durable first: the node dies right after sending it, and the retry gets
     * that answer again, not a recovered one (the record's completion is awaited before the answer leaves,
     * even where its commit is shared with other writes: ADR 0008, session 10).
     */
    @Test
    void anAnswerThatLeftTheNodeIsReplayedAfterTheNodeDiedNotRecovered() throws Exception {
        HttpResponse<String> first;
        try (AppProcess crashing = AppProcess.start(dataDir, NODE, "answering", HaltAfterAnswering.PROPERTY + "=meeting-2")) {
            ApiClient api = new ApiClient(crashing.base());
            new CommandLoad().awaitDemoData(crashing.base());

            first = scheduleMeeting(api, "answered-attempt-1", "meeting-2");
            assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        }
        try (AppProcess restarted = AppProcess.start(dataDir, NODE, "restarted")) {
            HttpResponse<String> retry = scheduleMeeting(new ApiClient(restarted.base()), "answered-attempt-2", "meeting-2");

            assertThat(retry.statusCode()).as(retry.body()).isEqualTo(201);
            assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(retry.headers().firstValue("Idempotent-Recovered")).isEmpty();
            assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
            assertThat(retry.body()).isEqualTo(first.body());
        }
    }

    private static HttpResponse<String> scheduleMeeting(ApiClient api, String requestId)
            throws IOException, InterruptedException {
        return scheduleMeeting(api, requestId, "meeting-1");
    }

    private static HttpResponse<String> scheduleMeeting(ApiClient api, String requestId, String key)
            throws IOException, InterruptedException {
        return api.send("miembro", "POST", MEETINGS, MEETING, requestId, "Idempotency-Key", key);
    }

    private static int meetings(ApiClient api) throws IOException, InterruptedException {
        HttpResponse<String> list = api.get("miembro", MEETINGS);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return new ObjectMapper().readTree(list.body()).size();
    }

    // the restarted node's projections catch up on the events stored before the crash
    private static int awaitMeetings(ApiClient api, int expected) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        int count = meetings(api);
        while (count < expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            count = meetings(api);
        }
        Thread.sleep(1000);
        return meetings(api);
    }
}
