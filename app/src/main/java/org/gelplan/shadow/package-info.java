/**
 * Control interno's shadow replays (SPEC §1, §5; ADR 0006): a projection's own handler classes are run
 * again from the first event into a throw-away in-memory store, and what they build is compared with
 * the live read model at one position of the event stream. The live processors, their tokens and their
 * collections are only read, never reset, paused or written.
 */
package org.gelplan.shadow;
