package org.gelplan.idempotency;

import jakarta.servlet.http.HttpServletResponse;
import org.gelplan.axon.ReadYourWrites;
import org.gelplan.web.ProblemResponseWriter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/** The order of a keyed command's last steps: its answer leaves only once the stored answer is durable. */
class IdempotencyFilterTest {

    private final IdempotencyRecords records = mock(IdempotencyRecords.class);
    private final AbandonedClaims claims = mock(AbandonedClaims.class);
    private final ReadYourWrites readYourWrites = mock(ReadYourWrites.class);
    private final MockHttpServletResponse response = new MockHttpServletResponse();
    private final List<String> steps = new CopyOnWriteArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theAnswerIsWrittenThenAwaitedDurableBeforeItLeavesWhileReadYourWritesWaits() throws Exception {
        when(records.claim(any())).thenReturn(Optional.empty());
        when(records.complete(any())).thenAnswer(invocation -> {
            steps.add("answer written");
            return (IdempotencyRecords.Durable) () -> steps.add(leftYet("answer durable"));
        });
        when(claims.claimant(any())).thenReturn(new Claimant("request-1", 0, "node", "run"));
        when(readYourWrites.applies(any(), anyInt())).thenReturn(true);
        doAnswer(invocation -> steps.add(leftYet("projections caught up"))).when(readYourWrites).await();
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken("miembro", null));
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/inventories/86001/items");
        request.addHeader("Idempotency-Key", "k-1");
        request.setContent("{\"code\":\"T-1\"}".getBytes(StandardCharsets.UTF_8));

        filter().doFilter(request, response, (req, res) -> {
            ((HttpServletResponse) res).setStatus(201);
            res.getOutputStream().write("{\"code\":\"T-1\"}".getBytes(StandardCharsets.UTF_8));
        });

        assertThat(steps).containsExactly("answer written", "projections caught up, answer not sent",
            "answer durable, answer not sent");
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(response.getContentAsString()).isEqualTo("{\"code\":\"T-1\"}");
    }

    private String leftYet(String step) {
        return step + (response.isCommitted() || response.getContentAsByteArray().length > 0 ? ", answer sent" : ", answer not sent");
    }

    @SuppressWarnings("unchecked")
    private IdempotencyFilter filter() {
        ObjectProvider<BeforeCompletion> hooks = mock(ObjectProvider.class);
        when(hooks.orderedStream()).thenReturn(Stream.empty());
        return new IdempotencyFilter(records, claims, mock(ProblemResponseWriter.class), readYourWrites, hooks);
    }
}
