package org.babysteps.media.retention;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.babysteps.SignedIn;
import org.babysteps.family.ConsentId;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Consents;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyJourney;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.JourneyStage;
import org.babysteps.family.JourneyStep;
import org.babysteps.family.NewConsent;
import org.babysteps.family.NewReferral;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.Referrer;
import org.babysteps.media.upload.Uploads;
import org.babysteps.platform.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** North families of their own with consent to filming, and films uploaded for them through the real upload service. */
record FilmFixture(SignedIn signedIn, JdbcClient jdbc, FamilyRegistration registration, Families families,
                   Consents consents, FamilyJourney journey, Uploads uploads) {

    static final String MIDWIFE = "midwife@north.demo";
    static final String LEAD = "lead@north.demo";

    /** A family referred {@code daysAgo} days ago that gave consent to filming that day. */
    FamilyId familyWithFilmingConsent(int daysAgo) {
        LocalDate referred = LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(daysAgo);
        String last = "Film" + UUID.randomUUID().toString().substring(0, 8);
        ReferralDetails details = new ReferralDetails(new Referrer("Midwife", "Test team"), referred,
                referred.plusWeeks(10), List.of(), null,
                List.of(new ParentDetails("Test", last, LocalDate.of(1995, 5, 5), null, null, null)), null, "English",
                false, Set.of(ContactMethod.PHONE), null, null, false, null);
        return signedIn.as(LEAD, () -> {
            FamilyId id = registration.refer(new NewReferral(north(), details, true));
            UUID parent = families.participants(List.of(id)).get(id).get(0).id();
            consents.give(id, new NewConsent(ConsentPurpose.FILMING, referred, parent, Set.of()));
            return id;
        });
    }

    /** A whole film, uploaded by the midwife in one chunk; READY. */
    UUID film(FamilyId family) {
        byte[] bytes = filmBytes(60_000);
        return signedIn.as(MIDWIFE, () -> {
            UUID video = uploads.start(family, null, bytes.length);
            try {
                uploads.append(video, 0, null, bytes.length, new ByteArrayInputStream(bytes));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return video;
        });
    }

    void close(FamilyId family, int daysAgo) {
        LocalDate on = LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(daysAgo);
        signedIn.run(LEAD, () -> journey.record(family, new JourneyStep(JourneyStage.WITHDRAWN, on, "Asked to stop")));
    }

    void withdrawFilmingConsent(FamilyId family) {
        ConsentId consent = new ConsentId(jdbc.sql("select id from consent where family_id = ? and purpose = 'FILMING'"
                + " and withdrawn_on is null").param(family.value()).query(UUID.class).single());
        signedIn.run(LEAD, () -> consents.withdraw(family, consent, LocalDate.now(java.time.ZoneId.of("Europe/London"))));
    }

    String status(UUID video) {
        return jdbc.sql("select status from video where id = ?").param(video).query(String.class).single();
    }

    boolean keyDestroyed(UUID video) {
        return jdbc.sql("select wrapped_key is null from video where id = ?").param(video).query(Boolean.class).single();
    }

    String deletedReason(UUID video) {
        return jdbc.sql("select deleted_reason from video where id = ?").param(video).query(String.class).single();
    }

    int partRecords(UUID video) {
        return jdbc.sql("select count(*) from video_part where video_id = ?").param(video).query(Integer.class).single();
    }

    int deleteAudits(UUID video) {
        return jdbc.sql("select count(*) from audit_event where record_type = 'video' and action = 'DELETE'"
                + " and record_id = ?").param(video.toString()).query(Integer.class).single();
    }

    boolean partsRemovedRecorded(UUID video) {
        return jdbc.sql("select parts_removed_at is not null from video where id = ?").param(video)
                .query(Boolean.class).single();
    }

    private SiteId north() {
        return new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
    }

    /** Random bytes behind the start of a WebM file, so the upload takes it for a video by its content. */
    static byte[] filmBytes(int length) {
        byte[] film = new byte[length];
        new Random(length).nextBytes(film);
        byte[] start = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F, 0x42, (byte) 0x86, (byte) 0x81, 0x01,
                0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm', 0x42, (byte) 0x87, (byte) 0x81, 0x04, 0x42,
                (byte) 0x85, (byte) 0x81, 0x02};
        System.arraycopy(start, 0, film, 0, start.length);
        java.util.Arrays.fill(film, start.length, start.length + 2000, (byte) 0);
        return film;
    }
}
