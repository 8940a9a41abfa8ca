package org.waymark.web.admin;

import java.io.Serializable;
import org.waymark.identity.boundary.Users;
import org.waymark.identity.entity.UserAccount;

/** An account's editable settings as the user forms hold them (new user, edit user). */
public class ProfileForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String displayName;
    private String email;
    private String locale;
    private String timeZone;

    static ProfileForm of(UserAccount account) {
        ProfileForm form = new ProfileForm();
        form.displayName = account.getDisplayName();
        form.email = account.getEmail();
        form.locale = account.getLocale();
        form.timeZone = account.getTimeZone();
        return form;
    }

    Users.Profile toProfile() {
        return new Users.Profile(displayName, email, locale, timeZone);
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
