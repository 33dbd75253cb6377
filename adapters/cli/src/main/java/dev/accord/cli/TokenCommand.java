package dev.accord.cli;

import dev.accord.storage.ApiToken;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code accord token}: the API tokens of the server; its subcommands issue and revoke them. */
@Command(
    name = "token",
    mixinStandardHelpOptions = true,
    header = "List the API tokens; create and revoke them.",
    description =
        "List the API tokens issued for 'accord serve': their number, person, name, when issued and whether revoked. A token acts for a person of the accord, with the rights that person's roles give; the workspace keeps only its hash.",
    subcommands = {CreateTokenCommand.class, RevokeTokenCommand.class})
final class TokenCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Override
  public Integer call() {
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      List<ApiToken> tokens = workspace.store().tokens();
      PrintWriter out = spec.commandLine().getOut();
      if (tokens.isEmpty()) {
        out.println("No tokens. 'accord token create PERSON' issues one.");
      } else {
        String format = "%-6s %-16s %-24s %-28s %s%n";
        out.printf(format, "ID", "PERSON", "NAME", "ISSUED", "REVOKED");
        for (ApiToken token : tokens) {
          out.printf(
              format,
              token.id(),
              token.personId(),
              token.name(),
              token.createdAt(),
              token.revokedAt().map(Object::toString).orElse("-"));
        }
      }
      out.flush();
    }
    return ExitCode.OK;
  }
}
