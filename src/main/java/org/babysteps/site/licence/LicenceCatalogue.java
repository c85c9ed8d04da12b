package org.babysteps.site.licence;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.identity.Access;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.LicenceState;
import org.babysteps.site.LicenceSummary;
import org.babysteps.site.Licences;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Licences as other modules and the pages see them; every answer limited to the caller's sites. */
@Service
@Transactional(readOnly = true)
public class LicenceCatalogue implements Licences {

    private static final Set<LicenceState> IN_FORCE = EnumSet.of(LicenceState.ACTIVE, LicenceState.RENEWAL_DUE, LicenceState.SUSPENDED);

    private final LicenceStore store;
    private final Access access;

    LicenceCatalogue(LicenceStore store, Access access) {
        this.store = store;
        this.access = access;
    }

    @Override
    public Optional<LicenceSummary> current(SiteId site) {
        return current(store.ofSite(site, access.scope())).map(row -> summaries(List.of(row)).get(0));
    }

    @Override
    public List<LicenceSummary> currentForVisibleSites() {
        Map<SiteId, List<LicenceRow>> bySite = store.visible(access.scope()).stream()
                .collect(Collectors.groupingBy(LicenceRow::site, java.util.LinkedHashMap::new, Collectors.toList()));
        return summaries(bySite.values().stream().map(LicenceCatalogue::current).flatMap(Optional::stream).toList());
    }

    /** The site's licences, newest first. */
    public List<LicenceRow> ofSite(SiteId site) {
        return store.ofSite(site, access.scope());
    }

    public Optional<LicenceRow> find(SiteId site, UUID id) {
        return store.find(site, id, access.scope());
    }

    public List<LicenceStore.Change> changes(UUID licence) {
        return store.changes(licence, access.scope());
    }

    public List<LicenceStore.Condition> conditions(UUID licence) {
        return store.conditions(List.of(licence), access.scope());
    }

    /**
     * The licence that matters now: one in force (the one already started, else the next to start); otherwise the
     * one that ended or expired last; a draft only when there is nothing else; one withdrawn before it ran last.
     */
    static Optional<LicenceRow> current(List<LicenceRow> licences) {
        LocalDate today = UkTime.today();
        Optional<LicenceRow> inForce = licences.stream().filter(l -> IN_FORCE.contains(l.state()))
                .min(Comparator.comparing((LicenceRow l) -> l.startsOn().isAfter(today))
                        .thenComparing(l -> l.startsOn().isAfter(today) ? l.startsOn().toEpochDay() : -l.startsOn().toEpochDay()));
        if (inForce.isPresent()) {
            return inForce;
        }
        Optional<LicenceRow> finished = licences.stream()
                .filter(l -> !l.withdrawn() && (l.state() == LicenceState.ENDED || l.state() == LicenceState.EXPIRED))
                .max(Comparator.comparing(l -> l.endedOn() != null ? l.endedOn() : l.endsOn()));
        if (finished.isPresent()) {
            return finished;
        }
        Optional<LicenceRow> draft = licences.stream().filter(l -> l.state() == LicenceState.DRAFT)
                .max(Comparator.comparing(LicenceRow::startsOn));
        return draft.isPresent() ? draft : licences.stream().filter(LicenceRow::withdrawn).max(Comparator.comparing(LicenceRow::endedOn));
    }

    private List<LicenceSummary> summaries(List<LicenceRow> rows) {
        Map<UUID, List<LicenceStore.Condition>> conditions = store.conditions(rows.stream().map(LicenceRow::id).toList(),
                access.scope()).stream().collect(Collectors.groupingBy(LicenceStore.Condition::licence));
        return rows.stream().map(row -> new LicenceSummary(row.id(), row.site(), row.siteName(), row.programme(),
                row.programmeVersion(), row.state(), row.startsOn(), row.endsOn(), row.suspensionReason(),
                conditions.getOrDefault(row.id(), List.of()).stream().map(LicenceStore.Condition::condition).toList()))
                .toList();
    }
}
