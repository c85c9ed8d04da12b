package org.babysteps.delivery.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.delivery.Venue;
import org.babysteps.delivery.VenueId;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class VenueStore {

    private final JdbcClient jdbc;

    VenueStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Venue venue) {
        jdbc.sql("insert into venue (id, site_id, name, address, capacity, accessibility_notes) values (?, ?, ?, ?, ?, ?)")
                .params(venue.id().value(), venue.siteId().value(), venue.name(), venue.address(), venue.capacity(),
                        venue.accessibilityNotes())
                .update();
    }

    public List<Venue> atSite(SiteId site, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from venue v where v.site_id = :site and " + scope.condition("v.site_id")
                        + " order by lower(v.name)").param("site", site.value()))
                .query(VenueStore::venue).list();
    }

    public Optional<Venue> find(VenueId id, SiteScope scope) {
        return scope.bind(jdbc.sql("select * from venue v where v.id = :id and " + scope.condition("v.site_id"))
                        .param("id", id.value()))
                .query(VenueStore::venue).optional();
    }

    private static Venue venue(ResultSet rs, int row) throws SQLException {
        return new Venue(new VenueId(rs.getObject("id", UUID.class)), new SiteId(rs.getObject("site_id", UUID.class)),
                rs.getString("name"), rs.getString("address"), rs.getInt("capacity"), rs.getString("accessibility_notes"));
    }
}
