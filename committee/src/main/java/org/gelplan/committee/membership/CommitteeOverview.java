package org.gelplan.committee.membership;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.gelplan.committee.api.CommitteeIndicators;
import org.gelplan.committee.api.CommitteeView;

/** What {@code GET /api/v1/committees/{entityCode}} answers: the committee as of a day, with its indicators. */
record CommitteeOverview(@JsonUnwrapped CommitteeView committee, CommitteeIndicators indicators) {
}
