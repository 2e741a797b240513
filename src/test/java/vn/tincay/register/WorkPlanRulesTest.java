package vn.tincay.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.District;
import vn.tincay.platform.UserFacingException;

/** Amounts are whole, non-negative VND written the Vietnamese way; a plan's totals follow its lines. */
class WorkPlanRulesTest {

    private static String refusal(Runnable action) {
        return assertThrows(UserFacingException.class, action::run).getMessageKey();
    }

    @Test
    void amountsAreWrittenWithDotsBetweenThousandsAndTheDongSign() {
        assertEquals("1.500.000 đ", Money.format(1_500_000));
        assertEquals("0 đ", Money.format(0));
        assertEquals("999 đ", Money.format(999));
        assertEquals("1.000 đ", Money.format(1000));
        assertEquals("12.345.678.901 đ", Money.format(12_345_678_901L));
    }

    @Test
    void anAmountIsReadAsTypedWithOrWithoutDotsSpacesOrTheDongSign() {
        assertEquals(1_500_000L, Money.parse("1500000"));
        assertEquals(1_500_000L, Money.parse("1.500.000"));
        assertEquals(1_500_000L, Money.parse(" 1 500 000 "));
        assertEquals(1_500_000L, Money.parse("1.500.000 đ"));
        assertEquals(1_500_000L, Money.parse("1.500.000đ"));
        assertEquals(2_000L, Money.parse("2.000 VND"));
        assertEquals(0L, Money.parse("0"));
        assertNull(Money.parse("  "));
    }

    @Test
    void negativeDecimalAndNonNumberAmountsAreRefusedEachWithItsOwnMessage() {
        assertEquals("register.plan.error.amountNegative", refusal(() -> Money.parse("-500.000")));
        assertEquals("register.plan.error.amountNotWhole", refusal(() -> Money.parse("1.500,5")));
        assertEquals("register.plan.error.amountNotWhole", refusal(() -> Money.parse("1500000,00")));
        assertEquals("register.plan.error.amountNotWhole", refusal(() -> Money.parse("1.5")),
                "a dot not between thousands is a decimal point, not a thousands separator");
        assertEquals("register.plan.error.amountInvalid", refusal(() -> Money.parse("một triệu")));
        assertEquals("register.plan.error.amountInvalid", refusal(() -> Money.parse("1e6")));
        assertEquals("register.plan.error.amountTooLarge", refusal(() -> Money.parse("1.000.000.000.000")));
        assertEquals(Money.MAX, Money.parse("999.999.999.999"));
    }

    @Test
    void anActivityLineRefusesANegativeAmountAndAMissingContentButAllowsSpendingOverThePlan() {
        assertEquals("register.plan.error.amountNegative", refusal(() -> new PlanActivity("Hội thi", -1, 0,
                FundingSource.STATE_BUDGET, PlanActivityStatus.PLANNED)));
        assertEquals("register.plan.error.amountNegative", refusal(() -> new PlanActivity("Hội thi", 0, -1,
                FundingSource.STATE_BUDGET, PlanActivityStatus.PLANNED)));
        assertEquals("register.plan.error.contentRequired", refusal(() -> new PlanActivity("  ", 0, 0,
                FundingSource.STATE_BUDGET, PlanActivityStatus.PLANNED)));
        assertEquals("register.plan.error.partnerRequired", refusal(() -> new MobilisedResource(" ",
                SupportKind.CASH, 1, null)));
        PlanActivity over = new PlanActivity("Pa-nô", 1_500_000, 1_800_000, FundingSource.UNIT_OWN,
                PlanActivityStatus.DONE);
        assertTrue(over.isOverspent());
        assertFalse(new PlanActivity("Pa-nô", 1_500_000, 1_500_000, FundingSource.UNIT_OWN,
                PlanActivityStatus.DONE).isOverspent(), "spending exactly the plan is not over it");
    }

    @Test
    void aPlansTotalsAreTheSumsOfItsLinesAndFollowAChange() {
        District district = Fixtures.district(1);
        WorkPlan plan = new WorkPlan(district, Fixtures.school(district, 7), "p", Fixtures.NOW);
        plan.describe(2026, " 05/KH-THSM ", LocalDate.of(2026, 1, 15), "Kế hoạch năm 2026",
                List.of(new PlanActivity("Nói chuyện", 3_000_000, 2_500_000, FundingSource.STATE_BUDGET,
                                PlanActivityStatus.DONE),
                        new PlanActivity("Pa-nô", 1_500_000, 1_800_000, FundingSource.UNIT_OWN,
                                PlanActivityStatus.DONE)),
                List.of(new MobilisedResource("Công ty Demo", SupportKind.CASH, 2_000_000, null),
                        new MobilisedResource("Hội cha mẹ học sinh", SupportKind.IN_KIND, 500_000, "Sổ tay")),
                "p", Fixtures.NOW);
        assertEquals(new WorkPlanTotals(1, 4_500_000, 4_300_000, 2_500_000), plan.totals());
        assertEquals("05/KH-THSM", plan.getNumber());
        assertFalse(plan.totals().overspent());

        plan.describe(2026, "05/KH-THSM", LocalDate.of(2026, 1, 15), "Kế hoạch năm 2026",
                List.of(new PlanActivity("Nói chuyện", 1_000_000, 1_250_000, FundingSource.STATE_BUDGET,
                        PlanActivityStatus.DONE)), List.of(), "p", Fixtures.NOW);
        assertEquals(new WorkPlanTotals(1, 1_000_000, 1_250_000, 0), plan.totals());
        assertTrue(plan.totals().overspent());
        assertEquals(250_000, plan.totals().overspentBy());
        assertEquals(1, plan.getActivities().size());
    }

    @Test
    void aPlanNeedsAnActivityAPlausibleYearAndIsNotIssuedAfterItsYear() {
        District district = Fixtures.district(1);
        WorkPlan plan = new WorkPlan(district, null, "c", Fixtures.NOW);
        List<PlanActivity> one = List.of(new PlanActivity("Tập huấn", 1, 0, FundingSource.STATE_BUDGET,
                PlanActivityStatus.PLANNED));
        assertEquals("register.plan.error.noActivity", refusal(() -> plan.describe(2026, "1/KH", LocalDate.of(2026, 1, 2),
                "KH", List.of(), List.of(), "c", Fixtures.NOW)));
        assertEquals("register.plan.error.year", refusal(() -> plan.describe(1999, "1/KH", LocalDate.of(1999, 1, 2),
                "KH", one, List.of(), "c", Fixtures.NOW)));
        assertEquals("register.plan.error.issuedAfterYear", refusal(() -> plan.describe(2025, "1/KH",
                LocalDate.of(2026, 1, 2), "KH", one, List.of(), "c", Fixtures.NOW)));
        plan.describe(2026, "1/KH", LocalDate.of(2025, 12, 20), "KH", one, List.of(), "c", Fixtures.NOW);
        assertEquals(2026, plan.getYear(), "a plan may be issued late in the year before");
    }

    @Test
    void theFormsTotalsFollowWhatIsTypedAndItsLinesAreAddedAndRemoved() {
        WorkPlanDraft draft = new WorkPlanDraft();
        assertEquals(1, draft.getActivities().size(), "a new plan starts with one activity line");
        draft.getActivities().get(0).setPlannedAmount(2_000_000L);
        draft.getActivities().get(0).setSpentAmount(2_100_000L);
        draft.addActivity();
        draft.getActivities().get(1).setPlannedAmount(500_000L);
        draft.addResource();
        draft.getResources().get(0).setAmount(300_000L);
        assertEquals(new WorkPlanTotals(1, 2_500_000, 2_100_000, 300_000), draft.totals());
        assertTrue(draft.getActivities().get(0).isOverspent());

        draft.removeActivity(0);
        draft.removeActivity(0);
        assertEquals(1, draft.getActivities().size(), "the last activity line stays");
        assertEquals(500_000L, draft.getActivities().get(0).getPlannedAmount());
        draft.removeResource(0);
        assertEquals(0, draft.totals().mobilised());
    }

    @Test
    void theFormRefusesANegativeOrHugeAmountBeforeTheService() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();
        WorkPlanDraft draft = new WorkPlanDraft();
        draft.setYear(2026);
        draft.setNumber("05/KH");
        draft.setIssuedOn(LocalDate.of(2026, 1, 15));
        draft.setTitle("Kế hoạch");
        draft.getActivities().get(0).setContent("Hội thi");
        assertTrue(validator.validate(draft).isEmpty(), validator.validate(draft).toString());
        draft.getActivities().get(0).setPlannedAmount(-1L);
        draft.addResource();
        draft.getResources().get(0).setPartner("Công ty Demo");
        draft.getResources().get(0).setAmount(Money.MAX + 1);
        Set<ConstraintViolation<WorkPlanDraft>> violations = validator.validate(draft);
        assertEquals(Set.of("activities[0].plannedAmount", "resources[0].amount"),
                violations.stream().map(v -> v.getPropertyPath().toString()).collect(java.util.stream.Collectors.toSet()));
    }
}
