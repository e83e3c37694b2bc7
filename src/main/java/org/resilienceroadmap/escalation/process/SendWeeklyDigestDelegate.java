package org.resilienceroadmap.escalation.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.resilienceroadmap.escalation.DigestMail;
import org.springframework.stereotype.Component;

/** One reader's weekly digest, as a job of its own: a mail server that fails makes the engine try again. */
@Component("sendWeeklyDigest")
class SendWeeklyDigestDelegate implements JavaDelegate {

    private final DigestMail mail;

    SendWeeklyDigestDelegate(DigestMail mail) {
        this.mail = mail;
    }

    @Override
    public void execute(DelegateExecution execution) {
        mail.send((String) execution.getVariable(WeeklyDigestProcess.READER));
    }
}
