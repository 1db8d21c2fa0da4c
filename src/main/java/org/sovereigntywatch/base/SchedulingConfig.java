package org.sovereigntywatch.base;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/**
 * Scheduled jobs. A job that must run once whatever the number of application nodes (reminders, clean-ups) carries
 * {@code @SchedulerLock}: ShedLock then takes a row of the {@code shedlock} table (made by Flyway, V21) before each run,
 * and a node that finds it taken skips that run. Each run keeps its lock for at least five minutes
 * ({@code sovereigntywatch.jobs.lock-at-least}), so a node whose clock runs a little behind does not run the same hour's
 * job again after the first node finished it. Times are the database's, so nodes' clocks need not agree. A job that
 * concerns each node (telling this node's pages of new notifications) carries none.
 */
@Configuration
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SchedulingConfig {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
