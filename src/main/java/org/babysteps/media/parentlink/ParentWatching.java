package org.babysteps.media.parentlink;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.LinkHolder;
import org.babysteps.identity.SecretLinkToken;
import org.babysteps.media.playback.LinkedPlayback;
import org.babysteps.media.playback.PlayableFilm;
import org.babysteps.platform.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * A parent watching through their link. Every use checks, in this order: that the token is one of ours; that the link
 * is neither withdrawn nor expired; and, through playback, that the film still exists and its consent is current. Any
 * refusal is the same {@link WatchLinkUnusable}; a bad token is counted against the address, and once the address has
 * sent too many its bad tokens get {@link TooManyBadLinks} without being counted further; a refused use of a real link
 * is audited. A real link is never throttled. The rest runs as the parent.
 */
@Service
public class ParentWatching {

    /** A use of the link's film, which may fail as streaming does. */
    public interface FilmUse<T, E extends Exception> {
        T apply(PlayableFilm film) throws E;
    }

    private final ParentLinkStore store;
    private final LinkedPlayback playback;
    private final BadTokenThrottle throttle;
    private final AuditLog auditLog;
    private final ParentLinkPolicy policy;
    private final Clock clock = Clock.systemUTC();

    ParentWatching(ParentLinkStore store, LinkedPlayback playback, BadTokenThrottle throttle, AuditLog auditLog,
                   @Value("${babysteps.media.parent-link-days:7}") int days) {
        this.store = store;
        this.playback = playback;
        this.throttle = throttle;
        this.auditLog = auditLog;
        this.policy = new ParentLinkPolicy(days);
    }

    /** The parent's page: the film and its notes. */
    public ParentWatchPage page(String token, String address) {
        return use(token, address, (link, film) -> new ParentWatchPage(film.title(), film.contentType(),
                playback.notes(film), link.expiresAt()));
    }

    /** Does something with the link's film (streams it), as the parent. */
    public <T, E extends Exception> T withFilm(String token, String address, FilmUse<T, E> use) throws E {
        return use(token, address, (link, film) -> use.apply(film));
    }

    /** Starts a viewing by the link's parent. */
    public UUID startViewing(String token, String address) {
        return use(token, address, (link, film) -> playback.startViewing(film));
    }

    /**
     * Records how long the parent watched, on their own viewing only.
     *
     * @throws RuleViolationException for a missing or negative number of seconds
     */
    public void watched(String token, String address, UUID viewId, Integer seconds) {
        use(token, address, (link, film) -> {
            playback.watched(film, viewId, seconds);
            return null;
        });
    }

    private interface LinkUse<T, E extends Exception> {
        T apply(ParentLink link, PlayableFilm film) throws E;
    }

    private <T, E extends Exception> T use(String token, String address, LinkUse<T, E> work) throws E {
        Optional<ParentLink> found = SecretLinkToken.hash(token).flatMap(store::byTokenHash);
        if (found.isEmpty()) {
            if (throttle.blocked(address)) {
                throw new TooManyBadLinks(throttle.window());
            }
            throttle.badToken(address);
            throw new WatchLinkUnusable("not one of our tokens");
        }
        ParentLink link = found.get();
        return LinkHolder.runAs(link.id(), link.holderName(), link.siteId(), () -> {
            Optional<String> refusal = policy.refusal(link, clock.instant());
            Optional<PlayableFilm> film = refusal.isPresent() ? Optional.empty() : playback.open(link.videoId());
            if (film.isEmpty()) {
                String why = refusal.orElse("the film is deleted or its filming consent is not current");
                auditLog.record(AuditRecord.of(AuditAction.VIEW, "video-parent-link", link.id(), link.siteId())
                        .withDetail(link.holderName() + " refused: " + why));
                throw new WatchLinkUnusable(why);
            }
            return work.apply(link, film.get());
        });
    }
}
