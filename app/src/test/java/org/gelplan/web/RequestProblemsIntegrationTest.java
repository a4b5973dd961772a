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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebPlatformTest
class RequestProblemsIntegrationTest {

    private static final String PROBLEMS = "https://gelplan.org/problems/";

    @Autowired
    MockMvc mvc;

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
    void aBodyLeavingOutARequiredFieldIsABadRequestWithALocalizedFieldList() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/fulfilments")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fulfilledOn\":\"2999-01-01\",\"evidence\":{\"description\":\" \"},\"votes\":1}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.incomplete"))
                .andExpect(jsonPath("$.title").value("Faltan datos obligatorios"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[0].field").value("evidence.description"))
                .andExpect(jsonPath("$.errors[0].message").value("no debe estar vacío"))
                .andExpect(jsonPath("$.errors[1].field").value("fulfilledOn"))
                .andExpect(jsonPath("$.errors[1].message").value("no puede ser una fecha futura"));
    }

    @Test
    void aCompleteBodyWithValuesOutOfBoundsIsUnprocessable() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/fulfilments")).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fulfilledOn\":\"2999-01-01\",\"evidence\":{\"description\":\"x\"},\"votes\":1}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.invalid"))
                .andExpect(jsonPath("$.errors[0].field").value("fulfilledOn"));
    }

    @Test
    void fieldMessagesSpeakEnglishToo() throws Exception {
        mvc.perform(as("admin", post("/api/v1/test/fulfilments")).header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"evidence\":{\"description\":\"x\"},\"votes\":1}"))
                .andExpect(status().isBadRequest())
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

    @Test
    void aPathTheFirewallRefusesIsABadRequestProblem() throws Exception {
        mvc.perform(get("/api/v1/public/plans/86001-2009;x=1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.rejected"));
    }

    private static MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(httpBasic(user, user));
    }
}
