package dev.accord.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord token revoke ID}: a token that no longer opens anything. */
@Command(
    name = "revoke",
    mixinStandardHelpOptions = true,
    header = "Revoke an API token.",
    description =
        "Revoke an API token by its number, as 'accord token' lists it: the server refuses it from then on.")
final class RevokeTokenCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Parameters(index = "0", paramLabel = "ID", description = "The token's number.")
  long id;

  @Override
  public Integer call() {
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      if (!workspace.store().revokeToken(id)) {
        throw new UserError(
            "no valid token " + id, "'accord token' lists the tokens and which are revoked");
      }
      spec.commandLine().getOut().println("Token " + id + " revoked.");
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }
}
