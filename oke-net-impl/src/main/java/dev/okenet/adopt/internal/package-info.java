/**
 * How {@code dev.okenet.adopt} reads a live network ({@code LiveReader} → {@code LiveNetwork}),
 * maps it onto the model ({@code ModelMapper}, {@code RuleTranslator}), compares found rules with
 * the OKE-required ones ({@code RuleGaps}), tags adopted resources ({@code TagWriter}) and writes
 * the model as Java source ({@code JavaSource}). Not for users.
 */
package dev.okenet.adopt.internal;
