package vn.tincay.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tincay.account.AccountService;

class PreferredLocaleViewHandlerTest {

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void vietnameseAndEnglishAreSupported(String tag) {
        assertTrue(PreferredLocaleViewHandler.supported(tag));
        assertTrue(AccountService.SUPPORTED_LOCALES.contains(tag), "the account accepts what the page offers");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"fr", "EN", "VI", "en-US", "vi-VN", " en", "en;", "<script>"})
    void anythingElseIsNotSupported(String tag) {
        assertFalse(PreferredLocaleViewHandler.supported(tag));
    }
}
