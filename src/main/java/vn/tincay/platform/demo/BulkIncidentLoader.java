package vn.tincay.platform.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.tincay.account.UserAccount;
import vn.tincay.followup.CoordinationEntry;
import vn.tincay.followup.Referral;
import vn.tincay.followup.ReferralStatus;
import vn.tincay.incident.CaseCodes;
import vn.tincay.incident.GbvAnswers;
import vn.tincay.incident.Incident;
import vn.tincay.incident.IncidentStatusChange;
import vn.tincay.incident.Perpetrator;
import vn.tincay.incident.SurvivorIdentity;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.organisation.ServiceOrganisation;
import vn.tincay.platform.LocalTime;
import vn.tincay.security.Role;
import vn.tincay.security.crypto.FieldCipher;
import vn.tincay.security.crypto.NameIndex;
import vn.tincay.statistics.MonthlyCounts;

/**
 * Fills a district with invented cases straight through JDBC, fast enough for a province's ten years
 * (a million cases in minutes): the cases are planned by {@link InventedCases} and played through the
 * domain's own rules by {@link DemoCaseBuilder}, then written with multi-row INSERTs in transactions
 * of {@link #CHUNK} cases. Identity, narratives and the typed text of the follow-up (entries, referrals,
 * status notes) are encrypted with the application's {@link FieldCipher}, names get their keyed word
 * hashes, case codes come from the district's sequence (reserved a block at a time). Works on
 * MariaDB/MySQL and H2 alike.
 *
 * <p>Schools can be topped up with invented ones ("Trường Demo số 7") so the cases spread over a
 * district of realistic size. No audit entries are written: this is nobody's action on a case.
 */
public final class BulkIncidentLoader {

    /** Cases per transaction. */
    public static final int CHUNK = 1000;
    /** Rows per INSERT statement (well under the 65,535 placeholders a statement may have). */
    private static final int ROWS_PER_INSERT = 500;

    private static final Logger LOG = Logger.getLogger(BulkIncidentLoader.class.getName());

    private static final String[] INCIDENT_COLUMNS = {"case_code", "case_code_key", "case_serial",
        "submission_token", "district_id", "school_id", "reported_by_id", "assigned_to_id", "status", "close_reason",
        "gbv_type", "answer_penetration", "answer_sexual_contact", "answer_physical", "answer_forced_marriage",
        "answer_denial", "answer_psychological", "flag_domestic", "flag_child_abuse", "child_abuse_reported", "flag_online",
        "flag_marriage_brokering", "child_sexual_abuse", "early_marriage", "must_report", "urgent", "incident_date",
        "reported_date", "place_type", "narrative_enc", "survivor_age", "survivor_age_group", "survivor_sex",
        "survivor_kind", "survivor_disability", "survivor_name_enc", "survivor_birth_date_enc", "survivor_class_enc",
        "survivor_address_enc", "guardian_name_enc", "guardian_phone_enc", "survivor_name_hash", "consent_given_by",
        "consent_referral", "consent_statistics", "consent_share_contact", "closed_at", "created_at", "updated_at",
        "version", "next_step_due", "referral_waiting"};

    /** What was loaded and how long it took. */
    public record Result(int incidents, long rows, long millis) {
    }

    private final FieldCipher cipher;
    private final String purpose;
    private final NameIndex names;
    private final Instant now;

    /**
     * @param purpose the associated data the application's converter binds to encrypted text fields
     */
    public BulkIncidentLoader(FieldCipher cipher, String purpose, NameIndex names, Instant now) {
        this.cipher = cipher;
        this.purpose = purpose;
        this.names = names;
        this.now = now;
    }

    /**
     * Adds {@code count} invented cases to the district, reported over the last {@code years} years
     * (the same number each day, oldest first), after topping its active schools up to {@code schools}.
     */
    public Result load(Connection connection, String districtCode, int count, long seed, int years, int schools)
            throws SQLException {
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            Cast cast = readCast(connection, districtCode, schools);
            LocalDate today = now.atZone(LocalTime.ZONE).toLocalDate();
            int days = Math.max(1, years * 365);
            InventedCases planner = new InventedCases(seed, today,
                    cast.schools.stream().map(School::getLevel).toList(), days);
            DemoCaseBuilder builder = new DemoCaseBuilder(cast.asBuilderCast(), names, now);
            Writer writer = new Writer(connection, cast);
            List<InventedCase> chunk = new ArrayList<>(CHUNK);
            long planned = 0;
            for (int day = 0; day < days; day++) {
                long upTo = (long) count * (day + 1) / days;
                LocalDate reported = today.minusDays(days - 1L - day);
                for (; planned < upTo; planned++) {
                    chunk.add(planner.reportedOn(reported));
                    if (chunk.size() == CHUNK) {
                        writer.write(builder, chunk);
                        chunk.clear();
                    }
                }
            }
            if (!chunk.isEmpty()) {
                writer.write(builder, chunk);
            }
            // The cases were written with SQL, past the services that keep the statistics' counts.
            MonthlyCounts.recount(connection, cast.districtId);
            connection.commit();
            long millis = (System.nanoTime() - started) / 1_000_000;
            LOG.info(() -> "Generated " + count + " demo incidents in " + millis + " ms (" + writer.rows + " rows)");
            return new Result(count, writer.rows, millis);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Gives a detached copy of a saved row its database id, so the domain rules that compare
     * organisations by id (a referral stays within the case's district) hold for it as for a loaded entity.
     */
    private static <T> T withId(T entity, long id) {
        try {
            java.lang.reflect.Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
            return entity;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot set the id of " + entity.getClass().getSimpleName(), e);
        }
    }

    /** The district's schools, accounts and services, as detached objects with their ids beside them. */
    private static final class Cast {
        final District district;
        final long districtId;
        final List<School> schools = new ArrayList<>();
        final List<UserAccount> staff = new ArrayList<>();
        final List<UserAccount> focalPoints = new ArrayList<>();
        final List<ServiceOrganisation> services = new ArrayList<>();
        final Map<Object, Long> ids = new IdentityHashMap<>();
        UserAccount coordinator;

        Cast(District district, long districtId) {
            this.district = district;
            this.districtId = districtId;
        }

        DemoCaseBuilder.Cast asBuilderCast() {
            return new DemoCaseBuilder.Cast(schools, staff, focalPoints, coordinator, services);
        }

        long id(Object entity) {
            Long id = ids.get(entity);
            if (id == null) {
                throw new IllegalStateException("No id for " + entity);
            }
            return id;
        }
    }

    private Cast readCast(Connection c, String districtCode, int wantedSchools) throws SQLException {
        long districtId;
        Province province = new Province("-", "-", "-");
        District district;
        try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM district WHERE code = ?")) {
            s.setString(1, districtCode);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("No district with code " + districtCode);
                }
                districtId = r.getLong(1);
                district = withId(new District(province, districtCode, r.getString(2), r.getString(2)), districtId);
            }
        }
        topUpSchools(c, districtId, districtCode, wantedSchools);
        Cast cast = new Cast(district, districtId);
        try (PreparedStatement s = c.prepareStatement("SELECT id, code, name, level, ownership FROM school "
                + "WHERE district_id = ? AND active = 1 ORDER BY id")) {
            s.setLong(1, districtId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    School school = new School(district, r.getString(2), r.getString(3),
                            SchoolLevel.valueOf(r.getString(4)), Ownership.valueOf(r.getString(5)));
                    cast.schools.add(withId(school, r.getLong(1)));
                    cast.ids.put(school, r.getLong(1));
                }
            }
        }
        for (School school : cast.schools) {
            cast.staff.add(account(c, cast, school, Role.SCHOOL_STAFF, "school_id = ?", cast.id(school)));
            cast.focalPoints.add(account(c, cast, school, Role.SCHOOL_FOCAL_POINT, "school_id = ?", cast.id(school)));
        }
        cast.coordinator = account(c, cast, district, Role.DISTRICT_COORDINATOR, "district_id = ?", districtId);
        try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM service_organisation "
                + "WHERE district_id = ? AND active = 1 ORDER BY id")) {
            s.setLong(1, districtId);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ServiceOrganisation service = new ServiceOrganisation(district, r.getString(2), null);
                    cast.services.add(withId(service, r.getLong(1)));
                    cast.ids.put(service, r.getLong(1));
                }
            }
        }
        if (cast.schools.isEmpty() || cast.coordinator == null || cast.services.isEmpty()) {
            throw new IllegalStateException("District " + districtCode + " needs schools, a coordinator and services");
        }
        return cast;
    }

    private static UserAccount account(Connection c, Cast cast, Object organisation, Role role, String where, long id)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT id, username, display_name FROM user_account "
                + "WHERE role = ? AND enabled = 1 AND " + where + " ORDER BY id")) {
            s.setString(1, role.name());
            s.setLong(2, id);
            s.setMaxRows(1);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return null;
                }
                UserAccount account = new UserAccount(r.getString(2), r.getString(3), "-", Instant.EPOCH);
                account.assign(role, organisation);
                cast.ids.put(account, r.getLong(1));
                return withId(account, r.getLong(1));
            }
        }
    }

    /** Invented schools until the district has {@code wanted} active ones; their names say "Demo". */
    private static void topUpSchools(Connection c, long districtId, String districtCode, int wanted)
            throws SQLException {
        int existing;
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM school WHERE district_id = ? AND active = 1")) {
            s.setLong(1, districtId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                existing = r.getInt(1);
            }
        }
        SchoolLevel[] levels = {SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY, SchoolLevel.KINDERGARTEN,
            SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY};
        try (PreparedStatement s = c.prepareStatement("INSERT INTO school (district_id, code, name, level, ownership, "
                + "address, active, version) VALUES (?, ?, ?, ?, 'PUBLIC', ?, 1, 0)")) {
            for (int n = existing + 1; n <= wanted; n++) {
                SchoolLevel level = levels[n % levels.length];
                String kind = switch (level) {
                    case PRIMARY -> "Tiểu học";
                    case LOWER_SECONDARY -> "THCS";
                    default -> "Mầm non";
                };
                s.setLong(1, districtId);
                s.setString(2, districtCode + "-DEMO-" + n);
                s.setString(3, "Trường " + kind + " Demo số " + n);
                s.setString(4, level.name());
                s.setString(5, "Số " + n + " Đường Demo, Huyện Demo");
                s.addBatch();
            }
            s.executeBatch();
        }
        c.commit();
    }

    /** Writes chunks of built cases, each in a transaction of its own. */
    private final class Writer {
        private final Connection connection;
        private final Cast cast;
        private final Map<String, String> insertSql = new HashMap<>();
        long rows;

        Writer(Connection connection, Cast cast) {
            this.connection = connection;
            this.cast = cast;
        }

        void write(DemoCaseBuilder builder, List<InventedCase> plans) throws SQLException {
            List<String> codes = reserveCodes(plans);
            List<DemoCaseBuilder.BuiltCase> built = new ArrayList<>(plans.size());
            List<Object[]> incidentRows = new ArrayList<>(plans.size());
            for (int i = 0; i < plans.size(); i++) {
                DemoCaseBuilder.BuiltCase c = builder.build(plans.get(i), codes.get(i));
                built.add(c);
                incidentRows.add(incidentRow(c.incident(), earliestOpenStep(c.entries()), referralWaiting(c.referrals())));
            }
            insert("incident", INCIDENT_COLUMNS, incidentRows);
            Map<String, Long> ids = idsOf(codes);
            List<Object[]> perpetrators = new ArrayList<>();
            List<Object[]> changes = new ArrayList<>();
            List<Object[]> entries = new ArrayList<>();
            List<Object[]> referrals = new ArrayList<>();
            List<Object[]> words = new ArrayList<>();
            for (DemoCaseBuilder.BuiltCase c : built) {
                long id = ids.get(c.incident().getCaseCode());
                for (Perpetrator p : c.incident().getPerpetrators()) {
                    perpetrators.add(new Object[] {id, p.getPosition(), p.getRelationship().name(), p.getSex().name(),
                        p.getAgeGroup().name()});
                }
                for (IncidentStatusChange s : c.statusChanges()) {
                    changes.add(new Object[] {id, name(s.getFromStatus()), s.getToStatus().name(), name(s.getReason()),
                        encrypt(s.getNote()), s.getChangedBy(), time(s.getChangedAt())});
                }
                for (CoordinationEntry e : c.entries()) {
                    entries.add(new Object[] {id, e.getAgency().name(), encrypt(e.getActionTaken()),
                        encrypt(e.getOutcome()), encrypt(e.getNextStep()), e.getNextStepDue(), e.isNextStepDone(), e.getRecordedBy(),
                        time(e.getRecordedAt()), 0});
                }
                for (Referral r : c.referrals()) {
                    referrals.add(new Object[] {id, cast.id(r.getServiceOrganisation()), encrypt(r.getNeeds()),
                        r.getBasis().name(), encrypt(r.getBasisReason()), r.getStatus().name(),
                        encrypt(r.getResponseNote()), encrypt(r.getServiceProvided()), r.getReferredBy(), time(r.getReferredAt()), time(r.getRespondedAt()),
                        time(r.getClosedAt()), 0});
                }
                long mask = NameIndex.mask(c.nameWordHashes());
                for (String hash : c.nameWordHashes()) {
                    words.add(new Object[] {id, hash, cast.districtId, c.incident().getReportedDate(), mask});
                }
            }
            insert("perpetrator", new String[] {"incident_id", "position", "relationship", "sex", "age_group"},
                    perpetrators);
            insert("incident_status_change", new String[] {"incident_id", "from_status", "to_status", "reason", "note",
                "changed_by", "changed_at"}, changes);
            insert("coordination_entry", new String[] {"incident_id", "agency", "action_taken", "outcome", "next_step",
                "next_step_due", "next_step_done", "recorded_by", "recorded_at", "version"}, entries);
            insert("referral", new String[] {"incident_id", "service_organisation_id", "needs", "basis",
                "basis_reason", "status", "response_note", "service_provided", "referred_by", "referred_at",
                "responded_at", "closed_at", "version"}, referrals);
            insert("survivor_name_word", new String[] {"incident_id", "word_hash", "district_id", "reported_date",
                "name_mask"}, words);
            connection.commit();
        }

        /** The due date of the earliest next step not done, which the case keeps for the overdue lists (V63). */
        private static LocalDate earliestOpenStep(List<CoordinationEntry> entries) {
            return entries.stream().filter(e -> !e.isNextStepDone() && e.getNextStepDue() != null)
                    .map(CoordinationEntry::getNextStepDue).min(Comparator.naturalOrder()).orElse(null);
        }

        /** Whether one of the case's referrals waits for the service's answer, which the case keeps (V65). */
        private static boolean referralWaiting(List<Referral> referrals) {
            return referrals.stream().anyMatch(r -> r.getStatus() == ReferralStatus.SENT);
        }

        private Object[] incidentRow(Incident i, LocalDate nextStepDue, boolean referralWaiting) {
            GbvAnswers a = i.getAnswers();
            SurvivorIdentity s = i.getSurvivor();
            return new Object[] {i.getCaseCode(), i.getCaseCodeKey(), i.getCaseSerial(), i.getSubmissionToken(),
                cast.districtId, cast.id(i.getSchool()), cast.id(i.getReportedBy()),
                i.getAssignedTo() == null ? null : cast.id(i.getAssignedTo()), i.getStatus().name(),
                name(i.getCloseReason()), i.getType().name(), a.getPenetration().name(),
                a.getSexualContact().name(), a.getPhysicalAssault().name(), a.getForcedMarriage().name(),
                a.getDenial().name(), a.getPsychological().name(),
                i.isDomesticViolence(), i.isChildAbuse(), i.isChildAbuseReported(), i.isOnlineViolence(), i.isMarriageBrokering(),
                i.isChildSexualAbuse(), i.isEarlyMarriage(), i.isMustReport(), i.isUrgent(), i.getIncidentDate(),
                i.getReportedDate(), i.getPlaceType().name(), encrypt(i.getNarrative()), i.getSurvivorAge(),
                i.getSurvivorAgeGroup().name(), i.getSurvivorSex().name(), i.getSurvivorKind().name(),
                i.isSurvivorDisability(), encrypt(s.getFullName()), encrypt(s.getBirthDate()),
                encrypt(s.getClassName()), encrypt(s.getAddress()), encrypt(s.getGuardianName()),
                encrypt(s.getGuardianPhone()), i.getSurvivorNameHash(), name(i.getConsentGivenBy()),
                i.isConsentToReferral(), i.isConsentToStatistics(), i.isConsentToShareContact(),
                time(i.getClosedAt()), time(i.getCreatedAt()), time(i.getUpdatedAt()), 0, nextStepDue,
                referralWaiting};
        }

        /** Case codes for the plans (in date order), a block per year, each block reserved in a short transaction. */
        private List<String> reserveCodes(List<InventedCase> plans) throws SQLException {
            List<String> codes = new ArrayList<>(plans.size());
            int from = 0;
            while (from < plans.size()) {
                int year = plans.get(from).reportedDate.getYear();
                int to = from;
                while (to < plans.size() && plans.get(to).reportedDate.getYear() == year) {
                    to++;
                }
                int last = reserve(year, to - from);
                for (int n = 1; n <= to - from; n++) {
                    codes.add(CaseCodes.format(cast.district.getCode(), year, last + n));
                }
                from = to;
            }
            return codes;
        }

        private int reserve(int year, int count) throws SQLException {
            int last = 0;
            boolean found = false;
            try (PreparedStatement s = connection.prepareStatement("SELECT last_value FROM case_sequence "
                    + "WHERE district_id = ? AND year = ? FOR UPDATE")) {
                s.setLong(1, cast.districtId);
                s.setInt(2, year);
                try (ResultSet r = s.executeQuery()) {
                    if (r.next()) {
                        last = r.getInt(1);
                        found = true;
                    }
                }
            }
            String sql = found ? "UPDATE case_sequence SET last_value = ? WHERE district_id = ? AND year = ?"
                    : "INSERT INTO case_sequence (last_value, district_id, year) VALUES (?, ?, ?)";
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setInt(1, last + count);
                s.setLong(2, cast.districtId);
                s.setInt(3, year);
                s.executeUpdate();
            }
            connection.commit();
            return last;
        }

        private Map<String, Long> idsOf(List<String> codes) throws SQLException {
            Map<String, Long> ids = new HashMap<>(codes.size() * 2);
            StringBuilder sql = new StringBuilder("SELECT id, case_code FROM incident WHERE case_code IN (");
            for (int i = 0; i < codes.size(); i++) {
                sql.append(i == 0 ? "?" : ",?");
            }
            try (PreparedStatement s = connection.prepareStatement(sql.append(')').toString())) {
                for (int i = 0; i < codes.size(); i++) {
                    s.setString(i + 1, codes.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.put(r.getString(2), r.getLong(1));
                    }
                }
            }
            return ids;
        }

        private void insert(String table, String[] columns, List<Object[]> values) throws SQLException {
            for (int from = 0; from < values.size(); from += ROWS_PER_INSERT) {
                List<Object[]> part = values.subList(from, Math.min(values.size(), from + ROWS_PER_INSERT));
                String sql = insertSql.computeIfAbsent(table + ":" + part.size(),
                        k -> multiRowInsert(table, columns, part.size()));
                try (PreparedStatement s = connection.prepareStatement(sql)) {
                    int p = 1;
                    for (Object[] row : part) {
                        for (Object value : row) {
                            s.setObject(p++, value);
                        }
                    }
                    s.executeUpdate();
                }
                rows += part.size();
            }
        }
    }

    static String multiRowInsert(String table, String[] columns, int rows) {
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (")
                .append(String.join(", ", columns)).append(") VALUES ");
        String row = "(" + "?,".repeat(columns.length - 1) + "?)";
        for (int i = 0; i < rows; i++) {
            sql.append(i == 0 ? "" : ",").append(row);
        }
        return sql.toString();
    }

    private String encrypt(String value) {
        return value == null ? null : cipher.encrypt(value, purpose);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** Times are stored as UTC DATETIME(3), as the application's converter writes them. */
    private static LocalDateTime time(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
