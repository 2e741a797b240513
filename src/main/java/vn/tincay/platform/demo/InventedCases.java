package vn.tincay.platform.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import vn.tincay.followup.Agency;
import vn.tincay.incident.AgeGroup;
import vn.tincay.incident.ChildProtection;
import vn.tincay.incident.CloseReason;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.Answer;
import vn.tincay.incident.GbvAnswers;
import vn.tincay.incident.PerpetratorDraft;
import vn.tincay.incident.PlaceType;
import vn.tincay.incident.Relationship;
import vn.tincay.incident.Sex;
import vn.tincay.incident.SurvivorKind;
import vn.tincay.organisation.SchoolLevel;

/**
 * Plans realistic invented cases: GBVIMS answers in plausible proportions for schools, survivors of
 * the school's age range, perpetrators that fit the type, every consent combination, follow-up that
 * moves through the real transitions. Names look invented on purpose ("Nguyễn Demo Thị Lan").
 * The same seed and day give the same cases.
 */
public final class InventedCases {

    static final int DAYS_BACK = 730;
    private static final int HOURS_PER_DAY = 24;

    static final String[] FAMILY_NAMES = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
        "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"};
    static final String[] GIRL_NAMES = {"Lan", "Hoa", "Mai", "Hương", "Linh", "Trang", "Thảo", "Ngân", "Yến", "Nhung",
        "Vy", "Hằng", "Quyên", "Diệp", "Thư", "Ánh"};
    static final String[] BOY_NAMES = {"An", "Bình", "Cường", "Dũng", "Hải", "Khoa", "Nam", "Phúc", "Quân", "Sơn",
        "Tuấn", "Việt"};
    static final String[] GIRL_MIDDLE = {"Thị", "Ngọc", "Thu", "Minh", "Bảo", "Khánh"};
    static final String[] BOY_MIDDLE = {"Văn", "Minh", "Đức", "Gia", "Quốc", "Hữu"};

    private static final String[] ACTIONS = {
        "Gặp riêng học sinh để lắng nghe và ghi nhận sự việc",
        "Trao đổi với Công an xã Demo về sự việc",
        "Phối hợp với Phòng Tư pháp Demo hướng dẫn thủ tục",
        "Hội Phụ nữ Demo đến thăm hỏi gia đình",
        "Đưa học sinh đi khám tại Trung tâm Y tế Demo",
        "Đề nghị Trung tâm Công tác xã hội Demo hỗ trợ tâm lý",
        "Mời gia đình đến trường trao đổi",
        "Họp Ban giám hiệu về các biện pháp bảo vệ học sinh",
        "Trao đổi với trưởng thôn Demo"};
    private static final Agency[] ACTION_AGENCIES = {Agency.SCHOOL, Agency.POLICE, Agency.JUSTICE,
        Agency.WOMENS_UNION, Agency.HEALTH, Agency.SOCIAL_WORK_CENTRE, Agency.FAMILY, Agency.SCHOOL, Agency.OTHER};
    private static final String[] OUTCOMES = {"Đã ghi nhận thông tin", "Các bên thống nhất biện pháp hỗ trợ",
        "Gia đình hợp tác", "Cần theo dõi thêm", "Đã chuyển thông tin cho cơ quan chức năng"};
    private static final String[] NEXT_STEPS = {"Theo dõi tình hình học tập và tâm lý của học sinh",
        "Liên hệ lại với công an để cập nhật tiến độ", "Tổ chức buổi tư vấn tâm lý tiếp theo",
        "Gửi báo cáo cập nhật cho Phòng GD&ĐT", "Gặp lại gia đình để trao đổi"};
    private static final String[] NEEDS = {"Hỗ trợ tâm lý", "Chỗ ở tạm thời an toàn", "Khám và điều trị y tế",
        "Tư vấn pháp lý", "Hỗ trợ học tập và sinh kế"};

    private final Random random;
    private final LocalDate today;
    private final List<SchoolLevel> schools;
    private final int daysBack;

    /**
     * @param schools the level of each school cases may be filed at, in a fixed order
     */
    public InventedCases(long seed, LocalDate today, List<SchoolLevel> schools) {
        this(seed, today, schools, DAYS_BACK);
    }

    /**
     * @param schools  the level of each school cases may be filed at, in a fixed order
     * @param daysBack how far back reports go (two years by default; ten for a province's archive)
     */
    public InventedCases(long seed, LocalDate today, List<SchoolLevel> schools, int daysBack) {
        if (schools.isEmpty()) {
            throw new IllegalArgumentException("No school to invent cases for");
        }
        this.random = new Random(seed);
        this.today = today;
        this.schools = List.copyOf(schools);
        this.daysBack = daysBack;
    }

    /** {@code count} cases, oldest report first. */
    public List<InventedCase> next(int count) {
        List<InventedCase> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(one());
        }
        cases.sort(Comparator.comparing((InventedCase c) -> c.reportedDate).thenComparingInt(c -> c.reportedHour));
        return cases;
    }

    /** One case reported on the given day, for loaders that go through the days in order. */
    public InventedCase reportedOn(LocalDate reportedDate) {
        return one(school(), reportedDate);
    }

    private InventedCase one() {
        int school = school();
        return one(school, today.minusDays(random.nextInt(daysBack)));
    }

    private InventedCase one(int schoolIndex, LocalDate reportedDate) {
        InventedCase c = new InventedCase();
        c.schoolIndex = schoolIndex;
        c.reportedDate = reportedDate;
        c.incidentDate = c.reportedDate.minusDays(skewedDays(30));
        c.reportedHour = 7 + random.nextInt(10);
        survivor(c, schools.get(c.schoolIndex));
        typeAndContext(c);
        perpetrators(c);
        consent(c);
        followUp(c);
        c.narrative = "Mô tả sự việc demo (dữ liệu thử nghiệm, không có thật), số " + (100000 + random.nextInt(900000))
                + ".";
        return c;
    }

    private void survivor(InventedCase c, SchoolLevel level) {
        boolean staff = chance(0.08);
        c.kind = staff ? SurvivorKind.STAFF : SurvivorKind.STUDENT;
        c.sex = staff || chance(0.82) ? Sex.FEMALE : Sex.MALE;
        int age = staff ? 22 + random.nextInt(34) : switch (level) {
            case KINDERGARTEN, PRESCHOOL_GROUP -> 3 + random.nextInt(3);
            case PRIMARY -> 6 + random.nextInt(5);
            case LOWER_SECONDARY -> 11 + random.nextInt(5);
        };
        double known = random.nextDouble();
        if (known < 0.7) {
            c.birthDate = c.incidentDate.minusYears(age).minusDays(random.nextInt(365));
            c.age = age;
        } else if (known < 0.9) {
            c.age = age;
        }
        c.ageGroup = AgeGroup.of(age);
        c.disability = chance(0.04);
        boolean female = c.sex == Sex.FEMALE;
        c.survivorName = pick(FAMILY_NAMES) + " Demo " + pick(female ? GIRL_MIDDLE : BOY_MIDDLE) + " "
                + pick(female ? GIRL_NAMES : BOY_NAMES);
        if (!staff) {
            int grade = Math.max(1, age - 5);
            c.className = age < 6 ? "Lớp Mầm " + (char) ('A' + random.nextInt(3)) : "Lớp " + grade
                    + (char) ('A' + random.nextInt(4));
            c.guardianName = pick(FAMILY_NAMES) + " Demo " + (chance(0.5) ? "Văn " + pick(BOY_NAMES)
                    : "Thị " + pick(GIRL_NAMES));
            c.guardianPhone = String.format("0999 %03d %03d", random.nextInt(1000), random.nextInt(1000));
        }
        c.address = "Số " + (1 + random.nextInt(200)) + ", Thôn Demo " + (1 + random.nextInt(12))
                + ", Huyện Demo Bình Yên";
    }

    /** Answers in the proportions a school sees: mostly psychological and physical, then sexual violence. */
    private void typeAndContext(InventedCase c) {
        double roll = random.nextDouble();
        GbvAnswers a = new GbvAnswers(false, false, false, false, false, false);
        if (roll < 0.05) {
            a.setPenetration(Answer.YES);
            a.setSexualContact(Answer.YES);
            a.setPhysicalAssault(Answer.of(chance(0.5)));
        } else if (roll < 0.18) {
            a.setSexualContact(Answer.YES);
            a.setPsychological(Answer.of(chance(0.5)));
        } else if (roll < 0.48) {
            a.setPhysicalAssault(Answer.YES);
            a.setPsychological(Answer.of(chance(0.6)));
        } else if (roll < 0.52) {
            a.setForcedMarriage(Answer.YES);
            a.setDenial(Answer.of(chance(0.5)));
        } else if (roll < 0.58) {
            a.setDenial(Answer.YES);
        } else if (roll < 0.92) {
            a.setPsychological(Answer.YES);
        }
        // the rest: nothing GBV-related after all
        c.answers = a;
        boolean sexual = a.isYes(GbvAnswers.Question.PENETRATION) || a.isYes(GbvAnswers.Question.SEXUAL_CONTACT);
        boolean physical = a.isYes(GbvAnswers.Question.PHYSICAL_ASSAULT);
        c.urgent = chance(a.isYes(GbvAnswers.Question.PENETRATION) ? 0.6 : sexual ? 0.3 : physical ? 0.12 : 0.03);
        boolean child = c.ageGroup.isChild();
        boolean gbv = roll < 0.92;
        c.childAbuse = child && gbv && chance(sexual ? 0.9 : 0.4);
        c.onlineViolence = a.isYes(GbvAnswers.Question.PSYCHOLOGICAL) && chance(0.25);
        c.marriageBrokering = a.isYes(GbvAnswers.Question.FORCED_MARRIAGE) && chance(0.3);
        c.placeType = c.onlineViolence ? PlaceType.ONLINE : pick(new PlaceType[] {PlaceType.SCHOOL_PREMISES,
            PlaceType.SCHOOL_PREMISES, PlaceType.WAY_TO_SCHOOL, PlaceType.SURVIVOR_HOME, PlaceType.PERPETRATOR_HOME,
            PlaceType.OTHER_HOME, PlaceType.PUBLIC_PLACE, PlaceType.OTHER, PlaceType.UNKNOWN});
    }

    private void perpetrators(InventedCase c) {
        double roll = random.nextDouble();
        int count = roll < 0.85 ? 1 : roll < 0.97 ? 2 : 3;
        for (int i = 0; i < count; i++) {
            Relationship relationship = relationship(c);
            AgeGroup age = switch (relationship) {
                case FELLOW_STUDENT -> c.ageGroup == AgeGroup.UNKNOWN ? AgeGroup.AGE_12_17 : c.ageGroup;
                case FAMILY_MEMBER, TEACHER_OR_STAFF, NEIGHBOUR -> pick(new AgeGroup[] {AgeGroup.AGE_26_40,
                    AgeGroup.AGE_41_60, AgeGroup.AGE_61_PLUS, AgeGroup.AGE_18_25});
                case INTIMATE_PARTNER -> pick(new AgeGroup[] {AgeGroup.AGE_12_17, AgeGroup.AGE_18_25,
                    AgeGroup.AGE_26_40});
                default -> pick(AgeGroup.values());
            };
            Sex sex = chance(0.85) ? Sex.MALE : chance(0.8) ? Sex.FEMALE : Sex.UNKNOWN;
            c.perpetrators.add(new PerpetratorDraft(relationship, sex, age));
            if (relationship == Relationship.FAMILY_MEMBER || relationship == Relationship.INTIMATE_PARTNER) {
                c.domesticViolence = true;
            }
        }
    }

    private Relationship relationship(InventedCase c) {
        if (c.answers.isYes(GbvAnswers.Question.FORCED_MARRIAGE)) {
            return chance(0.8) ? Relationship.FAMILY_MEMBER : Relationship.OTHER;
        }
        if (c.kind == SurvivorKind.STAFF) {
            return pick(new Relationship[] {Relationship.INTIMATE_PARTNER, Relationship.FAMILY_MEMBER,
                Relationship.TEACHER_OR_STAFF, Relationship.STRANGER, Relationship.OTHER});
        }
        double roll = random.nextDouble();
        return roll < 0.35 ? Relationship.FELLOW_STUDENT : roll < 0.6 ? Relationship.FAMILY_MEMBER
                : roll < 0.68 ? Relationship.TEACHER_OR_STAFF : roll < 0.78 ? Relationship.NEIGHBOUR
                : roll < 0.88 ? Relationship.STRANGER : roll < 0.92 ? Relationship.INTIMATE_PARTNER
                : roll < 0.97 ? Relationship.OTHER : Relationship.UNKNOWN;
    }

    /** Every combination occurs, always with the giver the survivor's age requires. */
    private void consent(InventedCase c) {
        c.consentToReferral = chance(0.65);
        c.consentToStatistics = chance(0.8);
        c.consentToShareContact = c.consentToReferral ? chance(0.5) : chance(0.05);
        boolean any = c.consentToReferral || c.consentToStatistics || c.consentToShareContact;
        ConsentGiver required = ChildProtection.requiredConsentGiver(c.age);
        c.consentGiver = !any ? null : required != null ? required : pick(ConsentGiver.values());
    }

    /** Follow-up timings; most old cases are closed, recent ones still open. */
    private void followUp(InventedCase c) {
        c.reportedByFocalPoint = chance(0.2);
        // Reports older than a year have all been taken up and closed, as in a district that keeps
        // its archive: only the recent year has reports waiting, stalled or open.
        boolean archived = c.reportedDate.isBefore(today.minusYears(1));
        if (chance(0.03)) {
            // A report closed at once, e.g. a duplicate of a case already open.
            c.closeAfterHours = 4 + random.nextInt(72);
            c.closeReason = CloseReason.OTHER;
            return;
        }
        if (!chance(0.92) && !archived) {
            return;
        }
        int hours = 2 + random.nextInt(3 * HOURS_PER_DAY);
        c.verifyAfterHours = hours;
        c.assigned = chance(0.8);
        if (!chance(0.88) && !archived) {
            return;
        }
        hours += 12 + random.nextInt(14 * HOURS_PER_DAY);
        c.progressAfterHours = hours;
        int closeAt = hours + 10 * HOURS_PER_DAY + random.nextInt(150 * HOURS_PER_DAY);
        int entries = 1 + random.nextInt(4);
        for (int i = 0; i < entries; i++) {
            InventedCase.Entry entry = new InventedCase.Entry();
            entry.afterHours = c.verifyAfterHours + 1 + random.nextInt(Math.max(1, closeAt - c.verifyAfterHours - 2));
            int action = random.nextInt(ACTIONS.length);
            entry.agency = ACTION_AGENCIES[action];
            entry.action = ACTIONS[action];
            entry.outcome = chance(0.8) ? pick(OUTCOMES) : null;
            if (chance(0.7)) {
                entry.nextStep = pick(NEXT_STEPS);
                entry.dueInDays = 2 + random.nextInt(20);
            }
            entry.doneRoll = random.nextDouble();
            c.entries.add(entry);
        }
        c.entries.sort(Comparator.comparingInt(e -> e.afterHours));
        if (chance(0.45)) {
            int referrals = chance(0.8) ? 1 : 2;
            for (int i = 0; i < referrals; i++) {
                InventedCase.PlannedReferral referral = new InventedCase.PlannedReferral();
                referral.afterHours = c.progressAfterHours + 1 + random.nextInt(Math.max(1,
                        Math.min(closeAt - c.progressAfterHours - 2, 30 * HOURS_PER_DAY)));
                referral.serviceIndex = random.nextInt(100);
                referral.needs = pick(NEEDS);
                referral.answerAfterHours = referral.afterHours + 2 + random.nextInt(12 * HOURS_PER_DAY);
                referral.accepted = chance(0.8);
                if (referral.accepted && chance(0.75)) {
                    referral.serviceAfterHours = referral.answerAfterHours + 24 + random.nextInt(30 * HOURS_PER_DAY);
                }
                if (chance(0.6)) {
                    int base = referral.serviceAfterHours != null ? referral.serviceAfterHours : referral.answerAfterHours;
                    referral.closeAfterHours = base + 24 + random.nextInt(30 * HOURS_PER_DAY);
                }
                c.referrals.add(referral);
            }
        }
        if (chance(0.8) || archived) {
            c.closeAfterHours = closeAt;
            double reason = random.nextDouble();
            c.closeReason = reason < 0.6 ? CloseReason.RESOLVED : reason < 0.8 ? CloseReason.TRANSFERRED_TO_AUTHORITIES
                    : reason < 0.9 ? CloseReason.SURVIVOR_DECLINED : CloseReason.OTHER;
            if (chance(0.05) && !archived) {
                c.reopenAfterHours = closeAt + 5 * HOURS_PER_DAY + random.nextInt(30 * HOURS_PER_DAY);
            }
        }
    }

    /** A school, weighted by level: older pupils are far more often involved in reported cases. */
    private int school() {
        int total = 0;
        for (SchoolLevel level : schools) {
            total += weight(level);
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < schools.size(); i++) {
            roll -= weight(schools.get(i));
            if (roll < 0) {
                return i;
            }
        }
        return schools.size() - 1;
    }

    private static int weight(SchoolLevel level) {
        return switch (level) {
            case LOWER_SECONDARY -> 6;
            case PRIMARY -> 4;
            case KINDERGARTEN, PRESCHOOL_GROUP -> 1;
        };
    }

    /** 0 to max days, short delays far more often than long ones. */
    private int skewedDays(int max) {
        double r = random.nextDouble();
        return (int) Math.floor(r * r * (max + 1));
    }

    private boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
