package org.babysteps.family.web;

/**
 * Who may see and change families: the site's own leads and facilitators. Licensor staff, commissioners,
 * trainers and evaluators never see a family's personal data, so they are refused (403) before any lookup.
 */
final class FamilyWorkers {

    static final String RULE = "hasAnyRole('SITE_LEAD', 'FACILITATOR')";

    private FamilyWorkers() {
    }
}
