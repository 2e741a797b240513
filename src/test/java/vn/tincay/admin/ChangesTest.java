package vn.tincay.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChangesTest {

    @Test
    void onlyFieldsWhoseValueDiffersAreNamed() {
        Changes changes = new Changes()
                .note("name", "Trường A", "Trường B")
                .note("phone", null, null)
                .note("active", true, false)
                .note("email", "a@demo.example", "a@demo.example");
        assertTrue(changes.any());
        assertEquals("changed: name, active", changes.toString());
    }

    @Test
    void anEditThatChangedNothingSaysSo() {
        Changes changes = new Changes().note("name", "Trường A", "Trường A");
        assertFalse(changes.any());
        assertEquals("changed: nothing", changes.toString());
    }
}
