package org.babysteps.media.parentlink.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.babysteps.media.parentlink.ParentWatching;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The parent's player reports each viewing as the watch page's does (the same script): it starts one when the film
 * first plays, then sends the seconds watched by beacon, its CSRF token as the {@code _csrf} form field. Each viewing
 * is recorded and audited as "parent via link" with the link's id.
 */
@RestController
@PreAuthorize("permitAll()")
class ParentViewingController {

    private final ParentWatching watching;

    ParentViewingController(ParentWatching watching) {
        this.watching = watching;
    }

    @PostMapping("/w/{watchToken}/views")
    ResponseEntity<Map<String, String>> start(@PathVariable String watchToken, HttpServletRequest request) {
        UUID viewId = watching.startViewing(watchToken, request.getRemoteAddr());
        return ResponseEntity.created(URI.create("/w/" + watchToken + "/views/" + viewId))
                .body(Map.of("viewId", viewId.toString()));
    }

    @PostMapping("/w/{watchToken}/views/{linkViewId}")
    ResponseEntity<Void> watched(@PathVariable String watchToken, @PathVariable UUID linkViewId,
                                 @RequestParam(name = "seconds", required = false) String seconds,
                                 HttpServletRequest request) {
        Integer watched;
        try {
            watched = Integer.valueOf(seconds == null ? "" : seconds.trim());
        } catch (NumberFormatException notWhole) {
            watched = null;
        }
        watching.watched(watchToken, request.getRemoteAddr(), linkViewId, watched);
        return ResponseEntity.noContent().build();
    }
}
