package vn.tincay.platform.demo;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.logging.Logger;
import vn.tincay.account.UserAccount;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.organisation.ServiceKind;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.platform.LocalTime;
import vn.tincay.security.PasswordHashing;
import vn.tincay.security.Role;

/**
 * Invented organisations and accounts for trying the product. Every name says "Demo" so nobody can
 * mistake it for a real school or person. Loaded only into an empty database.
 */
@Stateless
public class DemoDataLoader {

    public static final String DEMO_PASSWORD = "TinCay-Demo-2026";
    public static final String DISTRICT_CODE = "HDEMO";

    /**
     * Authenticator secrets (Base32) of the demo accounts whose role requires two-factor sign-in,
     * invented and published in the README so the demo and the tests can sign in: demo only.
     */
    public static final Map<String, String> DEMO_TOTP_SECRETS = Map.of(
            "admin", "DEMOADMINTOTPSECRETFORDEMOONLYAA",
            "principal1", "DEMOPRINCIPALTOTPSECRETDEMOONLYA",
            "coordinator", "DEMOCOORDINATORTOTPSECRETDEMOONL",
            "service", "DEMOSERVICETOTPSECRETDEMOONLYAAA");

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHashing passwords;

    @jakarta.ejb.EJB
    private vn.tincay.platform.cluster.JobClaims claims;

    private final Clock clock = Clock.systemUTC();

    public void loadIfEmpty() {
        // Nodes of a cluster starting together: the first claims the load in this transaction, the
        // others wait for it to commit and then leave the data alone.
        if (!claims.claimWithinTransaction("demo-data", "initial")) {
            return;
        }
        long accounts = em.createQuery("SELECT COUNT(a) FROM UserAccount a", Long.class).getSingleResult();
        if (accounts > 0) {
            return;
        }
        Province province = persist(new Province("TDEMO", "Tỉnh Demo An Khang", "Sở GD&ĐT Tỉnh Demo An Khang"));
        District district = persist(new District(province, DISTRICT_CODE, "Huyện Demo Bình Yên",
                "Phòng GD&ĐT Huyện Demo Bình Yên"));
        district.setContact("Cô Demo Thị Liên Lạc", "0200 000 000", "lienhe@hdemo.example");
        district.setOfficeHeadName("Trần Văn Demo Trưởng");
        district.setOfficeDeputyName("Lê Thị Demo Phó");

        School schoolA = school(district, "HDEMO-TH-SAOMAI", "Trường Tiểu học Demo Sao Mai",
                SchoolLevel.PRIMARY, Ownership.PUBLIC, "01 Đường Demo Hoa Phượng, Huyện Demo Bình Yên");
        schoolA.setHeadName("Nguyễn Thị Demo Hiệu");
        schoolA.setDeputyHeadName("Phạm Văn Demo Phó");
        School schoolB = school(district, "HDEMO-THCS-BINHMINH", "Trường THCS Demo Bình Minh",
                SchoolLevel.LOWER_SECONDARY, Ownership.PUBLIC, "02 Đường Demo Ánh Dương, Huyện Demo Bình Yên");
        DemoActivitiesAndNominations.load(em, schoolB, vn.tincay.platform.LocalTime.today(clock), Instant.now(clock));
        school(district, "HDEMO-MN-HOASEN", "Trường Mầm non Demo Hoa Sen",
                SchoolLevel.KINDERGARTEN, Ownership.PUBLIC, "03 Đường Demo Sen Hồng, Huyện Demo Bình Yên");
        school(district, "HDEMO-MN-CAUVONG", "Trường Mầm non tư thục Demo Cầu Vồng",
                SchoolLevel.KINDERGARTEN, Ownership.NON_PUBLIC, "04 Đường Demo Bảy Sắc, Huyện Demo Bình Yên");
        school(district, "HDEMO-MG-BUPBE", "Nhóm lớp mẫu giáo Demo Búp Bê",
                SchoolLevel.PRESCHOOL_GROUP, Ownership.NON_PUBLIC, "05 Ngõ Demo Đồ Chơi, Huyện Demo Bình Yên");

        ServiceOrganisation socialWork = service(district, "Trung tâm Công tác xã hội Demo Bình Yên",
                ServiceKind.SOCIAL_WORK_CENTRE);
        service(district, "Địa chỉ tin cậy – Nhà tạm lánh Demo Bình Yên", ServiceKind.SAFE_HOUSE);
        service(district, "Công an Huyện Demo Bình Yên", ServiceKind.POLICE);
        service(district, "Phòng Tư pháp Huyện Demo Bình Yên", ServiceKind.JUSTICE);
        service(district, "Trung tâm Y tế Huyện Demo Bình Yên", ServiceKind.HEALTH);
        service(district, "Hội Liên hiệp Phụ nữ Huyện Demo Bình Yên", ServiceKind.WOMENS_UNION);
        service(district, "Câu lạc bộ Demo Phụ nữ Tự tin", ServiceKind.SUPPORT_CLUB);

        DemoCommittees.seed(em, district, schoolA, Instant.now(clock), java.time.LocalDate.now(vn.tincay.platform.LocalTime.ZONE));

        account("admin", "Quản trị viên Demo", Role.ADMIN, null);
        account("staff1", "Giáo viên Demo Một", Role.SCHOOL_STAFF, schoolA);
        account("staff2", "Giáo viên Demo Hai", Role.SCHOOL_STAFF, schoolB);
        account("principal1", "Hiệu trưởng Demo Sao Mai", Role.SCHOOL_FOCAL_POINT, schoolA);
        account("coordinator", "Điều phối viên Demo Bình Yên", Role.DISTRICT_COORDINATOR, district);
        account("service", "Cán bộ CTXH Demo", Role.SUPPORT_SERVICE, socialWork);
        account("province", "Chuyên viên Sở Demo", Role.PROVINCE_VIEWER, province);
        DemoRegister.load(em, district, schoolB, clock);
        DemoWorkPlans.invented(district, schoolA, LocalTime.today(clock).getYear(), Instant.now(clock))
                .forEach(this::persist);
        LOG.info("Demo data loaded: demo accounts use the documented demo password");
    }

    private School school(District district, String code, String name, SchoolLevel level, Ownership ownership,
                          String address) {
        School school = new School(district, code, name, level, ownership);
        school.setAddress(address);
        school.setEmail(code.toLowerCase() + "@truong.example");
        return persist(school);
    }

    private ServiceOrganisation service(District district, String name, ServiceKind kind) {
        ServiceOrganisation organisation = new ServiceOrganisation(district, name, kind);
        organisation.setPhone("0200 000 1" + (kind.ordinal() + 10));
        return persist(organisation);
    }

    private void account(String username, String displayName, Role role, Object organisation) {
        Instant now = Instant.now(clock);
        UserAccount account = new UserAccount(username, displayName, passwords.hash(DEMO_PASSWORD), now);
        account.assign(role, organisation);
        account.setEmail(username + "@demo.example");
        if (role.requiresSecondFactor()) {
            account.enrolSecondFactor(DEMO_TOTP_SECRETS.get(username), 0, now);
        }
        persist(account);
    }

    private <T> T persist(T entity) {
        em.persist(entity);
        return entity;
    }
}
