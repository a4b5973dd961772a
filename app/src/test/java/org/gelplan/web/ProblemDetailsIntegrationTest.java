package org.gelplan.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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
class ProblemDetailsIntegrationTest {

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
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("a bug in the handler"))));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/fulfilments"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"fulfilledOn\": \"2009-10-15\", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.malformed"))
                .andExpect(jsonPath("$.title").value("Solicitud mal formada"));
    }

    @Test
    void aValueOfTheWrongTypeIsABadRequestNamingTheField() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/fulfilments")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fulfilledOn\":\"2009-13-45\",\"evidence\":{\"description\":\"x\"},\"votes\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.invalid-value"))
                .andExpect(jsonPath("$.detail").value(containsString("fulfilledOn")));
    }

    @Test
    void aFractionalOrNullCountIsABadRequestRatherThanARoundedOrZeroOne() throws Exception {
        String body = "{\"fulfilledOn\":\"2009-10-15\",\"evidence\":{\"description\":\"x\"},\"votes\":%s}";
        mvc.perform(as("admin", post("/api/v1/test/fulfilments")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("7.5")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("votes")));
        mvc.perform(as("admin", post("/api/v1/test/fulfilments")).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted("null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(containsString("votes")));
    }

    @Test
    void aDuplicatedKeyIsMalformed() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/free-form")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"ok\",\"reason\":\"other\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aMissingBodyIsABadRequest() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/fulfilments")).contentType(MediaType.APPLICATION_JSON))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.body-missing"));
    }

    @Test
    void failedBeanValidationIsUnprocessableWithALocalizedFieldList() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/fulfilments")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fulfilledOn\":\"2999-01-01\",\"evidence\":{\"description\":\" \"},\"votes\":1}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.invalid"))
                .andExpect(jsonPath("$.title").value("Datos inválidos"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("evidence.description"))
                .andExpect(jsonPath("$.errors[0].message").value("no debe estar vacío"))
                .andExpect(jsonPath("$.errors[1].field").value("fulfilledOn"))
                .andExpect(jsonPath("$.errors[1].message").value("no puede ser una fecha futura"));
    }

    @Test
    void fieldMessagesSpeakEnglishToo() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/fulfilments")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"evidence\":{\"description\":\"x\"},\"votes\":1}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].field").value("fulfilledOn"))
                .andExpect(jsonPath("$.errors[0].message").value("is required"));
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsABadRequest() throws Exception {
        mvc.perform(as("miembro", get("/api/v1/test/compliance").param("asOf", "2009-13-45")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.parameter-invalid"))
                .andExpect(jsonPath("$.detail").value("El parámetro asOf tiene un valor inválido: 2009-13-45."));
    }

    @Test
    void aMissingQueryParameterIsABadRequest() throws Exception {
        mvc.perform(as("miembro", get("/api/v1/test/compliance")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.parameter-missing"));
    }

    @Test
    void aPathVariableBreakingItsConstraintIsABadRequestWithAFieldList() throws Exception {
        mvc.perform(as("miembro", get("/api/v1/test/criteria/inf-norm")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.parameters-invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message").value("no tiene el formato esperado"));
    }

    @Test
    void aPathVariableOfTheWrongTypeIsABadRequest() throws Exception {
        mvc.perform(as("miembro", get("/api/v1/test/violations/SOMETHING")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.parameter-invalid"));
    }

    @Test
    void anUnknownRouteIsANotFoundProblem() throws Exception {
        mvc.perform(as("miembro", get("/api/v1/nowhere")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "route.not-found"))
                .andExpect(jsonPath("$.detail").value("No existe el recurso /api/v1/nowhere."));
    }

    @Test
    void aWrongMethodIsNotAllowed() throws Exception {
        mvc.perform(as("admin", delete("/api/v1/test/fulfilments")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("POST")))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.method-not-allowed"))
                .andExpect(jsonPath("$.detail").value("El método DELETE no está permitido para este recurso."));
    }

    @Test
    void anUnsupportedMediaTypeIsRefused() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/fulfilments")).contentType(MediaType.TEXT_PLAIN).content("hola"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.media-type-unsupported"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/free-form")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"text\":\"" + "a".repeat(5000) + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.body-too-large"))
                .andExpect(jsonPath("$.detail").value("El cuerpo de la solicitud supera el máximo de 4096 bytes."));
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user));
    }
}
