package org.resilienceroadmap.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * An e-mail composed by its sender, sent now on the caller's thread — for work that runs as a job of its own
 * (the weekly digest), where a failure should fail the job so the engine tries again. Same sender address and
 * links as the notices' mails; nothing is sent when no mail server is configured.
 */
@Service
public class DirectMail {

    private final ObjectProvider<JavaMailSender> senders;
    private final NotificationSettings settings;
    /** The same counter as the notices' mails: operators see every mail that could not go. */
    private final Counter failures;

    DirectMail(ObjectProvider<JavaMailSender> senders, NotificationSettings settings, MeterRegistry meters) {
        this.senders = senders;
        this.settings = settings;
        this.failures = meters.counter("roadmap.notification.mail.failures");
    }

    /** The absolute link to an application route, as the mails carry it. */
    public String link(String route) {
        return settings.link(route);
    }

    /**
     * Sends the mail; false when no mail server is configured.
     *
     * @throws IllegalStateException when the mail cannot be composed or sent
     */
    public boolean send(String email, String displayName, String subject, String text) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return false;
        }
        MimeMessage mail;
        try {
            mail = compose(sender, settings.mail().from(), email, displayName, subject, text);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("The mail to " + email + " could not be composed", e);
        }
        try {
            sender.send(mail);
        } catch (RuntimeException e) {
            failures.increment();
            throw e;
        }
        return true;
    }

    /** A plain-text UTF-8 mail from the application's sender address to one person, by name. */
    static MimeMessage compose(
            JavaMailSender sender, String from, String email, String displayName, String subject, String text)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mail = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mail, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(new InternetAddress(email, displayName, StandardCharsets.UTF_8.name()));
        helper.setSubject(subject);
        helper.setText(text);
        return mail;
    }
}
