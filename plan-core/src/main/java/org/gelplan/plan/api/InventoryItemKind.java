package org.gelplan.plan.api;

/** Tabla 7 counts trámites (procedures a citizen must go through) apart from servicios (services offered). */
public enum InventoryItemKind {
    TRAMITE,
    SERVICIO
}
