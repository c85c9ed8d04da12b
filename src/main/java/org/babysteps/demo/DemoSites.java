package org.babysteps.demo;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
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
    private final UserAccounts userAccounts;

    DemoSites(SiteAdministration sites, UserAccounts userAccounts) {
        this.sites = sites;
        this.userAccounts = userAccounts;
    }

    /** What later seeding steps need: the sites and the demo accounts' ids. */
    record Seeded(Map<String, SiteId> sites, Map<String, UserId> accounts) {
    }

    private final Map<String, UserId> accounts = new HashMap<>();

    Seeded seed() {
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
        account("fsw@south.demo", "Sol Family-Support-South (demo)", south.childrensServices(), Role.FACILITATOR, south.id());
        account("lead@east.demo", "Eli East-Lead (demo)", east.childrensServices(), Role.SITE_LEAD, east.id());
        account("midwife@east.demo", "Esme Midwife-East (demo)", east.health(), Role.FACILITATOR, east.id());
        account("fsw@east.demo", "Ezra Family-Support-East (demo)", east.childrensServices(), Role.FACILITATOR, east.id());

        Agency northCommissioner = sites.findOrCreateAgency("Northshire Integrated Care Board (demo)", AgencyType.COMMISSIONER);
        account("commissioner@north.demo", "Cleo Commissioner-North (demo)", northCommissioner.id(), Role.COMMISSIONER, north.id());
        return new Seeded(Map.of("north", north.id(), "south", south.id(), "east", east.id()), Map.copyOf(accounts));
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
        UserId id = userAccounts.create(new NewUserAccount(email, name, agency, Set.of(role), site == null ? Set.of() : Set.of(site), PASSWORD));
        accounts.put(email, id);
    }

    private record DemoSite(SiteId id, AgencyId health, AgencyId childrensServices) {
    }
}
