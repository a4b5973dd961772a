/** Messages, queries and views of the reporting module (reports, audit chain) that other modules may use. */
@NamedInterface("api")
package org.gelplan.reporting.api;

import org.springframework.modulith.NamedInterface;
