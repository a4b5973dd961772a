/**
 * Messages, queries, views and typed ids of the committee module that other modules may use:
 * the Comité GEL's membership over time, its meetings and its decisions. Compliance asks
 * {@link org.gelplan.committee.api.FindDecision} whether a cited decision exists and what it concerns.
 */
@NamedInterface("api")
package org.gelplan.committee.api;

import org.springframework.modulith.NamedInterface;
