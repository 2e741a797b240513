package vn.tincay.security;

import jakarta.security.enterprise.credential.Credential;

/** What the sign-in pages hand to the container: a ticket whose checks are all passed. */
public record SignInTicketCredential(String ticket) implements Credential {
}
