package org.babysteps.outcomes.instrument;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.outcomes.instrument.InstrumentFile.CutOffEntry;
import org.babysteps.outcomes.instrument.InstrumentFile.ReliabilityEntry;

/**
 * Checks an instrument file for everything that would make it score or warn other than its source says, and names
 * every problem at once with where it is, so one start-up shows them all. The items, subscales and risk rules are
 * {@link ItemChecks}' part.
 */
final class InstrumentFileValidator {

    static final String CODE = "[a-z0-9][a-z0-9-]{0,62}";

    private InstrumentFileValidator() {
    }

    static List<Problem> problems(InstrumentFile file) {
        List<Problem> problems = new ArrayList<>();
        if (file == null) {
            problems.add(Problem.at("", "the file is empty"));
            return problems;
        }
        checkIdentity(file, problems);
        ItemChecks.ItemRanges ranges = ItemChecks.check(file, problems);
        checkRange(file, ranges, problems);
        checkMissingData(file, ranges, problems);
        checkCutOffs(file, problems);
        checkTotalRules(file, problems);
        checkReliability(file.reliability(), problems);
        return problems;
    }

    private static void checkIdentity(InstrumentFile file, List<Problem> problems) {
        if (blank(file.code()) || !file.code().matches(CODE)) {
            problems.add(Problem.at("/code", "code '" + file.code() + "' must be lower-case letters, digits and"
                    + " hyphens, e.g. epds"));
        }
        if (file.version() == null || file.version() < 1) {
            problems.add(Problem.at("/version", "version must be 1 or more"));
        }
        required(file.name(), "/name", "name", problems);
        required(file.citation(), "/citation", "citation (the published source)", problems);
        required(file.licence(), "/licence", "licence (the terms it may be used under)", problems);
        required(file.respondentHint(), "/respondentHint", "respondentHint", problems);
        required(file.instructions(), "/instructions", "instructions (what the respondent reads first)", problems);
        if (file.worse() == null) {
            problems.add(Problem.at("/worse", "worse is missing: say HIGHER or LOWER (which way the total gets worse)"));
        }
    }

    private static void checkRange(InstrumentFile file, ItemChecks.ItemRanges ranges, List<Problem> problems) {
        if (file.range() == null || file.range().min() == null || file.range().max() == null) {
            problems.add(Problem.at("/range", "range is missing: give its min and max total"));
        } else if (ranges.known() && (file.range().min() != ranges.min() || file.range().max() != ranges.max())) {
            problems.add(Problem.at("/range", "range is " + file.range().min() + " to " + file.range().max()
                    + " but the items' scores add up to " + ranges.min() + " to " + ranges.max()));
        }
    }

    private static void checkMissingData(InstrumentFile file, ItemChecks.ItemRanges ranges, List<Problem> problems) {
        Integer allowed = file.missingData() == null ? null : file.missingData().maxMissingToProrate();
        int items = file.itemList().size();
        if (allowed == null) {
            problems.add(Problem.at("/missingData", "missingData.maxMissingToProrate is missing (0 for no prorating)"));
        } else if (allowed < 0 || (items > 0 && allowed >= items)) {
            problems.add(Problem.at("/missingData/maxMissingToProrate", "missingData.maxMissingToProrate is "
                    + allowed + " but must be between 0 and " + (items - 1)));
        } else if (allowed > 0 && !ranges.uniform()) {
            // prorating lets the answered items stand in for the missing ones, which is only fair if all count alike
            problems.add(Problem.at("/missingData/maxMissingToProrate", "missingData.maxMissingToProrate must be 0"
                    + " because the items are not all scored on the same range"));
        }
    }

    private static void checkCutOffs(InstrumentFile file, List<Problem> problems) {
        List<CutOffEntry> cutOffs = file.cutOffList();
        int clinical = 0;
        for (int i = 0; i < cutOffs.size(); i++) {
            CutOffEntry band = cutOffs.get(i);
            String at = "/cutOffs/" + i;
            if (band == null || band.from() == null || band.to() == null) {
                problems.add(Problem.at(at, "cut-off " + (i + 1) + " needs from and to"));
                continue;
            }
            String name = "cut-off " + band.from() + " to " + band.to();
            if (band.from() > band.to()) {
                problems.add(Problem.at(at + "/from", name + " runs backwards: from must not be above to"));
            }
            if (file.range() != null && file.range().min() != null && file.range().max() != null
                    && (band.from() < file.range().min() || band.to() > file.range().max())) {
                problems.add(Problem.at(band.from() < file.range().min() ? at + "/from" : at + "/to", name
                        + " is outside the valid range " + file.range().min() + " to " + file.range().max()));
            }
            if (blank(band.meaning())) {
                problems.add(Problem.at(at, name + " has no meaning"));
            }
            if (Boolean.TRUE.equals(band.clinicalThreshold()) && ++clinical == 2) {
                problems.add(Problem.at(at + "/clinicalThreshold", name + " is a second clinical threshold band:"
                        + " mark only one"));
            }
        }
    }

    private static void checkTotalRules(InstrumentFile file, List<Problem> problems) {
        if (file.range() == null || file.range().min() == null || file.range().max() == null) {
            return;
        }
        for (int i = 0; i < file.riskRuleList().size(); i++) {
            InstrumentFile.RiskRuleEntry rule = file.riskRuleList().get(i);
            if (rule != null && !rule.isItemRule() && rule.totalAtLeast() != null
                    && (rule.totalAtLeast() <= file.range().min() || rule.totalAtLeast() > file.range().max())) {
                problems.add(Problem.at("/riskRules/" + i + "/totalAtLeast", "risk rule '" + rule.code()
                        + "' fires at a total of " + rule.totalAtLeast() + ", outside the valid range "
                        + file.range().min() + " to " + file.range().max() + ": it would always or never fire"));
            }
        }
    }

    private static void checkReliability(ReliabilityEntry reliability, List<Problem> problems) {
        if (reliability == null) {
            problems.add(Problem.at("/reliability", "reliability is missing: give alpha, alphaSource, normSd and"
                    + " normSdSource"));
            return;
        }
        if (reliability.alpha() == null || reliability.alpha() <= 0 || reliability.alpha() >= 1) {
            problems.add(Problem.at("/reliability/alpha", "reliability.alpha must be between 0 and 1 (exclusive)"));
        }
        required(reliability.alphaSource(), "/reliability/alphaSource", "reliability.alphaSource", problems);
        if (reliability.normSd() != null && reliability.normSd() <= 0) {
            problems.add(Problem.at("/reliability/normSd", "reliability.normSd must be above 0, or null to use the"
                    + " sample's baseline SD"));
        }
        required(reliability.normSdSource(), "/reliability/normSdSource",
                "reliability.normSdSource (where the SD comes from, or why there is none)", problems);
        checkPublishedThreshold(reliability.reliableChange(), problems);
    }

    /** Optional; when given, it replaces the index for every site, so it must be a whole positive number with its source. */
    private static void checkPublishedThreshold(InstrumentFile.ReliableChangeEntry threshold, List<Problem> problems) {
        if (threshold == null) {
            return;
        }
        Double points = threshold.points();
        if (points == null || !(points > 0) || points != Math.floor(points) || points > Integer.MAX_VALUE) {
            problems.add(Problem.at("/reliability/reliableChange/points", "reliability.reliableChange.points must be a"
                    + " whole number of points above 0 (a change of at least that many is reliable)"));
        }
        required(threshold.citedAs(), "/reliability/reliableChange/citedAs",
                "reliability.reliableChange.citedAs (how sentences cite it, e.g. Matthey 2004)", problems);
        required(threshold.source(), "/reliability/reliableChange/source",
                "reliability.reliableChange.source (the publication the threshold is taken from)", problems);
    }

    private static void required(String value, String pointer, String field, List<Problem> problems) {
        if (blank(value)) {
            problems.add(Problem.at(pointer, field + " is missing"));
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
