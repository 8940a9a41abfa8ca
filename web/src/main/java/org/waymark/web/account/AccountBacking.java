package org.waymark.web.account;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.waymark.access.entity.Permission;
import org.waymark.identity.boundary.ApiKeys;
import org.waymark.identity.boundary.SecondFactor;
import org.waymark.identity.boundary.Users;
import org.waymark.identity.entity.ApiKey;
import org.waymark.web.faces.Flash;
import org.waymark.web.security.WaymarkAuthentication;

/**
 * account/settings.xhtml: the signed-in user's password, two-step sign-in and API keys. Secrets
 * (a new key, recovery codes) are held by this view only, to be shown once.
 */
@Named
@ViewScoped
public class AccountBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Users users;

    @Inject
    transient SecondFactor secondFactor;

    @Inject
    transient ApiKeys apiKeys;

    @Inject
    transient ExternalContext external;

    @Inject
    transient Flash flash;

    private String currentPassword;
    private String newPassword;
    private SecondFactor.Enrolment enrolment;
    private String code;
    private List<String> recoveryCodes;
    private String keyName;
    private LocalDate keyExpires = LocalDate.now(ZoneOffset.UTC).plusDays(90);
    private List<Permission> keyPermissions;
    private String newKeySecret;

    public boolean isSecondFactorOn() {
        return users.me().hasSecondFactor();
    }

    public String changePassword() {
        long stamp = users.changeOwnPassword(currentPassword, newPassword);
        // this session goes on with the new stamp; every other session of the account ends
        ((HttpSession) external.getSession(true)).setAttribute(WaymarkAuthentication.SECURITY_STAMP, stamp);
        return flash.redirect("account.password.changed");
    }

    public void beginSecondFactor() {
        enrolment = secondFactor.begin();
    }

    public String getQrCode() {
        return enrolment == null ? null : QrCode.svgDataUri(enrolment.uri());
    }

    public void confirmSecondFactor() {
        recoveryCodes = secondFactor.confirm(code);
        enrolment = null;
        code = null;
    }

    public String turnOffSecondFactor() {
        secondFactor.turnOff(code);
        return flash.redirect("account.secondFactor.off");
    }

    public List<ApiKey> getKeys() {
        return apiKeys.mine();
    }

    public Permission[] getCatalogue() {
        return Permission.values();
    }

    public void createKey() {
        EnumSet<Permission> limit = EnumSet.noneOf(Permission.class);
        if (keyPermissions != null) {
            limit.addAll(keyPermissions);
        }
        newKeySecret = apiKeys.create(keyName, keyExpires == null ? null : keyExpires.atStartOfDay(ZoneOffset.UTC).toInstant(), limit)
                .secret();
        keyName = null;
        keyPermissions = null;
    }

    public String revokeKey(long id) {
        apiKeys.revokeMine(id);
        return flash.redirect("account.keys.revoked.done");
    }

    public SecondFactor.Enrolment getEnrolment() {
        return enrolment;
    }

    public List<String> getRecoveryCodes() {
        return recoveryCodes;
    }

    public String getNewKeySecret() {
        return newKeySecret;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getKeyName() {
        return keyName;
    }

    public void setKeyName(String keyName) {
        this.keyName = keyName;
    }

    public LocalDate getKeyExpires() {
        return keyExpires;
    }

    public void setKeyExpires(LocalDate keyExpires) {
        this.keyExpires = keyExpires;
    }

    public List<Permission> getKeyPermissions() {
        return keyPermissions;
    }

    public void setKeyPermissions(List<Permission> keyPermissions) {
        this.keyPermissions = keyPermissions;
    }
}
