package vn.tincay.register;

import java.lang.reflect.Field;
import java.time.Instant;
import vn.tincay.organisation.District;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.Province;
import vn.tincay.organisation.School;
import vn.tincay.organisation.SchoolLevel;

/** Small builders for register tests. */
final class Fixtures {

    static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");

    private Fixtures() {
    }

    static District district(long id) {
        District district = new District(new Province("TX", "Tỉnh X", "Sở X"), "HX" + id, "Huyện X", "Phòng GD&ĐT X");
        setId(district, id);
        return district;
    }

    static School school(District district, long id) {
        School school = new School(district, "S" + id, "Trường " + id, SchoolLevel.PRIMARY, Ownership.PUBLIC);
        setId(school, id);
        return school;
    }

    private static void setId(Object entity, long id) {
        try {
            Field field = entity.getClass().getDeclaredField("id");
            field.setAccessible(true);
            field.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
