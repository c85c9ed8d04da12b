package org.babysteps.family.internal;

import java.util.List;
import java.util.Locale;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.JourneyStage;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Lists of families for the list page and the API: by site, stage and the start of a parent's first or last
 * name, newest referral first, a page at a time so a site with thousands of families stays quick.
 */
@Repository
public class FamilySearch {

    public static final int PAGE_SIZE = 50;

    private final JdbcClient jdbc;

    FamilySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What to list; any part may be null. Pages count from 0. */
    public record Criteria(SiteId site, JourneyStage stage, String name, int page) {
    }

    public record Page(List<FamilySummary> families, int page, boolean hasNext) {
    }

    public Page search(Criteria criteria, SiteScope scope) {
        String name = criteria.name() == null || criteria.name().isBlank() ? null
                : likePrefix(criteria.name().trim().toLowerCase(Locale.ROOT));
        List<FamilySummary> rows = scope.bind(jdbc.sql("select " + FamilyStore.COLUMNS + """
                         from family f
                        where (cast(:site as uuid) is null or f.site_id = :site)
                          and (cast(:stage as varchar) is null or f.stage = :stage)
                          and (cast(:name as varchar) is null or exists (
                                select 1 from family_member m
                                 where m.family_id = f.id and m.removed_at is null
                                   and (lower(m.first_name) like :name or lower(m.last_name) like :name
                                        or lower(m.name) like :name)))
                          and """ + scope.condition("f.site_id") + """
                         order by f.referral_date desc, f.display_name, f.id
                         limit :limit offset :offset
                        """)
                        .param("site", criteria.site() == null ? null : criteria.site().value())
                        .param("stage", criteria.stage() == null ? null : criteria.stage().name())
                        .param("name", name)
                        .param("limit", PAGE_SIZE + 1)
                        .param("offset", (long) Math.max(0, criteria.page()) * PAGE_SIZE))
                .query(FamilyStore::row).list().stream().map(FamilyRow::summary).toList();
        boolean hasNext = rows.size() > PAGE_SIZE;
        return new Page(hasNext ? rows.subList(0, PAGE_SIZE) : rows, Math.max(0, criteria.page()), hasNext);
    }

    /** The typed text as a LIKE prefix, with LIKE's own wildcards taken literally. */
    private static String likePrefix(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
