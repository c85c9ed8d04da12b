package org.babysteps.identity;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The sites a caller may see, applied inside SQL: every query of site or personal data adds
 * {@link #condition(String)} to its WHERE clause and {@link #bind(JdbcClient.StatementSpec)} to its parameters,
 * so rows of other sites never leave the database.
 */
public record SiteScope(boolean allSites, Set<SiteId> siteIds) {

    public SiteScope {
        siteIds = Set.copyOf(siteIds);
    }

    public static SiteScope all() {
        return new SiteScope(true, Set.of());
    }

    public static SiteScope of(Set<SiteId> siteIds) {
        return new SiteScope(false, siteIds);
    }

    public static SiteScope none() {
        return new SiteScope(false, Set.of());
    }

    public boolean includes(SiteId siteId) {
        return allSites || siteIds.contains(siteId);
    }

    /** A SQL condition true only for rows whose {@code siteColumn} is one of the caller's sites. */
    public String condition(String siteColumn) {
        if (!siteColumn.matches("[a-z_][a-z0-9_.]*")) {
            throw new IllegalArgumentException("Not a column name: " + siteColumn);
        }
        return "(:scopeAllSites or " + siteColumn + " = any(:scopeSiteIds))";
    }

    public JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
        return statement.param("scopeAllSites", allSites).param("scopeSiteIds", uuidArray());
    }

    private UUID[] uuidArray() {
        return siteIds.stream().map(SiteId::value).collect(Collectors.toSet()).toArray(UUID[]::new);
    }
}
