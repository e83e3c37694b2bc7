package org.resilienceroadmap.security;

import org.resilienceroadmap.directory.NewPerson;
import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.directory.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start without demo data, creates the account {@code admin} with a one-time password:
 * taken from {@code RR_ADMIN_PASSWORD}, or generated and printed once in the log.
 */
@Component
@Profile("!demo")
@Order(0)
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

    private final PeopleDirectory people;
    private final AccountService accounts;
    private final Passwords passwords;
    private final String configuredPassword;

    AdminBootstrap(PeopleDirectory people, AccountService accounts, Passwords passwords, BootstrapSettings settings) {
        this.people = people;
        this.accounts = accounts;
        this.passwords = passwords;
        this.configuredPassword = settings.adminPassword();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (people.count() > 0) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? passwords.generateOneTimePassword() : configuredPassword;
        Person admin =
                accounts.createWithOneTimePassword(new NewPerson("admin", "Administrator", null, null, "en"), password);
        people.addMembership(admin.getId(), Role.ADMIN, null, null);
        if (generated) {
            log.warn(
                    "Created the account 'admin' with the one-time password {} : sign in and change it now.", password);
        } else {
            log.warn(
                    "Created the account 'admin' with the password from RR_ADMIN_PASSWORD; change it at first sign-in.");
        }
    }
}
