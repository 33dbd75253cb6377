package dev.accord.cli;

import dev.accord.holidays.JollydayPublicHolidays;
import dev.accord.web.AccordServer;
import dev.accord.web.ServerSettings;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord serve}: the workspace over HTTP, until stopped. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    header =
        "Serve the workspace over HTTP: the dashboard, the REST API, CRM webhooks, health and"
            + " metrics.",
    description = {
      "Serve the dashboard at / (sign in with a token from 'accord token create'), the workspace's"
          + " records, exception queue, triage pack, SLA board, scorecard and decision log as a REST"
          + " API under /api/v1 (its OpenAPI document at /api/v1/openapi.json), take events and CRM"
          + " webhooks in, and answer /health and /metrics, until stopped with Ctrl-C. Every API"
          + " route needs a token. One JSON line per request goes to standard error.",
      "",
      "The CRM webhooks are on when the environment gives their secrets: ACCORD_HUBSPOT_SECRET (the"
          + " HubSpot app's client secret) for /api/v1/webhooks/hubspot, ACCORD_SALESFORCE_SECRET"
          + " for /api/v1/webhooks/salesforce; or ACCORD_HUBSPOT_SECRET_FILE and"
          + " ACCORD_SALESFORCE_SECRET_FILE naming files that hold them. Behind a proxy, ACCORD_PUBLIC_URL is the address the"
          + " CRM calls, which HubSpot signs. The embedded H2 database admits one process at a time:"
          + " stop the server before other commands use the workspace, or use PostgreSQL."
    })
final class ServeCommand implements Callable<Integer> {

  static final String HUBSPOT_SECRET = "ACCORD_HUBSPOT_SECRET";
  static final String SALESFORCE_SECRET = "ACCORD_SALESFORCE_SECRET";
  static final String PUBLIC_URL = "ACCORD_PUBLIC_URL";

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(
      names = {"-p", "--port"},
      paramLabel = "PORT",
      description = "The port to listen on; 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port = ServerSettings.DEFAULT_PORT;

  @Option(
      names = "--host",
      paramLabel = "ADDRESS",
      description =
          "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for"
              + " every interface).")
  String host = "127.0.0.1";

  @Override
  public Integer call() {
    if (port < 0 || port > 65_535) {
      throw new UserError("--port must be from 0 to 65535", "the default is 7070");
    }
    Map<String, String> environment = System.getenv();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      ServerSettings settings =
          ServerSettings.defaults()
              .withHost(host)
              .withPort(port)
              .withHolidays(new JollydayPublicHolidays())
              .withHubSpotSecret(secret(environment, HUBSPOT_SECRET))
              .withSalesforceSecret(secret(environment, SALESFORCE_SECRET))
              .withPublicUrl(Optional.ofNullable(environment.get(PUBLIC_URL)))
              .withRequestLog(line -> {
                synchronized (err) {
                  err.println(line);
                  err.flush();
                }
              });
      AccordServer server = AccordServer.create(workspace.accord(), workspace.store(), settings);
      try {
        server.start();
      } catch (RuntimeException e) {
        throw new UserError(
            "cannot listen on " + host + ":" + port + ": " + rootMessage(e),
            "is another server on that port? choose another with --port");
      }
      String url = "http://" + host + ":" + server.port();
      out.println("Accord serves " + workspace.folder() + " at " + url);
      out.println("  dashboard: " + url + "/ (sign in with a token from 'accord token create')");
      out.println("  API:      " + url + "/api/v1 (document: " + url + "/api/v1/openapi.json)");
      out.println("  health:   " + url + "/health    metrics: " + url + "/metrics");
      out.println(
          "  webhooks: HubSpot "
              + (settings.hubSpotSecret().isPresent() ? "on" : "off (no " + HUBSPOT_SECRET + ")")
              + ", Salesforce "
              + (settings.salesforceSecret().isPresent()
                  ? "on"
                  : "off (no " + SALESFORCE_SECRET + ")"));
      out.println("Stop with Ctrl-C.");
      out.flush();
      untilStopped(server);
      out.println("Stopped.");
      out.flush();
    }
    return ExitCode.OK;
  }

  /**
   * Blocks until the process is told to stop (Ctrl-C, a TERM signal: the shutdown hook) or the
   * thread is interrupted (as a test or an embedding program stops it), then stops the server. The
   * hook waits for the workspace to be closed, so the database is shut cleanly before the process
   * ends.
   */
  private static void untilStopped(AccordServer server) {
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch finished = new CountDownLatch(1);
    Thread hook =
        new Thread(
            () -> {
              server.stop();
              stopped.countDown();
              try {
                finished.await(10, TimeUnit.SECONDS);
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "accord-serve-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      stopped.await();
    } catch (InterruptedException stopRequested) {
      // The interrupt is the request to stop, and is answered here: stopping the server and closing
      // the database must not be interrupted in turn.
    } finally {
      server.stop();
      try {
        Runtime.getRuntime().removeShutdownHook(hook);
      } catch (IllegalStateException shuttingDown) {
        // The hook is running: it is what stopped us.
      }
      finished.countDown();
    }
  }

  /**
   * A secret from the environment: the variable itself, or the file {@code VARIABLE_FILE} names (as
   * Docker and Kubernetes mount secrets), its content without the final line break. Never from the
   * command line, where other users of the machine could read it.
   */
  static Optional<String> secret(Map<String, String> environment, String variable) {
    String direct = environment.get(variable);
    String file = environment.get(variable + "_FILE");
    if (direct != null && file != null) {
      throw new UserError(
          "both " + variable + " and " + variable + "_FILE are set",
          "give the secret one way: unset one of them");
    }
    if (file == null) {
      return Optional.ofNullable(direct).filter(value -> !value.isBlank());
    }
    try {
      String content = java.nio.file.Files.readString(java.nio.file.Path.of(file)).strip();
      if (content.isEmpty()) {
        throw new UserError(
            variable + "_FILE names " + file + ", which is empty", "write the secret into it");
      }
      return Optional.of(content);
    } catch (java.io.IOException e) {
      throw new UserError(
          variable + "_FILE names " + file + ", which cannot be read: " + e.getMessage(),
          "point it at a readable file holding the secret");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return String.valueOf(cause.getMessage());
  }
}
