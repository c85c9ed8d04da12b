package org.babysteps.media.parentlink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;

class ParentLinkPolicyTest {

    private static final Instant MADE = Instant.parse("2026-12-01T10:00:00Z");
    private final ParentLinkPolicy policy = new ParentLinkPolicy(7);

    @Test
    void aLinkWorksForTheConfiguredNumberOfDays() {
        assertThat(policy.expiresAt(MADE)).isEqualTo(MADE.plus(Duration.ofDays(7)));
        assertThat(new ParentLinkPolicy(2).expiresAt(MADE)).isEqualTo(MADE.plus(Duration.ofDays(2)));
    }

    @Test
    void aLinkWorksUntilTheMomentItExpires() {
        ParentLink link = link(null);
        assertThat(policy.refusal(link, MADE)).isEmpty();
        assertThat(policy.refusal(link, link.expiresAt().minusMillis(1))).isEmpty();
        assertThat(policy.refusal(link, link.expiresAt())).contains("expired");
        assertThat(policy.refusal(link, link.expiresAt().plus(Duration.ofDays(30)))).contains("expired");
    }

    @Test
    void aWithdrawnLinkStopsAtOnceEvenBeforeItExpires() {
        assertThat(policy.refusal(link(MADE.plusSeconds(60)), MADE.plusSeconds(61))).contains("withdrawn");
    }

    @Test
    void aLinkMustWorkForAtLeastADay() {
        assertThatThrownBy(() -> new ParentLinkPolicy(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParentLinkPolicy(-7)).isInstanceOf(IllegalArgumentException.class);
    }

    private ParentLink link(Instant withdrawnAt) {
        return new ParentLink(UUID.randomUUID(), UUID.randomUUID(), new SiteId(UUID.randomUUID()),
                new FamilyId(UUID.randomUUID()), UUID.randomUUID(), "Amira Khan", "Maya", MADE, policy.expiresAt(MADE),
                withdrawnAt);
    }
}
