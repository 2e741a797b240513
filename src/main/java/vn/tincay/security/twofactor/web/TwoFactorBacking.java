package vn.tincay.security.twofactor.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
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
        try {
            recoveryCodes = secondFactor.enrol(pendingSecret, code);
        } catch (UserFacingException e) {
            Messages.addError("enrolForm:code", e.getMessageKey());
            Faces.validationFailed();
            return;
        } finally {
            code = null;
        }
        pendingSecret = null;
        qrCode = null;
        currentUser.secondFactorChanged(false);
        status = secondFactor.status();
        Messages.addGlobalInfo("twoFactor.enrolled");
    }

    public void renew() {
        try {
            recoveryCodes = secondFactor.renewRecoveryCodes(code);
        } catch (UserFacingException e) {
            Messages.addError("manageForm:code", e.getMessageKey());
            Faces.validationFailed();
            return;
        } finally {
            code = null;
        }
        status = secondFactor.status();
        Messages.addGlobalInfo("twoFactor.renewed");
    }

    public void disable() {
        try {
            secondFactor.disable(code);
        } catch (UserFacingException e) {
            Messages.addError("manageForm:code", e.getMessageKey());
            Faces.validationFailed();
            return;
        } finally {
            code = null;
        }
        status = secondFactor.status();
        recoveryCodes = List.of();
        Messages.addGlobalInfo("twoFactor.disabled");
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
