package org.secondopinion.notification.delivery;

import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/** E-mail over SMTP ({@code spring.mail.*}); urgent mail is marked high priority. */
@Component
class MailChannel implements Channel {

	private final ObjectProvider<JavaMailSender> sender;

	private final DeliverySettings settings;

	MailChannel(ObjectProvider<JavaMailSender> sender, DeliverySettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@Override
	public String name() {
		return "email";
	}

	@Override
	public void send(Delivery delivery) throws Exception {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			throw new IllegalStateException("no SMTP server is configured (spring.mail.host)");
		}
		MimeMessage message = mail.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
		helper.setFrom(settings.from());
		helper.setTo(delivery.target().split(","));
		helper.setSubject(delivery.subject() == null ? "Second Opinion" : delivery.subject());
		helper.setText(delivery.body(), false);
		helper.setPriority(delivery.urgent() ? 1 : 3);
		message.setHeader("Importance", delivery.urgent() ? "high" : "normal");
		message.setHeader("Message-ID", "<" + delivery.id() + "@second-opinion>");
		mail.send(message);
	}

}
