package org.gelplan.compliance.api;

import java.util.List;

/** A criterion as it stands and the whole story of how it got there, oldest first. */
public record CriterionDetail(CriterionView criterion, List<CriterionFact> timeline) {
}
