package org.babysteps.outcomes.score;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The {@code evaluation_use_withdrawn} mark on a family's questionnaire responses: true leaves them out of every
 * analysis and export, null (stored before the mark existed) leaves them out until the backfill knows. Written only
 * from the family module's answer to "is the consent current?", never from outcomes' own guess.
 */
@Component
class EvaluationConsentFlags {

    private final JdbcClient jdbc;

    EvaluationConsentFlags(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Marks every response of the family, in progress or completed; the number of rows whose mark changed. */
    int mark(FamilyId family, boolean withdrawn) {
        return jdbc.sql("""
                update questionnaire_response set evaluation_use_withdrawn = :withdrawn
                where family_id = :family and evaluation_use_withdrawn is distinct from :withdrawn""")
                .param("withdrawn", withdrawn).param("family", family.value())
                .update();
    }

    /** Up to {@code limit} families with responses whose mark is not known yet. */
    List<FamilyId> unknown(int limit) {
        return jdbc.sql("""
                select distinct family_id from questionnaire_response where evaluation_use_withdrawn is null
                limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new FamilyId(rs.getObject("family_id", UUID.class))).list();
    }

    /** Sets the unknown marks of these families: withdrawn unless their consent is among the current ones. */
    void settle(Collection<FamilyId> families, Set<FamilyId> withCurrentConsent) {
        jdbc.sql("""
                update questionnaire_response set evaluation_use_withdrawn = not (family_id = any(:current))
                where family_id = any(:families) and evaluation_use_withdrawn is null""")
                .param("current", ids(withCurrentConsent)).param("families", ids(families))
                .update();
    }

    private static UUID[] ids(Collection<FamilyId> families) {
        return families.stream().map(FamilyId::value).toArray(UUID[]::new);
    }
}
