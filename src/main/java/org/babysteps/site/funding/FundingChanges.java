package org.babysteps.site.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.babysteps.site.FundingStreamSummary;

/** Says in the audit trail what an edit changed, field by field ("status VERBAL -> SECURED"). */
final class FundingChanges {

    private FundingChanges() {
    }

    static String describe(FundingStreamSummary before, FundingStreamSummary after) {
        List<String> changes = new ArrayList<>();
        add(changes, "commissioner", before.commissionerName(), after.commissionerName());
        add(changes, "contact", before.contactName(), after.contactName());
        add(changes, "contact email", before.contactEmail(), after.contactEmail());
        add(changes, "amount", plain(before.amount()), plain(after.amount()));
        add(changes, "starts", before.startsOn(), after.startsOn());
        add(changes, "ends", before.endsOn(), after.endsOn());
        add(changes, "pays for", before.paysFor(), after.paysFor());
        add(changes, "status", before.status(), after.status());
        return changes.isEmpty() ? "no changes" : String.join("; ", changes);
    }

    static String describe(FundingStreamSummary created) {
        return "commissioner " + created.commissionerName() + "; amount " + plain(created.amount()) + "; "
                + created.startsOn() + " to " + created.endsOn() + "; status " + created.status();
    }

    private static void add(List<String> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(field + " " + before + " -> " + after);
        }
    }

    private static String plain(java.math.BigDecimal amount) {
        return amount == null ? null : amount.stripTrailingZeros().toPlainString();
    }
}
