package org.gelplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostileJsonTest {

    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"$ne", " $where", "\t$regex", "$gt: 1", "$EXPR"})
    void stringsStartingWithDollarAndALetterLookLikeOperators(String value) {
        assertThat(HostileJson.looksLikeOperator(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"$ 5.000", "$5000", "US$ 3", "precio: $ne", "", "$", "ne$"})
    void moneyAndDollarsInsideTextAreFine(String value) {
        assertThat(HostileJson.looksLikeOperator(value)).isFalse();
    }

    @Test
    void keysMayNotStartWithDollarNorContainADot() {
        assertThat(HostileJson.isForbiddenKey("$set")).isTrue();
        assertThat(HostileJson.isForbiddenKey("evidence.url")).isTrue();
        assertThat(HostileJson.isForbiddenKey("fulfilledOn")).isFalse();
        assertThat(HostileJson.isForbiddenKey("US$")).isFalse();
    }

    @Test
    void namesTheFirstOffenceAsAJsonPointerWithEscapes() throws Exception {
        HostileInput found = catchThrowableOfType(HostileInput.class,
                () -> HostileJson.check(json.readTree("{\"a/b\":{\"c~d\":[1,\"$ne\"]}}")));

        assertThat(found.kind()).isEqualTo(HostileInput.Kind.OPERATOR_VALUE);
        assertThat(found.location()).isEqualTo("/a~1b/c~0d/1");
    }

    @Test
    void acceptsOrdinaryDocuments() {
        assertThatCode(() -> HostileJson.check(json.readTree("""
                {"fulfilledOn":"2009-10-15","evidence":{"description":"Acta 3 ($ 2.000)","url":null},
                 "agenda":["Informe trimestral"],"votesFor":7}""")))
                .doesNotThrowAnyException();
    }
}
