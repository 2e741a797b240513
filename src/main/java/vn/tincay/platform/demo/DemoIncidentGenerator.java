package vn.tincay.platform.demo;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import vn.tincay.account.UserAccount;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.platform.LocalTime;
import vn.tincay.security.Role;

/**
 * Fills the demo district with invented incidents and their follow-up, for demonstrations and
 * benchmarks: {@code tincay.demo.generate-incidents} (environment TINCAY_DEMO_GENERATE_INCIDENTS) at
 * start-up, or {@link #generate} from tests. Goes through the domain rules; saves in batches.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoIncidentGenerator {

    public static final int BATCH = 200;

    private static final Logger LOG = Logger.getLogger(DemoIncidentGenerator.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private DemoIncidentBatch batches;

    private final Clock clock = Clock.systemUTC();

    /** Incidents the demo district has now; 0 when there is no demo district. */
    public long countInDemoDistrict() {
        return demoDistrict().map(d -> em.createQuery("SELECT COUNT(i) FROM Incident i WHERE i.district = :d",
                Long.class).setParameter("d", d).getSingleResult()).orElse(0L);
    }

    /**
     * Adds {@code count} invented incidents to the demo district.
     *
     * @return how many were added (0 without a demo district or its schools and coordinator)
     */
    public int generate(int count, long seed) {
        Optional<District> district = demoDistrict();
        if (district.isEmpty() || count <= 0) {
            return 0;
        }
        List<School> schools = em.createQuery("SELECT s FROM School s WHERE s.district = :d AND s.active = TRUE "
                + "ORDER BY s.id", School.class).setParameter("d", district.get()).getResultList();
        Optional<UserAccount> coordinator = em.createQuery("SELECT a FROM UserAccount a WHERE a.role = :r "
                        + "AND a.district = :d AND a.enabled = TRUE ORDER BY a.id", UserAccount.class)
                .setParameter("r", Role.DISTRICT_COORDINATOR).setParameter("d", district.get())
                .setMaxResults(1).getResultStream().findFirst();
        List<Long> services = em.createQuery("SELECT o.id FROM ServiceOrganisation o WHERE o.district = :d "
                + "AND o.active = TRUE ORDER BY o.id", Long.class).setParameter("d", district.get()).getResultList();
        if (schools.isEmpty() || coordinator.isEmpty() || services.isEmpty()) {
            LOG.warning("Demo incidents not generated: the demo district lacks schools, a coordinator or services");
            return 0;
        }
        List<Long> staff = new ArrayList<>();
        List<Long> focalPoints = new ArrayList<>();
        for (School school : schools) {
            staff.add(firstAccount(school, Role.SCHOOL_STAFF));
            focalPoints.add(firstAccount(school, Role.SCHOOL_FOCAL_POINT));
        }
        DemoIncidentBatch.CastIds ids = new DemoIncidentBatch.CastIds(district.get().getId(),
                schools.stream().map(School::getId).toList(), staff, focalPoints, coordinator.get().getId(), services);
        Instant now = Instant.now(clock);
        List<InventedCase> plans = new InventedCases(seed, LocalTime.today(clock),
                schools.stream().map(School::getLevel).toList()).next(count);
        long started = System.nanoTime();
        for (int from = 0; from < plans.size(); from += BATCH) {
            batches.save(ids, plans.subList(from, Math.min(plans.size(), from + BATCH)), now);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        LOG.info(() -> "Generated " + count + " demo incidents in " + millis + " ms");
        return count;
    }

    private Long firstAccount(School school, Role role) {
        return em.createQuery("SELECT a.id FROM UserAccount a WHERE a.school = :s AND a.role = :r "
                        + "AND a.enabled = TRUE ORDER BY a.id", Long.class)
                .setParameter("s", school).setParameter("r", role)
                .setMaxResults(1).getResultStream().findFirst().orElse(null);
    }

    private Optional<District> demoDistrict() {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :c", District.class)
                .setParameter("c", DemoDataLoader.DISTRICT_CODE).getResultStream().findFirst();
    }
}
