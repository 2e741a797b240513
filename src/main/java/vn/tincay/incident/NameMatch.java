package vn.tincay.incident;

import java.util.List;
import vn.tincay.security.crypto.NameIndex;

/**
 * Whether two survivor names may be the same person, as Vietnamese names are written: the same
 * words without diacritics, or the same family name and given name with middle names dropped or
 * added ("Nguyễn Lan Anh" and "Nguyễn Thị Lan Anh").
 */
public final class NameMatch {

    private NameMatch() {
    }

    public static boolean maySameSurvivor(String oneName, String otherName) {
        List<String> one = NameIndex.words(oneName);
        List<String> other = NameIndex.words(otherName);
        if (one.isEmpty() || other.isEmpty()) {
            return false;
        }
        if (one.equals(other)) {
            return true;
        }
        List<String> shorter = one.size() <= other.size() ? one : other;
        List<String> longer = shorter == one ? other : one;
        if (shorter.size() < 2) {
            return false;
        }
        boolean sameEnds = shorter.get(0).equals(longer.get(0))
                && shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1));
        return sameEnds && isSubsequence(shorter, longer);
    }

    /** The fewest name words two names must share for the database to offer them as candidates. */
    public static int wordsInCommon(String name) {
        return Math.min(2, NameIndex.words(name).size());
    }

    private static boolean isSubsequence(List<String> shorter, List<String> longer) {
        int at = 0;
        for (String word : longer) {
            if (at < shorter.size() && shorter.get(at).equals(word)) {
                at++;
            }
        }
        return at == shorter.size();
    }
}
