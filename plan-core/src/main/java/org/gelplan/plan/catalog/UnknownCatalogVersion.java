package org.gelplan.plan.catalog;

import org.gelplan.core.DomainRuleViolation;

import java.util.Collection;

/** A catalog version was asked for that no loaded catalog file declares. */
public class UnknownCatalogVersion extends DomainRuleViolation {

    private final String version;

    public UnknownCatalogVersion(String version, Collection<String> knownVersions) {
        super(Kind.NOT_FOUND, "catalog.unknown-version", String.valueOf(version), String.join(", ", knownVersions));
        this.version = version;
    }

    /** The version that was asked for. */
    public String version() {
        return version;
    }
}
