package org.babysteps.family;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.babysteps.platform.SiteId;

/**
 * What other modules may ask of the family module. Every read is limited to the caller's sites in SQL and audited
 * as a read of personal data.
 */
public interface Families {

    Optional<FamilySummary> find(FamilyId id);

    /** Families of a site at one stage of the journey, e.g. new referrals waiting to be contacted. */
    List<FamilySummary> atStage(SiteId site, JourneyStage stage);

    /** Families of a site still in the programme (not closed), for enrolment screens. */
    List<FamilySummary> openFamiliesAt(SiteId site);

    /** Summaries of several families at once (e.g. everyone in a group), without one query per family. */
    Map<FamilyId, FamilySummary> findAll(Collection<FamilyId> ids);

    /** The parents and supporter of each family, for registers. */
    Map<FamilyId, List<Participant>> participants(Collection<FamilyId> ids);

    /**
     * The day each of these families' programme ended: the family completed it or left (a closed
     * {@link JourneyStage}). Families still in the programme, or not visible to the caller, are absent. Audited as
     * one read of the set.
     */
    Map<FamilyId, LocalDate> closedOn(Collection<FamilyId> ids);

    /** Whether the family's consent for this purpose is given and not withdrawn today. */
    boolean hasConsent(FamilyId id, ConsentPurpose purpose);

    /**
     * Those of these families whose consent for this purpose is given and not withdrawn today, in one query; a family
     * without it, or not visible to the caller, is simply absent. Audited as one read of the set's consents.
     */
    Set<FamilyId> withConsent(Collection<FamilyId> ids, ConsentPurpose purpose);

    /** Throws {@link ConsentRequiredException} unless the consent is current. */
    void requireConsent(FamilyId id, ConsentPurpose purpose);

    /**
     * Moves the family along its journey because of something another module recorded (first home visit done,
     * enrolled, completed). Never moves a family backwards or out of a closed stage (it then does nothing).
     * Enrolling needs the family's current consent to take part: without it, {@link ConsentRequiredException}.
     * Runs in the caller's site scope, so an event listener calls it under a
     * {@code SystemIdentity} whose scope covers the family's site.
     */
    void reachStage(FamilyId id, JourneyStage stage, LocalDate on);

    /** Counts of the site's families at each step of the journey; aggregate only, for dashboards. */
    ReferralFunnel funnel(SiteId site);

    /** What happened to the site's families from..to (both included), step by step; aggregate only, for reports. */
    ReferralActivity activity(SiteId site, LocalDate from, LocalDate to);

    /**
     * Referral factors, completion and birth outcomes of some of a site's families, for an evaluator's de-identified
     * data set; families of other sites (or not the caller's) are simply absent. Audited as one read of the set.
     */
    Map<FamilyId, FamilyEvaluationFacts> evaluationFacts(SiteId site, Collection<FamilyId> ids);
}
