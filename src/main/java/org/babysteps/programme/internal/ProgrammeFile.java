package org.babysteps.programme.internal;

import java.util.List;
import java.util.Set;
import org.babysteps.programme.AskedInstrument;
import org.babysteps.programme.CoFacilitationRule;
import org.babysteps.programme.CompletionRule;
import org.babysteps.programme.ContactDefinition;
import org.babysteps.programme.ContactKind;
import org.babysteps.programme.GroupRules;
import org.babysteps.programme.LicenceConditionDefinition;
import org.babysteps.programme.LicenceConditionType;
import org.babysteps.programme.Phase;
import org.babysteps.programme.ProgrammeComponent;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.RespondentRole;
import org.babysteps.programme.Theme;
import org.babysteps.programme.TimePoint;

/**
 * A programme file exactly as written. Every field may be missing (null) here, so that the validator can say
 * which one is, instead of a parser's stack trace; only a file the validator passed becomes a definition.
 */
record ProgrammeFile(String id, Integer version, String name, String summary, List<ThemeEntry> themes,
                     List<ContactEntry> contacts, GroupRulesEntry groupRules, CompletionEntry completion,
                     CoFacilitationEntry coFacilitation, List<String> referralSources,
                     List<String> vulnerabilityFactors, List<ComponentEntry> components,
                     List<LicenceConditionEntry> licenceConditions, MeasurementEntry measurement) {

    record ThemeEntry(String code, String title) {
    }

    record ContactEntry(String code, ContactKind kind, Phase phase, String title, Integer sessionNumber,
                        Integer weeksAfterStart, List<String> themes, Boolean talkAndListenTime) {

        boolean isGroupSession() {
            return kind == ContactKind.GROUP_SESSION;
        }

        List<String> themeCodes() {
            return orEmpty(themes);
        }
    }

    record GroupRulesEntry(Integer maxFamilies, Integer minGestationWeeksAtStart, Integer maxGestationWeeksAtStart) {
    }

    record CompletionEntry(List<String> requiredVisits, Integer minimumGroupSessions) {
    }

    record CoFacilitationEntry(List<String> requiredAgencyTypes, Boolean trainedOnly) {
    }

    record ComponentEntry(String code, String title, String description, Boolean core) {
    }

    record LicenceConditionEntry(String code, LicenceConditionType type, String title, String description,
                                 Integer frequencyWeeks, Integer metAtPercent, Integer atRiskFromPercent) {
    }

    /** Optional: a programme without it measures no outcomes. */
    record MeasurementEntry(List<TimePointEntry> timePoints) {
    }

    record TimePointEntry(String code, String title, String contact, Integer weeksAfterContact,
                          List<AskedEntry> instruments) {
    }

    record AskedEntry(String instrument, List<RespondentRole> respondents, Boolean onlyWithPartner) {
    }

    List<TimePointEntry> timePointList() {
        return measurement == null ? List.of() : orEmpty(measurement.timePoints());
    }

    List<ComponentEntry> componentList() {
        return orEmpty(components);
    }

    List<LicenceConditionEntry> licenceConditionList() {
        return orEmpty(licenceConditions);
    }

    List<ThemeEntry> themeList() {
        return orEmpty(themes);
    }

    List<ContactEntry> contactList() {
        return orEmpty(contacts);
    }

    List<ContactEntry> groupSessions() {
        return contactList().stream().filter(ContactEntry::isGroupSession).toList();
    }

    /** Only for a file the validator found no problem in. */
    ProgrammeDefinition toDefinition() {
        return new ProgrammeDefinition(new ProgrammeId(id), version, name.trim(), summary.trim(),
                themeList().stream().map(theme -> new Theme(theme.code(), theme.title().trim())).toList(),
                contactList().stream().map(ProgrammeFile::contact).toList(),
                new GroupRules(groupRules.maxFamilies(), groupRules.minGestationWeeksAtStart(),
                        groupRules.maxGestationWeeksAtStart()),
                new CompletionRule(Set.copyOf(orEmpty(completion.requiredVisits())),
                        completion.minimumGroupSessions()),
                new CoFacilitationRule(Set.copyOf(coFacilitation.requiredAgencyTypes()),
                        Boolean.TRUE.equals(coFacilitation.trainedOnly())),
                orEmpty(referralSources), orEmpty(vulnerabilityFactors),
                componentList().stream().map(entry -> new ProgrammeComponent(entry.code(), entry.title().trim(),
                        entry.description() == null ? "" : entry.description().trim(), entry.core())).toList(),
                licenceConditionList().stream().map(entry -> new LicenceConditionDefinition(entry.code(), entry.type(),
                        entry.title().trim(), entry.description() == null ? "" : entry.description().trim(),
                        entry.frequencyWeeks(), entry.metAtPercent(), entry.atRiskFromPercent())).toList(),
                timePointList().stream().map(ProgrammeFile::timePoint).toList());
    }

    private static TimePoint timePoint(TimePointEntry entry) {
        return new TimePoint(entry.code(), entry.title().trim(), entry.contact(),
                entry.weeksAfterContact() == null ? 0 : entry.weeksAfterContact(),
                orEmpty(entry.instruments()).stream().map(asked -> new AskedInstrument(asked.instrument().trim(),
                        Set.copyOf(asked.respondents()), Boolean.TRUE.equals(asked.onlyWithPartner()))).toList());
    }

    private static ContactDefinition contact(ContactEntry entry) {
        return new ContactDefinition(entry.code(), entry.kind(), entry.phase(), entry.title().trim(),
                entry.sessionNumber(), entry.weeksAfterStart(), entry.themeCodes(),
                Boolean.TRUE.equals(entry.talkAndListenTime()));
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
