package org.resilienceroadmap.notification;

import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.core.task.TaskRejectedException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * E-mails stored notices to their recipients, each in their language, once the transaction that
 * stored them has committed — and only when Spring Boot made a mail sender ({@code spring.mail.host}).
 * Sending happens on a thread of its own, so a slow or absent mail server neither delays nor fails
 * the work that caused the notice; what cannot be sent is logged, and the notification stays.
 */
@Component
class NoticeMailer implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NoticeMailer.class);

    private final ObjectProvider<JavaMailSender> senders;
    private final MessageSource messages;
    private final NotificationSettings settings;
    private final ThreadPoolTaskExecutor sending = new ThreadPoolTaskExecutor();
    /** Operators alert on {@code roadmap_notification_mail_failures_total} rising: people stop hearing. */
    private final Counter failures;

    NoticeMailer(
            ObjectProvider<JavaMailSender> senders,
            MessageSource messages,
            NotificationSettings settings,
            MeterRegistry meters) {
        this.senders = senders;
        this.messages = messages;
        this.settings = settings;
        this.failures = meters.counter("roadmap.notification.mail.failures");
        // One thread keeps the notices in order and the mail server from being flooded by a burst.
        sending.setCorePoolSize(1);
        sending.setMaxPoolSize(1);
        sending.setQueueCapacity(10_000);
        sending.setThreadNamePrefix("notice-mail-");
        sending.setWaitForTasksToCompleteOnShutdown(true);
        sending.setAwaitTerminationSeconds(20);
        sending.initialize();
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void on(NoticeStored stored) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            return;
        }
        try {
            sending.execute(() -> send(sender, stored));
        } catch (TaskRejectedException e) {
            log.warn(
                    "E-mails about {} not sent: {} are already waiting",
                    stored.notice().messageKey(),
                    sending.getQueueSize());
        }
    }

    private void send(JavaMailSender sender, NoticeStored stored) {
        Notice notice = stored.notice();
        List<MimeMessage> mails = new ArrayList<>();
        for (NoticeStored.Recipient recipient : stored.recipients()) {
            try {
                mails.add(compose(sender, notice, recipient));
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                log.warn(
                        "E-mail about {} to {} not sent: {}",
                        notice.messageKey(),
                        recipient.username(),
                        e.getMessage());
            }
        }
        if (mails.isEmpty()) {
            return;
        }
        try {
            // One call, so one connection to the mail server for all recipients.
            sender.send(mails.toArray(MimeMessage[]::new));
        } catch (MailSendException e) {
            failures.increment(
                    e.getFailedMessages().isEmpty()
                            ? mails.size()
                            : e.getFailedMessages().size());
            log.warn(
                    "{} of {} e-mails about {} could not be sent: {}",
                    e.getFailedMessages().size(),
                    mails.size(),
                    notice.messageKey(),
                    e.getMessage());
        } catch (RuntimeException e) {
            failures.increment(mails.size());
            log.warn("E-mails about {} could not be sent: {}", notice.messageKey(), e.getMessage());
        }
    }

    private MimeMessage compose(JavaMailSender sender, Notice notice, NoticeStored.Recipient recipient)
            throws MessagingException, UnsupportedEncodingException {
        Locale locale = recipient.locale();
        String text = messages.getMessage(notice.messageKey(), notice.args().toArray(), notice.messageKey(), locale);
        return DirectMail.compose(
                sender,
                settings.mail().from(),
                recipient.email(),
                recipient.displayName(),
                messages.getMessage("notification.mail.subject", new Object[] {text}, locale),
                messages.getMessage(
                        "notification.mail.body",
                        new Object[] {recipient.displayName(), text, settings.link(notice.route())},
                        locale));
    }

    @Override
    public void destroy() {
        sending.shutdown();
    }
}
