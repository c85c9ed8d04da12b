package org.babysteps.reporting.evaluation.web;

import java.util.EnumMap;
import java.util.Map;
import org.babysteps.reporting.evaluation.EvaluationReportRecord;
import org.babysteps.reporting.evaluation.NarrativeSection;
import org.springframework.validation.Errors;

/** The site's own words, one field per {@link NarrativeSection} (named by {@link NarrativeSection#field()}). */
public class NarrativeForm {

    private int version;
    private String context;
    private String wentWell;
    private String challenges;
    private String familyVoice;
    private String nextSteps;

    static NarrativeForm of(EvaluationReportRecord report) {
        NarrativeForm form = new NarrativeForm();
        form.version = report.version();
        form.context = report.section(NarrativeSection.CONTEXT);
        form.wentWell = report.section(NarrativeSection.WENT_WELL);
        form.challenges = report.section(NarrativeSection.CHALLENGES);
        form.familyVoice = report.section(NarrativeSection.FAMILY_VOICE);
        form.nextSteps = report.section(NarrativeSection.NEXT_STEPS);
        return form;
    }

    Map<NarrativeSection, String> sections() {
        Map<NarrativeSection, String> sections = new EnumMap<>(NarrativeSection.class);
        sections.put(NarrativeSection.CONTEXT, context);
        sections.put(NarrativeSection.WENT_WELL, wentWell);
        sections.put(NarrativeSection.CHALLENGES, challenges);
        sections.put(NarrativeSection.FAMILY_VOICE, familyVoice);
        sections.put(NarrativeSection.NEXT_STEPS, nextSteps);
        return sections;
    }

    /** Each section within the length a report can hold; the message sits next to the section that is too long. */
    void check(Errors errors) {
        sections().forEach((section, text) -> {
            if (text != null && text.strip().length() > NarrativeSection.MAX_LENGTH) {
                errors.rejectValue(section.field(), "length", "Keep “" + section.title() + "” to "
                        + String.format(java.util.Locale.UK, "%,d", NarrativeSection.MAX_LENGTH) + " characters or fewer;"
                        + " it has " + String.format(java.util.Locale.UK, "%,d", text.strip().length()));
            }
        });
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }

    public String getContext() {
        return context;
    }

    public void setContext(String context) {
        this.context = context;
    }

    public String getWentWell() {
        return wentWell;
    }

    public void setWentWell(String wentWell) {
        this.wentWell = wentWell;
    }

    public String getChallenges() {
        return challenges;
    }

    public void setChallenges(String challenges) {
        this.challenges = challenges;
    }

    public String getFamilyVoice() {
        return familyVoice;
    }

    public void setFamilyVoice(String familyVoice) {
        this.familyVoice = familyVoice;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }
}
