/**
 * Not for users: how the scheduling simulation reads the cluster from FakeOci, accounts pod
 * addresses and places pods.
 */
package dev.okenet.testkit.scheduling.internal;
