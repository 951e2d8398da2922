/** The errors OCI answers with, as {@code BmcException}s. */
package dev.okenet.testkit.internal.error;
