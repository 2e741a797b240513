package vn.tincay.security.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameIndexTest {

    private static DataKeys keys(int fill, String... older) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        StringBuilder setting = new StringBuilder("k" + fill + ":" + Base64.getEncoder().encodeToString(bytes));
        for (String entry : older) {
            setting.append(',').append(entry);
        }
        return DataKeys.parse(setting.toString(), null);
    }

    @Test
    void namesAreNormalisedWithoutDiacriticsCaseOrPunctuation() {
        assertEquals("nguyen thi lan", NameIndex.normalise("  Nguyễn   Thị-Lan "));
        assertEquals("dang van duc", NameIndex.normalise("Đặng Văn Đức"));
        assertEquals(List.of("tran", "thi", "be"), NameIndex.words("TRẦN thị Bé"));
    }

    @Test
    void aNamesSignatureHasABitForEachWordAndNeverTheSignBit() {
        assertEquals(1L, NameIndex.mask(List.of("A")), "A stands for 0");
        assertEquals((1L << 26) | (1L << 27), NameIndex.mask(List.of("abc", "bcd")));
        assertEquals(1L << 62, NameIndex.mask(List.of("-x")));
        assertEquals(1L, NameIndex.mask(List.of("_x")), "the 64th character shares the first bit");
        assertEquals(0L, NameIndex.mask(List.of()));
        NameIndex index = new NameIndex(keys(1).indexKey());
        long name = NameIndex.mask(index.wordHashes("Nguyễn Thị Lan"));
        long searched = NameIndex.mask(index.wordHashes("lan nguyen"));
        assertTrue(name > 0 && (name & searched) == searched, "the name has the bits of every word searched");
    }

    @Test
    void aNameWithoutDiacriticsFindsTheNameWithThem() {
        NameIndex index = new NameIndex(keys(1).indexKey());
        assertEquals(index.fullNameHash("Nguyễn Thị Lan"), index.fullNameHash("nguyen thi lan"));
        assertTrue(index.wordHashes("Nguyễn Thị Lan").containsAll(index.wordHashes("lan")));
        assertNotEquals(index.fullNameHash("Nguyễn Thị Lan"), index.fullNameHash("Nguyễn Thị Lân Khác"));
    }

    @Test
    void hashesDependOnTheKeyAndDoNotContainTheName() {
        String a = new NameIndex(keys(1).indexKey()).fullNameHash("Nguyễn Thị Lan");
        String b = new NameIndex(keys(2).indexKey()).fullNameHash("Nguyễn Thị Lan");
        assertNotEquals(a, b);
        assertFalse(a.toLowerCase().contains("lan"));
        assertEquals(43, a.length());
        assertNull(new NameIndex(keys(1).indexKey()).fullNameHash("  "));
    }

    @Test
    void addingANewDataKeyKeepsTheSearchHashes() {
        DataKeys before = keys(1);
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) 1);
        DataKeys after = keys(2, "k1:" + Base64.getEncoder().encodeToString(bytes));
        assertEquals(new NameIndex(before.indexKey()).fullNameHash("Lê Văn Demo"),
                new NameIndex(after.indexKey()).fullNameHash("Lê Văn Demo"));
    }
}
