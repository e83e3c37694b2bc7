package org.resilienceroadmap.directory;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.resilienceroadmap.shared.BaseEntity;

/** Someone who signs in: a working-group member, a coordinator, a donor's officer, an admin. */
@Entity
@Table(name = "person")
public class Person extends BaseEntity {

    private String username;
    private String passwordHash;
    private String displayName;
    private String email;
    private String organisation;
    private String language;
    private boolean enabled = true;
    private boolean passwordChangeRequired;
    private boolean weeklyDigest = true;

    protected Person() {}

    Person(
            String username,
            String passwordHash,
            String displayName,
            String email,
            String organisation,
            String language) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.email = email;
        this.organisation = organisation;
        this.language = language;
    }

    void changePassword(String newHash, boolean changeRequired) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = changeRequired;
    }

    void changeLanguage(String language) {
        this.language = language;
    }

    void changeWeeklyDigest(boolean wanted) {
        this.weeklyDigest = wanted;
    }

    public String getUsername() {
        return username;
    }

    /** The password's hash; null for an account that signs in through its organisation only. */
    public String getPasswordHash() {
        return passwordHash;
    }

    /** No password is kept: the person signs in through their organisation's identity provider only. */
    public boolean signsInThroughOrganisationOnly() {
        return passwordHash == null;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getLanguage() {
        return language;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** Whether the person receives the weekly digest e-mail; they switch it off on their account page. */
    public boolean wantsWeeklyDigest() {
        return weeklyDigest;
    }
}
