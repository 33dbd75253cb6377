package dev.accord.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Someone using the dashboard with a browser's manners but no browser: cookies kept, redirects not
 * followed (so a test sees each one), forms posted as a browser posts them, with the page they came
 * from as {@code Referer}.
 */
final class Visitor implements AutoCloseable {

  private final TestServer server;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  Visitor(TestServer server) {
    this.server = server;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(server.uri(path)).GET());
  }

  Document page(String path) {
    HttpResponse<String> answer = get(path);
    if (answer.statusCode() != 200) {
      throw new AssertionError(
          "GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
    }
    return Jsoup.parse(answer.body(), server.uri(path).toString());
  }

  HttpResponse<String> post(String path, String from, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Referer", server.uri(from).toString())
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Signs in with the token through the sign-in form, and answers the page it lands on. */
  HttpResponse<String> signIn(String token, String next) {
    Document login = page("/login?next=" + encode(next));
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("_csrf", login.select("input[name=_csrf]").val());
    fields.put("next", login.select("input[name=next]").val());
    fields.put("token", token);
    return post("/login", "/login", fields);
  }

  /** The CSRF token the page's forms carry. */
  static String csrf(Document page) {
    return page.select("input[name=_csrf]").first().val();
  }

  String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals(Sessions.COOKIE))
        .map(java.net.HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  static URI location(HttpResponse<String> answer) {
    return URI.create(
        answer
            .headers()
            .firstValue("Location")
            .orElseThrow(() -> new AssertionError("no Location in " + answer.headers().map())));
  }

  @Override
  public void close() {
    client.close();
  }
}
