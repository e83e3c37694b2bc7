package org.resilienceroadmap.escalation;

import java.util.List;
import java.util.Locale;

import org.resilienceroadmap.directory.PeopleDirectory;
import org.resilienceroadmap.directory.Person;
import org.resilienceroadmap.notification.DirectMail;
import org.resilienceroadmap.shared.i18n.Languages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends one person their weekly digest, in their language, when something waits for them or is overdue in
 * their scope and they have not switched it off. Run by {@code weekly-digest.bpmn}, one job per person.
 */
@Service
public class DigestMail {

    private final WeeklyDigest digests;
    private final PeopleDirectory people;
    private final DirectMail mail;
    private final MessageSource messages;

    DigestMail(WeeklyDigest digests, PeopleDirectory people, DirectMail mail, MessageSource messages) {
        this.digests = digests;
        this.people = people;
        this.mail = mail;
        this.messages = messages;
    }

    /** True when a digest went out; nothing is sent to whom nothing waits, nor to who switched it off meanwhile. */
    @Transactional(readOnly = true)
    public boolean send(String username) {
        Person person = people.findByUsername(username).orElse(null);
        if (person == null
                || !person.isEnabled()
                || !person.wantsWeeklyDigest()
                || person.getEmail() == null
                || person.getEmail().isBlank()) {
            return false;
        }
        WeeklyDigest.Digest digest = digests.of(username);
        if (digest.isEmpty()) {
            return false;
        }
        Locale locale = Languages.of(person.getLanguage());
        String subject = text("digest.mail.subject", locale, digest.waitingTotal(), digest.overdueTotal());
        StringBuilder body =
                new StringBuilder(text("digest.mail.greeting", locale, person.getDisplayName())).append("\n\n");
        section(body, locale, "digest.mail.waiting", digest.waiting(), digest.waitingTotal(), "tasks");
        section(body, locale, "digest.mail.overdue", digest.overdue(), digest.overdueTotal(), "actions");
        body.append(text("digest.mail.footer", locale, mail.link("account/password")));
        return mail.send(person.getEmail(), person.getDisplayName(), subject, body.toString());
    }

    private void section(
            StringBuilder body, Locale locale, String title, List<WeeklyDigest.Line> lines, long total, String all) {
        body.append(text(title, locale, total)).append('\n');
        if (lines.isEmpty()) {
            body.append(text("digest.mail.none", locale)).append('\n');
        }
        for (WeeklyDigest.Line line : lines) {
            body.append("- ")
                    .append(line.text())
                    .append("\n  ")
                    .append(mail.link(line.route()))
                    .append('\n');
        }
        if (total > lines.size()) {
            body.append(text("digest.mail.more", locale, total - lines.size(), mail.link(all)))
                    .append('\n');
        }
        body.append('\n');
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
