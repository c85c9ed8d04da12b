package org.babysteps.outcomes.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.response.DueQuestionnaires;
import org.babysteps.outcomes.response.QuestionnaireResponses;
import org.babysteps.outcomes.response.ResponseRecord;
import org.babysteps.platform.NotFoundException;
import org.babysteps.programme.Programmes;
import org.babysteps.programme.TimePoint;
import org.springframework.stereotype.Component;

/**
 * A link's questionnaires through the responses service, as the parent (the caller runs as them): what is still
 * due for them at the link's time point, and the in-progress responses the link's answers are saved in.
 */
@Component
class LinkQuestions {

    private final QuestionnaireResponses responses;
    private final Instruments instruments;
    private final Programmes programmes;

    LinkQuestions(QuestionnaireResponses responses, Instruments instruments, Programmes programmes) {
        this.responses = responses;
        this.instruments = instruments;
        this.programmes = programmes;
    }

    boolean mayAsk(LinkRecord link) {
        return responses.mayAsk(link.familyId());
    }

    LinkPage page(LinkRecord link) {
        List<ResponseRecord> theirs = open(link);
        List<QuestionSequence.Part> parts = new ArrayList<>();
        for (DueQuestionnaires.Item item : parent(link).items()) {
            if (!item.due()) {
                continue;
            }
            Optional<ResponseRecord> started = theirs.stream()
                    .filter(response -> response.instrumentCode().equals(item.instrumentCode())).findFirst();
            // answered against the version the response was started with, so the questions cannot change under them
            InstrumentDefinition instrument = started.map(responses::instrumentOf)
                    .or(() -> instruments.find(item.instrumentCode())).orElseThrow();
            parts.add(new QuestionSequence.Part(instrument, started.map(ResponseRecord::answers).orElse(Map.of())));
        }
        String title = programmes.defaultProgramme().timePoint(link.timePoint()).map(TimePoint::title)
                .orElse(link.timePoint());
        return new LinkPage(link.firstName(), title, new QuestionSequence(parts));
    }

    /** The link's in-progress response for the questionnaire, started on its first answer. */
    ResponseRecord responseFor(LinkRecord link, InstrumentDefinition instrument) {
        return open(link).stream().filter(response -> response.instrumentCode().equals(instrument.code()))
                .findFirst().orElseGet(() -> responses.startByLink(link.familyId(), link.participantId(),
                        parent(link).role(), link.timePoint(), instrument.code(), link.id()));
    }

    void save(LinkRecord link, ResponseRecord response, Map<Integer, Integer> answers) {
        responses.save(link.familyId(), response.id(), answers);
    }

    ResponseRecord complete(LinkRecord link, ResponseRecord response) {
        return responses.complete(link.familyId(), response.id(), response.answers());
    }

    private List<ResponseRecord> open(LinkRecord link) {
        return responses.ofLink(link.id()).stream().filter(response -> !response.completed()).toList();
    }

    private DueQuestionnaires.ParentItems parent(LinkRecord link) {
        return responses.due(link.familyId()).stream()
                .filter(at -> at.timePoint().code().equals(link.timePoint()))
                .flatMap(at -> at.parents().stream())
                .filter(parent -> parent.participantId().equals(link.participantId())).findFirst()
                .orElseThrow(() -> new NotFoundException("Questionnaire"));
    }
}
