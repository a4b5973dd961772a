package org.gelplan.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

class FuturesTest {

    @Test
    void givesTheValue() {
        assertThat(Futures.join(CompletableFuture.completedFuture("x"))).isEqualTo("x");
    }

    @Test
    void rethrowsARuntimeFailureAsItself() {
        IllegalStateException failure = new IllegalStateException("store down");

        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(failure))).isSameAs(failure);
    }

    @Test
    void leavesACheckedFailureWrapped() {
        Exception failure = new Exception("checked");

        assertThatThrownBy(() -> Futures.join(CompletableFuture.failedFuture(failure)))
            .isInstanceOf(CompletionException.class).hasCause(failure);
    }
}
