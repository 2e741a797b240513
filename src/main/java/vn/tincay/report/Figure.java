package vn.tincay.report;

import vn.tincay.incident.GbvType;
import vn.tincay.incident.IncidentStatus;
import vn.tincay.register.ActivityTopic;

/**
 * The numbers a report carries besides its text, read from the register and the cases when the
 * report is opened (or refreshed) and frozen with it. The district's consolidated report adds them
 * up over the schools' accepted reports. Stored by name: never rename a constant, only add.
 */
public enum Figure {
    // II.1 a) communication activities (register)
    ACTIVITIES(Source.UNITS),
    ACTIVITIES_JUNE(Source.UNITS),
    ACTIVITIES_NOV_DEC(Source.UNITS),
    ACTIVITY_PARTICIPANTS_FEMALE(Source.UNITS),
    ACTIVITY_PARTICIPANTS_MALE(Source.UNITS),
    // II.1 b) staff statistics of the period (register)
    STAFF_FEMALE(Source.UNITS),
    STAFF_MALE(Source.UNITS),
    LEADERS_FEMALE(Source.UNITS),
    LEADERS_MALE(Source.UNITS),
    PARTY_COMMITTEE_FEMALE(Source.UNITS),
    PARTY_COMMITTEE_MALE(Source.UNITS),
    STANDING_COMMITTEE_FEMALE(Source.UNITS),
    STANDING_COMMITTEE_MALE(Source.UNITS),
    COMMITTEE_FEMALE(Source.UNITS),
    COMMITTEE_MALE(Source.UNITS),
    /** Units whose standing committee has members but no woman (a warning of the seed letter). */
    STANDING_COMMITTEES_WITHOUT_WOMAN(Source.UNITS),
    // II.2 cases reported in the period (anonymous counts only)
    CASES(Source.SCHOOLS),
    CASES_RAPE(Source.SCHOOLS),
    CASES_SEXUAL_ASSAULT(Source.SCHOOLS),
    CASES_PHYSICAL_ASSAULT(Source.SCHOOLS),
    CASES_FORCED_MARRIAGE(Source.SCHOOLS),
    CASES_DENIAL_OF_RESOURCES(Source.SCHOOLS),
    CASES_PSYCHOLOGICAL_ABUSE(Source.SCHOOLS),
    CASES_NOT_GBV(Source.SCHOOLS),
    CASES_REPORTED(Source.SCHOOLS),
    CASES_VERIFYING(Source.SCHOOLS),
    CASES_IN_PROGRESS(Source.SCHOOLS),
    CASES_CLOSED(Source.SCHOOLS),
    CASES_DOMESTIC(Source.SCHOOLS),
    CASES_CHILD_ABUSE(Source.SCHOOLS),
    CASES_ONLINE(Source.SCHOOLS),
    CASES_MARRIAGE_BROKERING(Source.SCHOOLS),
    CASES_REFERRED(Source.SCHOOLS),
    REFERRALS(Source.SCHOOLS),
    CASES_WITH_POLICE(Source.SCHOOLS),
    CASES_WITH_JUSTICE(Source.SCHOOLS),
    // II.4 routine work (register)
    DOCUMENTS(Source.UNITS),
    DOCUMENTS_PLAN(Source.UNITS),
    DOCUMENTS_PROGRAMME(Source.UNITS),
    DOCUMENTS_GUIDANCE(Source.UNITS),
    DOCUMENTS_DECISION(Source.UNITS),
    DOCUMENTS_OTHER(Source.UNITS),
    TRAININGS(Source.UNITS),
    TRAININGS_LEADERSHIP_FOR_WOMEN(Source.UNITS),
    TRAINING_PARTICIPANTS_FEMALE(Source.UNITS),
    TRAINING_PARTICIPANTS_MALE(Source.UNITS),
    /** Inspections are the district's: its plan covers every school, so they are never summed. */
    INSPECTIONS_PLANNED(Source.DISTRICT_OFFICE),
    INSPECTIONS_DONE(Source.DISTRICT_OFFICE),
    // II.4 d) the checklist of letter 000 §4đ: topics covered by the planned inspections, results of the done ones
    INSPECTION_TOPICS_PLANNED(Source.DISTRICT_OFFICE),
    INSPECTION_TOPICS_MET(Source.DISTRICT_OFFICE),
    INSPECTION_TOPICS_PARTLY_MET(Source.DISTRICT_OFFICE),
    INSPECTION_TOPICS_NOT_MET(Source.DISTRICT_OFFICE),
    /** Self-inspections are the schools' own (the district office has none). */
    SELF_INSPECTIONS(Source.SCHOOLS),
    SELF_INSPECTION_TOPICS_MET(Source.SCHOOLS),
    SELF_INSPECTION_TOPICS_PARTLY_MET(Source.SCHOOLS),
    SELF_INSPECTION_TOPICS_NOT_MET(Source.SCHOOLS),
    // II.1 b) staff in the leadership succession pool (quy hoach), by sex
    SUCCESSION_POOL_FEMALE(Source.UNITS),
    SUCCESSION_POOL_MALE(Source.UNITS),
    // II.4 a) work plans and their budget (register), issued in the period; amounts in whole VND
    WORK_PLANS(Source.UNITS),
    WORK_PLAN_BUDGET_PLANNED(Source.UNITS),
    WORK_PLAN_BUDGET_SPENT(Source.UNITS),
    WORK_PLAN_RESOURCES_MOBILISED(Source.UNITS),
    // II.4 b) the Committee for the Advancement of Women (register, issue 10)
    /** Units whose committee is set up by a decision dated by the end of the period. */
    WOMEN_COMMITTEES(Source.UNITS),
    /** Units whose committee was set up or re-formed (kiện toàn) by a decision dated within the period. */
    WOMEN_COMMITTEES_REFORMED(Source.UNITS),
    /** Members of the committees in force at the period's end whose term covers that year, by sex. */
    WOMEN_COMMITTEE_MEMBERS_FEMALE(Source.UNITS),
    WOMEN_COMMITTEE_MEMBERS_MALE(Source.UNITS),
    /** Committee meetings held within the period. */
    WOMEN_COMMITTEE_MEETINGS(Source.UNITS),
    // II.1 a) activities by topic (one activity may cover several), II.3 a) and c) (register, issue 10)
    ACTIVITIES_TOPIC_GENDER_EQUALITY_LAW(Source.UNITS),
    ACTIVITIES_TOPIC_LABOUR_CODE_2019(Source.UNITS),
    ACTIVITIES_TOPIC_DIRECTIVE_21(Source.UNITS),
    ACTIVITIES_TOPIC_CRITERIA_4969(Source.UNITS),
    ACTIVITIES_TOPIC_ELECTIONS(Source.UNITS),
    ACTIVITIES_TOPIC_OTHER(Source.UNITS),
    TRAININGS_TOPIC_CRITERIA_4969(Source.UNITS),
    ACTIVITIES_WITH_PARTNERS(Source.UNITS),
    // II.1 b) emulation nominations proposed in the period and women among the individuals (seed 004 section 2)
    NOMINATED_COLLECTIVES(Source.UNITS),
    NOMINATED_INDIVIDUALS_FEMALE(Source.UNITS),
    NOMINATED_INDIVIDUALS_MALE(Source.UNITS);

    /** Where the district's consolidated figure comes from. */
    public enum Source {
        /** Sum of the schools' accepted reports plus the district office's own register. */
        UNITS,
        /** Sum of the schools' accepted reports only (cases always belong to a school). */
        SCHOOLS,
        /** The district office's own register only. */
        DISTRICT_OFFICE
    }

    private final Source source;

    Figure(Source source) {
        this.source = source;
    }

    public Source source() {
        return source;
    }

    public boolean isCaseCount() {
        return name().startsWith("CASES") || this == REFERRALS;
    }

    public static Figure casesOfType(GbvType type) {
        return valueOf("CASES_" + type.name());
    }

    public static Figure activitiesOnTopic(ActivityTopic topic) {
        return valueOf("ACTIVITIES_TOPIC_" + topic.name());
    }

    public static Figure casesInStatus(IncidentStatus status) {
        return valueOf("CASES_" + status.name());
    }
}
