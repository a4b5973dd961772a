package org.gelplan.reporting.opendata;

import org.gelplan.core.DomainRuleViolation;

/** An open-data file that does not exist: an unknown dataset, or a format other than csv and json. */
final class UnknownDataset extends DomainRuleViolation {

    UnknownDataset(String file) {
        super(Kind.NOT_FOUND, "opendata.unknown-dataset", file);
    }
}
