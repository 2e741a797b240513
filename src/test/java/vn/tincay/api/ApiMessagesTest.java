package vn.tincay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ApiMessagesTest {

    @Test
    void vietnameseIsTheDefault() {
        assertEquals(ApiMessages.VIETNAMESE, ApiMessages.locale(null));
        assertEquals(ApiMessages.VIETNAMESE, ApiMessages.locale(List.of()));
        assertEquals(ApiMessages.VIETNAMESE, ApiMessages.locale(List.of(new Locale("*"))));
        assertEquals(ApiMessages.VIETNAMESE, ApiMessages.locale(List.of(Locale.FRENCH)));
    }

    @Test
    void theFirstSpokenLanguageInTheClientsOrderWins() {
        assertEquals(Locale.ENGLISH, ApiMessages.locale(List.of(Locale.FRENCH, Locale.US, ApiMessages.VIETNAMESE)));
        assertEquals(ApiMessages.VIETNAMESE, ApiMessages.locale(List.of(Locale.forLanguageTag("vi-VN"), Locale.US)));
    }

    @Test
    void anUnknownKeyIsAnsweredWithTheKeyItself() {
        assertEquals("no.such.key", ApiMessages.text("no.such.key", Locale.ENGLISH));
    }
}
