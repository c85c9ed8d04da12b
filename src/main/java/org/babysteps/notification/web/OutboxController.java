package org.babysteps.notification.web;

import org.babysteps.notification.NotificationOutbox;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The licensor admin's view of email the platform queued and sent, so a mail outage is visible, not silent. */
@Controller
class OutboxController {

    private static final int SHOWN = 200;

    private final NotificationOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;

    OutboxController(NotificationOutbox outbox, ObjectProvider<JavaMailSender> mailSender) {
        this.outbox = outbox;
        this.mailSender = mailSender;
    }

    @GetMapping("/notifications")
    @PreAuthorize("hasRole('LICENSOR_ADMIN')")
    String outbox(Model model) {
        model.addAttribute("messages", outbox.recent(SHOWN));
        model.addAttribute("mailConfigured", mailSender.getIfAvailable() != null);
        return "notification/outbox";
    }
}
