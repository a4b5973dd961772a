package org.gelplan.core;

/** A signed-in principal that acts for a set of territorial entities. */
public interface ScopedPrincipal {

    EntityScope scope();
}
