/** Messages and shared types of the plan module that other modules may use. */
@NamedInterface("api")
package org.gelplan.plan.api;

import org.springframework.modulith.NamedInterface;
