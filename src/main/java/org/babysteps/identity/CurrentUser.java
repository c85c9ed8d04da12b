package org.babysteps.identity;

import java.io.Serial;
import java.util.Collection;
import java.util.Set;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.IdentifiedPrincipal;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in person, as kept in their (database-stored) session. */
public final class CurrentUser implements UserDetails, CredentialsContainer, IdentifiedPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UserId id;
    private final String email;
    private final String displayName;
    private final AgencyId agencyId;
    private final Set<Role> roles;
    private final Set<SiteId> siteIds;
    private final boolean enabled;
    private String passwordHash;

    public CurrentUser(UserId id, String email, String displayName, AgencyId agencyId, Set<Role> roles,
                       Set<SiteId> siteIds, boolean enabled, String passwordHash) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.agencyId = agencyId;
        this.roles = Set.copyOf(roles);
        this.siteIds = Set.copyOf(siteIds);
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    /** Licensor staff see all sites; everyone else sees the sites they belong to. */
    public SiteScope scope() {
        return roles.stream().anyMatch(Role::licensor) ? SiteScope.all() : SiteScope.of(siteIds);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    @Override
    public UserId userId() {
        return id;
    }

    @Override
    public String username() {
        return email;
    }

    public String displayName() {
        return displayName;
    }

    public AgencyId agencyId() {
        return agencyId;
    }

    public Set<Role> roles() {
        return roles;
    }

    public Set<SiteId> siteIds() {
        return siteIds;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CurrentUser user && user.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "CurrentUser[" + email + "]";
    }
}
