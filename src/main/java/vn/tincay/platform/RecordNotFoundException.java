package vn.tincay.platform;

import jakarta.ejb.ApplicationException;

/**
 * The record does not exist or lies outside the caller's scope; both answer the same (404), so an
 * id from another school reveals nothing.
 */
@ApplicationException(rollback = true)
public class RecordNotFoundException extends RuntimeException {

    public RecordNotFoundException() {
        super("Not found");
    }
}
