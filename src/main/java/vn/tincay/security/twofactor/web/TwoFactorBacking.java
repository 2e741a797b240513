package vn.tincay.security.twofactor.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;
import vn.tincay.platform.UserFacingException;
import vn.tincay.security.CurrentUser;
import vn.tincay.security.twofactor.SecondFactorService;
import vn.tincay.security.twofactor.SecondFactorStatus;
import vn.tincay.security.twofactor.TotpCodes;

/**
 * /account/two-factor.xhtml: set up sign-in with an authenticator app (QR code or typed key, then
 * one code to prove it), see and renew the recovery codes, or turn it off where the role allows.
 * The secret being set up stays in the server-side view state until its first code is confirmed.
 */
@Named
@ViewScoped
public class TwoFactorBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private SecondFactorService secondFactor;

    @Inject
    private CurrentUser currentUser;

    private SecondFactorStatus status;
    private String pendingSecret;
    private String qrCode;
    private String code;
    private List<String> recoveryCodes = List.of();

    @PostConstruct
    void load() {
        status = secondFactor.status();
        if (!status.enrolled() && status.required()) {
            start();
        }
    }

    public void start() {
        pendingSecret = secondFactor.newSecret();
        qrCode = secondFactor.qrCode(pendingSecret);
    }

    public void confirm() {
        List<String> codes = attempt("enrolForm:code", () -> secondFactor.enrol(pendingSecret, code));
        if (codes != null) {
            recoveryCodes = codes;
            pendingSecret = null;
            qrCode = null;
            currentUser.secondFactorChanged(false);
            refreshed("twoFactor.enrolled");
        }
    }

    public void renew() {
        List<String> codes = attempt("manageForm:code", () -> secondFactor.renewRecoveryCodes(code));
        if (codes != null) {
            recoveryCodes = codes;
            refreshed("twoFactor.renewed");
        }
    }

    public void disable() {
        if (attempt("manageForm:code", () -> {
            secondFactor.disable(code);
            return List.<String>of();
        }) != null) {
            recoveryCodes = List.of();
            refreshed("twoFactor.disabled");
        }
    }

    /** Runs a step that needs the typed code; a refusal goes beside the field. Null when refused. */
    private List<String> attempt(String field, Supplier<List<String>> step) {
        try {
            return step.get();
        } catch (UserFacingException e) {
            Messages.addError(field, e.getMessageKey());
            Faces.validationFailed();
            return null;
        } finally {
            code = null;
        }
    }

    private void refreshed(String messageKey) {
        status = secondFactor.status();
        Messages.addGlobalInfo(messageKey);
    }

    /** After the recovery codes were noted down: on to the user's home page. */
    public void done() {
        Faces.redirect(currentUser.getHomePage().substring(1));
    }

    public SecondFactorStatus getStatus() {
        return status;
    }

    public boolean isEnrolling() {
        return pendingSecret != null;
    }

    /** The secret in groups of four, for typing into an app that cannot scan. */
    public String getTypedKey() {
        return TotpCodes.grouped(pendingSecret);
    }

    public String getQrCode() {
        return qrCode;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
