package org.babysteps.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;

class SiteScopeTest {

    private final SiteId north = SiteId.random();
    private final SiteId south = SiteId.random();

    @Test
    void aSiteScopeIncludesOnlyItsOwnSites() {
        SiteScope scope = SiteScope.of(Set.of(north));
        assertThat(scope.includes(north)).isTrue();
        assertThat(scope.includes(south)).isFalse();
    }

    @Test
    void theLicensorScopeIncludesEverySite() {
        assertThat(SiteScope.all().includes(south)).isTrue();
    }

    @Test
    void nobodyScopeIncludesNothing() {
        assertThat(SiteScope.none().includes(north)).isFalse();
    }

    @Test
    void theConditionIsBoundByParametersNotBySplicingIds() {
        assertThat(SiteScope.of(Set.of(north)).condition("s.site_id"))
                .isEqualTo("(:scopeAllSites or s.site_id = any(:scopeSiteIds))")
                .doesNotContain(north.toString());
    }

    @Test
    void theConditionRefusesAnythingButAColumnName() {
        assertThatThrownBy(() -> SiteScope.all().condition("id or 1=1"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void licensorRolesSeeAllSitesAndOthersOnlyTheirOwn() {
        CurrentUser lead = user(Role.SITE_LEAD);
        CurrentUser manager = user(Role.PROGRAMME_MANAGER);
        assertThat(lead.scope()).isEqualTo(SiteScope.of(Set.of(north)));
        assertThat(manager.scope().allSites()).isTrue();
    }

    private CurrentUser user(Role role) {
        return new CurrentUser(org.babysteps.platform.UserId.random(), "x@example.org", "X", null, Set.of(role),
                Set.of(north), true, "hash");
    }
}
