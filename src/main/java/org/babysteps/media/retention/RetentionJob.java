package org.babysteps.media.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Role;
import org.babysteps.identity.SiteScope;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.platform.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes each family's films the configured number of days after the family's programme ended, and uploads of either
 * kind abandoned before they finished ({@link AbandonedUploadPolicy}), then removes from storage the parts of deleted
 * videos that storage failed to remove before. A demonstration film that is ready is no family's and is never deleted
 * here. Safe on several nodes at once: each deletion locks its video's row and does nothing
 * when another node deleted it first, so every film is deleted, and audited, once.
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);

    private final DeletionStore store;
    private final VideoDeletion deletion;
    private final Families families;
    private final TransactionTemplate transaction;
    private final RetentionPolicy policy;
    private final AbandonedUploadPolicy abandoned;

    RetentionJob(DeletionStore store, VideoDeletion deletion, Families families, TransactionTemplate transaction,
                 @Value("${babysteps.media.retention-days:90}") int retentionDays,
                 @Value("${babysteps.media.abandoned-upload-days:7}") int abandonedUploadDays) {
        this.store = store;
        this.deletion = deletion;
        this.families = families;
        this.transaction = transaction;
        this.policy = new RetentionPolicy(retentionDays);
        this.abandoned = new AbandonedUploadPolicy(abandonedUploadDays);
    }

    @Scheduled(cron = "${babysteps.media.retention-cron:0 30 2 * * *}", zone = "Europe/London")
    void onSchedule() {
        Result result = run(UkTime.today());
        log.info("Media retention: {} films deleted, {} abandoned uploads deleted, parts of {} deleted videos removed"
                + " from storage", result.deleted(), result.abandoned(), result.swept());
    }

    /** Deletes the films due on {@code today} and the abandoned uploads, and sweeps storage, as a named system job that sees every site. */
    Result run(LocalDate today) {
        AtomicReference<Result> result = new AtomicReference<>();
        SystemIdentity.runAs("media-retention", Set.of(Role.LICENSOR_ADMIN), () -> {
            List<FamilyId> withFilms = transaction.execute(status -> store.familiesWithFilms(SiteScope.all()))
                    .stream().map(FamilyId::new).toList();
            Map<FamilyId, LocalDate> closed = families.closedOn(withFilms);
            int deleted = 0;
            for (Map.Entry<FamilyId, LocalDate> family : closed.entrySet()) {
                if (policy.due(family.getValue(), today)) {
                    deleted += deletion.deleteFilmsOfFamily(family.getKey().value(), policy.reason());
                }
            }
            int gaveUp = deletion.deleteAbandonedUploads(abandoned.days(), abandoned.reason());
            result.set(new Result(deleted, gaveUp, deletion.sweep()));
        });
        return result.get();
    }

    record Result(int deleted, int abandoned, int swept) {
    }
}
