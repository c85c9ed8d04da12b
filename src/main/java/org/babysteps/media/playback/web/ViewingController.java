package org.babysteps.media.playback.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.babysteps.media.playback.Viewings;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The watch page's player reports each viewing: it starts one when the film first plays, then reports the seconds
 * watched with {@code navigator.sendBeacon} when it pauses, ends or the page goes away. A beacon cannot set headers,
 * so its CSRF token comes as the {@code _csrf} form field of a URL-encoded body.
 */
@RestController
class ViewingController {

    private final Viewings viewings;

    ViewingController(Viewings viewings) {
        this.viewings = viewings;
    }

    /** @param duration how long the film runs as the player measured it, in seconds, when it could tell */
    @PostMapping("/videos/{videoId}/views")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Map<String, String>> start(@PathVariable UUID videoId,
                                              @RequestParam(name = "duration", required = false) String duration) {
        UUID viewId = viewings.start(videoId, seconds(duration));
        return ResponseEntity.created(URI.create("/videos/" + videoId + "/views/" + viewId))
                .body(Map.of("viewId", viewId.toString()));
    }

    @PostMapping("/videos/{videoId}/views/{viewId}")
    @PreAuthorize("isAuthenticated()")
    ResponseEntity<Void> watched(@PathVariable UUID videoId, @PathVariable UUID viewId,
                                 @RequestParam(name = "seconds", required = false) String seconds) {
        Integer watched;
        try {
            watched = Integer.valueOf(seconds == null ? "" : seconds.trim());
        } catch (NumberFormatException notWhole) {
            watched = null;
        }
        viewings.watched(videoId, viewId, watched);
        return ResponseEntity.noContent().build();
    }

    /** A finite positive number of seconds, or null: a player reports Infinity or NaN until it knows. */
    private static BigDecimal seconds(String text) {
        try {
            BigDecimal value = new BigDecimal(text.trim()).setScale(3, java.math.RoundingMode.HALF_UP);
            return value.signum() > 0 ? value : null;
        } catch (RuntimeException unknown) {
            return null;
        }
    }
}
