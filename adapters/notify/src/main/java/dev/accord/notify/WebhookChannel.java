package dev.accord.notify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Posts notifications as JSON to an outbound webhook, in the shape Slack's incoming webhooks take:
 * a {@code text} for previews and clients without blocks, and {@code blocks} with the subject as a
 * header and the text as a section. Any answer but a 2xx is a failed delivery.
 */
public final class WebhookChannel implements NotificationChannel {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final URI url;
  private final HttpClient client;
  private final Duration timeout;

  public WebhookChannel(URI url, HttpClient client, Duration timeout) {
    this.url = url;
    this.client = client;
    this.timeout = timeout;
  }

  @Override
  public String id() {
    return "webhook";
  }

  @Override
  public void deliver(Notification notification) throws DeliveryException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "application/json; charset=utf-8")
            .POST(HttpRequest.BodyPublishers.ofString(payload(notification)))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new DeliveryException("webhook " + url + " unreachable: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new DeliveryException("interrupted while posting to webhook " + url, e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new DeliveryException(
          "webhook " + url + " answered HTTP " + response.statusCode() + ": " + response.body());
    }
  }

  /** The JSON body: {@code {"text": ..., "blocks": [header, section]}}. */
  static String payload(Notification notification) {
    ObjectNode body = JSON.createObjectNode();
    body.put("text", notification.subject() + "\n" + notification.text());
    var blocks = body.putArray("blocks");
    ObjectNode header = blocks.addObject().put("type", "header");
    header.putObject("text").put("type", "plain_text").put("text", notification.subject());
    ObjectNode section = blocks.addObject().put("type", "section");
    section.putObject("text").put("type", "mrkdwn").put("text", notification.text());
    return body.toString();
  }
}
