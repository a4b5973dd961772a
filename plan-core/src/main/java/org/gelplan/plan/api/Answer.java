package org.gelplan.plan.api;

/** A diagnosis answer as the seed's tables write it: "CUMPLE SI O NO". */
public enum Answer {
    SI, NO
}
