/**
 * The shared kernel: roles, entity scopes, actors and their audit metadata, domain rule
 * violations, Colombian dates. Every module may use all of it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package org.gelplan.core;

import org.springframework.modulith.ApplicationModule;
