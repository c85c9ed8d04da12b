package org.babysteps.audit;

import java.util.Objects;
import org.babysteps.platform.SiteId;

/**
 * One thing to audit: the action, the kind and id of the record it touched, the site it belongs to (if any)
 * and a short detail. Who and from where are taken from the request.
 */
public record AuditRecord(AuditAction action, String recordType, String recordId, SiteId siteId, String detail) {

    public AuditRecord {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(recordType, "record type");
    }

    public static AuditRecord of(AuditAction action, String recordType, Object recordId, SiteId siteId) {
        return new AuditRecord(action, recordType, recordId == null ? null : recordId.toString(), siteId, null);
    }

    public AuditRecord withDetail(String detail) {
        return new AuditRecord(action, recordType, recordId, siteId, detail);
    }
}
