package org.gelplan.core;

import org.axonframework.messaging.Message;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Lets a projection write once per batch of events instead of once per event (ADR 0015 addendum): its
 * pending writes live in the batch's unit of work and are written when it handles the batch's last
 * event. Axon stores the processor's token in the batch's prepare-commit step, after every event was
 * handled, so the writes still come before the token; a batch that is rolled back takes its unwritten
 * changes with it. Outside a processor's batch (a shadow replay, a single event) every event is the last.
 *
 * <p>Only for a class that handles every event its processing group's batches hold (a group of its own,
 * or one whose classes all handle the same events): another class handling a batch's last event would
 * leave this one's writes unwritten.
 */
public final class ProjectionBatch {

    private ProjectionBatch() {
    }

    /** The current batch's instance under {@code key}, created on its first event; a new one outside a batch. */
    public static <T> T current(String key, Supplier<T> create) {
        return inBatch().map(unitOfWork -> unitOfWork.root().getOrComputeResource(key, k -> create.get()))
                .orElseGet(create);
    }

    /** Whether the event being handled is its batch's last (always, outside a processor's batch): time to write. */
    public static boolean lastEvent() {
        return inBatch().map(unitOfWork -> ((BatchingUnitOfWork<?>) unitOfWork.root()).isLastMessage()).orElse(true);
    }

    /**
     * The events of the current batch, in order, so that a projection can read what all of them need at once;
     * outside a processor's batch the one event being handled, and none outside a unit of work.
     */
    public static List<? extends Message<?>> messages() {
        if (!CurrentUnitOfWork.isStarted()) {
            return List.of();
        }
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root instanceof BatchingUnitOfWork<?> batch ? batch.getMessages() : List.of(CurrentUnitOfWork.get().getMessage());
    }

    private static Optional<UnitOfWork<?>> inBatch() {
        return CurrentUnitOfWork.map(unitOfWork -> unitOfWork.root() instanceof BatchingUnitOfWork<?> ? unitOfWork : null);
    }
}
