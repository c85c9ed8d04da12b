package org.babysteps.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.babysteps.delivery.Enrolments;
import org.babysteps.delivery.Group;
import org.babysteps.delivery.GroupQueries;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.identity.Role;
import org.babysteps.media.DemonstrationFilms;
import org.babysteps.media.Films;
import org.babysteps.platform.SiteId;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * One talk and listen time film, stored through the filming service as north's midwife for a family of a group she
 * facilitates, with consent to filming: a synthetic test pattern with a tone (tools/demo-film.mjs made it), no people.
 * And one demonstration film of the licensor's, added by its programme manager from the same synthetic clip, which
 * every trained facilitator (north's midwife among them) can watch.
 */
@Component
class DemoFilms {

    static final String FILM = "demo/talk-and-listen-demo.webm";

    static final String DEMONSTRATION_TITLE = "Setting up talk and listen time";

    private final Films films;
    private final DemonstrationFilms demonstrations;
    private final GroupQueries groups;
    private final Enrolments enrolments;
    private final Families families;

    DemoFilms(Films films, DemonstrationFilms demonstrations, GroupQueries groups, Enrolments enrolments,
              Families families) {
        this.films = films;
        this.demonstrations = demonstrations;
        this.groups = groups;
        this.enrolments = enrolments;
        this.families = families;
    }

    void seed(DemoSites.Seeded seeded) {
        SiteId north = seeded.sites().get("north");
        DemoPerson.as(seeded.accounts().get("midwife@north.demo"), "midwife@north.demo", "Maya Midwife-North (demo)",
                Role.FACILITATOR, north, () -> {
                    FamilyId family = filmed(north);
                    ClassPathResource film = new ClassPathResource(FILM);
                    try (InputStream in = film.getInputStream()) {
                        return films.store(family, in, film.contentLength());
                    } catch (IOException e) {
                        throw new UncheckedIOException("The demo film could not be stored", e);
                    }
                });
        DemoPerson.as(seeded.accounts().get("manager@licensor.demo"), "manager@licensor.demo",
                "Morgan Manager (demo)", Role.PROGRAMME_MANAGER, null, () -> {
                    ClassPathResource film = new ClassPathResource(FILM);
                    try (InputStream in = film.getInputStream()) {
                        return demonstrations.store(DEMONSTRATION_TITLE, "How to set up the room, the camera and the"
                                + " parent's chair before filming talk and listen time at the postnatal home visit"
                                + " (a synthetic test pattern stands in for the film in this demo).", in,
                                film.contentLength());
                    } catch (IOException e) {
                        throw new UncheckedIOException("The demonstration film could not be stored", e);
                    }
                });
    }

    /** The first family with consent to filming in north's first group: the midwife facilitates every north group. */
    private FamilyId filmed(SiteId north) {
        List<Group> northGroups = groups.atSite(north);
        return northGroups.stream()
                .flatMap(group -> enrolments.ofGroup(group.id()).stream())
                .map(enrolment -> enrolment.familyId())
                .filter(family -> families.hasConsent(family, ConsentPurpose.FILMING))
                .findFirst().orElseThrow(() -> new IllegalStateException("No north family has consent to filming"));
    }
}
