package org.gelplan.axon;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SegmentBalancerTest {

    @Test
    void aNodeHoldingEverySegmentReleasesAllButItsFairShare() {
        assertThat(SegmentBalancer.surplus(List.of(0, 1), 2, 2)).containsExactly(1);
        assertThat(SegmentBalancer.surplus(List.of(0, 1, 2, 3), 4, 2)).containsExactly(3, 2);
    }

    @Test
    void aFairShareIsRoundedUpSoThatEverySegmentHasAnOwner() {
        assertThat(SegmentBalancer.surplus(List.of(0, 1), 2, 3)).containsExactly(1);
        assertThat(SegmentBalancer.surplus(List.of(1), 2, 3)).isEmpty();
        assertThat(SegmentBalancer.surplus(List.of(0, 2), 3, 2)).isEmpty();
    }

    @Test
    void aNodeAloneKeepsEverything() {
        assertThat(SegmentBalancer.surplus(List.of(0, 1), 2, 1)).isEmpty();
    }
}
