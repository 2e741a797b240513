package vn.tincay.security;

import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import vn.tincay.account.SignedInAccount;
import vn.tincay.account.UserAccount;
import vn.tincay.organisation.District;
import vn.tincay.platform.UserFacingException;

/**
 * The caller of the current request, for the services' scope checks. Taken from the session's
 * {@link CurrentUser} – filled once at sign-in – without touching the database; read from the
 * database only where no signed-in session is at hand. A session never outlives a change to its
 * account's rights: disabling the account, a new role or organisation, a password reset all end the
 * account's sessions at once ({@link SessionRegistry}), and the next request signs in afresh.
 */
@RequestScoped
public class CallerContext {

    @Inject
    private SecurityContext securityContext;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private CurrentUser currentUser;

    private Caller caller;

    /** @throws UserFacingException when nobody (or a disabled account) is signed in */
    public Caller get() {
        if (caller == null) {
            caller = load();
        }
        return caller;
    }

    private Caller load() {
        Principal principal = securityContext.getCallerPrincipal();
        if (principal == null) {
            throw new UserFacingException("error.notSignedIn");
        }
        SignedInAccount session = sessionAccount();
        if (session != null && session.username().equals(principal.getName())) {
            return new Caller(session.id(), session.username(), session.role(), session.schoolId(),
                    session.districtId(), session.serviceOrganisationId(), session.provinceId());
        }
        UserAccount account = em.createQuery("SELECT a FROM UserAccount a LEFT JOIN FETCH a.school s "
                        + "LEFT JOIN FETCH s.district LEFT JOIN FETCH a.serviceOrganisation o LEFT JOIN FETCH o.district "
                        + "WHERE a.username = :u AND a.enabled = TRUE", UserAccount.class)
                .setParameter("u", principal.getName())
                .getResultStream().findFirst()
                .orElseThrow(() -> new UserFacingException("error.notSignedIn"));
        District district = account.districtOfScope();
        return new Caller(account.getId(), account.getUsername(), account.getRole(),
                account.getSchool() == null ? null : account.getSchool().getId(),
                district == null ? null : district.getId(),
                account.getServiceOrganisation() == null ? null : account.getServiceOrganisation().getId(),
                account.getProvince() == null ? null : account.getProvince().getId());
    }

    /** The signed-in account of this request's session; null outside a web session (timers, background work). */
    private SignedInAccount sessionAccount() {
        try {
            return currentUser.isSignedIn() ? currentUser.getAccount() : null;
        } catch (ContextNotActiveException noSession) {
            return null;
        }
    }
}
