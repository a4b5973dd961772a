package org.gelplan.reporting.audit;

/** A chain length and head that control interno witnessed; every later chain must extend it. */
public record Checkpoint(long length, String head) {
}
