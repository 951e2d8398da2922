/**
 * Not for users: how {@code OkeNetwork.resolve()} works — subnet slots in carving order, the CIDR
 * carver, the OKE-required rule table, rule-set writing with peer translation and
 * de-duplication, and route tables.
 */
package dev.okenet.internal.resolve;
