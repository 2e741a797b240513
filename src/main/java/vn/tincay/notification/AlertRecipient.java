package vn.tincay.notification;

/** A coordinator to e-mail about an urgent incident. */
public record AlertRecipient(long accountId, String email) {
}
