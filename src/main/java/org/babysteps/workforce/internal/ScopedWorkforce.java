package org.babysteps.workforce.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.babysteps.identity.Access;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.workforce.Practitioner;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.TrainingRecords;
import org.babysteps.workforce.TrainingStatus;
import org.babysteps.workforce.VersionedPractitioner;
import org.babysteps.workforce.Workforce;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Workforce} for other modules: practitioners and their training, within the caller's sites. */
@Service
@Transactional(readOnly = true)
class ScopedWorkforce implements Workforce {

    private final PractitionerStore practitioners;
    private final TrainingRecords training;
    private final SupervisionStore supervision;
    private final Access access;

    ScopedWorkforce(PractitionerStore practitioners, TrainingRecords training, SupervisionStore supervision,
                    Access access) {
        this.practitioners = practitioners;
        this.training = training;
        this.supervision = supervision;
        this.access = access;
    }

    @Override
    public Optional<Practitioner> find(PractitionerId id) {
        return practitioners.find(id, access.scope()).map(VersionedPractitioner::practitioner);
    }

    @Override
    public Optional<Practitioner> ofUser(UserId user) {
        return practitioners.ofUser(user)
                .filter(practitioner -> practitioner.siteIds().stream().anyMatch(access.scope()::includes));
    }

    @Override
    public List<Practitioner> atSite(SiteId site) {
        return practitioners.atSite(site, access.scope());
    }

    @Override
    public TrainingStatus trainingStatus(PractitionerId id, ProgrammeId programme, LocalDate on) {
        return training.status(id, programme, on);
    }

    @Override
    public java.util.Set<UserId> supervisorsOf(java.util.Collection<UserId> supervisees, SiteId site) {
        return supervision.latestSupervisorAccounts(supervisees, site, org.babysteps.platform.UkTime.today(),
                access.scope());
    }
}
