package org.waymark.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.util.List;
import org.waymark.identity.boundary.Users;
import org.waymark.identity.entity.UserAccount;
import org.waymark.web.faces.Flash;

/** admin/users.xhtml: the users, a new user, and disabling, enabling and unlocking. */
@Named
@RequestScoped
public class UsersBacking {

    @Inject
    Users users;

    @Inject
    Flash flash;

    private List<UserAccount> list;
    private final ProfileForm profile = new ProfileForm();
    private String username;
    private String password;

    public List<UserAccount> getList() {
        if (list == null) {
            list = users.list();
        }
        return list;
    }

    public boolean locked(UserAccount account) {
        return account.isLocked(Instant.now());
    }

    public String create() {
        UserAccount account = users.create(new Users.NewUser(username, profile.getDisplayName(), profile.getEmail(),
                profile.getLocale(), profile.getTimeZone(), password));
        return flash.redirect("admin.users.created", account.getUsername());
    }

    public String disable(String name) {
        users.disable(name);
        return flash.redirect("admin.users.disabled.done", name);
    }

    public String enable(String name) {
        users.enable(name);
        return flash.redirect("admin.users.enabled.done", name);
    }

    public String unlock(String name) {
        users.unlock(name);
        return flash.redirect("admin.users.unlocked", name);
    }

    public ProfileForm getProfile() {
        return profile;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
