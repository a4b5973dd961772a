package org.gelplan.compliance.lifecycle;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the daily deadline sweep. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DeadlineSchedule {
}
