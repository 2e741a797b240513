package vn.tincay.followup;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.UUID;
import vn.tincay.account.UserAccount;
import vn.tincay.incident.CloseReason;
import vn.tincay.incident.ConsentGiver;
import vn.tincay.incident.Answer;
import vn.tincay.incident.GbvAnswers;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.incident.Sex;
import vn.tincay.incident.SurvivorIdentity;
import vn.tincay.incident.SurvivorKind;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.organisation.ServiceKind;
import vn.tincay.organisation.ServiceOrganisation;

/** Small builders of invented cases and organisations for the follow-up rules. */
final class Cases {

    static final Instant NOW = Instant.parse("2026-03-02T03:00:00Z");
    private static final Province PROVINCE = new Province("TDEMO", "Tỉnh Demo", "Sở Demo");
    static final District DISTRICT = district(1L, "HDEMO");
    static final District OTHER_DISTRICT = district(2L, "HKHAC");

    private Cases() {
    }

    static District district(long id, String code) {
        District district = new District(PROVINCE, code, "Huyện " + code, "Phòng GD&ĐT " + code);
        setId(district, id);
        return district;
    }

    static ServiceOrganisation socialWorkCentre(District district) {
        ServiceOrganisation organisation = new ServiceOrganisation(district, "Trung tâm CTXH Demo",
                ServiceKind.SOCIAL_WORK_CENTRE);
        setId(organisation, 10L + district.getId());
        return organisation;
    }

    /** A case builder: a 14-year-old student physically assaulted, no consent recorded, unless told otherwise. */
    static CaseBuilder aCase() {
        return new CaseBuilder();
    }

    static final class CaseBuilder {
        private Integer age = 14;
        private boolean childAbuseFlag;
        private final GbvAnswers answers = new GbvAnswers(false, false, false, false, false, false);
        private boolean consentToReferral;
        private boolean consentToShareContact;
        private boolean closed;

        CaseBuilder() {
            answers.setPhysicalAssault(Answer.YES);
        }

        CaseBuilder adult() {
            this.age = 30;
            return this;
        }

        CaseBuilder childAbuse() {
            this.childAbuseFlag = true;
            return this;
        }

        CaseBuilder withConsentToReferral() {
            this.consentToReferral = true;
            return this;
        }

        CaseBuilder withConsentToShareContact() {
            this.consentToShareContact = true;
            return this;
        }

        CaseBuilder closed() {
            this.closed = true;
            return this;
        }

        Incident build() {
            School school = new School(DISTRICT, "HDEMO-TH-A", "Trường Demo A", SchoolLevel.PRIMARY, Ownership.PUBLIC);
            setId(school, 100L);
            UserAccount reporter = new UserAccount("staff1", "Giáo viên Demo", "hash", NOW);
            Incident incident = new Incident("HDEMO-2026-0001", UUID.randomUUID().toString(), school, reporter, NOW);
            incident.answer(answers, false, childAbuseFlag, false, false);
            incident.describeSurvivor(new SurvivorIdentity("Nguyễn Thị Demo", null, null, null, "Trần Văn Demo",
                    "0900 000 000"), null, age, null, Sex.FEMALE, SurvivorKind.STUDENT, false);
            incident.classify();
            ConsentGiver giver = age != null && age >= 18 ? ConsentGiver.SURVIVOR : ConsentGiver.BOTH;
            incident.recordConsent(giver, consentToReferral, false, consentToShareContact);
            if (closed) {
                incident.changeStatus(IncidentStatus.CLOSED, CloseReason.RESOLVED, null, "coordinator", NOW);
            }
            setId(incident, 1000L);
            return incident;
        }
    }

    static void setId(Object entity, Long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
