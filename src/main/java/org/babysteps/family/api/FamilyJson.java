package org.babysteps.family.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.DeliveryMode;
import org.babysteps.family.FamilySummary;
import org.babysteps.family.JourneyStage;
import org.babysteps.family.ParticipantRole;
import org.babysteps.family.internal.ConsentRecord;
import org.babysteps.family.internal.FamilyProfile;
import org.babysteps.family.internal.FamilyRow;
import org.babysteps.family.internal.FamilySearch;
import org.babysteps.family.internal.JourneyStepRecord;
import org.babysteps.family.internal.MemberRecord;

/** The API's answers: plain ids and values, never internal types. */
public final class FamilyJson {

    private FamilyJson() {
    }

    public record Listed(UUID id, UUID siteId, String displayName, LocalDate expectedDeliveryDate, JourneyStage stage,
                         LocalDate referredOn) {
    }

    public record Page(List<Listed> families, int page, boolean hasNext) {
    }

    public record Person(UUID id, ParticipantRole role, String name, String firstName, String lastName,
                         LocalDate dateOfBirth, String phone, String email, String nhsNumber, String relationship) {
    }

    public record Consent(UUID id, ConsentPurpose purpose, LocalDate givenOn, UUID givenByParentId, String givenBy,
                          Set<UUID> partnerAgencyIds, LocalDate withdrawnOn, boolean current) {
    }

    public record Step(JourneyStage from, JourneyStage stage, LocalDate on, String reason, String recordedBy) {
    }

    public record Birth(LocalDate dateOfBirth, int gestationWeeks, int gestationDays, int birthWeightGrams,
                        DeliveryMode deliveryMode, String babyName) {
    }

    public record Family(UUID id, UUID siteId, int version, String displayName, String referrerSource,
                         String referrerName, LocalDate referralDate, LocalDate expectedDeliveryDate,
                         List<String> vulnerabilityFactors, String otherReasons, List<Person> parents, Person supporter,
                         String preferredLanguage, boolean interpreterNeeded, Set<ContactMethod> contactMethods,
                         String contactBestTimes, String transportNeeds, boolean needsTransportHelp, String notes,
                         JourneyStage stage, LocalDate stageSince, List<Consent> consents, List<Step> journey,
                         Birth birth) {
    }

    public record Created(UUID id) {
    }

    static Page page(FamilySearch.Page page) {
        return new Page(page.families().stream().map(FamilyJson::listed).toList(), page.page(), page.hasNext());
    }

    static Listed listed(FamilySummary family) {
        return new Listed(family.id().value(), family.siteId().value(), family.displayName(),
                family.expectedDeliveryDate(), family.stage(), family.referredOn());
    }

    static Family family(FamilyProfile profile, LocalDate today) {
        FamilyRow row = profile.family().row();
        return new Family(row.id().value(), row.siteId().value(), row.version(), row.displayName(),
                row.referrerSource(), row.referrerName(), row.referralDate(), row.expectedDeliveryDate(),
                row.vulnerabilityFactors(), row.otherReasons(),
                profile.family().parents().stream().map(FamilyJson::person).toList(),
                profile.family().supporter().map(FamilyJson::person).orElse(null), row.preferredLanguage(),
                row.interpreterNeeded(), row.contactMethods(), row.contactBestTimes(), row.transportNeeds(),
                row.needsTransportHelp(), row.notes(), row.stage(), row.stageSince(),
                profile.consents().stream().map(consent -> consent(consent, today)).toList(),
                profile.journey().stream().map(FamilyJson::step).toList(),
                profile.birth().map(birth -> new Birth(birth.dateOfBirth(), birth.gestationWeeks(),
                        birth.gestationDays(), birth.birthWeightGrams(), birth.deliveryMode(), birth.babyName()))
                        .orElse(null));
    }

    private static Person person(MemberRecord member) {
        return new Person(member.id(), member.role(), member.name(), member.firstName(), member.lastName(),
                member.dateOfBirth(), member.phone(), member.email(), member.nhsNumber(), member.relationship());
    }

    private static Consent consent(ConsentRecord consent, LocalDate today) {
        return new Consent(consent.id().value(), consent.purpose(), consent.givenOn(), consent.givenByMemberId(),
                consent.givenByName(), consent.partnerAgencies().stream().map(agency -> agency.value())
                .collect(Collectors.toSet()), consent.withdrawnOn(), consent.currentOn(today));
    }

    private static Step step(JourneyStepRecord step) {
        return new Step(step.from(), step.stage(), step.on(), step.reason(), step.recordedByName());
    }
}
