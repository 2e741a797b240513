package vn.tincay.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ListQueryTest {

    private static final Map<String, String> SORTABLE = Map.of("name", "s.name", "code", "s.code");

    @Test
    void typedTextBecomesALowerCaseContainsPattern() {
        assertEquals("%sao mai%", ListQuery.containsPattern("  Sao Mai "));
    }

    @Test
    void likeWildcardsAndTheEscapeCharacterAreTakenLiterally() {
        assertEquals("%50!%!_off!!%", ListQuery.containsPattern("50%_off!"));
    }

    @Test
    void nothingTypedMeansNoCondition() {
        assertNull(ListQuery.containsPattern(null));
        assertNull(ListQuery.containsPattern("   "));
    }

    @Test
    void aSortableFieldIsOrderedByItsWhitelistedPath() {
        assertEquals(" ORDER BY s.code DESC, s.id ASC",
                ListQuery.orderBy(new Sorting("code", false), SORTABLE, "s.name ASC", "s.id ASC"));
    }

    @Test
    void anUnknownFieldFallsBackToTheDefaultOrderSoNothingFromTheBrowserReachesTheQuery() {
        assertEquals(" ORDER BY s.name ASC, s.id ASC",
                ListQuery.orderBy(new Sorting("name; DROP TABLE school", true), SORTABLE, "s.name ASC", "s.id ASC"));
    }

    @Test
    void noSortingUsesTheDefaultOrder() {
        assertEquals(" ORDER BY s.name ASC, s.id ASC",
                ListQuery.orderBy(Sorting.NONE, SORTABLE, "s.name ASC", "s.id ASC"));
        assertEquals(" ORDER BY s.name ASC, s.id ASC",
                ListQuery.orderBy(null, SORTABLE, "s.name ASC", "s.id ASC"));
    }

    @Test
    void onlyConditionsWithAValueTakePart() {
        ListQuery query = new ListQuery()
                .where("s.name LIKE :text", "text", null)
                .where("s.district.id = :district", "district", 3L);
        assertEquals(" WHERE s.district.id = :district", query.whereClause());
    }

    @Test
    void noConditionMeansNoWhereClause() {
        assertEquals("", new ListQuery().where("x = :x", "x", null).whereClause());
    }

    @Test
    void conditionsAreJoinedWithAnd() {
        ListQuery query = new ListQuery().where("a = :a", "a", 1).where("b = :b", "b", 2);
        assertEquals(" WHERE a = :a AND b = :b", query.whereClause());
    }
}
