package vn.tincay.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Set;

/** Validates sign-ins against the user accounts; the role is the caller's only group. */
@ApplicationScoped
public class TinCayIdentityStore implements IdentityStore {

    @EJB
    private SignInService signIn;

    @Override
    public CredentialValidationResult validate(Credential credential) {
        if (!(credential instanceof UsernamePasswordCredential login)) {
            return CredentialValidationResult.NOT_VALIDATED_RESULT;
        }
        String username = SignInService.normalise(login.getCaller());
        return signIn.verify(username, login.getPasswordAsString())
                .map(role -> new CredentialValidationResult(username, Set.of(role.name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}
