package org.gelplan.plan.transfer;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A plan file as read: its tree (the shape of {@link PlanFile}), what its reader already found
 * wrong (cells of the wrong type, unknown columns), and where each part of the tree came from.
 */
record PlanFileSource(JsonNode tree, List<PlanFileProblem> problems, UnaryOperator<String> locator) {
}
