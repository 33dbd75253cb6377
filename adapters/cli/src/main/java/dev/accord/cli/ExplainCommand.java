package dev.accord.cli;

import dev.accord.core.accord.Accord;
import dev.accord.core.accord.AccordExplanation;
import dev.accord.core.accord.MermaidDiagram;
import dev.accord.yaml.AccordChecker;
import dev.accord.yaml.CheckReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord explain FILE}: the accord as people read it, and as a stage diagram. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    header = "Explain an accord in words and as a stage diagram.",
    description =
        "Explain an accord: the lifecycle, the handoff contract, routing, the scorecard and decision rights as a readable summary, then the stage graph as a Mermaid diagram with the SLAs on the handoff edges (paste it into any Markdown that renders Mermaid).")
final class ExplainCommand implements Callable<Integer> {

  /** What to print. */
  enum Format {
    text,
    mermaid
  }

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The accord file to explain.")
  Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (summary and diagram, the default) or mermaid (the diagram alone).")
  Format format = Format.text;

  @Override
  public Integer call() {
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    CheckReport report = AccordChecker.check(file);
    if (report.hasErrors() || report.accord().isEmpty()) {
      report.diagnostics().forEach(diagnostic -> err.println(diagnostic.format()));
      err.println(file + ": fix these errors first; 'accord validate " + file + "' lists them.");
      err.flush();
      return ExitCode.INPUT;
    }
    Accord accord = report.accord().get();
    if (format == Format.mermaid) {
      out.print(MermaidDiagram.of(accord));
    } else {
      out.println(AccordExplanation.summary(accord));
      out.println("Stage diagram (Mermaid):");
      out.println();
      out.println("```mermaid");
      out.print(MermaidDiagram.of(accord));
      out.println("```");
    }
    out.flush();
    return ExitCode.OK;
  }
}
