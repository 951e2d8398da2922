/**
 * How model I/O works: Jackson over the model types. {@code ValueType} finds each value type's
 * attributes by reflection over the generated Immutables classes (or, for hand-written values
 * such as {@code Nsg}, over their own fields, read back through {@code Constructions}),
 * {@code Mixins} give them the schema's names, {@code TextForms} and {@code RuleForms} write the
 * model's short texts, and the YAML parser reads linearly and refuses anchors, aliases, tags and
 * ambiguous plain values. Not for users: the entry point is {@link dev.okenet.io.ModelIO}.
 */
package dev.okenet.io.internal;
