package org.babysteps.outcomes;

import java.util.List;
import java.util.Optional;

/**
 * A questionnaire as data, at one version: its items and how they are scored, what totals mean, when an answer is a
 * safeguarding risk, and where it comes from and under which terms it may be used. Read from
 * {@code instruments/<code>.v<version>.yml}; a changed instrument is a new file with the next version.
 *
 * @param code           stable code, e.g. "epds"; programmes name instruments by it
 * @param version        the file's version; responses keep it
 * @param name           full name, e.g. "Edinburgh Postnatal Depression Scale (EPDS)"
 * @param citation       the published source
 * @param licence        the terms under which it is used
 * @param respondentHint who completes it and how, for staff choosing it
 * @param instructions   what the respondent reads before the items, as published
 * @param items          the items in order, numbered as published
 * @param subscales      published subscales, possibly none
 * @param missingData    when a total is prorated and when there is none
 * @param range          the totals it can produce
 * @param cutOffs        bands of totals with their meanings, possibly overlapping
 * @param worse          which way the total gets worse
 * @param reliability    alpha and reference SD for the reliable change index, with their sources
 * @param riskRules      answers that raise a safeguarding alert, possibly none
 */
public record InstrumentDefinition(String code, int version, String name, String citation, String licence,
                                   String respondentHint, String instructions, List<InstrumentItem> items,
                                   List<Subscale> subscales, MissingDataRule missingData, ScoreRange range,
                                   List<CutOff> cutOffs, Direction worse, Reliability reliability,
                                   List<RiskRule> riskRules) {

    public InstrumentDefinition {
        items = List.copyOf(items);
        subscales = List.copyOf(subscales);
        cutOffs = List.copyOf(cutOffs);
        riskRules = List.copyOf(riskRules);
    }

    public Optional<InstrumentItem> item(int number) {
        return items.stream().filter(item -> item.number() == number).findFirst();
    }

    /** The band whose totals count as clinical, for clinically significant change; empty if none is marked. */
    public Optional<CutOff> clinicalBand() {
        return cutOffs.stream().filter(CutOff::clinicalThreshold).findFirst();
    }

    /** The bands a total falls in, in file order. */
    public List<CutOff> bandsOf(int total) {
        return cutOffs.stream().filter(band -> band.contains(total)).toList();
    }

    /** "EPDS v1" style label for messages. */
    public String label() {
        return code + " v" + version;
    }
}
