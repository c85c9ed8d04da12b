package org.babysteps.delivery;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.delivery.internal.ContactDateQuery;
import org.babysteps.identity.Access;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When each family's programme contacts fall, for the families a facilitator works with: what tells the outcomes
 * module which questionnaires are due. Dates only; names come from the family module.
 */
@Service
@Transactional(readOnly = true)
public class ContactDates {

    private final ContactDateQuery query;
    private final Access access;

    ContactDates(ContactDateQuery query, Access access) {
        this.query = query;
        this.access = access;
    }

    /**
     * The families enrolled in, or who completed, the groups the signed-in user facilitates whose last session is on
     * or after {@code lastSessionOnOrAfter} (running groups, groups not started yet, and groups recently finished),
     * within the user's sites.
     */
    public List<FamilyContacts> ofFamiliesFacilitatedBySignedInUser(LocalDate lastSessionOnOrAfter) {
        return query.forFacilitator(access.currentUser().userId(), lastSessionOnOrAfter, access.scope());
    }
}
