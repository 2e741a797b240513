package vn.tincay.admin;

import vn.tincay.platform.LocalTime;
import java.util.HashMap;
import jakarta.persistence.TypedQuery;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.tincay.account.PasswordPolicy;
import vn.tincay.account.UserAccount;
import vn.tincay.audit.AuditAction;
import vn.tincay.audit.AuditEntry;
import vn.tincay.audit.AuditEvent;
import vn.tincay.audit.AuditLog;
import vn.tincay.audit.AuditVerification;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.platform.ConstraintViolation;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.PasswordHashing;
import vn.tincay.security.RequestOrigin;
import vn.tincay.security.Role;
import vn.tincay.security.SessionRegistry;
import vn.tincay.security.twofactor.SecondFactorService;

/**
 * What the administrator does: keeps the schools, service organisations and user accounts, and
 * reads the audit log about them. Nothing here reads or returns case content. Every change is
 * audited in the same transaction; a stale edit or a taken code is refused with a message key.
 */
@Stateless
@RolesAllowed(Role.ADMIN_NAME)
public class AdministrationService {

    public static final int MAX_PAGE = 100;

    static final String ACCOUNT_TARGET = "UserAccount";
    static final String SCHOOL_TARGET = "School";
    static final String SERVICE_TARGET = "ServiceOrganisation";

    private static final Map<String, String> SCHOOL_SORT = Map.of("code", "s.code", "name", "s.name",
            "districtName", "d.name", "level", "s.level", "ownership", "s.ownership", "active", "s.active");
    private static final Map<String, String> SERVICE_SORT = Map.of("name", "o.name", "kind", "o.kind",
            "districtName", "d.name", "active", "o.active");
    private static final Map<String, String> ACCOUNT_SORT = Map.of("username", "a.username",
            "displayName", "a.displayName", "role", "a.role", "enabled", "a.enabled");

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    private PasswordHashing passwords;

    @Inject
    private RequestOrigin origin;

    @Inject
    private SessionRegistry sessions;

    @EJB
    private AuditLog audit;

    private final Clock clock = Clock.systemUTC();

    public AdminSummary summarise() {
        return new AdminSummary(
                em.createQuery("SELECT COUNT(s) FROM School s", Long.class).getSingleResult(),
                em.createQuery("SELECT COUNT(o) FROM ServiceOrganisation o", Long.class).getSingleResult(),
                em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult(),
                em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.enabled = FALSE", Long.class)
                        .getSingleResult());
    }

    // ---- Organisations to choose from

    public List<OrganisationOption> districts() {
        return em.createQuery("SELECT NEW vn.tincay.admin.OrganisationOption(d.id, d.name) FROM District d "
                + "ORDER BY d.name, d.id", OrganisationOption.class).getResultList();
    }

    /**
     * Everything an account can belong to: district offices, province departments, and schools and
     * services with their district, since names repeat across districts; active ones first.
     */
    public OrganisationChoices organisationChoices() {
        return new OrganisationChoices(
                em.createQuery("SELECT NEW vn.tincay.admin.OrganisationOption(s.id, s.name, d.name, s.active) "
                        + "FROM School s JOIN s.district d ORDER BY s.active DESC, d.name, s.name, s.id",
                        OrganisationOption.class).getResultList(),
                em.createQuery("SELECT NEW vn.tincay.admin.OrganisationOption(d.id, d.officeName) FROM District d "
                        + "ORDER BY d.officeName, d.id", OrganisationOption.class).getResultList(),
                em.createQuery("SELECT NEW vn.tincay.admin.OrganisationOption(o.id, o.name, d.name, o.active) "
                        + "FROM ServiceOrganisation o JOIN o.district d ORDER BY o.active DESC, d.name, o.name, o.id",
                        OrganisationOption.class).getResultList(),
                em.createQuery("SELECT NEW vn.tincay.admin.OrganisationOption(p.id, p.officeName) FROM Province p "
                        + "ORDER BY p.officeName, p.id", OrganisationOption.class).getResultList());
    }

    // ---- Schools

    public long countSchools(@NotNull SchoolSearch search) {
        ListQuery filter = schoolFilter(search);
        return filter.bind(em.createQuery("SELECT COUNT(s) FROM School s" + filter.whereClause(), Long.class))
                .getSingleResult();
    }

    public List<SchoolRow> findSchools(@NotNull SchoolSearch search, @PositiveOrZero int first,
                                       @Min(1) @Max(MAX_PAGE) int max, Sorting sorting) {
        ListQuery filter = schoolFilter(search);
        String jpql = "SELECT NEW vn.tincay.admin.SchoolRow(s.id, s.code, s.name, s.level, s.ownership, d.name, "
                + "s.active) FROM School s JOIN s.district d" + filter.whereClause()
                + ListQuery.orderBy(sorting, SCHOOL_SORT, "s.name ASC", "s.id ASC");
        return filter.bind(em.createQuery(jpql, SchoolRow.class)).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    private static ListQuery schoolFilter(SchoolSearch search) {
        return new ListQuery()
                .where("(LOWER(s.name) LIKE :text ESCAPE '!' OR LOWER(s.code) LIKE :text ESCAPE '!')", "text",
                        ListQuery.containsPattern(search.text()))
                .where("s.district.id = :district", "district", search.districtId());
    }

    public Optional<SchoolForm> findSchool(long id) {
        return Optional.ofNullable(em.find(School.class, id)).map(SchoolForm::of);
    }

    /** Adds a school; returns its id. */
    public long createSchool(@NotNull @Valid SchoolForm form) {
        String code = Text.cleanUpper(form.getCode());
        requireSchoolCodeFree(code, null);
        School school = new School(district(form.getDistrictId()), code, Text.clean(form.getName()),
                form.getLevel(), form.getOwnership());
        copyDetails(form, school);
        em.persist(school);
        flush("admin.school.error.codeTaken");
        record(AuditAction.SCHOOL_CREATED, SCHOOL_TARGET, school.getId(), "code " + code);
        return school.getId();
    }

    public void updateSchool(@NotNull @Valid SchoolForm form) {
        School school = find(School.class, form.getId());
        requireVersion(school.getVersion(), form.getVersion());
        String code = Text.cleanUpper(form.getCode());
        requireSchoolCodeFree(code, school.getId());
        District district = district(form.getDistrictId());
        Changes changes = new Changes()
                .note("code", school.getCode(), code)
                .note("name", school.getName(), Text.clean(form.getName()))
                .note("district", school.getDistrict().getId(), district.getId())
                .note("level", school.getLevel(), form.getLevel())
                .note("ownership", school.getOwnership(), form.getOwnership())
                .note("address", school.getAddress(), Text.clean(form.getAddress()))
                .note("phone", school.getPhone(), Text.clean(form.getPhone()))
                .note("email", school.getEmail(), Text.clean(form.getEmail()))
                .note("active", school.isActive(), form.isActive());
        school.setCode(code);
        school.setName(Text.clean(form.getName()));
        school.setDistrict(district);
        school.setLevel(form.getLevel());
        school.setOwnership(form.getOwnership());
        copyDetails(form, school);
        flush("admin.school.error.codeTaken");
        record(AuditAction.SCHOOL_UPDATED, SCHOOL_TARGET, school.getId(), changes.toString());
    }

    private void requireSchoolCodeFree(String code, Long exceptId) {
        long taken = em.createQuery("SELECT COUNT(s) FROM School s WHERE UPPER(s.code) = :code AND s.id <> :id",
                        Long.class)
                .setParameter("code", code)
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new UserFacingException("admin.school.error.codeTaken", code);
        }
    }

    private static void copyDetails(SchoolForm form, School school) {
        school.setAddress(Text.clean(form.getAddress()));
        school.setPhone(Text.clean(form.getPhone()));
        school.setEmail(Text.clean(form.getEmail()));
        school.setActive(form.isActive());
    }

    // ---- Service organisations

    public long countServices(@NotNull ServiceSearch search) {
        ListQuery filter = serviceFilter(search);
        return filter.bind(em.createQuery("SELECT COUNT(o) FROM ServiceOrganisation o" + filter.whereClause(),
                Long.class)).getSingleResult();
    }

    public List<ServiceRow> findServices(@NotNull ServiceSearch search, @PositiveOrZero int first,
                                         @Min(1) @Max(MAX_PAGE) int max, Sorting sorting) {
        ListQuery filter = serviceFilter(search);
        String jpql = "SELECT NEW vn.tincay.admin.ServiceRow(o.id, o.name, o.kind, d.name, o.phone, o.active) "
                + "FROM ServiceOrganisation o JOIN o.district d" + filter.whereClause()
                + ListQuery.orderBy(sorting, SERVICE_SORT, "o.name ASC", "o.id ASC");
        return filter.bind(em.createQuery(jpql, ServiceRow.class)).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    private static ListQuery serviceFilter(ServiceSearch search) {
        return new ListQuery()
                .where("LOWER(o.name) LIKE :text ESCAPE '!'", "text", ListQuery.containsPattern(search.text()))
                .where("o.district.id = :district", "district", search.districtId())
                .where("o.kind = :kind", "kind", search.kind());
    }

    public Optional<ServiceForm> findService(long id) {
        return Optional.ofNullable(em.find(ServiceOrganisation.class, id)).map(ServiceForm::of);
    }

    /** Adds a service organisation; returns its id. */
    public long createService(@NotNull @Valid ServiceForm form) {
        District district = district(form.getDistrictId());
        String name = Text.clean(form.getName());
        requireServiceNameFree(district, name, null);
        ServiceOrganisation service = new ServiceOrganisation(district, name, form.getKind());
        copyDetails(form, service);
        em.persist(service);
        flush("admin.service.error.nameTaken");
        record(AuditAction.SERVICE_ORGANISATION_CREATED, SERVICE_TARGET, service.getId(), null);
        return service.getId();
    }

    public void updateService(@NotNull @Valid ServiceForm form) {
        ServiceOrganisation service = find(ServiceOrganisation.class, form.getId());
        requireVersion(service.getVersion(), form.getVersion());
        District district = district(form.getDistrictId());
        String name = Text.clean(form.getName());
        requireServiceNameFree(district, name, service.getId());
        Changes changes = new Changes()
                .note("name", service.getName(), name)
                .note("district", service.getDistrict().getId(), district.getId())
                .note("kind", service.getKind(), form.getKind())
                .note("address", service.getAddress(), Text.clean(form.getAddress()))
                .note("phone", service.getPhone(), Text.clean(form.getPhone()))
                .note("email", service.getEmail(), Text.clean(form.getEmail()))
                .note("active", service.isActive(), form.isActive());
        service.setName(name);
        service.setDistrict(district);
        service.setKind(form.getKind());
        copyDetails(form, service);
        flush("admin.service.error.nameTaken");
        record(AuditAction.SERVICE_ORGANISATION_UPDATED, SERVICE_TARGET, service.getId(), changes.toString());
    }

    private void requireServiceNameFree(District district, String name, Long exceptId) {
        long taken = em.createQuery("SELECT COUNT(o) FROM ServiceOrganisation o WHERE o.district = :d "
                        + "AND LOWER(o.name) = LOWER(:name) AND o.id <> :id", Long.class)
                .setParameter("d", district)
                .setParameter("name", name)
                .setParameter("id", exceptId == null ? -1L : exceptId)
                .getSingleResult();
        if (taken > 0) {
            throw new UserFacingException("admin.service.error.nameTaken", name);
        }
    }

    private static void copyDetails(ServiceForm form, ServiceOrganisation service) {
        service.setAddress(Text.clean(form.getAddress()));
        service.setPhone(Text.clean(form.getPhone()));
        service.setEmail(Text.clean(form.getEmail()));
        service.setActive(form.isActive());
    }

    // ---- Accounts

    public long countAccounts(@NotNull AccountSearch search) {
        ListQuery filter = accountFilter(search);
        return filter.bind(em.createQuery("SELECT COUNT(a) FROM UserAccount a" + filter.whereClause(), Long.class))
                .getSingleResult();
    }

    public List<AccountRow> findAccounts(@NotNull AccountSearch search, @PositiveOrZero int first,
                                         @Min(1) @Max(MAX_PAGE) int max, Sorting sorting) {
        ListQuery filter = accountFilter(search);
        String jpql = "SELECT NEW vn.tincay.admin.AccountRow(a.id, a.username, a.displayName, a.role, s.name, "
                + "d.officeName, o.name, p.officeName, a.enabled, a.lockedUntil, a.mustChangePassword) "
                + "FROM UserAccount a LEFT JOIN a.school s LEFT JOIN a.district d "
                + "LEFT JOIN a.serviceOrganisation o LEFT JOIN a.province p" + filter.whereClause()
                + ListQuery.orderBy(sorting, ACCOUNT_SORT, "a.username ASC", "a.id ASC");
        return filter.bind(em.createQuery(jpql, AccountRow.class)).setFirstResult(first).setMaxResults(max)
                .getResultList();
    }

    private static ListQuery accountFilter(AccountSearch search) {
        return new ListQuery()
                .where("(LOWER(a.username) LIKE :text ESCAPE '!' OR LOWER(a.displayName) LIKE :text ESCAPE '!' "
                        + "OR LOWER(a.email) LIKE :text ESCAPE '!')", "text", ListQuery.containsPattern(search.text()))
                .where("a.role = :role", "role", search.role());
    }

    public Optional<AccountForm> findAccount(long id) {
        return Optional.ofNullable(em.find(UserAccount.class, id)).map(a -> AccountForm.of(a, now()));
    }

    /**
     * Opens an account with the password the administrator chose, which its owner must change at the
     * first sign-in. Returns the account's id.
     */
    public long createAccount(@NotNull @Valid AccountForm form, @NotNull String initialPassword) {
        String username = Text.cleanLower(form.getUsername());
        if (username == null || !username.matches(UserAccount.USERNAME_PATTERN)) {
            throw new UserFacingException("admin.account.error.usernameFormat");
        }
        long taken = em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.username = :u", Long.class)
                .setParameter("u", username).getSingleResult();
        if (taken > 0) {
            throw new UserFacingException("admin.account.error.usernameTaken", username);
        }
        requirePasswordAllowed(initialPassword, username);
        Object organisation = organisationOf(form);
        requireActive(organisation);
        Instant now = now();
        String hash = passwords.hash(initialPassword);
        UserAccount account = new UserAccount(username, Text.clean(form.getDisplayName()), hash, now);
        account.setEmail(Text.clean(form.getEmail()));
        account.assign(form.getRole(), organisation);
        account.setPasswordByAdministrator(hash, now);
        em.persist(account);
        flush("admin.account.error.usernameTaken");
        record(AuditAction.ACCOUNT_CREATED, ACCOUNT_TARGET, username,
                "role " + form.getRole() + organisationDetail(form));
        return account.getId();
    }

    /**
     * Changes name, e-mail, role and organisation. A new role or organisation ends the user's open
     * sessions, which still carry the old rights.
     */
    public void updateAccount(@NotNull @Valid AccountForm form) {
        UserAccount account = find(UserAccount.class, form.getId());
        requireVersion(account.getVersion(), form.getVersion());
        Instant now = now();
        AccountForm before = AccountForm.of(account, now);
        boolean roleChanged = before.getRole() != form.getRole();
        boolean scopeChanged = roleChanged || !Objects.equals(before.organisationIdForRole(),
                form.organisationIdForRole());
        if (roleChanged && account.getUsername().equals(callerName())) {
            throw new UserFacingException("admin.account.error.ownRole");
        }
        Changes changes = new Changes()
                .note("displayName", account.getDisplayName(), Text.clean(form.getDisplayName()))
                .note("email", account.getEmail(), Text.clean(form.getEmail()))
                .note("role", before.getRole(), form.getRole())
                .note("organisation", before.organisationIdForRole(), form.organisationIdForRole());
        if (scopeChanged) {
            Object organisation = organisationOf(form);
            requireActive(organisation);
            account.assign(form.getRole(), organisation);
        }
        account.setDisplayName(Text.clean(form.getDisplayName()));
        account.setEmail(Text.clean(form.getEmail()));
        account.touch(now);
        flush("error.staleEdit");
        record(AuditAction.ACCOUNT_UPDATED, ACCOUNT_TARGET, account.getUsername(),
                changes + (scopeChanged ? "; role " + form.getRole() + organisationDetail(form) : ""));
        if (scopeChanged) {
            sessions.endSessionsOf(account.getUsername());
        }
    }

    /** Stops the account from signing in and ends its open sessions at once. */
    public void disableAccount(long id) {
        UserAccount account = find(UserAccount.class, id);
        if (account.getUsername().equals(callerName())) {
            throw new UserFacingException("admin.account.error.disableSelf");
        }
        if (account.isEnabled()) {
            account.disable(now());
            flush("error.staleEdit");
            record(AuditAction.ACCOUNT_DISABLED, ACCOUNT_TARGET, account.getUsername(), null);
        }
        sessions.endSessionsOf(account.getUsername());
    }

    /** Lets the account sign in again, and lifts a lockout after failed sign-ins. */
    public void enableAccount(long id) {
        UserAccount account = find(UserAccount.class, id);
        boolean wasLocked = account.isLocked(now());
        if (!account.isEnabled() || wasLocked) {
            account.enable(now());
            flush("error.staleEdit");
            record(AuditAction.ACCOUNT_ENABLED, ACCOUNT_TARGET, account.getUsername(), wasLocked ? "unlocked" : null);
        }
    }

    /**
     * Sets a temporary password that the owner must change at the next sign-in, and ends the
     * owner's open sessions. Administrators change their own password on the usual page.
     */
    public void resetPassword(long id, @NotNull String temporaryPassword) {
        UserAccount account = find(UserAccount.class, id);
        if (account.getUsername().equals(callerName())) {
            throw new UserFacingException("admin.account.error.resetSelf");
        }
        requirePasswordAllowed(temporaryPassword, account.getUsername());
        account.setPasswordByAdministrator(passwords.hash(temporaryPassword), now());
        flush("error.staleEdit");
        record(AuditAction.PASSWORD_RESET, ACCOUNT_TARGET, account.getUsername(), null);
        sessions.endSessionsOf(account.getUsername());
    }

    /**
     * Removes an account's second factor and its recovery codes (a lost phone), and ends its open
     * sessions; at the next sign-in a role that requires one must set it up again.
     */
    public void resetSecondFactor(long id) {
        UserAccount account = find(UserAccount.class, id);
        if (account.getUsername().equals(callerName())) {
            throw new UserFacingException("admin.account.error.resetSelf");
        }
        boolean had = account.hasSecondFactor();
        account.removeSecondFactor(now());
        SecondFactorService.deleteRecoveryCodes(em, account.getId());
        flush("error.staleEdit");
        record(AuditAction.SECOND_FACTOR_RESET, ACCOUNT_TARGET, account.getUsername(), had ? null : "none was set up");
        sessions.endSessionsOf(account.getUsername());
    }

    private static void requirePasswordAllowed(String password, String username) {
        PasswordPolicy.violation(password, username).ifPresent(key -> {
            throw new UserFacingException(key);
        });
    }

    /** The organisation the form's role needs, loaded; null for a role that has none. */
    private Object organisationOf(AccountForm form) {
        Class<?> kind = organisationKind(form.getRole().scope());
        if (kind == null) {
            return null;
        }
        Long id = form.organisationIdForRole();
        if (id == null) {
            throw new UserFacingException("admin.account.error.organisationRequired");
        }
        return find(kind, id);
    }

    /** Which entity an account of the scope belongs to; null when the scope has none. */
    static Class<?> organisationKind(Role.Scope scope) {
        return switch (scope) {
            case NONE -> null;
            case SCHOOL -> School.class;
            case DISTRICT -> District.class;
            case SERVICE_ORGANISATION -> ServiceOrganisation.class;
            case PROVINCE -> Province.class;
        };
    }

    /** New accounts go only to organisations still in use. */
    private static void requireActive(Object organisation) {
        boolean inactive = organisation instanceof School s && !s.isActive()
                || organisation instanceof ServiceOrganisation o && !o.isActive();
        if (inactive) {
            throw new UserFacingException("admin.account.error.organisationInactive");
        }
    }

    private static String organisationDetail(AccountForm form) {
        Class<?> kind = organisationKind(form.getRole().scope());
        return kind == null ? "" : ", " + kind.getSimpleName() + " " + form.organisationIdForRole();
    }

    // ---- Audit log

    /**
     * Every kind of audit event – sign-ins, identity views, downloads, refusals, exports – filtered in
     * the database by action, actor (or the account it was about), case code and period. The log
     * holds no case content, so neither does this list.
     */
    public long countAuditEvents(@NotNull AuditSearch search) {
        return auditQuery(Long.class, "SELECT COUNT(e)", search, "").getSingleResult();
    }

    public List<AuditEvent> findAuditEvents(@NotNull AuditSearch search, @PositiveOrZero int first,
                                            @Min(1) @Max(MAX_PAGE) int max) {
        return auditQuery(AuditEvent.class, "SELECT e", search, " ORDER BY e.id DESC")
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    private <T> TypedQuery<T> auditQuery(Class<T> type, String select, AuditSearch search, String order) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (search.action() != null) {
            where.append(" AND e.action = :action");
            parameters.put("action", search.action());
        }
        String user = Text.cleanLower(search.username());
        if (user != null) {
            where.append(" AND (e.actor = :user OR (e.targetType = 'UserAccount' AND e.targetId = :user))");
            parameters.put("user", user);
        }
        String code = Text.clean(search.caseCode());
        if (code != null) {
            where.append(" AND e.caseCode = :code");
            parameters.put("code", code.toUpperCase(java.util.Locale.ROOT));
        }
        if (search.from() != null) {
            where.append(" AND e.occurredAt >= :from");
            parameters.put("from", search.from().atStartOfDay(LocalTime.ZONE).toInstant());
        }
        if (search.to() != null) {
            where.append(" AND e.occurredAt < :to");
            parameters.put("to", search.to().plusDays(1).atStartOfDay(LocalTime.ZONE).toInstant());
        }
        TypedQuery<T> query = em.createQuery(select + " FROM AuditEvent e" + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    /** Walks the whole audit chain, and records that it was checked and what was found. */
    public AuditVerification verifyAuditChain() {
        AuditVerification result = audit.verify();
        record(AuditAction.AUDIT_CHAIN_VERIFIED, null, null, result.intact()
                ? "intact, " + result.rowsChecked() + " rows"
                : "broken at " + result.brokenAtId() + " (" + result.reason() + ")");
        return result;
    }

    // ---- Helpers

    private District district(Long id) {
        return find(District.class, id);
    }

    private <T> T find(Class<T> type, Long id) {
        T entity = id == null ? null : em.find(type, id);
        if (entity == null) {
            throw new UserFacingException("admin.error.notFound");
        }
        return entity;
    }

    private static void requireVersion(int current, int edited) {
        if (current != edited) {
            throw new UserFacingException("error.staleEdit");
        }
    }

    /**
     * Writes the changes now, so that a concurrent edit or a duplicate that slipped past the checks
     * comes back as a message rather than a failed commit.
     */
    private void flush(String duplicateKey) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new UserFacingException("error.staleEdit");
        } catch (PersistenceException e) {
            if (ConstraintViolation.isCause(e)) {
                throw new UserFacingException(duplicateKey);
            }
            throw e;
        }
    }

    private void record(AuditAction action, String targetType, Object targetId, String detail) {
        audit.append(AuditEntry.of(callerName(), Role.ADMIN_NAME, action)
                .target(targetType, targetId)
                .ip(origin.ip())
                .detail(detail));
    }

    private String callerName() {
        return session.getCallerPrincipal().getName();
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
