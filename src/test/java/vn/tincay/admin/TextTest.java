package vn.tincay.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void typedTextIsStoredTrimmed() {
        assertEquals("Trường Demo", Text.clean("  Trường Demo \t"));
    }

    @Test
    void emptyTextIsStoredAsNothing() {
        assertNull(Text.clean("   "));
        assertNull(Text.clean(null));
        assertNull(Text.cleanUpper(""));
        assertNull(Text.cleanLower(null));
    }

    @Test
    void schoolCodesAreStoredInCapitalsAndUsernamesInLowerCase() {
        assertEquals("HDEMO-TH-A", Text.cleanUpper(" hdemo-th-a "));
        assertEquals("nguyen.demo", Text.cleanLower(" Nguyen.Demo "));
    }
}
