package dev.accord.core.routing;

import dev.accord.core.field.FieldDefinition;
import dev.accord.core.field.FieldType;
import dev.accord.core.field.Placeholders;
import java.util.List;

/**
 * What routing needs to know of the object a record is: which values count as empty, and which
 * field holds the email address whose domain finds the account.
 */
record RoutedObject(Placeholders placeholders, String emailField) {

  private static final String EMAIL = "email";

  static RoutedObject of(List<FieldDefinition> fields, List<String> sentinels) {
    String email =
        fields.stream()
            .filter(field -> field.type() == FieldType.EMAIL)
            .map(FieldDefinition::id)
            .findFirst()
            .orElse(EMAIL);
    return new RoutedObject(Placeholders.of(fields, sentinels), email);
  }
}
