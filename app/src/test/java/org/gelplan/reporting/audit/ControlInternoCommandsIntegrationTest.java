package org.gelplan.reporting.audit;

import org.gelplan.testsupport.GelPlanIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Control interno reads and verifies, and records oversight facts only: every other command is refused. */
class ControlInternoCommandsIntegrationTest extends GelPlanIntegrationTest {

    /** Commands control interno may send (SPEC §1: findings, witnessed checkpoints). */
    private static final Set<String> OVERSIGHT = Set.of("/api/v1/audit/checkpoints");

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    private RequestMappingHandlerMapping mappings;

    @Test
    void controlInternoGets403OnEveryCommandEndpoint() {
        List<Command> commands = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> commandPaths(info, commands));
        assertThat(commands).hasSizeGreaterThan(10);

        for (Command command : commands) {
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(command.type());
            assertThat(as("control").exchange(command.path(), HttpMethod.POST, new HttpEntity<>("{}", headers), String.class)
                    .getStatusCode()).as(command.path()).isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    private record Command(String path, MediaType type) {
    }

    private static void commandPaths(RequestMappingInfo info, List<Command> commands) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        if (methods.stream().noneMatch(m -> m != RequestMethod.GET && m != RequestMethod.HEAD)) {
            return;
        }
        for (String pattern : info.getPatternValues()) {
            if (pattern.startsWith("/api/v1/") && !pattern.startsWith("/api/v1/test/") && !OVERSIGHT.contains(pattern)) {
                MediaType type = info.getConsumesCondition().getConsumableMediaTypes().stream().findFirst()
                        .orElse(MediaType.APPLICATION_JSON);
                commands.add(new Command(pattern.replaceAll("\\{planId}", "86001-2009").replaceAll("\\{entityCode}", "86001")
                        .replaceAll("\\{[^}]+}", "X1"), type));
            }
        }
    }
}
