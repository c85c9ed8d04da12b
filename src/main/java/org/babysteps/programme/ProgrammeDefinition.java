package org.babysteps.programme;

import java.util.List;
import java.util.Optional;

/**
 * A licensed programme as data, at one version. Nothing about Baby Steps is coded: it is the first file.
 *
 * @param referralSources      who may refer, e.g. "Midwife", "Health visitor", "Early help", "Self", "Other"
 * @param vulnerabilityFactors the configurable list of reasons and vulnerability factors shown on a referral
 * @param components           the parts of the programme, each core (must not change) or adaptable
 * @param licenceConditions    the conditions every licence for this programme carries
 * @param timePoints           when outcome questionnaires are asked and which; empty for a programme that measures
 *                             no outcomes
 */
public record ProgrammeDefinition(ProgrammeId id, int version, String name, String summary, List<Theme> themes,
                                  List<ContactDefinition> contacts, GroupRules groupRules, CompletionRule completion,
                                  CoFacilitationRule coFacilitation, List<String> referralSources,
                                  List<String> vulnerabilityFactors, List<ProgrammeComponent> components,
                                  List<LicenceConditionDefinition> licenceConditions, List<TimePoint> timePoints) {

    public ProgrammeDefinition {
        timePoints = List.copyOf(timePoints);
        themes = List.copyOf(themes);
        contacts = List.copyOf(contacts);
        referralSources = List.copyOf(referralSources);
        vulnerabilityFactors = List.copyOf(vulnerabilityFactors);
        components = List.copyOf(components);
        licenceConditions = List.copyOf(licenceConditions);
    }

    /** A programme that measures no outcomes. */
    public ProgrammeDefinition(ProgrammeId id, int version, String name, String summary, List<Theme> themes,
                               List<ContactDefinition> contacts, GroupRules groupRules, CompletionRule completion,
                               CoFacilitationRule coFacilitation, List<String> referralSources,
                               List<String> vulnerabilityFactors, List<ProgrammeComponent> components,
                               List<LicenceConditionDefinition> licenceConditions) {
        this(id, version, name, summary, themes, contacts, groupRules, completion, coFacilitation, referralSources,
                vulnerabilityFactors, components, licenceConditions, List.of());
    }

    public List<ContactDefinition> groupSessions() {
        return contacts.stream().filter(ContactDefinition::isGroupSession).toList();
    }

    public List<ContactDefinition> homeVisits() {
        return contacts.stream().filter(contact -> !contact.isGroupSession()).toList();
    }

    public Optional<ContactDefinition> contact(String code) {
        return contacts.stream().filter(contact -> contact.code().equals(code)).findFirst();
    }

    public Optional<ProgrammeComponent> component(String code) {
        return components.stream().filter(component -> component.code().equals(code)).findFirst();
    }

    public Optional<LicenceConditionDefinition> licenceCondition(LicenceConditionType type) {
        return licenceConditions.stream().filter(condition -> condition.type() == type).findFirst();
    }

    public Optional<TimePoint> timePoint(String code) {
        return timePoints.stream().filter(timePoint -> timePoint.code().equals(code)).findFirst();
    }
}
