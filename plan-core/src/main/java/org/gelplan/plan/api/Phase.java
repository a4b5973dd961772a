package org.gelplan.plan.api;

/**
 * The five phases of the Estrategia de Gobierno en línea (Decreto 1151 de 2008), in the order an
 * entity must reach them. Every catalog criterion belongs to exactly one phase, and its code starts
 * with the phase's {@link #codePrefix()} (e.g. {@code INF-NORM-02}).
 */
public enum Phase {
    INFORMACION("Información", "INF"),
    INTERACCION("Interacción", "INT"),
    TRANSACCION("Transacción", "TRA"),
    TRANSFORMACION("Transformación", "TRF"),
    DEMOCRACIA("Democracia", "DEM");

    private final String displayName;
    private final String codePrefix;

    Phase(String displayName, String codePrefix) {
        this.displayName = displayName;
        this.codePrefix = codePrefix;
    }

    /** The phase's Spanish name as the decree writes it, e.g. "Información". */
    public String displayName() {
        return displayName;
    }

    /** The three letters every catalog code of this phase starts with, e.g. "INF". */
    public String codePrefix() {
        return codePrefix;
    }
}
