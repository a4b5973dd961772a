package org.gelplan.core;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** Matches when the application runs in demo mode, as {@link DemoProperties#active()} decides. */
public class OnDemoMode implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return Binder.get(context.getEnvironment()).bind("gelplan.demo", DemoProperties.class)
                .orElseGet(() -> new DemoProperties(null, context.getEnvironment().getProperty("gelplan.mongodb-uri")))
                .active();
    }
}
