package org.gelplan.reporting.evidence;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Evidence file limits. Keep {@code spring.servlet.multipart.max-file-size} above {@code maxSize}, so
 * that an oversized file gets this module's problem rather than the container's.
 *
 * @param maxSize largest evidence file accepted (422 above it)
 */
@ConfigurationProperties("gelplan.evidence")
record EvidenceProperties(@DefaultValue("10MB") DataSize maxSize) {
}
