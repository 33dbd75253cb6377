package dev.accord.cli;

import dev.accord.core.queue.QueuedException;
import dev.accord.core.queue.TriagePack;
import dev.accord.core.queue.TriageWeek;
import dev.accord.storage.QueueFilter;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord triage}: the pack for the weekly exception triage. */
@Command(
    name = "triage",
    mixinStandardHelpOptions = true,
    header = "Print the pack for the weekly exception triage.",
    description =
        "Print the weekly triage pack: the exceptions raised during the week, those left over from earlier weeks and those overdue, each by type and owner; the routing failures; the causes raised most often; and how many were raised in each of the last four weeks. Weeks are ISO weeks in UTC.")
final class TriageCommand implements Callable<Integer> {

  /** The forms the pack is written in. */
  enum Format {
    md,
    html
  }

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(
      names = "--week",
      paramLabel = "WEEK",
      description = "The ISO week, such as 2026-W47 (default: this week).")
  String week;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "md (Markdown, the default) or html (a page that prints cleanly).")
  Format format = Format.md;

  @Override
  public Integer call() {
    Instant now = Instant.now();
    TriageWeek chosen =
        week == null
            ? TriageWeek.of(now)
            : TriageWeek.parse(week)
                .orElseThrow(() ->
                    new UserError(
                        "`" + week + "` is not a week",
                        "write an ISO week as YEAR-WNN, such as 2026-W47"));
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      List<QueuedException> queue =
          workspace.store().queue(QueueFilter.all(), Integer.MAX_VALUE, 0);
      TriageDocument document = new TriageDocument(TriagePack.of(chosen, queue, now));
      PrintWriter out = spec.commandLine().getOut();
      out.print(format == Format.md ? document.markdown() : document.html());
      out.flush();
    }
    return ExitCode.OK;
  }
}
