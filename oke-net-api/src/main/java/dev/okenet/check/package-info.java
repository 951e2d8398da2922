/**
 * Design-time checks of an {@link dev.okenet.OkeNetwork}: {@code validate()} runs a catalog of
 * rules with stable ids ({@code OKE-<AREA>-<NNN>}) and returns a {@link dev.okenet.check.Report}
 * of {@link dev.okenet.check.Finding}s; {@code capacity()} returns a
 * {@link dev.okenet.check.CapacityReport} of address supply and demand per subnet.
 *
 * <p>Findings are data, never exceptions. Rules are pluggable: write a {@link dev.okenet.check.Rule},
 * bundle rules in a {@link dev.okenet.check.RulePack}, run them with a
 * {@link dev.okenet.check.Validator}. The built-in catalog is {@link dev.okenet.check.RuleCatalog}
 * and is documented in {@code oke-net-api/RULES.md}, generated from the code.
 *
 * <pre>{@code
 * Report report = network.validate();
 * if (!report.isValid()) {
 *   System.err.println(report.render());
 * }
 * System.out.println(network.capacity().render());
 * }</pre>
 */
package dev.okenet.check;
