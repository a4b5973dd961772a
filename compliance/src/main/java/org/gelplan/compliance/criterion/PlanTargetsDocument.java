package org.gelplan.compliance.criterion;

import org.gelplan.plan.api.Phase;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.Map;

/** What compliance needs to know of a plan: its catalog (hence its criteria) and its targets. */
@Document("compliance_plans")
record PlanTargetsDocument(@Id String planId, String daneCode, String catalogVersion, Map<Phase, Integer> phaseTargets) {
}
