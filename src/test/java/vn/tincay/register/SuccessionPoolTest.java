package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.District;
import vn.tincay.platform.UserFacingException;

/** Staff in the leadership succession pool (quy hoạch): women's share, sums, and the pool drawn from the staff. */
class SuccessionPoolTest {

    private static Headcounts staff(long poolFemale, long poolMale) {
        return new Headcounts(30, 10, 2, 3, 1, 4, 1, 2, 3, 2).withSuccessionPool(poolFemale, poolMale);
    }

    @Test
    void theWomensShareOfThePoolIsRoundedHalfUpToOneDecimal() {
        assertEquals(new BigDecimal("62.5"), staff(5, 3).successionPool().percent());
        assertEquals(new BigDecimal("33.3"), staff(1, 2).successionPool().percent());
        assertEquals(new BigDecimal("66.7"), staff(2, 1).successionPool().percent());
        assertEquals(new BigDecimal("0.0"), staff(0, 4).successionPool().percent());
        assertNull(staff(0, 0).successionPool().percent(), "no share of an empty pool");
    }

    @Test
    void unitsAddUpTheirPoolsBeforeTheShareIsTaken() {
        Headcounts district = staff(1, 2).plus(staff(4, 1));
        assertEquals(new WomenShare(5, 3), district.successionPool());
        assertEquals(new BigDecimal("62.5"), district.successionPool().percent(), "5 of 8, not the mean of 33.3 and 80");
        assertEquals(new WomenShare(0, 0), new Headcounts(1, 1, 0, 0, 0, 0, 0, 0, 0, 0).successionPool(),
                "counts without a pool keep it empty");
    }

    @Test
    void thePoolIsDrawnFromTheStaffOfEachSex() {
        assertEquals("register.staff.pool.error.aboveStaff",
                assertThrows(UserFacingException.class, () -> staff(31, 0).validate()).getMessageKey());
        assertEquals("register.staff.pool.error.aboveStaff",
                assertThrows(UserFacingException.class, () -> staff(0, 11).validate()).getMessageKey());
        staff(30, 10).validate();
    }

    @Test
    void theStatisticsStoreThePool() {
        District district = Fixtures.district(1);
        ReportingPeriod period = ReportingPeriod.defaultFor(district, 2026, PeriodKind.INTERIM, "coordinator",
                Fixtures.NOW);
        StaffStatistics statistics = new StaffStatistics(district, Fixtures.school(district, 7), period, "principal1",
                Fixtures.NOW);
        statistics.count(LocalDate.of(2026, 5, 4), staff(5, 3), null, "principal1", Fixtures.NOW);
        assertEquals(new WomenShare(5, 3), statistics.headcounts().successionPool());
    }
}
