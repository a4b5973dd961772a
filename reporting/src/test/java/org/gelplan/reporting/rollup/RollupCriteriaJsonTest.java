package org.gelplan.reporting.rollup;

import org.gelplan.plan.api.Phase;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rollup's criteria as stored: one JSON text, the same for the same criteria however they were built. */
class RollupCriteriaJsonTest {

    private static final RollupCriterion FULFILLED = new RollupCriterion(Phase.INFORMACION, RollupCriterion.FULFILLED,
            LocalDate.of(2010, 3, 1), LocalDate.of(2010, 11, 1));
    private static final RollupCriterion PENDING = new RollupCriterion(Phase.INTERACCION, RollupCriterion.PENDING,
            null, LocalDate.of(2011, 12, 1));

    @Test
    void criteriaComeBackAsTheyWereStored() {
        Map<String, RollupCriterion> criteria = Map.of("INF-01", FULFILLED, "INT-07", PENDING);

        assertThat(RollupCriteriaJson.read(RollupCriteriaJson.write(criteria))).isEqualTo(criteria);
    }

    @Test
    void theTextIsOrderedByCodeSoThatAReplayWritesTheSameDocument() {
        Map<String, RollupCriterion> oneWay = new LinkedHashMap<>();
        oneWay.put("INT-07", PENDING);
        oneWay.put("INF-01", FULFILLED);
        Map<String, RollupCriterion> otherWay = new LinkedHashMap<>();
        otherWay.put("INF-01", FULFILLED);
        otherWay.put("INT-07", PENDING);

        assertThat(RollupCriteriaJson.write(oneWay)).isEqualTo(RollupCriteriaJson.write(otherWay)).isEqualTo(
                "{\"INF-01\":{\"phase\":\"INFORMACION\",\"state\":\"FULFILLED\",\"fulfilledOn\":\"2010-03-01\","
                        + "\"targetDate\":\"2010-11-01\"},"
                        + "\"INT-07\":{\"phase\":\"INTERACCION\",\"state\":\"PENDING\",\"targetDate\":\"2011-12-01\"}}");
    }

    @Test
    void aStoredValueThatIsNotItsJsonIsRefusedWithTheReason() {
        assertThatThrownBy(() -> RollupCriteriaJson.read("{\"INF-01\":[]}"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not the JSON this class writes");
    }
}
