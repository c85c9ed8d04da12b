package org.babysteps.programme;

import java.util.List;
import java.util.Optional;

/**
 * A licensed programme as data, at one version. Nothing about Baby Steps is coded: it is the first file.
 *
 * @param referralSources      who may refer, e.g. "Midwife", "Health visitor", "Early help", "Self", "Other"
 * @param vulnerabilityFactors the configurable list of reasons and vulnerability factors shown on a referral
 */
public record ProgrammeDefinition(ProgrammeId id, int version, String name, String summary, List<Theme> themes,
                                  List<ContactDefinition> contacts, GroupRules groupRules, CompletionRule completion,
                                  CoFacilitationRule coFacilitation, List<String> referralSources,
                                  List<String> vulnerabilityFactors) {

    public ProgrammeDefinition {
        themes = List.copyOf(themes);
        contacts = List.copyOf(contacts);
        referralSources = List.copyOf(referralSources);
        vulnerabilityFactors = List.copyOf(vulnerabilityFactors);
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
}
