package dev.accord.core.routing;

import dev.accord.core.team.Person;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The turns of one team's round-robin, in order: each member appears as often as their weight
 * (reduced by the weights' common divisor), spread out the way smooth weighted round-robin spreads
 * them, so that a member of weight 3 beside one of weight 1 takes turns a, a, b, a rather than in a
 * clump. The rotation is fixed by the roster; the context remembers where the next turn is.
 *
 * @param team the team
 * @param turns the person ids in turn order; empty for a team without members
 */
record Rotation(String team, List<String> turns) {

  Rotation {
    turns = List.copyOf(turns);
  }

  static Rotation of(String team, List<Person> members) {
    int divisor = 0;
    for (Person member : members) {
      divisor = BigInteger.valueOf(divisor).gcd(BigInteger.valueOf(weight(member))).intValue();
    }
    long[] credit = new long[members.size()];
    long total = 0;
    for (Person member : members) {
      total += weight(member) / divisor;
    }
    List<String> turns = new ArrayList<>();
    for (long turn = 0; turn < total; turn++) {
      int pick = 0;
      for (int i = 0; i < members.size(); i++) {
        credit[i] += weight(members.get(i)) / divisor;
        if (credit[i] > credit[pick]) {
          pick = i;
        }
      }
      credit[pick] -= total;
      turns.add(members.get(pick).id());
    }
    return new Rotation(team, turns);
  }

  /** An unvalidated accord may weigh someone below one; they still take the smallest share. */
  private static int weight(Person member) {
    return Math.max(1, member.weight());
  }
}
