package org.resilienceroadmap.notification;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;

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

    DirectMail(ObjectProvider<JavaMailSender> senders, NotificationSettings settings) {
        this.senders = senders;
        this.settings = settings;
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
        try {
            MimeMessage mail = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mail, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.mail().from());
            helper.setTo(new InternetAddress(email, displayName, StandardCharsets.UTF_8.name()));
            helper.setSubject(subject);
            helper.setText(text);
            sender.send(mail);
            return true;
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new IllegalStateException("The mail to " + email + " could not be composed", e);
        }
    }
}
