package org.gelplan.shadow;

import com.fasterxml.jackson.databind.JsonNode;
import org.gelplan.testsupport.DemoHistoryIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On the synthetic 2009–2012 history (meetings, decisions, measurements, reports, findings), every projection
 * rebuilt in a shadow equals the live read model; and since that history was recorded long after the dates it
 * took effect, the plan replay shows a meeting held in 2009 as still scheduled at an instant before its
 * session was recorded.
 */
class ShadowReplayDemoHistoryIntegrationTest extends DemoHistoryIntegrationTest {

    @Test
    void everyProjectionRebuiltInAShadowEqualsTheLiveReadModel() {
        List<String> unequal = new ArrayList<>();
        for (JsonNode projection : as("control").getForObject("/api/v1/audit/projections", JsonNode.class)) {
            ResponseEntity<JsonNode> replay = as("control").postForEntity(
                    "/api/v1/audit/projections/" + projection.get("name").asText() + "/shadow-replays", null, JsonNode.class);
            assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.OK);
            if (!replay.getBody().get("equal").asBoolean() || replay.getBody().get("handlerFailures").asLong() > 0) {
                unequal.add(replay.getBody().toString());
            }
        }
        assertThat(unequal).isEmpty();
    }

    @Test
    void aMeetingHeldLongBeforeItsSessionWasRecordedIsStillScheduledAsRecordedBeforeThat() {
        Map<String, JsonNode> scheduled = byMeeting("MeetingScheduled");
        Map<String, JsonNode> held = byMeeting("MeetingHeld");
        String meeting = held.keySet().stream()
                .filter(id -> scheduled.containsKey(id) && recordedAt(scheduled.get(id)).isBefore(recordedAt(held.get(id))))
                .findFirst().orElseThrow();
        Instant at = recordedAt(held.get(meeting)).minusMillis(1);
        assertThat(LocalDate.parse(held.get(meeting).get("effectiveOn").asText()))
                .as("held on a day before the instant asked about").isBefore(LocalDate.parse(at.toString().substring(0, 10)));

        JsonNode replay = as("control").getForObject("/api/v1/audit/plans/86001-2009/replay?at=" + at, JsonNode.class);

        JsonNode then = meetingIn(replay.at("/then/meetings"), meeting);
        assertThat(then.get("status").asText()).isEqualTo("SCHEDULED");
        assertThat(then.get("held").isNull()).isTrue();
        assertThat(meetingIn(replay.at("/now/meetings"), meeting).get("status").asText()).isEqualTo("HELD");
        assertThat(replay.at("/then/decisions").size()).isLessThan(replay.at("/now/decisions").size());
    }

    private Map<String, JsonNode> byMeeting(String type) {
        Map<String, JsonNode> found = new LinkedHashMap<>();
        String next = "0";
        while (next != null) {
            ResponseEntity<JsonNode> page = as("control").getForEntity(
                    "/api/v1/audit/events?type=" + type + "&size=1000&cursor=" + next, JsonNode.class);
            page.getBody().get("items").forEach(item -> found.putIfAbsent(id(item.at("/payload/meetingId")), item));
            next = page.getHeaders().getFirst("X-Next-Cursor");
        }
        return found;
    }

    private static JsonNode meetingIn(JsonNode meetings, String id) {
        for (JsonNode meeting : meetings) {
            if (meeting.get("id").asText().equals(id)) {
                return meeting;
            }
        }
        throw new AssertionError("no meeting " + id + " in " + meetings);
    }

    private static String id(JsonNode value) {
        return value.isTextual() ? value.asText() : value.path("value").asText();
    }

    private static Instant recordedAt(JsonNode item) {
        return Instant.parse(item.get("recordedAt").asText());
    }
}
