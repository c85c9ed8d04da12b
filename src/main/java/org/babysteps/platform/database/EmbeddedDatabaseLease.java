package org.babysteps.platform.database;

import java.nio.file.Path;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ties the embedded server's life to the Spring context using it. The datasource is made to depend on the lease,
 * so on shutdown the connection pool closes first and the server stops after it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(EmbeddedDatabaseEnvironment.ACTIVE)
class EmbeddedDatabaseLease {

    static final String BEAN = "embeddedPostgresLease";

    @Bean(BEAN)
    static Lease embeddedPostgresLease(org.springframework.core.env.Environment environment) {
        Path directory = Path.of(environment.getRequiredProperty(EmbeddedDatabaseEnvironment.ACTIVE));
        EmbeddedPostgresServer server = EmbeddedPostgresServer.running(directory)
                .orElseThrow(() -> new IllegalStateException("Embedded PostgreSQL is not running for " + directory));
        server.retain();
        return new Lease(server);
    }

    @Bean
    static BeanFactoryPostProcessor dataSourceDependsOnLease() {
        return EmbeddedDatabaseLease::makeDataSourceDependOnLease;
    }

    private static void makeDataSourceDependOnLease(ConfigurableListableBeanFactory beanFactory) {
        for (String name : beanFactory.getBeanNamesForType(javax.sql.DataSource.class, true, false)) {
            var definition = beanFactory.getBeanDefinition(name);
            String[] existing = definition.getDependsOn();
            String[] dependsOn = existing == null ? new String[] {BEAN} : append(existing, BEAN);
            definition.setDependsOn(dependsOn);
        }
    }

    private static String[] append(String[] names, String name) {
        String[] result = java.util.Arrays.copyOf(names, names.length + 1);
        result[names.length] = name;
        return result;
    }

    /** Releases the server when the context closes. */
    static final class Lease implements DisposableBean {

        private final EmbeddedPostgresServer server;

        Lease(EmbeddedPostgresServer server) {
            this.server = server;
        }

        @Override
        public void destroy() {
            server.release();
        }
    }
}
