package org.gelplan.mongo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints a failed start-up for want of MongoDB as a short description and action, not a stack trace. */
class MongoUnavailableFailureAnalyzer extends AbstractFailureAnalyzer<MongoUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MongoUnavailableException cause) {
        return new FailureAnalysis(cause.description(), cause.action(), cause);
    }
}
