package dev.accord.core.governance;

import dev.accord.core.shared.Values;
import java.util.List;
import java.util.Objects;

/**
 * Who does what in one decision domain, RACI-style. Each party is a team id or a person id.
 *
 * @param domain the kind of decision
 * @param propose who may propose
 * @param approve who may approve; a domain with nobody here cannot be decided
 * @param consult who must be asked first
 * @param inform who is told afterwards
 */
public record DecisionRight(
    DecisionDomain domain,
    List<String> propose,
    List<String> approve,
    List<String> consult,
    List<String> inform) {

  public DecisionRight {
    Objects.requireNonNull(domain, "domain");
    propose = Values.list(propose);
    approve = Values.list(approve);
    consult = Values.list(consult);
    inform = Values.list(inform);
  }
}
