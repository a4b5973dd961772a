package org.gelplan.reporting.derived;

import org.gelplan.plan.api.Periodicity;
import org.gelplan.plan.api.Target;

import java.util.List;

/** An indicator the system computes itself (never entered by hand), with its series per period. */
record DerivedIndicator(String id, String name, String source, Periodicity period, Target target,
                        List<DerivedPoint> series) {
}
