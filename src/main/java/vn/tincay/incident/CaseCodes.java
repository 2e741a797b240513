package vn.tincay.incident;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

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

    /** Locks the district's numbering for the year until the caller's transaction ends. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void lock(long districtId, int year) {
        em.createNativeQuery("INSERT IGNORE INTO case_sequence (district_id, year, last_value) VALUES (?, ?, 0)")
                .setParameter(1, districtId).setParameter(2, year).executeUpdate();
        em.createNativeQuery("SELECT last_value FROM case_sequence WHERE district_id = ? AND year = ? FOR UPDATE")
                .setParameter(1, districtId).setParameter(2, year).getSingleResult();
    }

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public String next(long districtId, String districtCode, int year) {
        em.createNativeQuery("INSERT IGNORE INTO case_sequence (district_id, year, last_value) VALUES (?, ?, 0)")
                .setParameter(1, districtId).setParameter(2, year).executeUpdate();
        Number last = (Number) em.createNativeQuery(
                        "SELECT last_value FROM case_sequence WHERE district_id = ? AND year = ? FOR UPDATE")
                .setParameter(1, districtId).setParameter(2, year).getSingleResult();
        int number = last.intValue() + 1;
        em.createNativeQuery("UPDATE case_sequence SET last_value = ? WHERE district_id = ? AND year = ?")
                .setParameter(1, number).setParameter(2, districtId).setParameter(3, year).executeUpdate();
        return format(districtCode, year, number);
    }

    /** {@code count} consecutive codes in one step, for bulk loading (the demo generator); locked like {@link #next}. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public java.util.List<String> nextBlock(long districtId, String districtCode, int year, int count) {
        em.createNativeQuery("INSERT IGNORE INTO case_sequence (district_id, year, last_value) VALUES (?, ?, 0)")
                .setParameter(1, districtId).setParameter(2, year).executeUpdate();
        Number last = (Number) em.createNativeQuery(
                        "SELECT last_value FROM case_sequence WHERE district_id = ? AND year = ? FOR UPDATE")
                .setParameter(1, districtId).setParameter(2, year).getSingleResult();
        em.createNativeQuery("UPDATE case_sequence SET last_value = ? WHERE district_id = ? AND year = ?")
                .setParameter(1, last.intValue() + count).setParameter(2, districtId).setParameter(3, year)
                .executeUpdate();
        java.util.List<String> codes = new java.util.ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            codes.add(format(districtCode, year, last.intValue() + i));
        }
        return codes;
    }
}
