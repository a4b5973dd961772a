package org.gelplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gelplan.core.EntityScope;
import org.gelplan.core.Role;
import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Holds the running application to {@code docs/authorization-matrix.csv}: every handler mapping has a
 * row, and every row answers each role (a user holding only that role, acting for Mocoa) and anonymous
 * citizens as the table says. Bodies are empty objects: roles are checked before a body is read, so an
 * allowed caller gets a validation problem (nothing is recorded) and a refused one gets 401/403.
 */
class AuthorizationMatrixIntegrationTest extends GelPlanIntegrationTest {

    /** Sample values for path variables, all inside Mocoa's scope. */
    private static final Map<String, String> PATH_VARIABLES = Map.ofEntries(
            Map.entry("planId", "86001-2009"), Map.entry("entityCode", "86001"), Map.entry("code", "INF-NORM-02"),
            Map.entry("meetingId", "M-999"), Map.entry("decisionId", "D-999"), Map.entry("memberId", "MB-999"),
            Map.entry("indicatorId", "IND-999"), Map.entry("period", "2010-01"), Map.entry("version", "GEL-2008"),
            // a quarter not yet ended: an empty body is a valid submission, publication or acknowledgement
            Map.entry("quarter", "2099-Q4"), Map.entry("username", "nobody-here"),
            Map.entry("kind", "MINUTES"), Map.entry("subjectId", "86001-R999"), Map.entry("attachmentId", "EV-999"),
            Map.entry("findingId", "F-999"), Map.entry("actionId", "A-999"),
            Map.entry("file", "compliance.json"), Map.entry("name", "no-such-projection"));
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
    private static final String ANY_METHOD = "ANY";

    /**
     * SPEC §1: PLANNING and CONTROL_INTERNO change nothing but their own oversight facts. A changing
     * endpoint that either may call must be named here, with the SPEC's reason.
     */
    private static final Map<String, String> OVERSIGHT_WRITES = Map.ofEntries(
            Map.entry("POST /api/v1/plans/{planId}/reports/{quarter}/acknowledgement", "PLANNING acknowledges reports (Art. 3)"),
            Map.entry("POST /plans/{planId}/reports/{quarter}/acknowledgement", "the same, through the browser form"),
            Map.entry("POST /api/v1/audit/checkpoints", "CONTROL_INTERNO witnesses checkpoints (SPEC §1)"),
            Map.entry("POST /api/v1/audit/projections/{name}/shadow-replays", "a shadow replay changes no domain state (SPEC §1)"),
            Map.entry("POST /audit/projections/{name}/shadow-replays", "the same, through the browser form"),
            Map.entry("POST /api/v1/improvement-plans/{entityCode}/findings", "both record findings (Art. 2)"),
            Map.entry("POST /api/v1/improvement-plans/{entityCode}/findings/{findingId}/actions", "a finding opens improvement actions"),
            Map.entry("POST /api/v1/improvement-plans/{entityCode}/actions/{actionId}/closure", "PLANNING records the closure it evaluates"),
            Map.entry("POST /api/v1/evidence/{entityCode}/{kind}/{subjectId}", "both attach evidence to their findings"),
            Map.entry("POST /improvement-plans/{entityCode}/findings", "the same, through the browser form"),
            Map.entry("POST /improvement-plans/{entityCode}/findings/{findingId}/actions", "the same, through the browser form"),
            Map.entry("POST /improvement-plans/{entityCode}/actions/{actionId}/closure", "the same, through the browser form"),
            Map.entry("POST /evidence/{entityCode}/{kind}/{subjectId}", "the same, through the browser form"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlerMapping;

    @Autowired
    WebApplicationContext context;

    private final AuthorizationMatrix matrix = AuthorizationMatrix.load();
    private MockMvc mvc;

    @BeforeEach
    void mockMvc() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void everyEndpointOfTheRunningApplicationHasARowAndEveryRowAnEndpoint() {
        Set<String> mapped = new TreeSet<>();
        for (RequestMappingInfo info : handlerMapping.getHandlerMethods().keySet()) {
            Set<String> methods = info.getMethodsCondition().getMethods().isEmpty()
                    ? Set.of(ANY_METHOD)
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).collect(
                            java.util.stream.Collectors.toSet());
            for (String pattern : info.getPatternValues()) {
                methods.forEach(method -> mapped.add(method + " " + pattern));
            }
        }
        Set<String> tabled = new TreeSet<>();
        matrix.rows().stream().filter(row -> !row.path().startsWith("/actuator/")).forEach(row -> tabled.add(row.key()));

        assertThat(difference(mapped, tabled)).as("endpoints missing from docs/authorization-matrix.csv").isEmpty();
        assertThat(difference(tabled, mapped)).as("rows of docs/authorization-matrix.csv without an endpoint").isEmpty();
    }

    @Test
    void everyEndpointAnswersEveryRoleAndAnonymousCitizensAsTheTableSays() throws Exception {
        Set<String> commitsBefore = storedCommitIds();
        List<String> mismatches = new ArrayList<>();
        for (AuthorizationMatrix.Row row : matrix.rows()) {
            for (String who : AuthorizationMatrix.COLUMNS) {
                MockHttpServletResponse response = mvc.perform(request(row, who)).andReturn().getResponse();
                boolean refused = refused(response);
                if (refused == row.allows(who) || (row.path().startsWith("/api/") && response.getStatus() >= 500)) {
                    mismatches.add(row.key() + " as " + who + ": expected " + (row.allows(who) ? "allowed" : "refused")
                            + " but got " + response.getStatus());
                }
            }
        }
        assertThat(mismatches).isEmpty();
        assertThat(difference(storedCommitIds(), commitsBefore)).as("empty bodies record nothing").isEmpty();
    }

    @Test
    void planningAndControlInternoChangeNothingButTheirOversightFacts() {
        List<String> writers = matrix.rows().stream()
                .filter(AuthorizationMatrix.Row::changesSomething)
                .filter(row -> row.allows(Role.PLANNING.name()) || row.allows(Role.CONTROL_INTERNO.name()))
                .map(AuthorizationMatrix.Row::key)
                .filter(key -> !OVERSIGHT_WRITES.containsKey(key))
                .toList();
        assertThat(writers).isEmpty();
    }

    private MockHttpServletRequestBuilder request(AuthorizationMatrix.Row row, String who) {
        String method = row.method().equals(ANY_METHOD) ? "GET" : row.method();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), expand(row.path()));
        if (row.changesSomething()) {
            request.contentType(consumes(row)).content("{}");
            if (!row.path().startsWith("/api/")) {
                request.with(csrf()); // a page's form carries its CSRF token, so the role rule is what answers
            }
        }
        if (!who.equals(AuthorizationMatrix.ANONYMOUS)) {
            GelUser user = new GelUser("matrix-" + who.toLowerCase(), null, Set.of(Role.valueOf(who)), EntityScope.of("86001"));
            request.with(authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        }
        return request;
    }

    private MediaType consumes(AuthorizationMatrix.Row row) {
        return handlerMapping.getHandlerMethods().keySet().stream()
                .filter(info -> info.getPatternValues().contains(row.path()))
                .flatMap(info -> info.getConsumesCondition().getConsumableMediaTypes().stream())
                .findFirst()
                .orElse(MediaType.APPLICATION_JSON);
    }

    /** 401 or 403 on the API; a browser page sends anonymous visitors to the login form. */
    private static boolean refused(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getHeader("Location");
        return status == 401 || status == 403 || (status == 302 && location != null && location.endsWith("/login"));
    }

    private static String expand(String pattern) {
        Matcher variable = VARIABLE.matcher(pattern);
        StringBuilder uri = new StringBuilder();
        while (variable.find()) {
            String value = PATH_VARIABLES.get(variable.group(1));
            if (value == null) {
                throw new IllegalStateException("give path variable {" + variable.group(1) + "} a sample value in "
                        + AuthorizationMatrixIntegrationTest.class.getSimpleName());
            }
            variable.appendReplacement(uri, value);
        }
        variable.appendTail(uri);
        return uri.toString().replace("/**", "/x");
    }

    private static Set<String> difference(Set<String> left, Set<String> right) {
        Set<String> result = new TreeSet<>(left);
        result.removeAll(right);
        return result;
    }
}
