package org.babysteps.outcomes.link;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.LinkHolder;
import org.babysteps.identity.SecretLinkToken;
import org.babysteps.outcomes.AnswerOutOfRangeException;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.RiskRule;
import org.babysteps.outcomes.response.ResponseRecord;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A parent answering through their link, one question at a time. Every use resolves the token, refuses a link that
 * is unknown, expired, submitted or without consent (nothing saved), runs as the parent in the family's site scope,
 * is audited as "parent by link" with the link's id (a refused use too, see {@link RefusedLinkAttempts}), and saves
 * or completes answers through the questionnaire responses service, which scores them and raises risk alerts as for
 * staff.
 */
@Service
public class LinkAnswering {

    /** After an answer: the question to show next (empty when all are answered) and any help to show first. */
    public record Answered(Optional<Integer> next, List<String> help) {
    }

    private final LinkStore store;
    private final LinkQuestions questions;
    private final Access access;
    private final AuditLog auditLog;
    private final RefusedLinkAttempts refusals;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    LinkAnswering(LinkStore store, LinkQuestions questions, Access access, AuditLog auditLog,
                  RefusedLinkAttempts refusals, PlatformTransactionManager transactionManager) {
        this.store = store;
        this.questions = questions;
        this.access = access;
        this.auditLog = auditLog;
        this.refusals = refusals;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** The link's pages as they stand. */
    public LinkPage open(String token) {
        return use(token, "opened", link -> questions.page(link));
    }

    /** Saves one answer in the questionnaire's in-progress response. */
    public Answered answer(String token, int number, String value) {
        return use(token, "answered question " + number, link -> {
            QuestionSequence.Step step = step(questions.page(link).questions(), number);
            int chosen = parse(step, value);
            ResponseRecord response = questions.responseFor(link, step.instrument());
            Map<Integer, Integer> answers = new HashMap<>(response.answers());
            answers.put(step.item().number(), chosen);
            questions.save(link, response, answers);
            QuestionSequence after = questions.page(link).questions();
            Optional<Integer> next = after.step(number + 1).map(QuestionSequence.Step::number);
            return new Answered(next, QuestionSequence.helpFor(step.instrument(), step.item(), chosen));
        });
    }

    /** The help an answer given at this question calls for, shown on its own page before the parent goes on. */
    public List<String> helpAfter(String token, int number) {
        return use(token, "shown help after question " + number, link -> {
            QuestionSequence.Step step = step(questions.page(link).questions(), number);
            return QuestionSequence.helpFor(step.instrument(), step.item(), step.answer());
        });
    }

    /**
     * Completes every questionnaire of the link and closes it for good.
     *
     * @return the help texts of every risk rule the completed answers fired, to repeat on the thank-you page
     */
    public List<String> submit(String token) {
        return use(token, "submitted", link -> {
            QuestionSequence sequence = questions.page(link).questions();
            sequence.firstUnanswered().ifPresent(unanswered -> {
                throw new RuleViolationException("answers", "Answer every question before you send your answers."
                        + " Question " + unanswered.number() + " has no answer yet.");
            });
            LinkedHashSet<String> help = new LinkedHashSet<>();
            for (InstrumentDefinition instrument : sequence.instruments()) {
                ResponseRecord completed = questions.complete(link, questions.responseFor(link, instrument));
                instrument.riskRules().stream().filter(rule -> completed.score().riskRuleCodes().contains(rule.code()))
                        .map(RiskRule::parentHelp).forEach(help::add);
            }
            if (!store.markSubmitted(link.id(), access.scope())) {
                throw new LinkUnusableException("submitted twice at once");
            }
            return new ArrayList<>(help);
        });
    }

    private <T> T use(String token, String what, Function<LinkRecord, T> work) {
        LinkRecord found = SecretLinkToken.hash(token).flatMap(store::byTokenHash)
                .orElseThrow(() -> new LinkUnusableException("unknown token"));
        return LinkHolder.runAs(found.id(), LinkRecord.HOLDER, found.siteId(), () -> {
            try {
                return transactions.execute(status -> {
                    LinkRecord link = store.lock(found.id(), access.scope()).orElseThrow();
                    if (!link.usableAt(clock.instant())) {
                        throw new LinkUnusableException(link.submittedAt() != null ? "already submitted" : "expired");
                    }
                    if (!questions.mayAsk(link)) {
                        throw new LinkUnusableException("consent to evaluation use withdrawn");
                    }
                    auditLog.record(AuditRecord.of(AuditAction.UPDATE, "questionnaire-link", link.id(), link.siteId())
                            .withDetail(LinkRecord.HOLDER + " " + link.id() + ": " + what));
                    return work.apply(link);
                });
            } catch (RuntimeException refused) {
                // the attempt's audit record rolled back with it
                refusals.record(found, what, refused);
                throw refused;
            }
        });
    }

    private static QuestionSequence.Step step(QuestionSequence sequence, int number) {
        return sequence.step(number).orElseThrow(() -> new NotFoundException("Question"));
    }

    private static int parse(QuestionSequence.Step step, String value) {
        if (value == null || value.isBlank()) {
            throw new RuleViolationException("answer", "Select an answer");
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException notANumber) {
            throw new AnswerOutOfRangeException(step.item().number(), "Select one of the answers shown");
        }
    }
}
