package org.gelplan.security;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gelplan.web.WebPlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebPlatformTest
class ApiSecurityIntegrationTest {

    private static final String FULFILMENT = """
            {"fulfilledOn":"2009-10-15","evidence":{"description":"Acta 3","url":"https://mocoa.gov.co/a3"},"votes":7}""";

    @Autowired
    MockMvc mvc;

    @Test
    void anApiCallWithoutCredentialsIsAnsweredWithASpanishProblemAndABasicChallenge() throws Exception {
        mvc.perform(get("/api/v1/test/compliance").param("asOf", "2009-12-31"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Basic realm=\"GEL Plan\""))
                .andExpect(jsonPath("$.type").value("https://gelplan.org/problems/auth.unauthenticated"))
                .andExpect(jsonPath("$.title").value("Autenticación requerida"))
                .andExpect(jsonPath("$.detail").value("Debe iniciar sesión para usar este recurso."))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.instance").value("/api/v1/test/compliance"))
                .andExpect(jsonPath("$.requestId").isNotEmpty());
    }

    @Test
    void speaksEnglishToClientsThatAskForIt() throws Exception {
        mvc.perform(get("/api/v1/test/compliance").header("Accept-Language", "en-US,en;q=0.8"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Authentication required"))
                .andExpect(jsonPath("$.detail").value("You must sign in to use this resource."));
    }

    @Test
    void answersInSpanishWhenNoOfferedLanguageIsAcceptable() throws Exception {
        mvc.perform(get("/api/v1/test/compliance").header("Accept-Language", "fr"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Autenticación requerida"));
    }

    @Test
    void aWrongPasswordIsAnsweredWith401BadCredentials() throws Exception {
        mvc.perform(get("/api/v1/test/compliance").param("asOf", "2009-12-31").with(httpBasic("admin", "wrong")))
                .andExpect(status().isUnauthorized())
                .andExpect(header().exists("WWW-Authenticate"))
                .andExpect(jsonPath("$.type").value("https://gelplan.org/problems/auth.bad-credentials"))
                .andExpect(jsonPath("$.detail").value("El usuario o la contraseña no son correctos."));
    }

    @Test
    void aUserWithoutTheRequiredRoleIsForbidden() throws Exception {
        mvc.perform(post("/api/v1/test/fulfilments").with(httpBasic("miembro", "miembro"))
                        .contentType(MediaType.APPLICATION_JSON).content(FULFILMENT))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://gelplan.org/problems/auth.forbidden"))
                .andExpect(jsonPath("$.title").value("Acceso denegado"));
    }

    @Test
    void aForbiddenAnswerSpeaksEnglishToo() throws Exception {
        mvc.perform(post("/api/v1/test/fulfilments").with(httpBasic("lider", "lider"))
                        .header("Accept-Language", "en")
                        .contentType(MediaType.APPLICATION_JSON).content(FULFILMENT))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.title").value("Access denied"));
    }

    @Test
    void aUserWithTheRequiredRoleIsServedWithoutCsrfToken() throws Exception {
        mvc.perform(post("/api/v1/test/fulfilments").with(httpBasic("admin", "admin"))
                        .contentType(MediaType.APPLICATION_JSON).content(FULFILMENT))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.fulfilledOn").value("2009-10-15"))
                .andExpect(header().doesNotExist("Set-Cookie"));
    }

    @Test
    void withoutATokenIssuerConfiguredBearerTokensAreNotAccepted() throws Exception {
        mvc.perform(get("/api/v1/test/compliance").param("asOf", "2009-12-31")
                        .header("Authorization", "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiJhZG1pbiJ9."))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://gelplan.org/problems/auth.unauthenticated"));
    }

    @Test
    void citizensReadPublicPagesAnonymously() throws Exception {
        mvc.perform(get("/api/v1/public/test"))
                .andExpect(status().isOk())
                .andExpect(content().string("público"));
    }

    @Test
    void citizensMayOnlyReadPublicPages() throws Exception {
        mvc.perform(post("/api/v1/public/test"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void healthProbesNeedNoCredentialsButOtherActuatorEndpointsNeedAnAdmin() throws Exception {
        mvc.perform(get("/actuator/health"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/actuator/metrics"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/actuator/metrics").with(httpBasic("control", "control")))
                .andExpect(status().isForbidden());
    }

    @Test
    void browsersAreSentToTheLoginPage() throws Exception {
        // The login page itself is the UI's (org.gelplan.ui.login), outside this slice; the browser tests read it.
        mvc.perform(get("/"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("**/login"));
    }

    @Test
    void browserPostsNeedACsrfToken() throws Exception {
        mvc.perform(post("/logout"))
                .andExpect(status().isForbidden());
    }

    @Test
    void apiDocumentationIsPublic() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isNotFound());
    }
}
