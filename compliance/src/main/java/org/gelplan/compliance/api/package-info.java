/** Messages, queries and views of the compliance module that other modules may use. */
@NamedInterface("api")
package org.gelplan.compliance.api;

import org.springframework.modulith.NamedInterface;
