package dev.accord.core.accord;

import dev.accord.core.accord.internal.explain.ContractSection;
import dev.accord.core.accord.internal.explain.DuplicatesSection;
import dev.accord.core.accord.internal.explain.ExceptionsSection;
import dev.accord.core.accord.internal.explain.GovernanceSection;
import dev.accord.core.accord.internal.explain.LifecycleSection;
import dev.accord.core.accord.internal.explain.RoutingSection;
import dev.accord.core.accord.internal.explain.ScorecardSection;
import dev.accord.core.accord.internal.explain.Text;

/**
 * An accord as the people who signed it read it: a plain-text summary of the lifecycle, the handoff
 * contract, routing, the scorecard, decision rights and goals, duplicates and exceptions, in the
 * order of the file and in the words of the business rather than of YAML.
 */
public final class AccordExplanation {

  private AccordExplanation() {}

  /** The summary, one section after another, ending in a line break. */
  public static String summary(Accord accord) {
    Text text = new Text();
    AccordInfo info = accord.info();
    text.line(0, info.name() + " (version " + info.version() + ")");
    if (!info.description().isBlank()) {
      text.line(0, info.description());
    }
    LifecycleSection.write(accord, text);
    ContractSection.write(accord, text);
    RoutingSection.write(accord, text);
    ScorecardSection.write(accord, text);
    GovernanceSection.write(accord, text);
    DuplicatesSection.write(accord, text);
    ExceptionsSection.write(accord, text);
    return text.toString();
  }
}
