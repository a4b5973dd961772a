package org.gelplan.mongo;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Provides Spring Boot's {@code MongoConnectionDetails} for the embedded or the external MongoDB;
 * Boot's {@code MongoAutoConfiguration} and {@code MongoDataAutoConfiguration} then build the one
 * {@code MongoClient}, {@code MongoDatabaseFactory} and {@code MongoTemplate} everyone uses.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MongoConnectionProperties.class)
@Import({EmbeddedMongoConfiguration.class, ExternalMongoConfiguration.class})
public class MongoConnectionConfiguration {
}
