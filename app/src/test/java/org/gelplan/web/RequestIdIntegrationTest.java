package org.gelplan.web;

import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebPlatformTest
class RequestIdIntegrationTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Autowired
    MockMvc mvc;

    @Test
    void echoesASafeClientRequestIdAndUsesItAsCorrelationId() throws Exception {
        mvc.perform(get("/api/v1/public/test").header("X-Request-Id", "mocoa.ui-42_a"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Request-Id", "mocoa.ui-42_a"))
                .andExpect(header().string("X-Correlation-Id", "mocoa.ui-42_a"));
    }

    @Test
    void keepsASafeClientCorrelationId() throws Exception {
        mvc.perform(get("/api/v1/public/test").header("X-Correlation-Id", "informe-2009-Q4"))
                .andExpect(header().string("X-Request-Id", matchesPattern(UUID)))
                .andExpect(header().string("X-Correlation-Id", "informe-2009-Q4"));
    }

    @Test
    void replacesUnsafeIdsWithGeneratedOnes() throws Exception {
        mvc.perform(get("/api/v1/public/test")
                        .header("X-Request-Id", "abc\r\nSet-Cookie: x=1")
                        .header("X-Correlation-Id", "x".repeat(65)))
                .andExpect(header().string("X-Request-Id", matchesPattern(UUID)))
                .andExpect(header().string("X-Correlation-Id", matchesPattern(UUID)));
    }

    @Test
    void everyProblemCarriesTheRequestIdOfItsResponse() throws Exception {
        mvc.perform(get("/api/v1/test/compliance").header("X-Request-Id", "r-401"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("X-Request-Id", "r-401"))
                .andExpect(jsonPath("$.requestId").value("r-401"));
    }

    @Test
    void generatesAnIdWhenTheClientSendsNone() throws Exception {
        mvc.perform(get("/api/v1/public/test"))
                .andExpect(header().string("X-Request-Id", matchesPattern(UUID)));
    }
}
