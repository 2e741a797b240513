package vn.tincay.register;

import java.time.LocalDate;

/** The flat JPQL projection behind {@link UnitStaffStatistics} (a constructor expression cannot nest records). */
public record UnitStaffStatisticsRow(Long id, Long schoolId, String unitName, Long periodId, Integer periodYear,
                                     PeriodKind periodKind, LocalDate asOf, Integer staffFemale, Integer staffMale,
                                     Integer leadersFemale, Integer leadersMale, Integer partyCommitteeFemale,
                                     Integer partyCommitteeMale, Integer standingCommitteeFemale,
                                     Integer standingCommitteeMale, Integer committeeFemale, Integer committeeMale,
                                     String note, Integer version, Integer successionPoolFemale,
                                     Integer successionPoolMale) {

    UnitStaffStatistics toStatistics() {
        return new UnitStaffStatistics(id, schoolId, unitName, periodId, periodYear, periodKind, asOf,
                new Headcounts(staffFemale, staffMale, leadersFemale, leadersMale, partyCommitteeFemale,
                        partyCommitteeMale, standingCommitteeFemale, standingCommitteeMale, committeeFemale,
                        committeeMale).withSuccessionPool(successionPoolFemale, successionPoolMale), note, version);
    }
}
