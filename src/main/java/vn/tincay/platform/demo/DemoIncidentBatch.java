package vn.tincay.platform.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tincay.account.UserAccount;
import vn.tincay.incident.CaseCodes;
import vn.tincay.incident.SurvivorNameWord;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.security.crypto.Confidentiality;

/**
 * Saves one batch of invented cases in a transaction of its own, so a large generation never holds
 * one huge transaction. Case codes come from the real sequence; identity is encrypted by the
 * entities' converter; names get their word hashes. Per-case audit is skipped on purpose: this is
 * demo data, not anybody's action on a case.
 */
@Stateless
public class DemoIncidentBatch {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private CaseCodes caseCodes;

    @Inject
    private Confidentiality confidentiality;

    /** Ids of the cast, loaded again inside each batch's transaction. */
    record CastIds(long districtId, List<Long> schools, List<Long> staffBySchool, List<Long> focalPointBySchool,
                   long coordinator, List<Long> services) {
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void save(CastIds ids, List<InventedCase> plans, Instant now) {
        District district = em.find(District.class, ids.districtId());
        DemoCaseBuilder builder = new DemoCaseBuilder(cast(ids), confidentiality.nameIndex(), now);
        // Codes first, one block per year (the plans are in date order): a query after persisting would
        // flush the whole batch again.
        List<String> codes = new ArrayList<>(plans.size());
        int from = 0;
        while (from < plans.size()) {
            int year = plans.get(from).reportedDate.getYear();
            int to = from;
            while (to < plans.size() && plans.get(to).reportedDate.getYear() == year) {
                to++;
            }
            codes.addAll(caseCodes.nextBlock(district.getId(), district.getCode(), year, to - from));
            from = to;
        }
        List<DemoCaseBuilder.BuiltCase> built = new ArrayList<>(plans.size());
        for (int i = 0; i < plans.size(); i++) {
            DemoCaseBuilder.BuiltCase c = builder.build(plans.get(i), codes.get(i));
            em.persist(c.incident());
            c.statusChanges().forEach(em::persist);
            c.entries().forEach(em::persist);
            c.referrals().forEach(em::persist);
            built.add(c);
        }
        em.flush();
        for (DemoCaseBuilder.BuiltCase c : built) {
            for (String hash : c.nameWordHashes()) {
                em.persist(new SurvivorNameWord(c.incident().getId(), hash));
            }
        }
        em.flush();
        em.clear();
    }

    private DemoCaseBuilder.Cast cast(CastIds ids) {
        return new DemoCaseBuilder.Cast(
                ids.schools().stream().map(id -> em.find(School.class, id)).toList(),
                accounts(ids.staffBySchool()),
                accounts(ids.focalPointBySchool()),
                em.find(UserAccount.class, ids.coordinator()),
                ids.services().stream().map(id -> em.find(ServiceOrganisation.class, id)).toList());
    }

    private List<UserAccount> accounts(List<Long> ids) {
        List<UserAccount> accounts = new ArrayList<>(ids.size());
        for (Long id : ids) {
            accounts.add(id == null ? null : em.find(UserAccount.class, id));
        }
        return accounts;
    }
}
