package org.gelplan.plan.inventory;

import org.gelplan.plan.api.InventoryItemKind;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InventoryFileTest {

    static final LocalDate TODAY = LocalDate.of(2011, 6, 15);

    static InventoryFile.Parsed parse(String csv) {
        return InventoryFile.parse(InventoryFileReader.csv(csv.getBytes(StandardCharsets.UTF_8)), TODAY);
    }

    @Test
    void readsASemicolonSeparatedFileWithAccentedHeadersInAnyOrder() {
        InventoryFile.Parsed parsed = parse("""
                Tipo;Código;Nombre;Dependencia;Inscrito;Publicado;Automatizado;En línea
                Trámite;T-001;"Licencia de construcción; urbanismo";Planeación;2010-01-04;2010-05-02;;
                servicio;S-001;Biblioteca pública;Educación;2010-01-04;;;2011-02-01
                """);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).hasSize(2);
        assertThat(parsed.items().get(0).name()).isEqualTo("Licencia de construcción; urbanismo");
        assertThat(parsed.items().get(0).publishedOn()).isEqualTo(LocalDate.of(2010, 5, 2));
        assertThat(parsed.items().get(1).kind()).isEqualTo(InventoryItemKind.SERVICIO);
        assertThat(parsed.items().get(1).onlineOn()).isEqualTo(LocalDate.of(2011, 2, 1));
    }

    @Test
    void namesEveryProblemByRowAndColumn() {
        InventoryFile.Parsed parsed = parse("""
                codigo,tipo,nombre,inscrito,publicado
                T-001,tramite,Licencia,2010-01-04,2010-13-01
                T-001,tramite,Otra,2010-01-04,
                T 3,formulario,,2012-01-01,
                """);
        assertThat(parsed.problems()).extracting(InventoryFile.Problem::location).containsExactly(
                "inventario/2/publicado", "inventario/3/codigo", "inventario/4/codigo", "inventario/4/tipo",
                "inventario/4/nombre", "inventario/4/inscrito");
        assertThat(parsed.problems()).extracting(InventoryFile.Problem::key).containsExactly(
                "inventory-file.bad-date", "inventory-file.duplicate-code", "inventory-file.bad-code",
                "inventory-file.bad-kind", "inventory-file.required", "inventory-file.date-in-future");
    }

    @Test
    void refusesAFileWithoutTheRequiredColumns() {
        InventoryFile.Parsed parsed = parse("codigo,nombre\nT-1,Licencia\n");
        assertThat(parsed.problems()).extracting(InventoryFile.Problem::location)
                .containsExactly("inventario/1/tipo", "inventario/1/inscrito");
        assertThat(InventoryFile.parse(List.of(), TODAY).problems()).hasSize(1);
    }
}
