package dev.accord.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.accord.yaml.DefaultAccord;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {

  private static final String CUSTOMER_STAGE =
      """
                - id: customer
                  name: Customer
                  definition: Belongs to an account with at least one closed-won deal.
                  terminal: true
      """;

  private static final String INTO_CUSTOMER =
      """
                - from: opportunity
                  to: customer
      """;

  @TempDir Path temp;

  @Test
  void an_accord_compared_with_itself_has_no_differences() {
    Path file = AccordFiles.write(temp, "accord.yaml", DefaultAccord.text());

    CliRun run = CliRun.of("diff", file.toString(), file.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.OK);
    assertThat(run.out()).startsWith("No differences");
  }

  @Test
  void reports_a_changed_sla_and_a_removed_stage_in_words() {
    Path before = AccordFiles.write(temp, "before.yaml", DefaultAccord.text());
    Path after = AccordFiles.write(temp, "after.yaml", slowerAndWithoutCustomers());

    CliRun run = CliRun.of("diff", before.toString(), after.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.out())
        .contains("3 changes from " + before + " to " + after)
        .contains("Stages\n  - Stage `customer` (Customer) was removed from pipeline `inbound`.")
        .contains("Transitions\n  - Transition opportunity -> customer was removed.")
        .contains(
            "SLAs\n  ~ The SLA of handoff `speed_to_lead` changed from 15 business minutes to 30"
                + " business minutes (longer).");
  }

  @Test
  void json_carries_each_change_with_its_area_kind_and_values() throws Exception {
    Path before = AccordFiles.write(temp, "before.yaml", DefaultAccord.text());
    Path after = AccordFiles.write(temp, "after.yaml", slowerAndWithoutCustomers());

    CliRun run = CliRun.of("diff", "--json", before.toString(), after.toString());

    JsonNode diff = new ObjectMapper().readTree(run.out());
    assertThat(diff.get("equal").asBoolean()).isFalse();
    assertThat(diff.get("changes"))
        .extracting(c ->
            c.get("area").asText() + " " + c.get("kind").asText() + " " + c.get("subject").asText())
        .containsExactly(
            "STAGE REMOVED stage customer",
            "TRANSITION REMOVED transition opportunity -> customer",
            "SLA CHANGED handoff speed_to_lead");
    JsonNode sla = diff.get("changes").get(2);
    assertThat(sla.get("before").asText()).isEqualTo("15m");
    assertThat(sla.get("after").asText()).isEqualTo("30m");
  }

  @Test
  void a_file_that_cannot_be_read_is_an_input_error_not_a_difference() {
    Path before = AccordFiles.write(temp, "before.yaml", DefaultAccord.text());

    CliRun run = CliRun.of("diff", before.toString(), temp.resolve("missing.yaml").toString());

    assertThat(run.exitCode()).isEqualTo(ExitCode.INPUT);
    assertThat(run.err()).contains("missing.yaml", "error:");
    assertThat(run.out()).isEmpty();
  }

  private static String slowerAndWithoutCustomers() {
    String text = DefaultAccord.text();
    assertThat(text).contains(CUSTOMER_STAGE, INTO_CUSTOMER, "sla: 15m");
    return text.replace(CUSTOMER_STAGE, "")
        .replace(INTO_CUSTOMER, "")
        .replace("sla: 15m", "sla: 30m");
  }
}
