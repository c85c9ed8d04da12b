package org.babysteps.platform.bench;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The benchmark floor's table, present only when the application runs with the {@code bench} profile
 * ({@code bench/run.sh}). Deliberately not a Flyway migration: a production database never gets it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("bench")
class BenchFloorConfiguration {

    @Bean
    InitializingBean benchFloorTable(JdbcClient jdbc) {
        return () -> jdbc.sql("""
                create table if not exists bench_floor (
                    id   bigserial primary key,
                    at   timestamptz default now(),
                    note text
                )""").update();
    }
}
