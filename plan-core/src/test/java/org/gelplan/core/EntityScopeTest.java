package org.gelplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EntityScopeTest {

    @Test
    void aMunicipalityCoversOnlyItself() {
        EntityScope mocoa = EntityScope.of("86001");

        assertThat(mocoa.covers("86001")).isTrue();
        assertThat(mocoa.covers("86002")).isFalse();
        assertThat(mocoa.covers("86")).isFalse();
    }

    @Test
    void aDepartmentCoversItselfAndEveryMunicipalityStartingWithIt() {
        EntityScope putumayo = EntityScope.of("86");

        assertThat(putumayo.covers("86")).isTrue();
        assertThat(putumayo.covers("86001")).isTrue();
        assertThat(putumayo.covers("86885")).isTrue();
        assertThat(putumayo.covers("05001")).isFalse();
        assertThat(putumayo.covers("08")).isFalse();
    }

    @Test
    void theNationalProgrammeCoversEveryEntity() {
        EntityScope national = EntityScope.national();

        assertThat(national.covers("05001")).isTrue();
        assertThat(national.covers("86")).isTrue();
        assertThat(national.isNational()).isTrue();
    }

    @Test
    void anEmptyScopeCoversNothing() {
        assertThat(EntityScope.none().covers("86001")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8600", "860011", "*86", "86001 ", "$ne", "8600a"})
    void malformedCodesAreNeverCovered(String code) {
        assertThat(EntityScope.national().covers(code)).isFalse();
    }

    @Test
    void nullIsNeverCovered() {
        assertThat(EntityScope.national().covers(null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "8", "860", "8600", "860011", "**", "all", "86,001"})
    void rejectsMalformedEntries(String entry) {
        assertThatIllegalArgumentException().isThrownBy(() -> EntityScope.of(entry));
    }

    @Test
    void printsAndParsesItsEntriesInAStableOrder() {
        EntityScope scope = new EntityScope(Set.of("86001", "86", "05001"));

        assertThat(scope).hasToString("05001,86,86001");
        assertThat(EntityScope.parse(" 86001, 86 ,05001")).isEqualTo(scope);
        assertThat(EntityScope.parse("")).isEqualTo(EntityScope.none());
    }
}
