package vn.tincay.register;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What a communication activity or a training was about, as the seed letters name the subjects to
 * spread (seed 004 section 1, seed 000 sections 1 and 3). Several may apply. Stored by name: never
 * rename a constant, only add.
 */
public enum ActivityTopic {
    /** Luật Bình đẳng giới. */
    GENDER_EQUALITY_LAW,
    /** Bộ luật Lao động 2019, provisions on female workers. */
    LABOUR_CODE_2019,
    /** Chỉ thị 21-CT/TW on women's affairs in the new situation. */
    DIRECTIVE_21,
    /** The gender-equality criteria of Quyết định 4969/QĐ-BGDĐT (report II.3 a). */
    CRITERIA_4969,
    /** Communication for elections: women candidates, women in party committees. */
    ELECTIONS,
    OTHER;

    /** The topics ticked in a form, without repeats or empty entries. */
    public static Set<ActivityTopic> setOf(Collection<ActivityTopic> ticked) {
        Set<ActivityTopic> topics = EnumSet.noneOf(ActivityTopic.class);
        if (ticked != null) {
            ticked.stream().filter(Objects::nonNull).forEach(topics::add);
        }
        return topics;
    }
}
