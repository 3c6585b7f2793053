package io.onewindow.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** E-mail through the SMTP server of {@code spring.mail.*}; on when a sender address is configured too. */
@Component
class EmailSender implements Channel {

    private final NotificationSettings.Email settings;
    private final ObjectProvider<JavaMailSender> mail;

    EmailSender(NotificationSettings settings, ObjectProvider<JavaMailSender> mail) {
        this.settings = settings.email();
        this.mail = mail;
    }

    @Override
    public String name() {
        return "EMAIL";
    }

    @Override
    public boolean on() {
        return settings.on() && mail.getIfAvailable() != null;
    }

    @Override
    public int perSecond() {
        return settings.perSecond();
    }

    @Override
    public void deliver(Delivery d) throws DeliveryFailure {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(d.address());
        message.setSubject(d.subject());
        message.setText(d.body());
        try {
            mail.getObject().send(message);
        } catch (MailParseException e) {
            throw new DeliveryFailure("邮件无法构成：" + e.getMessage(), true);
        } catch (MailAuthenticationException e) {
            throw new DeliveryFailure("邮件服务器拒绝登录：" + e.getMessage(), false);
        } catch (MailException e) {
            throw new DeliveryFailure("邮件发送失败：" + e.getMessage(), false);
        }
    }
}
