package org.babysteps.identity;

import java.util.List;
import java.util.Set;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating staff accounts and listing a site's staff: what other modules may ask of identity. */
@Service
public class UserAccounts {

    private final UserStore store;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog auditLog;
    private final Access access;

    UserAccounts(UserStore store, PasswordEncoder passwordEncoder, AuditLog auditLog, Access access) {
        this.store = store;
        this.passwordEncoder = passwordEncoder;
        this.auditLog = auditLog;
        this.access = access;
    }

    @Transactional
    public UserId create(NewUserAccount account) {
        if (store.emailInUse(account.email())) {
            throw new EmailAlreadyUsedException(account.email());
        }
        UserId id = UserId.random();
        store.insert(id, account, passwordEncoder.encode(account.initialPassword()));
        SiteId site = account.siteIds().stream().findFirst().orElse(null);
        auditLog.record(new AuditRecord(AuditAction.CREATE, "user", id.toString(), site,
                "roles=" + account.roles() + " sites=" + account.siteIds().size()));
        return id;
    }

    public boolean emailInUse(String email) {
        return store.emailInUse(email);
    }

    /** The staff of one site, if the caller may see that site; the read is audited. */
    @Transactional(readOnly = true)
    public List<UserSummary> staffOfSite(SiteId siteId) {
        List<UserSummary> staff = store.staffOfSite(siteId, access.scope());
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "site-staff", siteId, siteId));
        return staff;
    }

    /** Licensor staff accounts (who work across every site). */
    @Transactional(readOnly = true)
    public List<UserSummary> licensorStaff() {
        List<UserSummary> staff = store.withAnyRole(Set.of(Role.LICENSOR_ADMIN, Role.PROGRAMME_MANAGER));
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "licensor-staff", null, null));
        return staff;
    }

    /**
     * Who the system should tell about something: enabled accounts holding any of the roles, site roles only at
     * {@code site} (null: none), licensor roles anywhere. For notifications sent by jobs, not for display.
     */
    @Transactional(readOnly = true)
    public List<UserSummary> enabledHolders(Set<Role> roles, SiteId site) {
        return store.enabledHolders(roles, site);
    }

    /** The enabled accounts among {@code ids}, for notifying named people (e.g. a family's facilitators), not for display. */
    @Transactional(readOnly = true)
    public List<UserSummary> enabledUsers(java.util.Collection<UserId> ids) {
        return ids.isEmpty() ? List.of() : store.enabledWithIds(ids);
    }
}
