package vn.tincay.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tincay.organisation.Ownership;
import vn.tincay.organisation.SchoolLevel;
import vn.tincay.security.Role;

class FormValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void startValidator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void stopValidator() {
        factory.close();
    }

    private static Set<String> invalidFields(Object form) {
        return validator.validate(form).stream()
                .map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    private static SchoolForm school(String code) {
        SchoolForm form = new SchoolForm();
        form.setDistrictId(1L);
        form.setCode(code);
        form.setName("Trường Tiểu học Demo");
        form.setLevel(SchoolLevel.PRIMARY);
        form.setOwnership(Ownership.PUBLIC);
        return form;
    }

    @Test
    void aSchoolCodeMayCarryTheSpacesOfAPaste() {
        assertTrue(invalidFields(school(" hdemo-th-a ")).isEmpty());
    }

    @Test
    void aSchoolCodeWithPunctuationIsRefused() {
        assertEquals(Set.of("code"), invalidFields(school("HDEMO/TH!")));
    }

    @Test
    void aSchoolPhoneMustLookLikeAPhoneNumber() {
        SchoolForm form = school("HDEMO-TH-A");
        form.setPhone("call me");
        form.setEmail("not-an-address");
        assertEquals(Set.of("phone", "email"), invalidFields(form));
    }

    @Test
    void aServiceOrganisationNeedsDistrictNameAndKind() {
        assertEquals(Set.of("districtId", "name", "kind"), invalidFields(new ServiceForm()));
    }

    private static AccountForm account(String username) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("Người dùng Demo");
        form.setRole(Role.ADMIN);
        return form;
    }

    @Test
    void aUsernameMayBeTypedInCapitalsSinceItIsStoredInLowerCase() {
        assertTrue(invalidFields(account("Nguyen.Demo")).isEmpty());
    }

    @Test
    void aUsernameWithDiacriticsOrSpacesInsideIsRefused() {
        assertEquals(Set.of("username"), invalidFields(account("nguyễn demo")));
    }

    @Test
    void aUsernameShorterThanThreeCharactersIsRefused() {
        assertEquals(Set.of("username"), invalidFields(account("ab")));
    }
}
