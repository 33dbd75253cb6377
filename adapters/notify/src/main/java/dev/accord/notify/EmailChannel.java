package dev.accord.notify;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * Emails notifications over SMTP with Jakarta Mail (Eclipse Angus): the subject and text of the
 * notification, to the addresses of its recipients — people by their email, teams by their
 * members'. A notification none of whose recipients has an address fails rather than vanishing.
 */
public final class EmailChannel implements NotificationChannel {

  private final Session session;
  private final InternetAddress from;
  private final Function<String, List<String>> addresses;

  /**
   * @param session the mail session, configured with the SMTP host, port and credentials
   * @param from the sender's address
   * @param addresses the email addresses of a team or person id; empty when it has none
   */
  public EmailChannel(
      Session session, InternetAddress from, Function<String, List<String>> addresses) {
    this.session = session;
    this.from = from;
    this.addresses = addresses;
  }

  /** A channel for a plain SMTP server without authentication, such as a local relay. */
  public static EmailChannel smtp(
      String host, int port, String from, Function<String, List<String>> addresses)
      throws DeliveryException {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host);
    properties.put("mail.smtp.port", String.valueOf(port));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "10000");
    try {
      return new EmailChannel(
          Session.getInstance(properties), new InternetAddress(from), addresses);
    } catch (MessagingException e) {
      throw new DeliveryException("not an email address: " + from, e);
    }
  }

  @Override
  public String id() {
    return "email";
  }

  @Override
  public void deliver(Notification notification) throws DeliveryException {
    List<InternetAddress> to = new ArrayList<>();
    for (String recipient : notification.recipients()) {
      for (String address : addresses.apply(recipient)) {
        try {
          to.add(new InternetAddress(address, true));
        } catch (MessagingException e) {
          throw new DeliveryException(recipient + " has no valid email address: " + address, e);
        }
      }
    }
    if (to.isEmpty()) {
      throw new DeliveryException(
          "none of " + String.join(", ", notification.recipients()) + " has an email address");
    }
    try {
      MimeMessage message = new MimeMessage(session);
      message.setFrom(from);
      message.setRecipients(Message.RecipientType.TO, to.toArray(InternetAddress[]::new));
      message.setSubject(notification.subject(), "UTF-8");
      message.setText(notification.text(), "UTF-8");
      Transport.send(message);
    } catch (MessagingException e) {
      throw new DeliveryException("SMTP delivery failed: " + e.getMessage(), e);
    }
  }
}
