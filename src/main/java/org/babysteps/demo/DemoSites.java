package org.babysteps.demo;

import java.util.Set;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.site.Agency;
import org.babysteps.site.AgencyType;
import org.babysteps.site.NewSite;
import org.babysteps.site.SiteAdministration;
import org.springframework.stereotype.Component;

/** The demo organisations, sites and accounts. Every name says "demo": none of it is a real person or place. */
@Component
class DemoSites {

    static final String PASSWORD = "demo-password-1";

    private final SiteAdministration sites;
    private final UserAccounts accounts;

    DemoSites(SiteAdministration sites, UserAccounts accounts) {
        this.sites = sites;
        this.accounts = accounts;
    }

    void seed() {
        Agency licensor = sites.findOrCreateAgency("Baby Steps Licensor (demo)", AgencyType.LICENSOR);
        account("admin@licensor.demo", "Alex Admin (demo)", licensor.id(), Role.LICENSOR_ADMIN, null);
        account("manager@licensor.demo", "Morgan Manager (demo)", licensor.id(), Role.PROGRAMME_MANAGER, null);

        DemoSite north = site("North Demo Site", "Northshire (demo area)", "Northshire");
        DemoSite south = site("South Demo Site", "Southmoor (demo area)", "Southmoor");
        DemoSite east = site("East Demo Site", "Eastvale (demo area)", "Eastvale");

        account("lead@north.demo", "Nia North-Lead (demo)", north.childrensServices(), Role.SITE_LEAD, north.id());
        account("midwife@north.demo", "Maya Midwife-North (demo)", north.health(), Role.FACILITATOR, north.id());
        account("fsw@north.demo", "Femi Family-Support-North (demo)", north.childrensServices(), Role.FACILITATOR, north.id());
        account("lead@south.demo", "Sam South-Lead (demo)", south.health(), Role.SITE_LEAD, south.id());
        account("midwife@south.demo", "Sian Midwife-South (demo)", south.health(), Role.FACILITATOR, south.id());
        account("lead@east.demo", "Eli East-Lead (demo)", east.childrensServices(), Role.SITE_LEAD, east.id());

        Agency northCommissioner = sites.findOrCreateAgency("Northshire Integrated Care Board (demo)", AgencyType.COMMISSIONER);
        account("commissioner@north.demo", "Cleo Commissioner-North (demo)", northCommissioner.id(), Role.COMMISSIONER, north.id());
    }

    private DemoSite site(String name, String area, String place) {
        SiteId id = sites.create(new NewSite(name, area, place + " Council Children's Services (demo)",
                AgencyType.CHILDRENS_SERVICES));
        Agency childrens = sites.findOrCreateAgency(place + " Council Children's Services (demo)", AgencyType.CHILDRENS_SERVICES);
        Agency health = sites.addPartnerAgency(id, place + " NHS Foundation Trust (demo)", AgencyType.HEALTH);
        sites.addPartnerAgency(id, place + " Family Charity (demo)", AgencyType.VOLUNTARY);
        return new DemoSite(id, health.id(), childrens.id());
    }

    private void account(String email, String name, AgencyId agency, Role role, SiteId site) {
        accounts.create(new NewUserAccount(email, name, agency, Set.of(role), site == null ? Set.of() : Set.of(site), PASSWORD));
    }

    private record DemoSite(SiteId id, AgencyId health, AgencyId childrensServices) {
    }
}
