package org.babysteps.reporting.evaluation.data;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.delivery.DeliveryPeriods;
import org.babysteps.delivery.FamilyAttendance;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyEvaluationFacts;
import org.babysteps.family.FamilyId;
import org.babysteps.outcomes.EvaluationResponse;
import org.babysteps.outcomes.EvaluationResponses;
import org.babysteps.outcomes.Instruments;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.Programmes;
import org.babysteps.programme.RespondentRole;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.evaluation.data.EvaluationDataSet.SubscaleColumn;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a site's de-identified evaluation data for a period from the modules that own it (outcomes' stored scores,
 * family's referral factors and birth outcomes, delivery's attendance), each limited to the caller's sites in SQL,
 * replaces every id by its pseudonym, and audits the read as one record: it is personal data, pseudonymised.
 */
@Service
@Transactional(readOnly = true)
public class EvaluationDataExport {

    private static final Comparator<EvaluationDataRow> ORDER = Comparator
            .comparing(EvaluationDataRow::familyPseudonym).thenComparing(EvaluationDataRow::parentPseudonym)
            .thenComparing(EvaluationDataRow::completedMonth).thenComparing(EvaluationDataRow::timePoint)
            .thenComparing(EvaluationDataRow::instrumentCode);

    private final Sites sites;
    private final EvaluationResponses responses;
    private final Families families;
    private final DeliveryPeriods delivery;
    private final Instruments instruments;
    private final Programmes programmes;
    private final PseudonymKeyStore keys;
    private final AuditLog auditLog;

    EvaluationDataExport(Sites sites, EvaluationResponses responses, Families families, DeliveryPeriods delivery,
                         Instruments instruments, Programmes programmes, PseudonymKeyStore keys, AuditLog auditLog) {
        this.sites = sites;
        this.responses = responses;
        this.families = families;
        this.delivery = delivery;
        this.instruments = instruments;
        this.programmes = programmes;
        this.keys = keys;
        this.auditLog = auditLog;
    }

    /** The site as the caller may see it; another site's, or an unknown one, is not found. */
    public SiteSummary site(SiteId id) {
        return sites.find(id).orElseThrow(() -> new NotFoundException("Site"));
    }

    /** The data set, audited as a view of the site's evaluation data in the given format ("csv", "xlsx"). */
    public EvaluationDataSet read(SiteId id, ReportingPeriod period, String format) {
        SiteSummary site = site(id);
        List<EvaluationResponse> completed = responses.ofParentsActiveBetween(id, period.from(), period.to());
        Set<FamilyId> familyIds = new LinkedHashSet<>();
        completed.forEach(response -> familyIds.add(response.family()));
        Map<FamilyId, FamilyEvaluationFacts> facts = families.evaluationFacts(id, familyIds);
        Map<FamilyId, FamilyAttendance> attendance = delivery.attendance(id, familyIds);
        Pseudonyms pseudonyms = new Pseudonyms(keys.key());
        List<EvaluationDataRow> rows = new ArrayList<>();
        for (EvaluationResponse response : completed) {
            rows.add(row(response, facts.get(response.family()), attendance.get(response.family()), pseudonyms));
        }
        rows.sort(ORDER);
        EvaluationDataSet data = new EvaluationDataSet(site.name(), period, LocalDateTime.now(UkTime.clock()),
                subscales(rows), factors(facts.values()), rows);
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "evaluation-data", id.value(), id)
                .withDetail(format + " " + period.from() + " to " + period.to() + ": " + rows.size() + " rows"));
        return data;
    }

    private static EvaluationDataRow row(EvaluationResponse response, FamilyEvaluationFacts facts,
                                         FamilyAttendance attendance, Pseudonyms pseudonyms) {
        boolean hasFacts = facts != null;
        return new EvaluationDataRow(pseudonyms.family(response.family().value()),
                pseudonyms.parent(response.participantId()),
                response.role() == RespondentRole.BIRTH_PARENT ? "birth parent" : "partner",
                attendance == null || attendance.group() == null ? null : pseudonyms.group(attendance.group().value()),
                response.timePoint(), response.instrumentCode(), response.instrumentVersion(), response.total(),
                response.prorated(), response.subscaleTotals(), response.completedMonth(),
                attendance == null ? 0 : attendance.sessionsAttended(), hasFacts && facts.completedProgramme(),
                hasFacts ? Set.copyOf(facts.vulnerabilityFactors()) : Set.of(),
                hasFacts ? facts.gestationWeeks() : null, hasFacts ? facts.birthWeightGrams() : null,
                hasFacts && facts.deliveryMode() != null ? facts.deliveryMode().label() : null);
    }

    /** Every published subscale of the instruments in the rows, over all their versions, by instrument code. */
    private List<SubscaleColumn> subscales(List<EvaluationDataRow> rows) {
        Map<String, SubscaleColumn> columns = new LinkedHashMap<>();
        new TreeSet<>(rows.stream().map(EvaluationDataRow::instrumentCode).toList()).forEach(code ->
                instruments.versions(code).forEach(version -> version.subscales().forEach(subscale ->
                        columns.putIfAbsent(code + " " + subscale.code(),
                                new SubscaleColumn(code, subscale.code(), subscale.title())))));
        return List.copyOf(columns.values());
    }

    /** The programmes' referral factors in their files' order, then any others the families have, alphabetically. */
    private List<String> factors(java.util.Collection<FamilyEvaluationFacts> facts) {
        Set<String> factors = new LinkedHashSet<>();
        programmes.all().forEach(programme -> factors.addAll(programme.vulnerabilityFactors()));
        new TreeSet<>(facts.stream().flatMap(family -> family.vulnerabilityFactors().stream()).toList())
                .forEach(factors::add);
        return List.copyOf(factors);
    }
}
