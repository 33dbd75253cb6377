package dev.accord.matching;

import dev.accord.core.accord.Accord;
import dev.accord.core.duplicate.DuplicateEvidence;
import dev.accord.core.duplicate.DuplicateEvidence.Attribute;
import dev.accord.core.duplicate.DuplicateRule;
import dev.accord.core.duplicate.DuplicateSignal;
import dev.accord.core.event.EventHeader;
import dev.accord.core.event.RecordEvent.RecordCreated;
import dev.accord.core.exception.ExceptionCase.SuspectedDuplicate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The records of one object seen so far, kept so that each new record is compared with those it
 * could duplicate: {@link #add} indexes a record as it arrives and answers the earlier records it
 * looks like, as {@link SuspectedDuplicate} exceptions with their evidence. Nothing is merged.
 *
 * <p>A new record is compared only with the records sharing one of its blocks:
 *
 * <ul>
 *   <li>its normalised email, and its phone in E.164 (the exact signals);
 *   <li>the first four letters of its company name with its initials, and its company's web domain
 *       with its initials (the fuzzy signal: names and companies are then compared by Jaro-Winkler
 *       against the rule's thresholds; a shared company domain stands for a similar company name).
 * </ul>
 *
 * Only the latest {@value #EXACT_LIMIT} records of an exact block and {@value #FUZZY_LIMIT} of a
 * fuzzy block are compared, so that a mailbox thousands of records share (a shared inbox, a test
 * address) costs the same as any other. Per record the index keeps its id, its normalised name and
 * company, and 64-bit hashes of its email, phone and domain: with ids and names of about ten
 * characters, some 180 bytes of strings and 24 of hashes, plus 28 bytes in each of the four {@link
 * Block}s — about 320 bytes a record, 3.2 GB for ten million. Not thread-safe: one index serves one
 * stream of records in arrival order.
 */
public final class DuplicateIndex {

  static final int EXACT_LIMIT = 16;
  static final int FUZZY_LIMIT = 64;
  private static final int PREFIX = 4;

  private final DuplicateRule rule;
  private final Fingerprinter fingerprinter;
  private final double nameThreshold;
  private final double companyThreshold;

  private final Block emails = new Block();
  private final Block phones = new Block();
  private final Block companies = new Block();
  private final Block domains = new Block();
  private final List<String> ids = new ArrayList<>();
  private final List<String> names = new ArrayList<>();
  private final List<String> companyNames = new ArrayList<>();
  private long[] hashes = new long[3 * 1024];

  public DuplicateIndex(DuplicateRule rule, Fingerprinter fingerprinter) {
    this.rule = rule;
    this.fingerprinter = fingerprinter;
    this.nameThreshold = rule.nameSimilarity().doubleValue();
    this.companyThreshold = rule.companySimilarity().doubleValue();
  }

  /**
   * The index of the object's records under the accord's duplicate rule, reading the standard
   * fields and treating the accord's placeholders as empty; empty when the accord has no rule for
   * the object.
   *
   * @param defaultRegion the country phone numbers are read in when a record names none
   */
  public static Optional<DuplicateIndex> of(Accord accord, String objectId, String defaultRegion) {
    Fingerprinter fingerprinter = Fingerprinter.of(accord, objectId, defaultRegion);
    return accord.duplicateRule(objectId).map(rule -> new DuplicateIndex(rule, fingerprinter));
  }

  /** Adds a created record; see {@link #add(EventHeader, Map)}. */
  public List<SuspectedDuplicate> add(RecordCreated created) {
    return add(created.header(), created.fields());
  }

  /**
   * Adds a record as it arrives and answers the earlier records it looks like, earliest first, each
   * with the signals that matched and the evidence. A record is added once, when it is created.
   */
  public List<SuspectedDuplicate> add(EventHeader header, Map<String, String> fields) {
    Fingerprint print = fingerprinter.of(fields);
    long email = counted(DuplicateSignal.EMAIL, print.email());
    long phone = counted(DuplicateSignal.PHONE, print.phone());
    long domain = print.domain().map(Block::key).orElse(0L);
    Optional<Long> byCompany = Optional.empty();
    Optional<Long> byDomain = Optional.empty();
    if (rule.counts(DuplicateSignal.NAME_AND_COMPANY) && print.named()) {
      String initials = initials(print.name());
      byCompany = Optional.of(Block.key(prefix(print.company()) + "|" + initials));
      byDomain = print.domain().map(d -> Block.key(d + "|" + initials));
    }

    TreeSet<Integer> candidates = new TreeSet<>();
    if (email != 0) {
      collect(candidates, emails.members(email, EXACT_LIMIT));
    }
    if (phone != 0) {
      collect(candidates, phones.members(phone, EXACT_LIMIT));
    }
    byCompany.ifPresent(key -> collect(candidates, companies.members(key, FUZZY_LIMIT)));
    byDomain.ifPresent(key -> collect(candidates, domains.members(key, FUZZY_LIMIT)));

    List<SuspectedDuplicate> found = new ArrayList<>();
    for (int earlier : candidates) {
      if (!ids.get(earlier).equals(header.recordId())) {
        compare(header, print, email, phone, domain, earlier).ifPresent(found::add);
      }
    }

    int record = ids.size();
    ids.add(header.recordId());
    names.add(print.name());
    companyNames.add(print.company());
    remember(record, email, phone, domain);
    if (email != 0) {
      emails.add(email, record);
    }
    if (phone != 0) {
      phones.add(phone, record);
    }
    byCompany.ifPresent(key -> companies.add(key, record));
    byDomain.ifPresent(key -> domains.add(key, record));
    return found;
  }

  /** How many records the index holds. */
  public int size() {
    return ids.size();
  }

  private Optional<SuspectedDuplicate> compare(
      EventHeader header, Fingerprint print, long email, long phone, long domain, int earlier) {
    List<DuplicateSignal> signals = new ArrayList<>();
    List<DuplicateEvidence> evidence = new ArrayList<>();
    if (email != 0 && hashes[3 * earlier] == email) {
      signals.add(DuplicateSignal.EMAIL);
      evidence.add(exact(Attribute.EMAIL, print.email().orElseThrow()));
    }
    if (phone != 0 && hashes[3 * earlier + 1] == phone) {
      signals.add(DuplicateSignal.PHONE);
      evidence.add(exact(Attribute.PHONE, print.phone().orElseThrow()));
    }
    String otherName = names.get(earlier);
    String otherCompany = companyNames.get(earlier);
    if (print.named() && !otherName.isEmpty() && !otherCompany.isEmpty()) {
      double name = Similarity.of(print.name(), otherName);
      double company = Similarity.of(print.company(), otherCompany);
      boolean sameDomain = domain != 0 && hashes[3 * earlier + 2] == domain;
      evidence.add(new DuplicateEvidence(Attribute.NAME, print.name(), otherName, name));
      evidence.add(
          new DuplicateEvidence(Attribute.COMPANY, print.company(), otherCompany, company));
      if (sameDomain) {
        evidence.add(exact(Attribute.DOMAIN, print.domain().orElseThrow()));
      }
      if (rule.counts(DuplicateSignal.NAME_AND_COMPANY)
          && name >= nameThreshold
          && (company >= companyThreshold || sameDomain)) {
        signals.add(DuplicateSignal.NAME_AND_COMPANY);
      }
    }
    if (signals.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new SuspectedDuplicate(
            header.recordId(),
            header.idempotencyKey(),
            header.occurredAt(),
            ids.get(earlier),
            signals,
            evidence));
  }

  private long counted(DuplicateSignal signal, Optional<String> value) {
    return rule.counts(signal) ? value.map(Block::key).orElse(0L) : 0L;
  }

  private void remember(int record, long email, long phone, long domain) {
    if (3 * record + 3 > hashes.length) {
      hashes = Arrays.copyOf(hashes, hashes.length * 2);
    }
    hashes[3 * record] = email;
    hashes[3 * record + 1] = phone;
    hashes[3 * record + 2] = domain;
  }

  private static DuplicateEvidence exact(Attribute attribute, String value) {
    return new DuplicateEvidence(attribute, value, value, 1);
  }

  private static void collect(TreeSet<Integer> candidates, int[] records) {
    for (int record : records) {
      candidates.add(record);
    }
  }

  /** The company's first letters, spaces left out, so that "acme co" and "acmeco" share a block. */
  private static String prefix(String company) {
    String letters = company.replace(" ", "");
    return letters.substring(0, Math.min(PREFIX, letters.length()));
  }

  /** The first letter of the first and last word: typos rarely touch the first letter. */
  private static String initials(String name) {
    return name.charAt(0) + "" + name.charAt(name.lastIndexOf(' ') + 1);
  }
}
