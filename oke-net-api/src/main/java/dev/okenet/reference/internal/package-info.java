/**
 * Not for users: the generator of {@code REQUIRED-RULES.md}, which checks the required rules
 * against the reference networks.
 */
package dev.okenet.reference.internal;
