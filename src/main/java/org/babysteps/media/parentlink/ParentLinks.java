package org.babysteps.media.parentlink;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.family.Families;
import org.babysteps.family.Participant;
import org.babysteps.family.ParticipantRole;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.SecretLinkToken;
import org.babysteps.media.playback.PlayableFilm;
import org.babysteps.media.playback.WatchableFilms;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Practitioners make and withdraw a parent's link to watch one film. Only someone who may watch the film
 * ({@link WatchableFilms}) can do either, for a parent of the film's family; everyone else finds no such film. Who made
 * or withdrew which link, for whom, is audited; the token is returned once and only its hash is stored.
 */
@Service
@Transactional
public class ParentLinks {

    private final WatchableFilms films;
    private final Families families;
    private final ParentLinkStore store;
    private final Access access;
    private final AuditLog auditLog;
    private final ParentLinkPolicy policy;
    private final int days;
    private final Clock clock = Clock.systemUTC();

    ParentLinks(WatchableFilms films, Families families, ParentLinkStore store, Access access, AuditLog auditLog,
                @Value("${babysteps.media.parent-link-days:7}") int days) {
        this.films = films;
        this.families = families;
        this.store = store;
        this.access = access;
        this.auditLog = auditLog;
        this.policy = new ParentLinkPolicy(days);
        this.days = days;
    }

    /** The family's parents and the film's links that still work, for a film the caller may watch. */
    @Transactional(readOnly = true)
    public ParentLinksPanel panel(UUID videoId) {
        PlayableFilm film = films.openFamilyFilm(videoId);
        List<LiveWatchLink> live = store.live(videoId, access.scope()).stream()
                .map(link -> new LiveWatchLink(link.id(), link.parentName(), link.createdByName(), link.createdAt(),
                        link.expiresAt()))
                .toList();
        return new ParentLinksPanel(parents(film), live, days);
    }

    /**
     * Checks that the caller may make and withdraw links to this film.
     *
     * @throws NotFoundException     for anyone who may not watch it, and for a demonstration film
     * @throws org.babysteps.media.playback.FilmingConsentMissing when the family's consent to filming is not current
     */
    @Transactional(readOnly = true)
    public void requireSharable(UUID videoId) {
        films.openFamilyFilm(videoId);
    }

    /**
     * Makes a link for one parent of the film's family to watch this film only.
     *
     * @throws RuleViolationException (field "parent") when no parent of the family is chosen
     */
    public CreatedWatchLink create(UUID videoId, UUID participantId) {
        PlayableFilm film = films.openFamilyFilm(videoId);
        Participant parent = parents(film).stream().filter(p -> p.id().equals(participantId)).findFirst()
                .orElseThrow(() -> new RuleViolationException("parent", "Select the parent the link is for"));
        String token = SecretLinkToken.generate();
        Instant now = clock.instant();
        CurrentUser user = access.currentUser();
        ParentLink link = new ParentLink(UUID.randomUUID(), videoId, film.siteId(), film.familyId(), parent.id(),
                parent.name(), user.displayName(), now, policy.expiresAt(now), null);
        store.insert(link, SecretLinkToken.hash(token).orElseThrow(), user.userId().value());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "video-parent-link", link.id(), film.siteId())
                .withDetail("for parent " + parent.id() + " of family " + film.familyId().value() + " to watch video "
                        + videoId + ", expires " + link.expiresAt()));
        return new CreatedWatchLink(link.id(), videoId, token, parent.name(), link.expiresAt());
    }

    /**
     * Stops a link of this film working at once; a link already withdrawn stays as it was.
     *
     * @return whom the link was for
     * @throws NotFoundException for a link of another film, or one the caller may not see
     */
    public String withdraw(UUID videoId, UUID linkId) {
        films.openFamilyFilm(videoId);
        ParentLink link = store.lock(linkId, videoId, access.scope()).orElseThrow(() -> new NotFoundException("Link"));
        if (link.withdrawnAt() == null) {
            store.withdraw(link.id(), access.currentUser().displayName());
            auditLog.record(AuditRecord.of(AuditAction.UPDATE, "video-parent-link", link.id(), link.siteId())
                    .withDetail("withdrawn before " + link.expiresAt() + " (for parent " + link.participantId()
                            + " to watch video " + videoId + ")"));
        }
        return link.parentName();
    }

    private List<Participant> parents(PlayableFilm film) {
        return families.participants(List.of(film.familyId())).getOrDefault(film.familyId(), List.of()).stream()
                .filter(p -> p.role() == ParticipantRole.PARENT).toList();
    }
}
