package org.babysteps.workforce;

import java.util.List;

/**
 * A run's feedback, without names: averages per question for each event and the follow-up, and the comments.
 *
 * @param stages one per event, then the follow-up
 */
public record FeedbackResults(CourseRunView run, List<Stage> stages, List<Comment> comments) {

    public FeedbackResults {
        stages = List.copyOf(stages);
        comments = List.copyOf(comments);
    }

    /** Results after one event (eventNumber set) or at follow-up (null). */
    public record Stage(Integer eventNumber, String name, List<QuestionResult> questions) {

        public Stage {
            questions = List.copyOf(questions);
        }

        /** How many answered (the largest count over the questions: each submission answers them all). */
        public int respondents() {
            return questions.stream().mapToInt(QuestionResult::answers).max().orElse(0);
        }
    }

    /** The average rating of one question (null when nobody answered yet). */
    public record QuestionResult(FeedbackQuestion question, Double average, int answers) {
    }

    public record Comment(String stage, String text) {
    }
}
