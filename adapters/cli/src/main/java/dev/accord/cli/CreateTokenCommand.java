package dev.accord.cli;

import dev.accord.core.team.Person;
import dev.accord.storage.IssuedToken;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code accord token create PERSON}: issues an API token and shows it, once. */
@Command(
    name = "create",
    mixinStandardHelpOptions = true,
    header = "Issue an API token for a person of the accord.",
    description =
        "Issue an API token acting for a person of the accord, with the rights their roles give. The token is printed once, alone on standard output (so TOKEN=$(accord token create priya) keeps it); the workspace stores only its hash and cannot show it again.")
final class CreateTokenCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin WorkspaceOptions workspaceOptions;

  @Parameters(index = "0", paramLabel = "PERSON", description = "The person's id in the accord.")
  String person;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "What the token is for, such as the tool that uses it (default: ${DEFAULT-VALUE}).")
  String name = "api";

  @Override
  public Integer call() {
    if (name.isBlank()) {
      throw new UserError("--name cannot be blank", "name the tool the token is for");
    }
    try (Workspace workspace = Workspace.open(workspaceOptions)) {
      if (workspace.accord().person(person).isEmpty()) {
        throw new UserError(
            "the accord has no person `" + person + "`",
            "issue tokens to its people: "
                + workspace.accord().people().stream()
                    .map(Person::id)
                    .collect(Collectors.joining(", ")));
      }
      IssuedToken issued = workspace.store().issueToken(person, name.strip());
      var err = spec.commandLine().getErr();
      err.printf(
          "Token %d for %s (%s). Keep it now: Accord stores only its hash and cannot show it"
              + " again. Send it as 'Authorization: Bearer <token>'.%n",
          issued.token().id(), person, issued.token().name());
      err.flush();
      spec.commandLine().getOut().println(issued.secret());
      spec.commandLine().getOut().flush();
    }
    return ExitCode.OK;
  }
}
