package org.gelplan.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.gelplan.web.WebPlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebPlatformTest
class ScopeGuardIntegrationTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aMunicipalUserActsForTheirOwnEntity() throws Exception {
        mvc.perform(get("/api/v1/test/entities/86001").with(httpBasic("miembro", "miembro")))
                .andExpect(status().isOk());
    }

    @Test
    void aMunicipalUserIsRefusedAnotherEntityWithAnOutOfScopeProblem() throws Exception {
        mvc.perform(get("/api/v1/test/entities/05001").with(httpBasic("miembro", "miembro")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://gelplan.org/problems/scope.out-of-scope"))
                .andExpect(jsonPath("$.title").value("Fuera de su ámbito"))
                .andExpect(jsonPath("$.detail").value("Su usuario no actúa en nombre de la entidad territorial 05001."));
    }

    @Test
    void theNationalAdministratorActsForEveryEntity() throws Exception {
        mvc.perform(get("/api/v1/test/entities/05001").with(httpBasic("admin", "admin")))
                .andExpect(status().isOk());
    }

    @Test
    void scopeAndRoleCombineInPreAuthorize() throws Exception {
        mvc.perform(get("/api/v1/test/members").param("entityCode", "86001").with(httpBasic("lider", "lider")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/test/members").param("entityCode", "86001").with(httpBasic("autor", "autor")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://gelplan.org/problems/auth.forbidden"));
        mvc.perform(get("/api/v1/test/members").param("entityCode", "05001").with(httpBasic("lider", "lider")))
                .andExpect(status().isForbidden());
    }
}
