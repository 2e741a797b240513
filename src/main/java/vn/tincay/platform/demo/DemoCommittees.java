package vn.tincay.platform.demo;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tincay.followup.AttachmentType;
import vn.tincay.incident.Sex;
import vn.tincay.organisation.District;
import vn.tincay.organisation.School;
import vn.tincay.register.CommitteeMeeting;
import vn.tincay.register.CommitteeMember;
import vn.tincay.register.CommitteeMinutes;
import vn.tincay.register.CommitteeRole;
import vn.tincay.register.WomenCommittee;

/**
 * Invented Committees for the Advancement of Women for the demo: the district office's and one
 * school's, each with a decision, its members and a meeting (the school's with a one-page minutes PDF).
 * Every name says "Demo"; dates are set back from the day the demo is loaded.
 */
final class DemoCommittees {

    private static final String BY = "demo";

    private DemoCommittees() {
    }

    static void seed(EntityManager em, District district, School school, Instant now, LocalDate today) {
        int year = today.getYear();
        WomenCommittee office = new WomenCommittee(district, null, BY, now);
        office.decide("15/QĐ-PGDĐT-DEMO", today.minusMonths(14), "Trưởng phòng Phòng GD&ĐT Huyện Demo Bình Yên",
                List.of(new CommitteeMember("Lê Thị Demo Phó", CommitteeRole.HEAD, "Phó Trưởng phòng", Sex.FEMALE,
                                year - 1, year + 3),
                        new CommitteeMember("Đỗ Văn Demo Thành", CommitteeRole.DEPUTY_HEAD, "Chuyên viên", Sex.MALE,
                                year - 1, year + 3),
                        new CommitteeMember("Cô Demo Thị Liên Lạc", CommitteeRole.SECRETARY, "Chuyên viên", Sex.FEMALE,
                                year - 1, year + 3)), BY, now);
        em.persist(office);
        CommitteeMeeting officeMeeting = new CommitteeMeeting(district, null, BY, now);
        officeMeeting.describe(today.minusMonths(3), "Họp Ban Demo: triển khai Tháng hành động vì bình đẳng giới", BY, now);
        em.persist(officeMeeting);

        WomenCommittee own = new WomenCommittee(district, school, BY, now);
        own.decide("25/QĐ-THSM-DEMO", today.minusMonths(4), "Hiệu trưởng " + school.getName(),
                List.of(new CommitteeMember("Nguyễn Thị Demo Hiệu", CommitteeRole.HEAD, "Hiệu trưởng", Sex.FEMALE,
                                year, year + 4),
                        new CommitteeMember("Phạm Văn Demo Phó", CommitteeRole.DEPUTY_HEAD, "Phó Hiệu trưởng", Sex.MALE,
                                year, year + 4),
                        new CommitteeMember("Trần Thị Demo Công Đoàn", CommitteeRole.MEMBER, "Chủ tịch Công đoàn",
                                Sex.FEMALE, year, year + 4),
                        new CommitteeMember("Vũ Thị Demo Thư", CommitteeRole.SECRETARY, "Giáo viên", Sex.FEMALE,
                                year, year + 4)), BY, now);
        em.persist(own);
        CommitteeMeeting meeting = new CommitteeMeeting(district, school, BY, now);
        meeting.describe(today.minusMonths(2), "Họp Ban Demo: phân công nhiệm vụ thành viên sau kiện toàn", BY, now);
        meeting.attachMinutes(new CommitteeMinutes("bien-ban-hop-ban-demo.pdf", AttachmentType.PDF, minutesPdf(),
                BY, now));
        em.persist(meeting);
    }

    /** A one-page PDF that says it is invented (viewers rebuild the cross-reference table it leaves out). */
    private static byte[] minutesPdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                + "/Resources << /Font << /F1 5 0 R >> >> >> endobj\n"
                + "4 0 obj << /Length 63 >> stream\nBT /F1 14 Tf 40 780 Td (Bien ban hop Ban Demo - minh hoa) Tj ET\n"
                + "endstream endobj\n5 0 obj << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }
}
