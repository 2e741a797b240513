package vn.tincay.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/**
 * Signs in the holder of a completed sign-in ticket (password and, where set up, second factor
 * checked by {@link SignInService}); the role is the caller's only group. A bare username and
 * password is not enough for the container, so no path skips the second factor.
 */
@ApplicationScoped
public class TinCayIdentityStore implements IdentityStore {

    @EJB
    private SignInService signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof SignInTicketCredential ticket)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        return signIn.redeem(ticket.ticket())
                .map(t -> new CredentialValidationResult(t.username(), Set.of(t.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
