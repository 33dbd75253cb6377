package dev.accord.cli;

import dev.accord.storage.AuditVerification;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code accord audit verify}: walks the audit log's hash chain and says where it breaks. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    header = "Check the audit log's hash chain from its first write to its head.",
    description =
        "Recompute every write's hash from its content and the hash before it. A write changed"
            + " after it was written, a write removed or inserted, or writes cut off the end show"
            + " as a break, named; exit code 1 then. Keep the head hash it prints elsewhere (a"
            + " ticket, a chat message): a later head that does not follow from it means writes"
            + " were removed.")
final class VerifyAuditCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Option(names = "--json", description = "Print the verdict as JSON.")
  boolean json;

  @Override
  public Integer call() {
    AuditVerification verdict;
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      verdict = workspace.store().verifyAuditLog();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Map<String, Object> document = new LinkedHashMap<>();
      document.put("intact", verdict.intact());
      document.put("writes", verdict.writes());
      document.put("head", verdict.head().orElse(null));
      document.put("brokenAt", verdict.brokenAt().orElse(null));
      document.put("problem", verdict.problem().orElse(null));
      JsonOutput.print(out, document);
    } else if (verdict.intact()) {
      out.println(
          "The audit log is intact: "
              + verdict.writes()
              + (verdict.writes() == 1 ? " write" : " writes")
              + " chained, head "
              + verdict.head().orElseThrow()
              + ".");
    } else {
      out.println(
          "The audit log is broken: "
              + verdict.problem().orElseThrow()
              + ". "
              + verdict.writes()
              + " writes before it are whole.");
    }
    out.flush();
    return verdict.intact() ? ExitCode.OK : ExitCode.INPUT;
  }
}
