package org.gelplan.mongo;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.data.mongo.MongoDataAutoConfiguration;
import org.springframework.boot.autoconfigure.mongo.MongoAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Just the MongoDB connection layer and Boot's Mongo auto-configuration, without the rest of the app. */
@Configuration(proxyBeanMethods = false)
@Import(MongoConnectionConfiguration.class)
@ImportAutoConfiguration({MongoAutoConfiguration.class, MongoDataAutoConfiguration.class})
class MongoOnlyApplication {
}
