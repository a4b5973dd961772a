package org.gelplan.reporting.reminders;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.gelplan.core.Actor;
import org.gelplan.core.AuditMetaData;
import org.gelplan.reporting.api.RecordReminderSent;
import org.gelplan.reporting.api.ReminderKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import static org.axonframework.commandhandling.GenericCommandMessage.asCommandMessage;

/**
 * Sends a reminder to the users it concerns and the configured recipients that want it
 * ({@link ReminderAudience}), at most once per subject and recipient: the {@code ReminderSent} event is
 * recorded first under an id derived from kind, subject and recipient, and only the node whose event
 * was stored sends.
 */
@Component
@ConditionalOnProperty(prefix = "spring.mail", name = "host")
public class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);

    private final CommandGateway commands;
    private final JavaMailSender mail;
    private final ReminderProperties properties;
    private final ReminderScope scope;

    Reminders(CommandGateway commands, JavaMailSender mail, ReminderProperties properties, ReminderScope scope) {
        this.commands = commands;
        this.mail = mail;
        this.properties = properties;
        this.scope = scope;
    }

    /** @return how many e-mails were sent now (not counting those sent before) */
    public int remind(ReminderKind kind, String entityCode, String subjectKey, String subject, String text) {
        int sent = 0;
        for (String recipient : ReminderAudience.recipients(kind, entityCode, scope.addressees(), properties.recipients())) {
            if (claim(kind, entityCode, subjectKey, recipient)) {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(properties.from());
                message.setTo(recipient);
                message.setSubject(subject);
                message.setText(text);
                try {
                    mail.send(message);
                    sent++;
                } catch (MailException e) {
                    log.warn("Reminder {} {} to {} recorded but not delivered: {}", kind, subjectKey, recipient,
                            e.getMessage());
                }
            }
        }
        return sent;
    }

    private boolean claim(ReminderKind kind, String entityCode, String subjectKey, String recipient) {
        String id = "reminder-" + hash(kind + "|" + subjectKey + "|" + recipient);
        try {
            commands.sendAndWait(asCommandMessage(new RecordReminderSent(id, kind, entityCode, subjectKey, recipient))
                    .andMetaData(AuditMetaData.of(Actor.system("reminders"))));
            return true;
        } catch (AggregateStreamCreationException | ConcurrencyException alreadySent) {
            return false;
        }
    }

    private static String hash(String key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
