package dev.accord.cli;

import dev.accord.core.queue.QueuedException;
import dev.accord.storage.QueueFilter;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord exceptions}: the exception queue, filtered; its subcommands work it. */
@Command(
    name = "exceptions",
    mixinStandardHelpOptions = true,
    header = "List the exception queue; assign and resolve its exceptions.",
    description =
        "List the exceptions in the queue, oldest first, with their owner, severity, status and due date; filter them by status, type and owner. An exception is named by the first characters of its id.",
    subcommands = {AssignExceptionCommand.class, ResolveExceptionCommand.class})
final class ExceptionsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(
      names = "--status",
      paramLabel = "S",
      description = "Only exceptions in this status: open, in_progress, resolved or wont_fix.")
  String status;

  @Option(
      names = "--type",
      paramLabel = "T",
      description = "Only exceptions of this type, such as data_quality or routing_failure.")
  String type;

  @Option(
      names = "--owner",
      paramLabel = "O",
      description = "Only exceptions this team or person owns.")
  String owner;

  @Option(names = "--limit", paramLabel = "N", description = "At most N exceptions (default: 100).")
  int limit = 100;

  @Option(names = "--offset", paramLabel = "N", description = "Skip the first N exceptions.")
  int offset;

  @Option(names = "--json", description = "Print the exceptions as JSON.")
  boolean json;

  /** The {@code --json} document. */
  record Listing(List<QueueRow> exceptions) {}

  @Override
  public Integer call() {
    QueueFilter filter =
        new QueueFilter(
            Optional.ofNullable(status).map(QueueWords::status),
            Optional.ofNullable(type).map(QueueWords::type),
            Optional.ofNullable(owner));
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      List<QueuedException> queue = workspace.store().queue(filter, limit, offset);
      Instant now = Instant.now();
      PrintWriter out = spec.commandLine().getOut();
      if (json) {
        JsonOutput.print(out, new Listing(queue.stream().map(e -> QueueRow.of(e, now)).toList()));
      } else {
        print(out, queue, now);
      }
    }
    return ExitCode.OK;
  }

  private static void print(PrintWriter out, List<QueuedException> queue, Instant now) {
    if (queue.isEmpty()) {
      out.println("No exceptions.");
      out.flush();
      return;
    }
    String format = "%-12s  %-22s  %-16s  %-8s  %-20s  %-20s  %s%n";
    out.printf(format, "ID", "TYPE", "OWNER", "SEVERITY", "STATUS", "DUE", "WHAT");
    for (QueuedException exception : queue) {
      out.printf(
          format,
          QueueIds.shown(exception.id()),
          QueueWords.word(exception.exceptionCase().type()),
          exception.owner(),
          QueueWords.word(exception.severity()),
          exception.status().word() + (exception.isOverdueAt(now) ? " (overdue)" : ""),
          exception.dueAt(),
          exception.exceptionCase().describe());
    }
    long overdue = queue.stream().filter(e -> e.isOverdueAt(now)).count();
    out.printf(
        "%d exception%s, %d overdue.%n", queue.size(), queue.size() == 1 ? "" : "s", overdue);
    out.flush();
  }
}
