package vn.tincay.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditLog;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.PasswordHashing;
import vn.tincay.security.RequestOrigin;
import vn.tincay.security.SessionRegistry;

/** What every signed-in person may do with their own account. */
@Stateless
@PermitAll
public class AccountService {

    public static final Set<String> SUPPORTED_LOCALES = Set.of("vi", "en");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private RequestOrigin origin;

    @EJB
    private AuditLog audit;

    @Inject
    private SessionRegistry sessions;

    private final Clock clock = Clock.systemUTC();

    /** The caller's own account, as the session keeps it. */
    public Optional<SignedInAccount> describeCaller() {
        return findCaller().filter(UserAccount::isEnabled).map(AccountService::describe);
    }

    /**
     * Changes the caller's password and ends the account's other sessions (someone who knew the
     * old password may be signed in elsewhere).
     *
     * @param keepSessionId the session of the caller, which stays signed in
     * @return how many other sessions were ended
     */
    public int changeOwnPassword(String currentPassword, String newPassword, String keepSessionId) {
        UserAccount account = findCaller().orElseThrow(() -> new UserFacingException("error.notSignedIn"));
        if (currentPassword == null || !passwords.verify(currentPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.currentWrong");
        }
        PasswordPolicy.violation(newPassword, account.getUsername(),
                Arrays.asList(account.getDisplayName(), account.getEmail())).ifPresent(key -> {
            throw new UserFacingException(key);
        });
        if (passwords.verify(newPassword, account.getPasswordHash())) {
            throw new UserFacingException("password.error.sameAsOld");
        }
        account.changeOwnPassword(passwords.hash(newPassword), Instant.now(clock));
        audit.append(AuditEntry.of(account.getUsername(), account.getRole().name(), AuditAction.PASSWORD_CHANGED)
                .target("UserAccount", account.getUsername()).ip(origin.ip()));
        return sessions.endOtherSessionsOf(account.getUsername(), keepSessionId);
    }

    public void setPreferredLocale(String languageTag) {
        if (!SUPPORTED_LOCALES.contains(languageTag)) {
            throw new IllegalArgumentException("Unsupported locale");
        }
        findCaller().ifPresent(account -> account.setPreferredLocale(languageTag));
    }

    private Optional<UserAccount> findCaller() {
        String name = session.getCallerPrincipal() == null ? null : session.getCallerPrincipal().getName();
        if (name == null || "ANONYMOUS".equals(name)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM UserAccount a LEFT JOIN FETCH a.school LEFT JOIN FETCH a.district "
                        + "LEFT JOIN FETCH a.serviceOrganisation LEFT JOIN FETCH a.province WHERE a.username = :u",
                        UserAccount.class)
                .setParameter("u", name)
                .getResultStream().findFirst();
    }

    static SignedInAccount describe(UserAccount a) {
        return new SignedInAccount(a.getId(), a.getUsername(), a.getDisplayName(), a.getRole(), a.organisationName(),
                a.getProvince() == null ? null : a.getProvince().getId(),
                a.districtOfScope() == null ? null : a.districtOfScope().getId(),
                a.getSchool() == null ? null : a.getSchool().getId(),
                a.getServiceOrganisation() == null ? null : a.getServiceOrganisation().getId(),
                a.isMustChangePassword(), a.getPreferredLocale(), a.mustEnrolSecondFactor());
    }
}
