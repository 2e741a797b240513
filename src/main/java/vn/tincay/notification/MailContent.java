package vn.tincay.notification;

/** A plain-text e-mail ready to send. */
public record MailContent(String subject, String body) {
}
