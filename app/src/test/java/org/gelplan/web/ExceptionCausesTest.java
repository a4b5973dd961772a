package org.gelplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gelplan.core.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/** How Axon 4.13's local command bus hands a handler's exception back, and what the advice makes of it. */
class ExceptionCausesTest {

    record FulfilCriterion(String code) {
    }

    private final CommandGateway gateway = gatewayWhoseHandlerThrows(
            TestViolations.of(DomainRuleViolation.Kind.CONFLICT, "INF-NORM-02"));

    @Test
    void sendAndWaitRethrowsTheHandlersExceptionAsItIs() {
        Throwable thrown = catchThrowable(() -> gateway.sendAndWait(new FulfilCriterion("INF-NORM-02")));

        assertThat(thrown).isInstanceOf(TestViolations.TestConflict.class);
        assertThat(ExceptionCauses.unwrap(thrown)).isSameAs(thrown);
    }

    @Test
    void joiningTheFutureWrapsItInACompletionException() {
        Throwable thrown = catchThrowable(() -> gateway.send(new FulfilCriterion("INF-NORM-02")).join());

        assertThat(thrown).isInstanceOf(CompletionException.class);
        assertThat(ExceptionCauses.unwrap(thrown)).isInstanceOf(TestViolations.TestConflict.class);
    }

    @Test
    void gettingTheFutureWrapsItInAnExecutionException() {
        Throwable thrown = catchThrowable(() -> gateway.send(new FulfilCriterion("INF-NORM-02")).get());

        assertThat(thrown).isInstanceOf(ExecutionException.class);
        assertThat(ExceptionCauses.unwrap(thrown)).isInstanceOf(TestViolations.TestConflict.class);
    }

    @Test
    void findsADomainRuleViolationBehindAnyWrapperAndOtherwiseStripsOnlyKnownWrappers() {
        DomainRuleViolation violation = TestViolations.of(DomainRuleViolation.Kind.NOT_FOUND, "x");
        ConcurrencyException concurrency = new ConcurrencyException("sequence taken");

        assertThat(ExceptionCauses.unwrap(new CommandExecutionException("remote", violation))).isSameAs(violation);
        assertThat(ExceptionCauses.unwrap(new IllegalStateException(new RuntimeException(violation)))).isSameAs(violation);
        assertThat(ExceptionCauses.unwrap(new CompletionException(concurrency))).isSameAs(concurrency);
        IllegalStateException bug = new IllegalStateException(concurrency);
        assertThat(ExceptionCauses.unwrap(bug)).isSameAs(bug);
    }

    private static CommandGateway gatewayWhoseHandlerThrows(RuntimeException failure) {
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        bus.subscribe(FulfilCriterion.class.getName(), command -> {
            throw failure;
        });
        return DefaultCommandGateway.builder().commandBus(bus).build();
    }
}
