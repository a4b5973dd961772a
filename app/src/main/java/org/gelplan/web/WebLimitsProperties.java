package org.gelplan.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds on what a client may send, so that no request can exhaust memory or smuggle oversized text
 * into the event store. File uploads (multipart) have their own limits and are not counted here.
 *
 * @param maxBodySize     largest request body accepted (413 above it)
 * @param maxStringLength longest single JSON string, in characters (400 above it)
 * @param maxNestingDepth deepest JSON nesting of objects and arrays (400 above it)
 */
@ConfigurationProperties("gelplan.web")
public record WebLimitsProperties(
        @DefaultValue("1MB") DataSize maxBodySize,
        @DefaultValue("100000") int maxStringLength,
        @DefaultValue("32") int maxNestingDepth) {
}
