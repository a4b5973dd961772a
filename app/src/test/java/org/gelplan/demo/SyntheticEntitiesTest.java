package org.gelplan.demo;

import org.gelplan.plan.api.TerritorialEntity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Synthetic entities can never be taken for real ones (ADR 0009), at the national benchmark's count too. */
class SyntheticEntitiesTest {

    private static final int COLOMBIA = 1_103;

    @Test
    void theNationalCountHasDistinctCodesThatDivipolaGivesToNoMunicipality() {
        List<TerritorialEntity> entities = SyntheticEntities.first(COLOMBIA);

        assertThat(entities).hasSize(COLOMBIA);
        assertThat(entities).extracting(TerritorialEntity::daneCode).doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(Integer.parseInt(code.substring(2))).isBetween(901, 999))
                .allMatch(SyntheticEntities::isSynthetic);
        assertThat(entities).extracting(TerritorialEntity::name).allMatch(name -> name.contains("sintético"));
    }

    @Test
    void realCodesAreNeverSynthetic() {
        assertThat(List.of("86001", "05001", "11001", "99773")).noneMatch(SyntheticEntities::isSynthetic);
    }

    @Test
    void theNthEntityIsTheSameWhateverTheCount() {
        assertThat(SyntheticEntities.first(COLOMBIA)).startsWith(SyntheticEntities.first(40).toArray(TerritorialEntity[]::new));
    }
}
