package org.gelplan.reporting.audit;

import org.gelplan.reporting.api.StoredEventLog;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;

/** The chain's collection and the chain itself, over the event log the application provides. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

    @Bean
    AuditChainStore auditChainStore(MongoDatabaseFactory databases) {
        return new AuditChainStore(databases.getMongoDatabase());
    }

    @Bean
    AuditChain auditChain(StoredEventLog log, AuditChainStore store) {
        return new AuditChain(log, store);
    }
}
