package org.gelplan.testsupport;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Adoption bodies for tests, made from Mocoa's plan of the seed. */
public final class TestPlans {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestPlans() {
    }

    /** Mocoa's plan as the demo resource holds it. */
    public static ObjectNode mocoa() {
        try (InputStream in = new ClassPathResource("demo/mocoa-86001-2009.json").getInputStream()) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Mocoa's plan re-adopted by another resolution (and diagnosis) dated {@code date}: plan id {@code 86001-<year>}. */
    public static ObjectNode mocoaAdoptedOn(String date) {
        ObjectNode plan = mocoa();
        ((ObjectNode) plan.get("resolution")).put("date", date);
        ((ObjectNode) plan.get("diagnosis")).put("date", date);
        return plan;
    }
}
