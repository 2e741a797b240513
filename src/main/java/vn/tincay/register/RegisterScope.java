package vn.tincay.register;

import java.io.Serializable;
import java.util.Objects;

/**
 * Which registers a query reads: one school's, the district office's own, all schools of the
 * district, or the whole district (all schools plus the district office).
 */
public record RegisterScope(Kind kind, long districtId, Long schoolId) implements Serializable {

    public enum Kind {
        SCHOOL, DISTRICT_OFFICE, ALL_SCHOOLS, WHOLE_DISTRICT
    }

    public RegisterScope {
        Objects.requireNonNull(kind);
        if ((kind == Kind.SCHOOL) != (schoolId != null)) {
            throw new IllegalArgumentException("A school id is needed exactly for the SCHOOL scope");
        }
    }

    public static RegisterScope school(long districtId, long schoolId) {
        return new RegisterScope(Kind.SCHOOL, districtId, schoolId);
    }

    public static RegisterScope districtOffice(long districtId) {
        return new RegisterScope(Kind.DISTRICT_OFFICE, districtId, null);
    }

    public static RegisterScope allSchools(long districtId) {
        return new RegisterScope(Kind.ALL_SCHOOLS, districtId, null);
    }

    public static RegisterScope wholeDistrict(long districtId) {
        return new RegisterScope(Kind.WHOLE_DISTRICT, districtId, null);
    }

    /** The register of exactly one unit. */
    public static RegisterScope of(RegisterUnit unit) {
        return unit.isDistrictOffice() ? districtOffice(unit.districtId()) : school(unit.districtId(), unit.schoolId());
    }

    /** A JPQL condition on a register row alias ("a") with the parameters :scopeDistrict and :scopeSchool. */
    String condition(String alias) {
        String district = alias + ".district.id = :scopeDistrict";
        return switch (kind) {
            case SCHOOL -> "(" + district + " AND " + alias + ".schoolId = :scopeSchool)";
            case DISTRICT_OFFICE -> "(" + district + " AND " + alias + ".schoolId IS NULL)";
            case ALL_SCHOOLS -> "(" + district + " AND " + alias + ".schoolId IS NOT NULL)";
            case WHOLE_DISTRICT -> "(" + district + ")";
        };
    }

    <Q extends jakarta.persistence.Query> Q bind(Q query) {
        query.setParameter("scopeDistrict", districtId);
        if (kind == Kind.SCHOOL) {
            query.setParameter("scopeSchool", schoolId);
        }
        return query;
    }
}
