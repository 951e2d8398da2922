/**
 * Not for users: one handler per OCI resource kind (list, create, update, delete, wait), the
 * inventory read with one paged list call per kind, retries with backoff, retry tokens and the
 * mapping between oke-net rules and OCI's security rule and route rule models.
 */
package dev.okenet.oci.internal.cloud;
