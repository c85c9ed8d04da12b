package org.babysteps.audit.internal;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A small connection pool of the audit log's own. Audit rows are committed in a transaction separate from the
 * caller's (so the chain lock is held for a moment, not for a whole request); if those transactions took their
 * connections from the main pool, a burst of requests each holding one main connection and waiting for a second
 * would exhaust it and deadlock. With its own pool an audit write never waits on the requests it audits.
 */
@Component
class AuditConnections implements DisposableBean {

    private final HikariDataSource pool;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    /** Depends on the main DataSource so it is closed first, before an embedded database stops. */
    AuditConnections(DataSourceProperties properties, DataSource mainDataSource) {
        this.pool = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        this.pool.setPoolName("audit");
        this.pool.setMaximumPoolSize(4);
        this.pool.setMinimumIdle(1);
        this.jdbc = JdbcClient.create(pool);
        this.transaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
    }

    JdbcClient jdbc() {
        return jdbc;
    }

    TransactionTemplate transaction() {
        return transaction;
    }

    @Override
    public void destroy() {
        pool.close();
    }
}
