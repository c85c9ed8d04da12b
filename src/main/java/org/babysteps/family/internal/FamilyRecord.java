package org.babysteps.family.internal;

import java.util.List;
import java.util.Optional;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.Referrer;
import org.babysteps.family.SupporterDetails;

/** A family with its parents and supporter, as a page or the API shows it. */
public record FamilyRecord(FamilyRow row, List<MemberRecord> members) {

    public FamilyRecord {
        members = List.copyOf(members);
    }

    public List<MemberRecord> parents() {
        return members.stream().filter(MemberRecord::parent).toList();
    }

    public Optional<MemberRecord> supporter() {
        return members.stream().filter(member -> !member.parent()).findFirst();
    }

    /** The family as a referral, the shape edits start from. */
    public ReferralDetails details() {
        SupporterDetails supporter = supporter().map(MemberRecord::supporterDetails).orElse(null);
        return new ReferralDetails(new Referrer(row.referrerSource(), row.referrerName()), row.referralDate(),
                row.expectedDeliveryDate(), row.vulnerabilityFactors(), row.otherReasons(),
                parents().stream().map(MemberRecord::parentDetails).toList(), supporter, row.preferredLanguage(),
                row.interpreterNeeded(), row.contactMethods(), row.contactBestTimes(), row.transportNeeds(),
                row.needsTransportHelp(), row.notes());
    }
}
