/**
 * The reachability engine behind {@link dev.okenet.reach.Reachability}: precomputed indexes of
 * rule sets, route tables and policies, endpoint resolution to sites, and the evaluation of
 * routing, security, NetworkPolicy, Service and CNI steps. Not for users.
 */
package dev.okenet.reach.internal;
