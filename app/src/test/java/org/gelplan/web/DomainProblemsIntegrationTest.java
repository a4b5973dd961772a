package org.gelplan.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebPlatformTest
class DomainProblemsIntegrationTest {

    private static final String PROBLEMS = "https://gelplan.org/problems/";

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource({
            "NOT_FOUND,     404, test.not-found,     Prueba no encontrada, No existe la prueba 86001-2009.",
            "CONFLICT,      409, test.conflict,      Prueba en conflicto,  La prueba 86001-2009 ya se cumplió.",
            "UNPROCESSABLE, 422, test.unprocessable, Prueba no procesable, La fecha 86001-2009 está en el futuro.",
            "FORBIDDEN,     403, test.forbidden,     Prueba prohibida,     No puede aprobar su propio informe 86001-2009."})
    void aBrokenDomainRuleIsAnsweredByItsKind(String kind, int status, String key, String title, String detail)
            throws Exception {
        mvc.perform(as("miembro", get("/api/v1/test/violations/" + kind)))
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + key))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.detail").value(detail))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.instance").value("/api/v1/test/violations/" + kind))
                .andExpect(jsonPath("$.requestId").isNotEmpty());
    }

    @Test
    void aBrokenDomainRuleSpeaksEnglishToo() throws Exception {
        mvc.perform(as("miembro", get("/api/v1/test/violations/CONFLICT")).header("Accept-Language", "en"))
                .andExpect(status().isConflict())
                .andExpect(header().string("Content-Language", "en"))
                .andExpect(jsonPath("$.title").value("Test in conflict"))
                .andExpect(jsonPath("$.detail").value("The test 86001-2009 is already fulfilled."));
    }

    @ParameterizedTest
    @CsvSource({
            "joined,     409, test.conflict",
            "remote,     404, test.not-found",
            "missing,    404, aggregate.not-found",
            "concurrent, 409, aggregate.concurrent-change"})
    void unwrapsWhatTheCommandBusWrapsAroundAHandlersException(String failure, int status, String key)
            throws Exception {
        mvc.perform(as("miembro", get("/api/v1/test/axon/" + failure)))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.type").value(PROBLEMS + key));
    }

    @Test
    void anUnforeseenFailureIsA500ThatNamesTheRequestButNotTheCause() throws Exception {
        mvc.perform(as("miembro", get("/api/v1/test/axon/bug")).header("X-Request-Id", "req-500"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "server.error"))
                .andExpect(jsonPath("$.title").value("Error interno"))
                .andExpect(jsonPath("$.detail").value(
                        "Ocurrió un error inesperado. Informe al administrador el identificador de solicitud req-500."))
                .andExpect(jsonPath("$.requestId").value("req-500"))
                .andExpect(content().string(not(containsString("a bug in the handler"))));
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user));
    }
}
