package dev.accord.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The API document is valid OpenAPI, as a real validator reads it, and it covers every route the
 * server declares, with the right methods, and nothing the server does not answer.
 */
class ApiDocumentTest {

  private static SwaggerParseResult parsed(String text) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readContents(text, null, options);
  }

  @Test
  void the_document_served_is_valid_openapi() {
    try (TestServer server = TestServer.start()) {
      HttpResponse<String> answer =
          server.send(HttpRequest.newBuilder(server.uri("/api/v1/openapi.json")));
      assertThat(answer.statusCode()).isEqualTo(200);

      SwaggerParseResult result = parsed(answer.body());

      assertThat(result.getMessages()).isEmpty();
      assertThat(result.getOpenAPI().getOpenapi()).isEqualTo("3.1.0");
    }
  }

  @Test
  void every_route_is_in_the_document_and_the_document_has_no_other() {
    OpenAPI document =
        parsed(new String(OpsRoutes.openApiDocument(), StandardCharsets.UTF_8)).getOpenAPI();
    Set<String> documented = new TreeSet<>();
    for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
      path.getValue()
          .readOperationsMap()
          .keySet()
          .forEach(method -> documented.add(method.name() + " " + path.getKey()));
    }
    Set<String> served = new TreeSet<>();
    try (TestServer server = TestServer.start()) {
      server
          .server()
          .routes()
          .forEach(
              route -> served.add(route.method().toUpperCase(Locale.ROOT) + " " + route.path()));
      List<String> api =
          server.server().javalinRoutes().stream().filter(ApiDocumentTest::isApi).toList();
      assertThat(api).containsExactlyInAnyOrderElementsOf(served);
      assertThat(server.server().javalinRoutes().stream().filter(route -> !isApi(route)))
          .as("the dashboard's pages, forms and assets: not part of the API")
          .containsExactlyInAnyOrder(
              "GET /",
              "GET /scorecard/{kpi}",
              "GET /funnel",
              "GET /sla",
              "GET /exceptions",
              "GET /accord",
              "GET /decisions",
              "GET /goals",
              "GET /login",
              "GET /assets/*",
              "POST /login",
              "POST /logout",
              "POST /exceptions/{id}/assign",
              "POST /exceptions/{id}/resolve",
              "POST /disputes");
    }

    assertThat(served).hasSizeGreaterThan(15);
    assertThat(documented).isEqualTo(served);
  }

  private static boolean isApi(String route) {
    String path = route.substring(route.indexOf(' ') + 1);
    return path.startsWith("/api/") || path.equals("/health") || path.equals("/metrics");
  }

  @Test
  void a_broken_document_would_be_caught() {
    // The validator is no formality: a response without a description is an error.
    String broken =
        "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"x\",\"version\":\"1\"},"
            + "\"paths\":{\"/a\":{\"get\":{\"responses\":{\"200\":{}}}}}}";
    assertThat(parsed(broken).getMessages()).isNotEmpty();
  }
}
