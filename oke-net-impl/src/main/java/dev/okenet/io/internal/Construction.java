package dev.okenet.io.internal;

import java.io.IOException;

/**
 * Builds a model value from the fields a document gave, through the DSL's public factories
 * rather than the generated builder: for types whose factories hold rules or defaults the model's
 * own checks do not (yet) have, such as a DRG attachment's kind-specific OCIDs or flannel's
 * default pods CIDR, and for hand-written values that have no builder at all ({@code Nsg}).
 * {@link ValueDeserializer} then checks that the value keeps every field given.
 */
@FunctionalInterface
interface Construction {
  Object construct(Fields f) throws IOException;
}
