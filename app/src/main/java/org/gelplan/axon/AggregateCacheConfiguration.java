package org.gelplan.axon;

import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.EhCache3Adapter;
import org.axonframework.common.caching.NoCache;
import org.ehcache.CacheManager;
import org.ehcache.config.builders.CacheConfigurationBuilder;
import org.ehcache.config.builders.CacheManagerBuilder;
import org.ehcache.config.builders.ResourcePoolsBuilder;
import org.ehcache.core.Ehcache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The aggregates' cache (ADR 0017): the last {@code gelplan.axon.aggregate-cache-size} aggregates a
 * command touched stay on the heap, so the next command on one of them neither reads its snapshot nor
 * its events. Bounded by entries and held strongly: a {@code WeakReferenceCache} lost its entries at
 * every young collection, so most commands still loaded their aggregate. Axon drops an entry whose
 * unit of work rolls back, so a copy that another instance has moved past costs one refused command
 * (409), never a wrong event: the unique sequence key refuses the stale append. 0 turns it off.
 */
@Configuration(proxyBeanMethods = false)
class AggregateCacheConfiguration {

    @Bean(destroyMethod = "close")
    CacheManager aggregateCacheManager() {
        return CacheManagerBuilder.newCacheManagerBuilder().build(true);
    }

    /** Aggregates name it in {@code @Aggregate(cache = "aggregateCache")}. */
    @Bean
    Cache aggregateCache(CacheManager aggregateCacheManager, AxonProperties properties) {
        if (properties.aggregateCacheSize() <= 0) {
            return NoCache.INSTANCE;
        }
        return new EhCache3Adapter((Ehcache<Object, Object>) aggregateCacheManager.createCache("aggregates",
                CacheConfigurationBuilder.newCacheConfigurationBuilder(Object.class, Object.class,
                        ResourcePoolsBuilder.heap(properties.aggregateCacheSize()))));
    }
}
