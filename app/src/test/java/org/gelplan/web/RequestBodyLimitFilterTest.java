package org.gelplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import jakarta.servlet.http.HttpServletRequestWrapper;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

class RequestBodyLimitFilterTest {

    private final WebLimitsProperties limits = new WebLimitsProperties(DataSize.ofBytes(10), 100, 8);
    private final RequestBodyLimitFilter filter = new RequestBodyLimitFilter(limits, mock(ProblemResponseWriter.class));

    @Test
    void aChunkedBodyFailsOnceReadingPassesTheLimit() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/plans");
        request.setContent("{\"a\":\"0123456789\"}".getBytes());
        HttpServletRequestWrapper chunked = new HttpServletRequestWrapper(request) {
            @Override
            public long getContentLengthLong() {
                return -1;
            }
        };

        AtomicReference<Throwable> failure = new AtomicReference<>();
        filter.doFilter(chunked, new MockHttpServletResponse(), (req, res) -> {
            try {
                req.getInputStream().readAllBytes();
            } catch (Exception e) {
                failure.set(e);
            }
        });

        assertThat(failure.get()).isInstanceOf(RequestBodyTooLarge.class);
    }

    @Test
    void aBodyWithinTheLimitIsReadWhole() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/plans");
        request.setContent("{\"a\":1}".getBytes());

        AtomicReference<byte[]> read = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> read.set(req.getInputStream().readAllBytes()));

        assertThat(new String(read.get())).isEqualTo("{\"a\":1}");
    }

    @Test
    void aBodyThatGrewTooLargeWhileBeingConvertedIsA413() {
        HttpMessageNotReadableException unreadable = new HttpMessageNotReadableException(
                "I/O error while reading input message", new RequestBodyTooLarge(10), new MockHttpInputMessage(new byte[0]));

        ProblemSpec spec = MvcProblems.specFor(unreadable, HttpStatus.BAD_REQUEST, limits);

        assertThat(spec.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(spec.key()).isEqualTo("request.body-too-large");
        assertThat(spec.arguments()).containsExactly(10L);
    }

    @Test
    void multipartUploadsAreLeftToTheirOwnLimits() {
        MockHttpServletRequest upload = new MockHttpServletRequest("POST", "/api/v1/evidence");
        upload.setContentType("multipart/form-data; boundary=x");

        assertThat(filter.shouldNotFilter(upload)).isTrue();
    }
}
