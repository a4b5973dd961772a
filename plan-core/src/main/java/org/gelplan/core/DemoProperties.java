package org.gelplan.core;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Whether GEL Plan runs as a demonstration, with well-known users (and, elsewhere, demo data).
 * {@code GEL_DEMO=true|false} decides; left unset, demo mode is on exactly when no real MongoDB is
 * configured ({@code MONGODB_URI} unset), i.e. in the embedded, one-command setup.
 *
 * @param enabled    {@code GEL_DEMO}; {@code null} when unset
 * @param mongodbUri {@code MONGODB_URI}, read here only to decide the default
 */
@ConfigurationProperties("gelplan.demo")
public record DemoProperties(Boolean enabled, String mongodbUri) {

    public boolean active() {
        if (enabled != null) {
            return enabled;
        }
        return mongodbUri == null || mongodbUri.isBlank();
    }
}
