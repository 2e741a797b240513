package vn.tincay.api;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input answers 422 with the fields concerned, like every other API error. Needed beside
 * {@link ApiExceptionMapper} because Jersey's own mapper for validation errors (a bare 400) is closer
 * to this exception than a mapper of Throwable.
 */
@Provider
public class ApiValidationExceptionMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    private HttpHeaders headers;

    @Context
    private SecurityContext security;

    @Override
    public Response toResponse(ConstraintViolationException invalid) {
        return ApiExceptionMapper.answer(invalid, headers, security);
    }
}
