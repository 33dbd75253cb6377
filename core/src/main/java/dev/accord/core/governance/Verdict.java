package dev.accord.core.governance;

import java.util.List;
import java.util.Objects;

/** Whether someone may take a decision, and in either case why. */
public sealed interface Verdict {

  DecisionDomain domain();

  String personId();

  /** The verdict in a sentence, as a refusal or a decision log shows it. */
  String explanation();

  default boolean allowed() {
    return this instanceof Allowed;
  }

  /**
   * The person holds the right.
   *
   * @param heldAs how they hold it: {@code person marta} when named, {@code team revops} when
   *     through a team they belong to
   */
  record Allowed(DecisionDomain domain, String personId, String heldAs) implements Verdict {

    public Allowed {
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(heldAs, "heldAs");
    }

    @Override
    public String explanation() {
      return personId + " may decide " + Authority.word(domain) + " as " + heldAs;
    }
  }

  /**
   * The person does not hold the right.
   *
   * @param reason why not, naming who can
   * @param whoCan the people who hold the right, each as {@code id (Name)}; empty when nobody does
   */
  record Refused(DecisionDomain domain, String personId, String reason, List<String> whoCan)
      implements Verdict {

    public Refused {
      Objects.requireNonNull(domain, "domain");
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(reason, "reason");
      whoCan = List.copyOf(whoCan);
    }

    @Override
    public String explanation() {
      return reason;
    }
  }
}
