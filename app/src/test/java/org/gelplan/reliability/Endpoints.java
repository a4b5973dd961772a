package org.gelplan.reliability;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every API endpoint of the running application, read from its handler mappings, so that an
 * endpoint added tomorrow is fuzzed without anyone listing it here.
 */
final class Endpoints {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");
    /** A plausible value per path variable name; unknown names get a generic one. */
    private static final Map<String, String> PLAUSIBLE = Map.of("planId", "86001-2009", "code", "INF-NORM-02",
            "entityCode", "86001", "meetingId", "86001-R001", "decisionId", "86001-D001", "indicatorId", "T7-A1-I3",
            "memberId", "86001-M01", "period", "2011-01", "version", "GEL-2008");

    record Endpoint(String method, String pattern) {

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(pattern);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }

        String path(List<String> segments) {
            StringBuilder path = new StringBuilder();
            Matcher matcher = VARIABLE.matcher(pattern);
            int i = 0;
            while (matcher.find()) {
                matcher.appendReplacement(path, Matcher.quoteReplacement(segments.get(i++)));
            }
            matcher.appendTail(path);
            return path.toString();
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    private Endpoints() {
    }

    static List<Endpoint> of(RequestMappingHandlerMapping mapping) {
        List<Endpoint> endpoints = new ArrayList<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            List<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("GET", "POST")
                    : info.getMethodsCondition().getMethods().stream().map(RequestMethod::name).toList();
            for (String pattern : info.getPatternValues()) {
                if (pattern.startsWith("/api/") && !pattern.startsWith("/api/v1/test/")) {
                    methods.forEach(method -> endpoints.add(new Endpoint(method, pattern)));
                }
            }
        }
        endpoints.sort(java.util.Comparator.comparing(Endpoint::toString));
        return endpoints;
    }

    static String plausible(String variable) {
        return PLAUSIBLE.getOrDefault(variable, "86001-X001");
    }
}
