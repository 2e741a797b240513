package vn.tincay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.TransactionRolledbackLocalException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tincay.platform.RecordNotFoundException;
import vn.tincay.platform.UserFacingException;

class ApiErrorMappingTest {

    private static final Locale VI = ApiMessages.VIETNAMESE;
    private static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    private static ApiFailure classify(Throwable thrown) {
        return ApiErrorMapping.classify(thrown, true, VI);
    }

    @Test
    void aRecordOutsideTheCallersScopeIsNotFound() {
        ApiFailure failure = classify(new RecordNotFoundException());
        assertEquals(404, failure.status());
        assertEquals("error.notFound", failure.key());
        assertEquals("Không tìm thấy hồ sơ.", failure.body(VI).getMessage());
    }

    @Test
    void aRuleThatRefusesIsUnprocessableWithItsKeyAndItsTextInTheCallersLanguage() {
        ApiFailure failure = classify(new UserFacingException("incident.error.transition", "REPORTED", "IN_PROGRESS"));
        assertEquals(422, failure.status());
        assertEquals("incident.error.transition", failure.key());
        assertEquals("A case cannot move from REPORTED to IN_PROGRESS.", failure.body(Locale.ENGLISH).getMessage());
    }

    @Test
    void aStaleEditIsAConflictWhicheverLayerNoticedIt() {
        assertEquals(409, classify(new UserFacingException("error.staleEdit")).status());
        assertEquals(409, classify(new OptimisticLockException()).status());
        ApiFailure atCommit = classify(new TransactionRolledbackLocalException("rolled back",
                new RollbackException(new OptimisticLockException())));
        assertEquals(409, atCommit.status());
        assertEquals("error.staleEdit", atCommit.key());
    }

    @Test
    void aRefusedRoleIsForbiddenWhenSignedInAndUnauthorisedOtherwise() {
        assertEquals(403, ApiErrorMapping.classify(new EJBAccessException(), true, VI).status());
        ApiFailure anonymous = ApiErrorMapping.classify(new EJBAccessException(), false, VI);
        assertEquals(401, anonymous.status());
        assertEquals("error.notSignedIn", anonymous.key());
        assertEquals(401, classify(new UserFacingException("error.notSignedIn")).status());
    }

    @Test
    void containerWrappersAreLookedThrough() {
        assertEquals(404, classify(new EJBException(new RecordNotFoundException())).status());
        assertEquals(422, classify(new EJBException(new UserFacingException("referral.error.noConsent"))).status());
    }

    @Test
    void anythingUnexpectedIsABare500ThatShowsNothingOfIt() {
        ApiFailure failure = classify(new IllegalStateException("Nguyễn Thị Canary at Số 1 Canary Street"));
        assertEquals(500, failure.status());
        ApiError body = failure.body(VI);
        assertFalse(body.getMessage().contains("Canary"));
        assertFalse(body.getError().contains("Canary"));
        assertNull(body.getFields());
    }

    @Test
    void unreadableJsonIsABadRequest() {
        assertEquals(400, classify(new JsonbException("Unexpected char at 'Canary'")).status());
        assertEquals("api.error.badRequest", classify(new JsonbException("x")).key());
    }

    @Test
    void aBadQueryParameterIsNamedButItsValueIsNot() {
        ApiFailure failure = classify(new InvalidParameterException("status"));
        assertEquals(400, failure.status());
        assertEquals("status", failure.fields().get(0).getField());
    }

    @Test
    void invalidFieldsAreListedByPathInTheCallersLanguageWithoutTheValuesSent() {
        StatusChange change = new StatusChange();
        change.setNote("Canary ".repeat(200));
        Set<ConstraintViolation<StatusChange>> violations = VALIDATOR.validate(change);
        ApiFailure failure = classify(new ConstraintViolationException(Set.copyOf(violations)));

        assertEquals(422, failure.status());
        assertEquals("api.error.validation", failure.key());
        assertEquals(List.of("note", "status", "version"),
                failure.fields().stream().map(ApiError.FieldError::getField).toList());
        assertEquals("bắt buộc nhập", failure.fields().get(1).getMessage());
        assertEquals("độ dài phải từ 0 đến 1000 ký tự", failure.fields().get(0).getMessage());
        assertTrue(failure.fields().stream().noneMatch(f -> f.getMessage().contains("Canary")));
        ApiFailure english = ApiErrorMapping.classify(new ConstraintViolationException(Set.copyOf(violations)), true,
                Locale.ENGLISH);
        assertEquals("required", english.fields().get(2).getMessage());
    }

    @Test
    void aFieldOfAMethodParameterIsNamedWithoutTheMethodAndParameter() throws NoSuchMethodException {
        StatusChange change = new StatusChange();
        change.setVersion(1);
        Method method = IncidentResource.class.getMethod("changeStatus", long.class, StatusChange.class);
        Set<ConstraintViolation<IncidentResource>> violations = VALIDATOR.forExecutables()
                .validateParameters(new IncidentResource(), method, new Object[] {1L, change});
        assertEquals(1, violations.size());
        assertEquals("status", ApiErrorMapping.fieldOf(violations.iterator().next().getPropertyPath()));
        Set<ConstraintViolation<IncidentResource>> missing = VALIDATOR.forExecutables()
                .validateParameters(new IncidentResource(), method, new Object[] {1L, null});
        assertEquals("change", ApiErrorMapping.fieldOf(missing.iterator().next().getPropertyPath()));
    }

    @Test
    void aStatusWithoutItsOwnExceptionGetsAKeyThatFitsIt() {
        assertEquals("error.notSignedIn", ApiErrorMapping.keyForStatus(401));
        assertEquals("error.403.text", ApiErrorMapping.keyForStatus(403));
        assertEquals("error.notFound", ApiErrorMapping.keyForStatus(404));
        assertEquals("api.error.badRequest", ApiErrorMapping.keyForStatus(405));
        assertEquals("error.500.text", ApiErrorMapping.keyForStatus(503));
    }
}
