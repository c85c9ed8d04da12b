package org.babysteps.site.funding;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.site.FundingStatus;
import org.babysteps.site.FundingStreamSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Funding streams in PostgreSQL. Every read applies the caller's site scope and, for a commissioner, their own
 * organisation in the query, so other streams never leave the database.
 */
@Repository
class FundingStreamStore {

    private static final String SELECT = """
            select f.id, f.site_id, s.name as site_name, f.commissioner_id, a.name as commissioner_name,
                   f.contact_name, f.contact_email, f.amount, f.starts_on, f.ends_on, f.pays_for, f.status, f.version
            from funding_stream f join site s on s.id = f.site_id join agency a on a.id = f.commissioner_id
            """;

    private final JdbcClient jdbc;

    FundingStreamStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<VersionedFundingStream> forSite(SiteId site, SiteScope scope, FundingViewer viewer) {
        return visible(" and f.site_id = :site order by f.starts_on, lower(a.name)", scope, viewer)
                .param("site", site.value()).query(FundingStreamStore::stream).list();
    }

    List<VersionedFundingStream> all(SiteScope scope, FundingViewer viewer) {
        return visible(" order by lower(s.name), f.starts_on", scope, viewer).query(FundingStreamStore::stream).list();
    }

    Optional<VersionedFundingStream> find(UUID id, SiteScope scope, FundingViewer viewer) {
        return visible(" and f.id = :id", scope, viewer).param("id", id).query(FundingStreamStore::stream).optional();
    }

    /** The dates of the secured streams the caller may see, of one site or (site null) of every visible site. */
    List<SiteSecuredPeriod> securedPeriods(SiteId site, SiteScope scope, FundingViewer viewer) {
        String sql = "select f.site_id, f.starts_on, f.ends_on from funding_stream f where f.status = 'SECURED' and "
                + scope.condition("f.site_id") + " and (:seesAll or f.commissioner_id = :agency)"
                + (site == null ? "" : " and f.site_id = :site");
        JdbcClient.StatementSpec statement = scope.bind(jdbc.sql(sql)).param("seesAll", viewer.seesAllStreams())
                .param("agency", viewer.agencyOrNobody());
        if (site != null) {
            statement = statement.param("site", site.value());
        }
        return statement.query((rs, n) -> new SiteSecuredPeriod(new SiteId(rs.getObject("site_id", UUID.class)),
                new SecuredPeriod(rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class)))).list();
    }

    void insert(UUID id, SiteId site, AgencyId commissioner, FundingStreamDetails details) {
        jdbc.sql("""
                insert into funding_stream (id, site_id, commissioner_id, contact_name, contact_email, amount, starts_on,
                    ends_on, pays_for, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, site.value(), commissioner.value(), blankToNull(details.contactName()),
                        blankToNull(details.contactEmail()), details.amount(), details.startsOn(), details.endsOn(),
                        details.paysFor().trim(), details.status().name())
                .update();
    }

    /** Optimistic update: false when someone else saved the stream since {@code expectedVersion} was read. */
    boolean update(UUID id, int expectedVersion, AgencyId commissioner, FundingStreamDetails details) {
        return jdbc.sql("""
                update funding_stream set commissioner_id = :commissioner, contact_name = :contactName,
                    contact_email = :contactEmail, amount = :amount, starts_on = :startsOn, ends_on = :endsOn,
                    pays_for = :paysFor, status = :status, version = version + 1
                where id = :id and version = :version""")
                .param("commissioner", commissioner.value()).param("contactName", blankToNull(details.contactName()))
                .param("contactEmail", blankToNull(details.contactEmail())).param("amount", details.amount())
                .param("startsOn", details.startsOn()).param("endsOn", details.endsOn())
                .param("paysFor", details.paysFor().trim()).param("status", details.status().name())
                .param("id", id).param("version", expectedVersion)
                .update() == 1;
    }

    private JdbcClient.StatementSpec visible(String rest, SiteScope scope, FundingViewer viewer) {
        String sql = SELECT + " where " + scope.condition("f.site_id") + " and (:seesAll or f.commissioner_id = :agency)" + rest;
        return scope.bind(jdbc.sql(sql)).param("seesAll", viewer.seesAllStreams()).param("agency", viewer.agencyOrNobody());
    }

    private static VersionedFundingStream stream(ResultSet rs, int row) throws SQLException {
        return new VersionedFundingStream(new FundingStreamSummary(rs.getObject("id", UUID.class),
                new SiteId(rs.getObject("site_id", UUID.class)), rs.getString("site_name"),
                new AgencyId(rs.getObject("commissioner_id", UUID.class)), rs.getString("commissioner_name"),
                rs.getString("contact_name"), rs.getString("contact_email"), rs.getBigDecimal("amount"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getString("pays_for"), FundingStatus.valueOf(rs.getString("status"))), rs.getInt("version"));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    record SiteSecuredPeriod(SiteId site, SecuredPeriod period) {
    }
}
