package org.gelplan.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@WebPlatformTest
class HostileInputIntegrationTest {

    private static final String PROBLEMS = "https://gelplan.org/problems/";

    @Autowired
    MockMvc mvc;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"fulfilledOn\":\"2009-10-15\",\"evidence\":{\"description\":\"x\",\"$where\":\"1\"},\"votes\":1} | /evidence/$where",
            "{\"$set\":{\"status\":\"FULFILLED\"}}                                                               | /$set",
            "{\"notes\":{\"evidence.url\":\"x\"}}                                                                 | /notes/evidence.url",
            "[{\"ok\":1},{\"a\":{\"$gt\":\"\"}}]                                                                  | /1/a/$gt"})
    void refusesKeysThatMongoWouldReadAsOperatorsOrPaths(String body, String pointer) throws Exception {
        post("/api/v1/test/free-form", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.forbidden-key"))
                .andExpect(jsonPath("$.detail").value("La clave en " + pointer
                        + " no está permitida: ninguna clave puede empezar por «$» ni contener «.»."));
    }

    @Test
    void refusesForbiddenKeysEvenWhereTheRecordWouldIgnoreThem() throws Exception {
        post("/api/v1/test/fulfilments",
                "{\"fulfilledOn\":\"2009-10-15\",\"evidence\":{\"description\":\"x\"},\"votes\":1,\"$where\":\"x\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.forbidden-key"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"reason\":\"$ne\"}                                  | /reason",
            "{\"agenda\":[\"Informe\",\"  $where\"]}                | /agenda/1",
            "{\"evidence\":{\"description\":\"$regex\"}}           | /evidence/description",
            "\"$expr\"                                             | /"})
    void refusesStringsThatLookLikeMongoOperators(String body, String pointer) throws Exception {
        post("/api/v1/test/free-form", body)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.operator-value"))
                .andExpect(jsonPath("$.detail").value("El valor en " + pointer
                        + " parece un operador de consulta (empieza por «$» seguido de letras) y no se acepta."));
    }

    @Test
    void acceptsPesoAmountsAndDollarSignsInsideText() throws Exception {
        post("/api/v1/test/free-form", "{\"source\":\"$ 5.000.000\",\"budget\":\"$5000\",\"note\":\"costó US$ 3\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.source").value("$ 5.000.000"));
    }

    @Test
    void refusesOperatorsInQueryParameters() throws Exception {
        mvc.perform(get("/api/v1/test/compliance").with(httpBasic("miembro", "miembro"))
                        .param("asOf", "2009-12-31").param("status", "$ne"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.operator-value"))
                .andExpect(jsonPath("$.detail").value(
                        "El valor en status parece un operador de consulta (empieza por «$» seguido de letras) y no se acepta."));
    }

    @Test
    void refusesOverlongStrings() throws Exception {
        post("/api/v1/test/free-form", "{\"minutes\":\"" + "a".repeat(1001) + "\"}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.limit-exceeded"))
                .andExpect(jsonPath("$.detail").value("El JSON excede los límites admitidos: textos de hasta 1000 "
                        + "caracteres y hasta 32 niveles de anidamiento."));
    }

    @Test
    void refusesDeeplyNestedJson() throws Exception {
        post("/api/v1/test/free-form", "[".repeat(40) + "]".repeat(40))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEMS + "request.limit-exceeded"));
    }

    private ResultActions post(String path, String body) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(path)
                .with(httpBasic("admin", "admin")).contentType(MediaType.APPLICATION_JSON).content(body));
    }
}
