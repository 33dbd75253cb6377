package dev.accord.web;

import dev.accord.core.calendar.PublicHolidays;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * How an {@link AccordServer} runs: where it listens, the clock it reads, the public holidays its
 * SLA figures count, the secrets CRM webhooks sign with, and where its request log goes. Start from
 * {@link #defaults()} and change what differs.
 *
 * @param host the address to listen on, such as {@code 127.0.0.1} (loopback only) or {@code
 *     0.0.0.0} (every interface)
 * @param port the port; 0 for any free one ({@link AccordServer#port()} tells which)
 * @param clock what "now" is: overdue exceptions, the week under way, webhook timestamps
 * @param holidays the public holidays of the accord's calendars, for speed to lead
 * @param hubSpotSecret the HubSpot app's client secret; without one the HubSpot webhook is off
 * @param salesforceSecret the secret Salesforce deliveries are signed with; without one the
 *     Salesforce webhook is off
 * @param publicUrl the server's address as the CRM calls it, such as {@code
 *     https://accord.example.com}, when a proxy stands in front: HubSpot signs the URL it called
 * @param requestLog where the one JSON line per request goes (and a line per internal error); by
 *     default the SLF4J logger {@value RequestLog#LOGGER}
 */
public record ServerSettings(
    String host,
    int port,
    Clock clock,
    PublicHolidays holidays,
    Optional<String> hubSpotSecret,
    Optional<String> salesforceSecret,
    Optional<String> publicUrl,
    Consumer<String> requestLog) {

  /** The port {@code accord serve} listens on unless told otherwise. */
  public static final int DEFAULT_PORT = 7070;

  public ServerSettings {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("a port is from 0 to 65535, not " + port);
    }
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(holidays, "holidays");
    hubSpotSecret = hubSpotSecret.filter(secret -> !secret.isBlank());
    salesforceSecret = salesforceSecret.filter(secret -> !secret.isBlank());
    publicUrl = publicUrl.map(url -> url.strip().replaceAll("/+$", "")).filter(u -> !u.isBlank());
    Objects.requireNonNull(requestLog, "requestLog");
  }

  /**
   * Loopback on port {@value #DEFAULT_PORT}, the system clock, no public holidays, no webhooks, the
   * request log through SLF4J.
   */
  public static ServerSettings defaults() {
    return new ServerSettings(
        "127.0.0.1",
        DEFAULT_PORT,
        Clock.systemUTC(),
        PublicHolidays.none(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        RequestLog.slf4j());
  }

  public ServerSettings withHost(String newHost) {
    return new ServerSettings(
        newHost, port, clock, holidays, hubSpotSecret, salesforceSecret, publicUrl, requestLog);
  }

  public ServerSettings withPort(int newPort) {
    return new ServerSettings(
        host, newPort, clock, holidays, hubSpotSecret, salesforceSecret, publicUrl, requestLog);
  }

  public ServerSettings withClock(Clock newClock) {
    return new ServerSettings(
        host, port, newClock, holidays, hubSpotSecret, salesforceSecret, publicUrl, requestLog);
  }

  public ServerSettings withHolidays(PublicHolidays newHolidays) {
    return new ServerSettings(
        host, port, clock, newHolidays, hubSpotSecret, salesforceSecret, publicUrl, requestLog);
  }

  public ServerSettings withHubSpotSecret(Optional<String> secret) {
    return new ServerSettings(
        host, port, clock, holidays, secret, salesforceSecret, publicUrl, requestLog);
  }

  public ServerSettings withSalesforceSecret(Optional<String> secret) {
    return new ServerSettings(
        host, port, clock, holidays, hubSpotSecret, secret, publicUrl, requestLog);
  }

  public ServerSettings withPublicUrl(Optional<String> url) {
    return new ServerSettings(
        host, port, clock, holidays, hubSpotSecret, salesforceSecret, url, requestLog);
  }

  public ServerSettings withRequestLog(Consumer<String> log) {
    return new ServerSettings(
        host, port, clock, holidays, hubSpotSecret, salesforceSecret, publicUrl, log);
  }

  @Override
  public String toString() {
    return "ServerSettings[host="
        + host
        + ", port="
        + port
        + ", hubSpot="
        + (hubSpotSecret.isPresent() ? "on" : "off")
        + ", salesforce="
        + (salesforceSecret.isPresent() ? "on" : "off")
        + ", publicUrl="
        + publicUrl.orElse("-")
        + "]";
  }
}
