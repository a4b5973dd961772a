package org.gelplan.mongo;

import java.util.Objects;
import java.util.stream.Collectors;

import org.bson.Document;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.env.Environment;

import com.mongodb.MongoException;
import com.mongodb.client.MongoClient;
import com.mongodb.connection.ServerDescription;

/**
 * Pings the external MongoDB the moment the MongoClient bean is ready, before any other bean can
 * use it, and turns "unreachable" into a start-up failure that tells the operator what to do.
 */
final class MongoStartupPing implements BeanPostProcessor {

    private final Environment environment;

    MongoStartupPing(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof MongoClient client) {
            ping(client);
        }
        return bean;
    }

    private void ping(MongoClient client) {
        try {
            client.getDatabase("admin").runCommand(new Document("ping", 1));
        } catch (MongoException e) {
            String uri = ExternalMongoUri.redacted(
                ExternalMongoUri.parse(environment.getProperty(MongoConnectionProperties.MONGODB_URI_PROPERTY)));
            throw new MongoUnavailableException(
                "Cannot reach the MongoDB at " + uri + " (MONGODB_URI)" + reasons(client) + ".",
                "Start that MongoDB (for a replica set, make a majority of its members reachable), correct MONGODB_URI, "
                    + "or unset MONGODB_URI to run on the embedded store in GEL_DATA_DIR.", e);
        }
    }

    private static String reasons(MongoClient client) {
        String reasons = client.getClusterDescription().getServerDescriptions().stream()
            .filter(server -> server.getException() != null)
            .map(MongoStartupPing::reason)
            .filter(Objects::nonNull)
            .collect(Collectors.joining("; "));
        return reasons.isEmpty() ? "" : ": " + reasons;
    }

    private static String reason(ServerDescription server) {
        Throwable cause = server.getException();
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return server.getAddress() + " " + cause.getMessage();
    }
}
