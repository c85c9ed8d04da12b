package org.babysteps.audit.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds audit entries by who, which record and when, newest first, a page at a time. */
@Component
public class AuditSearch {

    public static final int PAGE_SIZE = 50;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;

    AuditSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Criteria; blank ones are ignored. {@code before} pages backwards by sequence number. */
    public record Criteria(String user, String recordId, LocalDate from, LocalDate to, Long before) {
    }

    public List<AuditEntry> find(Criteria criteria) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (hasText(criteria.user())) {
            where.add("lower(actor_name) like :user escape '\\'");
            params.put("user", "%" + likeEscape(criteria.user().trim().toLowerCase()) + "%");
        }
        if (hasText(criteria.recordId())) {
            where.add("record_id = :recordId");
            params.put("recordId", criteria.recordId().trim());
        }
        if (criteria.from() != null) {
            where.add("occurred_at >= :from");
            params.put("from", criteria.from().atStartOfDay(UK).toOffsetDateTime());
        }
        if (criteria.to() != null) {
            where.add("occurred_at < :to");
            params.put("to", criteria.to().plusDays(1).atStartOfDay(UK).toOffsetDateTime());
        }
        if (criteria.before() != null) {
            where.add("seq < :before");
            params.put("before", criteria.before());
        }
        String sql = "select " + AuditEntryMapper.COLUMNS + " from audit_event"
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
                + " order by seq desc limit " + PAGE_SIZE;
        return jdbc.sql(sql).params(params).query(new AuditEntryMapper()).list();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }

    private static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
