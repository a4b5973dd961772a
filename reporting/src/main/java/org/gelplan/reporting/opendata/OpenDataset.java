package org.gelplan.reporting.opendata;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The open-data sets of a plan and their stable columns (schema version 1): what Art. 3 of the
 * resolution publishes — compliance per phase and indicator attainment — and nothing personal (no
 * evidence, no people, no actors). New columns are only ever appended; a change of meaning is a new version.
 */
enum OpenDataset {

    COMPLIANCE("compliance", "Cumplimiento del plan por fase de Gobierno en Línea, a la fecha de corte", List.of(
            new OpenDataColumn("plan_id", "string", "Plan: código DANE de la entidad y año de la resolución"),
            new OpenDataColumn("entity_code", "string", "Código DANE de la entidad territorial"),
            new OpenDataColumn("entity_name", "string", "Nombre de la entidad territorial"),
            new OpenDataColumn("as_of", "date", "Fecha de corte"),
            new OpenDataColumn("phase", "string", "Fase: INFORMACION, INTERACCION, TRANSACCION, TRANSFORMACION o DEMOCRACIA"),
            new OpenDataColumn("phase_name", "string", "Nombre de la fase"),
            new OpenDataColumn("deadline", "date", "Plazo del Decreto 1151 de 2008 para entidades territoriales"),
            new OpenDataColumn("target_percent", "integer", "Meta de cumplimiento de la fase (%)"),
            new OpenDataColumn("applicable", "integer", "Criterios aplicables"),
            new OpenDataColumn("fulfilled", "integer", "Criterios cumplidos"),
            new OpenDataColumn("overdue", "integer", "Criterios pendientes con su fecha meta vencida"),
            new OpenDataColumn("percent", "number", "Cumplidos / aplicables × 100, un decimal"),
            new OpenDataColumn("status", "string", "MET, MET_LATE, ON_TRACK, AT_RISK o MISSED"),
            new OpenDataColumn("synthetic", "boolean", "Datos sintéticos de demostración, no de una entidad real"))),

    INDICATORS("indicators", "Indicadores del plan con su meta y su último período medido (logro)", List.of(
            new OpenDataColumn("plan_id", "string", "Plan: código DANE de la entidad y año de la resolución"),
            new OpenDataColumn("as_of", "date", "Fecha de corte"),
            new OpenDataColumn("indicator_id", "string", "Identificador del indicador en el plan"),
            new OpenDataColumn("name", "string", "Nombre del indicador, como lo escribe el plan"),
            new OpenDataColumn("kind", "string", "RATIO, COUNT, FREQUENCY o QUALITATIVE"),
            new OpenDataColumn("direction", "string", "Sentido: más es mejor, o un techo"),
            new OpenDataColumn("period", "string", "Periodicidad: DAY, WEEK, MONTH, QUARTER o YEAR"),
            new OpenDataColumn("target_value", "number", "Meta numérica por período (vacía si es cualitativa)"),
            new OpenDataColumn("target_level", "string", "Meta cualitativa (nivel de la escala)"),
            new OpenDataColumn("target_text", "string", "Meta como la escribe el plan"),
            new OpenDataColumn("derived", "boolean", "Calculado por el sistema a partir de otros registros"),
            new OpenDataColumn("latest_period", "string", "Último período medido"),
            new OpenDataColumn("latest_value", "number", "Valor de ese período"),
            new OpenDataColumn("latest_level", "string", "Nivel de ese período (cualitativos)"),
            new OpenDataColumn("attainment_percent", "number", "Logro frente a la meta en ese período (%)"),
            new OpenDataColumn("met", "boolean", "Si se alcanzó la meta en ese período"),
            new OpenDataColumn("missing_periods", "integer", "Períodos terminados sin medición"),
            new OpenDataColumn("synthetic", "boolean", "Datos sintéticos de demostración, no de una entidad real"))),

    REPORTS("reports", "Informes trimestrales publicados (Art. 3): versiones, huella SHA-256 y fechas, sin el contenido",
            List.of(
            new OpenDataColumn("plan_id", "string", "Plan: código DANE de la entidad y año de la resolución"),
            new OpenDataColumn("quarter", "string", "Trimestre, AAAA-Tn (p. ej. 2009-Q4)"),
            new OpenDataColumn("version", "integer", "Versión del informe; una corrección es una versión nueva"),
            new OpenDataColumn("state", "string", "PUBLISHED (vigente) o SUPERSEDED (reemplazado por una corrección)"),
            new OpenDataColumn("sha256", "string", "Huella SHA-256 del contenido publicado"),
            new OpenDataColumn("published_at", "string", "Instante de la publicación (ISO 8601, UTC)"),
            new OpenDataColumn("due_date", "date", "Fecha límite de presentación del informe"),
            new OpenDataColumn("late", "boolean", "Si se presentó después de la fecha límite"),
            new OpenDataColumn("superseded_by", "integer", "Versión que lo reemplazó, si la hay"),
            new OpenDataColumn("synthetic", "boolean", "Datos sintéticos de demostración, no de una entidad real")));

    static final String SCHEMA_VERSION = "1";

    private final String fileName;
    private final String description;
    private final List<OpenDataColumn> columns;

    OpenDataset(String fileName, String description, List<OpenDataColumn> columns) {
        this.fileName = fileName;
        this.description = description;
        this.columns = columns;
    }

    String fileName() {
        return fileName;
    }

    String description() {
        return description;
    }

    List<OpenDataColumn> columns() {
        return columns;
    }

    static Optional<OpenDataset> named(String name) {
        return Arrays.stream(values()).filter(dataset -> dataset.fileName.equals(name)).findFirst();
    }
}
