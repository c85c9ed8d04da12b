package org.babysteps.family.internal;

import java.util.List;
import java.util.Optional;
import org.babysteps.family.FamilyId;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.SupporterDetails;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.SiteId;
import org.springframework.stereotype.Component;

/**
 * Keeps a family's parents and supporter in line with its referral details: changes people in place, adds who is
 * new and marks who was taken off as removed (so their ids, which registers and consents refer to, stay valid).
 */
@Component
public class FamilyMembers {

    private final MemberStore store;

    FamilyMembers(MemberStore store) {
        this.store = store;
    }

    public void add(FamilyId family, SiteId site, ReferralDetails referral) {
        for (int i = 0; i < referral.parents().size(); i++) {
            store.insertParent(family, site, i + 1, referral.parents().get(i));
        }
        if (referral.supporter() != null) {
            store.insertSupporter(family, site, referral.supporter());
        }
    }

    public void replace(FamilyId family, SiteId site, ReferralDetails referral, SiteScope scope) {
        List<MemberRecord> current = store.ofFamilies(List.of(family), scope);
        for (int position = 1; position <= 2; position++) {
            Optional<MemberRecord> existing = at(current, position);
            ParentDetails wanted = position <= referral.parents().size() ? referral.parents().get(position - 1) : null;
            if (existing.isPresent() && wanted != null) {
                store.updateParent(existing.get().id(), wanted);
            } else if (existing.isPresent()) {
                store.remove(existing.get().id());
            } else if (wanted != null) {
                store.insertParent(family, site, position, wanted);
            }
        }
        Optional<MemberRecord> supporter = at(current, MemberRecord.SUPPORTER_POSITION);
        SupporterDetails wanted = referral.supporter();
        if (supporter.isPresent() && wanted != null) {
            store.updateSupporter(supporter.get().id(), wanted);
        } else if (supporter.isPresent()) {
            store.remove(supporter.get().id());
        } else if (wanted != null) {
            store.insertSupporter(family, site, wanted);
        }
    }

    /** "Amira Khan and Joe Khan": how lists and registers name the family. */
    public static String displayName(ReferralDetails referral) {
        return String.join(" and ", referral.parents().stream().map(ParentDetails::fullName).toList());
    }

    private static Optional<MemberRecord> at(List<MemberRecord> members, int position) {
        return members.stream().filter(member -> member.position() == position).findFirst();
    }
}
