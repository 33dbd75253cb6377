package dev.accord.notify;

import dev.accord.core.team.Person;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notification channels a deployment turns on through its environment, so that no webhook URL
 * or mail server ends up in the accord file (which lives in git): the log always; {@code
 * ACCORD_WEBHOOK_URL} adds the webhook; {@code ACCORD_SMTP_HOST} adds email, with {@code
 * ACCORD_SMTP_PORT} (25) and {@code ACCORD_SMTP_FROM} ({@code accord@localhost}); {@code
 * ACCORD_NOTIFY_STALE_AFTER} (an ISO-8601 duration, {@code P1D}) is how old a fired rung may be and
 * still be sent.
 */
public final class ChannelSettings {

  public static final String WEBHOOK_URL = "ACCORD_WEBHOOK_URL";
  public static final String SMTP_HOST = "ACCORD_SMTP_HOST";
  public static final String SMTP_PORT = "ACCORD_SMTP_PORT";
  public static final String SMTP_FROM = "ACCORD_SMTP_FROM";
  public static final String STALE_AFTER = "ACCORD_NOTIFY_STALE_AFTER";

  private static final Duration WEBHOOK_TIMEOUT = Duration.ofSeconds(10);

  private final Map<String, String> environment;

  public ChannelSettings(Map<String, String> environment) {
    this.environment = Map.copyOf(environment);
  }

  /**
   * The channels the environment turns on, email addressed through the accord's people.
   *
   * @throws IllegalArgumentException naming the variable whose value is not usable, and why
   */
  public List<NotificationChannel> channels(List<Person> people) {
    List<NotificationChannel> channels = new ArrayList<>();
    channels.add(LogChannel.standard());
    value(WEBHOOK_URL)
        .ifPresent(url ->
            channels.add(
                new WebhookChannel(
                    webhookUrl(url),
                    HttpClient.newBuilder().connectTimeout(WEBHOOK_TIMEOUT).build(),
                    WEBHOOK_TIMEOUT)));
    Optional<String> host = value(SMTP_HOST);
    if (host.isPresent()) {
      String from = value(SMTP_FROM).orElse("accord@localhost");
      try {
        channels.add(EmailChannel.smtp(host.get(), port(), from, new AddressBook(people)));
      } catch (DeliveryException e) {
        throw new IllegalArgumentException(SMTP_FROM + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(channels);
  }

  /** How long after it fired a rung is still worth telling people about. */
  public Duration staleAfter() {
    Optional<String> text = value(STALE_AFTER);
    if (text.isEmpty()) {
      return Duration.ofDays(1);
    }
    try {
      Duration duration = Duration.parse(text.get());
      if (duration.isNegative()) {
        throw new IllegalArgumentException(STALE_AFTER + " cannot be negative: " + text.get());
      }
      return duration;
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          STALE_AFTER + " is not an ISO-8601 duration such as P1D or PT4H: " + text.get(), e);
    }
  }

  private Optional<String> value(String name) {
    return Optional.ofNullable(environment.get(name)).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static URI webhookUrl(String text) {
    try {
      URI url = new URI(text);
      if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
        throw new IllegalArgumentException(
            WEBHOOK_URL + " must be an http or https URL, not " + text);
      }
      return url;
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(WEBHOOK_URL + " is not a URL: " + text, e);
    }
  }

  private int port() {
    String text = value(SMTP_PORT).orElse("25");
    try {
      int port = Integer.parseInt(text);
      if (port < 1 || port > 65_535) {
        throw new IllegalArgumentException(SMTP_PORT + " must be within 1..65535: " + text);
      }
      return port;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(SMTP_PORT + " is not a port number: " + text, e);
    }
  }
}
