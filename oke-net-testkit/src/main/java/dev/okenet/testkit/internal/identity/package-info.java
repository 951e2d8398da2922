/**
 * The in-memory Identity service: what a client of OKE needs from it, the region's availability
 * domains ({@code ListAvailabilityDomains}), named as OCI names them per tenancy.
 */
package dev.okenet.testkit.internal.identity;
