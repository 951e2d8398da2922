/** The Virtual Network (core) backend: one part per resource kind, the rules OCI enforces between them. */
package dev.okenet.testkit.internal.core;
