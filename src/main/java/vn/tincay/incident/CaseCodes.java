package vn.tincay.incident;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Case codes such as {@code HDEMO-2026-0042}: district code, year, and a sequence per district and
 * year. The sequence row is locked while it is advanced, so two reports never share a number.
 */
@Stateless
public class CaseCodes {

    @PersistenceContext
    private EntityManager em;

    public static String format(String districtCode, int year, int number) {
        return String.format("%s-%d-%04d", districtCode, year, number);
    }

    /**
     * The form a case-code search compares: upper case, letters and digits only, so "hdemo 2026-42",
     * "HDEMO-2026-0042" and "HDEMO20260042" are typed alike.
     */
    public static String searchKey(String text) {
        return text == null ? "" : text.toUpperCase(java.util.Locale.ROOT).replaceAll("[^\\p{Alnum}]", "");
    }

    /** The year a code was given in, the filing year: the part before its number ("HDEMO-2026-0042": 2026). */
    public static int year(String caseCode) {
        int number = caseCode.lastIndexOf('-');
        return Integer.parseInt(caseCode.substring(caseCode.lastIndexOf('-', number - 1) + 1, number));
    }

    /** The part of a code after its district code, as a search key ("20260042"); the whole key otherwise. */
    public static String serial(String caseCode, String districtCode) {
        String prefix = districtCode + "-";
        return searchKey(caseCode.startsWith(prefix) ? caseCode.substring(prefix.length()) : caseCode);
    }

    /** Locks the district's numbering for the year until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void lock(long districtId, int year) {
        lockedLastValue(districtId, year);
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(long districtId, String districtCode, int year) {
        return nextBlock(districtId, districtCode, year, 1).get(0);
    }

    /** {@code count} consecutive codes in one step, for bulk loading (the demo generator); locked like {@link #next}. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<String> nextBlock(long districtId, String districtCode, int year, int count) {
        int last = lockedLastValue(districtId, year);
        em.createNativeQuery("UPDATE case_sequence SET last_value = ? WHERE district_id = ? AND year = ?")
                .setParameter(1, last + count).setParameter(2, districtId).setParameter(3, year)
                .executeUpdate();
        List<String> codes = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            codes.add(format(districtCode, year, last + i));
        }
        return codes;
    }

    /**
     * Reads the year's last number with an exclusive lock. The row is created only when missing: an
     * INSERT IGNORE on an existing row would take a shared lock first, and two such transactions
     * waiting to upgrade it deadlock.
     */
    private int lockedLastValue(long districtId, int year) {
        List<?> rows = selectForUpdate(districtId, year);
        if (rows.isEmpty()) {
            em.createNativeQuery("INSERT IGNORE INTO case_sequence (district_id, year, last_value) VALUES (?, ?, 0)")
                    .setParameter(1, districtId).setParameter(2, year).executeUpdate();
            rows = selectForUpdate(districtId, year);
        }
        return ((Number) rows.get(0)).intValue();
    }

    private List<?> selectForUpdate(long districtId, int year) {
        return em.createNativeQuery("SELECT last_value FROM case_sequence WHERE district_id = ? AND year = ? FOR UPDATE")
                .setParameter(1, districtId).setParameter(2, year).getResultList();
    }
}
