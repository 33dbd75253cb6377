package dev.accord.web;

import dev.accord.core.accord.Accord;
import dev.accord.core.lifecycle.ObjectType;
import dev.accord.core.lifecycle.Pipeline;
import dev.accord.core.lifecycle.Stage;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a CRM's webhook notifications become the accord's events: which CRM object is which object of
 * the accord, which property holds the stage and which the owner, what the CRM's stage values and
 * property names stand for. A value or name not in the tables passes through (a Salesforce name
 * turned into snake case); a notification about an object the table does not name, or that the
 * accord does not declare, is ignored. docs/api.md lists both tables.
 *
 * @param source the source every event names, and the prefix of its idempotency key
 * @param objects CRM object → object of the accord
 * @param stageProperties CRM object → the property that holds its stage
 * @param ownerProperty the property that holds the owner
 * @param stageValues CRM stage value → stage of the accord
 * @param fields CRM property → field of the accord
 * @param skipped properties that are no field: ids, system dates
 */
record CrmMapping(
    String source,
    Map<String, String> objects,
    Map<String, String> stageProperties,
    String ownerProperty,
    Map<String, String> stageValues,
    Map<String, String> fields,
    Set<String> skipped) {

  static final CrmMapping HUBSPOT =
      new CrmMapping(
          "hubspot",
          Map.of("contact", "lead", "deal", "opportunity", "company", "account"),
          Map.of("contact", "lifecyclestage", "deal", "dealstage"),
          "hubspot_owner_id",
          Map.ofEntries(
              Map.entry("marketingqualifiedlead", "mql"),
              Map.entry("salesqualifiedlead", "sql"),
              Map.entry("appointmentscheduled", "discovery"),
              Map.entry("qualifiedtobuy", "discovery"),
              Map.entry("presentationscheduled", "solution"),
              Map.entry("decisionmakerboughtin", "proposal"),
              Map.entry("contractsent", "negotiation"),
              Map.entry("closedwon", "closed_won"),
              Map.entry("closedlost", "closed_lost")),
          Map.of(
              "firstname", "first_name",
              "lastname", "last_name",
              "jobtitle", "job_title",
              "numemployees", "employees",
              "closedate", "close_date",
              "hs_analytics_source", "lead_source"),
          Set.of());

  static final CrmMapping SALESFORCE =
      new CrmMapping(
          "salesforce",
          Map.of("Lead", "lead", "Opportunity", "opportunity", "Account", "account"),
          Map.of("Lead", "Status", "Opportunity", "StageName"),
          "OwnerId",
          Map.ofEntries(
              Map.entry("Open - Not Contacted", "lead"),
              Map.entry("Working - Contacted", "mql"),
              Map.entry("Qualified", "sql"),
              Map.entry("Unqualified", "disqualified"),
              Map.entry("Closed - Converted", "opportunity"),
              Map.entry("Closed - Not Converted", "disqualified"),
              Map.entry("Prospecting", "discovery"),
              Map.entry("Qualification", "discovery"),
              Map.entry("Needs Analysis", "solution"),
              Map.entry("Value Proposition", "solution"),
              Map.entry("Id. Decision Makers", "solution"),
              Map.entry("Perception Analysis", "proposal"),
              Map.entry("Proposal/Price Quote", "proposal"),
              Map.entry("Negotiation/Review", "negotiation"),
              Map.entry("Closed Won", "closed_won"),
              Map.entry("Closed Lost", "closed_lost")),
          Map.of(
              "Title", "job_title",
              "NumberOfEmployees", "employees",
              "Website", "domain",
              "AnnualRevenue", "annual_revenue"),
          Set.of(
              "type",
              "Id",
              "attributes",
              "CreatedDate",
              "CreatedById",
              "LastModifiedDate",
              "LastModifiedById",
              "SystemModstamp",
              "IsDeleted"));

  /** The accord's object for the CRM's, if both the table and the accord know it. */
  Optional<ObjectType> object(Accord accord, String crmObject) {
    return Optional.ofNullable(objects.get(crmObject)).flatMap(accord::object);
  }

  /** The stage a new record of the object starts in: its first pipeline's first entry stage. */
  static Optional<String> firstStage(ObjectType object) {
    return object.pipelines().stream()
        .findFirst()
        .map(Pipeline::entryStages)
        .flatMap(stages -> stages.stream().findFirst())
        .map(Stage::id);
  }

  String stage(String value) {
    String mapped = stageValues.get(value);
    return mapped != null ? mapped : snakeCase(value);
  }

  String field(String property) {
    String mapped = fields.get(property);
    return mapped != null ? mapped : snakeCase(property.replaceAll("__c$", ""));
  }

  /** {@code LeadSource} → {@code lead_source}, {@code Closed Won} → {@code closed_won}. */
  static String snakeCase(String text) {
    return text.strip()
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("[^A-Za-z0-9]+", "_")
        .replaceAll("^_|_$", "")
        .toLowerCase(Locale.ROOT);
  }
}
