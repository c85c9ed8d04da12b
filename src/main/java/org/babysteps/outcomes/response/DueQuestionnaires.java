package org.babysteps.outcomes.response;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.babysteps.family.Participant;
import org.babysteps.programme.AskedInstrument;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.RespondentRole;
import org.babysteps.programme.TimePoint;

/**
 * What a family is asked, time point by time point and parent by parent, from the programme's time points, with
 * each questionnaire's state: due (not yet completed), in progress, or completed with its stored score.
 */
public final class DueQuestionnaires {

    /** One questionnaire for one parent at one time point. */
    public record Item(String instrumentCode, String instrumentName, Optional<ResponseRecord> completed,
                       Optional<ResponseRecord> inProgress) {

        public boolean due() {
            return completed.isEmpty();
        }
    }

    /** One parent at one time point, in the role they answer in. */
    public record ParentItems(UUID participantId, String name, RespondentRole role, List<Item> items) {

        public long dueCount() {
            return items.stream().filter(Item::due).count();
        }
    }

    public record AtTimePoint(TimePoint timePoint, List<ParentItems> parents) {
    }

    private DueQuestionnaires() {
    }

    /**
     * @param parents        the family's parents, first parent first
     * @param responses      every response of the family
     * @param instrumentName an instrument's name by its code
     */
    public static List<AtTimePoint> of(ProgrammeDefinition programme, List<Participant> parents,
                                       List<ResponseRecord> responses, Function<String, String> instrumentName) {
        boolean couple = parents.size() > 1;
        List<AtTimePoint> result = new ArrayList<>();
        for (TimePoint timePoint : programme.timePoints()) {
            List<ParentItems> byParent = new ArrayList<>();
            for (int index = 0; index < parents.size(); index++) {
                Participant parent = parents.get(index);
                List<ResponseRecord> theirs = responses.stream()
                        .filter(response -> response.participantId().equals(parent.id())).toList();
                RespondentRole role = RespondentRolePolicy.roleOf(index, theirs);
                List<Item> items = new ArrayList<>();
                for (AskedInstrument asked : timePoint.instruments()) {
                    if (asked.isAskedOf(role, couple)) {
                        items.add(item(asked.instrumentCode(), instrumentName, timePoint, theirs));
                    }
                }
                byParent.add(new ParentItems(parent.id(), parent.name(), role, items));
            }
            result.add(new AtTimePoint(timePoint, byParent));
        }
        return result;
    }

    private static Item item(String code, Function<String, String> instrumentName, TimePoint timePoint,
                             List<ResponseRecord> theirs) {
        List<ResponseRecord> here = theirs.stream()
                .filter(response -> response.timePoint().equals(timePoint.code())
                        && response.instrumentCode().equals(code)).toList();
        return new Item(code, instrumentName.apply(code), here.stream().filter(ResponseRecord::completed).findFirst(),
                here.stream().filter(response -> !response.completed()).reduce((first, later) -> later));
    }
}
