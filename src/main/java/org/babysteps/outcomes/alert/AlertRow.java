package org.babysteps.outcomes.alert;

import java.time.Instant;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.AlertStatus;
import org.babysteps.outcomes.Referral;
import org.babysteps.platform.SiteId;

/** One row of {@code safeguarding_alert}. */
record AlertRow(AlertId id, SiteId siteId, FamilyId familyId, String instrumentCode, int instrumentVersion,
                boolean selfCompleted, Instant givenAt, Instant raisedAt, Instant escalatesAt, AlertStatus status,
                Instant escalatedAt, Instant acknowledgedAt, String acknowledgedByName, String actionTaken,
                Referral referral, int version) {

    String instrumentLabel() {
        return instrumentCode + " v" + instrumentVersion;
    }
}
