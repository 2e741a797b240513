package vn.tincay.platform.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tincay.incident.ChildProtection;
import vn.tincay.incident.GbvClassification;
import vn.tincay.incident.GbvType;
import vn.tincay.incident.SurvivorKind;
import vn.tincay.organisation.SchoolLevel;

class InventedCasesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    static final List<SchoolLevel> SCHOOLS = List.of(SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY,
            SchoolLevel.KINDERGARTEN, SchoolLevel.KINDERGARTEN, SchoolLevel.PRESCHOOL_GROUP);

    private static List<InventedCase> cases(long seed, int count) {
        return new InventedCases(seed, TODAY, SCHOOLS).next(count);
    }

    @Test
    void theSameSeedAndDayGiveTheSameCases() {
        List<InventedCase> first = cases(7, 300);
        List<InventedCase> again = cases(7, 300);
        for (int i = 0; i < first.size(); i++) {
            assertEquals(first.get(i).survivorName, again.get(i).survivorName);
            assertEquals(first.get(i).reportedDate, again.get(i).reportedDate);
            assertEquals(GbvClassification.typeOf(first.get(i).answers), GbvClassification.typeOf(again.get(i).answers));
            assertEquals(first.get(i).closeAfterHours, again.get(i).closeAfterHours);
        }
        assertNotEquals(first.stream().map(c -> c.survivorName).toList(),
                cases(8, 300).stream().map(c -> c.survivorName).toList());
    }

    @Test
    void namesLookInvented() {
        for (InventedCase c : cases(1, 500)) {
            assertTrue(c.survivorName.contains(" Demo "), c.survivorName);
            assertTrue(c.guardianName == null || c.guardianName.contains(" Demo "), c.guardianName);
            assertTrue(c.address.contains("Demo"), c.address);
        }
    }

    @Test
    void casesLieInTheLastTwoYearsOldestFirstWithTheIncidentBeforeTheReport() {
        List<InventedCase> cases = cases(2, 2000);
        for (int i = 0; i < cases.size(); i++) {
            InventedCase c = cases.get(i);
            assertFalse(c.reportedDate.isAfter(TODAY));
            assertTrue(c.reportedDate.isAfter(TODAY.minusDays(InventedCases.DAYS_BACK + 1)));
            assertFalse(c.incidentDate.isAfter(c.reportedDate));
            assertTrue(c.birthDate == null || c.birthDate.isBefore(c.incidentDate));
            if (i > 0) {
                assertFalse(c.reportedDate.isBefore(cases.get(i - 1).reportedDate));
            }
        }
    }

    @Test
    void everyTypeOccursAndPsychologicalAndPhysicalAbuseAreTheMostCommon() {
        List<InventedCase> cases = cases(3, 3000);
        Set<GbvType> types = EnumSet.noneOf(GbvType.class);
        long psychological = 0;
        long rape = 0;
        for (InventedCase c : cases) {
            GbvType type = GbvClassification.typeOf(c.answers);
            types.add(type);
            psychological += type == GbvType.PSYCHOLOGICAL_ABUSE ? 1 : 0;
            rape += type == GbvType.RAPE ? 1 : 0;
        }
        assertEquals(EnumSet.allOf(GbvType.class), types);
        assertTrue(psychological > rape * 3);
    }

    @Test
    void everyConsentCombinationOccursWithTheGiverTheAgeRequires() {
        Set<String> combinations = new HashSet<>();
        for (InventedCase c : cases(4, 3000)) {
            combinations.add(c.consentToReferral + "/" + c.consentToStatistics + "/" + c.consentToShareContact);
            boolean any = c.consentToReferral || c.consentToStatistics || c.consentToShareContact;
            if (!any) {
                assertEquals(null, c.consentGiver);
            } else if (c.age != null) {
                assertEquals(ChildProtection.requiredConsentGiver(c.age), c.consentGiver);
            }
        }
        assertEquals(8, combinations.size());
    }

    @Test
    void studentsHaveTheAgesOfTheirSchool() {
        for (InventedCase c : cases(5, 2000)) {
            if (c.kind != SurvivorKind.STUDENT || c.age == null) {
                continue;
            }
            int age = c.age;
            switch (SCHOOLS.get(c.schoolIndex)) {
                case KINDERGARTEN, PRESCHOOL_GROUP -> assertTrue(age >= 3 && age <= 5, "age " + age);
                case PRIMARY -> assertTrue(age >= 6 && age <= 10, "age " + age);
                case LOWER_SECONDARY -> assertTrue(age >= 11 && age <= 15, "age " + age);
                default -> throw new AssertionError();
            }
        }
    }

    @Test
    void mostCasesAreAtSecondaryAndPrimarySchools() {
        List<InventedCase> cases = cases(6, 3000);
        long secondary = cases.stream().filter(c -> SCHOOLS.get(c.schoolIndex) == SchoolLevel.LOWER_SECONDARY).count();
        long preschool = cases.stream().filter(c -> SCHOOLS.get(c.schoolIndex) == SchoolLevel.KINDERGARTEN
                || SCHOOLS.get(c.schoolIndex) == SchoolLevel.PRESCHOOL_GROUP).count();
        assertTrue(secondary > preschool, secondary + " secondary, " + preschool + " preschool");
    }
}
