package org.gelplan.plan.adoption;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.gelplan.plan.api.AdoptPlan;
import org.gelplan.plan.api.PlanId;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Mocoa's plan as the demo resource holds it, as an {@link AdoptPlan} command. */
final class MocoaPlan {

    static final PlanId ID = new PlanId("86001-2009");

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private MocoaPlan() {
    }

    static AdoptPlan command() {
        try (InputStream in = MocoaPlan.class.getResourceAsStream("/demo/mocoa-86001-2009.json")) {
            var tree = (com.fasterxml.jackson.databind.node.ObjectNode) JSON.readTree(in);
            tree.put("planId", ID.value());
            return JSON.treeToValue(tree, AdoptPlan.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
