package org.gelplan.mongo;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/** Embedded unless a MongoDB URI is set; a blank URI (the default {@code ${MONGODB_URI:}}) counts as unset. */
final class MongoMode {

    private MongoMode() {
    }

    static boolean isExternal(ConditionContext context) {
        return StringUtils.hasText(context.getEnvironment().getProperty(MongoConnectionProperties.MONGODB_URI_PROPERTY));
    }

    static final class Embedded implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !isExternal(context);
        }
    }

    static final class External implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return isExternal(context);
        }
    }
}
