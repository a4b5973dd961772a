package org.gelplan.plan.catalog;

import java.util.Collection;

/** A catalog version was asked for that no loaded catalog file declares. */
public class UnknownCatalogVersion extends RuntimeException {

    private final String version;

    public UnknownCatalogVersion(String version, Collection<String> knownVersions) {
        super("Unknown catalog version '" + version + "'; known versions: " + String.join(", ", knownVersions));
        this.version = version;
    }

    /** The version that was asked for. */
    public String version() {
        return version;
    }
}
