package org.babysteps.outcomes.score;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.babysteps.identity.SiteScope;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.ScoreQuery;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Streams a query's rows in parent order and hands each parent's run of rows over as soon as it ends. */
final class ParentRows implements RowCallbackHandler {

    private final Consumer<ParentScores> parent;
    private final List<CompletedScore> scores = new ArrayList<>();
    private UUID family;
    private UUID participant;
    private OffsetDateTime firstAt;
    private UUID firstId;

    private ParentRows(Consumer<ParentScores> parent) {
        this.parent = parent;
    }

    /** The rows come ordered by parent, and within a parent oldest first as every list of scores is. */
    static void stream(JdbcClient jdbc, SiteScope scope, ScoreQuery query, Consumer<ParentScores> parent) {
        ParentRows rows = new ParentRows(parent);
        ScoreSql.select(jdbc, scope, query, "family_id, participant_id, completed_at, id").query(rows);
        rows.handOver();
    }

    @Override
    public void processRow(ResultSet rs) throws SQLException {
        CompletedScore score = ScoreSql.score(rs);
        if (!score.participantId().equals(participant) || !score.family().value().equals(family)) {
            handOver();
            family = score.family().value();
            participant = score.participantId();
            firstAt = rs.getObject(11, OffsetDateTime.class);
            firstId = score.responseId();
        }
        scores.add(score);
    }

    private void handOver() {
        if (!scores.isEmpty()) {
            parent.accept(new ParentScores(scores, firstAt.toInstant(), firstId));
            scores.clear();
        }
    }
}
